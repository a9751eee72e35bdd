using AdcsSite.Generator.Outputs;
using AdcsSite.Tests.Support;
using static AdcsSite.Tests.Support.TestSite;

namespace AdcsSite.Tests.Outputs;

public class FeedEntriesTests
{
    private static readonly Dictionary<string, string> Site = new()
    {
        ["site.yml"] = TestModel.Settings,
        ["authors.yml"] = "jo: { name: Jo Bloggs }\n",
        ["posts/2019/a.md"] = Post("A", "2019-07-15T23:30:00Z", "authors: [jo]\ntags: [send]\nsummary: Sum.\n", "See [b](/posts/b/)."),
    };

    [Fact]
    public void An_entry_has_the_posts_absolute_url_people_tags_and_body_with_absolute_links()
    {
        var model = TestModel.Of(Site);

        var entry = Assert.Single(FeedEntries.Create(model, model.Content.Posts));

        Assert.Equal(("A", "https://example.org/posts/a/", "Sum."), (entry.Title, entry.Url, entry.Summary));
        Assert.Equal(["Jo Bloggs"], entry.Authors);
        Assert.Equal(["send"], entry.Categories);
        Assert.Equal("2019-07-16T00:30:00+01:00", entry.Published);
        Assert.Contains("href=\"https://example.org/posts/b/\"", entry.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entry_id_comes_from_the_source_file_and_the_local_day_so_a_new_title_or_slug_keeps_it()
    {
        var model = TestModel.Of(Site);
        var post = model.Content.Posts[0];

        Assert.Equal("tag:example.org,2019-07-16:/posts/2019/a", FeedEntries.EntryId(model.Settings, post));
        Assert.Equal(FeedEntries.EntryId(model.Settings, post), FeedEntries.EntryId(model.Settings, post with { Title = "New", Slug = "new" }));
    }

    [Theory]
    [InlineData("/AdcsSite/")]
    [InlineData("/")]
    public void A_site_served_from_a_path_only_base_url_still_gets_an_authority_in_its_entry_ids(string baseUrl)
    {
        var model = TestModel.Of(Site);
        var settings = model.Settings with { BaseUrl = baseUrl };

        Assert.Equal("tag:localhost,2019-07-16:/posts/2019/a", FeedEntries.EntryId(settings, model.Content.Posts[0]));
    }

    [Fact]
    public void A_post_not_rendered_for_feeds_is_a_bug_that_names_it()
    {
        var model = TestModel.Of(Site);
        var body = model.Rendered["posts/2019/a.md"] with { FeedHtml = null };
        var unrendered = new SiteModel(model.Content, new Dictionary<string, Generator.Markdown.RenderedMarkdown> { ["posts/2019/a.md"] = body });

        var error = Assert.Throws<InvalidOperationException>(() => FeedEntries.Create(unrendered, unrendered.Content.Posts));

        Assert.Contains("posts/2019/a.md", error.Message, StringComparison.Ordinal);
    }
}
