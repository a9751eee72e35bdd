using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace AdcsSite.Generator.Content;

/// <summary>
/// The one function that turns a site path (a URL path such as "/posts/a/", an alias as an editor wrote it, an asset's
/// path) into a path under the output folder. Every output file's path goes through it, so no input can name a file
/// outside the site: it decodes percent-escapes, drops '.' and empty segments, resolves '..', and refuses a path that
/// climbs above the site root, spells a dot segment with look-alike dots, or holds a character that a file name on
/// some system would read as a separator, a drive or a wildcard.
/// </summary>
public static class SitePath
{
    // '\' is a separator on Windows, ':' a drive or stream, '?' and '#' end a URL's path; the rest are not allowed in
    // Windows file names. Control characters are refused too (checked separately).
    private static readonly SearchValues<char> Refused = SearchValues.Create("\\:?#*\"<>|");

    /// <summary>"/posts/./a//b/../c/" -> "posts/a/c"; "/" -> "". Null, with the reason, when the path cannot be inside the site.</summary>
    /// <param name="problem">Why not, phrased to follow the path in a message: "leaves the site".</param>
    public static bool TryNormalize(string sitePath, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? problem)
    {
        var decoded = Decode(sitePath);
        if (decoded is null)
        {
            normalized = null;
            problem = "has a '%' that is not followed by two hex digits";
            return false;
        }

        return TryResolve(decoded, out normalized, out problem);
    }

    /// <summary>
    /// Where the file at <paramref name="path"/> goes, relative to the output folder: "tags/" -> "tags/index.html",
    /// "feed.xml" -> "feed.xml". The path is a file path, not a URL, so it is not decoded (a theme asset may be named
    /// "a%20b.css"). Throws when it is not inside the site: every caller builds its paths from checked input, so such a
    /// path is a bug, and it must never reach the disk.
    /// </summary>
    /// <param name="origin">What asked for the file, for the message.</param>
    public static string OutputPath(string path, string origin)
    {
        if (!TryResolve(path, out var normalized, out var problem) || (normalized.Length == 0 && !path.EndsWith('/')))
        {
            throw new SiteException(Diagnostic.Error(origin, 0, 0, $"the output path '{path}' {problem ?? "names no file"}"));
        }

        return !path.EndsWith('/') ? normalized : normalized.Length == 0 ? "index.html" : normalized + "/index.html";
    }

    private static bool TryResolve(string decoded, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? problem)
    {
        normalized = null;
        var refused = decoded.AsSpan().IndexOfAny(Refused);
        if (refused >= 0)
        {
            problem = decoded[refused] is '?' or '#'
                ? $"holds '{decoded[refused]}': a static site has no query strings or fragments in its file paths"
                : $"holds '{decoded[refused]}', which a path on the site may not";
            return false;
        }

        // char.IsControl's two ranges, searched as spans: every output path of a build comes through here.
        if (decoded.AsSpan().ContainsAnyInRange('\0', '\x1F') || decoded.AsSpan().ContainsAnyInRange('\x7F', '\x9F'))
        {
            problem = "holds a control character";
            return false;
        }

        var segments = new List<string>();
        foreach (var segment in decoded.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        problem = "leaves the site";
                        return false;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    if (IsDotsOnly(segment.Normalize(NormalizationForm.FormKC)))
                    {
                        // "．．" or "‥" is not a dot segment to a browser or a POSIX file system, but it becomes one
                        // wherever text is compatibility-normalised, and no real address is spelt that way.
                        problem = $"has a segment made only of dots ('{segment}')";
                        return false;
                    }

                    segments.Add(segment);
                    break;
            }
        }

        normalized = string.Join('/', segments);
        problem = null;
        return true;
    }

    private static bool IsDotsOnly(string segment) => segment.Length > 0 && segment.AsSpan().IndexOfAnyExcept('.') < 0;

    /// <summary>Percent-escapes decoded once, as a web server does; null when a '%' starts no escape.</summary>
    private static string? Decode(string path)
    {
        if (!path.Contains('%'))
        {
            return path;
        }

        for (var i = path.IndexOf('%'); i >= 0; i = path.IndexOf('%', i + 1))
        {
            if (i + 2 >= path.Length || !char.IsAsciiHexDigit(path[i + 1]) || !char.IsAsciiHexDigit(path[i + 2]))
            {
                return null;
            }
        }

        return Uri.UnescapeDataString(path);
    }
}
