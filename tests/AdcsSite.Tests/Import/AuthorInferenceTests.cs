using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class AuthorInferenceTests
{
    private static AuthoredText Article(string label, DateOnly date, params string[] paragraphs) => new(label, paragraphs, date, null);

    [Fact]
    public void A_writer_claiming_a_presidential_year_is_that_year_s_president_named_elsewhere()
    {
        var credits = AuthorInference.Infer(
        [
            Article("a", new DateOnly(2019, 4, 2), "Yesterday I gave my inaugural speech as ADCS President 2019/20 in London."),
            Article("b", new DateOnly(2019, 3, 20), "I hand over to Rachel Dickinson, Barnsley’s DCS and our President for 2019/20, next week."),
        ]);

        var credit = credits["a"];
        Assert.Equal("Rachel Dickinson", credit.Name);
        Assert.Equal("ADCS President 2019/20", credit.Role);
        Assert.Contains("b says", credit.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Many have picked up on my personal priority as President, hidden adolescents.")]
    [InlineData("I am proud of my year as ADCS President so far.")]
    public void A_writer_in_office_is_the_president_of_the_year_their_post_falls_in(string claim)
    {
        var credits = AuthorInference.Infer(
        [
            Article("a", new DateOnly(2018, 6, 1), claim),
            Article("b", new DateOnly(2018, 11, 12), "ADCS President Stuart Gallimore spoke about poverty."),
        ]);

        Assert.Equal("Stuart Gallimore", credits["a"].Name);
        Assert.Contains("dated 2018-06-01", credits["a"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_writer_naming_their_own_authority_is_the_director_another_text_places_there()
    {
        var credits = AuthorInference.Infer(
        [
            Article("a", new DateOnly(2018, 7, 1), "As well as being the DCS in Barnsley I am a parent."),
            Article("b", new DateOnly(2019, 3, 20), "We welcome Rachel Dickinson, Barnsley’s DCS, to the panel."),
        ]);

        Assert.Equal("Rachel Dickinson", credits["a"].Name);
    }

    [Fact]
    public void No_attribution_when_the_facts_name_two_people()
    {
        var credits = AuthorInference.Infer(
        [
            Article("a", new DateOnly(2018, 10, 1), "I am proud of my year as ADCS President so far."),
            Article("b", new DateOnly(2018, 11, 1), "ADCS President Stuart Gallimore spoke."),
            Article("c", new DateOnly(2018, 12, 1), "ADCS President Jenny Coles spoke."),
        ]);

        Assert.Empty(credits);
    }

    [Fact]
    public void No_attribution_from_a_date_too_close_to_the_april_handover()
    {
        var credits = AuthorInference.Infer(
        [
            Article("a", new DateOnly(2018, 4, 3), "A look back at my Presidential year, which I loved."),
            Article("b", new DateOnly(2017, 11, 1), "ADCS President Alison Michalska spoke."),
        ]);

        Assert.Empty(credits);
    }

    [Fact]
    public void Vice_and_former_presidents_are_not_presidents()
    {
        var credits = AuthorInference.Infer(
        [
            Article("a", new DateOnly(2018, 10, 1), "I am proud of my year as ADCS President so far."),
            Article("b", new DateOnly(2018, 11, 1), "Vice President Jenny Coles and former ADCS President Andrew Webb spoke."),
        ]);

        Assert.Empty(credits);
    }
}
