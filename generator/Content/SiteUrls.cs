namespace AdcsSite.Generator.Content;

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
