using AdcsSite.Generator.Content;
using static AdcsSite.Tests.Support.TestSite;

namespace AdcsSite.Tests.Content;

public class ContentLoaderTests
{
    private static SiteContent Load(Dictionary<string, string> files, LoadOptions? options = null) =>
        ContentLoader.Load(new MemorySourceTree(files, "input"), options ?? new LoadOptions(Now: DateTimeOffset.Parse("2030-01-01T00:00:00Z"))).Content;

    private static IReadOnlyList<string> LoadErrors(Dictionary<string, string> files) =>
        Errors(() => Load(files));

    [Fact]
    public void A_folder_with_only_posts_loads_with_default_settings()
    {
        var content = Load(new() { ["posts/a.md"] = Post("A") });

        Assert.Equal("a", content.Posts.Single().Slug);
        Assert.Equal(10, content.Settings.PostsPerPage);
        Assert.Equal("/", content.Settings.BasePath);
    }

    [Fact]
    public void A_body_is_read_again_from_its_file_and_a_file_gone_since_loading_is_named()
    {
        var input = new MemorySourceTree(new Dictionary<string, string> { ["posts/a.md"] = Post("A", body: "Hello.") }, "input");

        Assert.Equal("\nHello.\n", ContentLoader.ReadBody(input, "posts/a.md"));
        Assert.Equal(["input/posts/gone.md:0:0: error: file disappeared while the site was being built"], Errors(() => ContentLoader.ReadBody(input, "posts/gone.md")));
    }

