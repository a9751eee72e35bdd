using AdcsSite.Tests.Support;
using static AdcsSite.Tests.Support.TestSite;

namespace AdcsSite.Tests.Outputs;

public class SiteModelTests
{
    private static readonly Dictionary<string, string> Site = new()
    {
        ["site.yml"] = TestModel.Settings,
        ["authors.yml"] = "jo: { name: Jo Bloggs, role: Director }\nidle: { name: Never Wrote }\n",
        ["tags.yml"] = "send: { name: SEND, description: Special needs. }\nunused: { name: Unused }\n",
        ["posts/old.md"] = Post("Old post", "2018-03-01", "authors: [jo]\ntags: [send]\n", string.Join(' ', Enumerable.Repeat("word", 500))),
        ["posts/new.md"] = Post("New post", "2019-07-15", "authors: [jo]\ntags: [send, funding]\nsummary: Given summary.\n"),
        ["posts/guess.md"] = Post("Guessed date", "2019-05-01", "date_estimated: true\n"),
    };

    [Fact]
    public void Posts_are_viewed_newest_first_with_links_under_the_base_url()
    {
        var model = TestModel.Of(Site);

        Assert.Equal(["New post", "Guessed date", "Old post"], model.Posts.Select(p => p.Title));
        Assert.Equal("/posts/new/", model.Posts[0].Url);
        Assert.Equal("https://example.org/posts/new/", model.Posts[0].AbsoluteUrl);
        Assert.Equal("2019-07-15T00:00:00+01:00", model.Posts[0].DateIso);
        Assert.Equal("15 July 2019", model.Posts[0].DateLabel);
    }

    [Fact]
    public void A_post_without_a_summary_is_summarised_by_its_opening_and_an_estimated_date_reads_as_a_month()
    {
        var model = TestModel.Of(Site);
        var (given, guessed, long_) = (model.Posts[0], model.Posts[1], model.Posts[2]);

        Assert.Equal("Given summary.", given.Summary);
        Assert.False(given.SummaryInBody);
        Assert.Equal("Body text.", guessed.Summary);
        Assert.True(guessed.SummaryInBody);
        Assert.Equal("c. May 2019", guessed.DateLabel);
        Assert.Equal(3, long_.ReadingMinutes);
    }

    [Fact]
    public void Only_tags_and_authors_with_posts_get_views_with_their_counts()
    {
        var model = TestModel.Of(Site);

        Assert.Equal(["funding", "send"], model.Tags.Keys.Order());
        Assert.Equal(2, model.Tags["send"].Count);
        Assert.Equal("Special needs.", model.Tags["send"].Description);
        Assert.Equal("/tags/send/feed.xml", model.Tags["send"].FeedUrl);
        Assert.DoesNotContain("idle", model.Authors.Keys);
        Assert.Equal("Director", model.Authors["jo"].Role);
        Assert.Same(model.Tags["send"], model.Posts[0].Tags.Single(t => t.Id == "send"));
    }

    [Fact]
    public void Related_posts_share_tags_and_the_site_view_carries_the_settings()
    {
        var model = TestModel.Of(Site);

        Assert.Equal(["Old post"], model.ViewsOf(model.Related[0]).Select(p => p.Title));
        Assert.Equal("Test & Co", model.Site.Title);
        Assert.Equal("/feed.xml", model.Site.FeedUrl);
        Assert.Equal("/search-index/meta.json", model.Site.SearchIndexUrl);
    }

    [Fact]
    public void The_same_input_gives_equal_views_every_time()
    {
        var first = TestModel.Of(Site);
        var second = TestModel.Of(Site);

        Assert.Equal(first.Posts.Select(p => (p.Url, p.Title, p.DateIso, p.Summary)), second.Posts.Select(p => (p.Url, p.Title, p.DateIso, p.Summary)));
        Assert.Equal(first.Tags.Values, second.Tags.Values);
    }
}
