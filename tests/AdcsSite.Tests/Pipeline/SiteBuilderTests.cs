using System.Text.Json;
using System.Xml.Linq;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs.Search;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Publishing;
using AngleSharp.Html.Parser;
using static AdcsSite.Tests.Support.TestSite;

namespace AdcsSite.Tests.Pipeline;

public class SiteBuilderTests
{
    private static readonly HtmlParser Html = new();

    [Fact]
    public void The_fixture_site_builds_every_page_of_the_contract()
    {
        var site = BuildFixture("basic");

        Assert.Equal(
            [
                ".nojekyll", "404.html", "about/index.html", "archive/index.html",
                "authors/adcs/feed.xml", "authors/adcs/index.html", "authors/index.html",
                "authors/rachel-dickinson/feed.xml", "authors/rachel-dickinson/index.html",
                "feed.xml", "index.html", "page/2/index.html",
                "posts/funding-gap/index.html", "posts/leadership-matters/index.html", "posts/send-review/index.html",
                "robots.txt", "search/index.html", "sitemap.xml",
                "tags/funding/feed.xml", "tags/funding/index.html", "tags/index.html",
                "tags/send/feed.xml", "tags/send/index.html", "tags/workforce/feed.xml", "tags/workforce/index.html",
            ],
            site.Files.Keys.Where(k => !k.StartsWith("assets/", StringComparison.Ordinal) && !k.StartsWith(SearchFiles.Folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                .. Enumerable.Range(0, 3).Select(id => $"search-index/docs/{id}.txt"),
                "search-index/meta.json",
                .. Enumerable.Range(0, 16).Select(b => $"search-index/terms/{b}.bin").Order(StringComparer.Ordinal),
            ],
            site.Files.Keys.Where(k => k.StartsWith(SearchFiles.Folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Home_pages_list_posts_newest_first_with_pagination()
    {
        var site = BuildFixture("basic");

        Assert.Equal(["/posts/leadership-matters/", "/posts/funding-gap/"], PostLinks(site.Text("index.html")));
        Assert.Equal(["/posts/send-review/"], PostLinks(site.Text("page/2/index.html")));
        Assert.Contains("href=\"/page/2/\" rel=\"next\"", site.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_page_has_title_authors_tags_date_reading_time_and_neighbours()
    {
        var page = Html.ParseDocument(BuildFixture("basic").Text("posts/leadership-matters/index.html"));

        Assert.Equal("Leadership \"matters\" <now>", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/authors/rachel-dickinson/", page.QuerySelector("a[rel=author]")!.GetAttribute("href"));
        Assert.Equal(["/tags/workforce/", "/tags/funding/"], page.QuerySelectorAll(".post-header a[rel=tag]").Select(a => a.GetAttribute("href")));
        Assert.Equal("8 July 2019", page.QuerySelector("time")!.TextContent);
        Assert.Equal("2019-07-08T00:00:00+01:00", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("1 min read", page.QuerySelector(".post-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/posts/funding-gap/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void An_estimated_date_is_shown_as_approximate()
    {
        var page = Html.ParseDocument(BuildFixture("basic").Text("posts/send-review/index.html"));

        Assert.Equal("c. December 2018", page.QuerySelector("time")!.TextContent);
        Assert.NotNull(page.QuerySelector("#date-note"));
    }

    [Fact]
    public void An_estimated_date_is_approximate_in_the_search_index_too()
    {
        var documents = SearchDocuments(BuildFixture("basic"));

        var dates = documents.ToDictionary(d => d.Header.GetProperty("title").GetString()!, d => d.Header.GetProperty("date").GetString());
        Assert.Equal("c. December 2018", dates["The SEND review"]);
        Assert.Equal("1 March 2019", dates["The funding gap"]);
    }

    [Fact]
    public void Each_post_has_a_search_document_oldest_first_with_its_whole_plain_text()
    {
        var words = string.Join(' ', Enumerable.Repeat("lorem ipsum “dolor” sit amet", 2000));
        var posts = Enumerable.Range(1, 12).ToDictionary(i => $"posts/p{i}.md", i => Post($"Post {i}", $"2019-01-{i:00}", body: $"Start {i}. {words}"));

        var documents = SearchDocuments(BuildSite(posts));

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"Post {i}"), documents.Select(d => d.Header.GetProperty("title").GetString()));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"Start {i}. {words}"), documents.Select(d => d.Text));
        Assert.Equal("/posts/p1/", documents[0].Header.GetProperty("url").GetString());
    }

    [Fact]
    public void Under_a_sub_path_every_link_asset_feed_and_sitemap_url_carries_the_base_path()
    {
        var site = BuildFixture("basic", new BuildOptions(BaseUrl: "https://example.github.io/AdcsSite/"));

        foreach (var (path, _) in site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = Html.ParseDocument(site.Text(path));
            var urls = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));
            Assert.All(urls.Where(u => u.StartsWith('/')), u => Assert.StartsWith("/AdcsSite/", u, StringComparison.Ordinal));
            foreach (var url in urls.Where(u => u.StartsWith("/AdcsSite/", StringComparison.Ordinal)))
            {
                var target = url["/AdcsSite/".Length..].Split('#')[0];
                Assert.True(site.Files.ContainsKey(target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target), $"{path} links to {url}, which does not exist");
            }
        }

        var sitemap = XDocument.Parse(site.Text("sitemap.xml"));
        Assert.All(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => Assert.StartsWith("https://example.github.io/AdcsSite/", loc.Value, StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://example.github.io/AdcsSite/sitemap.xml", site.Text("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_links_by_path_and_by_file_work_under_a_sub_path_in_pages_and_feeds()
    {
        var site = BuildFixture("basic", new BuildOptions(BaseUrl: "https://example.github.io/AdcsSite/"));

        var body = Html.ParseDocument(site.Text("posts/leadership-matters/index.html")).QuerySelector(".prose")!;
        Assert.Equal(["/AdcsSite/posts/funding-gap/", "/AdcsSite/archive/"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var feed = XDocument.Parse(site.Text("feed.xml"));
        var content = feed.Descendants().First(e => e.Name.LocalName == "content").Value;
        Assert.Contains("href=\"https://example.github.io/AdcsSite/posts/funding-gap/\"", content, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.github.io/AdcsSite/archive/\"", content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_is_atom_with_absolute_urls_stable_ids_and_authors()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(BuildFixture("basic").Text("feed.xml")).Root!;

        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("https://example.org/posts/leadership-matters/", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("tag:example.org,2019-07-08:/posts/2019/leadership-matters", entries[0].Element(atom + "id")!.Value);
        Assert.Equal("Rachel Dickinson", entries[0].Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.Equal("https://example.org/feed.xml", feed.Element(atom + "id")!.Value);
    }

    [Fact]
    public void Editing_a_title_keeps_the_feed_entry_id()
    {
        var files = new Dictionary<string, string> { ["posts/a.md"] = Post("First title") };
        var before = EntryIds(BuildSite(files));

        files["posts/a.md"] = Post("Edited title");

        Assert.Equal(before, EntryIds(BuildSite(files)));
    }

    [Fact]
    public void Hostile_text_in_front_matter_is_inert_in_every_output()
    {
        const string Hostile = "<script>alert(1)</script> \"onmouseover=x ]]> </script> {{ 1 + 1 }}";
        var site = BuildSite(new Dictionary<string, string>
        {
            ["posts/x.md"] = $"---\ntitle: '{Hostile}'\ndate: 2019-01-01\nsummary: '{Hostile}'\ntags: ['{Hostile}']\nauthor: '{Hostile}'\n---\n\nBody.\n",
        });

        foreach (var bytes in site.Files.Values)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"onmouseover", text, StringComparison.Ordinal);
        }

        XDocument.Parse(site.Text("feed.xml"));
        XDocument.Parse(site.Text("sitemap.xml"));
        Assert.Equal(Hostile, SearchDocuments(site)[0].Header.GetProperty("title").GetString());
        var post = Html.ParseDocument(site.Text("posts/x/index.html"));
        Assert.Equal(Hostile, post.QuerySelector("h1")!.TextContent);
        var jsonLd = JsonDocument.Parse(post.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(Hostile, jsonLd.GetProperty("headline").GetString());
    }

    [Fact]
    public void An_alias_writes_a_redirect_page_listed_nowhere_else()
    {
        var site = BuildSite(new Dictionary<string, string> { ["posts/new-name.md"] = Post("Renamed", extra: "aliases: [/posts/old-name/]\n") });

        var redirect = site.Text("posts/old-name/index.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/posts/new-name/\">", redirect, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"/posts/new-name/\">", redirect, StringComparison.Ordinal);
        Assert.DoesNotContain("old-name", site.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_dated_after_the_pinned_now_is_not_published_unless_future_is_asked()
    {
        var files = new Dictionary<string, string>
        {
            ["posts/past.md"] = Post("Past", "2019-12-31"),
            ["posts/future.md"] = Post("Future", "2020-01-02"),
        };
        var now = DateTimeOffset.Parse("2020-01-01T12:00:00Z");

        Assert.False(BuildSite(files, new BuildOptions(Now: now)).Files.ContainsKey("posts/future/index.html"));
        Assert.True(BuildSite(files, new BuildOptions(Now: now, IncludeFuture: true)).Files.ContainsKey("posts/future/index.html"));
    }

    [Fact]
    public void A_date_only_post_near_midnight_shows_its_own_day()
    {
        var site = BuildSite(new Dictionary<string, string> { ["posts/a.md"] = Post("Midsummer", "2019-06-30") });

        var time = Html.ParseDocument(site.Text("posts/a/index.html")).QuerySelector("time")!;
        Assert.Equal("30 June 2019", time.TextContent);
        Assert.Equal("2019-06-30T00:00:00+01:00", time.GetAttribute("datetime"));
    }

    [Fact]
    public void A_post_deleted_after_loading_and_before_its_body_is_read_fails_the_build_naming_it()
    {
        var root = Directory.CreateTempSubdirectory("adcs-build-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "posts"));
            File.WriteAllText(Path.Combine(root, "posts", "a.md"), Post("A"));
            File.WriteAllText(Path.Combine(root, "posts", "b.md"), Post("B"));
            var options = new BuildOptions(Progress: step =>
            {
                if (step == "render markdown")
                {
                    File.Delete(Path.Combine(root, "posts", "b.md"));
                }
            });

            var errors = Errors(() => SiteBuilder.Build(new DiskSourceTree(root, "input"), Theme, options, new MemoryOutputSink()));

            Assert.StartsWith("input/posts/b.md:0:0: error: cannot read file: ", Assert.Single(errors), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        var root = Directory.CreateTempSubdirectory("adcs-build-").FullName;
        try
        {
            var output = Path.Combine(root, "output");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "index.html"), "previous site");

            using (var sink = new DiskOutputSink(output))
            {
                Assert.Throws<SiteException>(() => SiteBuilder.Build(
                    new MemorySourceTree(new Dictionary<string, string> { ["posts/a.md"] = Post("A"), ["posts/b.md"] = "broken" }),
                    Theme,
                    new BuildOptions(),
                    sink));
            }

            Assert.Equal(["index.html"], Directory.GetFiles(output).Select(Path.GetFileName));
            Assert.Equal("previous site", File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.Equal(["output"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static List<string?> PostLinks(string html) =>
        [.. Html.ParseDocument(html).QuerySelectorAll(".post-card h2 a").Select(a => a.GetAttribute("href"))];

    private static List<string> EntryIds(MemoryOutputSink site) =>
        [.. XDocument.Parse(site.Text("feed.xml")).Descendants().Where(e => e.Name.LocalName == "id").Select(e => e.Value)];

    /// <summary>The search documents of a site by id (oldest post first): the header line as JSON, then the plain text.</summary>
    private static List<(JsonElement Header, string Text)> SearchDocuments(MemoryOutputSink site) =>
    [
        .. Enumerable.Range(0, site.Files.Keys.Count(k => k.StartsWith(SearchFiles.Folder + "docs/", StringComparison.Ordinal)))
            .Select(id => site.Text($"{SearchFiles.Folder}docs/{id}.txt").Split('\n', 2))
            .Select(parts => (JsonDocument.Parse(parts[0]).RootElement, parts[1])),
    ];
}
