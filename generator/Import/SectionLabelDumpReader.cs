using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>
/// A magazine web page: an all-capitals section label, the title, a standfirst (printed twice), the article, then
/// teasers for other articles (label, title, "By Name | 21 November 2024", one line) and a "Popular articles by" list.
/// </summary>
public sealed partial class SectionLabelDumpReader : IDumpReader
{
    public string Format => "press page with section labels";

    public bool Recognises(string text)
    {
        var first = DumpText.Lines(text).FirstOrDefault(line => line.Length > 0);
        return first is not null && DumpText.IsAllCapitals(first) && text.Contains("Popular articles by", StringComparison.Ordinal);
    }

    public IReadOnlyList<RawArticle> Parse(string text, string sourcePath)
    {
        var lines = DumpText.Lines(text);
        var labelLine = DumpText.NextNonBlank(lines, 0);
        var titleLine = labelLine < 0 ? -1 : DumpText.NextNonBlank(lines, labelLine + 1);
        if (titleLine < 0 || !DumpText.IsAllCapitals(lines[labelLine]))
        {
            throw DumpText.Malformed(sourcePath, 0, "expected an all-capitals section label, then the title");
        }

        var label = lines[labelLine];
        var body = DumpText.TrimBlankEdges(lines[(titleLine + 1)..TeasersStart(lines, label)].Where(line => line != label));
        return
        [
            new RawArticle(
                sourcePath,
                0,
                lines[titleLine],
                TitleOrigin.Published,
                body,
                StatedDate: null,
                DateEvidence: null,
                SignOff.FindAtEnd(body)),
        ];
    }

    /// <summary>The first teaser's byline ("By Name | date") sits two lines under its section label; the label ends the article.</summary>
    private static int TeasersStart(List<string> lines, string label)
    {
        var byline = DumpText.IndexOfLine(lines, line => TeaserByline().IsMatch(line));
        if (byline < 0)
        {
            return lines.Count;
        }

        var teaserTitle = DumpText.PreviousNonBlank(lines, byline - 1);
        var teaserLabel = DumpText.PreviousNonBlank(lines, teaserTitle - 1);
        return teaserLabel >= 0 && lines[teaserLabel] == label ? teaserLabel : teaserTitle;
    }

    [GeneratedRegex(@"^By [^|]+ \| \d{1,2} [A-Z][a-z]+ \d{4}$")]
    private static partial Regex TeaserByline();
}
