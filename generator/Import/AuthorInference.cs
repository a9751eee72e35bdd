using System.Globalization;

namespace AdcsSite.Generator.Import;

/// <summary>
/// Attributes unsigned articles whose writer identifies themselves only through facts another text states:
/// "my inaugural speech as ADCS President 2019/20" plus "Rachel Dickinson, … our President for 2019/20";
/// "writing a blog as Principal of The Staff College" plus "Jo Davidson, Principal of the Staff College". A claim is
/// used only when the facts name exactly one person for that office at that time: presidential terms run 1 April to
/// 1 April, other posts change hands, so a fact far in time from the claim weakens it. Each attribution found
/// tells what its writer holds, which can identify the writer of another article; this runs until nothing changes.
/// </summary>
public static class AuthorInference
{
    /// <summary>Directors and chairs move on (a DCS stays about three years): a fact further than this from a claim is weaker.</summary>
    private const int RoleWindowDays = 548;

    /// <summary>Each round can only add facts from newly attributed writers; the archive settles in two or three.</summary>
    private const int MostRounds = 6;

    private sealed record Candidate(string Label, string Name, Confidence Confidence, IReadOnlyList<string> Chain, IReadOnlySet<string> RestsOn);

    public static Inference Infer(IReadOnlyList<AuthoredText> articles)
    {
        var acronyms = articles.SelectMany(a => a.Paragraphs).SelectMany(OfficeText.Acronyms)
            .GroupBy(d => d.Acronym)
            .Where(g => g.Select(d => d.Meaning).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Meaning, StringComparer.Ordinal);
        var claims = articles.ToDictionary(a => a, a => WriterClaims.In(a, acronyms).ToList());
        var stated = articles.SelectMany(a => RoleFacts.In(a, acronyms)).ToList();
        var references = BlogReferences.In(articles).ToList();

        var facts = stated;
        var attributions = new Dictionary<string, Attribution>();
        for (var round = 0; round < MostRounds; round++)
        {
            attributions = Attribute(articles, claims, facts, references);
            var next = stated.Concat(WritersOwnWords(articles, claims, facts, attributions)).ToList();
            if (next.Select(f => f.Key).ToHashSet().SetEquals(facts.Select(f => f.Key)))
            {
                break;
            }

            facts = next;
        }

        var writers = articles.Select(a => WriterOf(a, attributions)?.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return new Inference(attributions, writers.ToDictionary(w => w, w => Roles(w, facts), StringComparer.Ordinal));
    }

    private static Dictionary<string, Attribution> Attribute(IReadOnlyList<AuthoredText> articles, Dictionary<AuthoredText, List<Claim>> claims, List<Holder> facts, List<BlogReference> references)
    {
        var unsigned = articles.Where(a => a.Stated is null).ToDictionary(a => a.Label);
        var candidates = unsigned.Values
            .SelectMany(article =>
            {
                var others = Others(facts, article);
                return claims[article].Select(claim => Resolve(claim, article, others));
            })
            .OfType<Candidate>()
            .Concat(references.Where(r => unsigned.ContainsKey(r.TargetLabel)).Select(r => new Candidate(r.TargetLabel, r.Name, r.Confidence, r.Chain, Holder.NoInference)));
        return candidates.GroupBy(c => c.Label)
            .Select(g => (Label: g.Key, Attribution: Combine(g)))
            .Where(a => a.Attribution is not null)
            .ToDictionary(a => a.Label, a => a.Attribution!);
    }

    /// <summary>The strongest candidate, with every chain that agrees with it; none when the strongest candidates disagree.</summary>
    private static Attribution? Combine(IEnumerable<Candidate> candidates)
    {
        var strongest = candidates.GroupBy(c => c.Confidence).MaxBy(g => g.Key)!.ToList();
        return strongest.Select(c => c.Name).Distinct().Count() == 1
            ? new Attribution(strongest[0].Name, strongest[0].Confidence, [.. strongest.SelectMany(c => c.Chain).Distinct()], strongest.SelectMany(c => c.RestsOn).ToHashSet())
            : null;
    }

    /// <summary>The facts that may say who wrote <paramref name="article"/>: not its own, nor any resting on its own attribution, since an article cannot confirm itself.</summary>
    private static List<Holder> Others(List<Holder> facts, AuthoredText article) =>
        [.. facts.Where(f => f.Label != article.Label && !f.RestsOn.Contains(article.Label))];

    /// <summary>The article's writer as stated, else as inferred with high confidence, and the articles that inference rests on.</summary>
    private static (string Name, IReadOnlySet<string> RestsOn)? WriterOf(AuthoredText article, Dictionary<string, Attribution> attributions) =>
        article.Stated is { } stated ? (stated.Name, Holder.NoInference)
        : attributions.GetValueOrDefault(article.Label) is { Confidence: Confidence.High } inferred ? (inferred.Name, inferred.RestsOn)
        : null;

    /// <summary>Who the facts say held the office the writer claims, when the writer wrote.</summary>
    /// <param name="others">The facts from other articles (<see cref="Others"/>).</param>
    private static Candidate? Resolve(Claim claim, AuthoredText article, List<Holder> others)
    {
        var used = new List<Holder>();
        if (OfficeClaimed(claim, others, article.Date, used) is not { } office)
        {
            return null;
        }

        var reading = claim.DatedBy is null ? office.Title : $"{office.Title}, {claim.DatedBy}";
        var chain = new List<string> { $"{article.Label} ({article.Date:yyyy-MM-dd}), the writer: \"{claim.Quote}\" ({reading})" };
        chain.AddRange(used.Select(u => u.Evidence));
        var holders = others.Where(f => f.Office.Kind == office.Kind && f.Office.Key == office.Key).ToList();
        var (holder, strength) = office.Kind == OfficeKind.President
            ? (Unique(holders, article.Date), claim.Strength)
            : Unique(holders.Where(h => DaysApart(h.Date, article.Date) <= RoleWindowDays), article.Date) is { } current
                ? (current, claim.Strength)
                : (Unique(holders, article.Date), claim.Strength - 1); // only older or later facts: the post may have changed hands in between
        if (holder is null || strength < Confidence.Low)
        {
            return null;
        }

        var distance = office.Kind == OfficeKind.President || DaysApart(holder.Date, article.Date) <= RoleWindowDays ? "" : $", {DaysApart(holder.Date, article.Date) / 30} months apart";
        used.Add(holder);
        return new Candidate(article.Label, holder.Name, strength, [.. chain, holder.Evidence + distance], used.SelectMany(u => u.RestsOn).ToHashSet());
    }

    /// <summary>The claim's office; for "handing over to Stuart Gallimore", the term next to the one the facts give him.</summary>
    private static Office? OfficeClaimed(Claim claim, List<Holder> facts, DateOnly date, List<Holder> used)
    {
        if (claim.Neighbour is not { } neighbour)
        {
            return claim.Office;
        }

        if (Unique(facts.Where(f => f.Office.Kind == OfficeKind.President && f.Name == neighbour), date, f => f.Office.Key) is not { } theirs)
        {
            return null;
        }

        used.Add(theirs);
        return Office.President(theirs.Office.Term + claim.TermOffset);
    }

    /// <summary>What a known writer says about themselves is a fact about them: "my team in East Sussex" from Stuart Gallimore.</summary>
    private static IEnumerable<Holder> WritersOwnWords(IReadOnlyList<AuthoredText> articles, Dictionary<AuthoredText, List<Claim>> claims, List<Holder> facts, Dictionary<string, Attribution> attributions)
    {
        foreach (var article in articles)
        {
            if (WriterOf(article, attributions) is not (var writer, var restsOn))
            {
                continue;
            }

            var others = Others(facts, article);
            foreach (var claim in claims[article].Where(c => c.Strength == Confidence.High))
            {
                if (OfficeClaimed(claim, others, article.Date, []) is { } office)
                {
                    yield return new Holder(writer, office, article.Label, article.Date, claim.Quote, restsOn.Append(article.Label).ToHashSet());
                }
            }
        }
    }

    /// <summary>"ADCS President 2017/18", "Principal of the Staff College (2018)": every office the facts give the writer, earliest first.</summary>
    private static IReadOnlyList<string> Roles(string writer, List<Holder> facts) =>
        [.. facts.Where(f => f.Name == writer)
            .GroupBy(f => (f.Office.Kind, f.Office.Key))
            .OrderBy(g => g.Key.Kind == OfficeKind.President ? 0 : 1)
            .ThenBy(g => g.Min(f => f.Date))
            .ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => g.Key.Kind == OfficeKind.President ? g.First().Office.Title : $"{MostUsedTitle(g)} ({Years(g)})")];

    private static string MostUsedTitle(IEnumerable<Holder> facts) =>
        facts.GroupBy(f => f.Office.Title).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;

    private static string Years(IEnumerable<Holder> facts)
    {
        var (first, last) = (facts.Min(f => f.Date.Year), facts.Max(f => f.Date.Year));
        return first == last ? first.ToString(CultureInfo.InvariantCulture) : $"{first}–{last}";
    }

    /// <summary>
    /// The one holder the facts name (by name, or by <paramref name="key"/>); null when they name nobody or several.
    /// Of several statements of it, the evidence quoted is a text's own statement before a writer's, the nearest in time.
    /// </summary>
    private static Holder? Unique(IEnumerable<Holder> holders, DateOnly near, Func<Holder, string>? key = null)
    {
        var list = holders.OrderBy(h => h.RestsOn.Count == 0 ? 0 : 1)
            .ThenBy(h => DaysApart(h.Date, near))
            .ThenBy(h => h.Label, StringComparer.Ordinal)
            .ThenBy(h => h.Quote, StringComparer.Ordinal)
            .ToList();
        return list.Select(key ?? (h => h.Name)).Distinct().Count() == 1 ? list[0] : null;
    }

    private static int DaysApart(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber);
}
