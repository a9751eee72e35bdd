namespace AdcsSite.Generator.Import;

/// <summary>An article as attribution needs it; the dump's order (newest first) is its <paramref name="Index"/>.</summary>
public sealed record AuthoredText(string Dump, int Index, IReadOnlyList<string> Paragraphs, DateOnly Date, AuthorCredit? Stated)
{
    /// <summary>Names the article in evidence, e.g. "001_d6c766277591dfe6.txt article 12".</summary>
    public string Label => $"{Dump} article {Index}";

    /// <summary>The paragraphs' sentences, split once for every rule that reads them.</summary>
    public IReadOnlyList<string> Sentences { get; } = [.. Paragraphs.SelectMany(TitleRules.Sentences)];
}

/// <summary>High is applied to the post; medium and low are suggestions an editor accepts by editing the front matter.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}

/// <summary>A writer inferred for an unsigned article, how sure the inference is, and each step of its evidence with the words quoted.</summary>
/// <param name="RestsOn">The articles whose inferred writers the evidence relies on, so none of them is ever confirmed by this one in turn.</param>
public sealed record Attribution(string Name, Confidence Confidence, IReadOnlyList<string> Chain, IReadOnlySet<string> RestsOn);

/// <summary>What attribution found: a writer per article label, and every office the texts say each writer held, with the years.</summary>
public sealed record Inference(IReadOnlyDictionary<string, Attribution> ByArticle, IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByWriter);

/// <summary>A text's statement that someone held an office, where and when it was made.</summary>
/// <param name="RestsOn">Empty when the text names the holder; for a writer's words about themselves, the article and every article its attribution relies on.</param>
public sealed record Holder(string Name, Office Office, string Label, DateOnly Date, string Quote, IReadOnlySet<string> RestsOn)
{
    /// <summary>The <see cref="RestsOn"/> of a statement no inference stands behind.</summary>
    public static readonly IReadOnlySet<string> NoInference = new HashSet<string>();

    public string Evidence => RestsOn.Count == 0
        ? $"{Label} ({Date:yyyy-MM-dd}) says \"{Quote}\""
        : $"{Label} ({Date:yyyy-MM-dd}), by {Name} as attributed there, says \"{Quote}\"";

    /// <summary>Identity for telling whether a round of attribution found anything new.</summary>
    public (string, OfficeKind, string, string, string) Key => (Name, Office.Kind, Office.Key, Label, Quote);
}

/// <summary>Presidential years run from 1 April to 1 April.</summary>
public static class PresidentialYear
{
    /// <summary>An estimated date this close to 1 April may fall in either presidential year, so it decides nothing.</summary>
    public const int HandoverMarginDays = 42;

    /// <summary>The term a date falls in; null when the date is too close to a handover to tell.</summary>
    public static int? Containing(DateOnly date)
    {
        var term = date.Month >= 4 ? date.Year : date.Year - 1;
        return DaysFromHandover(date, term) < HandoverMarginDays ? null : term;
    }

    /// <summary>The term that starts on the 1 April nearest the date: "yesterday I gave my inaugural speech", "who became President on 1 April".</summary>
    public static int? StartingNear(DateOnly date)
    {
        var term = date.Month >= 10 ? date.Year + 1 : date.Year;
        return Math.Abs(date.DayNumber - new DateOnly(term, 4, 1).DayNumber) <= HandoverMarginDays ? term : null;
    }

    private static int DaysFromHandover(DateOnly date, int term) =>
        Math.Min(date.DayNumber - new DateOnly(term, 4, 1).DayNumber, new DateOnly(term + 1, 4, 1).DayNumber - date.DayNumber);
}
