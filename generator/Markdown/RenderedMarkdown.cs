using System.Text;
using AdcsSite.Generator.Content;

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
