using System.Runtime.InteropServices;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Archives;

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

        // A loop, not ToDictionary: generic code over key-value pairs is compiled when the build first runs it.
        var byTerm = new Dictionary<string, IReadOnlyList<Post>>(groups.Count, StringComparer.Ordinal);
        foreach (var (term, list) in groups)
        {
            byTerm.Add(term, list);
        }

        return byTerm;
    }

    /// <summary>Years newest first, each with its months newest first; dates are read in the site's time zone.</summary>
    /// <remarks>
    /// Groups come in the order of their first post, as GroupBy would make them, but by loops: GroupBy over int keys
    /// is generic code over a value type, which the build compiles when it first runs it (see build --verbose).
    /// </remarks>
    public static IReadOnlyList<YearGroup> ByYearAndMonth(IReadOnlyList<Post> posts, TimeZoneInfo zone)
    {
        var years = new List<MonthsOfYear>();
        foreach (var post in posts)
        {
            var local = TimeZoneInfo.ConvertTime(post.Date, zone);
            var year = years.Find(y => y.Year == local.Year);
            if (year is null)
            {
                years.Add(year = new MonthsOfYear(local.Year));
            }

            var month = year.Months.Find(m => m.Month == local.Month);
            if (month is null)
            {
                year.Months.Add(month = new PostsOfMonth(local.Month));
            }

            month.Posts.Add(post);
        }

        return years.ConvertAll(y => new YearGroup(y.Year, y.Months.ConvertAll(m => new MonthGroup(y.Year, m.Month, m.Posts))));
    }

    private sealed record MonthsOfYear(int Year)
    {
        public List<PostsOfMonth> Months { get; } = [];
    }

    private sealed record PostsOfMonth(int Month)
    {
        public List<Post> Posts { get; } = [];
    }

    /// <summary>
    /// Up to <paramref name="max"/> posts sharing the most tags with each post, ties broken by closeness in time.
    /// Uses indexes of tags and of pairs of tags so the work grows with tag overlaps, not with the square of the post count.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Post>> Related(IReadOnlyList<Post> posts, int max) =>
        PostsAt(posts, RelatedIndices(posts, max));

    /// <summary>For each list of indices, the posts at them.</summary>
    public static IReadOnlyList<IReadOnlyList<Post>> PostsAt(IReadOnlyList<Post> posts, int[][] indices) =>
        Array.ConvertAll(indices, IReadOnlyList<Post> (list) =>
        {
            var found = new Post[list.Length];
            for (var i = 0; i < list.Length; i++)
            {
                found[i] = posts[list[i]];
            }

            return found;
        });

    /// <summary><see cref="Related"/> as indices into <paramref name="posts"/>.</summary>
    public static int[][] RelatedIndices(IReadOnlyList<Post> posts, int max)
    {
        // Posts sharing two tags or more with a post outrank all sharing one and are usually enough, so a post first
        // looks only at the few posts of its pairs of tags, and at every post of each of its tags only if it must.
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byPair = new Dictionary<(string, string), List<int>>();
        for (var i = 0; i < posts.Count; i++)
        {
            foreach (var tag in posts[i].TagIds)
            {
                Add(byTag, tag, i);
            }

            foreach (var pair in Pairs(posts[i].TagIds))
            {
                Add(byPair, pair, i);
            }
        }

        var result = new int[posts.Count][];
        Parallel.For(
            0,
            posts.Count,
            () => new SharedTagCounter(posts.Count),
            (i, _, counter) =>
            {
                // A post listed under more of this post's pairs shares more tags (s tags make s(s-1)/2 pairs), so
                // counting pairs ranks candidates as counting tags would.
                counter.Count(PostsOfPairs(posts[i].TagIds), i);
                if (counter.Touched.Count < max)
                {
                    counter.Reset();
                    counter.Count(posts[i].TagIds.Select(tag => byTag[tag]), i);
                }

                result[i] = Best(CollectionsMarshal.AsSpan(counter.Touched), counter.Shared, i, max);
                counter.Reset();
                return counter;
            },
            _ => { });
        return result;

        // A loop, not Select over the pairs: generic code over a value type is compiled when the build first runs it.
        List<List<int>> PostsOfPairs(IReadOnlyList<string> tags)
        {
            var lists = new List<List<int>>();
            foreach (var pair in Pairs(tags))
            {
                lists.Add(byPair[pair]);
            }

            return lists;
        }

        static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int post)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(post);
        }
    }

    /// <summary>Every two different tags of a post, each pair in one order.</summary>
    private static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> tags)
    {
        for (var a = 0; a < tags.Count; a++)
        {
            for (var b = a + 1; b < tags.Count; b++)
            {
                var order = string.CompareOrdinal(tags[a], tags[b]);
                if (order != 0)
                {
                    yield return order < 0 ? (tags[a], tags[b]) : (tags[b], tags[a]);
                }
            }
        }
    }

    /// <summary>The <paramref name="max"/> candidates sharing most tags, ties to the nearest in time (then the newer), by insertion into a short list.</summary>
    private static int[] Best(ReadOnlySpan<int> candidates, int[] shared, int self, int max)
    {
        var best = new int[max];
        var count = 0;
        foreach (var candidate in candidates)
        {
            // Most candidates share fewer tags than the last of a full list: one comparison turns them away.
            if (count == max && (max == 0 || shared[candidate] < shared[best[max - 1]]))
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

    /// <summary>
    /// How many of some lists each post is in, for one post at a time: one array a worker reuses, resetting only
    /// the entries it touched.
    /// </summary>
    private sealed class SharedTagCounter(int posts)
    {
        public int[] Shared { get; } = new int[posts];

        public List<int> Touched { get; } = [];

        public void Count(IEnumerable<List<int>> lists, int self)
        {
            foreach (var list in lists)
            {
                foreach (var other in CollectionsMarshal.AsSpan(list))
                {
                    if (other != self && Shared[other]++ == 0)
                    {
                        Touched.Add(other);
                    }
                }
            }
        }

        public void Reset()
        {
            foreach (var other in Touched)
            {
                Shared[other] = 0;
            }

            Touched.Clear();
        }
    }
}
