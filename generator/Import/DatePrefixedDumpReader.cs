using System.Globalization;
using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>
/// A press piece saved without its title: the text starts with " date YYYY-MM-DD " and runs straight into the
/// first paragraph; the writer signs off at the end.
/// </summary>
public sealed partial class DatePrefixedDumpReader : IDumpReader
{
    public string Format => "date-prefixed press piece";

    public bool Recognises(string text) => DatePrefix().IsMatch(text);

    public IReadOnlyList<RawArticle> Parse(string text, string sourcePath)
    {
        var prefix = DatePrefix().Match(text);
        if (!prefix.Success)
        {
            throw DumpText.Malformed(sourcePath, 0, "expected the text to start with ' date YYYY-MM-DD '");
        }

        if (!DateOnly.TryParseExact(prefix.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw DumpText.Malformed(sourcePath, 0, $"'{prefix.Groups["date"].Value}' is not a calendar date");
        }

        var body = DumpText.TrimBlankEdges(DumpText.Lines(text[prefix.Length..]));
        if (body.Count == 0)
        {
            throw DumpText.Malformed(sourcePath, 0, "the piece has a date but no text");
        }

        return
        [
            new RawArticle(
                sourcePath,
                0,
                TitleRules.DeriveFromOpening(body[0]),
                TitleOrigin.Derived,
                body,
                date,
                $"stated: \"{prefix.Value.Trim()}\" prefix",
                SignOff.FindAtEnd(body)),
        ];
    }

    [GeneratedRegex(@"^\uFEFF?\s*date (?<date>\d{4}-\d{2}-\d{2}) ")]
    private static partial Regex DatePrefix();
}
