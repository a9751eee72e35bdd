using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class PhotoCaptionsTests
{
    [Fact]
    public void A_caption_ending_in_a_credit_leaves_the_text_for_the_front_matter()
    {
        var (lines, caption) = PhotoCaptions.Extract(
        [
            "The mix of cuts and reform is posing a unique predicament.",
            "",
            "Jones: 'We're in the business of finding families for children, not children for families,' she says regarding adoption reforms. Image: Alex Deverill",
            "Jones: 'We're in the business of finding families for children, not children for families,' she says regarding adoption reforms. Image: Alex Deverill",
            "",
            "Debbie Jones became president on 1 April.",
        ]);

        Assert.Equal(["The mix of cuts and reform is posing a unique predicament.", "", "", "Debbie Jones became president on 1 April."], lines);
        Assert.Equal(new PhotoCaption("Jones: 'We're in the business of finding families for children, not children for families,' she says regarding adoption reforms.", "Alex Deverill"), caption);
    }

    [Theory]
    [InlineData("Photo: PA", null, "PA")]
    [InlineData("A family at home. Picture credit: Getty Images", "A family at home.", "Getty Images")]
    public void A_credit_line_is_recognised_with_or_without_a_caption(string line, string? caption, string credit) =>
        Assert.Equal(new PhotoCaption(caption, credit), PhotoCaptions.Read(line));

    [Theory]
    [InlineData("We looked at the image: it was not flattering.")]
    [InlineData("The bigger picture: local government is underfunded and demand keeps rising across the country, so we must act.")]
    [InlineData("Image: a world in which every child thrives, and every family has the support it needs to do well.")]
    public void A_sentence_that_only_mentions_an_image_stays_text(string line) =>
        Assert.Null(PhotoCaptions.Read(line));

    [Fact]
    public void Lines_without_a_caption_are_returned_as_they_are()
    {
        string[] lines = ["One.", "", "Two."];

        Assert.Same(lines, PhotoCaptions.Extract(lines).Lines);
    }
}
