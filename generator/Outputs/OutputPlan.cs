using System.Text;
using System.Text.Json.Nodes;
using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs.Search;
using AdcsSite.Generator.Templates;
using Scriban.Runtime;

namespace AdcsSite.Generator.Outputs;

/// <summary>
/// Decides every file of the site from the model: which layout renders it, with what data, at which path.
/// Nothing is rendered here; the plan is a list the publisher renders in parallel.
/// </summary>
/// <param name="displayPath">How an input file is named in messages (e.g. "input/posts/a.md").</param>
public sealed class OutputPlan(SiteModel model, Func<string, string> displayPath)
{
    public const string ShellLayout = "base.html";

    private readonly SiteUrls urls = model.Urls;
    private readonly SiteSettings settings = model.Settings;

    /// <summary>
    /// Source paths of the posts some feed lists (site, tag and author feeds show their newest <see cref="SiteModel.FeedSize"/>),
    /// so only those bodies also get HTML with absolute links.
    /// </summary>
    public static HashSet<string> PostsInFeeds(SiteContent content)
    {
        // Posts are newest first, so a post is in a term's feed while fewer than FeedSize newer posts have the term.
        var byTag = new Dictionary<string, int>(StringComparer.Ordinal);
        var byAuthor = new Dictionary<string, int>(StringComparer.Ordinal);
        var inFeeds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.Posts.Count; i++)
        {
            var post = content.Posts[i];
            if ((Counted(byTag, post.TagIds) | Counted(byAuthor, post.AuthorIds)) || i < SiteModel.FeedSize)
            {
                inFeeds.Add(post.SourcePath);
            }
        }

        return inFeeds;

        static bool Counted(Dictionary<string, int> listed, IReadOnlyList<string> terms)
        {
            var inFeed = false;
            foreach (var term in terms)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(listed, term, out _);
                inFeed |= count++ < SiteModel.FeedSize;
            }

