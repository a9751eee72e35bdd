using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Content;

public class FrontMatterTests
{
    [Fact]
    public void Splits_front_matter_from_body_and_counts_body_line()
    {
        var source = FrontMatter.Parse("---\ntitle: Hello\n---\n\nBody text\n", "posts/a.md");

        Assert.Equal("Hello", ((YamlDotNet.RepresentationModel.YamlScalarNode)source.Fields["title"]).Value);
        Assert.Equal("\nBody text\n", source.Body);
        Assert.Equal(4, source.BodyFirstLine);
    }

    [Fact]
    public void Accepts_bom_and_crlf()
    {
        var source = FrontMatter.Parse("\uFEFF---\r\ntitle: Hello\r\n---\r\nBody\r\n", "posts/a.md");

        Assert.Equal("Body\n", source.Body);
    }

    [Theory]
    [InlineData("---\ntitle: Hello\n---\n\nBody text\n")]
    [InlineData("\uFEFF---\r\ntitle: Hello\r\n---\r\nBody\r\n")]
    [InlineData("\uFEFF---\ntitle: Hello\n---\nBody\n")]
    [InlineData("---\ntitle: Hello\n---")]
    public void The_body_alone_is_the_body_parse_gives(string text) =>
        Assert.Equal(FrontMatter.Parse(text, "posts/a.md").Body, FrontMatter.Body(text, "posts/a.md"));

    [Fact]
    public void The_body_alone_does_not_read_the_yaml_but_still_needs_its_fences()
    {
        Assert.Equal("Body\n", FrontMatter.Body("---\ntitle: [x\n---\nBody\n", "posts/a.md"));
        Assert.StartsWith(
            "posts/a.md:1:1: error: front matter is not closed",
            Assert.Throws<SiteException>(() => FrontMatter.Body("---\ntitle: x\nbody", "posts/a.md")).Diagnostics.Single().ToString());
    }

    [Theory]
    [InlineData("---\ntitle: Hello\n---\n\nBody text\n")]
    [InlineData("\uFEFF---\r\ntitle: Hello\r\n---\r\nBody\r\n")]
    [InlineData("\uFEFF---\ntitle: Hello\n---\n\u2028Body\n")]
    [InlineData("---\ntitle: Hello\n---")]
    [InlineData("---  \ntitle: Hello\n...\t\nBody\n")]
    [InlineData("---\n---\n")]
    public void The_fields_alone_are_the_fields_parse_gives(string text)
    {
        var whole = FrontMatter.Parse(text, "posts/a.md");
        var fields = FrontMatter.ParseFields(text, "posts/a.md");

        Assert.Equal((whole.Yaml, whole.FieldsFirstLine, whole.BodyFirstLine), (fields.Yaml, fields.FieldsFirstLine, fields.BodyFirstLine));
        Assert.Equal(FrontMatter.ToPlainDictionary(whole.Fields), FrontMatter.ToPlainDictionary(fields.Fields));
    }

    [Theory]
    [InlineData("title: x\n")]
    [InlineData("\uFEFF\uFEFF---\r\ntitle: x\r\n---\r\n")]
    [InlineData("---\ntitle: x\nbody")]
    [InlineData("---\ntitle: [x\n---\n")]
    public void The_fields_alone_fail_as_parse_does(string text) =>
        Assert.Equal(
            Assert.Throws<SiteException>(() => FrontMatter.Parse(text, "posts/a.md")).Diagnostics,
            Assert.Throws<SiteException>(() => FrontMatter.ParseFields(text, "posts/a.md")).Diagnostics);

    [Theory]
    [InlineData("title: x\n", "posts/a.md:1:1: error: no front matter: the file must start with a '---' line, then YAML keys such as 'title:', then a closing '---' line")]
    [InlineData("---\ntitle: x\nbody", "posts/a.md:1:1: error: front matter is not closed: add a '---' line after the last front matter key")]
    [InlineData("---\ntitle: [x\n---\n", "posts/a.md:3:1: error: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'.")]
    [InlineData("---\ntitle: a\ntitle: b\n---\n", "posts/a.md:3:1: error: invalid YAML: Duplicate key")]
    public void Reports_malformed_front_matter_with_location(string text, string expected)
    {
        var error = Assert.Throws<SiteException>(() => FrontMatter.Parse(text, "posts/a.md"));

        Assert.StartsWith(expected, error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Writer_output_parses_back_to_the_same_values()
    {
        var text = FrontMatterWriter.Write(
            [
                new("title", "A: “quoted” title"),
                new("date", "2019-07-15"),
                new("tags", new List<string> { "send", "funding" }),
                new("source", new Dictionary<string, object?> { ["title_truncated"] = true }),
            ],
            "Body\n");

        var parsed = FrontMatter.Parse(text, "a.md");

        Assert.Equal("A: “quoted” title", ((YamlDotNet.RepresentationModel.YamlScalarNode)parsed.Fields["title"]).Value);
        Assert.Equal(true, FrontMatter.ToPlainDictionary((YamlDotNet.RepresentationModel.YamlMappingNode)parsed.Fields["source"])["title_truncated"]);
        Assert.Equal("Body\n", parsed.Body.TrimStart('\n'));
    }
}
