using System.Text;
using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>
/// Turns an article's source lines into Markdown: every line a paragraph (a line broken mid-sentence is rejoined),
/// all-capitals lines (in sentence case) and runs of short title-like lines become "##" headings, bullet, numbered and
/// lettered lines become lists, and a paragraph printed twice (standfirsts, pull quotes) appears once.
/// </summary>
public static partial class MarkdownStructurer
{
    /// <summary>Longer all-capitals lines are shouted sentences, not section headings.</summary>
    private const int LongestHeading = 80;

    /// <summary>A mixed-case subheading is a short line; one alone could be a quip, so it takes two in an article.</summary>
    private const int LongestSubheading = 50;

    private const int FewestSubheadings = 2;

    /// <summary>What follows a subheading is a section's real paragraph, not another short line.</summary>
    private const int ShortestSectionOpening = 100;

    private enum Kind
    {
        Paragraph,
        Heading,
        Bullet,
        Numbered,
        Lettered,
    }

    private sealed record Block(Kind Kind, string Text);

    public static string ToMarkdown(IReadOnlyList<string> lines)
    {
        var markdown = new StringBuilder();
        Kind? previous = null;
        foreach (var block in Structure(lines))
        {
            var continuesList = previous == block.Kind && block.Kind is Kind.Bullet or Kind.Numbered or Kind.Lettered;
            markdown.Append(markdown.Length == 0 ? "" : continuesList ? "\n" : "\n\n");
            markdown.Append(Render(block));
            previous = block.Kind;
        }

        return markdown.Append('\n').ToString();
    }

    /// <summary>The article's paragraphs as plain text, in order, without headings or list items.</summary>
    public static IEnumerable<string> Paragraphs(IReadOnlyList<string> lines) =>
        Structure(lines).Where(b => b.Kind == Kind.Paragraph).Select(b => b.Text);

    private static IEnumerable<Block> Structure(IReadOnlyList<string> lines) => SentenceCaseLabels([.. Deduplicate(PromoteSubheadings(Classify(lines)))]);

    private static IEnumerable<Block> SentenceCaseLabels(List<Block> blocks)
    {
        var text = blocks.Where(b => b.Kind != Kind.Heading).Select(b => b.Text).ToList();
        return blocks.Select(b => b.Kind == Kind.Heading && DumpText.IsAllCapitals(b.Text) ? b with { Text = HeadingCase.ToSentenceCase(b.Text, text) } : b);
    }

    private static List<Block> Classify(IReadOnlyList<string> lines)
    {
        var blocks = new List<Block>();
        var afterBlank = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                afterBlank = true;
                continue;
            }

            if (!afterBlank && blocks is [.., { Kind: Kind.Paragraph } last] && IsContinuation(last.Text, line))
            {
                blocks[^1] = last with { Text = $"{last.Text} {line}" };
            }
            else
            {
                blocks.Add(ClassifyLine(lines, i));
            }

