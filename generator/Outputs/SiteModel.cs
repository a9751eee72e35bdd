using System.Globalization;
using System.Text;
using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Outputs.Views;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Outputs;

/// <summary>
/// Everything pages are made from, computed once per build: a view of every post, tag and author, and the
/// groupings archive pages list. Pure: content and rendered Markdown in, views out; nothing it is given is changed.
/// </summary>
public sealed class SiteModel
{
    /// <summary>How many related posts each post lists.</summary>
    public const int RelatedCount = 4;
    private const int WordsPerMinute = 220;

    public SiteModel(SiteContent content, IReadOnlyDictionary<string, RenderedMarkdown> rendered)
        : this(content, rendered, PostGroups.Related(content.Posts, RelatedCount), earlier: null)
    {
    }

    /// <summary>The same model, from parts a long-running process kept from earlier builds (see Pipeline/Incremental).</summary>
    /// <param name="related">The related posts of each post, as <see cref="PostGroups.Related"/> finds them.</param>
    /// <param name="earlier">Post views earlier builds made, reused where still valid; null makes every view.</param>
    internal SiteModel(SiteContent content, IReadOnlyDictionary<string, RenderedMarkdown> rendered, IReadOnlyList<IReadOnlyList<Post>> related, IEarlierViews? earlier)
    {
        Content = content;
        Rendered = rendered;
        Settings = content.Settings;
        culture = Settings.Culture;
        Links = new Permalinks(Settings);
        PostsByTag = PostGroups.ByTerm(content.Posts, p => p.TagIds);
        PostsByAuthor = PostGroups.ByTerm(content.Posts, p => p.AuthorIds);
        Tags = content.Tags.Values
            .Where(t => PostsByTag.ContainsKey(t.Id))
            .Select(t => TagView(t, PostsByTag[t.Id].Count))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(t => t.Id, StringComparer.Ordinal);
        Authors = content.Authors.Values
            .Where(a => PostsByAuthor.ContainsKey(a.Id))
            .Select(a => AuthorView(a, PostsByAuthor[a.Id].Count))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        earlier?.UseContext(Links.Absolute(Permalinks.Home), Tags.Values, Authors.Values);
        Posts = ViewsOfPosts(earlier);
        PostIndex = IndexOf(content.Posts);
        Related = related;
        Site = new SiteView(
            Settings.Title,
            Settings.Description,
            Settings.BaseUrl,
            Settings.BasePath,
            Settings.Language,
            Links.Href(Permalinks.Feed),
            Links.Href(Permalinks.SearchIndex),
            [.. content.Pages.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(p => new PageLink(p.Title, Links.Href(Permalinks.Page(p))))],
            Settings.Extra);
    }

    /// <summary>This model with the Markdown of some posts or pages rendered again, for a save that changed only their bodies.</summary>
    /// <param name="earlier">Where the views of unchanged posts are kept; the changed posts get new ones.</param>
    private SiteModel(SiteModel previous, IReadOnlyDictionary<string, RenderedMarkdown> rendered, IEarlierViews earlier)
    {
        Content = previous.Content;
        Rendered = rendered;
        Settings = previous.Settings;
        culture = previous.culture;
        Links = previous.Links;
        PostsByTag = previous.PostsByTag;
        PostsByAuthor = previous.PostsByAuthor;
        Tags = previous.Tags;
        Authors = previous.Authors;
        Posts = ViewsOfPosts(earlier);
        PostIndex = previous.PostIndex;
        Related = previous.Related;
        Site = previous.Site;
    }

    /// <param name="bodies">Rendered Markdown by source path, replacing what this model has for those files.</param>
    internal SiteModel WithBodies(IReadOnlyDictionary<string, RenderedMarkdown> bodies, IEarlierViews earlier)
    {
        var rendered = new Dictionary<string, RenderedMarkdown>(Rendered, StringComparer.Ordinal);
        foreach (var (path, body) in bodies)
        {
            rendered[path] = body;
        }

        return new SiteModel(this, rendered, earlier);
    }

    /// <summary>The settings' culture, looked up once: every post's view formats two dates with it.</summary>
    private readonly CultureInfo culture;

