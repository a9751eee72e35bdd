using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AdcsSite.Generator.Content;

/// <summary>
/// The YAML nearly every front matter is written in, read without YamlDotNet's scanner, which took most of the time
/// of loading a post: a block mapping of simple keys whose values are one-line scalars (plain, single- or double-quoted),
/// one-line flow lists of them, block lists of them, or mappings of the same. It gives the events YamlDotNet's parser
/// gives for the same text, with the same positions, so the nodes built from them are the same; for anything else,
/// however valid (anchors, tags, block scalars, multi-line or escaped scalars, tabs), it gives nothing, and the text is
/// parsed by YamlDotNet, which also reports every error.
/// </summary>
internal sealed class PlainYaml
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@` ";

    // What YAML does not allow in a file (control characters, a byte order mark past the start), and tabs and
    // carriage returns, which this reader leaves to YamlDotNet.
    private static readonly System.Buffers.SearchValues<char> LeftToYamlDotNet = System.Buffers.SearchValues.Create(
        "\0\x01\x02\x03\x04\x05\x06\x07\x08\t\x0B\x0C\r\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F"
        + "\x7F\x80\x81\x82\x83\x84\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F"
        + "\uFEFF\uFFFE\uFFFF");

    // What YamlDotNet's Empty fields hold (default), written so that their types' static fields are never read:
    // AnchorName's include a compiled regular expression, whose making took 16-28 ms of the first parse.
    private static readonly AnchorName NoAnchor = default;
    private static readonly TagName NoTag = default;

    private readonly string text;
    private readonly int[] lineStarts;
    private readonly List<ParsingEvent> events = [];

    private PlainYaml(string text)
    {
        this.text = text;
        var starts = new List<int> { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            starts.Add(at + 1);
        }

        lineStarts = [.. starts];
    }

    /// <summary>A parser of <paramref name="yaml"/> (with '\n' line breaks only), or null if it is not in the plain form.</summary>
    public static IParser? Parser(string yaml)
    {
        if (yaml.AsSpan().ContainsAny(LeftToYamlDotNet))
        {
            return null;
        }

        var reader = new PlainYaml(yaml);
        return reader.Document() ? new EventList(reader.events) : null;
    }

    private bool Document()
    {
        var first = NextLine(0, significantOnly: true);
        if (first < 0 || Indent(first) != 0)
        {
            return false;
        }

        var start = new Mark(0, 1, 1);
        events.Add(new StreamStart(start, start));
        events.Add(new DocumentStart(null, null, isImplicit: true, TokenAt(first), TokenAt(first)));
        if (!Mapping(first, 0, out var next) || next >= 0)
        {
            return false;
        }

        var end = End();
        events.Add(new DocumentEnd(isImplicit: true, end, end));
        events.Add(new StreamEnd(end, end));
        return true;
    }

    private bool Mapping(int line, int indent, out int next)
    {
        next = -1;
        events.Add(new MappingStart(NoAnchor, NoTag, isImplicit: true, MappingStyle.Block, TokenAt(line), TokenAt(line)));
        while (line >= 0 && Indent(line) == indent)
        {
            var keyStart = lineStarts[line] + indent;
            var keyEnd = keyStart;
            while (keyEnd < LineEnd(line) && (char.IsAsciiLetterOrDigit(text[keyEnd]) || text[keyEnd] is '_' or '-'))
            {
                keyEnd++;
            }

            if (keyEnd == keyStart || text[keyStart] == '-' || keyEnd == LineEnd(line) || text[keyEnd] != ':')
            {
                return false;
            }

            events.Add(Plain(line, keyStart, keyEnd));
            var afterColon = keyEnd + 1;
            if (afterColon == LineEnd(line))
            {
                if (!Nested(line, indent, afterColon, out line))
                {
                    return false;
                }

                continue;
            }

            var valueStart = SkipSpaces(line, afterColon);
            if (valueStart == afterColon || valueStart == LineEnd(line) || text[valueStart] == '#')
            {
                return false;
            }

            var read = text[valueStart] == '[' ? FlowList(line, valueStart, out var rest) : Scalar(line, valueStart, flow: false, out rest);
            if (!read || !OnlyComment(line, rest) || !EndsHere(line, indent))
            {
                return false;
            }

            line = NextLine(line + 1, significantOnly: true);
        }

        if (line >= 0 && Indent(line) > indent)
        {
            return false;
        }

        events.Add(new MappingEnd(TokenAt(line), TokenAt(line)));
        next = line;
        return true;
    }

    /// <summary>What a key with nothing after its colon holds: a list or mapping on the lines below, or an empty value.</summary>
    private bool Nested(int keyLine, int indent, int afterColon, out int next)
    {
        next = NextLine(keyLine + 1, significantOnly: true);
        if (next >= 0 && Indent(next) > indent)
        {
            return IsItem(next) ? List(next, indentless: false, out next) : Mapping(next, Indent(next), out next);
        }

        if (next >= 0 && Indent(next) == indent && IsItem(next))
        {
            return List(next, indentless: true, out next);
        }

        var empty = MarkAt(keyLine, afterColon);
        events.Add(new Scalar(NoAnchor, NoTag, "", ScalarStyle.Plain, true, false, empty, empty));
        return NextLine(keyLine + 1, significantOnly: false) is var after && (after < 0 || Indent(after) <= indent);
    }

    /// <summary>A block list of one-line scalars; an indentless one ("- x" under its key, not indented) starts at its first dash.</summary>
    private bool List(int line, bool indentless, out int next)
    {
        next = -1;
        var indent = Indent(line);
        var dash = lineStarts[line] + indent;
        events.Add(new SequenceStart(NoAnchor, NoTag, true, SequenceStyle.Block, MarkAt(line, dash), MarkAt(line, indentless ? dash + 1 : dash)));
        while (line >= 0 && Indent(line) == indent && IsItem(line))
        {
            var item = lineStarts[line] + indent + 2;
            if (!Scalar(line, item, flow: false, out var rest) || !OnlyComment(line, rest) || !EndsHere(line, indent))
            {
                return false;
            }

            line = NextLine(line + 1, significantOnly: true);
        }

        if (line >= 0 && (Indent(line) > indent || (!indentless && Indent(line) == indent)))
        {
            return false;
        }

        events.Add(new SequenceEnd(TokenAt(line), TokenAt(line)));
        next = line;
        return true;
    }

    /// <summary>"[a, 'b', "c"]" on one line.</summary>
    private bool FlowList(int line, int open, out int rest)
    {
        rest = -1;
        events.Add(new SequenceStart(NoAnchor, NoTag, true, SequenceStyle.Flow, MarkAt(line, open), MarkAt(line, open)));
        var at = SkipSpaces(line, open + 1);
        if (at < LineEnd(line) && text[at] == ']')
        {
            return Close(line, at, out rest);
        }

        while (at < LineEnd(line))
        {
            if (!Scalar(line, at, flow: true, out var after))
            {
                return false;
            }

            at = SkipSpaces(line, after);
            if (at < LineEnd(line) && text[at] == ']')
            {
                return Close(line, at, out rest);
            }

            if (at == LineEnd(line) || text[at] != ',')
            {
                return false;
            }

            at = SkipSpaces(line, at + 1);
        }

        return false;
    }

    private bool Close(int line, int bracket, out int rest)
    {
        events.Add(new SequenceEnd(MarkAt(line, bracket), MarkAt(line, bracket)));
        rest = bracket + 1;
        return true;
    }

    /// <summary>A scalar on one line from <paramref name="start"/>; <paramref name="rest"/> is where the line goes on after it.</summary>
    private bool Scalar(int line, int start, bool flow, out int rest)
    {
        rest = -1;
        var end = LineEnd(line);
        if (start >= end)
        {
            return false;
        }

        switch (text[start])
        {
            case '"':
            case '\'':
                return Quoted(line, start, out rest);
            case var first when Indicators.Contains(first):
                return false;
        }

        var stop = start;
        while (stop < end && !(flow ? text[stop] is ',' or ']' : text[stop] == '#' && text[stop - 1] == ' '))
        {
            stop++;
        }

        var value = text.AsSpan(start, stop - start).TrimEnd(' ');
        if (flow ? value.ContainsAny("[]{}#:") || stop == end : value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return false;
        }

        events.Add(Plain(line, start, start + value.Length));
        rest = start + value.Length;
        return true;
    }

    private bool Quoted(int line, int open, out int rest)
    {
        rest = -1;
        var quote = text[open];
        var value = new System.Text.StringBuilder();
        for (var at = open + 1; at < LineEnd(line); at++)
        {
            var c = text[at];
            if (quote == '"' && c == '\\')
            {
                if (at + 1 == LineEnd(line) || text[at + 1] is not ('"' or '\\'))
                {
                    return false;
                }

                value.Append(text[++at]);
            }
            else if (c == quote && quote == '\'' && at + 1 < LineEnd(line) && text[at + 1] == '\'')
            {
                value.Append('\'');
                at++;
            }
            else if (c == quote)
            {
                var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
                events.Add(new Scalar(NoAnchor, NoTag, value.ToString(), style, false, true, MarkAt(line, open), MarkAt(line, at + 1)));
                rest = at + 1;
                return true;
            }
            else
            {
                value.Append(c);
            }
        }

        return false;
    }

    private Scalar Plain(int line, int start, int end) =>
        new(NoAnchor, NoTag, text[start..end], ScalarStyle.Plain, true, false, MarkAt(line, start), MarkAt(line, end));

    /// <summary>Whether the line goes on from <paramref name="at"/> with nothing but spaces and a comment after one.</summary>
    private bool OnlyComment(int line, int at)
    {
        var next = SkipSpaces(line, at);
        return next == LineEnd(line) || (text[next] == '#' && next > at);
    }

    /// <summary>Whether nothing on the lines after a value could continue it: it would be more indented than its key.</summary>
    private bool EndsHere(int line, int indent) =>
        NextLine(line + 1, significantOnly: false) is var next && (next < 0 || Indent(next) <= indent);

    private bool IsItem(int line)
    {
        var at = lineStarts[line] + Indent(line);
        return text[at] == '-' && at + 1 < LineEnd(line) && text[at + 1] == ' ';
    }

    /// <summary>The first line from <paramref name="line"/> that is not blank (and, if <paramref name="significantOnly"/>, not a comment), or -1.</summary>
    private int NextLine(int line, bool significantOnly)
    {
        for (; line < lineStarts.Length; line++)
        {
            var first = lineStarts[line] + Indent(line);
            if (first < LineEnd(line) && !(significantOnly && text[first] == '#'))
            {
                return line;
            }
        }

        return -1;
    }

    private int Indent(int line) => SkipSpaces(line, lineStarts[line]) - lineStarts[line];

    private int SkipSpaces(int line, int at)
    {
        while (at < LineEnd(line) && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private int LineEnd(int line) => line + 1 < lineStarts.Length ? lineStarts[line + 1] - 1 : text.Length;

    private Mark MarkAt(int line, int at) => new(at, line + 1, at - lineStarts[line] + 1);

    /// <summary>Where the token on <paramref name="line"/> starts, or the end of the text for -1.</summary>
    private Mark TokenAt(int line) => line < 0 ? End() : MarkAt(line, lineStarts[line] + Indent(line));

    /// <summary>YAML's end of the text: the start of the line after the last, as if the text ended with a line break.</summary>
    private Mark End() => new(text.Length, lineStarts.Length + (text.EndsWith('\n') ? 0 : 1), 1);

    private sealed class EventList(List<ParsingEvent> events) : IParser
    {
        private int position = -1;

        public ParsingEvent? Current => position >= 0 && position < events.Count ? events[position] : null;

        public bool MoveNext() => ++position < events.Count;
    }
}
