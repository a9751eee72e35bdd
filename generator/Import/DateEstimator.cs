using System.Globalization;

namespace AdcsSite.Generator.Import;

/// <summary>An inferred date and the evidence it rests on, written to source.date_evidence.</summary>
public sealed record DateEstimate(DateOnly Date, string Evidence);

/// <summary>The text of an article as the estimator needs it.</summary>
public sealed record DatedText(string Title, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Estimates dates for articles that state none. Clues in the text fix some articles' dates; a dump that runs newest
/// first then fixes the year of clues that lack one and places every other article between its dated neighbours.
/// </summary>
public static class DateEstimator
{
    /// <summary>Used to extrapolate past the first or last dated article when the dump gives too few clues to measure its pace.</summary>
    private const int DefaultDaysBetweenArticles = 7;

    /// <summary>An article with no day-level clue, only "the year it was written", is placed mid-year.</summary>
    private const int MidYearMonth = 7;

    public static DateEstimate? ForSingle(DatedText article)
    {
        var clues = DateClues.Find(article.Title, article.Paragraphs).ToList();
        var yearsSince = DateClues.YearsSince(article.Paragraphs);
        return DatedClue(clues, yearsSince) ?? (yearsSince is var (year, evidence)
            ? new DateEstimate(new DateOnly(year, MidYearMonth, 1), $"year from the text: {evidence}; month unknown, placed mid-year")
            : null);
    }

    /// <param name="newestFirst">The dump's articles in dump order, which runs newest first.</param>
    /// <returns>One estimate per article, or nulls when no article in the dump has a clue to hang the order on.</returns>
    public static IReadOnlyList<DateEstimate?> ForNewestFirst(IReadOnlyList<DatedText> newestFirst)
    {
        var clues = newestFirst.Select(a => DateClues.Find(a.Title, a.Paragraphs).ToList()).ToList();
        var yearsSince = newestFirst.Select(a => DateClues.YearsSince(a.Paragraphs)).ToList();
        var anchors = ConsistentWithOrder(Enumerable.Range(0, newestFirst.Count)
            .Select(i => (Index: i, Estimate: DatedClue(clues[i], yearsSince[i])))
            .Where(a => a.Estimate is not null)
            .Select(a => (a.Index, a.Estimate!)));

        if (anchors.Count == 0)
        {
            return [.. newestFirst.Select(_ => (DateEstimate?)null)];
        }

        for (var i = 0; i < newestFirst.Count; i++)
        {
            if (!anchors.ContainsKey(i) && clues[i].FirstOrDefault(c => c.Year is null) is { } clue
                && YearBetweenNeighbours(anchors, i, clue) is { } placed)
            {
                anchors[i] = placed;
            }
        }

        var daysPerArticle = DaysPerArticle(anchors);
        return [.. Enumerable.Range(0, newestFirst.Count).Select(i => anchors.TryGetValue(i, out var anchor) ? anchor : ByOrder(anchors, newestFirst, i, daysPerArticle))];
    }

    private static DateEstimate? DatedClue(List<DateClue> clues, (int Year, string Evidence)? yearsSince)
    {
        if (clues.FirstOrDefault(c => c.Year is not null) is { } dated)
        {
            return new DateEstimate(dated.In(dated.Year!.Value), $"the text names a dated event: {dated.Evidence}");
        }

        return clues.FirstOrDefault() is { } undated && yearsSince is var (year, evidence)
            ? new DateEstimate(undated.In(year), $"season or event from the text: {undated.Evidence}; year from the text: {evidence}")
            : null;
    }

    /// <summary>Keeps the largest set of clue dates that agree with the dump's newest-first order; the rest are outvoted.</summary>
    private static SortedDictionary<int, DateEstimate> ConsistentWithOrder(IEnumerable<(int Index, DateEstimate Estimate)> candidates)
    {
        var list = candidates.ToList();
        var length = new int[list.Count];
        var previous = new int[list.Count];
        for (var k = 0; k < list.Count; k++)
        {
            (length[k], previous[k]) = (1, -1);
            for (var p = 0; p < k; p++)
            {
                if (list[p].Estimate.Date >= list[k].Estimate.Date && length[p] + 1 > length[k])
                {
                    (length[k], previous[k]) = (length[p] + 1, p);
                }
            }
        }

        var kept = new SortedDictionary<int, DateEstimate>();
        for (var k = list.Count == 0 ? -1 : Array.IndexOf(length, length.Max()); k >= 0; k = previous[k])
        {
            kept[list[k].Index] = list[k].Estimate;
        }

        return kept;
    }

    /// <summary>A clue without a year ("Happy New Year") takes the year that fits between the dated articles around it, nearest where the order puts it.</summary>
    /// <param name="anchors">Not empty, so the article has a dated neighbour on at least one side.</param>
    private static DateEstimate? YearBetweenNeighbours(SortedDictionary<int, DateEstimate> anchors, int index, DateClue clue)
    {
        var (newer, older) = Neighbours(anchors, index);
        var latest = newer?.Value.Date ?? DateOnly.MaxValue;
        var earliest = older?.Value.Date ?? DateOnly.MinValue;
        var target = newer is { } n && older is { } o
            ? n.Value.Date.AddDays((o.Value.Date.DayNumber - n.Value.Date.DayNumber) * (index - n.Key) / (o.Key - n.Key))
            : (newer ?? older)!.Value.Value.Date;
        var fits = Enumerable.Range(target.Year - 1, 3)
            .Select(clue.In)
            .Where(date => date >= earliest && date <= latest)
            .ToList();
        if (fits.Count == 0)
        {
            return null;
        }

        var date = fits.MinBy(date => Math.Abs(date.DayNumber - target.DayNumber));
        return new DateEstimate(date, $"season or event from the text: {clue.Evidence}; year from dump order: {Describe(older)} is older, {Describe(newer)} is newer");
    }

    private static DateEstimate ByOrder(SortedDictionary<int, DateEstimate> anchors, IReadOnlyList<DatedText> articles, int index, double daysPerArticle)
    {
        var (newer, older) = Neighbours(anchors, index);
        if (newer is { } n && older is { } o)
        {
            var share = (double)(index - n.Key) / (o.Key - n.Key);
            var date = n.Value.Date.AddDays(-(int)Math.Round((n.Value.Date.DayNumber - o.Value.Date.DayNumber) * share));
            return new DateEstimate(date, $"no date in the text; placed by dump order (newest first) between article {n.Key} \"{articles[n.Key].Title}\" ({Format(n.Value.Date)}) and article {o.Key} \"{articles[o.Key].Title}\" ({Format(o.Value.Date)})");
        }

        if (newer is { } onlyNewer)
        {
            return new DateEstimate(onlyNewer.Value.Date.AddDays(-(int)Math.Round(daysPerArticle * (index - onlyNewer.Key))), $"no date in the text; placed by dump order {index - onlyNewer.Key} articles after article {onlyNewer.Key} \"{articles[onlyNewer.Key].Title}\" ({Format(onlyNewer.Value.Date)}), at the dump's pace of {daysPerArticle:0.#} days per article");
        }

        var onlyOlder = older!.Value;
        return new DateEstimate(onlyOlder.Value.Date.AddDays((int)Math.Round(daysPerArticle * (onlyOlder.Key - index))), $"no date in the text; placed by dump order {onlyOlder.Key - index} articles before article {onlyOlder.Key} \"{articles[onlyOlder.Key].Title}\" ({Format(onlyOlder.Value.Date)}), at the dump's pace of {daysPerArticle:0.#} days per article");
    }

    private static (KeyValuePair<int, DateEstimate>? Newer, KeyValuePair<int, DateEstimate>? Older) Neighbours(SortedDictionary<int, DateEstimate> anchors, int index) =>
        (anchors.LastOrDefault(a => a.Key < index) is { Value: not null } newer ? newer : null,
         anchors.FirstOrDefault(a => a.Key > index) is { Value: not null } older ? older : null);

    private static double DaysPerArticle(SortedDictionary<int, DateEstimate> anchors)
    {
        if (anchors.Count < 2)
        {
            return DefaultDaysBetweenArticles;
        }

        var (newest, oldest) = (anchors.First(), anchors.Last());
        return (double)(newest.Value.Date.DayNumber - oldest.Value.Date.DayNumber) / (oldest.Key - newest.Key);
    }

    private static string Describe(KeyValuePair<int, DateEstimate>? anchor) =>
        anchor is { } a ? $"article {a.Key} ({Format(a.Value.Date)})" : "no article";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
