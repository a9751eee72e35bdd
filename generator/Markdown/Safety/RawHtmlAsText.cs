using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AdcsSite.Generator.Markdown.Safety;

/// <summary>
/// Renders the raw HTML of a body as the text it is, for sites that have not opted in to raw HTML: a reader sees
/// the markup and nothing runs. The plain text for search and summaries holds it as text too, as the page shows it.
/// </summary>
public static class RawHtmlAsText
{
    public static void Use(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new BlockAsText());
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new InlineAsText());
    }

    private sealed class BlockAsText : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            if (renderer.EnableHtmlForBlock)
            {
                renderer.EnsureLine();
                renderer.Write("<p>");
            }

            renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: renderer.EnableHtmlEscape);
            if (renderer.EnableHtmlForBlock)
            {
                renderer.WriteLine("</p>");
            }
        }
    }

    private sealed class InlineAsText : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            if (renderer.EnableHtmlEscape)
            {
                renderer.WriteEscape(inline.Tag);
            }
            else
            {
                renderer.Write(inline.Tag);
            }
        }
    }
}
