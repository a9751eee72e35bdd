using AdcsSite.Generator.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AdcsSite.Generator.Markdown.Safety;

/// <summary>
/// Makes a parsed body safe to publish and says what it changed, as warnings at the body's lines: a link or image
/// whose target would run code becomes its text (raw HTML allowed or not), and raw HTML, unless the site allows it,
/// is reported because it will be shown as text (<see cref="RawHtmlAsText"/>).
/// </summary>
public static class UnsafeMarkup
{
    private const string RawHtmlWarning =
        "raw HTML is shown as text, not run; a site whose editors are all trusted can allow it with 'markdown: { raw_html: true }' in site.yml";

    /// <param name="displayPath">The body's file as shown in messages.</param>
    /// <param name="bodyLine">The file line the body starts on.</param>
    public static IReadOnlyList<Diagnostic> Neutralize(MarkdownDocument document, string displayPath, int bodyLine, bool rawHtmlAllowed)
    {
        List<Diagnostic>? warnings = null;
        void Warn(MarkdownObject at, string message) =>
            (warnings ??= []).Add(Diagnostic.Warning(displayPath, bodyLine + at.Line, at.Column + 1, message));

        // Made only for the rare body that needs them: every body of every build passes through here.
        List<Inline>? unsafeLinks = null;
        HashSet<int>? htmlLines = null;
        MarkdownTree.AnyInline(document, inline =>
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link when LinkSchemes.DangerousScheme(url, link.IsImage) is { } scheme:
                    (unsafeLinks ??= []).Add(link);
                    Warn(link, $"{(link.IsImage ? "image" : "link")} '{url}' is shown as its text: a {scheme}: address can run code or read files in the reader's browser");
                    break;
                case AutolinkInline { IsEmail: false, Url: var url } autolink when LinkSchemes.DangerousScheme(url, isImage: false) is { } scheme:
                    (unsafeLinks ??= []).Add(autolink);
                    Warn(autolink, $"link '{url}' is shown as its text: a {scheme}: address can run code or read files in the reader's browser");
                    break;
                case HtmlInline html when !rawHtmlAllowed && (htmlLines ??= []).Add(html.Line):
                    Warn(html, RawHtmlWarning);
                    break;
            }

            return false;
        });

        if (!rawHtmlAllowed)
        {
            foreach (var block in MarkdownTree.Blocks<HtmlBlock>(document))
            {
                Warn(block, RawHtmlWarning);
            }
        }

        unsafeLinks?.ForEach(AsText);
        return warnings ?? (IReadOnlyList<Diagnostic>)[];
    }

    private static void AsText(Inline link)
    {
        if (link is AutolinkInline autolink)
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
            return;
        }

        var container = (ContainerInline)link;
        while (container.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
