using AdcsSite.Generator.Preview;

namespace AdcsSite.Tests.Preview;

public class ChangeClassifierTests
{
    [Theory]
    [InlineData("input/posts/2019/a.md", ChangeKind.Content)]
    [InlineData("input/posts/a.markdown", ChangeKind.Content)]
    [InlineData("input/posts/2019", ChangeKind.Content)]
    [InlineData("input/pages/about.md", ChangeKind.Content)]
    [InlineData("input/site.yml", ChangeKind.SiteData)]
    [InlineData("input/authors.yml", ChangeKind.SiteData)]
    [InlineData("input/tags.yml", ChangeKind.SiteData)]
    [InlineData("input/posts", ChangeKind.SiteData)]
    [InlineData("input", ChangeKind.SiteData)]
    [InlineData("theme", ChangeKind.SiteData)]
    [InlineData("input/raw/001.txt", ChangeKind.None)]
    [InlineData("theme/layouts/post.html", ChangeKind.Templates)]
    [InlineData("theme/partials/footer.html", ChangeKind.Templates)]
    [InlineData("theme/assets/css/site.css", ChangeKind.Stylesheets)]
    [InlineData("theme/assets/css/SITE.CSS", ChangeKind.Stylesheets)]
    [InlineData("theme/assets/js/search.js", ChangeKind.Assets)]
    [InlineData("theme/assets/favicon.svg", ChangeKind.Assets)]
    [InlineData("theme/theme.yml", ChangeKind.SiteData)]
    [InlineData("input/posts/2019/.a.md.swp", ChangeKind.None)]
    [InlineData("input/posts/2019/a.md~", ChangeKind.None)]
    [InlineData("input/posts/2019/4913", ChangeKind.None)]
    [InlineData("theme/layouts/.#post.html", ChangeKind.None)]
    [InlineData("elsewhere/x.md", ChangeKind.SiteData)]
    public void Classifies_one_changed_path(string path, ChangeKind expected) =>
        Assert.Equal(expected, ChangeClassifier.Classify([path]));

    [Theory]
    [InlineData(ChangeKind.None)]
    [InlineData(ChangeKind.Stylesheets, "theme/assets/css/site.css", "theme/assets/css/print.css")]
    [InlineData(ChangeKind.Assets, "theme/assets/css/site.css", "theme/assets/js/search.js")]
    [InlineData(ChangeKind.Content, "theme/assets/css/site.css", "input/posts/a.md")]
    [InlineData(ChangeKind.Templates, "input/posts/a.md", "theme/layouts/post.html", "input/posts/b.md")]
    [InlineData(ChangeKind.SiteData, "theme/layouts/post.html", "input/site.yml")]
    [InlineData(ChangeKind.Content, "input/posts/a.md", "input/posts/.a.md.swp", "input/raw/a.txt")]
    public void A_batch_needs_the_strongest_rebuild_of_its_paths(ChangeKind expected, params string[] paths) =>
        Assert.Equal(expected, ChangeClassifier.Classify(paths));
}
