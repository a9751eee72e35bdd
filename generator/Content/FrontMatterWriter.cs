using YamlDotNet.Serialization;

namespace AdcsSite.Generator.Content;

/// <summary>Writes a Markdown file with YAML front matter; keys keep the order given, so output is byte-stable.</summary>
public static class FrontMatterWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithIndentedSequences()
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    /// <param name="fields">Ordered keys; values may be strings, booleans, numbers, lists and nested ordered dictionaries. Null values are left out.</param>
    public static string Write(IEnumerable<KeyValuePair<string, object?>> fields, string body)
    {
        var ordered = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            if (value is not null)
            {
                ordered[key] = value;
            }
        }

        var yaml = Yaml.Serialize(ordered).ReplaceLineEndings("\n");
        return $"---\n{yaml}---\n\n{body.Trim('\n')}\n";
    }
}
