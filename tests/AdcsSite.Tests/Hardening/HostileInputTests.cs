using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Publishing;
using AdcsSite.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AdcsSite.Tests.Hardening;

/// <summary>
/// Content as a reviewer of a pull request from a fork would fear it: nothing it says can run in a reader's browser
/// or write outside the output folder.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string HostileBody = """
        Hello <script>alert(1)</script> there.

        <iframe src="https://evil.example/"></iframe>

        <img src=x onerror=alert(3)>

        [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:x) [d](data:text/html;base64,PHNjcmlwdD4=) [e](file:///etc/passwd) <javascript:alert(2)>

        ![f](javascript:alert(4)) [safe](https://example.org/)
        """;

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:", "file:"];

    private readonly string root = Directory.CreateTempSubdirectory("adcs-hostile-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_hostile_body_leaves_no_script_handler_or_dangerous_url_in_its_page_or_feed_entry()
    {
        var site = TestSite.BuildSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: T\nbase_url: https://example.org/\n",
            ["posts/x.md"] = TestSite.Post("X", body: HostileBody),
        });

        var page = new HtmlParser().ParseDocument(site.Text("posts/x/index.html"));
        var prose = page.QuerySelector(".prose")!;
        AssertInert(prose);
        Assert.Contains("<script>alert(1)</script>", prose.TextContent);
        Assert.Equal("https://example.org/", Assert.Single(prose.QuerySelectorAll("a")).GetAttribute("href"));

        var feed = new HtmlParser().ParseDocument(System.Xml.Linq.XDocument.Parse(site.Text("feed.xml")).Descendants().Single(e => e.Name.LocalName == "content").Value);
        AssertInert(feed.Body!);
        Assert.Contains("<script>alert(1)</script>", feed.Body!.TextContent);
    }

    [Fact]
    public void The_search_data_holds_the_markup_as_text_to_show_not_as_html()
    {
        var site = TestSite.BuildSite(new Dictionary<string, string> { ["posts/x.md"] = TestSite.Post("X", body: HostileBody) });

        // A document file is a line of JSON (title, URL, date…) and then the post's plain text.
        var body = site.Text("search-index/docs/0.txt").Split('\n', 2)[1];

        Assert.Contains("Hello <script>alert(1)</script> there. <iframe src=\"https://evil.example/\"></iframe> <img src=x onerror=alert(3)> a b c d e javascript:alert(2) f safe", body);
    }

    [Fact]
    public void A_site_that_opts_in_publishes_raw_html_but_still_no_link_that_runs_code()
    {
        var site = TestSite.BuildSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: T\nmarkdown: { raw_html: true }\n",
            ["posts/x.md"] = TestSite.Post("X", body: "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n\n[a](javascript:alert(1))"),
        });

        var prose = new HtmlParser().ParseDocument(site.Text("posts/x/index.html")).QuerySelector(".prose")!;

        Assert.Equal("https://www.youtube.com/embed/x", prose.QuerySelector("iframe")?.GetAttribute("src"));
        Assert.Empty(prose.QuerySelectorAll("a"));
    }

    [Fact]
    public void Markdown_settings_that_are_not_a_set_of_keys_are_an_error()
    {
        var errors = TestSite.Errors(() => TestSite.BuildSite(new Dictionary<string, string> { ["site.yml"] = "markdown: yes\n" }));

        Assert.Equal(["input/site.yml:1:11: error: 'markdown' must be a set of 'key: value' lines"], errors);
    }

    [Theory]
    [InlineData("[../../../x/]")]
    [InlineData("[\"/../../../../x/\"]")]
    [InlineData("[\"/posts/%2e%2e/../../../x/\"]")]
    [InlineData("[\"../feed.xml\"]")]
    public void A_build_with_an_alias_that_leaves_the_site_fails_and_writes_nothing_anywhere(string aliases)
    {
        var input = Path.Combine(root, "repo", "input");
        var output = Path.Combine(root, "repo", "output");
        Directory.CreateDirectory(Path.Combine(input, "posts"));
        File.WriteAllText(Path.Combine(input, "posts", "a.md"), TestSite.Post("A", extra: $"aliases: {aliases}\n"));

        var error = Assert.Throws<SiteException>(() =>
        {
            using var sink = new DiskOutputSink(output);
            SiteBuilder.Build(new DiskSourceTree(input, "input"), TestSite.Theme, new BuildOptions(), sink);
        });

        Assert.Contains("leaves the site", error.Diagnostics.Single().Message);
        Assert.Equal([Path.Combine(root, "repo")], Directory.GetFileSystemEntries(root));
        Assert.Equal([input], Directory.GetFileSystemEntries(Path.Combine(root, "repo")));
    }

    private static void AssertInert(IElement content)
    {
        Assert.Empty(content.QuerySelectorAll("script, iframe, object, embed"));
        var attributes = content.QuerySelectorAll("*").SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name is "href" or "src" && DangerousSchemes.Any(s => a.Value.Trim().StartsWith(s, StringComparison.OrdinalIgnoreCase)));
    }
}
