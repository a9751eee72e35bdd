namespace AdcsSite.Generator.Outputs.Views;

public sealed record SiteView(
    string Title,
    string Description,
    string BaseUrl,
    string BasePath,
    string Language,
    string FeedUrl,
    string SearchIndexUrl,
    IReadOnlyList<PageLink> Pages,
    IReadOnlyDictionary<string, object?> Extra);
