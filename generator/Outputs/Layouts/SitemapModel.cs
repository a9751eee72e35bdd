using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>sitemap.xml: every page a search engine should know, with when it last changed.</summary>
public sealed record SitemapModel(IReadOnlyList<SitemapUrl> Urls) : ILayoutModel, ILayoutFile
{
    public static string Layout => "sitemap.xml";
}
