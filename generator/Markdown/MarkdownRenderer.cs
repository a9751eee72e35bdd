using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown.Links;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace AdcsSite.Generator.Markdown;

/// <summary>A Markdown body rendered once: HTML for pages, plain text for search and summaries.</summary>
public sealed record RenderedMarkdown(string Html, string PlainText, int WordCount, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The one Markdig pipeline of the site. "An instance of MarkdownPipeline is immutable, thread-safe, and
/// should be reused", so it is built once and shared by every parallel render.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .Build();

    /// <param name="markdown">The body, without front matter.</param>
    /// <param name="links">How links in this body resolve; its diagnostics are located in the body's source file.</param>
    public static RenderedMarkdown Render(string markdown, LinkContext links)
    {
        var document = Parse(markdown);
        var diagnostics = LinkResolver.Resolve(document, links);
        var html = RenderWith(document, plainText: false);
        var text = RenderWith(document, plainText: true);
        return new RenderedMarkdown(html, text, CountWords(text), diagnostics);
    }

    /// <summary>The syntax tree alone, for checks that inspect links and images without rendering.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>HTML only, for a second rendering of a body with other link rules (e.g. absolute URLs in feeds).</summary>
    public static string RenderHtml(string markdown, LinkContext links)
    {
        var document = Parse(markdown);
        LinkResolver.Resolve(document, links);
        return RenderWith(document, plainText: false);
    }

    private static string RenderWith(MarkdownDocument document, bool plainText)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        if (plainText)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }

        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return plainText ? CollapseWhitespace(writer.ToString()) : writer.ToString();
    }

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int CountWords(string text) => text.Length == 0 ? 0 : text.AsSpan().Count(' ') + 1;
}
