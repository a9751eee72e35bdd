using System.Buffers;
using System.Net;
using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown.Links;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

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
/// The one Markdig pipeline of the site. "An instance of MarkdownPipeline is immutable, thread-safe, and
/// should be reused", so it is built once and shared by every parallel render.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>How many words of a body stand in for a summary the author did not write.</summary>
    public const int LeadWords = 40;

    private static readonly string SiteLinkMarker = $"adcs-site-link-{Guid.NewGuid():N}";

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
    /// <param name="urlPrefix">Put before site links in <see cref="RenderedMarkdown.Html"/>: "" or the base path ("/AdcsSite").</param>
    /// <param name="feedUrlPrefix">When given, the body is also rendered with this prefix (the absolute base URL) for feeds, from the same parse.</param>
    public static RenderedMarkdown Render(string markdown, LinkContext links, string urlPrefix, string? feedUrlPrefix = null)
    {
        var document = Parse(markdown);
        var resolved = LinkResolver.Resolve(document, links);

        // A body wanted twice (page and feed) is rendered once with a marker in place of the prefix of its site links,
        // then the marker is swapped for each prefix: the marker is random per process, so no text can contain it.
        resolved.Apply(feedUrlPrefix is null ? urlPrefix : SiteLinkMarker);
        // Sized from the Markdown, which both renderings come close to, so their builders rarely grow.
        var capacity = markdown.Length + (markdown.Length / 4);
        var rendered = RenderWith(document, plainText: false, capacity);
        var html = feedUrlPrefix is null ? rendered : rendered.Replace(SiteLinkMarker, WebUtility.HtmlEncode(urlPrefix), StringComparison.Ordinal);
        var feedHtml = feedUrlPrefix is null ? null : rendered.Replace(SiteLinkMarker, WebUtility.HtmlEncode(feedUrlPrefix), StringComparison.Ordinal);
        var text = RenderWith(document, plainText: true, capacity);
        return new RenderedMarkdown(Encoding.UTF8.GetBytes(html), feedHtml, Encoding.UTF8.GetBytes(text), FirstWords(text, LeadWords), CountWords(text), resolved.Diagnostics);
    }

    /// <summary>The syntax tree alone, for checks that inspect links and images without rendering.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    private static string RenderWith(MarkdownDocument document, bool plainText, int capacity)
    {
        using var writer = new StringWriter(new StringBuilder(capacity));
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

    private static readonly SearchValues<char> Whitespace =
        SearchValues.Create([.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>Words separated by single spaces, without leading or trailing whitespace; a run of words is copied at a time, as every body's text goes through here.</summary>
    private static string CollapseWhitespace(string text)
    {
        var rest = text.AsSpan().Trim();
        var result = new StringBuilder(rest.Length);
        while (rest.IndexOfAny(Whitespace) is var gap and >= 0)
        {
            result.Append(rest[..gap]).Append(' ');
            rest = rest[gap..].TrimStart();
        }

        return result.Append(rest).ToString();
    }

    /// <summary>The first <paramref name="count"/> words of collapsed text, with an ellipsis when the text goes on.</summary>
    private static string FirstWords(string text, int count)
    {
        var end = -1;
        for (var i = 0; i < count; i++)
        {
            end = text.IndexOf(' ', end + 1);
            if (end < 0)
            {
                return text;
            }
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }

    private static int CountWords(string text) => text.Length == 0 ? 0 : text.AsSpan().Count(' ') + 1;
}