    public SiteContent Content { get; }
    public SiteSettings Settings { get; }
    public Permalinks Links { get; }
    public SiteView Site { get; }
    public IReadOnlyDictionary<string, RenderedMarkdown> Rendered { get; }

    /// <summary>Views of all posts, newest first, in the same order as <see cref="SiteContent.Posts"/>.</summary>
    public IReadOnlyList<PostView> Posts { get; }
    public IReadOnlyDictionary<string, TermView> Tags { get; }
    public IReadOnlyDictionary<string, AuthorView> Authors { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Post>> PostsByTag { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Post>> PostsByAuthor { get; }
    public IReadOnlyList<IReadOnlyList<Post>> Related { get; }
    private IReadOnlyDictionary<string, int> PostIndex { get; }

    /// <summary>A view of every post, newest first, made again only for posts whose view <paramref name="earlier"/> does not hold.</summary>
    private List<PostView> ViewsOfPosts(IEarlierViews? earlier) =>
        [.. Content.Posts.Select(p => earlier is null ? PostView(p) : earlier.GetOrCreate(p, Rendered[p.SourcePath], () => PostView(p)))];

    public PostView ViewOf(Post post) => Posts[PostIndex[post.SourcePath]];

    public IReadOnlyList<PostView> ViewsOf(IEnumerable<Post> posts) => [.. posts.Select(ViewOf)];

    public string DateDisplay(DateTimeOffset date, string format) =>
        TimeZoneInfo.ConvertTime(date, Settings.TimeZone).ToString(format, culture);

    /// <summary>RFC 3339 in the site's zone, so a date-only post reads as its own day ("2019-07-08T00:00:00+01:00").</summary>
    public string IsoDate(DateTimeOffset date) =>
        TimeZoneInfo.ConvertTime(date, Settings.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>How much of a summary is looked for in the body to tell that it was taken from the opening words.</summary>
    private const int SummaryProbeLength = 40;

    /// <summary>What lists, search and page heads show of a post or page: its own summary, else the opening of its body.</summary>
    public static string SummaryOf(string? summary, RenderedMarkdown rendered) => summary ?? rendered.Lead;

    private static Dictionary<string, int> IndexOf(IReadOnlyList<Post> posts)
    {
        var index = new Dictionary<string, int>(posts.Count, StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            index.Add(posts[i].SourcePath, i);
        }

        return index;
    }

    private PostView PostView(Post post)
    {
        var rendered = Rendered[post.SourcePath];
        var summary = SummaryOf(post.Summary, rendered);
        return new PostView(
            Url: Links.Href(Permalinks.Post(post)),
            AbsoluteUrl: Links.Absolute(Permalinks.Post(post)),
            Slug: post.Slug,
            Title: post.Title,
            Summary: summary,
            SummaryInBody: rendered.Html.AsSpan().IndexOf(Encoding.UTF8.GetBytes(summary[..Math.Min(summary.Length, SummaryProbeLength)])) >= 0,
            Date: post.Date,
            DateIso: IsoDate(post.Date),
            DateDisplay: DateDisplay(post.Date, "d MMMM yyyy"),
            MonthDisplay: DateDisplay(post.Date, "MMMM yyyy"),
            DateEstimated: post.DateEstimated,
            Authors: [.. post.AuthorIds.Select(id => Authors[id])],
            Tags: [.. post.TagIds.Select(id => Tags[id])],
            WordCount: rendered.WordCount,
            ReadingMinutes: Math.Max(1, (int)Math.Ceiling(rendered.WordCount / (double)WordsPerMinute)),
            Source: TemplateValues.From(post.Source),
            Extra: TemplateValues.From(post.Extra));
    }

    private TermView TagView(Tag tag, int count) =>
        new(tag.Id, tag.Name, Links.Href(Permalinks.Tag(tag.Id)), Links.Absolute(Permalinks.Tag(tag.Id)), tag.Description, count, Links.Href(Permalinks.FeedOf(Permalinks.Tag(tag.Id))));

    private AuthorView AuthorView(Author author, int count) =>
        new(author.Id, author.Name, Links.Href(Permalinks.Author(author.Id)), Links.Absolute(Permalinks.Author(author.Id)), author.Role, author.Bio, count, Links.Href(Permalinks.FeedOf(Permalinks.Author(author.Id))));

}
