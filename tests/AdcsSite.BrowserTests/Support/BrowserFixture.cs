using AdcsSite.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;


namespace AdcsSite.BrowserTests.Support;

/// <summary>
/// One build of the real site at the domain root and one under a sub-path, each served over HTTP, and one
/// headless Chromium shared by every test. An installed browser is used as it is: nothing is downloaded. Without
/// one, tests that need it are skipped with a line saying how to get one, except in CI (CI=true), where a missing
/// browser fails them, so that CI always runs every browser test.
/// </summary>
/// <param name="diagnostics">Where the one line about a missing browser goes; the runner shows it with the results.</param>
public sealed class BrowserFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string SubPath = "/AdcsSite/";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? noBrowser;
    private StaticSiteServer? server;
    private StaticSiteServer? subPathServer;

    public BuiltSite Site { get; } = BuiltSite.Build();

    public BuiltSite SubPathSite { get; } = BuiltSite.Build(SubPath);

    /// <summary>The shared browser; a test that asks for it is skipped when this machine has none (see the class summary).</summary>
    public IBrowser Browser => browser ?? throw (noBrowser is null ? new InvalidOperationException("the fixture is not initialised") : new SkipException(noBrowser));

    /// <summary>Where the root build is served: "http://127.0.0.1:port".</summary>
    public string Origin => server?.BaseAddress ?? throw new InvalidOperationException("the fixture is not initialised");

    public string SubPathOrigin => subPathServer?.BaseAddress ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        server = await StaticSiteServer.StartAsync(Site.Folder, Site.BasePath);
        subPathServer = await StaticSiteServer.StartAsync(SubPathSite.Folder, SubPathSite.BasePath);
        var executable = InstalledBrowser.Find();
        if (executable is null)
        {
            noBrowser = InstalledBrowser.Missing(InstalledBrowser.NotFound, diagnostics);
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await LaunchAsync(playwright, executable);
    }

    /// <param name="executable">A browser <see cref="InstalledBrowser.Find"/> found.</param>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string executable) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = executable,
        Headless = true,
        Args = ChromiumArgs,
    });

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        foreach (var running in new[] { server, subPathServer })
        {
            if (running is not null)
            {
                await running.DisposeAsync();
            }
        }

        Site.Dispose();
        SubPathSite.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "built site";
}
