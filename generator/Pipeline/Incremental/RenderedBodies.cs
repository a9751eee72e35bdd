using System.Collections.Concurrent;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;

namespace AdcsSite.Generator.Pipeline.Incremental;

/// <summary>
/// Rendered Markdown bodies by source path. One stays valid until its file is reported changed (the build does not keep
/// bodies to compare, see <see cref="Post"/>), while it is in a feed or not as before, and while every link target of
/// the site is the same: a link to another post renders that post's URL, so a new slug anywhere invalidates them all.
/// </summary>
internal sealed class RenderedBodies
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private (string PathPrefix, string AbsolutePrefix, IReadOnlyDictionary<string, string> Targets)? links;

    public void KeepOnlyIfLinksAre(Permalinks permalinks, IReadOnlyDictionary<string, string> urlOfSource)
    {
        if (links is not { } known || known.PathPrefix != permalinks.PathPrefix || known.AbsolutePrefix != permalinks.AbsolutePrefix || !SameTargets(known.Targets, urlOfSource))
        {
            entries.Clear();
        }

        links = (permalinks.PathPrefix, permalinks.AbsolutePrefix, urlOfSource);
    }

    public RenderedMarkdown GetOrRender(string path, (int Line, bool InFeed) key, Func<RenderedMarkdown> render)
    {
        if (entries.TryGetValue(path, out var entry) && entry.Key == key)
        {
            return entry.Value;
        }

        var value = render();
        entries[path] = new Entry(key, value);
        return value;
    }

    /// <param name="paths">Files that changed, relative to the input folder; a folder stands for everything under it.</param>
    public void Forget(IEnumerable<string> paths)
    {
        foreach (var path in ParsedFileCache.Under(entries.Keys, paths))
        {
            entries.TryRemove(path, out _);
        }
    }

    public void Clear()
    {
        entries.Clear();
        links = null;
    }

    private static bool SameTargets(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var url) && url == kv.Value);

    // A class, not a tuple: generic code over a value type is compiled when the build first runs it (see build --verbose).
    private sealed record Entry((int Line, bool InFeed) Key, RenderedMarkdown Value);
}
