namespace AdcsSite.Generator.Content;

/// <summary>Base URL handling: one place decides what "/AdcsSite/" and "https://x.github.io/AdcsSite" mean.</summary>
public static class BaseUrls
{
    /// <summary>Accepts "/", "/sub/", or an absolute http(s) URL; returns it with a trailing '/' or null if it is neither.</summary>
    public static string? Normalize(string value)
    {
        value = value.Trim();
        if (value.StartsWith('/'))
        {
            return value.EndsWith('/') ? value : value + "/";
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host)
            ? (value.EndsWith('/') ? value : value + "/")
            : null;
    }

    /// <summary>The host of an absolute base URL; null for a path-only one ("/AdcsSite/").</summary>
    public static string? HostOf(string baseUrl) => baseUrl.StartsWith('/') ? null : new Uri(baseUrl).Host;

    public static string PathOf(string baseUrl) =>
        baseUrl.StartsWith('/') ? baseUrl : new Uri(baseUrl).AbsolutePath is var p && p.EndsWith('/') ? p : p + "/";
}
