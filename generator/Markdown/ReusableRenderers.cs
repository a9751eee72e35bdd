using AdcsSite.Generator.Markdown.Safety;
using Markdig.Renderers;
using Markdig.Syntax;

namespace AdcsSite.Generator.Markdown;

/// <summary>
/// The HTML and plain-text renderers of one thread, made once and used for every body it renders. A new renderer per
/// body looked up the renderer of each kind of node afresh (Markdig remembers them per renderer), for every body twice.
/// </summary>
internal sealed class ReusableRenderers
{
    [ThreadStatic]
    private static ReusableRenderers? ofThread;

    // Indexed by [plain text][raw HTML published]: the way raw HTML is written is set in a renderer's node renderers.
    private readonly StartableRenderer?[] renderers = new StartableRenderer?[4];

    public static ReusableRenderers OfThread => ofThread ??= new ReusableRenderers();

    /// <summary>Renders <paramref name="document"/> as HTML or as plain text into <paramref name="writer"/>, with this thread's renderer.</summary>
    public void Render(MarkdownDocument document, TextWriter writer, bool plainText, bool rawHtml)
    {
        var index = (plainText ? 2 : 0) + (rawHtml ? 1 : 0);
        var renderer = renderers[index] ??= Create(plainText, rawHtml);
        renderer.Start(writer);
        try
        {
            renderer.Render(document);
        }
        catch
        {
            // A render that stopped part way may leave indents behind: the next body gets a new renderer.
            renderers[index] = null;
            throw;
        }
    }

    /// <summary>A renderer set up for the site's pipeline, the one every body is parsed with.</summary>
    private static StartableRenderer Create(bool plainText, bool rawHtml)
    {
        var renderer = new StartableRenderer();
        if (plainText)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }

        MarkdownRenderer.Pipeline.Setup(renderer);
        if (!rawHtml)
        {
            RawHtmlAsText.Use(renderer);
        }

        return renderer;
    }

    /// <summary>
    /// A renderer that can begin another document: a finished render leaves its indents and depth balanced, but
    /// remembers whether its last write ended a line, which would put a line break before the next document.
    /// </summary>
    private sealed class StartableRenderer() : HtmlRenderer(TextWriter.Null)
    {
        public void Start(TextWriter writer)
        {
            Writer = writer;
            previousWasLine = true;
        }
    }
}
