using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Markdown.Safety;
using Markdig.Renderers;
using Markdig.Syntax;

namespace AdcsSite.Tests.Markdown;

public class ReusableRenderersTests
{
    // Each ends differently (mid-line in plain text, in a list, a quote, a table, footnotes, raw HTML), so each
    // starts after a render that left its renderer in another state.
    private static readonly string[] Documents =
    [
        "Just a line",
        "- one\n  - nested *two*\n\n> quoted\n> > deeper",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "Text with a note[^1].\n\n[^1]: The note.",
        "<div class=\"x\">raw</div>\n\nand <b>inline</b> HTML",
        "# Heading\n\n```\ncode\n```\n\n1. first\n2. [ ] task",
    ];

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void A_renderer_used_again_writes_what_a_new_one_writes(bool plainText, bool rawHtml)
    {
        var renderers = new ReusableRenderers();
        foreach (var markdown in Documents.Concat(Documents.Reverse()))
        {
            var document = MarkdownRenderer.Parse(markdown);
            var again = new StringWriter();
            renderers.Render(document, again, plainText, rawHtml);

            Assert.Equal(Fresh(document, plainText, rawHtml), again.ToString());
        }
    }

    private static string Fresh(MarkdownDocument document, bool plainText, bool rawHtml)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = !plainText, EnableHtmlForInline = !plainText, EnableHtmlEscape = !plainText };
        MarkdownRenderer.Pipeline.Setup(renderer);
        if (!rawHtml)
        {
            RawHtmlAsText.Use(renderer);
        }

        renderer.Render(document);
        return writer.ToString();
    }
}
