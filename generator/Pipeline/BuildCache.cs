using System.Collections.Concurrent;
using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Pipeline;

/// <summary>
/// Work a long-running process (the preview server) keeps between builds of the same input and theme, so a
/// rebuild redoes only what changed. Its owner reports changes: <see cref="ForgetInput"/> for content files,
/// <see cref="ForgetTemplates"/> for layouts and partials, <see cref="Clear"/> for settings and data files
/// (they change how every post is read). A new cache makes a cold build. One build at a time may use it.
/// </summary>
public sealed class BuildCache
{
    public ParsedFileCache Parsed { get; } = new();

    internal ThemeTemplates? Templates { get; set; }

    internal RenderedBodies Bodies { get; } = new();

    internal RelatedPosts Related { get; } = new();

    internal PostViewCache Views { get; } = new();

    /// <param name="paths">Relative to the input folder; a folder stands for everything under it.</param>
    public void ForgetInput(IEnumerable<string> paths)
    {
        var changed = paths.ToList();
        Parsed.Forget(changed);
        Bodies.Forget(changed);
    }

    public void ForgetTemplates() => Templates = null;

    public void Clear()
    {
        Parsed.Forget([""]);
        ForgetTemplates();
        Bodies.Clear();
        Related.Clear();
        Views.Clear();
    }
}

/// <summary>
/// Related posts depend only on the order of the posts and their tags, which most edits leave alone; finding them
/// compares every pair of posts sharing a tag, the slowest part of grouping a large site.
/// </summary>
internal sealed class RelatedPosts
{
    private (int Max, string[] Paths, IReadOnlyList<string>[] Tags, int[][] Related)? last;

    public IReadOnlyList<IReadOnlyList<Post>> Of(IReadOnlyList<Post> posts, int max)
    {
        if (last is not { } known || known.Max != max || known.Paths.Length != posts.Count
            || !posts.Select((p, i) => p.SourcePath == known.Paths[i] && p.TagIds.SequenceEqual(known.Tags[i], StringComparer.Ordinal)).All(same => same))
        {
            known = (max, [.. posts.Select(p => p.SourcePath)], [.. posts.Select(p => p.TagIds)], PostGroups.RelatedIndices(posts, max));
            last = known;
        }

        return PostGroups.PostsAt(posts, known.Related);
    }

    public void Clear() => last = null;
}

/// <summary>
/// Rendered Markdown bodies by source path. One stays valid until its file is reported changed (the build does not keep
/// bodies to compare, see <see cref="Post"/>), while it is in a feed or not as before, and while every link target of
/// the site is the same: a link to another post renders that post's URL, so a new slug anywhere invalidates them all.
/// </summary>
internal sealed class RenderedBodies
{
    private readonly ConcurrentDictionary<string, ((int Line, bool InFeed) Key, RenderedMarkdown Value)> entries = new(StringComparer.Ordinal);
    private (string PathPrefix, string AbsolutePrefix, IReadOnlyDictionary<string, string> Targets)? links;

    public void KeepOnlyIfLinksAre(SiteUrls urls, IReadOnlyDictionary<string, string> urlOfSource)
    {
        if (links is not { } known || known.PathPrefix != urls.PathPrefix || known.AbsolutePrefix != urls.AbsolutePrefix || !SameTargets(known.Targets, urlOfSource))
        {
            entries.Clear();
        }

        links = (urls.PathPrefix, urls.AbsolutePrefix, urlOfSource);
    }

    public RenderedMarkdown GetOrRender(string path, (int Line, bool InFeed) key, Func<RenderedMarkdown> render)
    {
        if (entries.TryGetValue(path, out var entry) && entry.Key == key)
        {
            return entry.Value;
        }

        var value = render();
        entries[path] = (key, value);
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
}
