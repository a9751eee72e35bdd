using System.Buffers;
using System.Text;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Markdown;

/// <summary>
/// Markdig's HTML straight into UTF-8, the form it is kept and written in (see <see cref="Utf8Buffer"/>). Markdig
/// writes single characters only for markup, which is ASCII, so no surrogate pair is ever split across writes.
/// </summary>
internal sealed class Utf8TextWriter : TextWriter
{
    public Utf8Buffer Buffer { get; } = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Buffer.Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Buffer.Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Buffer.Write(value);

    public override void Write(ReadOnlySpan<char> buffer) => Buffer.Write(buffer);
}

/// <summary>
/// A body's plain text as search and summaries use it: words separated by single spaces, without leading or trailing
/// whitespace, encoded to UTF-8 as they are written, counted, and the first <paramref name="leadWords"/> kept as its lead.
/// </summary>
internal sealed class PlainTextWriter(int leadWords) : TextWriter
{
    private static readonly SearchValues<char> Whitespace =
        SearchValues.Create([.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    private readonly Utf8Buffer text = new();
    private bool afterWhitespace;
    private int spaces;
    private int leadLength = -1;

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<byte> Text => text.Written;

    public int WordCount => text.Written.IsEmpty ? 0 : spaces + 1;

    /// <summary>The first <c>leadWords</c> words, with an ellipsis when the text goes on.</summary>
    public string Lead => leadLength < 0 ? Encoding.UTF8.GetString(text.Written) : Encoding.UTF8.GetString(text.Written[..leadLength]) + "…";

    public void Clear()
    {
        text.Clear();
        afterWhitespace = false;
        spaces = 0;
        leadLength = -1;
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var rest = buffer;
        while (!rest.IsEmpty)
        {
            var wordLength = rest.IndexOfAny(Whitespace);
            if (wordLength != 0)
            {
                var word = wordLength < 0 ? rest : rest[..wordLength];
                if (afterWhitespace && !text.Written.IsEmpty)
                {
                    spaces++;
                    if (spaces == leadWords)
                    {
                        leadLength = text.Written.Length;
                    }

                    text.Write(" ");
                }

                afterWhitespace = false;
                text.Write(word);
                rest = rest[word.Length..];
            }

            // Whatever remains starts with whitespace.
            var nextWord = rest.IndexOfAnyExcept(Whitespace);
            afterWhitespace |= !rest.IsEmpty;
            rest = nextWord < 0 ? [] : rest[nextWord..];
        }
    }
}
