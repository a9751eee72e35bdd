using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>Decides whether a published title was cut short, and makes a title for a piece that has none.</summary>
public static partial class TitleRules
{
    /// <summary>The blog's source site cut long titles at about 60 characters, at a word boundary, and appended "...".</summary>
    public const int SourceCutLength = 60;

    /// <summary>Titles shorter than this with "..." are not near the cut, so their ellipsis is the writer's.</summary>
    private const int NearCutLength = SourceCutLength - 8;

    private const string CutMarker = "...";

    /// <summary>
    /// A title ending in exactly "..." was cut when it is near the source's cut length, or when the article's
    /// opening sentence begins with it and carries on (the source site titled some posts with their first words).
    /// </summary>
    public static bool IsTruncated(string title, string openingParagraph)
    {
        if (!title.EndsWith(CutMarker, StringComparison.Ordinal) || title.EndsWith(CutMarker + ".", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = title[..^CutMarker.Length].TrimEnd();
        return stem.Length >= NearCutLength
            || (openingParagraph.StartsWith(stem, StringComparison.Ordinal) && openingParagraph.Length > stem.Length && char.IsWhiteSpace(openingParagraph[stem.Length]));
    }

    /// <summary>A title for an untitled piece: its first sentence, cut at a word boundary the way the source site cuts.</summary>
    public static string DeriveFromOpening(string openingParagraph)
    {
        var sentence = FirstSentence(openingParagraph);
        if (sentence.Length <= SourceCutLength)
        {
            return sentence.TrimEnd('.');
        }

        var cut = sentence.LastIndexOf(' ', SourceCutLength);
        return sentence[..(cut > 0 ? cut : SourceCutLength)].TrimEnd(',', ';', ':', ' ') + CutMarker;
    }

    /// <summary>The paragraph split after '.', '!' or '?' (and any closing quote) where the next word starts with a capital or a quote.</summary>
    public static IReadOnlyList<string> Sentences(string paragraph) => SentenceBreak().Split(paragraph);

    public static string FirstSentence(string paragraph) => Sentences(paragraph)[0];

    public static string LastSentence(string paragraph) => Sentences(paragraph)[^1];

    [GeneratedRegex(@"(?<=[.!?][”’""]?)\s+(?=[A-Z“‘""])")]
    private static partial Regex SentenceBreak();
}
