using System.Text;
using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs.Layouts;
using AdcsSite.Generator.Outputs.Search;
using AdcsSite.Generator.Outputs.Views;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Outputs;

/// <summary>
/// Decides every file of the site from the model: which layout renders it, with what data, at which path.
/// Nothing is rendered here; the plan is a list the publisher renders in parallel, and each file's typed layout model
/// (see <see cref="Layouts.ILayoutModel"/>) is made only when the file is rendered, so a test can read it without rendering.
/// A file's model is made from the site model it is rendered with (see <see cref="TemplateOutput.Model"/>): what it
/// keeps from planning is only structure (positions, pagers, paths), which a model of the same structure shares.
/// </summary>
/// <param name="displayPath">How an input file is named in messages (e.g. "input/posts/a.md").</param>
/// <param name="searchIndex">The model's search index if a build has started making it (<see cref="SearchFiles.Index"/>); else one is made when first read.</param>
public sealed class OutputPlan(SiteModel model, Func<string, string> displayPath, SearchIndex? searchIndex = null)
{
    private readonly Permalinks links = model.Links;
    private readonly SiteSettings settings = model.Settings;

    public IEnumerable<OutputFile> Files() =>
        Home()
            .Concat(Posts())
            .Concat(Pages())
            .Concat(TagPages())
            .Concat(AuthorPages())
            .Concat(Indexes())
            .Concat(Feeds())
            .Concat(Redirects())
            .Concat(DataFiles());

    private IEnumerable<OutputFile> Home() =>
        Listing(Permalinks.Home, "home", model.Content.Posts, (_, page, pager) => new HomeModel(page, pager));

    private IEnumerable<OutputFile> Posts() =>
        model.Content.Posts.Select((post, i) => TemplateOutput.Page(
            Permalinks.Post(post),
            displayPath(post.SourcePath),
            m => ShownOnPostPage(m, i),
            m =>
            {
                var shown = m.Content.Posts[i];
                return new PostModel(
                    Meta(m, "post", Permalinks.Post(shown), "article"),
                    m.Posts[i],
                    new RawUtf8Html(m.Rendered[shown.SourcePath].Html),
                    Newer: i > 0 ? m.Posts[i - 1] : null,
                    Older: i + 1 < m.Posts.Count ? m.Posts[i + 1] : null,
                    Related: m.ViewsOf(m.Related[i]),
                    EditUrl: Permalinks.EditSource(m.Settings, shown.SourcePath));
            }));

    private IEnumerable<OutputFile> Pages() =>
        model.Content.Pages.Select((page, i) => TemplateOutput.Page(Permalinks.Page(page), displayPath(page.SourcePath), _ => [page.SourcePath], m =>
        {
            var shown = m.Content.Pages[i];
            return new PageModel(
                Meta(m, "page", Permalinks.Page(shown)),
                shown.Title,
                SiteModel.SummaryOf(shown.Summary, m.Rendered[shown.SourcePath]),
                new RawUtf8Html(m.Rendered[shown.SourcePath].Html),
                TemplateValues.From(shown.Extra));
        }));

    private IEnumerable<OutputFile> TagPages() =>
        model.Tags.Values.SelectMany(tag => Listing(
            Permalinks.Tag(tag.Id), "tag", model.PostsByTag[tag.Id],
            (m, page, pager) => new TagModel(page, pager, m.Tags[tag.Id]),
            new FeedLink($"{tag.Name} — {settings.Title}", tag.FeedUrl)));

    private IEnumerable<OutputFile> AuthorPages() =>
        model.Authors.Values.SelectMany(author => Listing(
            Permalinks.Author(author.Id), "author", model.PostsByAuthor[author.Id],
            (m, page, pager) => new AuthorModel(page, pager, m.Authors[author.Id]),
            new FeedLink($"{author.Name} — {settings.Title}", author.FeedUrl)));

