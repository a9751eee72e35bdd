using System.Buffers;
using Scriban.Runtime;

namespace AdcsSite.Generator.Outputs;

/// <summary>
/// A file whose bytes are computed by code (search index, .nojekyll) or copied (theme assets): in one piece, or in
/// <paramref name="Chunks"/> made one at a time as they are written, so that a large file never sits whole in memory.
/// </summary>
public sealed record DataOutput(string Path, string Origin, Func<IEnumerable<ReadOnlyMemory<byte>>> Chunks) : OutputFile(Path, Origin)
{
    public DataOutput(string path, string origin, Func<ReadOnlyMemory<byte>> bytes)
        : this(path, origin, () => [bytes()])
    {
    }

    /// <summary>The whole file in one piece, for a caller that serves it rather than writes it.</summary>
    public ReadOnlyMemory<byte> Bytes() => Join(Chunks());

    public static ReadOnlyMemory<byte> Join(IEnumerable<ReadOnlyMemory<byte>> chunks)
    {
        var whole = new ArrayBufferWriter<byte>();
        foreach (var chunk in chunks)
        {
            whole.Write(chunk.Span);
        }

        return whole.WrittenMemory;
    }
}
