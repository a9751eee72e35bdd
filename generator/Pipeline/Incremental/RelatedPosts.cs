using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Pipeline.Incremental;

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
