using System.CommandLine;

namespace AdcsSite.Generator.Cli;

/// <summary>The --input/--theme/--output options every command shares, defaulting to the repository's folders.</summary>
public sealed class SiteFolders
{
    public Option<DirectoryInfo> Input { get; } = new("--input") { Description = "Content folder (posts/, pages/, site.yml). Default: the repository's input/." };

    public Option<DirectoryInfo> Theme { get; } = new("--theme") { Description = "Theme folder (layouts/, partials/, assets/). Default: the repository's theme/." };

    public Option<DirectoryInfo> Output { get; } = new("--output") { Description = "Where the site is written. Default: the repository's output/." };

    public void AddInputAndTheme(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
    }

    public string InputPath(ParseResult result) => Existing(Resolve(result.GetValue(Input), "input"), "content", "--input");

    public string ThemePath(ParseResult result) => Existing(Resolve(result.GetValue(Theme), "theme"), "theme", "--theme");

    public string OutputPath(ParseResult result) => Resolve(result.GetValue(Output), "output");

    /// <summary>
    /// The repository root is the nearest folder upwards that holds AdcsSite.sln, so the same command works
    /// from the root and from generator/. Outside a repository, folders are relative to the current one.
    /// </summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdcsSite.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }

    private static string Existing(string folder, string what, string option) =>
        Directory.Exists(folder)
            ? folder
            : throw new Content.SiteException(Content.Diagnostic.Error(folder, 0, 0, $"the {what} folder does not exist; run inside the repository or pass {option}"));

    private static string Resolve(DirectoryInfo? given, string defaultName) =>
        given?.FullName ?? Path.Combine(RepositoryRoot(), defaultName);
}
