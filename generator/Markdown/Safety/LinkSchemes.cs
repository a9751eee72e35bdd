namespace AdcsSite.Generator.Markdown.Safety;

/// <summary>
/// Link targets that run code or read local files when followed. A browser ignores tabs, newlines and leading
/// spaces in a URL and reads its scheme in any case, so "JAVA&#9;script:" is checked as "javascript:".
/// </summary>
public static class LinkSchemes
{
    private static readonly string[] Dangerous = ["javascript", "vbscript", "file", "data"];

    /// <summary>The dangerous scheme <paramref name="url"/> uses ("javascript"), or null; an image may be an inline data:image/.</summary>
    public static string? DangerousScheme(string url, bool isImage)
    {
        var compact = new string([.. url.Where(c => !char.IsControl(c) && c != ' ')]).ToLowerInvariant();
        var colon = compact.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var scheme = compact[..colon];
        return Dangerous.Contains(scheme) && !(isImage && compact.StartsWith("data:image/", StringComparison.Ordinal)) ? scheme : null;
    }
}
