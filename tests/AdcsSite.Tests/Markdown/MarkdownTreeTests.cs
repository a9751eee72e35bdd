using AdcsSite.Generator.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AdcsSite.Tests.Markdown;

public class MarkdownTreeTests
{
    private const string Body = """
        # A *heading* with [a link](/x/)

        Text with **bold [nested *link*](a.md)** and `code`.

        - item [one](1.md)
          - nested ![image](i.png)

        | a | [b](b.md) |
        |---|---|
        | c | d |

        > quote [q](q.md)

        Note[^1].

        [^1]: A footnote with [f](f.md).
        """;

    [Fact]
    public void Finds_every_inline_in_the_order_markdig_does()
    {
        var document = MarkdownRenderer.Parse(Body);

        Assert.Equal(document.Descendants<LinkInline>().Select(l => l.Url), MarkdownTree.Inlines<LinkInline>(document).Select(l => l.Url));
        Assert.Equal(document.Descendants<LiteralInline>().Select(l => l.Content.ToString()), MarkdownTree.Inlines<LiteralInline>(document).Select(l => l.Content.ToString()));
        Assert.Equal(7, MarkdownTree.Inlines<LinkInline>(document).Count);
    }

    [Fact]
    public void Stops_at_the_first_match()
    {
        var seen = 0;

        Assert.True(MarkdownTree.AnyInline(MarkdownRenderer.Parse(Body), inline =>
        {
            seen++;
            return inline is LinkInline;
        }));
        Assert.Equal(5, seen); // "A ", the emphasis, "heading", " with ", the link
    }
}
