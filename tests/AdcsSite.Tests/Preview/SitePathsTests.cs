using AdcsSite.Generator.Preview;

namespace AdcsSite.Tests.Preview;

public class SitePathsTests
{
    private static readonly HashSet<string> Site = ["index.html", "posts/a/index.html", "feed.xml", "assets/css/site.css", "404.html"];

    [Theory]
    [InlineData("/", "/", "index.html")]
    [InlineData("/?q=x", "/", "index.html")]
    [InlineData("/posts/a/", "/", "posts/a/index.html")]
    [InlineData("/posts/%61/", "/", "posts/a/index.html")]
    [InlineData("/feed.xml", "/", "feed.xml")]
    [InlineData("/AdcsSite/", "/AdcsSite/", "index.html")]
    [InlineData("/AdcsSite/assets/css/site.css", "/AdcsSite/", "assets/css/site.css")]
    public void Finds_files_by_exact_key(string target, string basePath, string key) =>
        Assert.Equal(new Resolution.File(key), SitePaths.Resolve(target, basePath, Site.Contains));

    [Theory]
    [InlineData("/posts/a", "/", "/posts/a/")]
    [InlineData("/AdcsSite", "/AdcsSite/", "/AdcsSite/")]
    [InlineData("/AdcsSite/posts/a", "/AdcsSite/", "/AdcsSite/posts/a/")]
    public void Adds_the_missing_slash_of_a_folder(string target, string basePath, string location) =>
        Assert.Equal(new Resolution.Redirect(location), SitePaths.Resolve(target, basePath, Site.Contains));

    [Theory]
    [InlineData("/nope", "/")]
    [InlineData("/../", "/")]
    [InlineData("/posts/../index.html", "/")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd", "/")]
    [InlineData("/posts/a/%2E%2E/%2E%2E/index.html", "/")]
    [InlineData("/posts%2fa%2findex.html", "/")]
    [InlineData("/posts%5ca%5cindex.html", "/")]
    [InlineData("/posts\\a\\index.html", "/")]
    [InlineData("//etc/passwd", "/")]
    [InlineData("/posts//a/", "/")]
    [InlineData("/./index.html", "/")]
    [InlineData("/index.html%00", "/")]
    [InlineData("http://evil.example/index.html", "/")]
    [InlineData("*", "/")]
    [InlineData("/index.html", "/AdcsSite/")]
    [InlineData("/AdcsSite/../index.html", "/AdcsSite/")]
    public void Refuses_paths_outside_the_site(string target, string basePath) =>
        Assert.IsType<Resolution.NotFound>(SitePaths.Resolve(target, basePath, Site.Contains));

    [Fact]
    public void Refuses_very_long_paths() =>
        Assert.IsType<Resolution.NotFound>(SitePaths.Resolve("/" + new string('a', SitePaths.MaxLength), "/", Site.Contains));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("AdcsSite", "/AdcsSite/")]
    [InlineData("/AdcsSite", "/AdcsSite/")]
    [InlineData("/AdcsSite/", "/AdcsSite/")]
    [InlineData("/a/b/", "/a/b/")]
    [InlineData("/a/../b/", null)]
    [InlineData("/a//b/", null)]
    [InlineData("/a b/", null)]
    public void Normalizes_the_base_path(string given, string? expected) =>
        Assert.Equal(expected, SitePaths.NormalizeBasePath(given));
}
