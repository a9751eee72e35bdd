using System.Buffers;

namespace AdcsSite.Generator.Markdown;

/// <summary>Plain text as search and summaries use it: words separated by single spaces, no whitespace at either end.</summary>
internal static class PlainText
{
    private static readonly string EveryWhitespaceCharacter = WhitespaceCharacters();

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(EveryWhitespaceCharacter);

    private static readonly SearchValues<char> WhitespaceButSpace = SearchValues.Create(EveryWhitespaceCharacter.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>
    /// Collapses <paramref name="text"/> in place. Gives its new length, how many words it has, and the length of its
    /// first <paramref name="leadWords"/> words, or -1 when it has no more words than that.
    /// </summary>
    /// <remarks>
    /// Rendered text is mostly words between single spaces already, so only the other runs of whitespace (the line
    /// breaks between blocks, mostly) are looked for, with vector searches, and the text between them is moved whole;
    /// the words are then counted by their spaces. Finding each word's end instead cost three searches a word.
    /// </remarks>
    public static (int Length, int Words, int LeadLength) Collapse(Span<char> text, int leadWords)
    {
        var read = text.IndexOfAnyExcept(Whitespace);
        if (read < 0)
        {
            return (0, 0, -1);
        }

        var runs = new Runs(text[..(text.LastIndexOfAnyExcept(Whitespace) + 1)]);
        var written = 0;
        while (runs.Next(read) is var runStart and >= 0)
        {
            text[read..runStart].CopyTo(text[written..]);
            written += runStart - read;
            text[written++] = ' ';
            read = runStart + text[runStart..].IndexOfAnyExcept(Whitespace);
        }

        text[read..runs.End].CopyTo(text[written..]);
        written += runs.End - read;
        var collapsed = text[..written];
        var words = collapsed.Count(' ') + 1;
        return (written, words, leadWords > 0 && words > leadWords ? NthSpace(collapsed, leadWords) : -1);
    }

    private static int NthSpace(ReadOnlySpan<char> text, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++)
        {
            at += text[(at + 1)..].IndexOf(' ') + 1;
        }

        return at;
    }

    private static string WhitespaceCharacters()
    {
        var whitespace = new System.Text.StringBuilder();
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                whitespace.Append((char)c);
            }
        }

        return whitespace.ToString();
    }

    /// <summary>
    /// The runs of whitespace in a text (which starts and ends with a word) that are not a single space, in order.
    /// Each kind of run is searched for again only once passed, so the text is searched through about twice in all.
    /// </summary>
    private ref struct Runs(ReadOnlySpan<char> text)
    {
        private const int None = int.MaxValue;

        private readonly ReadOnlySpan<char> text = text;

        // Where the next of each kind was found; -1 before the first search.
        private int other = -1;
        private int spaces = -1;

        public readonly int End => text.Length;

        /// <summary>Where the next such run at or after <paramref name="from"/> starts, or -1.</summary>
        public int Next(int from)
        {
            if (other < from)
            {
                other = At(from, text[from..].IndexOfAny(WhitespaceButSpace));
            }

            if (spaces < from)
            {
                spaces = At(from, text[from..].IndexOf("  ", StringComparison.Ordinal));
            }

            var first = Math.Min(other, spaces);
            // A single space before a line break is where their run starts; two spaces are found where theirs does.
            return first == None ? -1 : text[first - 1] == ' ' ? first - 1 : first;
        }

        private static int At(int from, int found) => found < 0 ? None : from + found;
    }
}