            return inFeed;
        }
    }

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
        Listing("/", "home.html", "home", model.Content.Posts, settings.Title, settings.Description, m => { });

    private IEnumerable<OutputFile> Posts() =>
        model.Content.Posts.Select((post, i) => Page(
            SiteModel.PostUrl(post),
            displayPath(post.SourcePath),
            "post.html",
            () =>
            {
                var view = model.Posts[i];
                var page = Meta("post", view.Title, view.Summary, SiteModel.PostUrl(post), "article", [], BlogPosting(view));
                return Globals(page, m =>
                {
                    m["post"] = view;
                    m["body"] = new RawUtf8Html(model.Rendered[post.SourcePath].Html);
                    m["newer"] = i > 0 ? model.Posts[i - 1] : null;
                    m["older"] = i + 1 < model.Posts.Count ? model.Posts[i + 1] : null;
                    m["related"] = model.ViewsOf(model.Related[i]);
                });
            }));

    private IEnumerable<OutputFile> Pages() =>
        model.Content.Pages.Select(p => Page(
            SiteModel.PageUrl(p),
            displayPath(p.SourcePath),
            "page.html",
            () => Globals(
                Meta("page", p.Title, p.Summary ?? model.Rendered[p.SourcePath].Lead, SiteModel.PageUrl(p), "website", [], WebPage("WebPage", p.Title, SiteModel.PageUrl(p))),
                m =>
                {
                    m["title"] = p.Title;
                    m["body"] = new RawUtf8Html(model.Rendered[p.SourcePath].Html);
                    m["extra"] = TemplateValues.From(p.Extra);
                })));

    private IEnumerable<OutputFile> TagPages() =>
        model.Tags.Values.SelectMany(tag => Listing(
            SiteModel.TagUrl(tag.Id), "tag.html", "tag", model.PostsByTag[tag.Id],
            tag.Name, tag.Description ?? $"Posts tagged {tag.Name}: {tag.Count} in the archive.",
            m => m["tag"] = tag,
            new FeedLink($"{tag.Name} — {settings.Title}", tag.FeedUrl)));

    private IEnumerable<OutputFile> AuthorPages() =>
        model.Authors.Values.SelectMany(author => Listing(
            SiteModel.AuthorUrl(author.Id), "author.html", "author", model.PostsByAuthor[author.Id],
            author.Name, author.Bio ?? $"Posts by {author.Name}{(author.Role is null ? "" : $", {author.Role}")}: {author.Count} in the archive.",
            m => m["author"] = author,
            new FeedLink($"{author.Name} — {settings.Title}", author.FeedUrl)));

    private IEnumerable<OutputFile> Indexes()
    {
        yield return Page("/tags/", "the tags index", "tags.html", () => Globals(
            Meta("tags", "Tags", $"All {model.Tags.Count} topics of {settings.Title}, with how many posts each has.", "/tags/", "website", [], WebPage("CollectionPage", "Tags", "/tags/")),
            m => m["tags"] = model.Tags.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList()));
        yield return Page("/authors/", "the authors index", "authors.html", () => Globals(
            Meta("authors", "Authors", $"Everyone who wrote for {settings.Title}, with their roles and posts.", "/authors/", "website", [], WebPage("CollectionPage", "Authors", "/authors/")),
            m => m["authors"] = model.Authors.Values.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList()));
        yield return Page("/archive/", "the archive", "archive.html", () => Globals(
            Meta("archive", "Archive", $"Every post of {settings.Title} by year and month.", "/archive/", "website", [], WebPage("CollectionPage", "Archive", "/archive/")),
            m => m["years"] = YearViews()));
        yield return Page("/search/", "the search page", "search.html", () => Globals(
            Meta("search", "Search", $"Search every post of {settings.Title}.", "/search/", "website", [], WebPage("SearchResultsPage", "Search", "/search/")),
            m => { }));
        yield return new TemplateOutput("404.html", "the 404 page", "404.html", ShellLayout, () => Globals(
            Meta("404", "Page not found", "There is no page at this address.", "/404.html", "website", [], new RawHtml("")),
            m => { }));
    }

    private IEnumerable<OutputFile> Feeds()
    {
        yield return Feed("feed.xml", "feed", settings.Title, settings.Description, "/", model.Content.Posts);
        foreach (var tag in model.Tags.Values)
        {
            yield return Feed($"tags/{tag.Id}/feed.xml", $"tag '{tag.Name}'", $"{tag.Name} — {settings.Title}", tag.Description ?? "", SiteModel.TagUrl(tag.Id), model.PostsByTag[tag.Id]);
        }

        foreach (var author in model.Authors.Values)
        {
            yield return Feed($"authors/{author.Id}/feed.xml", $"author '{author.Name}'", $"{author.Name} — {settings.Title}", author.Bio ?? "", SiteModel.AuthorUrl(author.Id), model.PostsByAuthor[author.Id]);
        }

        yield return new TemplateOutput("sitemap.xml", "sitemap", "sitemap.xml", null, () => Globals(null, m => m["urls"] = SitemapUrls()));
        yield return new TemplateOutput("robots.txt", "robots", "robots.txt", null, () => Globals(null, m => m["sitemap_url"] = urls.Absolute("/sitemap.xml")));
    }

    private IEnumerable<OutputFile> Redirects() =>
        model.Content.Posts.Where(p => p.Aliases.Count > 0).Select(p => (p.Aliases, Target: SiteModel.PostUrl(p), p.SourcePath))
            .Concat(model.Content.Pages.Where(p => p.Aliases.Count > 0).Select(p => (p.Aliases, Target: SiteModel.PageUrl(p), p.SourcePath)))
            .SelectMany(x => x.Aliases.Select(alias => (OutputFile)new TemplateOutput(
                IndexPath("/" + alias.Trim('/') + "/"),
                $"alias '{alias}' in {displayPath(x.SourcePath)}",
                "redirect.html",
                null,
                () => Globals(null, m =>
                {
                    m["target_url"] = urls.Href(x.Target);
                    m["canonical"] = urls.Absolute(x.Target);
                }))));

    private IEnumerable<OutputFile> SiteFiles()
    {
        foreach (var file in SearchFiles.Outputs(model))
        {
            yield return file;
        }

        yield return new DataOutput(".nojekyll", "GitHub Pages settings", () => ReadOnlyMemory<byte>.Empty);
        if (settings.CustomDomain is { } domain)
        {
            yield return new DataOutput("CNAME", "custom_domain in site settings", () => Encoding.UTF8.GetBytes(domain + "\n"));
        }
    }

    private IEnumerable<OutputFile> Listing(string url, string layout, string kind, IReadOnlyList<Post> posts, string title, string description, Action<ScriptObject> fill, FeedLink? feed = null)
    {
        var pagers = Paginator.Paginate(posts, settings.PostsPerPage, url);
        // Every page of a listing links to the same pages: made once, not once per page (a 500-page home made 250,000 links).
        var pageHrefs = new Lazy<IReadOnlyList<string>>(() => [.. pagers[0].PageUrls.Select(urls.Href)]);
        foreach (var pager in pagers)
        {
            var pageTitle = pager.Number == 1 ? title : $"{title} — page {pager.Number} of {pager.Count}";
            yield return Page(pager.Url, $"{kind} listing page {pager.Number}", layout, () => Globals(
                Meta(kind, pageTitle, pager.Number == 1 ? description : $"{description} Page {pager.Number} of {pager.Count}.", pager.Url, "website", feed is null ? [] : [feed], WebPage("CollectionPage", pageTitle, pager.Url)),
                m =>
                {
                    m["pager"] = new PagerView(
                        model.ViewsOf(pager.Items),
                        pager.Number,
                        pager.Count,
                        pager.PreviousUrl is null ? null : urls.Href(pager.PreviousUrl),
                        pager.NextUrl is null ? null : urls.Href(pager.NextUrl),
                        pageHrefs.Value);
                    fill(m);
                }));
        }
    }

    private TemplateOutput Feed(string path, string origin, string title, string subtitle, string alternate, IReadOnlyList<Post> posts) =>
        new(path, $"feed of {origin}", "feed.xml", null, () =>
        {
            var entries = FeedEntries.Create(model, [.. posts.Take(SiteModel.FeedSize)]);
            return Globals(null, m => m["feed"] = new FeedView(
                title,
                subtitle,
                urls.Absolute("/" + path),
                urls.Absolute("/" + path),
                urls.Absolute(alternate),
                entries.Count > 0 ? entries[0].Updated : model.IsoDate(settings.Now ?? DateTimeOffset.UnixEpoch),
                entries));
        });

    private TemplateOutput Page(string url, string origin, string layout, Func<ScriptObject> globals) =>
        new(IndexPath(url), origin, layout, ShellLayout, globals);

    private static string IndexPath(string url) => string.Concat(url.AsSpan().TrimStart('/'), "index.html");

    private ScriptObject Globals(PageMeta? page, Action<ScriptObject> fill)
    {
        var globals = new ScriptObject { ["page"] = page };
        fill(globals);
        return globals;
    }

    private PageMeta Meta(string kind, string title, string description, string url, string ogType, IReadOnlyList<FeedLink> feeds, RawHtml jsonLd) =>
        new(
            kind,
            kind == "home" && title == settings.Title ? title : $"{title} — {settings.Title}",
            description,
            urls.Href(url),
            urls.Absolute(url),
            ogType,
            [new FeedLink(settings.Title, urls.Href("/feed.xml")), .. feeds],
            jsonLd);

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
        var list = new List<SitemapUrl> { new(urls.Absolute("/"), newest) };
        list.AddRange(model.Posts.Select(p => new SitemapUrl(p.AbsoluteUrl, p.DateIso)));
        list.AddRange(model.Content.Pages.Select(p => new SitemapUrl(urls.Absolute(SiteModel.PageUrl(p)), null)));
        list.AddRange(model.Tags.Values.Select(t => new SitemapUrl(t.AbsoluteUrl, model.IsoDate(model.PostsByTag[t.Id][0].Date))));
        list.AddRange(model.Authors.Values.Select(a => new SitemapUrl(a.AbsoluteUrl, model.IsoDate(model.PostsByAuthor[a.Id][0].Date))));
        list.AddRange(new[] { "/tags/", "/authors/", "/archive/", "/search/" }.Select(u => new SitemapUrl(urls.Absolute(u), newest)));
        return list;
    }

    private RawHtml BlogPosting(PostView post)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["headline"] = post.Title,
            ["description"] = post.Summary,
            ["datePublished"] = post.DateIso,
            ["dateModified"] = post.DateIso,
            ["url"] = post.AbsoluteUrl,
            ["mainEntityOfPage"] = post.AbsoluteUrl,
            ["keywords"] = new JsonArray([.. post.Tags.Select(t => JsonValue.Create(t.Name))]),
            ["wordCount"] = post.WordCount,
            ["author"] = new JsonArray([.. post.Authors.Select(a => new JsonObject { ["@type"] = "Person", ["name"] = a.Name, ["url"] = a.AbsoluteUrl, ["jobTitle"] = a.Role })]),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = settings.Title },
        };
        return JsonLd(data);
    }

    private RawHtml WebPage(string type, string name, string url) => JsonLd(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = type,
        ["name"] = name,
        ["url"] = urls.Absolute(url),
        ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = settings.Title, ["url"] = urls.Absolute("/") },
    });

    // The default encoder escapes <, >, & and quotes as \u003C etc., so the JSON cannot close the <script> element it sits in.
    private static RawHtml JsonLd(JsonObject data)
    {
        foreach (var key in data.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList())
        {
            data.Remove(key);
        }

        return new(data.ToJsonString());
    }
}
