using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Markdown.Links;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AdcsSite.Tests.Markdown;

public class MarkdownRendererTests
{
    private static readonly Dictionary<string, string> Sources = new()
    {
        ["posts/2019/other.md"] = "/posts/other/",
        ["posts/2018/older.md"] = "/posts/older/",
    };

    private static readonly LinkContext Links = new("posts/2019/this.md", "input/posts/2019/this.md", 5, Sources);

    [Fact]
    public void Renders_markdown_to_html_and_plain_text()
    {
        var rendered = MarkdownRenderer.Render("## Title\n\nSome *emphasis* and `code`.\n", Links, "");

        Assert.Equal("<h2 id=\"title\">Title</h2>\n<p>Some <em>emphasis</em> and <code>code</code>.</p>\n", rendered.HtmlText);
        Assert.Equal("Title Some emphasis and code.", System.Text.Encoding.UTF8.GetString(rendered.Text));
        Assert.Equal("Title Some emphasis and code.", rendered.Lead);
        Assert.Equal(5, rendered.WordCount);
    }

    [Theory]
    [InlineData(40, "")]
    [InlineData(41, "…")]
    public void Plain_text_is_words_between_single_spaces_and_the_lead_is_its_first_forty(int count, string ellipsis)
    {
        var words = Enumerable.Range(1, count).Select(i => $"w{i}").ToList();

        var rendered = MarkdownRenderer.Render("  " + string.Join(" \n\t ", words) + " \u00a0\n\n", Links, "");

        Assert.Equal(string.Join(' ', words), System.Text.Encoding.UTF8.GetString(rendered.Text));
        Assert.Equal(string.Join(' ', words.Take(MarkdownRenderer.LeadWords)) + ellipsis, rendered.Lead);
        Assert.Equal(count, rendered.WordCount);
    }

    [Theory]
    [InlineData("[a](/posts/x/)", "", "<p><a href=\"/posts/x/\">a</a></p>\n")]
    [InlineData("[a](/posts/x/)", "/AdcsSite", "<p><a href=\"/AdcsSite/posts/x/\">a</a></p>\n")]
    [InlineData("![chart](/assets/chart.png)", "/AdcsSite", "<p><img src=\"/AdcsSite/assets/chart.png\" alt=\"chart\" /></p>\n")]
    [InlineData("[a](//cdn.example.org/x)", "/AdcsSite", "<p><a href=\"//cdn.example.org/x\">a</a></p>\n")]
    [InlineData("[a](https://example.org/x)", "/AdcsSite", "<p><a href=\"https://example.org/x\">a</a></p>\n")]
    [InlineData("[a](#part)", "/AdcsSite", "<p><a href=\"#part\">a</a></p>\n")]
    [InlineData("[a](other.md)", "/AdcsSite", "<p><a href=\"/AdcsSite/posts/other/\">a</a></p>\n")]
    [InlineData("[a](../2018/older.md#why)", "", "<p><a href=\"/posts/older/#why\">a</a></p>\n")]
    [InlineData("[a](other.md)", "https://x.github.io/AdcsSite", "<p><a href=\"https://x.github.io/AdcsSite/posts/other/\">a</a></p>\n")]
    public void Root_relative_and_markdown_file_links_resolve_against_the_prefix(string markdown, string prefix, string html) =>
        Assert.Equal(html, MarkdownRenderer.Render(markdown, Links, prefix).HtmlText);

    [Fact]
    public void Feed_html_comes_from_the_same_parse_with_absolute_links()
    {
        var rendered = MarkdownRenderer.Render("[a](other.md) [b](/archive/) [c](https://x.org/)", Links, "/AdcsSite", "https://x.github.io/AdcsSite");

        Assert.Equal("<p><a href=\"/AdcsSite/posts/other/\">a</a> <a href=\"/AdcsSite/archive/\">b</a> <a href=\"https://x.org/\">c</a></p>\n", rendered.HtmlText);
        Assert.Equal("<p><a href=\"https://x.github.io/AdcsSite/posts/other/\">a</a> <a href=\"https://x.github.io/AdcsSite/archive/\">b</a> <a href=\"https://x.org/\">c</a></p>\n", rendered.FeedHtml);
    }

    [Fact]
    public void A_link_to_a_missing_markdown_file_is_an_error_at_its_line()
    {
        var rendered = MarkdownRenderer.Render("First paragraph.\n\nSee [gone](gone.md) here.\n", Links, "");

        Assert.Equal(
            "input/posts/2019/this.md:7:5: error: link to 'gone.md' points to no post or page: there is no posts/2019/gone.md in the input folder",
            rendered.Diagnostics.Single().ToString());
    }

    private static readonly string[] Fragments =
        ["http://a.org", "https://b.org/x", "www.c.org", "ftp://d.org", "mailto:e@f.org", "tel:123", "hotel: ", "wh", "t", " ", "\n", "\n\n", "*", "_", "(", ")", "[l](", "](", "`", "<", ">", "\\", ".", ":", "/", "# ", "- ", "| a |"];

    private static string HtmlOf(Markdig.Syntax.MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        MarkdownRenderer.Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    [Property(MaxTest = 2000)]
    public Property Parsing_without_autolinks_first_gives_what_the_full_pipeline_gives() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary(),
            markdown => HtmlOf(MarkdownRenderer.Parse(markdown)) == HtmlOf(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline)));

    [Fact]
    public void Urls_in_text_become_links_and_link_targets_stay_as_written() =>
        Assert.Equal(
            "<p>See <a href=\"http://www.adcs.org.uk\">www.adcs.org.uk</a> and <a href=\"https://x.org/\">the report</a>.</p>\n",
            MarkdownRenderer.Render("See www.adcs.org.uk and [the report](https://x.org/).", Links, "").HtmlText);
}
