using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AdcsSite.Generator.Content;

/// <summary>A source file split into its YAML front matter (as written, and parsed) and its Markdown body.</summary>
public sealed record SourceText(string Path, YamlMappingNode Fields, int FieldsFirstLine, string Body, int BodyFirstLine, string Yaml);

/// <summary>Splits and parses YAML front matter. Pure: text in, <see cref="SourceText"/> or a located <see cref="SiteException"/> out.</summary>
public static class FrontMatter
{
    private const string Fence = "---";

    /// <summary>Front matter is a few keys; a block this large is a missing closing fence or a pasted file, and YAML parsing it would be slow.</summary>
    public const int MaxFrontMatterLength = 256 * 1024;

    public static SourceText Parse(string text, string path)
    {
        var (yaml, body, bodyLine) = Split(text, path);
        return new SourceText(path, ParseMapping(yaml, path, firstLine: 2), 2, body, bodyLine, yaml);
    }

    /// <summary>
    /// The Markdown body alone, without parsing the YAML: a build reads each body only when it renders it, so that a
    /// large site never holds every body at once. Fails as <see cref="Parse"/> does on a file without front matter.
    /// </summary>
    public static string Body(string text, string path) => Split(text, path).Body;

    /// <summary>The front matter as written and the body, unparsed; fails as <see cref="Parse"/> does on a file without front matter.</summary>
    public static (string Yaml, string Body, int BodyLine) Split(string text, string path)
    {
        text = Normalize(text);
        if (!text.AsSpan(0, FirstLineLength(text)).TrimEnd().SequenceEqual(Fence))
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

        var yaml = text[Math.Min(yamlStart, text.Length)..closing];
        var afterFence = text.IndexOf('\n', closing);
        var body = afterFence < 0 ? "" : text[(afterFence + 1)..];
        var bodyLine = CountLines(text, afterFence < 0 ? text.Length : afterFence + 1);
        return (yaml, body, bodyLine);
    }

    /// <summary>Parses a whole YAML data file (settings, authors, tags) that must be a mapping; an empty file is an empty mapping.</summary>
    public static YamlMappingNode ParseMapping(string yaml, string path, int firstLine = 1)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(Normalize(yaml)));
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

    private static int FirstLineLength(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text.Length : end;
    }

    private static int FindClosingFence(string text, int from)
    {
        var lineStart = from;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            var line = text.AsSpan(lineStart, (end < 0 ? text.Length : end) - lineStart).TrimEnd();
            if (line is Fence or "...")
            {
                return lineStart;
            }

            if (end < 0)
            {
                return -1;
            }

            lineStart = end + 1;
        }

        return -1;
    }

    private static int CountLines(string text, int upTo) => text.AsSpan(0, upTo).Count('\n') + 1;

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
