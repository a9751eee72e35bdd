using System.Text;

namespace AdcsSite.Generator.Content;

/// <summary>
/// Text encoded to UTF-8 as it is written, into a buffer that one thread reuses for every page or body it renders.
/// Building a string per page and encoding it again made gigabytes of garbage in a build of 10,000 posts.
/// </summary>
public sealed class Utf8Buffer
{
    private byte[] buffer = new byte[64 * 1024];
    private int length;

    /// <summary>What has been written since the last <see cref="Clear"/>; valid until the next write.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <inheritdoc cref="Written"/>
    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, length);

    public void Write(ReadOnlySpan<char> text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
    }

    public void Write(ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(buffer.AsSpan(length));
        length += utf8.Length;
    }

    public void Clear() => length = 0;

    private void Reserve(int count)
    {
        if (buffer.Length - length < count)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + count));
        }
    }
}
