using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Outputs.Views;

/// <summary>Facts every page's head needs: title, description, canonical URL, feeds, structured data.</summary>
public sealed record PageMeta(
    string Kind,
    string Title,
    string Description,
    string Url,
    string Canonical,
    string OgType,
    IReadOnlyList<FeedLink> Feeds,
    RawHtml JsonLd);
