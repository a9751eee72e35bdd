using System.Globalization;

namespace AdcsSite.Generator.Content;

/// <summary>Site-wide settings from input/site.yml; every key is optional.</summary>
public sealed record SiteSettings
{
    public const string FileName = "site.yml";

    public string Title { get; init; } = "Untitled site";
    public string Description { get; init; } = "";
    public string BaseUrl { get; init; } = "/";
    public string Language { get; init; } = "en-GB";
    public int PostsPerPage { get; init; } = 10;
    public string? DefaultAuthor { get; init; }
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    public string? CustomDomain { get; init; }

    /// <summary>'markdown: { raw_html: true }': raw HTML in bodies is published as HTML, for sites whose every editor is trusted.</summary>
    public bool RawHtml { get; init; }

    /// <summary>Pins "now" so builds are reproducible; null means the real clock.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Extra keys a theme may use (e.g. a tagline), passed to templates as they are.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/': "/" or "/AdcsSite/".</summary>
    public string BasePath => BaseUrls.PathOf(BaseUrl);

    public static SiteSettings Parse(string yaml, string path)
    {
        var map = FrontMatter.ParseMapping(yaml, path);
        var fields = new FieldReader(map, path, firstLine: 1);
        var defaults = new SiteSettings();
        var settings = new SiteSettings
        {
            Title = fields.String("title") ?? defaults.Title,
            Description = fields.String("description") ?? defaults.Description,
            BaseUrl = fields.BaseUrl("base_url") ?? defaults.BaseUrl,
            Language = fields.Culture("language") ?? defaults.Language,
            PostsPerPage = fields.PositiveInt("posts_per_page") ?? defaults.PostsPerPage,
            DefaultAuthor = fields.String("default_author"),
            TimeZone = fields.TimeZone("time_zone") ?? defaults.TimeZone,
            CustomDomain = fields.String("custom_domain"),
            RawHtml = fields.Section("markdown").Bool("raw_html"),
            Extra = fields.Rest(),
        };
        var now = fields.String("now");
        settings = now is null ? settings : settings with { Now = fields.Date("now", settings.TimeZone) };
        fields.ThrowIfErrors();
        return settings;
    }
}

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

    public static string PathOf(string baseUrl) =>
        baseUrl.StartsWith('/') ? baseUrl : new Uri(baseUrl).AbsolutePath is var p && p.EndsWith('/') ? p : p + "/";
}

/// <summary>Turns site paths ("/posts/a/") into links under the base path and into absolute URLs.</summary>
public sealed class SiteUrls(SiteSettings settings)
{
    private readonly string prefix = settings.BasePath.TrimEnd('/');
    private readonly string origin = settings.BaseUrl.StartsWith('/') ? "" : settings.BaseUrl[..^settings.BasePath.Length];

    /// <summary>What goes before a root-relative URL written in Markdown: "" at the domain root, "/AdcsSite" under a sub-path.</summary>
    public string PathPrefix => prefix;

    /// <summary>What goes before a root-relative URL when it must be absolute (feeds): "https://x.github.io/AdcsSite".</summary>
    public string AbsolutePrefix => origin + prefix;

    /// <example>new SiteUrls(settings with { BaseUrl = "https://x.org/AdcsSite/" }).Href("/tags/send/") == "/AdcsSite/tags/send/"</example>
    public string Href(string sitePath) => prefix + "/" + sitePath.TrimStart('/');

    /// <summary>Absolute when the base URL has a host; otherwise the same as <see cref="Href"/>.</summary>
    public string Absolute(string sitePath) => origin + Href(sitePath);
}
