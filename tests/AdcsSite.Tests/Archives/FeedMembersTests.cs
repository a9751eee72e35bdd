using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Archives;

public class FeedMembersTests
{
    private static Post Post(int i, params string[] tags) =>
        new($"posts/{i}.md", $"p{i}", $"P{i}", DateTimeOffset.UnixEpoch.AddDays(-i), false, ["jo"], tags, null, false, [], new Dictionary<string, object?>(), new Dictionary<string, object?>(), 1);

    [Fact]
    public void The_newest_posts_of_the_site_and_of_each_tag_and_author_are_in_feeds()
    {
        // Newest first: 30 posts by one author, the oldest with a tag no newer post has.
        List<Post> posts = [.. Enumerable.Range(0, 29).Select(i => Post(i)), Post(29, "rare")];

        var inFeeds = FeedMembers.SourcesOf(posts);

        Assert.Equal(FeedMembers.Size + 1, inFeeds.Count);
        Assert.Contains("posts/19.md", inFeeds);
        Assert.DoesNotContain("posts/20.md", inFeeds);
        Assert.Contains("posts/29.md", inFeeds);
    }
}
