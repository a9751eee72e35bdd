using System.Globalization;

namespace AdcsSite.Generator.Content;

/// <summary>Site-wide settings from input/site.yml; every key is optional.</summary>
public sealed partial record SiteSettings
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

    /// <summary>'repository: owner/name': the GitHub repository holding input/, so each post can link to its file in GitHub's editor.</summary>
    public string? Repository { get; init; }

    /// <summary>'branch:' of <see cref="Repository"/> that editors change; "main" unless given.</summary>
    public string Branch { get; init; } = "main";

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
            Repository = fields.Matching("repository", GitHubRepository(), "owner/name, such as adcs/AdcsSite"),
            Branch = fields.String("branch") ?? defaults.Branch,
            RawHtml = fields.Section("markdown").Bool("raw_html"),
            Extra = fields.Rest(),
        };
        var now = fields.String("now");
        settings = now is null ? settings : settings with { Now = fields.Date("now", settings.TimeZone) };
        fields.ThrowIfErrors();
        return settings;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$")]
    private static partial System.Text.RegularExpressions.Regex GitHubRepository();
}
