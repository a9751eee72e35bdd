using System.Globalization;
using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>
/// A writer's words about an office they hold: <see cref="Office"/> directly ("my team in Nottingham"), or the
/// presidency next to a named president's (<see cref="Neighbour"/> held the term <see cref="TermOffset"/> away from the writer's).
/// </summary>
/// <param name="DatedBy">How the post's date chose the presidential term, when it did.</param>
public sealed record Claim(string Quote, Confidence Strength, Office? Office, string? Neighbour = null, int TermOffset = 0, string? DatedBy = null);

/// <summary>
/// Finds the claims an unsigned writer makes about themselves. A claim counts only when it is the writer's: in the
/// first person, outside quotation marks, and with no other person between "I" and the office ("I congratulated Jo
/// on her appointment as Principal" claims nothing). "In Nottingham, we …" says where the writer works, not who they
/// are, so it is only a medium claim.
/// </summary>
public static partial class WriterClaims
{
    private const string Name = OfficeText.Name;

    /// <summary>More words than this between "I" and "as …" and the office may belong to someone the sentence moved on to.</summary>
    private const int LongestGap = 8;

    /// <summary>"As well as being the DCS in East Sussex I’m …": a sentence may open with the office before the writer says "I".</summary>
    private const int LongestOpening = 4;

    public static IEnumerable<Claim> In(AuthoredText article, IReadOnlyDictionary<string, string> acronyms)
    {
        foreach (var sentence in article.Sentences.Select(WithoutQuotations))
        {
            foreach (Match m in LocalVoice().Matches(sentence))
            {
                yield return new Claim(m.Value, Confidence.Medium, Office.Director(m.Groups["place"].Value));
            }

            if (WriterOrTeam().IsMatch(sentence))
            {
                foreach (var claim in OwnOffices(sentence, article.Date, acronyms))
                {
                    yield return claim;
                }
            }
        }
    }

    private static IEnumerable<Claim> OwnOffices(string sentence, DateOnly date, IReadOnlyDictionary<string, string> acronyms)
    {
        if (Presidency(sentence, date) is { } presidency)
        {
            yield return presidency;
        }

        foreach (Match m in OwnPlace().Matches(sentence))
        {
            yield return new Claim(m.Value, Confidence.High, Office.Director(m.Groups["place"].Value));
        }

        foreach (var m in AsDirector().Matches(sentence).Concat(AsPost().Matches(sentence)))
        {
            if (WritersWords(sentence, m) is { } words && OfficeText.Of(m, acronyms) is { } office)
            {
                yield return new Claim(words, Confidence.High, office);
            }
        }
    }

    /// <summary>The most specific presidency claim in a sentence: a stated term, then a named successor or predecessor, then being in office.</summary>
    private static Claim? Presidency(string sentence, DateOnly date)
    {
        if (ClaimedTerm().Match(sentence) is { Success: true } stated && WritersWords(sentence, stated) is { } statedWords)
        {
            return new Claim(statedWords, Confidence.High, Office.President(int.Parse(stated.Groups["term"].Value, CultureInfo.InvariantCulture)));
        }

        if (HandingOverTo().Match(sentence) is { Success: true } handover && PresidencyWords().IsMatch(sentence) && WritersWords(sentence, handover, nameFollows: true) is { } handoverWords)
        {
            return new Claim(handoverWords, Confidence.High, null, handover.Groups["name"].Value, TermOffset: -1);
        }

        if (TookOverFrom().Match(sentence) is { Success: true } takeover && WritersWords(sentence, takeover, nameFollows: true) is { } takeoverWords)
        {
            return new Claim(takeoverWords, Confidence.High, null, takeover.Groups["name"].Value, TermOffset: 1);
        }

        var inOffice = InOffice().Matches(sentence).Select(m => WritersWords(sentence, m)).OfType<string>().FirstOrDefault();
        if (inOffice is null)
        {
            return null;
        }

        var (term, datedBy) = Inaugural().IsMatch(sentence)
            ? (PresidentialYear.StartingNear(date), "a speech just given: the term starting on the 1 April nearest the post's date")
            : (PresidentialYear.Containing(date), "the term the post's date falls in");
        return term is { } t ? new Claim(inOffice, Confidence.High, Office.President(t), DatedBy: datedBy) : null;
    }

