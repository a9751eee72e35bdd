using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>Recognises the lines in which a piece names its writer: a byline, or a sign-off at the end.</summary>
public static partial class SignOff
{
    /// <summary>How far from the end a sign-off may sit: after it may come a note such as "The essays can be downloaded here".</summary>
    private const int SignOffReach = 3;

    private const int LongestSignOff = 300;

    /// <summary>"Jon Bunn, senior reporter" or "Mark Rogers is executive director of Collaborate", among the last paragraphs.</summary>
    public static AuthorCredit? FindAtEnd(IReadOnlyList<string> lines)
    {
        var paragraphs = lines.Where(line => line.Length > 0).ToList();
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - SignOffReach); i--)
        {
            if (Read(paragraphs[i]) is { } credit)
            {
                return credit;
            }
        }

        return null;
    }

    public static AuthorCredit? Read(string line)
    {
        if (line.Length > LongestSignOff)
        {
            return null;
        }

        if (NameIsRole().Match(line) is { Success: true } described && IsRole(described.Groups["role"].Value))
        {
            // "X is a; b; c": the first clause is the role, the rest is biography.
            var role = described.Groups["role"].Value.Split(';')[0].Trim();
            return new AuthorCredit(described.Groups["name"].Value, role, $"sign-off: \"{line}\"", Bio: line);
        }

        return NameCommaRole().Match(line) is { Success: true } signed && IsRole(signed.Groups["role"].Value)
            ? new AuthorCredit(signed.Groups["name"].Value, signed.Groups["role"].Value, $"sign-off: \"{line}\"")
            : null;
    }

    /// <summary>A line that is only a person's name, as in a byline under a title: "Lauren Higgs".</summary>
    public static bool IsPersonName(string line) => PersonName().IsMatch(line);

    /// <summary>"senior reporter", "executive director of Collaborate": what follows a name must name a post someone holds.</summary>
    private static bool IsRole(string text) => RoleNoun().IsMatch(text);

    /// <summary>Two or three capitalised words ("Alison O’Sullivan"), the first not a word that starts sentences ("If SLI is …").</summary>
    private const string Name = @"(?<name>(?!(?:If|The|This|That|It|We|Our|My|When|As|But|And|So|In|On|At|For|What|Why|How)\b)[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?(?: (?:[A-Z][a-z]*[’'-])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?){1,2})";

    [GeneratedRegex(@"\b(?:director|reporter|correspondent|editor|journalist|writer|president|member|chair|chief|head|officer|executive|manager|commissioner|minister|professor|lead|adviser|consultant)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();

    [GeneratedRegex($@"^{Name}$")]
    private static partial Regex PersonName();

    [GeneratedRegex($@"^{Name} is (?:an? |the )?(?<role>[a-zA-Z][^.!?]*?)\.?$")]
    private static partial Regex NameIsRole();

    /// <summary>The role starts in lower case ("senior reporter", "president, ..."): a capital would be another name or a sentence.</summary>
    [GeneratedRegex($@"^{Name}, (?<role>[a-z][^.!?]*)$")]
    private static partial Regex NameCommaRole();
}
