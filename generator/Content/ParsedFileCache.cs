using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace AdcsSite.Generator.Content;

/// <summary>
/// Parsed posts and pages kept between loads of the same input folder, keyed by path relative to it, and the
/// listings of its folders. The owner (the preview server's watcher) knows which files changed and says so with
/// <see cref="Forget"/>; checking every file's stamp instead would cost a disk round trip per post on every rebuild.
/// </summary>
public sealed class ParsedFileCache
{
    private readonly ConcurrentDictionary<string, object> entries = new(StringComparer.Ordinal);

    /// <summary>
    /// Each parsed post with its terms as ids, as the last load made it. Handing out the same object while the ids
    /// are the same lets later stages remember what they made from it (the post views in Pipeline/Incremental).
    /// </summary>
    private readonly ConditionalWeakTable<Post, Post> withTermIds = [];

    private readonly ConcurrentDictionary<string, string[]> listings = new(StringComparer.Ordinal);

    /// <summary>The front matter each parse was made from, as written: a save that leaves it alone changed only the body.</summary>
    private readonly ConcurrentDictionary<string, string> frontMatter = new(StringComparer.Ordinal);

    /// <summary>Paths forgotten since the listings were made: each may be a file that was added or removed.</summary>
    private readonly ConcurrentQueue<string> forgottenSinceListed = new();

    /// <summary>Drops what is known about these paths; a folder path drops everything under it, "" drops all.</summary>
    public void Forget(IEnumerable<string> paths)
    {
        var forgotten = paths.ToList();
        foreach (var path in forgotten)
        {
            if (path.Length == 0)
            {
                listings.Clear();
            }

            forgottenSinceListed.Enqueue(path);
        }

        foreach (var key in Under(entries.Keys, forgotten))
        {
            entries.TryRemove(key, out _);
            frontMatter.TryRemove(key, out _);
        }
    }

    /// <summary>The <paramref name="keys"/> that are one of <paramref name="paths"/> or lie under one of them.</summary>
    internal static List<string> Under(IEnumerable<string> keys, IEnumerable<string> paths)
    {
        var folders = paths.Select(path => (path, Folder: path.Length == 0 ? "" : path.TrimEnd('/') + "/")).ToList();
        return [.. keys.Where(k => folders.Any(f => k == f.path || k.StartsWith(f.Folder, StringComparison.Ordinal)))];
    }

    /// <summary>
    /// The files under <paramref name="folder"/>: the last listing, unless a path forgotten since is not a file it
    /// holds that still exists (a new or deleted file, or a folder). Saving a post keeps the listing; listing ten
    /// thousand files again would cost more than re-reading the post.
    /// </summary>
    internal IReadOnlyList<string> Files(ISourceTree input, string folder)
    {
        var changed = new List<string>();
        while (forgottenSinceListed.TryDequeue(out var path))
        {
            changed.Add(path);
        }

        foreach (var (listed, files) in listings)
        {
            bool Affects(string path) => path == listed || path.StartsWith(listed + "/", StringComparison.Ordinal) || listed.StartsWith(path + "/", StringComparison.Ordinal);
            bool IsListedFile(string path) => Array.BinarySearch(files, path, StringComparer.Ordinal) >= 0 && input.Exists(path);
            if (changed.Where(Affects).Any(path => !IsListedFile(path)))
            {
                listings.TryRemove(listed, out _);
            }
        }

        return listings.GetOrAdd(folder, f => [.. input.Files(f)]);
    }

    internal void RememberFrontMatter(string path, string yaml) => frontMatter[path] = yaml;

    /// <summary>Whether the file at <paramref name="path"/> was parsed from exactly this front matter, so its parse still holds.</summary>
    internal bool HasFrontMatter(string path, string yaml) =>
        frontMatter.TryGetValue(path, out var known) && string.Equals(known, yaml, StringComparison.Ordinal);

    /// <summary><paramref name="parsed"/> with these term ids: itself when they are its own, else the same object as last time if the ids are too.</summary>
    internal Post WithTermIds(Post parsed, IReadOnlyList<string> tagIds, IReadOnlyList<string> authorIds)
    {
        if (Same(tagIds, parsed.TagIds) && Same(authorIds, parsed.AuthorIds))
        {
            return parsed;
        }

        if (withTermIds.TryGetValue(parsed, out var known) && Same(tagIds, known.TagIds) && Same(authorIds, known.AuthorIds))
        {
            return known;
        }

        var post = parsed with { TagIds = tagIds, AuthorIds = authorIds };
        withTermIds.AddOrUpdate(parsed, post);
        return post;

        static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal);
    }

    /// <summary>Each path's parse, made now (in parallel) only for the paths not parsed before; in the order of <paramref name="paths"/>.</summary>
    internal T[] GetOrParse<T>(IReadOnlyList<string> paths, Func<string, T> parse)
        where T : notnull
    {
        var results = new T[paths.Count];
        var missing = new int[paths.Count];
        var missingCount = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            if (entries.TryGetValue(paths[i], out var known))
            {
                results[i] = (T)known;
            }
            else
            {
                missing[missingCount++] = i;
            }
        }

        // Parallel.For, not ForEach over the positions: ForEach over ints is generic code over a value type, which the
        // build compiles when it first runs it (see build --verbose).
        Parallel.For(0, missingCount, m =>
        {
            var i = missing[m];
            entries[paths[i]] = results[i] = parse(paths[i]);
        });
        return results;
    }
}
