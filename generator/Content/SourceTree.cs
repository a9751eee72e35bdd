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
