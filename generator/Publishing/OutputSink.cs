using System.Collections.Concurrent;
using AdcsSite.Generator.Outputs;

namespace AdcsSite.Generator.Publishing;

/// <summary>
/// The one door out: every file of a build is written through a sink, and nothing is visible until
/// <see cref="Commit"/>. A build that fails simply never commits.
/// </summary>
public interface IOutputSink : IDisposable
{
    /// <summary>Writes one file; <paramref name="path"/> is '/'-separated and relative to the site root. Safe to call from many threads.</summary>
    void Write(string path, ReadOnlySpan<byte> content);

    /// <summary>Writes one file whose bytes the caller hands over: it will not change them afterwards.</summary>
    void Write(string path, byte[] content) => Write(path, content.AsSpan());

    /// <summary>Writes one file made of <paramref name="chunks"/> in order; each chunk is valid only until the next is asked for.</summary>
    void Write(string path, IEnumerable<ReadOnlyMemory<byte>> chunks) => Write(path, DataOutput.Join(chunks).Span);

    /// <summary>Makes everything written visible at once, replacing the previous site.</summary>
    void Commit();
}

/// <summary>Keeps the site in memory: for tests and for the preview server.</summary>
public sealed class MemoryOutputSink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> pending = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files { get; private set; } = new Dictionary<string, byte[]>();

    public void Write(string path, ReadOnlySpan<byte> content) => pending[path] = content.ToArray();

    // Kept as given: a rendered page is not copied again.
    public void Write(string path, byte[] content) => pending[path] = content;

    public void Commit() => Files = new Dictionary<string, byte[]>(pending, StringComparer.Ordinal);

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);

    public void Dispose()
    {
    }
}
