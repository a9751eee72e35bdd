using System.Globalization;
using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>
/// A magazine feature: title, then the writer's name and a "Tuesday, April 3, 2012" date line; below the article
/// come subscription adverts ("… membership", a bullet list of benefits, "From £15 / month", "Subscribe").
/// </summary>
public sealed partial class BylineDumpReader : IDumpReader
{
    private const string DateLineFormat = "dddd, MMMM d, yyyy";

    public string Format => "press feature with byline";

    public bool Recognises(string text)
    {
        var heading = DumpText.Lines(text).Where(line => line.Length > 0).Take(3).ToList();
        return heading.Count == 3 && SignOff.IsPersonName(heading[1]) && TryParseDateLine(heading[2], out _);
    }

    public IReadOnlyList<RawArticle> Parse(string text, string sourcePath)
    {
        var lines = DumpText.Lines(text);
        var titleLine = DumpText.NextNonBlank(lines, 0);
        var bylineLine = titleLine < 0 ? -1 : DumpText.NextNonBlank(lines, titleLine + 1);
        var dateLine = bylineLine < 0 ? -1 : DumpText.NextNonBlank(lines, bylineLine + 1);
        if (dateLine < 0 || !SignOff.IsPersonName(lines[bylineLine]) || !TryParseDateLine(lines[dateLine], out var date))
        {
            throw DumpText.Malformed(sourcePath, Math.Max(bylineLine, 0), "expected a title, then the writer's name, then a date line such as \"Tuesday, April 3, 2012\"");
        }

        var body = DumpText.TrimBlankEdges(lines[(dateLine + 1)..AdvertsStart(lines)]);
        return
        [
            new RawArticle(
                sourcePath,
                0,
                lines[titleLine],
                TitleOrigin.Published,
                body,
                date,
                $"stated: date line \"{lines[dateLine]}\" under the byline",
                new AuthorCredit(lines[bylineLine], null, $"byline under the title: \"{lines[bylineLine]}\"")),
        ];
    }

    /// <summary>The adverts are headed blocks of "•" benefits ending in a price; the first block's heading ends the article.</summary>
    private static int AdvertsStart(List<string> lines)
    {
        var price = DumpText.IndexOfLine(lines, line => PriceLine().IsMatch(line));
        if (price < 0)
        {
            return lines.Count;
        }

        var start = DumpText.PreviousNonBlank(lines, price - 1);
        while (start > 0 && lines[start].StartsWith('•'))
        {
            start = DumpText.PreviousNonBlank(lines, start - 1);
        }

        return start;
    }

    private static bool TryParseDateLine(string line, out DateOnly date) =>
        DateOnly.TryParseExact(line, DateLineFormat, CultureInfo.GetCultureInfo("en-US"), DateTimeStyles.None, out date);

    [GeneratedRegex(@"^From £\d+ / month$")]
    private static partial Regex PriceLine();
}
