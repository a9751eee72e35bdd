namespace AdcsSite.Generator.Content;

/// <summary>
/// A read-only folder of source files addressed by '/'-separated paths relative to its root.
/// The build reads input and theme only through this, so tests can hand it an in-memory map.
/// </summary>
public interface ISourceTree
{
    /// <summary>How paths of this tree are shown in messages, e.g. "input/posts/a.md".</summary>
    string DisplayPath(string path);

    /// <summary>Every file under <paramref name="folder"/> (recursively), ordered, '/'-separated.</summary>
    IReadOnlyList<string> Files(string folder);

    bool Exists(string path);

    string ReadText(string path);

    /// <summary>
    /// Hands the file's text to <paramref name="read"/>, which must not keep it: a tree may lend it from a buffer it
    /// reuses, so that looking at the start of a large file does not cost a copy of all of it.
    /// </summary>
    T ReadText<T>(string path, Func<ReadOnlySpan<char>, T> read) => read(ReadText(path));

    byte[] ReadBytes(string path);
}

public sealed class MemorySourceTree(IReadOnlyDictionary<string, string> files, string displayRoot = "") : ISourceTree
{
    public string DisplayPath(string path) => displayRoot.Length == 0 ? path : $"{displayRoot}/{path}";

    public IReadOnlyList<string> Files(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        return [.. files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public bool Exists(string path) => files.ContainsKey(path);

    public string ReadText(string path) =>
        files.TryGetValue(path, out var text) ? text : throw new FileNotFoundException(DisplayPath(path));

    public byte[] ReadBytes(string path) => System.Text.Encoding.UTF8.GetBytes(ReadText(path));
}
