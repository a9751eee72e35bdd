using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// A template's output encoded to UTF-8 as it is written, into a buffer that one thread reuses for every page.
/// Building a string per page and encoding it again made gigabytes of garbage in a build of 10,000 posts.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    /// <summary>What has been written since the buffer was last reset.</summary>
    public ArrayBufferWriter<byte> Bytes { get; } = new(64 * 1024);

    public void Write(string text, int offset, int count)
    {
        // Room for the longest encoding, so the text is encoded in one pass without counting its bytes first.
        var room = Bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(count));
        Bytes.Advance(Encoding.UTF8.GetBytes(text.AsSpan(offset, count), room));
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// <see cref="Scriban.Template.Render(Scriban.TemplateContext)"/> returns its output's text; pages are taken from
    /// <see cref="Bytes"/> instead, so none is made.
    /// </summary>
    public override string ToString() => string.Empty;
}
