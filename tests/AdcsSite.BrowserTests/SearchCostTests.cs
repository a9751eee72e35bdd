using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AdcsSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace AdcsSite.BrowserTests;

/// <summary>
/// What a search costs a reader on a large site (<see cref="GeneratedSite"/>, 2,000 posts): every byte Chromium
/// transfers from navigating to /search/?q=… until the first results are on screen (page, CSS, JS and index data),
/// and how long that takes, for single words and for exact post titles.
/// </summary>
public sealed partial class SearchCostTests(GeneratedSite site, ITestOutputHelper output) : IClassFixture<GeneratedSite>
{
    private const int ResultsOnScreen = 10;

    private int ByteBudget => site.Posts <= 2000 ? 250 * 1024 : 400 * 1024;

    [SkippableFact]
    public async Task A_word_fetches_at_most_the_budget_and_shows_results_within_two_seconds()
    {
        var title = site.Titles[site.Titles.Count / 2].Title;
        var longest = Words().Matches(title).Select(m => m.Value).MaxBy(w => w.Length)!;
        foreach (var word in new[] { longest.ToLowerInvariant(), "children", "the" })
        {
            var cost = await SearchAsync(word);
            Assert.True(cost.Results > 0, $"'{word}' found nothing");
            AssertWithinBudget(word, cost);
        }
    }

    [SkippableFact]
    public async Task An_exact_title_finds_its_post_in_the_first_ten_within_the_budget()
    {
        foreach (var (title, slug) in new[] { site.Titles[0], site.Titles[site.Titles.Count / 2], site.Titles[^1] })
        {
            var cost = await SearchAsync(title);
            Assert.Contains($"/posts/{slug}/", cost.Links);
            AssertWithinBudget(title, cost);
        }
    }

    private void AssertWithinBudget(string query, SearchCost cost)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{site.Posts} posts, '{query}': {cost.Bytes / 1024.0:0.0} KB in {cost.Requests} requests, results after {cost.Milliseconds:0} ms"));
        Assert.True(cost.Bytes <= ByteBudget, $"'{query}' fetched {cost.Bytes} bytes, over {ByteBudget}");
        Assert.True(cost.Milliseconds <= 2000, $"'{query}' showed results after {cost.Milliseconds} ms");
    }

    /// <summary>Opens /search/?q=<paramref name="query"/> in a fresh browser context (nothing cached) and waits for its results.</summary>
    private async Task<SearchCost> SearchAsync(string query)
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}/search/?q={Uri.EscapeDataString(query)}");
        await page.Locator(".search-result").First.WaitForAsync(new() { Timeout = 10_000 });
        // Transfer sizes count headers and bodies as they came over the wire; the page itself is the navigation entry.
        var measured = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const navigation = performance.getEntriesByType("navigation")[0];
              const resources = performance.getEntriesByType("resource");
              return {
                bytes: navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
                requests: 1 + resources.length,
                milliseconds: performance.now(),
                results: document.querySelectorAll(".search-result").length,
                links: [...document.querySelectorAll(".search-result-title a")].map(a => a.getAttribute("href")),
              };
            }
            """);
        var links = measured.GetProperty("links").EnumerateArray().Select(l => l.GetString() ?? "").ToList();
        Assert.True(links.Count <= ResultsOnScreen, $"{links.Count} results on screen");
        return new SearchCost(
            measured.GetProperty("bytes").GetInt64(),
            measured.GetProperty("requests").GetInt32(),
            measured.GetProperty("milliseconds").GetDouble(),
            measured.GetProperty("results").GetInt32(),
            links);
    }

    private sealed record SearchCost(long Bytes, int Requests, double Milliseconds, int Results, IReadOnlyList<string> Links);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
