using System.Text.RegularExpressions;
using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class OfficeTextTests
{
    private static Office? Post(string text, Dictionary<string, string>? acronyms = null) =>
        OfficeText.Of(Regex.Match(text, OfficeText.PostOf), acronyms ?? []);

    [Fact]
    public void An_acronym_is_defined_by_the_initials_of_the_words_before_it()
    {
        Assert.Equal([("SPI", "Standards, Performance & Inspection")], OfficeText.Acronyms("a busy period for the ADCS Standards, Performance & Inspection (SPI) Policy Committee"));
        Assert.Empty(OfficeText.Acronyms("the Regional Improvement Alliances (RIAs) met"));
    }

    [Fact]
    public void One_body_written_several_ways_has_one_key()
    {
        var acronyms = new Dictionary<string, string> { ["SPI"] = "Standards, Performance & Inspection" };

        Assert.Equal(Post("Chair of the ADCS Standards, Performance & Inspection Policy Committee")!.Key, Post("Chair of the SPI committee", acronyms)!.Key);
        Assert.Equal(Post("Chair of the ADCS Resources & Sustainability Policy Committee")!.Key, Post("Chair of the Resources and Sustainability Policy Committee")!.Key);
        Assert.NotEqual(Post("Chair of the Resources and Sustainability Policy Committee")!.Key, Post("Co-chair of the Resources and Sustainability Policy Committee")!.Key);
    }

    [Fact]
    public void A_body_s_name_stops_before_a_person_named_after_it() =>
        Assert.Equal("Chair of the Resources and Sustainability Policy Committee", Post("Chair of the Resources and Sustainability Policy Committee, Matt Dunkley, said")!.Title);

    [Theory]
    [InlineData("North Yorkshire County Council", "North Yorkshire")]
    [InlineData("Brighton and Hove", "Brighton & Hove")]
    [InlineData("Nottingham City", "Nottingham")]
    [InlineData("Barnsley Metropolitan Borough", "Barnsley")]
    public void A_place_is_named_without_the_kind_of_council(string written, string place) =>
        Assert.Equal(place, OfficeText.Place(written));
}
