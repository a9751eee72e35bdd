using System.Text.Json;
using Microsoft.Playwright;

namespace AdcsSite.BrowserTests.Support;

/// <summary>
/// A reader in one browser tab at one width and colour scheme. After each page it checks what every page
/// must satisfy (axe-core finds nothing, no console errors, one h1) and keeps a screenshot.
/// </summary>
public sealed class Reader : IAsyncDisposable
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js")));

    private readonly IBrowserContext context;
    private readonly List<string> errors = [];
    private readonly string label;

    private Reader(IBrowserContext context, IPage page, string label)
    {
        this.context = context;
        this.label = label;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} at {message.Location}");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
    }

    public IPage Page { get; }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<Reader> OpenAsync(IBrowser browser, int width, ColorScheme scheme, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
        });
        // Pages are local and small; a step that takes longer than this is a failure, not slowness.
        context.SetDefaultTimeout(10_000);
        return new Reader(context, await context.NewPageAsync(), $"{width}-{scheme.ToString().ToLowerInvariant()}");
    }

    /// <summary>Runs the checks every page must pass and saves a full-page screenshot named after the page.</summary>
    /// <param name="expectedErrors">Console errors this page is expected to log (the 404 status of a missing page).</param>
    public async Task CheckPageAsync(string name, Func<string, bool>? expectedErrors = null)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(1, await Page.Locator("h1").CountAsync());
        var violations = await AxeViolationsAsync();
        Assert.True(violations.Count == 0, $"axe-core on {name} ({label}, {Page.Url}):\n{string.Join("\n", violations)}");
        var unexpected = errors.Where(e => expectedErrors is null || !expectedErrors(e)).ToList();
        Assert.True(unexpected.Count == 0, $"console errors on {name} ({label}):\n{string.Join("\n", unexpected)}");
        errors.Clear();
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}-{label}.png"), FullPage = true });
    }

    public Task<string> HeadingAsync() => TextAsync(Page.Locator("h1"));

    /// <summary>The element's text as written in the markup (not as CSS shows it, e.g. upper-cased kickers).</summary>
    public static async Task<string> TextAsync(ILocator element) => (await element.TextContentAsync() ?? "").Trim();

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private async Task<List<string>> AxeViolationsAsync()
    {
        await Page.AddScriptTagAsync(new() { Content = AxeSource.Value });
        var result = await Page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { resultTypes: ["violations"] })).violations.map(v =>
              `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map(n => n.target.join(" ")).join(", ")}`)
            """);
        return [.. result.EnumerateArray().Select(v => v.GetString() ?? "")];
    }
}
