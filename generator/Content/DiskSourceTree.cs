using System.IO.Enumeration;
using System.Text;

namespace AdcsSite.Generator.Content;

/// <summary>A source folder on disk. Text is decoded as strict UTF-8 so a wrongly encoded file is an error, not mojibake.</summary>
public sealed class DiskSourceTree(string root, string? displayRoot = null) : ISourceTree
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Symbolic links to folders are skipped so a link loop cannot make enumeration run forever.
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
        IgnoreInaccessible = false,
    };

    public string Root { get; } = Path.GetFullPath(root);

    private readonly string display = (displayRoot ?? root).TrimEnd('/', '\\');

    public string DisplayPath(string path) => $"{display}/{path}";

    public IReadOnlyList<string> Files(string folder)
    {
        var full = Path.Combine(Root, folder);
        if (!Directory.Exists(full))
        {
            return [];
        }

        // Relative paths are cut from each entry's folder rather than computed with Path.GetRelativePath, which
        // normalises both paths and is most of the cost of listing ten thousand posts.
        var files = new FileSystemEnumerable<string>(
            full,
            (ref FileSystemEntry entry) => Path.Join(entry.Directory[Root.Length..].TrimStart(Path.DirectorySeparatorChar), entry.FileName).Replace('\\', '/'),
            Recursive)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        return [.. files.Order(StringComparer.Ordinal)];
    }

    public bool Exists(string path) => File.Exists(Path.Combine(Root, path));

    public string ReadText(string path)
    {
        try
        {
            return StrictUtf8.GetString(File.ReadAllBytes(Path.Combine(Root, path)));
        }
        catch (DecoderFallbackException)
        {
            throw new SiteException(Diagnostic.Error(DisplayPath(path), 0, 0, "file is not valid UTF-8; save it with UTF-8 encoding"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteException(Diagnostic.Error(DisplayPath(path), 0, 0, $"cannot read file: {e.Message}"));
        }
    }

    public byte[] ReadBytes(string path) => File.ReadAllBytes(Path.Combine(Root, path));
}
