namespace AdcsSite.Generator.Import;

/// <summary>
/// A press web page saved with its browser and cookie notices above the title, "• Comment" prompts around the
/// body and a comment form below it. The writer signs off at the end of the body.
/// </summary>
public sealed class CookieNoticeDumpReader : IDumpReader
{
    private const string CommentPrompt = "• Comment";

    /// <summary>The comment form starts here; nothing after it is article.</summary>
    private const string CommentFormStart = "Have your say";

    /// <summary>Notices the site prints above every article.</summary>
    private static readonly string[] PageNoticeStarts =
    [
        "Your browser is no longer supported",
        "For the best possible experience using our website",
        "Your browser appears to have cookies disabled",
        "We'll assume we have your consent to use cookies",
        "Learn more",
    ];

    public string Format => "press page with cookie notice";

    public bool Recognises(string text) =>
        text.Contains(PageNoticeStarts[0], StringComparison.Ordinal) && text.Contains(CommentPrompt, StringComparison.Ordinal);

    public IReadOnlyList<RawArticle> Parse(string text, string sourcePath)
    {
        var lines = DumpText.Lines(text);
        var formStart = DumpText.IndexOfLine(lines, line => line == CommentFormStart);
        var article = lines[..(formStart < 0 ? lines.Count : formStart)];
        var titleLine = DumpText.IndexOfLine(article, line => line.Length > 0 && !IsPageNotice(line) && line != CommentPrompt);
        if (titleLine < 0)
        {
            throw DumpText.Malformed(sourcePath, 0, "no title found after the page notices");
        }

        var body = DumpText.TrimBlankEdges(article.Skip(titleLine + 1).Where(line => line != CommentPrompt));
        return
        [
            new RawArticle(
                sourcePath,
                0,
                article[titleLine],
                TitleOrigin.Published,
                body,
                StatedDate: null,
                DateEvidence: null,
                SignOff.FindAtEnd(body)),
        ];
    }

    private static bool IsPageNotice(string line) =>
        PageNoticeStarts.Any(notice => line.StartsWith(notice, StringComparison.Ordinal));
}
