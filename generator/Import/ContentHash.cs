using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Import;

/// <summary>
/// Edit protection: a post records, in source.content_hash, the SHA-256 of its own text without that line. If the
/// text on disk no longer hashes to the recorded value, someone edited it after import.
/// </summary>
public static partial class ContentHash
{
    public const string Key = "content_hash";

    /// <summary>Writes the post with its hash; the hash line is the last key of source, so omitting it changes no other line.</summary>
    public static string Stamp(IReadOnlyList<KeyValuePair<string, object?>> fields, string body)
    {
        var unstamped = FrontMatterWriter.Write(fields, body);
        var hash = Of(unstamped);
        var stamped = fields.Select(f => f.Key == "source" && f.Value is Dictionary<string, object?> source
            ? new KeyValuePair<string, object?>(f.Key, new Dictionary<string, object?>(source) { [Key] = hash })
            : f);
        return FrontMatterWriter.Write(stamped, body);
    }

    /// <summary>Whether the file still holds exactly what the importer wrote; false for a file without a recorded hash.</summary>
    public static bool IsUnedited(string text)
    {
        var line = HashLine().Match(text);
        return line.Success && Of(text.Remove(line.Index, line.Length)) == line.Groups["hash"].Value;
    }

    private static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"^ +content_hash: (?<hash>[0-9a-f]{64})\n", RegexOptions.Multiline)]
    private static partial Regex HashLine();
}
