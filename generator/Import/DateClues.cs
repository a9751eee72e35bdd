using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>
/// A date the text itself points at: "the ADCS Annual Conference 2019 has just finished", "Happy New Year",
/// "the first blog of 2018". Without a year, only the day of the year is known and the dump's order decides the year.
/// </summary>
public sealed record DateClue(int Month, int Day, int? Year, int DaysAfter, string Evidence)
{
    /// <summary>The date the clue points at in a given year, moved by how long after the event the text says it is.</summary>
    public DateOnly In(int year) => new DateOnly(year, Month, Day).AddDays(DaysAfter);
}

/// <summary>Finds date clues in an article: recurring events and seasons the sector's calendar fixes, with their year when stated.</summary>
public static partial class DateClues
{
    /// <summary>Recurring events and seasons, with the day they usually fall on. A mention counts only with a marker of how long ago it was.</summary>
    private static readonly (Regex Pattern, int Month, int Day, bool NeedsTimeMarker)[] Calendar =
    [
        (new(@"ADCS [Aa]nnual [Cc]onference(?: (?<year>20\d\d))?"), 7, 5, true),
        (new(@"(?:NCASC|National Children and Adult Services Conference)(?: (?<year>20\d\d))?"), 11, 10, true),
        (new(@"first (?:blog|post) of (?<year>20\d\d)"), 1, 5, false),
        (new(@"inaugural speech as (?:ADCS )?President (?<year>20\d\d)/\d\d"), 4, 1, false),
        (new(@"Happy New Year|happy New Year"), 1, 5, false),
        (new(@"(?:Merry|peaceful) Christmas"), 12, 18, false),
        (new(@"after the Easter break"), 4, 10, false),
        (new(@"end of (?:the summer term|another academic year)"), 7, 18, false),
        (new(@"summer recess|It’s the summer holidays"), 8, 10, false),
        (new(@"exam results"), 8, 15, true),
    ];

    /// <summary>"Last week", "two weeks ago": how many days after the event the writer is.</summary>
    private static readonly (Regex Pattern, int Days)[] TimeMarkers =
    [
        (new(@"\b(?:yesterday|Yesterday)\b"), 1),
        (new(@"\bjust (?:finished|ended)\b|\bhas just\b|\b[Rr]ound[- ]?up\b"), 2),
        (new(@"\blast week\b|\ba week ago\b"), 7),
        (new(@"\btwo weeks ago\b|\bfortnight ago\b"), 14),
        (new(@"\blast month\b"), 30),
    ];

    /// <summary>Clues in the title and then in each sentence, in reading order. A title's "Round-up" dates every event the article names.</summary>
    public static IEnumerable<DateClue> Find(string title, IEnumerable<string> paragraphs)
    {
        var titleMarker = TimeMarkers.FirstOrDefault(m => m.Pattern.IsMatch(title));
        foreach (var sentence in paragraphs.Prepend(title).SelectMany(TitleRules.Sentences))
        {
            foreach (var (pattern, month, day, needsTimeMarker) in Calendar)
            {
                var match = pattern.Match(sentence);
                if (!match.Success)
                {
                    continue;
                }

                var marker = TimeMarkers.FirstOrDefault(m => m.Pattern.IsMatch(sentence)) is { Pattern: not null } own ? own : titleMarker;
                if (needsTimeMarker && marker.Pattern is null)
                {
                    continue;
                }

                int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                yield return new DateClue(month, day, year, marker.Days, $"\"{Excerpt(sentence, match.Index)}\"");
            }
        }
    }

    /// <summary>"30 years ago, The Children Act 1989 received Royal Assent": the year the writer is in.</summary>
    public static (int Year, string Evidence)? YearsSince(IEnumerable<string> paragraphs)
    {
        var sentences = paragraphs.SelectMany(TitleRules.Sentences).ToList();
        foreach (var sentence in sentences)
        {
            if (YearsAgo().Match(sentence) is { Success: true } ago)
            {
                return (Year(ago.Groups["year"].Value) + Count(ago.Groups["count"].Value), $"\"{Excerpt(sentence, ago.Index)}\"");
            }
        }

        // "More than a decade's worth of experience" of an act the piece names with its year elsewhere.
        var years = sentences.SelectMany(s => NamedYear().Matches(s)).Select(m => Year(m.Value)).Distinct().ToList();
        foreach (var sentence in sentences)
        {
            if (years.Count == 1 && Decade().Match(sentence) is { Success: true } decade)
            {
                var atLeast = decade.Groups["more"].Success ? 1 : 0;
                return (years[0] + 10 + atLeast, $"\"{Excerpt(sentence, decade.Index)}\" since {years[0]}, the only year the piece names");
            }
        }

        return null;
    }

    private static int Year(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private static int Count(string count) => count switch
    {
        "ten" or "Ten" => 10,
        "twenty" or "Twenty" => 20,
        "thirty" or "Thirty" => 30,
        _ => Year(count),
    };

    private static string Excerpt(string sentence, int around)
    {
        const int Reach = 90;
        var start = Math.Max(0, around - Reach);
        var end = Math.Min(sentence.Length, around + Reach);
        return (start > 0 ? "…" : "") + sentence[start..end].Trim() + (end < sentence.Length ? "…" : "");
    }

    [GeneratedRegex(@"\b(?<count>\d{1,3}|[Tt]en|[Tt]wenty|[Tt]hirty) years ago,?[^.]*?\b(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex YearsAgo();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex NamedYear();

    [GeneratedRegex(@"(?<more>more than |over )?a decade(?:'s|’s)?")]
    private static partial Regex Decade();
}
