namespace AdcsSite.Generator.Content;

/// <summary>
/// The site's URL rules, all in one place: where each kind of page lives, as a site path ("/posts/a/", "/tags/send/",
/// "/feed.xml"), and how a site path becomes a link under the base path (<see cref="Href"/>) or an absolute URL
/// (<see cref="Absolute"/>). Markdown links, views, feeds, the sitemap and the output files all take their addresses
/// from here; <see cref="SitePath"/> turns a site path into a file of the output folder.
/// </summary>
public sealed class Permalinks(SiteSettings settings)
{
    public const string Home = "/";
    public const string TagsIndex = "/tags/";
    public const string AuthorsIndex = "/authors/";
    public const string Archive = "/archive/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string SearchIndexFolder = "/search-index/";

    /// <summary>What the search page loads first: how the index in <see cref="SearchIndexFolder"/> is split.</summary>
    public const string SearchIndex = SearchIndexFolder + "meta.json";

    private readonly string prefix = settings.BasePath.TrimEnd('/');
    private readonly string origin = settings.BaseUrl.StartsWith('/') ? "" : settings.BaseUrl[..^settings.BasePath.Length];

    public static string Post(Post post) => $"/posts/{post.Slug}/";

    public static string Page(Page page) => $"/{page.Slug}/";

    public static string Tag(string id) => $"/tags/{id}/";

    public static string Author(string id) => $"/authors/{id}/";

    /// <summary>The feed of a tag's or an author's listing: "/tags/send/" -> "/tags/send/feed.xml".</summary>
    public static string FeedOf(string listing) => listing + "feed.xml";

    /// <summary>
    /// Where GitHub's editor opens a source file of input/, when site.yml names the repository: its input/ folder is at
    /// the repository's top, as this project lays it out. Null without a repository.
    /// </summary>
    /// <param name="sourcePath">The file relative to input/, such as "posts/2019/a.md".</param>
    public static string? EditSource(SiteSettings settings, string sourcePath) =>
        settings.Repository is { } repository
            ? $"https://github.com/{repository}/edit/{Uri.EscapeDataString(settings.Branch)}/input/{string.Join('/', sourcePath.Split('/').Select(Uri.EscapeDataString))}"
            : null;

    /// <summary>Page <paramref name="number"/> of a paginated listing: the first at the listing itself, the rest at "/tags/send/page/3/".</summary>
    public static string ListingPage(string listing, int number) => number == 1 ? listing : $"{listing}page/{number}/";

    /// <summary>The site path of every post and page by its source file, for resolving links between them.</summary>
    public static Dictionary<string, string> OfSources(SiteContent content)
    {
        var urls = new Dictionary<string, string>(content.Posts.Count + content.Pages.Count, StringComparer.Ordinal);
        foreach (var post in content.Posts)
        {
            urls.Add(post.SourcePath, Post(post));
        }

        foreach (var page in content.Pages)
        {
            urls.Add(page.SourcePath, Page(page));
        }

        return urls;
    }

    /// <summary>What goes before a root-relative URL written in Markdown: "" at the domain root, "/AdcsSite" under a sub-path.</summary>
    public string PathPrefix => prefix;

    /// <summary>What goes before a root-relative URL when it must be absolute (feeds): "https://x.github.io/AdcsSite".</summary>
    public string AbsolutePrefix => origin + prefix;

    /// <example>new Permalinks(settings with { BaseUrl = "https://x.org/AdcsSite/" }).Href("/tags/send/") == "/AdcsSite/tags/send/"</example>
    public string Href(string sitePath) => prefix + "/" + sitePath.TrimStart('/');

    /// <summary>Absolute when the base URL has a host; otherwise the same as <see cref="Href"/>.</summary>
    public string Absolute(string sitePath) => origin + Href(sitePath);
}
