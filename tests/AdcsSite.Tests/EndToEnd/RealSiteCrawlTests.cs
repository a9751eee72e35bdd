using System.Xml.Linq;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Publishing;
using AdcsSite.Tests.Support;
using AngleSharp.Html.Parser;

namespace AdcsSite.Tests.EndToEnd;

/// <summary>
/// Builds the real site from the repository's input/ and theme/, serves it from a plain static file server
/// and follows every link, stylesheet, script, image, feed and sitemap URL: each must answer 200.
/// </summary>
public sealed class RealSiteCrawlTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"adcs-crawl-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [InlineData("https://example.github.io/AdcsSite/", "/AdcsSite/")]
    [InlineData("https://example.org/", "/")]
    public async Task Every_url_of_the_real_site_resolves(string baseUrl, string pathBase)
    {
        using (var sink = new DiskOutputSink(output))
        {
            SiteBuilder.Build(
                new DiskSourceTree(Path.Combine(TestSite.RepositoryRoot, "input"), "input"),
                TestSite.Theme,
                new BuildOptions(BaseUrl: baseUrl),
                sink);
        }

        await using var server = await StaticSiteServer.StartAsync(output, pathBase);
        var origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        var crawl = await Crawl(server.BaseAddress, pathBase, origin);

        Assert.Empty(crawl.Failures);
        Assert.True(crawl.Pages > 10, $"only {crawl.Pages} pages were crawled");
        Assert.Contains(pathBase + "feed.xml", crawl.Visited);
        Assert.Contains(pathBase + "sitemap.xml", crawl.Visited);
        Assert.Contains(pathBase + "assets/css/site.css", crawl.Visited);
    }

    private static async Task<(int Pages, HashSet<string> Visited, List<string> Failures)> Crawl(string server, string pathBase, string origin)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server) };
        var parser = new HtmlParser();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        var queue = new Queue<(string Path, string From)>([(pathBase, "start"), (pathBase + "sitemap.xml", "start")]);
        var pages = 0;
        while (queue.TryDequeue(out var next))
        {
            if (!visited.Add(next.Path))
            {
                continue;
            }

            using var response = await http.GetAsync(next.Path);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{next.Path} (linked from {next.From}) answered {(int)response.StatusCode}");
                continue;
            }

            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var text = await response.Content.ReadAsStringAsync();
            IEnumerable<string> links = [];
            if (type == "text/html")
            {
                pages++;
                var document = parser.ParseDocument(text);
                links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                    .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!))
                    .Concat(document.QuerySelectorAll("form[action]").Select(e => e.GetAttribute("action")!));
            }
            else if (next.Path.EndsWith(".xml", StringComparison.Ordinal))
            {
                var xml = XDocument.Parse(text);
                links = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value)
                    .Concat(xml.Descendants().Where(e => e.Name.LocalName == "link").Select(e => e.Attribute("href")?.Value ?? ""));
            }

            foreach (var link in links)
            {
                var local = Local(link, origin);
                if (local is null)
                {
                    continue;
                }

                if (!local.StartsWith(pathBase, StringComparison.Ordinal))
                {
                    failures.Add($"{link} (linked from {next.Path}) is outside the site's base path {pathBase}");
                    continue;
                }

                queue.Enqueue((local, next.Path));
            }
        }

        return (pages, visited, failures);
    }

    /// <summary>The path of a URL on this site, or null for other sites and in-page anchors.</summary>
    private static string? Local(string url, string origin)
    {
        if (url.StartsWith(origin, StringComparison.Ordinal))
        {
            url = url[origin.Length..];
        }

        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var end = url.IndexOfAny(['#', '?']);
        return end < 0 ? url : url[..end];
    }
}
