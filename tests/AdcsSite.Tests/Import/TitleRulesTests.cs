using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class TitleRulesTests
{
    [Theory]
    [InlineData("Biggest reforms in a generation or the nail in the coffin for a...", "Having recently had our SEND provision inspected.", true)]
    [InlineData("Working together has been...", "Working together has been a bit of a theme.", true)]
    [InlineData("The year ahead...", "I want to start the first blog of 2018.", false)]
    [InlineData("School’s out for summer....", "School’s out for summer.... and more", false)]
    [InlineData("Just a thought…", "With the summer holidays fast becoming a distant memory.", false)]
    [InlineData("A short title", "A short title and more.", false)]
    public void A_title_is_truncated_only_near_the_cut_or_when_the_opening_carries_it_on(string title, string opening, bool truncated) =>
        Assert.Equal(truncated, TitleRules.IsTruncated(title, opening));

    [Fact]
    public void A_missing_title_comes_from_the_first_sentence_cut_at_a_word() =>
        Assert.Equal(
            "During her inaugural presidential address at the Association...",
            TitleRules.DeriveFromOpening("During her inaugural presidential address at the Association of Directors of Children’s Services conference last week, she spoke. More."));

    [Fact]
    public void A_short_first_sentence_is_the_whole_title() =>
        Assert.Equal("Councils face a crunch", TitleRules.DeriveFromOpening("Councils face a crunch. Then more text follows."));

    [Fact]
    public void Sentences_end_after_closing_quotes_too() =>
        Assert.Equal(["She said “get this sorted.”", "Then left."], TitleRules.Sentences("She said “get this sorted.” Then left."));
}