    /// <summary>
    /// The writer's words from "I" to the end of the office, when the office is the writer's: "I" comes before it with
    /// no one else in between, or the sentence opens with it ("As Chair of …, it is my duty"). An office followed by a
    /// name is that person's ("as ADCS President, Rachel Dickinson, said"), unless the match itself ends with the
    /// <paramref name="nameFollows"/> successor or predecessor.
    /// </summary>
    private static string? WritersWords(string sentence, Match office, bool nameFollows = false)
    {
        var end = office.Index + office.Length;
        if (!nameFollows && Appositive().IsMatch(sentence[end..]))
        {
            return null;
        }

        if (office.Value.StartsWith("my ", StringComparison.OrdinalIgnoreCase))
        {
            return office.Value;
        }

        var before = sentence[..office.Index];
        if (FirstPerson().Matches(before).LastOrDefault() is { } writer)
        {
            var gap = before[(writer.Index + writer.Length)..];
            return !SomeoneElse().IsMatch(gap) && WordCount(gap) <= LongestGap ? sentence[writer.Index..end] : null;
        }

        var opening = before.StartsWith("As ", StringComparison.Ordinal) ? before[3..] : before;
        return !SomeoneElse().IsMatch(opening) && WordCount(before) <= LongestOpening && WriterOrTeam().IsMatch(sentence[end..])
            ? sentence[..end]
            : null;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Quoted words are someone else's, even in the first person: “I am proud to be Principal,” she said.</summary>
    private static string WithoutQuotations(string sentence) => Quotation().Replace(sentence, "…");

    [GeneratedRegex(@"“[^”]*”|""[^""]*""|(?<!\p{L})‘.*?’(?!\p{L})")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur)\b")]
    private static partial Regex WriterOrTeam();

    /// <summary>A third-person pronoun or a name ("Jo", "Alison Michalska"), not a capitalised office ("President"): the office may be that person's.</summary>
    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|hers|him|[Tt]hey|[Tt]heir|them|[Yy]ou|[Yy]our|who)\b|\b(?!(?:President|Presidential|Presidency|Chair|Principal|Director|Association)\b)[A-Z][a-z’'-]+\b")]
    private static partial Regex SomeoneElse();

    [GeneratedRegex($@"^,? {Name}")]
    private static partial Regex Appositive();

    [GeneratedRegex(@"\bas (?:the )?(?:ADCS )?President (?:for )?(?<term>20\d\d)/\d\d")]
    private static partial Regex ClaimedTerm();

    [GeneratedRegex($@"\bhand(?:ing|ed|s)? over (?:the reins |the [Pp]residency )?to (?:(?:the|our|my|[a-z]+) ){{0,2}}{Name}")]
    private static partial Regex HandingOverTo();

    [GeneratedRegex(@"[Pp]residen|\breins\b")]
    private static partial Regex PresidencyWords();

    [GeneratedRegex($@"\btook over from {Name} as (?:ADCS )?President")]
    private static partial Regex TookOverFrom();

    /// <summary>"my year as ADCS President", "being the President", "my ADCS Presidential speech"; not "Vice President" or "Immediate Past President".</summary>
    [GeneratedRegex($@"\b[Mm]y (?:[\w’']+ ){{0,2}}[Pp]residential (?:year|speech|term)\b|(?<!{OfficeText.NotThePresident})\b(?:[Aa]s|being) (?:the )?(?:ADCS )?President\b(?! (?:of (?!ADCS)|for\b))")]
    private static partial Regex InOffice();

    /// <summary>Only a speech just given dates the term it opens; "in my inaugural speech I said" looks back.</summary>
    [GeneratedRegex(@"\b(?:[Yy]esterday|[Ll]ast week|[Tt]his week|[Tt]oday)\b.*\binaugural\b")]
    private static partial Regex Inaugural();

    [GeneratedRegex($@"\b[Mm]y (?:own )?(?:team|colleagues|staff)(?: here)? in {OfficeText.PlaceName}|\b[Mm]y own (?:local )?authority,? (?:in )?{OfficeText.PlaceName}")]
    private static partial Regex OwnPlace();

    [GeneratedRegex($@"\b(?:[Aa]s|being) (?:the |a )?{OfficeText.DirectorOf}")]
    private static partial Regex AsDirector();

    [GeneratedRegex($@"\b(?:[Aa]s|being|role of|post of) (?:the |a )?{OfficeText.PostOf}")]
    private static partial Regex AsPost();

    /// <summary>"In Nottingham, we …", "Here in Nottingham we …", "the ambition that we have in Barnsley".</summary>
    [GeneratedRegex($@"(?:^|\b[Hh]ere )[Ii]n {OfficeText.PlaceName},? (?:we|our)\b|\bwe have in {OfficeText.PlaceName}\b")]
    private static partial Regex LocalVoice();
}
