using System.Buffers;
using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown.Links;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AdcsSite.Generator.Markdown;

/// <summary>
/// A Markdown body rendered once: HTML for pages, plain text for search, its first words for summaries, and for
/// posts that appear in a feed the HTML again with absolute links (<see cref="FeedHtml"/>). HTML and text are kept
/// as UTF-8, the form they are written in, because a build holds every body at once.
/// </summary>
public sealed record RenderedMarkdown(byte[] Html, string? FeedHtml, byte[] Text, string Lead, int WordCount, IReadOnlyList<Diagnostic> Diagnostics)
{
    public string HtmlText => Encoding.UTF8.GetString(Html);
}

/// <summary>
/// The site's Markdig pipeline. "An instance of MarkdownPipeline is immutable, thread-safe, and should be reused",
/// so it is built once (with a twin that skips autolinks, for speed) and shared by every parallel render.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>How many words of a body stand in for a summary the author did not write.</summary>
    public const int LeadWords = 40;

    /// <summary>The site's Markdown: GitHub-style heading ids, pipe tables, footnotes, extra emphasis, autolinks, task lists.</summary>
    internal static readonly MarkdownPipeline Pipeline = BuildPipeline(autoLinks: true);

    // Looking for autolinks makes Markdig stop at every h, f, m, t and w of a text, which is 40% of parsing; bodies
    // are parsed without that first (see Parse).
    private static readonly MarkdownPipeline WithoutAutoLinks = BuildPipeline(autoLinks: false);

    private static readonly SearchValues<string> AutoLinkStarts = SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.Ordinal);

    // Each rendering thread keeps its writers, so their buffers are allocated once, not once per body.
    [ThreadStatic]
    private static Utf8TextWriter? htmlWriter;

    [ThreadStatic]
    private static PlainTextWriter? textWriter;

    /// <param name="markdown">The body, without front matter.</param>
    /// <param name="links">How links in this body resolve; its diagnostics are located in the body's source file.</param>
    /// <param name="urlPrefix">Put before site links in <see cref="RenderedMarkdown.Html"/>: "" or the base path ("/AdcsSite").</param>
    /// <param name="feedUrlPrefix">When given, the body is also rendered with this prefix (the absolute base URL) for feeds, from the same parse.</param>
    public static RenderedMarkdown Render(string markdown, LinkContext links, string urlPrefix, string? feedUrlPrefix = null)
    {
        var document = Parse(markdown);
        var resolved = LinkResolver.Resolve(document, links);
        resolved.Apply(urlPrefix);
        var html = RenderHtml(document);
        string? feedHtml = null;
        if (feedUrlPrefix is not null)
        {
            resolved.Apply(feedUrlPrefix);
            feedHtml = Encoding.UTF8.GetString(RenderHtml(document));
        }

        var text = textWriter ??= new PlainTextWriter(LeadWords);
        text.Clear();
        var renderer = new HtmlRenderer(text) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new RenderedMarkdown(html, feedHtml, text.Text.ToArray(), text.Lead, text.WordCount, resolved.Diagnostics);
    }

    /// <summary>
    /// The syntax tree alone, for checks that inspect links and images without rendering. A body is parsed again with
    /// autolinks only if some of its text holds what every autolink contains: text is all the autolink parser
    /// looks at (not link targets, code or HTML), and no other parser starts at the letters an autolink starts with,
    /// so a body whose text holds none of them parses the same either way.
    /// </summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, WithoutAutoLinks);
        return document.Descendants<LiteralInline>().Any(text => text.Content.AsSpan().ContainsAny(AutoLinkStarts))
            ? Markdig.Markdown.Parse(markdown, Pipeline)
            : document;
    }

    private static MarkdownPipeline BuildPipeline(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras();
        if (autoLinks)
        {
            builder.UseAutoLinks();
        }

        return builder.UseTaskLists().Build();
    }

    private static byte[] RenderHtml(MarkdownDocument document)
    {
        var writer = htmlWriter ??= new Utf8TextWriter();
        writer.Buffer.Clear();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.Buffer.Written.ToArray();
    }
}
