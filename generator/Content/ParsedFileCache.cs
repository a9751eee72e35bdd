using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace AdcsSite.Generator.Content;

/// <summary>
/// Parsed posts and pages kept between loads of the same input folder, keyed by path relative to it.
/// The owner (the preview server's watcher) knows which files changed and says so with <see cref="Forget"/>;
/// checking every file's stamp instead would cost a disk round trip per post on every rebuild.
/// </summary>
public sealed class ParsedFileCache
{
    private readonly ConcurrentDictionary<string, object> entries = new(StringComparer.Ordinal);

    /// <summary>
    /// Each parsed post with its terms as ids, as the last load made it. Handing out the same object while the ids
    /// are the same lets later stages remember what they made from it (see <see cref="Outputs.PostViewCache"/>).
    /// </summary>
    private readonly ConditionalWeakTable<Post, Post> withTermIds = [];

    /// <summary>Drops what is known about these paths; a folder path drops everything under it, "" drops all.</summary>
    public void Forget(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var folder = path.Length == 0 ? "" : path.TrimEnd('/') + "/";
            foreach (var key in entries.Keys.Where(k => k == path || k.StartsWith(folder, StringComparison.Ordinal)))
            {
                entries.TryRemove(key, out _);
            }
        }
    }

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

    internal T GetOrParse<T>(string path, Func<T> parse)
        where T : notnull =>
        (T)entries.GetOrAdd(path, _ => parse());
}
