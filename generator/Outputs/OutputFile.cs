using System.Buffers;
using AdcsSite.Generator.Content;
using Scriban.Runtime;

namespace AdcsSite.Generator.Outputs;

/// <summary>One file the site will contain. <see cref="Origin"/> says what asked for it, for collision messages.</summary>
/// <param name="Path">A path on the site: "posts/a/" for a folder's index page, or a file such as "feed.xml".</param>
public abstract record OutputFile(string Path, string Origin)
{
    /// <summary>Where the file goes, relative to the output folder: every output path passes the one check that keeps it inside the site.</summary>
    public string Path { get; } = SitePath.OutputPath(Path, Origin);
}

/// <summary>A page or document made by a theme layout; pages are wrapped in the site shell when <paramref name="WrapIn"/> is set.</summary>
public sealed record TemplateOutput(string Path, string Origin, string Layout, string? WrapIn, Func<ScriptObject> Model) : OutputFile(Path, Origin);

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
