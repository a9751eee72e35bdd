using System.Diagnostics;
using System.Text.RegularExpressions;
using AdcsSite.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AdcsSite.BrowserTests.Support;

/// <summary>
/// A site of generated posts (the benchmarks' corpus, ../shared/bench/gen-corpus.py, seed 42), built with the real
/// theme and served, with its own Chromium. ADCS_SEARCH_POSTS sets how many posts (2,000 unless told). Without the
/// generator (a clone with no shared/ beside it), python3 or a browser, its tests skip, except under CI.
/// </summary>
/// <param name="diagnostics">Where the one line about what is missing goes.</param>
public sealed partial class GeneratedSite(IMessageSink diagnostics) : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private StaticSiteServer? server;
    private BuiltSite? site;
    private string? corpus;
    private string? missing;
    private IReadOnlyList<(string Title, string Slug)>? titles;

    public int Posts { get; } = int.TryParse(Environment.GetEnvironmentVariable("ADCS_SEARCH_POSTS"), out var posts) ? posts : 2000;

    public IBrowser Browser => browser ?? throw NotReady();

    public string Origin => server?.BaseAddress ?? throw NotReady();

    /// <summary>Every post's title and slug, from the corpus files.</summary>
    public IReadOnlyList<(string Title, string Slug)> Titles => titles ?? throw NotReady();

    public async Task InitializeAsync()
    {
        var generator = Path.GetFullPath(Path.Combine(BuiltSite.RepositoryRoot(), "..", "shared", "bench", "gen-corpus.py"));
        var executable = InstalledBrowser.Find();
        if (!File.Exists(generator) || executable is null)
        {
            missing = InstalledBrowser.Missing(executable is null ? InstalledBrowser.NotFound : $"the benchmark corpus generator is not at {generator}", diagnostics);
            return;
        }

        corpus = Path.Combine(Path.GetTempPath(), $"adcs-corpus-{Guid.NewGuid():N}");

        using (var python = Process.Start(new ProcessStartInfo("python3", [generator, Posts.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "42", "--out", corpus]) { RedirectStandardOutput = true })!)
        {
            await python.StandardOutput.ReadToEndAsync();
            await python.WaitForExitAsync();
            Assert.Equal(0, python.ExitCode);
        }

        titles = [.. Directory.GetFiles(Path.Combine(corpus, "posts"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => (Title: TitleLine().Match(File.ReadAllText(f)).Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal), Slug: Path.GetFileNameWithoutExtension(f)))];
        site = BuiltSite.Build("/", corpus);
        server = await StaticSiteServer.StartAsync(site.Folder, "/");
        playwright = await Playwright.CreateAsync();
        browser = await BrowserFixture.LaunchAsync(playwright, executable);
        // A browser's first page pays for starting its renderer; the measured searches should not.
        await using var warmUp = await browser.NewContextAsync();
        await (await warmUp.NewPageAsync()).GotoAsync(Origin + "/");
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        site?.Dispose();
        if (corpus is not null)
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    private Exception NotReady() =>
        missing is null ? new InvalidOperationException("the fixture is not initialised") : new SkipException(missing);

    [GeneratedRegex("^title: \"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
