using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace AdcsSite.Generator.Content;

/// <summary>
/// Reads typed values out of a YAML mapping, turning every wrong value into a located diagnostic
/// instead of stopping at the first one. Keys it was never asked for are the "rest" (extra).
/// </summary>
public sealed class FieldReader(YamlMappingNode map, string path, int firstLine)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public List<Diagnostic> Diagnostics { get; } = [];

    public string Path => path;

    public (int Line, int Column) Locate(string key)
    {
        var node = Find(key);
        return node is null ? (Math.Max(firstLine - 1, 1), 1) : Locate(node);
    }

    public bool Has(string key) => Find(key) is not null;

    public string? String(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode s:
                return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
            default:
                Error(node, $"'{key}' must be a single value, not a {Describe(node)}");
                return null;
        }
    }

    public string? RequiredString(string key, string example)
    {
        var node = Find(key);
        var value = String(key);
        if (value is null && node is null or YamlScalarNode)
        {
            var (line, column) = Locate(key);
            Diagnostics.Add(Diagnostic.Error(path, line, column, node is null
                ? $"'{key}' is missing; add a line such as '{key}: {example}'"
                : $"'{key}' is empty; give it a value such as '{key}: {example}'"));
        }

        return value;
    }

    public bool Bool(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalarNode { Value: var v } && bool.TryParse(v, out var b))
        {
            return b;
        }

        Error(node, $"'{key}' must be true or false");
        return false;
    }

    public int? PositiveInt(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: var v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }

        Error(node, $"'{key}' must be a whole number greater than 0");
        return null;
    }

    /// <summary>A list of strings; a single value is accepted only when <paramref name="singularKey"/> names it (e.g. 'author:').</summary>
    public IReadOnlyList<string> StringList(string key, string? singularKey = null) =>
        StringItems(key, singularKey).ConvertAll(item => item.Text);

    /// <summary>
    /// A list of paths on the site, such as aliases, each normalised by <see cref="SitePath"/> to "/posts/old-name/";
    /// one that would leave the site, or could not be a file there, is an error at its own item.
    /// </summary>
    /// <param name="noun">What one item is called in messages: "alias".</param>
    public IReadOnlyList<string> SitePaths(string key, string noun)
    {
        var paths = new List<string>();
        foreach (var (node, text) in StringItems(key, null))
        {
            if (SitePath.TryNormalize(text, out var normalized, out var problem))
            {
                paths.Add(normalized.Length == 0 ? "/" : $"/{normalized}/");
            }
            else
            {
                Error(node, $"{noun} '{text}' {problem}; an {noun} is a path inside the site, such as /posts/old-name/");
            }
        }

        return paths;
    }

    /// <summary>A nested set of keys (e.g. 'markdown:' in site.yml), read by a reader that reports into this one.</summary>
    public FieldReader Section(string key) =>
        new(MappingNode(key) ?? new YamlMappingNode(), path, firstLine, Diagnostics);

    private FieldReader(YamlMappingNode map, string path, int firstLine, List<Diagnostic> diagnostics)
        : this(map, path, firstLine) => Diagnostics = diagnostics;

    private List<StringItem> StringItems(string key, string? singularKey)
    {
        var node = Find(key);
        if (node is null && singularKey is not null && String(singularKey) is { } single)
        {
            return [new(Find(singularKey)!, single)];
        }

        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                var items = new List<StringItem>(seq.Children.Count);
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                    {
                        items.Add(new(item, text.Trim()));
                    }
                    else
                    {
                        Error(item, $"each item of '{key}' must be a single non-empty value");
                    }
                }

                return items;
            case YamlScalarNode { Value: null or "" or "~" }:
                return [];
            default:
                Error(node, $"'{key}' must be a list, e.g. '{key}: [first, second]', not a {Describe(node)}");
                return [];
        }
    }

    public DateTimeOffset? Date(string key, TimeZoneInfo zone)
    {
        var node = Find(key);
        var text = String(key);
        if (node is null || text is null)
        {
            return null;
        }

        var date = ContentDates.Parse(text, zone);
        if (date is null)
        {
            Error(node, $"'{key}' has an invalid date '{text}'; use YYYY-MM-DD (e.g. 2019-07-15) or ISO 8601 (e.g. 2019-07-15T09:30:00+01:00)");
        }

        return date;
    }

    /// <summary>A single value that must match <paramref name="pattern"/>; <paramref name="shape"/> says what that looks like.</summary>
    public string? Matching(string key, System.Text.RegularExpressions.Regex pattern, string shape)
    {
        var text = String(key);
        if (text is not null && !pattern.IsMatch(text))
        {
            Error(Find(key)!, $"'{key}' must be {shape}, not '{text}'");
            return null;
        }

        return text;
    }

    public string? BaseUrl(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        var normalized = BaseUrls.Normalize(text);
        if (normalized is null)
        {
            Error(Find(key)!, $"'{key}' must be an absolute URL with a scheme (https://example.org/blog/) or a path starting with '/', not '{text}'");
        }

        return normalized;
    }

    public string? Culture(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(text, predefinedOnly: true).Name;
        }
        catch (CultureNotFoundException)
        {
            Error(Find(key)!, $"'{key}' is not a known language tag: '{text}' (e.g. en-GB)");
            return null;
        }
    }

    public TimeZoneInfo? TimeZone(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone))
        {
            return zone;
        }

        Error(Find(key)!, $"'{key}' is not a known time zone: '{text}' (e.g. Europe/London)");
        return null;
    }

    public IReadOnlyDictionary<string, object?> Mapping(string key) =>
        MappingNode(key) is { } mapping ? FrontMatter.ToPlainDictionary(mapping) : new Dictionary<string, object?>();

    /// <summary>The key's set of 'key: value' lines; null when it is absent, or, with an error, when it is something else.</summary>
    private YamlMappingNode? MappingNode(string key)
    {
        var node = Find(key);
        if (node is not (null or YamlMappingNode))
        {
            Error(node, $"'{key}' must be a set of 'key: value' lines");
        }

        return node as YamlMappingNode;
    }

    /// <summary>Every key not read so far, as plain values.</summary>
    public IReadOnlyDictionary<string, object?> Rest()
    {
        var rest = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && !read.Contains(name))
            {
                rest[name] = FrontMatter.ToPlainValue(v);
            }
        }

        return rest;
    }

    public void ThrowIfErrors()
    {
        if (Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new SiteException(Diagnostics);
        }
    }

    private YamlNode? Find(string key)
    {
        read.Add(key);
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    private (int Line, int Column) Locate(YamlNode node) => ((int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    private void Error(YamlNode node, string message)
    {
        var (line, column) = Locate(node);
        Diagnostics.Add(Diagnostic.Error(path, line, column, message));
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of keys",
        _ => "value",
    };

    /// <summary>One item of a list, with its node for messages about it.</summary>
    // A class, not a tuple: generic code over a value type is compiled when the build first runs it (see build --verbose).
    private sealed record StringItem(YamlNode Node, string Text);
}
