using System.Runtime.InteropServices;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Archives;

public sealed record MonthGroup(int Year, int Month, IReadOnlyList<Post> Posts);

public sealed record YearGroup(int Year, IReadOnlyList<MonthGroup> Months)
{
    public int Count => Months.Sum(m => m.Posts.Count);
}

/// <summary>Groupings of posts for archive pages. Pure; input posts are newest first and so is every group.</summary>
public static class PostGroups
{
    /// <summary>Posts per term id, in one pass over the posts.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Post>> ByTerm(IReadOnlyList<Post> posts, Func<Post, IReadOnlyList<string>> termsOf)
    {
        var groups = new Dictionary<string, List<Post>>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            foreach (var term in termsOf(post))
            {
                if (!groups.TryGetValue(term, out var list))
                {
                    groups[term] = list = [];
                }

                list.Add(post);
            }
        }

        return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<Post>)g.Value, StringComparer.Ordinal);
    }

    /// <summary>Years newest first, each with its months newest first; dates are read in the site's time zone.</summary>
    public static IReadOnlyList<YearGroup> ByYearAndMonth(IReadOnlyList<Post> posts, TimeZoneInfo zone) =>
    [
        .. posts
            .GroupBy(p => TimeZoneInfo.ConvertTime(p.Date, zone).Year)
            .Select(year => new YearGroup(
                year.Key,
                [.. year.GroupBy(p => TimeZoneInfo.ConvertTime(p.Date, zone).Month)
                    .Select(month => new MonthGroup(year.Key, month.Key, [.. month]))]))
    ];

    /// <summary>
    /// Up to <paramref name="max"/> posts sharing the most tags with each post, ties broken by closeness in time.
    /// Uses a tag index so the work grows with tag overlaps, not with the square of the post count.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Post>> Related(IReadOnlyList<Post> posts, int max) =>
        PostsAt(posts, RelatedIndices(posts, max));

    /// <summary>For each list of indices, the posts at them.</summary>
    public static IReadOnlyList<IReadOnlyList<Post>> PostsAt(IReadOnlyList<Post> posts, int[][] indices) =>
        Array.ConvertAll(indices, IReadOnlyList<Post> (list) => Array.ConvertAll(list, i => posts[i]));

    /// <summary><see cref="Related"/> as indices into <paramref name="posts"/>.</summary>
    public static int[][] RelatedIndices(IReadOnlyList<Post> posts, int max)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            foreach (var tag in posts[i].TagIds)
            {
                if (!index.TryGetValue(tag, out var list))
                {
                    index[tag] = list = [];
                }

                list.Add(i);
            }
        }

        var result = new int[posts.Count][];

        // Each worker counts shared tags in one array it reuses, resetting only the entries it touched.
        Parallel.For(
            0,
            posts.Count,
            () => (Shared: new int[posts.Count], Touched: new List<int>()),
            (i, _, scratch) =>
            {
                foreach (var tag in posts[i].TagIds)
                {
                    foreach (var other in CollectionsMarshal.AsSpan(index[tag]))
                    {
                        if (other != i && scratch.Shared[other]++ == 0)
                        {
                            scratch.Touched.Add(other);
                        }
                    }
                }

                result[i] = Best(CollectionsMarshal.AsSpan(scratch.Touched), scratch.Shared, i, max);
                foreach (var other in scratch.Touched)
                {
                    scratch.Shared[other] = 0;
                }

                scratch.Touched.Clear();
                return scratch;
            },
            _ => { });
        return result;
    }

    /// <summary>The <paramref name="max"/> candidates sharing most tags, ties to the nearest in time (then the newer), by insertion into a short list.</summary>
    private static int[] Best(ReadOnlySpan<int> candidates, int[] shared, int self, int max)
    {
        var best = new int[max];
        var count = 0;
        foreach (var candidate in candidates)
        {
            // Most candidates share fewer tags than the last of a full list: one comparison turns them away.
            if (count == max && shared[candidate] < shared[best[max - 1]])
            {
                continue;
            }

            var at = count;
            while (at > 0 && Better(candidate, best[at - 1]))
            {
                at--;
            }

            if (at < max)
            {
                count = Math.Min(count + 1, max);
                best.AsSpan(at, count - at - 1).CopyTo(best.AsSpan(at + 1));
                best[at] = candidate;
            }
        }

        return count == max ? best : best[..count];

        bool Better(int a, int b) =>
            shared[a] != shared[b] ? shared[a] > shared[b]
            : Math.Abs(a - self) != Math.Abs(b - self) ? Math.Abs(a - self) < Math.Abs(b - self)
            : a < b;
    }
}
