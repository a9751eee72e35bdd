using System.Collections.Concurrent;
using AdcsSite.Generator.Content;
using Microsoft.Win32.SafeHandles;

namespace AdcsSite.Generator.Publishing;

/// <summary>
/// Writes the site into a staging folder beside the output folder and swaps the two only on <see cref="Commit"/>,
/// so a failed or interrupted build leaves the previous site exactly as it was.
/// </summary>
public sealed class DiskOutputSink : IOutputSink
{
    private readonly string output;
    private readonly string staging;
    // Folders to themselves: a dictionary of references shares code the framework has precompiled.
    private readonly ConcurrentDictionary<string, string> createdFolders = new(StringComparer.Ordinal);
    private bool committed;

    public DiskOutputSink(string outputFolder)
    {
        output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(output))
        {
            throw new SiteException(Diagnostic.Error(output, 0, 0, "the output path is a file, not a folder; remove it or choose another --output"));
        }

        var parent = Path.GetDirectoryName(output) ?? ".";
        staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            DeleteIfExists(staging);
            Directory.CreateDirectory(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteException(Diagnostic.Error(output, 0, 0, $"cannot write beside the output folder: {e.Message}"));
        }
    }

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        // One open and one write call per file: no stream buffering, since every file is written whole.
        using var file = Create(path);
        RandomAccess.Write(file, content, fileOffset: 0);
    }

    public void Write(string path, IEnumerable<ReadOnlyMemory<byte>> chunks)
    {
        using var file = Create(path);
        var offset = 0L;
        foreach (var chunk in chunks)
        {
            RandomAccess.Write(file, chunk.Span, offset);
            offset += chunk.Length;
        }
    }

    private SafeFileHandle Create(string path)
    {
        var full = Path.GetFullPath(path, staging);
        // A second line of defence behind SitePath: whatever a caller hands over, nothing is written outside staging.
        if (!full.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new SiteException(Diagnostic.Error(path, 0, 0, "refused: this path resolves outside the output folder"));
        }

        // The folder is recorded only once it exists, so a thread that finds it recorded can write into it.
        createdFolders.GetOrAdd(Path.GetDirectoryName(full)!, static folder =>
        {
            Directory.CreateDirectory(folder);
            return folder;
        });

        return File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
    }

    public void Commit()
    {
        var previous = $"{staging}.previous";
        DeleteIfExists(previous);
        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        committed = true;
        DeleteIfExists(previous);
    }

    public void Dispose()
    {
        if (!committed)
        {
            DeleteIfExists(staging);
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
