namespace AdcsSite.Generator.Import;

/// <summary>
/// The association's blog, saved as one page of posts back to back, newest first. Each post is its title, its
/// paragraphs, a tags block, and a "Related Blog Articles" line after which the next post's title follows.
/// </summary>
public sealed class BlogDumpReader : IDumpReader
{
    private const string TagsBlockStart = "Tags assigned to this article:";
    private const string NextPostMarker = "Related Blog Articles";

    public string Format => "blog";

    public bool Recognises(string text) =>
        text.Contains(TagsBlockStart, StringComparison.Ordinal) && text.Contains(NextPostMarker, StringComparison.Ordinal);

    public IReadOnlyList<RawArticle> Parse(string text, string sourcePath)
    {
        var lines = DumpText.Lines(text);
        var articles = new List<RawArticle>();
        var titleLine = DumpText.NextNonBlank(lines, 0);
        while (titleLine >= 0)
        {
            var tagsBlock = DumpText.IndexOfLine(lines, line => line == TagsBlockStart, titleLine + 1);
            if (tagsBlock < 0)
            {
                throw DumpText.Malformed(sourcePath, titleLine, $"the post titled \"{lines[titleLine]}\" has no \"{TagsBlockStart}\" line after it, so where it ends is unknown");
            }

            articles.Add(Read(lines, titleLine, tagsBlock, sourcePath, articles.Count));
            var marker = DumpText.IndexOfLine(lines, line => line == NextPostMarker, tagsBlock + 1);
            titleLine = marker < 0 ? -1 : DumpText.NextNonBlank(lines, marker + 1);
        }

        return articles.Count > 0
            ? articles
            : throw DumpText.Malformed(sourcePath, 0, "no posts found");
    }

    private static RawArticle Read(List<string> lines, int titleLine, int tagsBlock, string sourcePath, int index)
    {
        var title = lines[titleLine];
        var body = DumpText.TrimBlankEdges(lines[(titleLine + 1)..tagsBlock]);

        // Some posts repeat their title as the first line of the body.
        if (body.Count > 0 && body[0] == title)
        {
            body = DumpText.TrimBlankEdges(body.Skip(1));
        }

        var opening = body.FirstOrDefault(line => line.Length > 0) ?? "";
        return new RawArticle(
            sourcePath,
            index,
            title,
            TitleRules.IsTruncated(title, opening) ? TitleOrigin.Truncated : TitleOrigin.Published,
            body,
            StatedDate: null,
            DateEvidence: null,
            SignOff.FindAtEnd(body));
    }
}
