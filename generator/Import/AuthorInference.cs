using System.Globalization;
using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>An article as attribution needs it; <paramref name="Label"/> names it in evidence, e.g. "001 article 12".</summary>
public sealed record AuthoredText(string Label, IReadOnlyList<string> Paragraphs, DateOnly Date, AuthorCredit? Stated);

/// <summary>
/// Attributes unsigned articles whose writer identifies themselves only through facts another text states:
/// "my inaugural speech as ADCS President 2019/20" plus "Rachel Dickinson, … our President for 2019/20";
/// "my team in East Sussex" plus an attributed article whose writer speaks of the same team. Precision over recall:
/// a claim is used only when the facts name exactly one person, and never near a presidential handover (1 April).
/// </summary>
public static partial class AuthorInference
{
    /// <summary>An estimated date this close to 1 April may fall in either presidential year, so it decides nothing.</summary>
    private const int HandoverMarginDays = 42;

    private const string Name = @"(?<name>[A-Z][\p{L}’'-]+ [A-Z][\p{L}’'-]+)";
    private const string Place = @"(?<place>[A-Z][a-z]+(?: (?:&|and) [A-Z][a-z]+| [A-Z][a-z]+)*)";

    private sealed record Fact(string Name, string Evidence);

    public static IReadOnlyDictionary<string, AuthorCredit> Infer(IReadOnlyList<AuthoredText> articles)
    {
        var presidents = Unambiguous(articles.SelectMany(PresidentFacts));
        var credits = new Dictionary<string, AuthorCredit>();
        foreach (var article in articles.Where(a => a.Stated is null))
        {
            if (PresidencyClaim(article, presidents) is var (term, claim) && presidents.TryGetValue(term, out var president))
            {
                credits[article.Label] = new AuthorCredit(president.Name, $"ADCS President {Term(term)}", $"writer's claim in {article.Label}: {claim}; {president.Evidence}");
            }
        }

        var writers = articles.Select(a => (Article: a, Credit: a.Stated ?? credits.GetValueOrDefault(a.Label))).ToList();
        var places = Unambiguous(articles.SelectMany(PlaceFacts).Concat(writers
            .Where(w => w.Credit is not null)
            .SelectMany(w => PlaceClaims(w.Article).Select(claim => (claim.Place, new Fact(w.Credit!.Name, $"the writer of {w.Article.Label} ({w.Credit.Name}) says {claim.Evidence}"))))));
        foreach (var (article, credit) in writers.Where(w => w.Credit is null))
        {
            foreach (var (place, claim) in PlaceClaims(article))
            {
                if (places.TryGetValue(place, out var director))
                {
                    credits[article.Label] = new AuthorCredit(director.Name, $"Director of children’s services, {place}", $"writer's claim in {article.Label}: {claim}; {director.Evidence}");
                    break;
                }
            }
        }

        return credits;
    }

    /// <summary>Who was president in which term (the year it starts, on 1 April), from every text that says so.</summary>
    private static IEnumerable<(int Term, Fact Fact)> PresidentFacts(AuthoredText article)
    {
        foreach (var sentence in Sentences(article))
        {
            foreach (Match m in PresidentForTerm().Matches(sentence))
            {
                yield return (Year(m.Groups["term"].Value), new Fact(m.Groups["name"].Value, $"{article.Label} says \"{m.Value}\""));
            }

            foreach (Match m in TitledPresident().Matches(sentence))
            {
                var org = m.Groups["org"].Value.Trim();
                if (org is "" or "ADCS" && TermOf(article.Date) is { } term)
                {
                    yield return (term, new Fact(m.Groups["name"].Value, $"{article.Label} ({article.Date:yyyy-MM-dd}) says \"{m.Value}\""));
                }
            }
        }
    }

    private static (int Term, string Evidence)? PresidencyClaim(AuthoredText article, IReadOnlyDictionary<int, Fact> presidents)
    {
        var termOf = presidents.GroupBy(p => p.Value.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Key);
        foreach (var sentence in Sentences(article).Where(IsFirstPerson))
        {
            if (ClaimedTerm().Match(sentence) is { Success: true } explicitTerm)
            {
                return (Year(explicitTerm.Groups["term"].Value), $"\"{explicitTerm.Value}\"");
            }

            if (HandingOverTo().Match(sentence) is { Success: true } handover && sentence.Contains("President", StringComparison.Ordinal) && termOf.TryGetValue(handover.Groups["name"].Value, out var successorTerm))
            {
                return (successorTerm - 1, $"\"{handover.Value}\"");
            }

            if (TookOverFrom().Match(sentence) is { Success: true } takeover && termOf.TryGetValue(takeover.Groups["name"].Value, out var predecessorTerm))
            {
                return (predecessorTerm + 1, $"\"{takeover.Value}\"");
            }

            if (InOffice().Match(sentence) is { Success: true } inOffice && TermOf(article.Date) is { } current)
            {
                return (current, $"\"{inOffice.Value}\" (dated {article.Date:yyyy-MM-dd})");
            }
        }

        return null;
    }

