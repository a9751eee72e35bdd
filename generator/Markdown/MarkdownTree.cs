using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AdcsSite.Generator.Markdown;

/// <summary>
/// Walks the inlines of a parsed body in document order. Markdig's <c>Descendants</c> nests an iterator per level,
/// which, at some 140 pieces of text a body, cost as much as looking at them.
/// </summary>
public static class MarkdownTree
{
    /// <summary>Whether <paramref name="match"/> holds for some inline under <paramref name="block"/>; stops at the first.</summary>
    public static bool AnyInline(Block block, Func<Inline, bool> match) => block switch
    {
        LeafBlock leaf => leaf.Inline is { } inline && AnyInline(inline, match),
        ContainerBlock container => AnyInBlocks(container, match),
        _ => false,
    };

    /// <summary>Every inline under <paramref name="block"/> of type <typeparamref name="T"/>, in document order.</summary>
    public static List<T> Inlines<T>(Block block)
        where T : Inline
    {
        var found = new List<T>();
        AnyInline(block, inline =>
        {
            if (inline is T match)
            {
                found.Add(match);
            }

            return false;
        });
        return found;
    }

    /// <summary>Every block under <paramref name="container"/> of type <typeparamref name="T"/>, in document order.</summary>
    public static List<T> Blocks<T>(ContainerBlock container)
        where T : Block
    {
        var found = new List<T>();
        Collect(container);
        return found;

        void Collect(ContainerBlock parent)
        {
            for (var i = 0; i < parent.Count; i++)
            {
                if (parent[i] is T match)
                {
                    found.Add(match);
                }

                if (parent[i] is ContainerBlock children)
                {
                    Collect(children);
                }
            }
        }
    }

    private static bool AnyInBlocks(ContainerBlock container, Func<Inline, bool> match)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (AnyInline(container[i], match))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyInline(ContainerInline container, Func<Inline, bool> match)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (match(inline) || (inline is ContainerInline children && AnyInline(children, match)))
            {
                return true;
            }
        }

        return false;
    }
}
