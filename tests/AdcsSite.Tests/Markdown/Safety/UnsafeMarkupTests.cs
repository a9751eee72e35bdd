using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Markdown.Links;

namespace AdcsSite.Tests.Markdown.Safety;

public class UnsafeMarkupTests
{
    private static readonly LinkContext Links = new("posts/x.md", "input/posts/x.md", 5, new Dictionary<string, string>());

    [Fact]
    public void Raw_html_is_shown_as_text_and_warned_about_at_its_line()
    {
        var rendered = MarkdownRenderer.Render("Hello <script>alert(1)</script> there.\n\n<iframe src=\"https://example.org/\"></iframe>\n", Links, "");

        Assert.Equal(
            "<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; there.</p>\n<p>&lt;iframe src=&quot;https://example.org/&quot;&gt;&lt;/iframe&gt;\n</p>\n",
            rendered.HtmlText);
        Assert.Equal("Hello <script>alert(1)</script> there. <iframe src=\"https://example.org/\"></iframe>", System.Text.Encoding.UTF8.GetString(rendered.Text));
        Assert.Equal(
            [
                "input/posts/x.md:5:7: warning: raw HTML is shown as text, not run; a site whose editors are all trusted can allow it with 'markdown: { raw_html: true }' in site.yml",
                "input/posts/x.md:7:1: warning: raw HTML is shown as text, not run; a site whose editors are all trusted can allow it with 'markdown: { raw_html: true }' in site.yml",
            ],
            rendered.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "javascript")]
    [InlineData("[x](java&#9;script:alert(1))", "javascript")]
    [InlineData("[x]( vbscript:msgbox )", "vbscript")]
    [InlineData("[x](file:///etc/passwd)", "file")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "data")]
    [InlineData("[x](data:image/png;base64,iVBO)", "data")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)", "javascript")]
    public void A_link_that_would_run_code_is_rendered_as_its_text(string markdown, string scheme)
    {
        var rendered = MarkdownRenderer.Render(markdown, Links, "", feedUrlPrefix: "https://example.org");

        Assert.Equal("<p>x</p>\n", rendered.HtmlText);
        Assert.Equal("<p>x</p>\n", rendered.FeedHtml);
        Assert.EndsWith($"is shown as its text: a {scheme}: address can run code or read files in the reader's browser", Assert.Single(rendered.Diagnostics).Message);
    }

    [Fact]
    public void An_image_that_would_run_code_becomes_its_alt_text_but_an_inline_picture_stays()
    {
        var rendered = MarkdownRenderer.Render("![alt](javascript:alert(1)) ![dot](data:image/png;base64,iVBO) <javascript:alert(2)>", Links, "");

        Assert.Equal("<p>alt <img src=\"data:image/png;base64,iVBO\" alt=\"dot\" /> javascript:alert(2)</p>\n", rendered.HtmlText);
        Assert.Equal(
            [
                "input/posts/x.md:5:1: warning: image 'javascript:alert(1)' is shown as its text: a javascript: address can run code or read files in the reader's browser",
                "input/posts/x.md:5:64: warning: link 'javascript:alert(2)' is shown as its text: a javascript: address can run code or read files in the reader's browser",
            ],
            rendered.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_site_that_allows_raw_html_publishes_it_but_never_a_link_that_runs_code()
    {
        var rendered = MarkdownRenderer.Render("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n\n[x](javascript:alert(1)) <b>bold</b>\n", Links, "", rawHtml: true);

        Assert.Equal("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n<p>x <b>bold</b></p>\n", rendered.HtmlText);
        Assert.Contains("javascript:", Assert.Single(rendered.Diagnostics).Message);
    }

    [Fact]
    public void Safe_links_and_text_that_merely_mentions_a_scheme_are_left_alone()
    {
        var rendered = MarkdownRenderer.Render("[a](https://example.org/) [b](/posts/a/) [c](mailto:x@example.org) and javascript: as a word", Links, "");

        Assert.Empty(rendered.Diagnostics);
        Assert.Equal("<p><a href=\"https://example.org/\">a</a> <a href=\"/posts/a/\">b</a> <a href=\"mailto:x@example.org\">c</a> and javascript: as a word</p>\n", rendered.HtmlText);
    }
}
