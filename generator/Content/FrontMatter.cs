using System.Buffers;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AdcsSite.Generator.Content;

/// <summary>A source file's YAML front matter (as written, and parsed) and the line its Markdown body starts on.</summary>
public record SourceFields(string Path, YamlMappingNode Fields, int FieldsFirstLine, int BodyFirstLine, string Yaml);

/// <summary>A source file split into its YAML front matter (as written, and parsed) and its Markdown body.</summary>
public sealed record SourceText(string Path, YamlMappingNode Fields, int FieldsFirstLine, string Body, int BodyFirstLine, string Yaml)
    : SourceFields(Path, Fields, FieldsFirstLine, BodyFirstLine, Yaml);

/// <summary>Splits and parses YAML front matter. Pure: text in, <see cref="SourceText"/> or a located <see cref="SiteException"/> out.</summary>
public static class FrontMatter
{
    private const string Fence = "---";

    /// <summary>Front matter is a few keys; a block this large is a missing closing fence or a pasted file, and YAML parsing it would be slow.</summary>
    public const int MaxFrontMatterLength = 256 * 1024;

    private const int FieldsFirstLine = 2;

    /// <summary>Line breaks other than '\n' that <see cref="Normalize"/> rewrites.</summary>
    private static readonly SearchValues<char> OtherLineBreaks = SearchValues.Create("\r\f\u0085\u2028\u2029");

    public static SourceText Parse(string text, string path)
    {
        var (yaml, body, bodyLine) = Split(text, path);
        return new SourceText(path, ParseMapping(yaml, path, FieldsFirstLine), FieldsFirstLine, body, bodyLine, yaml);
    }

    /// <summary>
    /// <see cref="Parse"/> without the body, for a caller that reads it later: the text is only looked at, so a file
    /// read into a reused buffer costs no copy of its body. Fails as <see cref="Parse"/> does.
    /// </summary>
    public static SourceFields ParseFields(ReadOnlySpan<char> text, string path)
    {
        var (yaml, bodyLine) = SplitFields(text, path);
        return new SourceFields(path, ParseMapping(yaml, path, FieldsFirstLine), FieldsFirstLine, bodyLine, yaml);
    }

    private static (string Yaml, int BodyLine) SplitFields(ReadOnlySpan<char> text, string path)
    {
        if (!TryLocateInPlace(ref text, path, out var parts))
        {
            var (yaml, _, bodyLine) = Split(new string(text), path);
            return (yaml, bodyLine);
        }

        return (new string(text[parts.YamlStart..parts.YamlEnd]), CountLines(text, parts.BodyStart));
    }

    /// <summary>
    /// <see cref="Locate"/> on the text as it is, past a byte order mark; false, with nothing located, if its line
    /// breaks must be rewritten first (see <see cref="Normalize"/>), which only a copy of it can be.
    /// </summary>
    private static bool TryLocateInPlace(ref ReadOnlySpan<char> text, string path, out (int YamlStart, int YamlEnd, int BodyStart) parts)
    {
        parts = default;
        if (text.ContainsAny(OtherLineBreaks))
        {
            return false;
        }

        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        parts = Locate(text, path);
        return true;
    }

    /// <summary>
    /// The Markdown body alone, without parsing the YAML: a build reads each body only when it renders it, so that a
    /// large site never holds every body at once. Fails as <see cref="Parse"/> does on a file without front matter.
    /// </summary>
    /// <remarks>
    /// The text is only looked at, so a file read into a reused buffer is copied once, into the body: the body is all
    /// of a post but its few lines of front matter, and every post's body is read while rendering.
    /// </remarks>
    public static string Body(ReadOnlySpan<char> text, string path) =>
        TryLocateInPlace(ref text, path, out var parts) ? new string(text[parts.BodyStart..]) : Split(new string(text), path).Body;

    /// <summary>The front matter as written and the body, unparsed; fails as <see cref="Parse"/> does on a file without front matter.</summary>
    public static (string Yaml, string Body, int BodyLine) Split(string text, string path)
    {
        text = Normalize(text);
        var (yamlStart, yamlEnd, bodyStart) = Locate(text, path);
        return (text[yamlStart..yamlEnd], text[bodyStart..], CountLines(text, bodyStart));
    }

