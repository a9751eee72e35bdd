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
            .Concat(SiteFiles());

    private IEnumerable<OutputFile> Home() =>
        Listing(Permalinks.Home, "home", model.Content.Posts, (page, pager) => new HomeModel(page, pager));

    private IEnumerable<OutputFile> Posts() =>
        model.Content.Posts.Select((post, i) => TemplateOutput.Page(Permalinks.Post(post), displayPath(post.SourcePath), () =>
        {
            var view = model.Posts[i];
            return new PostModel(
                Meta("post", Permalinks.Post(post), "article"),
                view,
                new RawUtf8Html(model.Rendered[post.SourcePath].Html),
                Newer: i > 0 ? model.Posts[i - 1] : null,
                Older: i + 1 < model.Posts.Count ? model.Posts[i + 1] : null,
                Related: model.ViewsOf(model.Related[i]),
                EditUrl: Permalinks.EditSource(model.Settings, post.SourcePath));
        }));

    private IEnumerable<OutputFile> Pages() =>
        model.Content.Pages.Select(p => TemplateOutput.Page(Permalinks.Page(p), displayPath(p.SourcePath), () => new PageModel(
            Meta("page", Permalinks.Page(p)),
            p.Title,
            p.Summary ?? model.Rendered[p.SourcePath].Lead,
            new RawUtf8Html(model.Rendered[p.SourcePath].Html),
            TemplateValues.From(p.Extra))));

    private IEnumerable<OutputFile> TagPages() =>
        model.Tags.Values.SelectMany(tag => Listing(
            Permalinks.Tag(tag.Id), "tag", model.PostsByTag[tag.Id],
            (page, pager) => new TagModel(page, pager, tag),
            new FeedLink($"{tag.Name} — {settings.Title}", tag.FeedUrl)));

    private IEnumerable<OutputFile> AuthorPages() =>
        model.Authors.Values.SelectMany(author => Listing(
            Permalinks.Author(author.Id), "author", model.PostsByAuthor[author.Id],
            (page, pager) => new AuthorModel(page, pager, author),
            new FeedLink($"{author.Name} — {settings.Title}", author.FeedUrl)));

    private IEnumerable<OutputFile> Indexes()
    {
        yield return TemplateOutput.Page(Permalinks.TagsIndex, "the tags index", () => new TagsModel(
            Meta("tags", Permalinks.TagsIndex),
            [.. model.Tags.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)]));
        yield return TemplateOutput.Page(Permalinks.AuthorsIndex, "the authors index", () => new AuthorsModel(
            Meta("authors", Permalinks.AuthorsIndex),
            [.. model.Authors.Values.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)]));
        yield return TemplateOutput.Page(Permalinks.Archive, "the archive", () => new ArchiveModel(
            Meta("archive", Permalinks.Archive),
            YearViews()));
        yield return TemplateOutput.Page(Permalinks.Search, "the search page", () => new SearchModel(
            Meta("search", Permalinks.Search)));
        yield return TemplateOutput.Page(Permalinks.NotFound, "the 404 page", () => new NotFoundModel(
            Meta("404", Permalinks.NotFound)));
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

        yield return TemplateOutput.Document(Permalinks.Sitemap, "sitemap", () => new SitemapModel(SitemapUrls()));
        yield return TemplateOutput.Document(Permalinks.Robots, "robots", () => new RobotsModel(links.Absolute(Permalinks.Sitemap)));
    }

    private IEnumerable<OutputFile> Redirects() =>
        model.Content.Posts.Where(p => p.Aliases.Count > 0).Select(p => (p.Aliases, Target: Permalinks.Post(p), p.SourcePath))
            .Concat(model.Content.Pages.Where(p => p.Aliases.Count > 0).Select(p => (p.Aliases, Target: Permalinks.Page(p), p.SourcePath)))
            .SelectMany(x => x.Aliases.Select(alias => TemplateOutput.Document(
                alias,
                $"alias '{alias}' in {displayPath(x.SourcePath)}",
                () => new RedirectModel(links.Href(x.Target), links.Absolute(x.Target)))));

    private IEnumerable<OutputFile> SiteFiles()
    {
        foreach (var file in SearchFiles.Outputs(model, searchIndex ?? SearchFiles.Index(model.Content, model.Rendered)))
        {
            yield return file;
        }

        yield return new DataOutput(".nojekyll", "GitHub Pages settings", () => ReadOnlyMemory<byte>.Empty);
        if (settings.CustomDomain is { } domain)
        {
            yield return new DataOutput("CNAME", "custom_domain in site settings", () => Encoding.UTF8.GetBytes(domain + "\n"));
        }
    }

    private IEnumerable<OutputFile> Listing<T>(string url, string kind, IReadOnlyList<Post> posts, Func<PageMeta, PagerView, T> modelOf, FeedLink? feed = null)
        where T : IShellModel, ILayoutFile
    {
        var pagers = Paginator.Paginate(posts, settings.PostsPerPage, url);
        // Every page of a listing links to the same pages: made once, not once per page (a 500-page home made 250,000 links).
        var pageHrefs = new Lazy<IReadOnlyList<string>>(() => [.. pagers[0].PageUrls.Select(links.Href)]);
        foreach (var pager in pagers)
        {
            yield return TemplateOutput.Page(pager.Url, $"{kind} listing page {pager.Number}", () => modelOf(
                Meta(kind, pager.Url, feeds: feed is null ? [] : [feed]),
                new PagerView(
                    model.ViewsOf(pager.Items),
                    pager.Number,
                    pager.Count,
                    pager.PreviousUrl is null ? null : links.Href(pager.PreviousUrl),
                    pager.NextUrl is null ? null : links.Href(pager.NextUrl),
                    pageHrefs.Value)));
        }
    }

    private TemplateOutput Feed(string path, string origin, string title, string subtitle, string alternate, IReadOnlyList<Post> posts) =>
        TemplateOutput.Document(path, $"feed of {origin}", () =>
        {
            var entries = FeedEntries.Create(model, [.. posts.Take(FeedMembers.Size)]);
            return new FeedModel(new FeedView(
                title,
                subtitle,
                links.Absolute(path),
                links.Absolute(path),
                links.Absolute(alternate),
                entries.Count > 0 ? entries[0].Updated : model.IsoDate(settings.Now ?? DateTimeOffset.UnixEpoch),
                entries));
        });

    private PageMeta Meta(string kind, string url, string ogType = "website", IReadOnlyList<FeedLink>? feeds = null) =>
        new(kind, links.Href(url), links.Absolute(url), ogType, [new FeedLink(settings.Title, links.Href(Permalinks.Feed)), .. feeds ?? []]);

    private List<YearView> YearViews() =>
    [
        .. PostGroups.ByYearAndMonth(model.Content.Posts, settings.TimeZone).Select(y => new YearView(
            y.Year,
            y.Count,
            [.. y.Months.Select(m => new MonthView(
                m.Year,
                m.Month,
                model.DateDisplay(m.Posts[0].Date, "MMMM yyyy"),
                $"{m.Year}-{m.Month:00}",
                model.ViewsOf(m.Posts)))])),
    ];

    private List<SitemapUrl> SitemapUrls()
    {
        var newest = model.Content.Posts.Count > 0 ? model.IsoDate(model.Content.Posts[0].Date) : null;
        var list = new List<SitemapUrl> { new(links.Absolute(Permalinks.Home), newest) };
        list.AddRange(model.Posts.Select(p => new SitemapUrl(p.AbsoluteUrl, p.DateIso)));
        list.AddRange(model.Content.Pages.Select(p => new SitemapUrl(links.Absolute(Permalinks.Page(p)), null)));
        list.AddRange(model.Tags.Values.Select(t => new SitemapUrl(t.AbsoluteUrl, model.IsoDate(model.PostsByTag[t.Id][0].Date))));
        list.AddRange(model.Authors.Values.Select(a => new SitemapUrl(a.AbsoluteUrl, model.IsoDate(model.PostsByAuthor[a.Id][0].Date))));
        list.AddRange(new[] { Permalinks.TagsIndex, Permalinks.AuthorsIndex, Permalinks.Archive, Permalinks.Search }.Select(u => new SitemapUrl(links.Absolute(u), newest)));
        return list;
    }
}
