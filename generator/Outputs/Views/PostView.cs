using Scriban.Runtime;

namespace AdcsSite.Generator.Outputs.Views;

public sealed record PostView(
    string Url,
    string AbsoluteUrl,
    string Slug,
    string Title,
    string Summary,
    // The summary's opening is in the body: it was taken from the first words, so the post page does not repeat it.
    bool SummaryInBody,
    DateTimeOffset Date,
    string DateIso,
    string DateDisplay,
    string MonthDisplay,
    bool DateEstimated,
    IReadOnlyList<AuthorView> Authors,
    IReadOnlyList<TermView> Tags,
    int WordCount,
    int ReadingMinutes,
    ScriptObject Source,
    ScriptObject Extra)
{
    /// <summary>The date as a reader should see it: an estimated one only to the month and marked "c.", never as a stated day.</summary>
    public string DateLabel => DateEstimated ? $"c. {MonthDisplay}" : DateDisplay;
}