            afterBlank = false;
        }

        return blocks;
    }

    private static Block ClassifyLine(IReadOnlyList<string> lines, int i)
    {
        var line = lines[i];
        if (DumpText.IsAllCapitals(line) && line.Length <= LongestHeading)
        {
            return new Block(Kind.Heading, line);
        }

        if (line.StartsWith('•'))
        {
            return new Block(Kind.Bullet, line[1..].TrimStart());
        }

        // "-" and "*" also open attributions ("- Theodore Roosevelt") and footnotes ("* I hope…"): only a run is a list.
        if (AsciiBullet().Match(line) is { Success: true } bullet && IsInRun(lines, i, AsciiBullet()))
        {
            return new Block(Kind.Bullet, bullet.Groups["text"].Value);
        }

        if (NumberedItem().IsMatch(line))
        {
            return new Block(Kind.Numbered, line);
        }

        return LetteredItem().Match(line) is { Success: true } lettered && IsLetterSequence(lines, i)
            ? new Block(Kind.Lettered, line)
            : new Block(Kind.Paragraph, line);
    }

    /// <summary>
    /// "Skills and capacities", "So what are ACEs?": short lines between paragraphs that do not end like a sentence,
    /// when an article has several of them, are its section headings.
    /// </summary>
    private static List<Block> PromoteSubheadings(List<Block> blocks)
    {
        var subheadings = Enumerable.Range(1, Math.Max(0, blocks.Count - 2))
            .Where(i => IsSubheadingLike(blocks[i]) && blocks[i - 1].Kind != Kind.Heading && blocks[i + 1] is { Kind: Kind.Paragraph, Text.Length: >= ShortestSectionOpening })
            .ToHashSet();
        return subheadings.Count < FewestSubheadings
            ? blocks
            : [.. blocks.Select((block, i) => subheadings.Contains(i) ? block with { Kind = Kind.Heading } : block)];
    }

    private static bool IsSubheadingLike(Block block) =>
        block is { Kind: Kind.Paragraph, Text.Length: <= LongestSubheading }
        && char.IsUpper(block.Text[0])
        && !block.Text.Any(char.IsDigit)
        && !".!:;,…\"”’)".Contains(block.Text[^1])
        && !block.Text.Contains(". ", StringComparison.Ordinal)
        && SignOff.Read(block.Text) is null;

    /// <summary>A line that goes on mid-sentence: the previous one stops without punctuation and this one starts in lower case.</summary>
    private static bool IsContinuation(string previous, string line) =>
        char.IsLower(line[0]) && !".!?:;…\"”’)".Contains(previous[^1]);

    private static bool IsInRun(IReadOnlyList<string> lines, int i, Regex item)
    {
        var before = DumpText.PreviousNonBlank(lines, i - 1);
        var after = DumpText.NextNonBlank(lines, i + 1);
        return (before >= 0 && item.IsMatch(lines[before])) || (after >= 0 && item.IsMatch(lines[after]));
    }

    /// <summary>"a." next to "b." (or "b." after "a."): a single "a." line is more likely a sentence starting with "a".</summary>
    private static bool IsLetterSequence(IReadOnlyList<string> lines, int i)
    {
        var letter = lines[i][0];
        var before = DumpText.PreviousNonBlank(lines, i - 1);
        var after = DumpText.NextNonBlank(lines, i + 1);
        return (before >= 0 && lines[before].StartsWith($"{(char)(letter - 1)}. ", StringComparison.Ordinal))
            || (after >= 0 && lines[after].StartsWith($"{(char)(letter + 1)}. ", StringComparison.Ordinal));
    }

    /// <summary>Drops a paragraph the source printed again: a caption or standfirst twice in a row, a pull quote lifted from the text.</summary>
    private static IEnumerable<Block> Deduplicate(List<Block> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return blocks.Where(block => block.Kind != Kind.Paragraph || seen.Add(block.Text));
    }

    private static string Render(Block block) => block.Kind switch
    {
        Kind.Heading => $"## {block.Text}",
        Kind.Bullet => $"- {EscapeLineStart(block.Text)}",
        Kind.Numbered => block.Text,
        // Markdown has no lettered lists; a bullet keeps the list and the escaped "a\." keeps the letter as text.
        Kind.Lettered => $"- {block.Text[0]}\\.{block.Text[2..]}",
        _ => EscapeLineStart(block.Text),
    };

    /// <summary>Escapes a first character that Markdown would read as block syntax, so the text stays text.</summary>
    private static string EscapeLineStart(string text) =>
        BlockSyntaxStart().IsMatch(text) ? $"\\{text}" : NumberedItem().IsMatch(text) ? NumberedDot().Replace(text, @"$1\.", 1) : text;

    [GeneratedRegex(@"^[-*]\s+(?<text>\S.*)$")]
    private static partial Regex AsciiBullet();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+\S")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(\d{1,2})\.")]
    private static partial Regex NumberedDot();

    [GeneratedRegex(@"^[a-z]\.\s+\S")]
    private static partial Regex LetteredItem();

    [GeneratedRegex(@"^([#>+=*_-]|\|)")]
    private static partial Regex BlockSyntaxStart();
}
