namespace AdcsSite.Generator.Preview;

/// <summary>How a request path resolved: a file of the snapshot, a redirect to add a missing '/', or nothing.</summary>
public abstract record Resolution
{
    public sealed record File(string Key) : Resolution;

    public sealed record Redirect(string Location) : Resolution;

    public sealed record NotFound : Resolution;
}

/// <summary>
/// Maps the raw request target onto the keys of a built site, the way GitHub Pages does ("/dir/" is
/// "dir/index.html"). Files are only ever found by exact key, so no path can reach outside the site; requests that
/// try (dot segments, encoded slashes, empty segments, absolute URLs, very long paths) are refused outright rather
/// than normalised, so what the preview accepts is what a static host would serve.
/// </summary>
public static class SitePaths
{
    public const int MaxLength = 2048;

    /// <param name="rawTarget">The request target as sent, still percent-encoded, e.g. "/AdcsSite/posts/a/?x=1".</param>
    /// <param name="basePath">Where the site is served, starting and ending with '/'.</param>
    /// <param name="exists">Whether the site has a file at a key such as "posts/a/index.html".</param>
    public static Resolution Resolve(string rawTarget, string basePath, Func<string, bool> exists)
    {
        var raw = rawTarget.Split('?', '#')[0];
        if (raw.Length > MaxLength || !raw.StartsWith('/') || raw.Contains('\\')
            || raw.Contains("%2f", StringComparison.OrdinalIgnoreCase) || raw.Contains("%5c", StringComparison.OrdinalIgnoreCase))
        {
            return new Resolution.NotFound();
        }

        var path = Uri.UnescapeDataString(raw);
        if (path + "/" == basePath)
        {
            return new Resolution.Redirect(basePath);
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal) || path.Contains('\0'))
        {
            return new Resolution.NotFound();
        }

        var rest = path[basePath.Length..];
        var segments = rest.Split('/');
        if (segments.SkipLast(1).Any(s => s.Length == 0) || segments.Any(s => s is "." or ".."))
        {
            return new Resolution.NotFound();
        }

        var key = rest.Length == 0 || rest.EndsWith('/') ? rest + "index.html" : rest;
        if (exists(key))
        {
            return new Resolution.File(key);
        }

        return exists(rest + "/index.html") ? new Resolution.Redirect(raw + "/") : new Resolution.NotFound();
    }

    /// <summary>"AdcsSite", "/AdcsSite" and "/AdcsSite/" all mean "/AdcsSite/"; null if it cannot be a URL path.</summary>
    public static string? NormalizeBasePath(string value)
    {
        var trimmed = value.Trim().Trim('/');
        if (trimmed.Length == 0)
        {
            return "/";
        }

        var path = "/" + trimmed + "/";
        return Uri.IsWellFormedUriString(path, UriKind.Relative) && !path.Split('/').Any(s => s is "." or "..") && !path.Contains("//", StringComparison.Ordinal)
            ? path
            : null;
    }
}
