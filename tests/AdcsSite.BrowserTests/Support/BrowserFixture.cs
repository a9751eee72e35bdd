using AdcsSite.Tests.Support;
using Microsoft.Playwright;

namespace AdcsSite.BrowserTests.Support;

/// <summary>
/// One build of the real site at the domain root and one under a sub-path, each served over HTTP, and one
/// headless Chromium shared by every test. Debian's Chromium is used as installed: nothing is downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string SubPath = "/AdcsSite/";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? playwright;
    private IBrowser? browser;
    private StaticSiteServer? server;
    private StaticSiteServer? subPathServer;

    public BuiltSite Site { get; } = BuiltSite.Build();

    public BuiltSite SubPathSite { get; } = BuiltSite.Build(SubPath);

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>Where the root build is served: "http://127.0.0.1:port".</summary>
    public string Origin => server?.BaseAddress ?? throw new InvalidOperationException("the fixture is not initialised");

    public string SubPathOrigin => subPathServer?.BaseAddress ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        server = await StaticSiteServer.StartAsync(Site.Folder, Site.BasePath);
        subPathServer = await StaticSiteServer.StartAsync(SubPathSite.Folder, SubPathSite.BasePath);
        playwright = await Playwright.CreateAsync();
        browser = await LaunchAsync(playwright);
    }

    /// <summary>Debian's Chromium by default; CHROMIUM_PATH names another installed Chromium or Chrome (GitHub's runners ship Chrome).</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
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
