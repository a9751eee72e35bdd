using System.Buffers;
using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown.Links;
using AdcsSite.Generator.Markdown.Safety;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AdcsSite.Generator.Markdown;

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

    // Each rendering thread keeps its buffer, so it is allocated once, not once per body.
    [ThreadStatic]
    private static TextBuffer? rendered;

    /// <param name="markdown">The body, without front matter.</param>
    /// <param name="links">How links in this body resolve; its diagnostics are located in the body's source file.</param>
    /// <param name="urlPrefix">Put before site links in <see cref="RenderedMarkdown.Html"/>: "" or the base path ("/AdcsSite").</param>
    /// <param name="feedUrlPrefix">When given, the body is also rendered with this prefix (the absolute base URL) for feeds, from the same parse.</param>
    /// <param name="rawHtml">Whether raw HTML in the body is published as HTML (the site opted in) or shown as text.</param>
    public static RenderedMarkdown Render(string markdown, LinkContext links, string urlPrefix, string? feedUrlPrefix = null, bool rawHtml = false)
    {
        var document = Parse(markdown);
        var (resolved, diagnostics) = Prepare(document, links, rawHtml);
        resolved.Apply(urlPrefix);
        var html = RenderHtml(document, rawHtml);
        string? feedHtml = null;
        if (feedUrlPrefix is not null)
        {
            resolved.Apply(feedUrlPrefix);
            feedHtml = new string(Rendered(document, plainText: false, rawHtml).Written);
        }

        var buffer = Rendered(document, plainText: true, rawHtml);
        var (length, words, leadLength) = PlainText.Collapse(buffer.Written, LeadWords);
        var text = buffer.Written[..length];
        var lead = leadLength < 0 ? new string(text) : string.Concat(text[..leadLength], "…");
        return new RenderedMarkdown(html, feedHtml, Utf8(text), lead, words, diagnostics);
    }

    /// <summary>
    /// Makes a parsed body safe, then resolves its links, and says what either found. In this order: a link turned into
    /// its text is no link that could point to no post.
    /// </summary>
    public static (ResolvedLinks Links, IReadOnlyList<Diagnostic> Diagnostics) Prepare(MarkdownDocument document, LinkContext links, bool rawHtml)
    {
        var neutralized = UnsafeMarkup.Neutralize(document, links.DisplayPath, links.BodyLine, rawHtml);
        var resolved = LinkResolver.Resolve(document, links);
        return (resolved, neutralized.Count == 0 ? resolved.Diagnostics : [.. neutralized, .. resolved.Diagnostics]);
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
        return MarkdownTree.AnyInline(document, inline => inline is LiteralInline text && MayStartAutoLink(text.Content.AsSpan()))
            ? Markdig.Markdown.Parse(markdown, Pipeline)
            : document;
    }

    // Two plain scans: searching short texts for four strings at once costs more per call than the whole walk.
    private static bool MayStartAutoLink(ReadOnlySpan<char> text) =>
        text.Contains(':') ? text.ContainsAny(AutoLinkStarts) : text.IndexOf("www.", StringComparison.Ordinal) >= 0;

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

    private static byte[] RenderHtml(MarkdownDocument document, bool rawHtml) => Utf8(Rendered(document, plainText: false, rawHtml).Written);

    /// <summary>The document rendered as HTML or as plain text into this thread's buffer, valid until the next body.</summary>
    private static TextBuffer Rendered(MarkdownDocument document, bool plainText, bool rawHtml)
    {
        var buffer = rendered ??= new TextBuffer();
        buffer.Clear();
        ReusableRenderers.OfThread.Render(document, buffer, plainText, rawHtml);
        return buffer;
    }

    /// <summary>
    /// Rendered bodies live as long as the build (or the preview) that rendered them, so they are made on the pinned
    /// object heap, which is never compacted: on the ordinary heap each was copied twice, as collections promoted it
    /// from generation 0 to 2.
    /// </summary>
    private static byte[] Utf8(ReadOnlySpan<char> text)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(text), pinned: true);
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
