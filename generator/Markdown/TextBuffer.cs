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
