using System.Buffers;
using System.Text;

namespace AdcsSite.Generator.Markdown;

/// <summary>
/// What Markdig renders, collected in one array that a thread reuses for every body. Markdig writes in small pieces (a
/// tag, a word, an entity): encoding or scanning each piece as it came cost more than rendering it, so the text is
/// encoded, or collapsed into plain text, once and whole when the body is done.
/// </summary>
internal sealed class TextBuffer : TextWriter
{
    private char[] chars = new char[16 * 1024];
    private int length;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>What has been written since the last <see cref="Clear"/>; valid until the next write.</summary>
    public Span<char> Written => chars.AsSpan(0, length);

    public void Clear() => length = 0;

    public override void Write(char value)
    {
        Reserve(1);
        chars[length++] = value;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        buffer.CopyTo(chars.AsSpan(length));
        length += buffer.Length;
    }

    private void Reserve(int count)
    {
        if (chars.Length - length < count)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + count));
        }
    }
}

/// <summary>Plain text as search and summaries use it: words separated by single spaces, no whitespace at either end.</summary>
internal static class PlainText
{
    private static readonly SearchValues<char> Whitespace =
        SearchValues.Create([.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

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
}
