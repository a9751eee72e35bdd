namespace AdcsSite.Generator.Markdown.Safety;

/// <summary>
/// Link targets that run code or read local files when followed. A browser ignores tabs, newlines and leading
/// spaces in a URL and reads its scheme in any case, so "JAVA&#9;script:" is checked as "javascript:".
/// </summary>
public static class LinkSchemes
{
    private static readonly string[] Dangerous = ["javascript", "vbscript", "file", "data"];
    private const string InlineImage = "image/";

    /// <summary>The dangerous scheme <paramref name="url"/> uses ("javascript"), or null; an image may be an inline data:image/.</summary>
    /// <remarks>Every link of every body is checked, so the URL is read in place instead of being copied and lower-cased.</remarks>
    public static string? DangerousScheme(string url, bool isImage)
    {
        Span<char> scheme = stackalloc char["javascript".Length];
        var (length, position) = (0, 0);
        for (; position < url.Length && url[position] != ':'; position++)
        {
            if (Ignored(url[position]))
            {
                continue;
            }

            if (length == scheme.Length)
            {
                return null;
            }

            scheme[length++] = char.ToLowerInvariant(url[position]);
        }

        if (position == url.Length || length == 0)
        {
            return null;
        }

        foreach (var name in Dangerous)
        {
            if (scheme[..length].SequenceEqual(name))
            {
                return name == "data" && isImage && FollowedBy(url, position + 1, InlineImage) ? null : name;
            }
        }

        return null;
    }

    private static bool Ignored(char c) => char.IsControl(c) || c == ' ';

    /// <summary>Whether <paramref name="url"/> from <paramref name="start"/> reads <paramref name="expected"/>, as a browser reads it.</summary>
    private static bool FollowedBy(string url, int start, string expected)
    {
        var matched = 0;
        for (var i = start; i < url.Length && matched < expected.Length; i++)
        {
            if (Ignored(url[i]))
            {
                continue;
            }

            if (char.ToLowerInvariant(url[i]) != expected[matched++])
            {
                return false;
            }
        }

        return matched == expected.Length;
    }
}
