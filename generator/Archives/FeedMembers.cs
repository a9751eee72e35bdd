using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Archives;

/// <summary>Which posts the feeds list: the site's feed and each tag's and author's show their newest <see cref="Size"/>.</summary>
public static class FeedMembers
{
    public const int Size = 20;

    /// <summary>
    /// Source paths of the posts some feed lists, so only those bodies also get HTML with absolute links.
    /// </summary>
    /// <param name="posts">Newest first.</param>
    public static HashSet<string> SourcesOf(IReadOnlyList<Post> posts)
    {
        // Posts are newest first, so a post is in a term's feed while fewer than Size newer posts have the term.
        var byTag = new Dictionary<string, int>(StringComparer.Ordinal);
        var byAuthor = new Dictionary<string, int>(StringComparer.Ordinal);
        var inFeeds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            if ((Counted(byTag, post.TagIds) | Counted(byAuthor, post.AuthorIds)) || i < Size)
            {
                inFeeds.Add(post.SourcePath);
            }
        }

        return inFeeds;

        static bool Counted(Dictionary<string, int> listed, IReadOnlyList<string> terms)
        {
            var inFeed = false;
            foreach (var term in terms)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(listed, term, out _);
                inFeed |= count++ < Size;
            }

            return inFeed;
        }
    }
}
