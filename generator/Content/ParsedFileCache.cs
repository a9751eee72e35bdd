using System.Collections.Concurrent;

namespace AdcsSite.Generator.Content;

/// <summary>
/// Parsed posts and pages kept between loads of the same input folder, keyed by path relative to it.
/// The owner (the preview server's watcher) knows which files changed and says so with <see cref="Forget"/>;
/// checking every file's stamp instead would cost a disk round trip per post on every rebuild.
/// </summary>
public sealed class ParsedFileCache
{
    private readonly ConcurrentDictionary<string, object> entries = new(StringComparer.Ordinal);

    /// <summary>Drops what is known about these paths; a folder path drops everything under it, "" drops all.</summary>
    public void Forget(IEnumerable<string> paths)
    {
        foreach (var key in Under(entries.Keys, paths))
        {
            entries.TryRemove(key, out _);
        }
    }

    /// <summary>The <paramref name="keys"/> that are one of <paramref name="paths"/> or lie under one of them.</summary>
    internal static List<string> Under(IEnumerable<string> keys, IEnumerable<string> paths)
    {
        var folders = paths.Select(path => (path, Folder: path.Length == 0 ? "" : path.TrimEnd('/') + "/")).ToList();
        return [.. keys.Where(k => folders.Any(f => k == f.path || k.StartsWith(f.Folder, StringComparison.Ordinal)))];
    }

    internal T GetOrParse<T>(string path, Func<T> parse)
        where T : notnull =>
        (T)entries.GetOrAdd(path, _ => parse());
}
