using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>feed.xml: an Atom feed, of the site or of one tag or author; not wrapped in base.html.</summary>
public sealed record FeedModel(FeedView Feed) : ILayoutModel, ILayoutFile
{
    public static string Layout => "feed.xml";
}
