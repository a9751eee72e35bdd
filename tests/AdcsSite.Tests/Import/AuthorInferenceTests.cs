using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

/// <summary>Each attribution rule on small invented dumps: what identifies a writer, and what must not.</summary>
public class AuthorInferenceTests
{
    private static AuthoredText Article(int index, DateOnly date, params string[] paragraphs) => new("d.txt", index, paragraphs, date, null);

    private static Attribution? WriterOf(int index, params AuthoredText[] articles) =>
        AuthorInference.Infer(articles).ByArticle.GetValueOrDefault($"d.txt article {index}");

    [Fact]
    public void A_writer_claiming_a_presidential_year_is_that_year_s_president_named_elsewhere()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2019, 4, 2), "Yesterday I gave my inaugural speech as ADCS President 2019/20 in London."),
            Article(1, new DateOnly(2019, 3, 20), "I hand over to Rachel Dickinson, Barnsley’s DCS and our President for 2019/20, next week."));

        Assert.Equal(("Rachel Dickinson", Confidence.High), (credit!.Name, credit.Confidence));
        Assert.Equal(
            [
                "d.txt article 0 (2019-04-02), the writer: \"my inaugural speech as ADCS President 2019/20\" (ADCS President 2019/20)",
                "d.txt article 1 (2019-03-20) says \"Rachel Dickinson, Barnsley’s DCS and our President for 2019/20\"",
            ],
            credit.Chain);
    }

    [Theory]
    [InlineData("Many have picked up on my personal priority as President, hidden adolescents.")]
    [InlineData("I am proud of my year as ADCS President so far.")]
    [InlineData("As I said in my ADCS Presidential speech, education must be inclusive.")]
    public void A_writer_in_office_is_the_president_of_the_year_their_post_falls_in(string claim)
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 6, 1), claim),
            Article(1, new DateOnly(2018, 11, 12), "ADCS President Stuart Gallimore spoke about poverty."));

        Assert.Equal(("Stuart Gallimore", Confidence.High), (credit!.Name, credit.Confidence));
        Assert.Contains("the term the post's date falls in", credit.Chain[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_writer_handing_over_to_the_next_president_held_the_term_before()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 4, 3), "This blog was on my list before officially handing over the reins to the wonderful Stuart Gallimore who became President of ADCS on 1 April."),
            Article(1, new DateOnly(2018, 11, 12), "ADCS President Stuart Gallimore spoke about poverty."),
            Article(2, new DateOnly(2017, 11, 12), "We heard from ADCS President, Alison Michalska, on early help."));

        Assert.Equal("Alison Michalska", credit!.Name);
        Assert.Equal(3, credit.Chain.Count);
    }

    [Fact]
    public void A_writer_who_took_over_from_a_president_holds_the_next_term()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 5, 2), "This is my first blog since I took over from Alison Michalska as President of ADCS."),
            Article(1, new DateOnly(2017, 11, 12), "We heard from ADCS President, Alison Michalska, on early help."),
            Article(2, new DateOnly(2018, 11, 12), "ADCS President Stuart Gallimore spoke about poverty."));

        Assert.Equal("Stuart Gallimore", credit!.Name);
    }

    [Fact]
    public void A_speech_just_given_opens_the_term_that_starts_on_the_nearest_1_april()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2019, 4, 10), "Last week I delivered my inaugural speech as ADCS President to a packed room."),
            Article(1, new DateOnly(2019, 7, 19), "As ADCS President, Rachel Dickinson, so clearly said, we must speak up."));

        Assert.Equal("Rachel Dickinson", credit!.Name);
    }

    [Fact]
    public void An_inaugural_speech_remembered_near_the_handover_decides_nothing() =>
        Assert.Null(WriterOf(
            0,
            Article(0, new DateOnly(2018, 4, 3), "In my inaugural Presidential speech I talked about a country that works for all children."),
            Article(1, new DateOnly(2018, 11, 12), "ADCS President Stuart Gallimore spoke about poverty.")));

    [Fact]
    public void No_attribution_from_a_date_too_close_to_the_april_handover() =>
        Assert.Null(WriterOf(
            0,
            Article(0, new DateOnly(2018, 4, 3), "A look back at my Presidential year, which I loved."),
            Article(1, new DateOnly(2017, 11, 1), "ADCS President Alison Michalska spoke.")));

    [Fact]
    public void No_attribution_when_the_facts_name_two_people() =>
        Assert.Null(WriterOf(
            0,
            Article(0, new DateOnly(2018, 10, 1), "I am proud of my year as ADCS President so far."),
            Article(1, new DateOnly(2018, 11, 1), "ADCS President Stuart Gallimore spoke."),
            Article(2, new DateOnly(2018, 12, 1), "ADCS President Jenny Coles spoke.")));

    [Fact]
    public void Vice_and_former_presidents_are_not_presidents() =>
        Assert.Null(WriterOf(
            0,
            Article(0, new DateOnly(2018, 10, 1), "I am proud of my year as ADCS President so far."),
            Article(1, new DateOnly(2018, 11, 1), "Vice President Jenny Coles and former ADCS President Andrew Webb spoke.")));

    [Fact]
    public void A_writer_claiming_a_post_is_the_person_another_text_names_in_it()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 7, 11), "I wouldn’t have predicted I’d be writing a blog as Principal of The Staff College eight years later."),
            Article(1, new DateOnly(2018, 7, 26), "We will be joined by Jo Davidson, Principal of the Staff College."));

        Assert.Equal(("Jo Davidson", Confidence.High), (credit!.Name, credit.Confidence));
        Assert.Equal(
            [
                "d.txt article 0 (2018-07-11), the writer: \"I’d be writing a blog as Principal of The Staff College\" (Principal of the Staff College)",
                "d.txt article 1 (2018-07-26) says \"Jo Davidson, Principal of the Staff College\"",
            ],
            credit.Chain);
    }

    [Fact]
    public void A_body_is_the_same_with_or_without_the_association_s_name_and_with_and_or_ampersand()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2019, 4, 18), "As Chair of the ADCS Resources & Sustainability Policy Committee, it is practically my duty to be pessimistic."),
            Article(1, new DateOnly(2018, 11, 12), "We heard from Matt Dunkley, Chair of the Resources and Sustainability Policy Committee, in a session on funding."),
            Article(2, new DateOnly(2018, 1, 1), "The Association of Directors of Children’s Services (ADCS) publishes research."));

        Assert.Equal("Matt Dunkley", credit!.Name);
        Assert.EndsWith("(Chair of the ADCS Resources & Sustainability Policy Committee)", credit.Chain[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_acronym_the_dumps_define_names_the_same_body()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2019, 1, 17), "You might think I’d be jaundiced given my role as Chair of the SPI committee."),
            Article(1, new DateOnly(2019, 1, 11), "It will be a busy period for the ADCS Standards, Performance & Inspection (SPI) Policy Committee."),
            Article(2, new DateOnly(2018, 6, 30), "Last week’s post by Steve Crocker, Chair of the ADCS Standards, Performance & Inspection Policy Committee, got me thinking."));

        Assert.Equal(("Steve Crocker", Confidence.High), (credit!.Name, credit.Confidence));
        Assert.Contains("SPI: Standards, Performance & Inspection", credit.Chain[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_named_years_away_from_the_claim_is_only_a_suggestion()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 7, 11), "I am writing this blog as Principal of The Staff College."),
            Article(1, new DateOnly(2015, 1, 10), "We heard from Jo Davidson, Principal of the Staff College."));

        Assert.Equal(("Jo Davidson", Confidence.Medium), (credit!.Name, credit.Confidence));
        Assert.EndsWith("42 months apart", credit.Chain[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I can’t finish without thanking my team in East Sussex.")]
    [InlineData("As well as being the director of children’s services (DCS) in East Sussex I’m also a Dad.")]
    [InlineData("As the DCS for East Sussex, there is an expectation that we will support others.")]
    [InlineData("In my own local authority, in East Sussex County Council, we have an opportunity area.")]
    public void A_writer_naming_their_own_authority_is_the_director_another_text_places_there(string claim)
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 7, 1), claim),
            Article(1, new DateOnly(2018, 9, 20), "We welcome Stuart Gallimore, DCS East Sussex, to the panel."));

        Assert.Equal(("Stuart Gallimore", Confidence.High), (credit!.Name, credit.Confidence));
    }

    [Theory]
    [InlineData("In Nottingham, we have seen our grant funding cut by half.")]
    [InlineData("Here in Nottingham we will continue to work with schools.")]
    public void Saying_we_of_a_place_is_a_medium_suggestion_not_an_attribution(string voice)
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 1, 5), voice),
            Article(1, new DateOnly(2017, 11, 12), "We heard from Alison Michalska, Director of Children’s Services at Nottingham City Council."));

        Assert.Equal(("Alison Michalska", Confidence.Medium), (credit!.Name, credit.Confidence));
    }

    [Fact]
    public void Saying_we_of_a_place_whose_director_is_named_years_away_is_a_low_suggestion()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 1, 5), "In Nottingham, we have seen our grant funding cut by half."),
            Article(1, new DateOnly(2014, 11, 12), "We heard from Alison Michalska, Director of Children’s Services at Nottingham City Council."));

        Assert.Equal(("Alison Michalska", Confidence.Low), (credit!.Name, credit.Confidence));
    }

    [Fact]
    public void What_an_identified_writer_says_about_themselves_identifies_them_elsewhere()
    {
        var inference = AuthorInference.Infer(
        [
            Article(0, new DateOnly(2018, 7, 18), "As DCS, I love the end of the summer term. I thank my team in East Sussex."),
            Article(1, new DateOnly(2018, 5, 31), "Many have picked up on my personal priority as President, and I thank my colleagues in East Sussex."),
            Article(2, new DateOnly(2018, 11, 12), "ADCS President Stuart Gallimore spoke about poverty."),
        ]);

        var credit = inference.ByArticle["d.txt article 0"];
        Assert.Equal(("Stuart Gallimore", Confidence.High), (credit.Name, credit.Confidence));
        Assert.Equal("d.txt article 1 (2018-05-31), by Stuart Gallimore as attributed there, says \"my colleagues in East Sussex\"", credit.Chain[^1]);
        Assert.Equal(["ADCS President 2018/19", "Director of children’s services, East Sussex (2018)"], inference.RolesByWriter["Stuart Gallimore"]);
    }

    [Fact]
    public void An_article_never_confirms_its_own_attribution()
    {
        var inference = AuthorInference.Infer(
        [
            Article(0, new DateOnly(2018, 7, 18), "I thank my team in East Sussex."),
            Article(1, new DateOnly(2018, 5, 31), "My personal priority as President is hidden adolescents. I thank my colleagues in East Sussex."),
            Article(2, new DateOnly(2018, 11, 12), "ADCS President Stuart Gallimore spoke about poverty."),
        ]);

        Assert.Equal(2, inference.ByArticle["d.txt article 1"].Chain.Count);
        Assert.DoesNotContain(inference.ByArticle["d.txt article 1"].Chain, step => step.Contains("article 0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deputy_director_is_not_the_director() =>
        Assert.Null(WriterOf(
            0,
            Article(0, new DateOnly(2017, 9, 26), "I had this privilege recently in my own local authority, in Derbyshire."),
            Article(1, new DateOnly(2018, 7, 7), "We heard from Kathryn Boulton, Deputy Director of Children’s Services at Derbyshire County Council.")));

    [Fact]
    public void Claims_naming_two_different_people_attribute_nobody() =>
        Assert.Null(WriterOf(
            0,
            Article(0, new DateOnly(2018, 7, 1), "I thank my team in Barnsley. I am also proud of my colleagues in Nottingham."),
            Article(1, new DateOnly(2018, 9, 1), "We welcome Rachel Dickinson, Barnsley’s DCS, and Alison Michalska, DCS Nottingham.")));

    [Fact]
    public void A_quoted_author_is_not_the_writer()
    {
        var inference = AuthorInference.Infer(
        [
            Article(0, new DateOnly(2018, 10, 1), "As Jo Davidson, Principal of the Staff College, wrote in her blog, ‘we must grow our own leaders’, and I agree."),
            Article(1, new DateOnly(2018, 9, 1), "“I am writing as Principal of The Staff College,” said the speaker before me."),
            Article(2, new DateOnly(2018, 8, 1), "Jo Davidson, Principal of the Staff College, opened the event."),
        ]);

        Assert.Empty(inference.ByArticle);
    }

    [Fact]
    public void A_minister_mentioned_beside_the_writer_s_words_is_not_the_writer() =>
        Assert.Null(WriterOf(
            0,
            Article(0, new DateOnly(2018, 3, 1), "I asked the Minister, Nadhim Zahawi, as Chair of the Education Committee, to listen."),
            Article(1, new DateOnly(2018, 2, 1), "Nadhim Zahawi, Chair of the Education Committee, spoke at conference.")));

    [Fact]
    public void A_predecessor_the_writer_thanks_is_not_the_writer()
    {
        var credit = WriterOf(
            0,
            Article(0, new DateOnly(2018, 6, 1), "I am proud of my year as ADCS President so far, and I thank our former President, Alison Michalska, who handed over to me."),
            Article(1, new DateOnly(2018, 11, 1), "ADCS President Stuart Gallimore spoke."),
            Article(2, new DateOnly(2017, 11, 1), "ADCS President Alison Michalska spoke."));

        Assert.Equal("Stuart Gallimore", credit!.Name);
    }

    [Fact]
    public void A_stated_writer_is_never_replaced_but_their_own_words_are_facts()
    {
        var inference = AuthorInference.Infer(
        [
            new AuthoredText("d.txt", 0, ["I thank my team in Lambeth."], new DateOnly(2012, 4, 3), new AuthorCredit("Debbie Jones", null, "byline")),
            Article(1, new DateOnly(2012, 6, 1), "I am grateful to my colleagues in Lambeth."),
        ]);

        Assert.False(inference.ByArticle.ContainsKey("d.txt article 0"));
        Assert.Equal("Debbie Jones", inference.ByArticle["d.txt article 1"].Name);
    }
}
