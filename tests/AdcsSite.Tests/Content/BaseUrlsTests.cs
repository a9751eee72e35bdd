using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Content;

public class BaseUrlsTests
{
    [Theory]
    [InlineData("https://owner.github.io/AdcsSite", "https://owner.github.io/AdcsSite/")]
    [InlineData(" /AdcsSite ", "/AdcsSite/")]
    [InlineData("/", "/")]
    [InlineData("ftp://example.org/", null)]
    [InlineData("AdcsSite", null)]
    public void A_base_url_is_a_path_or_an_absolute_http_url_ending_in_a_slash(string value, string? normalized)
    {
        Assert.Equal(normalized, BaseUrls.Normalize(value));
    }

    [Theory]
    [InlineData("https://owner.github.io/AdcsSite/", "owner.github.io", "/AdcsSite/")]
    [InlineData("http://example.org/", "example.org", "/")]
    [InlineData("/AdcsSite/", null, "/AdcsSite/")]
    [InlineData("/", null, "/")]
    public void A_normalized_base_url_has_a_host_only_if_it_is_absolute_and_always_a_path(string baseUrl, string? host, string path)
    {
        Assert.Equal(host, BaseUrls.HostOf(baseUrl));
        Assert.Equal(path, BaseUrls.PathOf(baseUrl));
    }
}
