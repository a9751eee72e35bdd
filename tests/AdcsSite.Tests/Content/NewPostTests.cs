using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Content;

public class NewPostTests
{
    [Fact]
    public void A_new_post_goes_under_its_year_with_a_slug_and_parses_as_a_valid_post()
    {
        var (path, text) = NewPost.Compose("Ofsted’s new framework", new DateOnly(2026, 11, 23), ["rachel-dickinson"], ["ofsted", "send"]);

        Assert.Equal("posts/2026/ofsteds-new-framework.md", path);
        var (post, diagnostics) = PostReader.Read(FrontMatter.Parse(text, path), new SiteSettings());
        Assert.Empty(diagnostics);
        Assert.Equal("Ofsted’s new framework", post!.Title);
        Assert.Equal(["rachel-dickinson"], post.AuthorIds);
        Assert.Equal(["ofsted", "send"], post.TagIds);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), post.Date);
    }
}
