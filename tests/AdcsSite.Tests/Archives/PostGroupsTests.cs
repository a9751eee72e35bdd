using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Archives;

public class PostGroupsTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static Post Post(string slug, string date, params string[] tags) =>
        new($"posts/{slug}.md", slug, slug, DateTimeOffset.Parse(date), false, [], tags, null, false, [], new Dictionary<string, object?>(), new Dictionary<string, object?>(), 1);

    [Fact]
    public void Groups_by_year_and_month_in_the_site_zone_newest_first()
    {
        var posts = new[]
        {
            Post("b", "2019-07-01T00:30:00+01:00"),
            Post("a", "2019-06-30T23:30:00+01:00"),
            Post("c", "2018-12-31T23:59:00+00:00"),
        };

        var years = PostGroups.ByYearAndMonth(posts, London);

        Assert.Equal([2019, 2018], years.Select(y => y.Year));
        Assert.Equal([7, 6], years[0].Months.Select(m => m.Month));
        Assert.Equal(2, years[0].Count);
        Assert.Equal(["c"], years[1].Months.Single().Posts.Select(p => p.Slug));
    }

    [Fact]
    public void Groups_posts_by_term_keeping_their_order()
    {
        var posts = new[] { Post("new", "2019-01-02", "send", "funding"), Post("old", "2019-01-01", "send") };

        var byTag = PostGroups.ByTerm(posts, p => p.TagIds);

        Assert.Equal(["new", "old"], byTag["send"].Select(p => p.Slug));
        Assert.Equal(["new"], byTag["funding"].Select(p => p.Slug));
    }

    [Fact]
    public void Related_posts_share_the_most_tags_and_never_include_the_post_itself()
    {
        var posts = new[]
        {
            Post("a", "2019-01-05", "send", "funding", "workforce"),
            Post("b", "2019-01-04", "send"),
            Post("c", "2019-01-03", "send", "funding", "workforce"),
            Post("d", "2019-01-02", "brexit"),
            Post("e", "2019-01-01", "funding", "send"),
        };

        var related = PostGroups.Related(posts, 2);

        Assert.Equal(["c", "e"], related[0].Select(p => p.Slug));
        Assert.Empty(related[3]);
        Assert.All(related.Select((r, i) => (r, i)), x => Assert.DoesNotContain(posts[x.i], x.r));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(9)]
    public void Related_posts_are_the_first_of_all_others_ranked_by_shared_tags_then_distance_then_newness(int max)
    {
        var random = new Random(7);
        var tags = Enumerable.Range(0, 12).Select(t => $"t{t}").ToArray();
        var posts = Enumerable.Range(0, 300)
            .Select(i => Post($"p{i}", "2019-01-01", [.. tags.Where(_ => random.Next(5) == 0)]))
            .ToArray();

        var related = PostGroups.Related(posts, max);

        for (var i = 0; i < posts.Length; i++)
        {
            var self = i;
            var expected = Enumerable.Range(0, posts.Length)
                .Select(j => (j, Shared: posts[j].TagIds.Intersect(posts[self].TagIds).Count()))
                .Where(c => c.j != self && c.Shared > 0)
                .OrderByDescending(c => c.Shared).ThenBy(c => Math.Abs(c.j - self)).ThenBy(c => c.j)
                .Take(max)
                .Select(c => posts[c.j]);
            Assert.Equal(expected, related[i]);
        }
    }
}
