using System.Globalization;
using System.Text;
using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Outputs;

/// <summary>
/// Everything pages are made from, computed once per build: a view of every post, tag and author, and the
/// groupings archive pages list. Pure: content and rendered Markdown in, views out.
/// </summary>
public sealed class SiteModel
{
    public const int FeedSize = 20;
    private const int RelatedCount = 4;
    private const int WordsPerMinute = 220;

    /// <param name="related">How related posts are found; <see cref="PostGroups.Related"/> unless a caller remembers earlier answers.</param>
    /// <param name="views">Post views an earlier build of the same site made, when a caller keeps them.</param>
    public SiteModel(
        SiteContent content,
        IReadOnlyDictionary<string, RenderedMarkdown> rendered,
        Func<IReadOnlyList<Post>, int, IReadOnlyList<IReadOnlyList<Post>>>? related = null,
        PostViewCache? views = null)
    {
        Content = content;
        Rendered = rendered;
        Settings = content.Settings;
        Urls = new SiteUrls(Settings);
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
        views ??= new PostViewCache();
        views.UseContext(Urls.Absolute("/"), Tags.Values, Authors.Values);
        Posts = ViewsOfPosts(views);
        PostIndex = content.Posts.Select((p, i) => (p.SourcePath, i)).ToDictionary(x => x.SourcePath, x => x.i, StringComparer.Ordinal);
        Related = (related ?? PostGroups.Related)(content.Posts, RelatedCount);
        Site = new SiteView(
            Settings.Title,
            Settings.Description,
            Settings.BaseUrl,
            Settings.BasePath,
            Settings.Language,
            Urls.Href("/feed.xml"),
            Urls.Href("/" + Search.SearchFiles.MetaPath),
            [.. content.Pages.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(p => new PageLink(p.Title, Urls.Href(PageUrl(p))))],
            Settings.Extra);
    }

    /// <summary>This model with the Markdown of some posts or pages rendered again, for a save that changed only their bodies.</summary>
    /// <param name="views">Where the views of unchanged posts are kept; the changed posts get new ones.</param>
    private SiteModel(SiteModel previous, IReadOnlyDictionary<string, RenderedMarkdown> rendered, PostViewCache views)
    {
        Content = previous.Content;
        Rendered = rendered;
        Settings = previous.Settings;
        Urls = previous.Urls;
        PostsByTag = previous.PostsByTag;
        PostsByAuthor = previous.PostsByAuthor;
        Tags = previous.Tags;
        Authors = previous.Authors;
        Posts = ViewsOfPosts(views);
        PostIndex = previous.PostIndex;
        Related = previous.Related;
        Site = previous.Site;
    }

    /// <param name="bodies">Rendered Markdown by source path, replacing what this model has for those files.</param>
    public SiteModel WithBodies(IReadOnlyDictionary<string, RenderedMarkdown> bodies, PostViewCache views)
    {
        var rendered = new Dictionary<string, RenderedMarkdown>(Rendered, StringComparer.Ordinal);
        foreach (var (path, body) in bodies)
        {
            rendered[path] = body;
        }

        return new SiteModel(this, rendered, views);
    }

    public SiteContent Content { get; }
    public SiteSettings Settings { get; }
    public SiteUrls Urls { get; }
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

    public static string PostUrl(Post post) => $"/posts/{post.Slug}/";

    public static string PageUrl(Page page) => $"/{page.Slug}/";

    /// <summary>The site path of every post and page by its source file, for resolving links between them.</summary>
    public static Dictionary<string, string> UrlsOfSources(SiteContent content) =>
        content.Posts.Select(p => (p.SourcePath, Url: PostUrl(p)))
            .Concat(content.Pages.Select(p => (p.SourcePath, Url: PageUrl(p))))
            .ToDictionary(x => x.SourcePath, x => x.Url, StringComparer.Ordinal);

    public static string TagUrl(string id) => $"/tags/{id}/";

    public static string AuthorUrl(string id) => $"/authors/{id}/";

    /// <summary>A view of every post, newest first, made again only for posts whose view <paramref name="views"/> does not hold.</summary>
    private List<PostView> ViewsOfPosts(PostViewCache views) =>
        [.. Content.Posts.Select(p => views.GetOrCreate(p, Rendered[p.SourcePath], () => PostView(p)))];

    public PostView ViewOf(Post post) => Posts[PostIndex[post.SourcePath]];

    public IReadOnlyList<PostView> ViewsOf(IEnumerable<Post> posts) => [.. posts.Select(ViewOf)];

    public string DateDisplay(DateTimeOffset date, string format) =>
        TimeZoneInfo.ConvertTime(date, Settings.TimeZone).ToString(format, Settings.Culture);

    /// <summary>RFC 3339 in the site's zone, so a date-only post reads as its own day ("2019-07-08T00:00:00+01:00").</summary>
    public string IsoDate(DateTimeOffset date) =>
        TimeZoneInfo.ConvertTime(date, Settings.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>How much of a summary is looked for in the body to tell that it was taken from the opening words.</summary>
    private const int SummaryProbeLength = 40;

    private PostView PostView(Post post)
    {
        var rendered = Rendered[post.SourcePath];
        var summary = post.Summary ?? rendered.Lead;
        return new PostView(
            Url: Urls.Href(PostUrl(post)),
            AbsoluteUrl: Urls.Absolute(PostUrl(post)),
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
        new(tag.Id, tag.Name, Urls.Href(TagUrl(tag.Id)), Urls.Absolute(TagUrl(tag.Id)), tag.Description, count, Urls.Href(TagUrl(tag.Id) + "feed.xml"));

    private AuthorView AuthorView(Author author, int count) =>
        new(author.Id, author.Name, Urls.Href(AuthorUrl(author.Id)), Urls.Absolute(AuthorUrl(author.Id)), author.Role, author.Bio, count, Urls.Href(AuthorUrl(author.Id) + "feed.xml"));

}
