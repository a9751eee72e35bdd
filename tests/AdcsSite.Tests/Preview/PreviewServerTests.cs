using System.Net;

namespace AdcsSite.Tests.Preview;

/// <summary>One server shared by the read-only tests of this class.</summary>
public sealed class ServedSite : IAsyncLifetime
{
    public PreviewSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await PreviewSite.StartAsync();

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

public class PreviewServerTests(ServedSite served) : IClassFixture<ServedSite>
{
    private readonly PreviewSite site = served.Site;

    [Theory]
    [InlineData("", "Fixture &lt;Blog&gt; &amp; Co")]
    [InlineData("posts/funding-gap/", "Councils face a gap of £3.1 billion by 2025.")]
    [InlineData("tags/send/", "The funding gap")]
    [InlineData("about/", "<title>About")]
    public async Task Serves_pages_of_the_site(string path, string expected)
    {
        var response = await site.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData("assets/css/site.css", "text/css; charset=utf-8")]
    [InlineData("feed.xml", "text/xml; charset=utf-8")]
    [InlineData("sitemap.xml", "text/xml; charset=utf-8")]
    [InlineData("search-index/meta.json", "application/json; charset=utf-8")]
    [InlineData("search-index/terms/0.bin", "application/octet-stream")]
    [InlineData("search-index/docs/0.txt", "text/plain; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    public async Task Sends_the_content_type_of_each_file(string path, string contentType)
    {
        var response = await site.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Unknown_paths_get_the_sites_404_page_with_status_404()
    {
        var response = await site.Http.GetAsync("no/such/page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<title>Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_it()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Server.Url };

        var response = await client.GetAsync("posts/funding-gap");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/posts/funding-gap/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/../")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/posts/%2E%2E/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/posts%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("/..%5c..%5cetc%5cpasswd")]
    [InlineData("http://{authority}/etc/passwd")]
    public async Task Traversal_attempts_are_not_found(string target)
    {
        var (status, response) = await site.RawGet(target.Replace("{authority}", site.Server.Url.Authority, StringComparison.Ordinal));

        Assert.Equal(404, status);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
        Assert.Contains("<title>Page not found", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_url_is_not_found()
    {
        var (status, _) = await site.RawGet("/" + new string('a', 5000));

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task The_reload_script_is_added_when_serving_never_to_the_built_files()
    {
        var served = await site.Http.GetStringAsync("posts/funding-gap/");
        var built = System.Text.Encoding.UTF8.GetString(site.Server.Session.Current.Files.Read("posts/funding-gap/index.html").Span);

        Assert.Contains("<script data-adcs-preview>", served, StringComparison.Ordinal);
        Assert.True(served.IndexOf("data-adcs-preview", StringComparison.Ordinal) < served.LastIndexOf("</body>", StringComparison.Ordinal));
        Assert.DoesNotContain("data-adcs-preview", built, StringComparison.Ordinal);
        Assert.DoesNotContain("data-adcs-preview", await site.Http.GetStringAsync("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_written_to_an_output_folder() =>
        Assert.Equal(["input", "theme"], Directory.EnumerateDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
}

public class BasePathTests
{
    [Fact]
    public async Task The_site_is_served_under_its_base_path_with_links_that_include_it()
    {
        await using var site = await PreviewSite.StartAsync("/AdcsSite/");
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var root = new Uri(site.Server.Url, "/");

        var home = await site.Http.GetAsync("");
        var post = await site.Http.GetAsync("posts/funding-gap/");
        var outside = await noRedirects.GetAsync(new Uri(root, "posts/funding-gap/"));
        var bare = await noRedirects.GetAsync(new Uri(root, "AdcsSite"));

        Assert.Equal("/AdcsSite/", site.Server.Url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("href=\"/AdcsSite/posts/funding-gap/\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"/AdcsSite/assets/css/site.css\"", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/AdcsSite/", bare.Headers.Location?.OriginalString);
    }
}
