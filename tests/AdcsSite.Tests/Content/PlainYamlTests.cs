using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AdcsSite.Tests.Content;

public class PlainYamlTests
{
    [Theory]
    [InlineData("title: Hello\n")]
    [InlineData("title: Hello")]
    [InlineData("title: \"Q&A: \\\"quoted\\\" and \\\\ back\"\ndate: 2021-03-04T16:05:00Z\n")]
    [InlineData("author_evidence: 'no writer: it''s the association'\n")]
    [InlineData("tags: [\"send\", data, 'mental-health']\nempty:\nlast: y # a comment\n")]
    [InlineData("tags: []\nother: [ a ,b ]   # spaced\n")]
    [InlineData("# leading comment\n\ntitle: C# and F#, 50% off\nurl: https://example.org/a#b\n\n# trailing\n\n")]
    [InlineData("authors:\n  - adcs\n  - 'b c'\ntags:\n- x\n- \"y\"\n# between\nsource:\n  file: input/raw/x.txt\n  index: 9\nafter: z\n")]
    [InlineData("source:\n  nested:\n    deeper: 1\n  back: 2\ntop: 3")]
    [InlineData("summary: Last week I attended the Greater Manchester Conference, and – yes – it was “good”.\n")]
    public void Plain_front_matter_is_read_into_the_nodes_YamlDotNet_makes(string yaml)
    {
        var parser = PlainYaml.Parser(yaml);

        Assert.NotNull(parser);
        Assert.Equal(Describe(ByYamlDotNet(yaml)), Describe(Load(parser)));
    }

