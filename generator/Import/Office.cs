using System.Globalization;
using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

public enum OfficeKind
{
    /// <summary>ADCS President; <see cref="Office.Key"/> is the year the term starts on 1 April.</summary>
    President,

    /// <summary>Director of children's services of a place; the key is the place without "County Council" and the like.</summary>
    Director,

    /// <summary>A post in a named body: "Principal of The Staff College", "Chair of the … Policy Committee".</summary>
    Post,
}

/// <summary>A post someone holds, as texts name it; two texts mean the same post when their keys are equal.</summary>
public sealed record Office(OfficeKind Kind, string Key, string Title)
{
    public static Office President(int term) =>
        new(OfficeKind.President, term.ToString(CultureInfo.InvariantCulture), $"ADCS President {term}/{(term + 1) % 100:00}");

    public static Office Director(string place)
    {
        var normalized = OfficeText.Place(place);
        return new(OfficeKind.Director, normalized, $"Director of children’s services, {normalized}");
    }

    public int Term => int.Parse(Key, CultureInfo.InvariantCulture);
}

/// <summary>The phrases that name an office, shared by statements about other people and by a writer's claims.</summary>
public static partial class OfficeText
{
    public const string Name = @"(?<name>(?!(?:The|This|That|Our|My|As|In|Last|Like)\b)[A-Z]\p{Ll}[\p{L}’'-]* (?:O’|Mc)?[A-Z]\p{Ll}[\p{L}-]*)";
    /// <summary>Words before "President" that make it someone else's office: "Vice President", "former President", "Confed President".</summary>
    public const string NotThePresident = @"\b(?:Vice|Past|[Ff]ormer|Immediate|[Ii]ncoming|Confed) ";

    public const string PlaceName = @"(?<place>[A-Z][a-z]+(?: (?:&|and) [A-Z][a-z]+| [A-Z][a-z]+)*)";

    /// <summary>"DCS for Hampshire", "director of children’s services (DCS) in East Sussex".</summary>
    public const string DirectorOf = @"(?:DCS|[Dd]irector of [Cc]hildren’s [Ss]ervices(?: and [A-Z]?[a-z]+)?)(?: \(DCS\))? (?:in|for|at) (?:the )?" + PlaceName;

    /// <summary>
    /// "Principal of The Staff College", "Chair of the ADCS Standards, Performance &amp; Inspection Policy Committee",
    /// "Chair of the SPI committee". A comma continues the body's name only before another part of it, so
    /// "…Committee, Matt Dunkley" stops at the comma.
    /// </summary>
    public const string PostOf =
        @"(?<role>Principal|Chair|Co-[Cc]hair|Vice-[Cc]hair|Chief Executive|Head) of (?:[Tt]he )?" +
        @"(?<body>[A-Z][\p{L}’'-]*(?:(?:, [A-Z][\p{L}’'-]*(?=,| &| and))|(?: &| and| of| for)? [A-Z][\p{L}’'-]*)*(?: (?:[Cc]ommittee|[Rr]egion|[Nn]etwork|[Bb]oard|[Gg]roup))?)";

    private static readonly HashSet<string> IgnoredInBodyNames = new(["the", "The", "ADCS", "Policy", "policy"], StringComparer.Ordinal);

    /// <summary>The office a match of <see cref="DirectorOf"/> or <see cref="PostOf"/> names; acronyms the dumps define are spelled out.</summary>
    public static Office? Of(Match match, IReadOnlyDictionary<string, string> acronyms)
    {
        if (match.Groups["body"].Success && match.Groups["body"].Length > 0)
        {
            var role = match.Groups["role"].Value;
            var body = match.Groups["body"].Value;
            var spelledOut = Words(body).Where(w => !IgnoredInBodyNames.Contains(w) && acronyms.ContainsKey(w)).Select(a => $"{a}: {acronyms[a]}").ToList();
            var title = spelledOut.Count == 0 ? $"{role} of the {body}" : $"{role} of the {body} ({string.Join(", ", spelledOut)})";
            return new Office(OfficeKind.Post, $"{role.ToLowerInvariant()} of {BodyKey(body, acronyms)}", title);
        }

        return match.Groups["place"].Success ? Office.Director(match.Groups["place"].Value) : null;
    }

    /// <summary>"Standards, Performance &amp; Inspection (SPI)": an acronym the text defines, whose letters start the words before it.</summary>
    public static IEnumerable<(string Acronym, string Meaning)> Acronyms(string text)
    {
        foreach (Match m in AcronymDefinition().Matches(text))
        {
            var acronym = m.Groups["acronym"].Value;
            var words = m.Groups["words"].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsUpper(w[0]))
                .ToList();
            if (words.Count >= acronym.Length && string.Concat(words[^acronym.Length..].Select(w => w[0])) == acronym)
            {
                var first = m.Groups["words"].Value.LastIndexOf(words[^acronym.Length], StringComparison.Ordinal);
                yield return (acronym, m.Groups["words"].Value[first..].Trim());
            }
        }
    }

    public static string Place(string place) =>
        AuthorityKind().Replace(place, "").Replace(" and ", " & ", StringComparison.Ordinal).Trim();

    /// <summary>"ADCS Resources &amp; Sustainability Policy Committee" and "Resources and Sustainability Policy Committee" are one body.</summary>
    private static string BodyKey(string body, IReadOnlyDictionary<string, string> acronyms) =>
        string.Join(' ', Words(body)
            .Where(w => !IgnoredInBodyNames.Contains(w))
            .SelectMany(w => acronyms.TryGetValue(w, out var meaning) ? Words(meaning) : [w])
            .Select(w => w == "&" ? "and" : w.ToLowerInvariant()));

    private static string[] Words(string text) => text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"(?<words>(?:[A-Z][\p{L}’'-]*,? (?:(?:&|and|of|for) )?){2,8})\((?<acronym>[A-Z]{2,6})\)")]
    private static partial Regex AcronymDefinition();

    [GeneratedRegex(@"\b(?:Metropolitan Borough|County Council|City Council|Borough Council|Council|LBC)\b| City$")]
    private static partial Regex AuthorityKind();
}
