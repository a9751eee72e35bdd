using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Outputs.Views;
using AdcsSite.Generator.Pipeline.Incremental;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Tests.Pipeline.Incremental;

public class PostViewCacheTests
{
    private static readonly Post Post = new("posts/a.md", "a", "A", DateTimeOffset.UnixEpoch, false, ["adcs"], ["send"], null, false, [], new Dictionary<string, object?>(), new Dictionary<string, object?>(), 5);
    private static readonly TermView Send = new("send", "SEND", "/tags/send/", "https://example.org/tags/send/", null, 1, "/tags/send/feed.xml");
    private static readonly AuthorView Adcs = new("adcs", "ADCS", "/authors/adcs/", "https://example.org/authors/adcs/", null, null, 1, "/authors/adcs/feed.xml");

    [Fact]
    public void A_view_is_made_once_while_its_post_rendering_and_terms_are_the_same()
    {
        var cache = new PostViewCache();
        var rendered = Rendered();
        var views = new CountingViews();

        cache.UseContext("https://example.org/", [Send], [Adcs]);
        var first = cache.GetOrCreate(Post, rendered, views.Make);
        cache.UseContext("https://example.org/", [Send with { }], [Adcs with { }]);
        var second = cache.GetOrCreate(Post, rendered, views.Make);

        Assert.Same(first, second);
        Assert.Equal(1, views.Made);
    }

    public static TheoryData<string, string, TermView, AuthorView, bool> Changes() => new()
    {
        { "the post's Markdown was rendered again", "https://example.org/", Send, Adcs, true },
        { "a tag's post count changed", "https://example.org/", Send with { Count = 2 }, Adcs, false },
        { "an author was renamed", "https://example.org/", Send, Adcs with { Name = "The ADCS" }, false },
        { "the site moved", "https://example.org/archive/", Send, Adcs, false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_view_is_made_again_when_what_it_shows_may_have_changed(string change, string siteUrl, TermView tag, AuthorView author, bool renderAgain)
    {
        var cache = new PostViewCache();
        var rendered = Rendered();
        var views = new CountingViews();

        cache.UseContext("https://example.org/", [Send], [Adcs]);
        cache.GetOrCreate(Post, rendered, views.Make);

        cache.UseContext(siteUrl, [tag], [author]);
        cache.GetOrCreate(Post, renderAgain ? Rendered() : rendered, views.Make);

        Assert.True(views.Made == 2, $"the view was not made again after {change}");
    }

    private static RenderedMarkdown Rendered() => new("<p>Body.</p>"u8.ToArray(), null, "Body."u8.ToArray(), "Body.", 1, []);

    private sealed class CountingViews
    {
        public int Made { get; private set; }

        public PostView Make()
        {
            Made++;
            return View();
        }
    }

    private static PostView View() =>
        new("/posts/a/", "https://example.org/posts/a/", "a", "A", "Body.", false, DateTimeOffset.UnixEpoch, "", "", "", false, [Adcs], [Send], 1, 1, TemplateValues.From(Post.Source), TemplateValues.From(Post.Extra));
}
