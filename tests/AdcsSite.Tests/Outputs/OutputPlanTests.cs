using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Outputs.Layouts;
using AdcsSite.Tests.Support;
using static AdcsSite.Tests.Support.TestSite;

namespace AdcsSite.Tests.Outputs;

/// <summary>What the plan decides, read from each file's typed layout model; nothing is rendered.</summary>
public partial class OutputPlanTests
{
    private static readonly Dictionary<string, string> Site = new()
    {
        ["site.yml"] = TestModel.Settings,
        ["authors.yml"] = "jo: { name: Jo Bloggs }\n",
        ["posts/a.md"] = Post("A", "2019-01-01", "authors: [jo]\ntags: [send]\n"),
        ["posts/b.md"] = Post("B", "2019-02-01", "authors: [jo]\ntags: [send]\naliases: [/old/b/]\n"),
        ["posts/c.md"] = Post("C", "2019-03-01", "authors: [jo]\n"),
        ["pages/about.md"] = "---\ntitle: About\nsummary: Who we are.\n---\n\nAbout us.\n",
    };

    private static readonly SiteModel SiteModel = TestModel.Of(Site);

    private static readonly IReadOnlyList<OutputFile> Files = [.. new OutputPlan(SiteModel, p => $"input/{p}").Files()];

    [System.Text.RegularExpressions.GeneratedRegex(@"^search-index/(docs|terms)/\d+\.(txt|bin)$")]
    private static partial System.Text.RegularExpressions.Regex SearchFile();

    private static T Model<T>(string path) => Assert.IsType<T>(Assert.IsType<TemplateOutput>(Files.Single(f => f.Path == path)).Model(SiteModel));

    [Fact]
    public void Every_file_of_the_site_is_planned_once()
    {
        Assert.Equal(
            [
                ".nojekyll", "404.html", "about/index.html", "archive/index.html", "authors/index.html", "authors/jo/feed.xml",
                "authors/jo/index.html", "authors/jo/page/2/index.html", "feed.xml", "index.html", "old/b/index.html", "page/2/index.html",
                "posts/a/index.html", "posts/b/index.html", "posts/c/index.html", "robots.txt", "search-index/meta.json", "search/index.html",
                "sitemap.xml", "tags/index.html", "tags/send/feed.xml", "tags/send/index.html",
            ],
            Files.Select(f => f.Path).Where(p => !SearchFile().IsMatch(p)).Order(StringComparer.Ordinal));
        Assert.Equal(3, Files.Count(f => f.Path.StartsWith("search-index/docs/", StringComparison.Ordinal)));
        Assert.Contains(Files, f => f.Path == "search-index/terms/0.bin");
    }

    [Fact]
    public void A_post_page_gets_the_post_its_body_its_neighbours_and_related_posts()
    {
        var post = Model<PostModel>("posts/b/index.html");

        Assert.Equal("B", post.Post.Title);
        Assert.Equal("<p>Body text.</p>\n", post.Body.ToString());
        Assert.Equal("C", post.Newer?.Title);
        Assert.Equal("A", post.Older?.Title);
        Assert.Equal(["A"], post.Related.Select(p => p.Title));
        Assert.Equal(("post", "article", "https://example.org/posts/b/"), (post.Page.Kind, post.Page.OgType, post.Page.Canonical));
        Assert.Null(post.EditUrl);
    }

    [Fact]
    public void Each_page_says_which_posts_and_pages_it_shows()
    {
        string[] Shows(string path) => [.. Assert.IsType<TemplateOutput>(Files.Single(f => f.Path == path)).Shows(SiteModel).Order(StringComparer.Ordinal)];

        Assert.Equal(["posts/a.md", "posts/b.md", "posts/c.md"], Shows("posts/b/index.html"));
        Assert.Equal(["posts/b.md", "posts/c.md"], Shows("posts/c/index.html"));
        Assert.Equal(["posts/b.md", "posts/c.md"], Shows("index.html"));
        Assert.Equal(["posts/a.md"], Shows("page/2/index.html"));
        Assert.Equal(["posts/a.md", "posts/b.md"], Shows("tags/send/feed.xml"));
        Assert.Equal(["posts/a.md", "posts/b.md", "posts/c.md"], Shows("archive/index.html"));
        Assert.Equal(["pages/about.md"], Shows("about/index.html"));
        Assert.Empty(Shows("tags/index.html"));
        Assert.Empty(Shows("old/b/index.html"));
    }