    /// <summary>"Rachel Dickinson, Barnsley’s DCS", "Helen Lincoln, DCS Essex County Council".</summary>
    private static IEnumerable<(string Place, Fact Fact)> PlaceFacts(AuthoredText article) =>
        Sentences(article).SelectMany(sentence => NamedDirector().Matches(sentence))
            .Select(m => (Normalize(m.Groups["place"].Value), new Fact(m.Groups["name"].Value, $"{article.Label} says \"{m.Value}\"")));

    /// <summary>"my team in East Sussex", "As the DCS for Hampshire": the writer's own authority.</summary>
    private static IEnumerable<(string Place, string Evidence)> PlaceClaims(AuthoredText article) =>
        Sentences(article).Where(IsFirstPerson).SelectMany(sentence => OwnAuthority().Matches(sentence))
            .Select(m => (Normalize(m.Groups["place"].Value), $"\"{m.Value}\""));

    private static Dictionary<T, Fact> Unambiguous<T>(IEnumerable<(T Key, Fact Fact)> facts)
        where T : notnull =>
        facts.GroupBy(f => f.Key)
            .Where(g => g.Select(f => f.Fact.Name).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Fact);

    private static IEnumerable<string> Sentences(AuthoredText article) => article.Paragraphs.SelectMany(TitleRules.Sentences);

    private static bool IsFirstPerson(string sentence) => FirstPerson().IsMatch(sentence);

    /// <summary>Presidential years run from 1 April; null when the date is too close to a handover to tell.</summary>
    private static int? TermOf(DateOnly date)
    {
        var term = date.Month >= 4 ? date.Year : date.Year - 1;
        var fromStart = date.DayNumber - new DateOnly(term, 4, 1).DayNumber;
        var toEnd = new DateOnly(term + 1, 4, 1).DayNumber - date.DayNumber;
        return Math.Min(fromStart, toEnd) < HandoverMarginDays ? null : term;
    }

    private static string Term(int term) => $"{term}/{(term + 1) % 100:00}";

    private static string Normalize(string place) =>
        AuthorityKind().Replace(place, "").Replace(" and ", " & ", StringComparison.Ordinal).Trim();

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:I|my|me)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex($@"{Name}, [^.]{{0,60}}?\bPresident for (?<term>20\d\d)/\d\d")]
    private static partial Regex PresidentForTerm();

    /// <summary>"ADCS President, Rachel Dickinson", "our President, Stuart Gallimore"; not "Vice President …" or "former ADCS President …".</summary>
    [GeneratedRegex($@"(?<!\b(?:Vice|Past|[Ff]ormer|Immediate|[Ii]ncoming) (?:[A-Z]{{3,5}} )?)(?<org>\b[A-Z]{{3,5}} )?\b[Pp]resident,? {Name}")]
    private static partial Regex TitledPresident();

    [GeneratedRegex(@"\b(?:ADCS )?President (?<term>20\d\d)/\d\d")]
    private static partial Regex ClaimedTerm();

    [GeneratedRegex($@"\bhand(?:ing|ed)? over (?:the reins )?to {Name}")]
    private static partial Regex HandingOverTo();

    [GeneratedRegex($@"\btook over from {Name} as (?:ADCS )?President")]
    private static partial Regex TookOverFrom();

    /// <summary>"my year as ADCS President", "my personal priority as President", "my Presidential year".</summary>
    [GeneratedRegex(@"\bmy (?:[\w’']+ ){1,3}as (?:ADCS )?President\b|\bmy [Pp]residential year\b|\bbeing the ADCS President\b")]
    private static partial Regex InOffice();

    [GeneratedRegex($@"{Name}, (?:{Place}’s DCS|DCS,? {Place}|[^.]{{0,60}}?\b[Dd]irector of [Cc]hildren’s [Ss]ervices (?:in|for|at) {Place})")]
    private static partial Regex NamedDirector();

    [GeneratedRegex($@"\bmy (?:team|colleagues) in {Place}|\b(?:DCS|director of children’s services)(?: \(DCS\))? (?:in|for) {Place}")]
    private static partial Regex OwnAuthority();

    [GeneratedRegex(@"\b(?:Metropolitan Borough|County Council|City Council|Borough Council|Council|LBC)\b")]
    private static partial Regex AuthorityKind();
}
