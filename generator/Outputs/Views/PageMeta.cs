namespace AdcsSite.Generator.Outputs.Views;

/// <summary>
/// Facts every page's head needs: what kind of page it is, its address, its feeds. The words (title, description) and
/// the structured data are the theme's: partials/page-text.html and partials/json-ld.html make them from these facts
/// and the page's own variables.
/// </summary>
public sealed record PageMeta(
    string Kind,
    string Url,
    string Canonical,
    string OgType,
    IReadOnlyList<FeedLink> Feeds);
