using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Publishing;

namespace AdcsSite.BrowserTests.Support;

/// <summary>The repository's real site (input/ and theme/), built into a temporary folder with the generator's own SiteBuilder.</summary>
public sealed class BuiltSite : IDisposable
{
    private BuiltSite(string folder, string basePath)
    {
        Folder = folder;
        BasePath = basePath;
    }

    /// <summary>The folder holding the built site.</summary>
    public string Folder { get; }

    /// <summary>"/" at the domain root, or the sub-path the site was built for ("/AdcsSite/").</summary>
    public string BasePath { get; }

    /// <summary>
    /// Builds input/ of the repository, or the content folder named by ADCS_BROWSER_INPUT (to run the same
    /// checks over a generated corpus, e.g. ../shared/bench/gen-corpus.py output), or <paramref name="input"/>.
    /// </summary>
    public static BuiltSite Build(string basePath = "/", string? input = null)
    {
        var root = RepositoryRoot();
        input ??= Environment.GetEnvironmentVariable("ADCS_BROWSER_INPUT") is { Length: > 0 } given ? given : Path.Combine(root, "input");
        var folder = Path.Combine(Path.GetTempPath(), $"adcs-browser-{Guid.NewGuid():N}", "site");
        using var sink = new DiskOutputSink(folder);
        SiteBuilder.Build(
            new DiskSourceTree(input, "input"),
            new DiskSourceTree(Path.Combine(root, "theme"), "theme"),
            new BuildOptions(BaseUrl: basePath),
            sink);
        return new BuiltSite(folder, basePath);
    }

    /// <summary>Every file of the site as a '/'-separated path relative to its root.</summary>
    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/'));

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);

    public static string RepositoryRoot()
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