    /// <summary>Where the front matter starts and ends and where the body starts, in text with only '\n' line breaks.</summary>
    private static (int YamlStart, int YamlEnd, int BodyStart) Locate(ReadOnlySpan<char> text, string path)
    {
        if (!text[..FirstLineLength(text)].TrimEnd().SequenceEqual(Fence))
        {
            throw new SiteException(Diagnostic.Error(path, 1, 1, "no front matter: the file must start with a '---' line, then YAML keys such as 'title:', then a closing '---' line"));
        }

        var yamlStart = FirstLineLength(text) + 1;
        var closing = FindClosingFence(text, yamlStart);
        if (closing < 0)
        {
            throw new SiteException(Diagnostic.Error(path, 1, 1, "front matter is not closed: add a '---' line after the last front matter key"));
        }

        if (closing - yamlStart > MaxFrontMatterLength)
        {
            throw new SiteException(Diagnostic.Error(path, 1, 1, $"front matter is {(closing - yamlStart) / 1024} KB; it must be under {MaxFrontMatterLength / 1024} KB (is the closing '---' in the wrong place?)"));
        }

        var fenceLineLength = text[closing..].IndexOf('\n');
        return (Math.Min(yamlStart, text.Length), closing, fenceLineLength < 0 ? text.Length : closing + fenceLineLength + 1);
    }

    /// <summary>Parses a whole YAML data file (settings, authors, tags) that must be a mapping; an empty file is an empty mapping.</summary>
    public static YamlMappingNode ParseMapping(string yaml, string path, int firstLine = 1)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }

        var stream = new YamlStream();
        var normalized = Normalize(yaml);
        try
        {
            stream.Load(PlainYaml.Parser(normalized) ?? new Parser(new StringReader(normalized)));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && e.Message.Contains("see inner exception", StringComparison.OrdinalIgnoreCase)
                ? inner.Message
                : e.Message;
            throw new SiteException(Diagnostic.Error(path, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column, $"invalid YAML: {TrimYamlMessage(message)}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections ("title: [broken" then more keys).
            var line = UnclosedFlowLine(yaml);
            throw new SiteException(Diagnostic.Error(path, line + firstLine - 1, 1, "invalid YAML: a '[' or '{' is not closed"));
        }

        return stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }
            ? new YamlMappingNode()
            : stream.Documents[0].RootNode as YamlMappingNode
              ?? throw new SiteException(Diagnostic.Error(path, firstLine, 1, "expected 'key: value' lines"));
    }

    /// <summary>Converts a YAML node into plain values templates can use: strings, booleans, numbers, lists and dictionaries.</summary>
    public static object? ToPlainValue(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "True" } => true,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "false" or "False" } => false,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "~" or "null" or "" or null } => null,
        YamlScalarNode { Style: ScalarStyle.Plain } s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToPlainValue).ToList(),
        YamlMappingNode map => ToPlainDictionary(map),
        _ => null,
    };

    public static Dictionary<string, object?> ToPlainDictionary(YamlMappingNode map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            result[((YamlScalarNode)k).Value ?? ""] = ToPlainValue(v);
        }

        return result;
    }

    private static string Normalize(string text) =>
        (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text).ReplaceLineEndings("\n");

    private static int FirstLineLength(ReadOnlySpan<char> text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text.Length : end;
    }

    private static int FindClosingFence(ReadOnlySpan<char> text, int from)
    {
        var lineStart = from;
        while (lineStart <= text.Length)
        {
            var lineLength = text[lineStart..].IndexOf('\n');
            var line = text.Slice(lineStart, lineLength < 0 ? text.Length - lineStart : lineLength).TrimEnd();
            if (line is Fence or "...")
            {
                return lineStart;
            }

            if (lineLength < 0)
            {
                return -1;
            }

            lineStart += lineLength + 1;
        }

        return -1;
    }

    private static int CountLines(ReadOnlySpan<char> text, int upTo) => text[..upTo].Count('\n') + 1;

    /// <summary>The 1-based line of the first '[' or '{' outside quotes that is not closed on its own line.</summary>
    private static int UnclosedFlowLine(string yaml)
    {
        var lines = Normalize(yaml).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var quote = '\0';
            foreach (var c in lines[i])
            {
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else
                {
                    depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
                }
            }

            if (depth > 0)
            {
                return i + 1;
            }
        }

        return 1;
    }

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 12) - (Line: 3, Col: 2, Idx: 13): "; the location is already in the diagnostic.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }
}
