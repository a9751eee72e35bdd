using System.Buffers;

namespace AdcsSite.Generator.Markdown;

/// <summary>Plain text as search and summaries use it: words separated by single spaces, no whitespace at either end.</summary>
internal static class PlainText
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(EveryWhitespaceCharacter());

    /// <summary>
    /// Collapses <paramref name="text"/> in place. Gives its new length, how many words it has, and the length of its
    /// first <paramref name="leadWords"/> words, or -1 when it has no more words than that.
    /// </summary>
    public static (int Length, int Words, int LeadLength) Collapse(Span<char> text, int leadWords)
    {
        var (written, words, leadLength) = (0, 0, -1);
        var read = text.IndexOfAnyExcept(Whitespace);
        while (read >= 0)
        {
            var wordLength = text[read..].IndexOfAny(Whitespace) is var end and >= 0 ? end : text.Length - read;
            if (words > 0)
            {
                leadLength = words == leadWords ? written : leadLength;
                text[written++] = ' ';
            }

            text.Slice(read, wordLength).CopyTo(text[written..]);
            written += wordLength;
            words++;
            read += wordLength;
            read = text[read..].IndexOfAnyExcept(Whitespace) is var gap and >= 0 ? read + gap : -1;
        }

        return (written, words, leadLength);
    }

    private static string EveryWhitespaceCharacter()
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
}
