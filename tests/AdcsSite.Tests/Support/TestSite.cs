using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Publishing;

namespace AdcsSite.Tests.Support;

/// <summary>Builds whole sites in memory from an inline map of files, with the repository's real theme.</summary>
public static class TestSite
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static ISourceTree Theme { get; } = new DiskSourceTree(Path.Combine(RepositoryRoot, "theme"), "theme");

    public static string FixturePath(string name) => Path.Combine(RepositoryRoot, "tests", "AdcsSite.Tests", "Fixtures", name);

    public static MemoryOutputSink BuildSite(IReadOnlyDictionary<string, string> input, BuildOptions? options = null, ISourceTree? theme = null)
    {
        var sink = new MemoryOutputSink();
        SiteBuilder.Build(new MemorySourceTree(input, "input"), theme ?? Theme, options ?? new BuildOptions(), sink);
        return sink;
    }

    public static MemoryOutputSink BuildFixture(string name, BuildOptions? options = null, ISourceTree? theme = null)
    {
        var sink = new MemoryOutputSink();
        SiteBuilder.Build(new DiskSourceTree(FixturePath(name), $"fixtures/{name}"), theme ?? Theme, options ?? new BuildOptions(), sink);
        return sink;
    }

    /// <summary>The messages a build fails with, one "path:line:col: error: message" line each.</summary>
    public static IReadOnlyList<string> Errors(Action build) =>
        [.. Assert.Throws<SiteException>(build).Diagnostics.Select(d => d.ToString())];

    public static string Post(string title, string date = "2019-07-15", string extra = "", string body = "Body text.") =>
        $"---\ntitle: {title}\ndate: {date}\n{extra}---\n\n{body}\n";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdcsSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AdcsSite.sln not found above the test binaries");
    }
}
