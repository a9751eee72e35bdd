using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using static AdcsSite.Tests.Support.TestSite;

namespace AdcsSite.Tests.Pipeline;

public class ContentCheckTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2020-01-01T00:00:00Z");

    private static List<string> Check(Dictionary<string, string> files) =>
        [.. ContentCheck.Run(new MemorySourceTree(files, "input"), Theme, Now).Select(f => f.ToString())];

    [Fact]
    public void Unknown_tags_and_authors_are_warnings_with_the_closest_known_id()
    {
        var findings = Check(new()
        {
            ["tags.yml"] = "funding:\n  name: Funding\nworkforce:\n  name: Workforce\n",
            ["authors.yml"] = "rachel-dickinson:\n  name: Rachel Dickinson\n",
            ["posts/a.md"] = Post("A", extra: "authors: [rachel-dickenson]\ntags: [fundng, brexit]\n"),
        });

        Assert.Equal(
            [
                "input/posts/a.md:4:10: warning: 'rachel-dickenson' is not defined in authors.yml; did you mean 'rachel-dickinson'?",
                "input/posts/a.md:5:7: warning: 'fundng' is not defined in tags.yml; did you mean 'funding'?",
                "input/posts/a.md:5:7: warning: 'brexit' is not defined in tags.yml",
            ],
            findings);
    }

    [Fact]
    public void Future_dates_and_drafts_are_warnings()
    {
        var findings = Check(new()
        {
            ["posts/a.md"] = Post("A", "2021-03-01"),
            ["posts/b.md"] = Post("B", extra: "draft: true\n"),
        });

        Assert.Equal(
            [
                "input/posts/a.md:3:7: warning: dated in the future (2021-03-01); it will not be published until then",
                "input/posts/b.md:4:8: warning: draft: not published until 'draft: true' is removed",
            ],
            findings);
    }

    [Fact]
    public void Broken_links_and_missing_images_are_errors_at_their_line()
    {
        var findings = Check(new()
        {
            ["posts/a.md"] = Post("A", body: "See [b](b.md) and [gone](gone.md).\n\n![chart](/assets/chart.png)\n![logo](/assets/favicon.svg)\n"),
            ["posts/b.md"] = Post("B"),
        });

        Assert.Equal(
            [
                "input/posts/a.md:6:19: error: link to 'gone.md' points to no post or page: there is no posts/gone.md in the input folder",
                "input/posts/a.md:8:1: error: image '/assets/chart.png' does not exist",
            ],
            findings);
    }

    [Fact]
    public void Content_errors_are_reported_as_findings()
    {
        var findings = Check(new() { ["posts/a.md"] = "---\ntitle: A\n---\n" });

        Assert.Equal(["input/posts/a.md:1:1: error: 'date' is missing; add a line such as 'date: " + DateTime.Today.ToString("yyyy-MM-dd") + "'"], findings);
    }

    [Fact]
    public void An_alias_that_leaves_the_site_is_an_error_at_its_item()
    {
        var findings = Check(new() { ["posts/a.md"] = Post("A", extra: "aliases:\n  - /posts/old/\n  - ../../x/\n") });

        Assert.Equal(["input/posts/a.md:6:5: error: alias '../../x/' leaves the site; an alias is a path inside the site, such as /posts/old-name/"], findings);
    }

    [Fact]
    public void Raw_html_and_links_that_run_code_are_warnings_in_posts_and_pages_unless_the_site_allows_html()
    {
        var files = new Dictionary<string, string>
        {
            ["posts/a.md"] = Post("A", body: "<div>x</div>\n\n[run](javascript:alert(1))\n"),
            ["pages/about.md"] = "---\ntitle: About\n---\nA <b>bold</b> claim.\n",
        };

        var strict = Check(files);
        var allowed = Check(new(files) { ["site.yml"] = "markdown:\n  raw_html: true\n" });

        Assert.Equal(
            [
                "input/pages/about.md:4:3: warning: raw HTML is shown as text, not run; a site whose editors are all trusted can allow it with 'markdown: { raw_html: true }' in site.yml",
                "input/posts/a.md:6:1: warning: raw HTML is shown as text, not run; a site whose editors are all trusted can allow it with 'markdown: { raw_html: true }' in site.yml",
                "input/posts/a.md:8:1: warning: link 'javascript:alert(1)' is shown as its text: a javascript: address can run code or read files in the reader's browser",
            ],
            strict);
        Assert.Equal([strict[^1]], allowed);
    }
}
