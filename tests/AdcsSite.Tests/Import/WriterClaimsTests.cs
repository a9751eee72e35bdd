using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class WriterClaimsTests
{
    private static List<Claim> Claims(string text) =>
        [.. WriterClaims.In(new AuthoredText("d.txt", 0, [text], new DateOnly(2018, 7, 1), null), new Dictionary<string, string>())];

    [Theory]
    [InlineData("I’d be writing a blog as Principal of The Staff College.", "I’d be writing a blog as Principal of The Staff College")]
    [InlineData("As Chair of the ADCS Resources & Sustainability Policy Committee, it is my duty to worry.", "As Chair of the ADCS Resources & Sustainability Policy Committee")]
    [InlineData("Given my role as Chair of the Education Committee, I welcome it.", "my role as Chair of the Education Committee")]
    public void A_post_the_writer_holds_is_claimed_with_the_writer_s_words(string text, string quote)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal((quote, Confidence.High, OfficeKind.Post), (claim.Quote, claim.Strength, claim.Office!.Kind));
    }

    [Theory]
    [InlineData("“I am writing as Principal of The Staff College,” said the speaker.")]
    [InlineData("I congratulated Jo on her appointment as Principal of The Staff College.")]
    [InlineData("I met Jo Davidson as Principal of The Staff College.")]
    [InlineData("As Chair of the Education Committee, Nadhim Zahawi opened our conference.")]
    [InlineData("As ADCS President, Rachel Dickinson, so clearly said, we must speak up.")]
    [InlineData("The committee met as Chair of the Education Committee decided.")]
    public void Someone_else_s_office_is_not_the_writer_s_claim(string text) =>
        Assert.Empty(Claims(text));

    [Fact]
    public void A_handover_someone_else_makes_is_not_the_writer_s()
    {
        Assert.Empty(Claims("So, I’m indulging myself with some reflections, with Stuart Gallimore soon to hand over the Presidency to Rachel Dickinson."));
        Assert.Equal("Rachel Dickinson", Assert.Single(Claims("This is one of my final acts as President before handing over the reins to Rachel Dickinson.")).Neighbour);
    }

    [Fact]
    public void A_place_the_writer_only_speaks_for_is_a_medium_claim()
    {
        var claim = Assert.Single(Claims("In Nottingham, we have seen our grant funding cut by half."));

        Assert.Equal((Confidence.Medium, "Nottingham"), (claim.Strength, claim.Office!.Key));
    }
}