    private IEnumerable<OutputFile> Indexes()
    {
        yield return TemplateOutput.Page(Permalinks.TagsIndex, "the tags index", TemplateOutput.ShowsNone, m => new TagsModel(
            Meta(m, "tags", Permalinks.TagsIndex),
            [.. m.Tags.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)]));
        yield return TemplateOutput.Page(Permalinks.AuthorsIndex, "the authors index", TemplateOutput.ShowsNone, m => new AuthorsModel(
            Meta(m, "authors", Permalinks.AuthorsIndex),
            [.. m.Authors.Values.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)]));
        yield return TemplateOutput.Page(Permalinks.Archive, "the archive", EveryPost, m => new ArchiveModel(
            Meta(m, "archive", Permalinks.Archive),
            YearViews(m)));
        yield return TemplateOutput.Page(Permalinks.Search, "the search page", TemplateOutput.ShowsNone, m => new SearchModel(
            Meta(m, "search", Permalinks.Search)));
        yield return TemplateOutput.Page(Permalinks.NotFound, "the 404 page", TemplateOutput.ShowsNone, m => new NotFoundModel(
            Meta(m, "404", Permalinks.NotFound)));
    }

    private IEnumerable<OutputFile> Feeds()
    {
        yield return Feed(Permalinks.Feed, "the site", settings.Title, settings.Description, Permalinks.Home, model.Content.Posts);
        foreach (var tag in model.Tags.Values)
        {
            yield return Feed(Permalinks.FeedOf(Permalinks.Tag(tag.Id)), $"tag '{tag.Name}'", $"{tag.Name} — {settings.Title}", tag.Description ?? "", Permalinks.Tag(tag.Id), model.PostsByTag[tag.Id]);
        }

        foreach (var author in model.Authors.Values)
        {
            yield return Feed(Permalinks.FeedOf(Permalinks.Author(author.Id)), $"author '{author.Name}'", $"{author.Name} — {settings.Title}", author.Bio ?? "", Permalinks.Author(author.Id), model.PostsByAuthor[author.Id]);
        }

        yield return TemplateOutput.Document(Permalinks.Sitemap, "sitemap", EveryPost, m => new SitemapModel(SitemapUrls(m)));
        yield return TemplateOutput.Document(Permalinks.Robots, "robots", TemplateOutput.ShowsNone, m => new RobotsModel(m.Links.Absolute(Permalinks.Sitemap)));
    }

    private IEnumerable<OutputFile> Redirects() =>
        model.Content.Posts.Where(p => p.Aliases.Count > 0).SelectMany(p => Redirects(p.Aliases, Permalinks.Post(p), p.SourcePath))
            .Concat(model.Content.Pages.Where(p => p.Aliases.Count > 0).SelectMany(p => Redirects(p.Aliases, Permalinks.Page(p), p.SourcePath)));

    private IEnumerable<OutputFile> Redirects(IReadOnlyList<string> aliases, string target, string sourcePath) =>
        aliases.Select(alias => TemplateOutput.Document(
            alias,
            $"alias '{alias}' in {displayPath(sourcePath)}",
            TemplateOutput.ShowsNone,
            m => new RedirectModel(m.Links.Href(target), m.Links.Absolute(target))));

    /// <summary>A post page shows its post, the posts before and after it, and its related posts.</summary>
    private static IEnumerable<string> ShownOnPostPage(SiteModel m, int i) =>
        new[] { i - 1, i, i + 1 }.Where(at => at >= 0 && at < m.Content.Posts.Count).Select(at => m.Content.Posts[at])
            .Concat(m.Related[i])
            .Select(p => p.SourcePath)
            .Distinct(StringComparer.Ordinal);

    /// <summary>The archive and the sitemap show every post.</summary>
    private static IEnumerable<string> EveryPost(SiteModel m) => m.Content.Posts.Select(p => p.SourcePath);

    /// <summary>The files made by code rather than a layout: the search index, and what GitHub Pages reads.</summary>
    public IEnumerable<DataOutput> DataFiles()
    {
        // The documents of an index no build started are made only when one of its buckets is written.
        var index = searchIndex is { } started ? new Lazy<SearchIndex>(started) : new Lazy<SearchIndex>(() => SearchFiles.Index(model.Content, model.Rendered));
        foreach (var file in SearchFiles.Outputs(model, index))
        {
            yield return file;
        }

        yield return new DataOutput(".nojekyll", "GitHub Pages settings", () => ReadOnlyMemory<byte>.Empty);
        if (settings.CustomDomain is { } domain)
        {
            yield return new DataOutput("CNAME", "custom_domain in site settings", () => Encoding.UTF8.GetBytes(domain + "\n"));
        }
    }

    private IEnumerable<OutputFile> Listing<T>(string url, string kind, IReadOnlyList<Post> posts, Func<SiteModel, PageMeta, PagerView, T> modelOf, FeedLink? feed = null)
        where T : IShellModel, ILayoutFile
    {
        var pagers = Paginator.Paginate(posts, settings.PostsPerPage, url);
        // Every page of a listing links to the same pages: made once, not once per page (a 500-page home made 250,000 links).
        var pageHrefs = new Lazy<IReadOnlyList<string>>(() => [.. pagers[0].PageUrls.Select(links.Href)]);
        foreach (var pager in pagers)
        {
            yield return TemplateOutput.Page(pager.Url, $"{kind} listing page {pager.Number}", _ => pager.Items.Select(p => p.SourcePath), m => modelOf(
                m,
                Meta(m, kind, pager.Url, feeds: feed is null ? [] : [feed]),
                new PagerView(
                    m.ViewsOf(pager.Items),
                    pager.Number,
                    pager.Count,
                    pager.PreviousUrl is null ? null : m.Links.Href(pager.PreviousUrl),
                    pager.NextUrl is null ? null : m.Links.Href(pager.NextUrl),
                    pageHrefs.Value)));
        }
    }

    private static TemplateOutput Feed(string path, string origin, string title, string subtitle, string alternate, IReadOnlyList<Post> posts)
    {
        List<Post> entries = [.. posts.Take(FeedMembers.Size)];
        return TemplateOutput.Document(path, $"feed of {origin}", _ => entries.Select(p => p.SourcePath), m =>
        {
            var views = FeedEntries.Create(m, entries);
            return new FeedModel(new FeedView(
                title,
                subtitle,
                m.Links.Absolute(path),
                m.Links.Absolute(path),
                m.Links.Absolute(alternate),
                views.Count > 0 ? views[0].Updated : m.IsoDate(m.Settings.Now ?? DateTimeOffset.UnixEpoch),
                views));
        });
    }

    private static PageMeta Meta(SiteModel m, string kind, string url, string ogType = "website", IReadOnlyList<FeedLink>? feeds = null) =>
        new(kind, m.Links.Href(url), m.Links.Absolute(url), ogType, [new FeedLink(m.Settings.Title, m.Links.Href(Permalinks.Feed)), .. feeds ?? []]);

    private static List<YearView> YearViews(SiteModel m) =>
    [
        .. PostGroups.ByYearAndMonth(m.Content.Posts, m.Settings.TimeZone).Select(y => new YearView(
            y.Year,
            y.Count,
            [.. y.Months.Select(mo => new MonthView(
                mo.Year,
                mo.Month,
                m.DateDisplay(mo.Posts[0].Date, "MMMM yyyy"),
                $"{mo.Year}-{mo.Month:00}",
                m.ViewsOf(mo.Posts)))])),
    ];

    private static List<SitemapUrl> SitemapUrls(SiteModel m)
    {
        var links = m.Links;
        var newest = m.Content.Posts.Count > 0 ? m.IsoDate(m.Content.Posts[0].Date) : null;
        var list = new List<SitemapUrl> { new(links.Absolute(Permalinks.Home), newest) };
        list.AddRange(m.Posts.Select(p => new SitemapUrl(p.AbsoluteUrl, p.DateIso)));
        list.AddRange(m.Content.Pages.Select(p => new SitemapUrl(links.Absolute(Permalinks.Page(p)), null)));
        list.AddRange(m.Tags.Values.Select(t => new SitemapUrl(t.AbsoluteUrl, m.IsoDate(m.PostsByTag[t.Id][0].Date))));
        list.AddRange(m.Authors.Values.Select(a => new SitemapUrl(a.AbsoluteUrl, m.IsoDate(m.PostsByAuthor[a.Id][0].Date))));
        list.AddRange(new[] { Permalinks.TagsIndex, Permalinks.AuthorsIndex, Permalinks.Archive, Permalinks.Search }.Select(u => new SitemapUrl(links.Absolute(u), newest)));
        return list;
    }
}