    [Fact]
    public void Posts_are_sorted_newest_first()
    {
        var content = Load(new()
        {
            ["posts/old.md"] = Post("Old", "2015-01-01"),
            ["posts/new.md"] = Post("New", "2019-01-01"),
            ["posts/mid.md"] = Post("Mid", "2017-01-01T10:00:00Z"),
        });

        Assert.Equal(["new", "mid", "old"], content.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void Date_only_means_midnight_of_that_day_in_the_site_zone()
    {
        var post = Load(new() { ["posts/a.md"] = Post("A", "2019-07-08") }).Posts.Single();

        Assert.Equal(DateTimeOffset.Parse("2019-07-08T00:00:00+01:00"), post.Date);
    }

    [Theory]
    [InlineData("---\ndate: 2019-01-01\n---\n", "input/posts/a.md:1:1: error: 'title' is missing; add a line such as 'title: My first post'")]
    [InlineData("---\ntitle: \"\"\ndate: 2019-01-01\n---\n", "input/posts/a.md:2:8: error: 'title' is empty; give it a value such as 'title: My first post'")]
    [InlineData("---\ntitle: A\ndate: 2019-02-30\n---\n", "input/posts/a.md:3:7: error: 'date' has an invalid date '2019-02-30'; use YYYY-MM-DD (e.g. 2019-07-15) or ISO 8601 (e.g. 2019-07-15T09:30:00+01:00)")]
    [InlineData("---\ntitle: A\ndate: 2019-01-01\ntags: send\n---\n", "input/posts/a.md:4:7: error: 'tags' must be a list, e.g. 'tags: [first, second]', not a value")]
    [InlineData("---\ntitle: A\ndate: 2019-01-01\ndraft: maybe\n---\n", "input/posts/a.md:4:8: error: 'draft' must be true or false")]
    public void Front_matter_errors_name_file_line_and_column(string text, string expected) =>
        Assert.Equal([expected], LoadErrors(new() { ["posts/a.md"] = text }));

    [Fact]
    public void A_missing_date_is_reported_once()
    {
        var errors = LoadErrors(new() { ["posts/a.md"] = "---\ntitle: A\n---\n" });

        Assert.Equal(["input/posts/a.md:1:1: error: 'date' is missing; add a line such as 'date: " + DateTime.Today.ToString("yyyy-MM-dd") + "'"], errors);
    }

    [Fact]
    public void Every_broken_file_is_reported_not_just_the_first()
    {
        var errors = LoadErrors(new()
        {
            ["posts/a.md"] = "---\ndate: 2019-01-01\n---\n",
            ["posts/b.md"] = "no front matter",
        });

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("input/posts/a.md:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("input/posts/b.md:1:1: error: no front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_posts_with_one_slug_are_an_error_naming_both()
    {
        var errors = LoadErrors(new()
        {
            ["posts/2018/a.md"] = Post("A"),
            ["posts/2019/a.md"] = Post("A again"),
        });

        Assert.Equal(["input/posts/2019/a.md:1:1: error: two posts have the slug 'a': input/posts/2018/a.md and input/posts/2019/a.md; give one of them a different 'slug:'"], errors);
    }

    [Fact]
    public void A_tag_spelled_three_ways_lands_on_one_tag_when_tags_yml_defines_it()
    {
        var content = Load(new()
        {
            ["tags.yml"] = "send:\n  name: SEND\n  aliases: [special educational needs]\n",
            ["posts/a.md"] = Post("A", extra: "tags: [SEND]\n"),
            ["posts/b.md"] = Post("B", extra: "tags: [send]\n"),
            ["posts/c.md"] = Post("C", extra: "tags: [Special Educational Needs]\n"),
        });

        Assert.All(content.Posts, p => Assert.Equal(["send"], p.TagIds));
        Assert.Equal("SEND", content.Tags["send"].Name);
    }

    [Fact]
    public void Two_spellings_of_an_undefined_tag_are_an_error_naming_both_sources()
    {
        var errors = LoadErrors(new()
        {
            ["posts/a.md"] = Post("A", extra: "tags: [Ofsted]\n"),
            ["posts/b.md"] = Post("B", extra: "tags: [OFSTED ]\n"),
        });

        Assert.Equal(["input/posts/b.md:1:1: error: tag 'OFSTED' and 'Ofsted' (in input/posts/a.md) both become the URL segment 'ofsted'; use one spelling, or define the term once with the other spelling as an alias"], errors);
    }

    [Fact]
    public void An_author_without_an_entry_gets_the_slug_of_their_name_and_the_default_author_fills_gaps()
    {
        var content = Load(new()
        {
            ["site.yml"] = "default_author: adcs\n",
            ["authors.yml"] = "adcs:\n  name: ADCS\n  role: The association\n",
            ["posts/a.md"] = Post("A", extra: "author: Jane Smith\n"),
            ["posts/b.md"] = Post("B", "2019-01-01"),
        });

        Assert.Equal(["jane-smith"], content.Posts.Single(p => p.Slug == "a").AuthorIds);
        Assert.Equal(["adcs"], content.Posts.Single(p => p.Slug == "b").AuthorIds);
        Assert.Equal("Jane Smith", content.Authors["jane-smith"].Name);
        Assert.Null(content.Authors["jane-smith"].Bio);
    }

    [Fact]
    public void Drafts_and_future_posts_are_left_out_unless_asked_for()
    {
        var files = new Dictionary<string, string>
        {
            ["posts/draft.md"] = Post("Draft", extra: "draft: true\n"),
            ["posts/future.md"] = Post("Future", "2020-06-01"),
            ["posts/past.md"] = Post("Past", "2019-06-01"),
        };
        var now = DateTimeOffset.Parse("2020-01-01T00:00:00Z");

        Assert.Equal(["past"], Load(files, new LoadOptions(Now: now)).Posts.Select(p => p.Slug));
        Assert.Equal(["future", "past"], Load(files, new LoadOptions(IncludeFuture: true, Now: now)).Posts.Select(p => p.Slug));
        Assert.Equal(["draft", "past"], Load(files, new LoadOptions(IncludeDrafts: true, Now: now)).Posts.Select(p => p.Slug));
    }

    [Fact]
    public void Unknown_keys_are_kept_as_extra()
    {
        var post = Load(new() { ["posts/a.md"] = Post("A", extra: "subtitle: More\nsource:\n  file: raw/x.txt\n  index: 3\n") }).Posts.Single();

        Assert.Equal("More", post.Extra["subtitle"]);
        Assert.Equal(3L, post.Source["index"]);
    }

    [Theory]
    [InlineData("base_url: example.org\n", "input/site.yml:1:11: error: 'base_url' must be an absolute URL with a scheme (https://example.org/blog/) or a path starting with '/', not 'example.org'")]
    [InlineData("posts_per_page: ten\n", "input/site.yml:1:17: error: 'posts_per_page' must be a whole number greater than 0")]
    [InlineData("title: [\n", "input/site.yml:2:1: error: invalid YAML: While parsing a node, did not find expected node content.")]
    public void Malformed_settings_are_errors(string yaml, string expected) =>
        Assert.Equal([expected], LoadErrors(new() { ["site.yml"] = yaml, ["posts/a.md"] = Post("A") }));
}
