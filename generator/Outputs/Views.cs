using AdcsSite.Generator.Templates;
using Scriban.Runtime;

namespace AdcsSite.Generator.Outputs;

// What templates see. Urls are ready to put in href (base path included); AbsoluteUrl for canonical links and feeds.
// Scriban exposes these properties in snake_case: post.date_display, tag.absolute_url.

public sealed record TermView(string Id, string Name, string Url, string AbsoluteUrl, string? Description, int Count, string FeedUrl);

public sealed record AuthorView(string Id, string Name, string Url, string AbsoluteUrl, string? Role, string? Bio, int Count, string FeedUrl);

public sealed record PostView(
    string Url,
    string AbsoluteUrl,
    string Slug,
    string Title,
    string Summary,
    // The summary's opening is in the body: it was taken from the first words, so the post page does not repeat it.
    bool SummaryInBody,
    DateTimeOffset Date,
    string DateIso,
    string DateDisplay,
    string MonthDisplay,
    bool DateEstimated,
    IReadOnlyList<AuthorView> Authors,
    IReadOnlyList<TermView> Tags,
    int WordCount,
    int ReadingMinutes,
    ScriptObject Source,
    ScriptObject Extra)
{
    /// <summary>The date as a reader should see it: an estimated one only to the month and marked "c.", never as a stated day.</summary>
    public string DateLabel => DateEstimated ? $"c. {MonthDisplay}" : DateDisplay;
}

public sealed record PageLink(string Title, string Url);

public sealed record FeedLink(string Title, string Url);

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

public sealed record MonthView(int Year, int Month, string Name, string Anchor, IReadOnlyList<PostView> Posts);

public sealed record YearView(int Year, int Count, IReadOnlyList<MonthView> Months);

public sealed record PagerView(IReadOnlyList<PostView> Items, int Number, int Count, string? PreviousUrl, string? NextUrl, IReadOnlyList<string> PageUrls);

public sealed record FeedEntryView(string Title, string Url, string Id, string Published, string Updated, IReadOnlyList<string> Authors, IReadOnlyList<string> Categories, string Summary, string Content);

public sealed record FeedView(string Title, string Subtitle, string Id, string SelfUrl, string AlternateUrl, string Updated, IReadOnlyList<FeedEntryView> Entries);

public sealed record SitemapUrl(string Location, string? LastModified);