    [Theory]
    [InlineData("title: &a anchored\n")]
    [InlineData("title: !tag x\n")]
    [InlineData("body: |\n  a block\n")]
    [InlineData("summary: a plain value\n  that goes on\n")]
    [InlineData("title: \"an \\n escape\"\n")]
    [InlineData("title:\tx\n")]
    [InlineData("map: {a: 1}\n")]
    [InlineData("title: 'x'#comment\n")]
    [InlineData("key:value\n")]
    [InlineData("title: a: b\n")]
    [InlineData("  indented: first\n")]
    [InlineData("title: \"not closed\n")]
    [InlineData("tags: [a, [b]]\n")]
    [InlineData("tags: [a,]\n")]
    [InlineData("tags: [a\n")]
    [InlineData("\"quoted key\": x\n")]
    [InlineData("title: bell\u0007\n")]
    [InlineData("list:\n  - a\n  key: b\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("empty:   \n")]
    public void Anything_else_is_left_to_YamlDotNet(string yaml) => Assert.Null(PlainYaml.Parser(yaml));

    [Fact]
    public void Every_front_matter_and_data_file_of_the_archive_is_plain_and_read_the_same()
    {
        var input = Path.Combine(TestSite.RepositoryRoot, "input");
        var files = Directory.GetFiles(Path.Combine(input, "posts"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(input, "pages"), "*.md", SearchOption.AllDirectories))
            .Select(path => FrontMatter.Split(File.ReadAllText(path), path).Yaml)
            .Concat(new[] { "site.yml", "authors.yml", "tags.yml" }.Select(name => File.ReadAllText(Path.Combine(input, name))))
            .ToList();

        Assert.True(files.Count > 100);
        Assert.All(files, yaml => Assert.Equal(Describe(ByYamlDotNet(yaml)), Describe(Load(PlainYaml.Parser(yaml) ?? throw new Xunit.Sdk.XunitException($"not read as plain:\n{yaml}")))));
    }

    [Property(MaxTest = 3000)]
    public Property What_it_reads_YamlDotNet_reads_the_same_and_it_reads_nothing_YamlDotNet_refuses() =>
        Prop.ForAll(FrontMatterText().ToArbitrary(), yaml =>
        {
            var parser = PlainYaml.Parser(yaml);
            return parser is null || Outcome(() => ByYamlDotNet(yaml)) == Outcome(() => Load(parser));
        });

    /// <summary>The nodes, or the error: a duplicate key is refused when the nodes are built, whichever reader read the text.</summary>
    private static string Outcome(Func<YamlNode> read)
    {
        try
        {
            return Describe(read());
        }
        catch (YamlException e)
        {
            return $"error at {e.Start}: {e.Message}";
        }
    }

    [Fact]
    public void Enough_of_the_generated_front_matter_is_plain_for_the_property_to_test_the_reader()
    {
        var samples = FrontMatterText().Sample(200, 10);

        Assert.InRange(samples.Count(yaml => PlainYaml.Parser(yaml) is not null), 50, 200);
    }

    private static YamlNode ByYamlDotNet(string yaml) => Load(new Parser(new StringReader(yaml)));

    private static YamlNode Load(IParser parser)
    {
        var stream = new YamlStream();
        stream.Load(parser);
        return stream.Documents[0].RootNode;
    }

    /// <summary>Everything a node holds that a reader of front matter could see: kind, position, tag, anchor, style and value.</summary>
    private static string Describe(YamlNode node)
    {
        var text = new StringBuilder();
        Write(node, 0);
        return text.ToString();

        void Write(YamlNode n, int depth)
        {
            text.Append(' ', depth * 2).Append($"{n.NodeType} {n.Start.Index}/{n.Start.Line}/{n.Start.Column}-{n.End.Index}/{n.End.Line}/{n.End.Column} tag={n.Tag} anchor={n.Anchor}");
            switch (n)
            {
                case YamlScalarNode scalar:
                    text.Append($" {scalar.Style} [{scalar.Value}]\n");
                    break;
                case YamlSequenceNode sequence:
                    text.Append($" {sequence.Style}\n");
                    foreach (var item in sequence.Children)
                    {
                        Write(item, depth + 1);
                    }

                    break;
                case YamlMappingNode mapping:
                    text.Append($" {mapping.Style}\n");
                    foreach (var (key, value) in mapping.Children)
                    {
                        Write(key, depth + 1);
                        Write(value, depth + 2);
                    }

                    break;
            }
        }
    }

    /// <summary>Front matter from the pieces this reader knows and a few it must leave alone.</summary>
    private static Gen<string> FrontMatterText()
    {
        var word = Gen.Frequency(
            (12, Gen.Elements("a", "title", "Q&A", "C#", "50%", "x-y", "it's", "–", "“q”", "http://e.org/a#b", "é", "true", "~", "2019-05-04")),
            (1, Gen.Elements("-1", "a:b", "#", ":", "", "[x]", "b,c", "\\", "\"", "'")));
        var words = Gen.NonEmptyListOf(word).Select(ws => string.Join(' ', ws));
        var spaces = Gen.Elements("", " ", "  ");
        var comment = Gen.Elements("", " # note", "# tight", "  #");
        var scalar = Gen.Frequency(
            (6, words),
            (3, words.Select(w => $"\"{w.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"")),
            (3, words.Select(w => $"'{w.Replace("'", "''")}'")),
            (1, Gen.Elements("\"a \\n b\"", "'open", "&anchor x", "|", "!t x")));
        var flow = Gen.ListOf(scalar).Select(items => $"[{string.Join(", ", items)}]");
        var key = Gen.Elements("title", "date", "tags", "source", "file_name", "x-y", "k1", "dup");
        var line = Gen.OneOf(
            Gen.Zip(Gen.Zip(key, spaces), Gen.Zip(Gen.OneOf(scalar, flow), comment)).Select(t => $"{t.Item1.Item1}:{(t.Item1.Item2.Length == 0 ? " " : t.Item1.Item2)}{t.Item2.Item1}{t.Item2.Item2}\n"),
            key.Select(k => $"{k}:\n"),
            Gen.Zip(key, Gen.ListOf(scalar)).Select(t => $"{t.Item1}:\n" + string.Concat(t.Item2.Select(s => $"  - {s}\n"))),
            Gen.Zip(key, Gen.ListOf(scalar)).Select(t => $"{t.Item1}:\n" + string.Concat(t.Item2.Select(s => $"- {s}\n"))),
            Gen.Zip(key, Gen.ListOf(Gen.Zip(key, scalar))).Select(t => $"{t.Item1}:\n" + string.Concat(t.Item2.Select(kv => $"  {kv.Item1}: {kv.Item2}\n"))),
            Gen.Elements("# a comment\n", "\n", "# a comment\n", "\n", "# a comment\n", "  # indented comment\n", "  continued\n"));
        return Gen.Zip(Gen.NonEmptyListOf(line), Gen.Elements(true, false))
            .Select(t => string.Concat(t.Item1) is var yaml && !t.Item2 && yaml.EndsWith('\n') ? yaml[..^1] : string.Concat(t.Item1));
    }
}
