using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Content;

public class PermalinksTests
{
    private static readonly Post Post = new("posts/2019/a.md", "funding-gap", "Funding gap", DateTimeOffset.UnixEpoch, false, [], [], null, false, [], new Dictionary<string, object?>(), new Dictionary<string, object?>(), 1);
    private static readonly Page About = new("pages/about.md", "about", "About", null, [], new Dictionary<string, object?>(), 1);

    [Fact]
    public void Each_kind_of_page_has_its_own_site_path()
    {
        Assert.Equal("/posts/funding-gap/", Permalinks.Post(Post));
        Assert.Equal("/about/", Permalinks.Page(About));
        Assert.Equal("/tags/send/", Permalinks.Tag("send"));
        Assert.Equal("/authors/jo-bloggs/", Permalinks.Author("jo-bloggs"));
        Assert.Equal("/tags/send/feed.xml", Permalinks.FeedOf(Permalinks.Tag("send")));
    }

    [Theory]
    [InlineData("/", 1, "/")]
    [InlineData("/", 2, "/page/2/")]
    [InlineData("/tags/send/", 3, "/tags/send/page/3/")]
    public void The_first_page_of_a_listing_is_the_listing_itself(string listing, int number, string expected) =>
        Assert.Equal(expected, Permalinks.ListingPage(listing, number));

    [Fact]
    public void Posts_and_pages_are_found_by_their_source_file()
    {
        var content = new SiteContent(new SiteSettings(), [Post], [About], new Dictionary<string, Author>(), new Dictionary<string, Tag>());

        var urls = Permalinks.OfSources(content);

        Assert.Equal("/posts/funding-gap/", urls["posts/2019/a.md"]);
        Assert.Equal("/about/", urls["pages/about.md"]);
    }

    [Theory]
    [InlineData("/", "/tags/send/", "/tags/send/", "/tags/send/")]
    [InlineData("/AdcsSite/", "/tags/send/", "/AdcsSite/tags/send/", "/AdcsSite/tags/send/")]
    [InlineData("https://x.github.io/AdcsSite/", "/feed.xml", "/AdcsSite/feed.xml", "https://x.github.io/AdcsSite/feed.xml")]
    [InlineData("https://example.org/", "/", "/", "https://example.org/")]
    public void A_site_path_becomes_a_link_under_the_base_url(string baseUrl, string sitePath, string href, string absolute)
    {
        var links = new Permalinks(new SiteSettings { BaseUrl = baseUrl });

        Assert.Equal(href, links.Href(sitePath));
        Assert.Equal(absolute, links.Absolute(sitePath));
    }
}