    [Fact]
    public void A_pages_model_is_made_from_the_site_model_it_is_rendered_with()
    {
        var retitled = TestModel.Of(new Dictionary<string, string>(Site) { ["posts/b.md"] = Post("B retitled", "2019-02-01", "authors: [jo]\ntags: [send]\naliases: [/old/b/]\n") });
        var page = Assert.IsType<TemplateOutput>(Files.Single(f => f.Path == "posts/c/index.html"));

        Assert.Equal("B retitled", Assert.IsType<PostModel>(page.Model(retitled)).Older?.Title);
    }

    [Fact]
    public void Listings_are_paginated_with_links_between_their_pages()
    {
        var first = Model<HomeModel>("index.html");
        var second = Model<HomeModel>("page/2/index.html");

        Assert.Equal(["C", "B"], first.Pager.Items.Select(p => p.Title));
        Assert.Equal((1, 2, null, "/page/2/"), (first.Pager.Number, first.Pager.Count, first.Pager.PreviousUrl, first.Pager.NextUrl));
        Assert.Equal(["A"], second.Pager.Items.Select(p => p.Title));
        Assert.Equal(["/", "/page/2/"], second.Pager.PageUrls);
        Assert.Equal("send", Model<TagModel>("tags/send/index.html").Tag.Id);
        Assert.Equal("Jo Bloggs", Model<AuthorModel>("authors/jo/index.html").Author.Name);
    }

    [Fact]
    public void A_tags_and_an_authors_pages_announce_their_own_feed()
    {
        var tag = Model<TagModel>("tags/send/index.html");

        Assert.Equal(["/feed.xml", "/tags/send/feed.xml"], tag.Page.Feeds.Select(f => f.Url));
        Assert.Equal(["B", "A"], Model<FeedModel>("tags/send/feed.xml").Feed.Entries.Select(e => e.Title));
        Assert.Equal("https://example.org/tags/send/feed.xml", Model<FeedModel>("tags/send/feed.xml").Feed.SelfUrl);
    }

    [Fact]
    public void An_alias_redirects_to_its_post()
    {
        var redirect = Model<RedirectModel>("old/b/index.html");

        Assert.Equal(("/posts/b/", "https://example.org/posts/b/"), (redirect.TargetUrl, redirect.Canonical));
        Assert.Equal("alias '/old/b/' in input/posts/b.md", Files.Single(f => f.Path == "old/b/index.html").Origin);
    }

    [Fact]
    public void Pages_indexes_and_site_files_get_their_kinds_and_contents()
    {
        var about = Model<PageModel>("about/index.html");

        Assert.Equal(("About", "Who we are.", "page"), (about.Title, about.Summary, about.Page.Kind));
        Assert.Equal(["send"], Model<TagsModel>("tags/index.html").Tags.Select(t => t.Id));
        Assert.Equal(["jo"], Model<AuthorsModel>("authors/index.html").Authors.Select(a => a.Id));
        Assert.Equal([2019], Model<ArchiveModel>("archive/index.html").Years.Select(y => y.Year));
        Assert.Equal("404", Model<NotFoundModel>("404.html").Page.Kind);
        Assert.Equal("search", Model<SearchModel>("search/index.html").Page.Kind);
        Assert.Equal("https://example.org/sitemap.xml", Model<RobotsModel>("robots.txt").SitemapUrl);
        Assert.Contains("https://example.org/about/", Model<SitemapModel>("sitemap.xml").Urls.Select(u => u.Location));
    }
}
