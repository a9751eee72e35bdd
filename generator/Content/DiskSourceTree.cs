using System.Buffers;
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

    public string ReadText(string path) => Decode(path, bytes => StrictUtf8.GetString(bytes));

    public T ReadText<T>(string path, Func<ReadOnlySpan<char>, T> read)
    {
        char[]? chars = null;
        try
        {
            var length = Decode(path, bytes =>
            {
                chars = ArrayPool<char>.Shared.Rent(StrictUtf8.GetMaxCharCount(bytes.Length));
                return StrictUtf8.GetChars(bytes, chars);
            });
            return read(chars.AsSpan(0, length));
        }
        finally
        {
            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private T Decode<T>(string path, Func<ReadOnlySpan<byte>, T> decode)
    {
        byte[]? bytes = null;
        try
        {
            // Read into a reused buffer: a build reads every post twice (front matter, then body) and keeps neither file.
            var full = Path.Combine(Root, path);
            using var file = File.OpenHandle(full);
            var size = RandomAccess.GetLength(file);
            if (size > Array.MaxLength)
            {
                return decode(File.ReadAllBytes(full)); // which refuses it with the usual message
            }

            var length = (int)size;
            bytes = ArrayPool<byte>.Shared.Rent(length);
            var read = 0;
            while (read < length && RandomAccess.Read(file, bytes.AsSpan(read, length - read), read) is > 0 and var more)
            {
                read += more;
            }

            return decode(bytes.AsSpan(0, read));
        }
        catch (DecoderFallbackException)
        {
            throw new SiteException(Diagnostic.Error(DisplayPath(path), 0, 0, "file is not valid UTF-8; save it with UTF-8 encoding"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteException(Diagnostic.Error(DisplayPath(path), 0, 0, $"cannot read file: {e.Message}"));
        }
        finally
        {
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    public byte[] ReadBytes(string path) => File.ReadAllBytes(Path.Combine(Root, path));
}
