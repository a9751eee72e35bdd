using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Content;

public class SlugTests
{
    [Theory]
    [InlineData("Hello World", "hello-world")]
    [InlineData("Ofsted’s new framework: café & SEND", "ofsteds-new-framework-cafe-send")]
    [InlineData("  OFSTED ", "ofsted")]
    [InlineData("Care leavers", "care-leavers")]
    [InlineData("care-leavers", "care-leavers")]
    [InlineData("Children's services — 2019/20", "childrens-services-2019-20")]
    [InlineData("Ça coûte “cher”…", "ca-coute-cher")]
    [InlineData("!!!", Slug.Fallback)]
    [InlineData("", Slug.Fallback)]
    public void Slugs_are_lower_case_ascii_words_joined_by_dashes(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void The_documented_example_holds() =>
        Assert.Equal("ofsteds-new-framework-cafe-send", Slug.From("Ofsted’s new framework: café & SEND"));

    [Fact]
    public void Nfc_and_nfd_spellings_give_one_slug() =>
        Assert.Equal(Slug.From("caf\u00e9"), Slug.From("cafe\u0301"));
}
