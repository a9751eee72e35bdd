using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class DateEstimatorTests
{
    private static DatedText Text(string title, params string[] paragraphs) => new(title, paragraphs);

    [Fact]
    public void A_dated_event_fixes_the_date_and_says_why()
    {
        var estimate = DateEstimator.ForSingle(Text("Grow your own", "As I sit down to write this blog the ADCS Annual Conference 2019 has just finished."));

        Assert.Equal(new DateOnly(2019, 7, 7), estimate?.Date);
        Assert.Contains("ADCS Annual Conference 2019 has just finished", estimate?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_up_title_dates_the_event_its_text_names()
    {
        var estimate = DateEstimator.ForSingle(Text("Annual conference round up", "The ADCS Annual Conference 2018 opened on Wednesday 4 July in Manchester."));

        Assert.Equal(new DateOnly(2018, 7, 7), estimate?.Date);
    }

    [Fact]
    public void A_season_without_a_year_takes_the_year_between_its_dated_neighbours()
    {
        var estimates = DateEstimator.ForNewestFirst(
        [
            Text("NCASC 2019 Round-up", "Nothing else."),
            Text("Seasonal", "Here’s wishing you and yours a peaceful Christmas."),
            Text("Later", "I want to start the first blog of 2018 with thanks."),
        ]);

        Assert.Equal(new DateOnly(2018, 12, 18), estimates[1]?.Date);
        Assert.Contains("year from dump order", estimates[1]?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_without_clues_are_placed_evenly_between_dated_neighbours()
    {
        var estimates = DateEstimator.ForNewestFirst(
        [
            Text("First blog", "I want to start the first blog of 2019 with thanks."),
            Text("Undated", "Nothing to go on."),
            Text("Earlier", "I want to start the first blog of 2018 with thanks."),
        ]);

        Assert.Equal(new DateOnly(2018, 7, 7), estimates[1]?.Date);
        Assert.Contains("placed by dump order", estimates[1]?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clue_that_contradicts_the_dump_order_is_outvoted()
    {
        var estimates = DateEstimator.ForNewestFirst(
        [
            Text("A", "I want to start the first blog of 2019."),
            Text("B", "I want to start the first blog of 2015."),
            Text("C", "I want to start the first blog of 2018."),
            Text("D", "I want to start the first blog of 2017."),
        ]);

        Assert.Equal(estimates.Select(e => e!.Date).OrderByDescending(d => d), estimates.Select(e => e!.Date));
        Assert.DoesNotContain("2015", estimates[1]?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dump_without_any_clue_gets_no_estimates() =>
        Assert.All(DateEstimator.ForNewestFirst([Text("A", "Nothing."), Text("B", "Nothing.")]), Assert.Null);

    [Fact]
    public void Blog_dump_estimates_run_newest_first_like_the_dump()
    {
        var posts = RawDumps.Parse(new BlogDumpReader(), RawDumps.Blog);
        var estimates = DateEstimator.ForNewestFirst([.. posts.Select(p => new DatedText(p.Title, [.. MarkdownStructurer.Paragraphs(p.Lines)]))]);

        var dates = estimates.Select(e => e!.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(new DateOnly(2019, 7, 7), dates[1]);
        Assert.Equal(new DateOnly(2018, 1, 5), dates[posts.ToList().FindIndex(p => p.Title == "The year ahead...")]);
        Assert.Equal(2017, dates[^1].Year);
    }
}
