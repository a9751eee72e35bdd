using Xunit.Abstractions;

namespace AdcsSite.BrowserTests.Support;

/// <summary>Finds a Chromium or Chrome already on this machine; the tests never download one.</summary>
public static class InstalledBrowser
{
    public const string NotFound =
        "no Chromium or Chrome was found (CHROMIUM_PATH, /usr/bin/chromium, Google Chrome, Playwright's browsers folder); "
        + "install one with 'apt-get install chromium', or with Playwright's own 'playwright.ps1 install chromium' where the network allows, "
        + "or set CHROMIUM_PATH to a browser";

    /// <summary>
    /// What a fixture does when this machine lacks something its browser tests need: under CI (CI=true) it fails, so
    /// that CI always runs every browser test; elsewhere it says so in one line and returns the reason to skip with.
    /// </summary>
    public static string Missing(string reason, IMessageSink diagnostics)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException($"CI runs every browser test, but {reason}");
        }

        diagnostics.OnMessage(new Xunit.Sdk.DiagnosticMessage($"Browser tests skipped: {reason}."));
        return reason;
    }

    /// <summary>The first that exists of: CHROMIUM_PATH, Debian's Chromium, Google Chrome, then a Chromium that Playwright installed.</summary>
    public static string? Find() => Candidates().FirstOrDefault(File.Exists);

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } named)
        {
            yield return named;
        }

        yield return "/usr/bin/chromium";
        yield return "/usr/bin/google-chrome";
        yield return "/usr/bin/google-chrome-stable";
        yield return "/opt/google/chrome/chrome";
        var playwrightBrowsers = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "ms-playwright");
        if (Directory.Exists(playwrightBrowsers))
        {
            foreach (var folder in Directory.GetDirectories(playwrightBrowsers, "chromium-*").Order().Reverse())
            {
                yield return Path.Combine(folder, "chrome-linux", "chrome");
                yield return Path.Combine(folder, "chrome-linux64", "chrome");
            }
        }
    }
}
