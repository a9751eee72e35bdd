using System.Xml.Linq;
using AdcsSite.BrowserTests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace AdcsSite.BrowserTests;

/// <summary>
/// Crawls every HTML page of the real built site, at the domain root and under a sub-path: every internal
/// href and src (and every fragment) must resolve to a file of the output, and each page must be well formed.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LinkCrawlTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly (string Selector, string Attribute)[] LinkAttributes =
        [("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src"), ("source[src]", "src"), ("iframe[src]", "src")];

    [Fact]
    public void Every_internal_link_of_the_site_resolves() => AssertLinksResolve(fixture.Site);

    [Fact]
    public void Every_internal_link_resolves_under_a_sub_path() => AssertLinksResolve(fixture.SubPathSite);

    [Fact]
    public void Every_page_has_one_h1_unique_ids_and_a_unique_title()
    {
        var pages = Parse(fixture.Site).Where(p => !IsRedirect(p.Value)).ToList();
        var problems = new List<string>();
        foreach (var (path, document) in pages)
        {
            var h1s = document.QuerySelectorAll("h1").Length;
            if (h1s != 1)
            {
                problems.Add($"{path}: {h1s} h1 elements");
            }

            problems.AddRange(document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{path}: duplicate id '{g.Key}'"));
            if (string.IsNullOrEmpty(document.DocumentElement.GetAttribute("lang")))
            {
                problems.Add($"{path}: no lang on <html>");
            }
        }

        problems.AddRange(pages.GroupBy(p => p.Value.Title).Where(g => g.Count() > 1).Select(g => $"title '{g.Key}' on {string.Join(", ", g.Select(p => p.Key))}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private void AssertLinksResolve(BuiltSite site)
    {
        var files = site.Files().ToHashSet(StringComparer.Ordinal);
        var pages = Parse(site);
        var failures = new List<string>();
        var links = 0;
        foreach (var (path, document) in pages)
        {
            foreach (var (selector, attribute) in LinkAttributes)
            {
                foreach (var element in document.QuerySelectorAll(selector))
                {
                    var url = element.GetAttribute(attribute)!;
                    if (IsExternal(url))
                    {
                        continue;
                    }

                    links++;
                    if (Resolve(site, path, url) is not { } target || !files.Contains(target.File))
                    {
                        failures.Add($"{path}: {url} does not resolve to a file");
                    }
                    else if (target.Fragment is { Length: > 0 } id && target.File.EndsWith(".html", StringComparison.Ordinal) && pages[target.File].GetElementById(id) is null)
                    {
                        failures.Add($"{path}: {url} names no element with id '{id}'");
                    }
                }
            }
        }

        var sitemap = XDocument.Load(Path.Combine(site.Folder, "sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        failures.AddRange(sitemap.Where(loc => Resolve(site, "sitemap.xml", loc) is not { } t || !files.Contains(t.File)).Select(loc => $"sitemap.xml: {loc} does not resolve"));

        output.WriteLine($"{site.BasePath}: {pages.Count} pages, {links} internal links, {sitemap.Count} sitemap URLs, {failures.Count} failures");
        Assert.True(pages.Count > 10, "the site has pages to crawl");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
    }

    private static Dictionary<string, IDocument> Parse(BuiltSite site)
    {
        var parser = new HtmlParser();
        return site.Files()
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f, f => (IDocument)parser.ParseDocument(File.ReadAllText(Path.Combine(site.Folder, f))), StringComparer.Ordinal);
    }

    private static bool IsRedirect(IDocument page) => page.QuerySelector("meta[http-equiv=refresh]") is not null;

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile;

    /// <summary>The output file and fragment a URL found on <paramref name="fromPath"/> points at, or null when it leaves the site.</summary>
    private static (string File, string? Fragment)? Resolve(BuiltSite site, string fromPath, string url)
    {
        var fragmentAt = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt >= 0 ? Uri.UnescapeDataString(url[(fragmentAt + 1)..]) : null;
        var path = (fragmentAt >= 0 ? url[..fragmentAt] : url).Split('?')[0];
        if (path.Length == 0)
        {
            return (fromPath, fragment);
        }

        var absolute = new Uri(new Uri("http://site" + site.BasePath + fromPath), path).AbsolutePath;
        if (!absolute.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var file = Uri.UnescapeDataString(absolute[site.BasePath.Length..]);
        return (file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file, fragment);
    }
}
