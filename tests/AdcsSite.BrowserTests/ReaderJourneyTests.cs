using System.Text.Json;
using System.Text.RegularExpressions;
using AdcsSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace AdcsSite.BrowserTests;

/// <summary>
/// A reader's way through the real site: home, a post, its tag, an author, the archive, search, a missing page.
/// Every page passes axe-core with no violations and logs no console errors, at phone and desktop widths in both schemes.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ReaderJourneyTests(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Reader_goes_from_home_through_post_tag_author_archive_and_search_to_a_missing_page(int width, ColorScheme scheme)
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, width, scheme);
        var page = reader.Page;

        await page.GotoAsync(fixture.Origin + "/");
        await reader.CheckPageAsync("home");

        var postTitle = await FollowAsync(reader, page.Locator(".post-card:has(.tag-list) .post-card-title a").First);
        await reader.CheckPageAsync("post");

        var tagName = await FollowAsync(reader, page.Locator(".post-header a[rel=tag]").First);
        Assert.True(await page.Locator(".post-card").CountAsync() > 0);
        Assert.Equal(1, await page.Locator("link[rel=alternate][href$='feed.xml'][title^='" + tagName.Replace("'", "\\'") + "']").CountAsync());
        await reader.CheckPageAsync("tag");

        await FollowAsync(reader, page.Locator(".post-card-authors a").First);
        await reader.CheckPageAsync("author");

        await MainNavigation(page, "Archive").ClickAsync();
        await reader.ExpectHeadingAsync("Archive");
        Assert.True(await page.Locator(".archive-list a").CountAsync() > 0);
        await reader.CheckPageAsync("archive");

        await MainNavigation(page, "Search").ClickAsync();
        await reader.ExpectHeadingAsync("Search");
        var query = LongestWord(postTitle);
        await page.GetByLabel("Search the archive").FillAsync(query);
        var firstResult = page.Locator(".search-result-title a").First;
        await firstResult.WaitForAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"for “{query}”");
        Assert.Contains(query, await Reader.TextAsync(firstResult), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("q=" + Uri.EscapeDataString(query), page.Url, StringComparison.Ordinal);
        await reader.CheckPageAsync("search");

        var resultTitle = await Reader.TextAsync(firstResult);
        // Waiting starts before the key press, so a navigation that finishes quickly is not missed.
        var opened = page.WaitForURLAsync(new Regex("/posts/"));
        await page.GetByLabel("Search the archive").PressAsync("Enter");
        await opened;
        await reader.ExpectHeadingAsync(resultTitle);

        var missing = fixture.Origin + "/no-such-page/";
        var response = await page.GotoAsync(missing);
        Assert.Equal(404, response?.Status);
        await reader.ExpectHeadingAsync("Page not found");
        await page.GetByLabel("Search the archive").FillAsync(query);
        await page.Locator(".search-result").First.WaitForAsync();
        await reader.CheckPageAsync("404", error => error.Contains("404", StringComparison.Ordinal) && error.Contains(missing, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(320, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    public async Task Index_pages_and_later_home_pages_pass_the_same_checks(int width, ColorScheme scheme)
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, width, scheme);
        var page = reader.Page;
        await page.GotoAsync(fixture.Origin + "/");
        foreach (var (link, name) in new[] { ("Tags", "tags"), ("Authors", "authors") })
        {
            await MainNavigation(page, link).ClickAsync();
            await reader.ExpectHeadingAsync(link);
            await reader.CheckPageAsync(name);
        }

        await page.GotoAsync(fixture.Origin + "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).Locator("a[aria-label^='Page 2 of ']").ClickAsync();
        await Assertions.Expect(page.Locator(".pagination-pages [aria-current=page]")).ToHaveTextAsync("2");
        await reader.CheckPageAsync("home-page-2");
    }

    [SkippableFact]
    public async Task Search_is_usable_from_the_keyboard_and_prefilled_from_the_address()
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, 1280, ColorScheme.Light);
        var page = reader.Page;
        var query = LongestWord(await FirstPostTitle(page));

        await page.GotoAsync($"{fixture.Origin}/search/?q={Uri.EscapeDataString(query)}");
        var input = page.GetByLabel("Search the archive");
        Assert.Equal(query, await input.InputValueAsync());
        await page.Locator(".search-result").First.WaitForAsync();

        await input.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(
            await page.Locator(".search-result-title a").First.GetAttributeAsync("href"),
            await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));

        await input.FillAsync("zzqxv-no-such-word");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “zzqxv-no-such-word”.");
        Assert.Equal(0, await page.Locator(".search-result").CountAsync());
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Search_shows_ten_results_then_ten_more_on_request_with_focus_on_the_first_new_one(ColorScheme scheme)
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, 1280, scheme);
        var page = reader.Page;
        await page.GotoAsync(fixture.Origin + "/search/?q=funding");
        var results = page.Locator(".search-result");
        await results.First.WaitForAsync();
        Assert.Equal(10, await results.CountAsync());
        await reader.CheckPageAsync("search-more");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show more results" }).ClickAsync();
        await Assertions.Expect(results).ToHaveCountAsync(20);
        Assert.Equal(
            await page.Locator(".search-result-title a").Nth(10).GetAttributeAsync("href"),
            await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
    }

    [SkippableFact]
    public async Task Search_results_show_index_text_as_text_never_as_markup()
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, 1280, ColorScheme.Light);
        var page = reader.Page;
        const string hostile = "<img src=x onerror=\"document.title='owned'\">Funding";
        // Every document of the index answers with hostile text; the query matches real posts, so their documents are fetched.
        var header = JsonSerializer.Serialize(new { title = hostile, url = "/posts/x/", date = "1 May 2019", summary = "<b>bold</b> funding", tags = "<i>t</i>", authors = "A" });
        await page.RouteAsync("**/search-index/docs/*.txt", route => route.FulfillAsync(new() { Body = header + "\n<script>body</script>", ContentType = "text/plain" }));

        await page.GotoAsync(fixture.Origin + "/search/?q=funding");
        var title = page.Locator(".search-result-title a").First;
        await Assertions.Expect(title).ToHaveTextAsync(hostile);
        Assert.Equal(0, await page.Locator(".search-results img, .search-results b, .search-results i, .search-results script").CountAsync());
        Assert.Equal(2, await page.Locator(".search-result").First.Locator("mark").CountAsync());
        Assert.NotEqual("owned", await page.TitleAsync());
    }

    [SkippableFact]
    public async Task Skip_link_is_the_first_stop_and_is_visible_when_focused()
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, 375, ColorScheme.Dark);
        await reader.Page.GotoAsync(fixture.Origin + "/");
        await reader.Page.Keyboard.PressAsync("Tab");
        var skip = reader.Page.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 }, "the focused skip link is on screen");
        await reader.Page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", reader.Page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_without_javascript_says_so_and_links_to_the_archive_and_tags()
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, 375, ColorScheme.Dark, javaScript: false);
        var page = reader.Page;
        await page.GotoAsync(fixture.Origin + "/search/?q=funding");

        await Assertions.Expect(page.Locator("#search-help")).ToContainTextAsync("Search needs JavaScript");
        Assert.Equal(["/archive/", "/tags/"], await page.Locator("#search-help a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Equal(0, await page.Locator(".search-result").CountAsync());
    }

    [SkippableFact]
    public async Task Posts_read_fully_styled_without_javascript()
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, 375, ColorScheme.Light, javaScript: false);
        var page = reader.Page;
        await page.GotoAsync(fixture.Origin + "/");
        await page.Locator(".post-card-title a").First.ClickAsync();
        Assert.True(await page.Locator(".prose p").CountAsync() > 0);
        var measure = await page.Locator(".prose").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.InRange(measure, 250, 375);
        Assert.Contains("serif", await page.Locator(".prose").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_and_assets_work_under_a_sub_path()
    {
        await using var reader = await Reader.OpenAsync(fixture.Browser, 1280, ColorScheme.Dark);
        var page = reader.Page;
        await page.GotoAsync(fixture.SubPathOrigin + BrowserFixture.SubPath);
        var query = LongestWord(await Reader.TextAsync(page.Locator(".post-card-title a").First));

        await MainNavigation(page, "Search").ClickAsync();
        Assert.StartsWith(fixture.SubPathOrigin + BrowserFixture.SubPath + "search/", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Search the archive").FillAsync(query);
        var first = page.Locator(".search-result-title a").First;
        await first.WaitForAsync();
        Assert.StartsWith(BrowserFixture.SubPath + "posts/", await first.GetAttributeAsync("href"), StringComparison.Ordinal);
        await reader.CheckPageAsync("search-sub-path");

        var response = await page.RunAndWaitForResponseAsync(() => first.ClickAsync(), r => r.Request.IsNavigationRequest);
        Assert.Equal(200, response.Status);
        Assert.True(await page.EvaluateAsync<int>("document.styleSheets[0].cssRules.length") > 10, "the stylesheet loaded under the sub-path");
    }

    /// <summary>Clicks a link and checks that the page it opens is headed by the link's text; returns that text.</summary>
    private static async Task<string> FollowAsync(Reader reader, ILocator link)
    {
        var text = await Reader.TextAsync(link);
        await link.ClickAsync();
        await reader.ExpectHeadingAsync(text);
        return text;
    }

    private static ILocator MainNavigation(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private async Task<string> FirstPostTitle(IPage page)
    {
        await page.GotoAsync(fixture.Origin + "/");
        return await Reader.TextAsync(page.Locator(".post-card-title a").First);
    }

    private static string LongestWord(string title) =>
        Words().Matches(title).Select(m => m.Value).OrderByDescending(w => w.Length).First();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
