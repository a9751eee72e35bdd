using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class HeadingCaseTests
{
    [Theory]
    [InlineData("SCHOOLS", "Schools")]
    [InlineData("HEALTH REFORM", "Health reform")]
    [InlineData("A YEAR IN OFFICE", "A year in office")]
    public void A_label_in_capitals_becomes_sentence_case(string label, string heading) =>
        Assert.Equal(heading, HeadingCase.ToSentenceCase(label, ["The health reforms and schools matter.", "Health boards are new."]));

    [Fact]
    public void Words_keep_the_capitals_the_article_gives_them_mid_sentence() =>
        Assert.Equal(
            "Adoption in Lambeth and the NHS",
            HeadingCase.ToSentenceCase("ADOPTION IN LAMBETH AND THE NHS", ["In Lambeth, we work with the NHS on adoption.", "Adoption is hard for the NHS and for Lambeth."]));

    [Fact]
    public void A_word_capitalised_only_at_the_start_of_sentences_is_lower_case() =>
        Assert.Equal("Troubled families", HeadingCase.ToSentenceCase("TROUBLED FAMILIES", ["Troubled families are a focus.", "Families need support."]));
}
