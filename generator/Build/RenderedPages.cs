using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Scriban.Runtime;

namespace AdcsSite.Generator.Build;

/// <summary>
/// Pages the last build rendered, by output path, each with a fingerprint of what its templates could read: its
/// layouts, its model and the site-wide values. A page whose fingerprint has not changed is not rendered again, which
/// is what makes one edited post cheap on a large site. Valid only while the templates are the same, and only for
/// templates that read nothing else (a theme showing <c>date.now</c> would keep the time of each page's last render).
/// </summary>
internal sealed class RenderedPages(bool remember)
{
    private readonly ConcurrentDictionary<string, (byte[] Fingerprint, byte[] Bytes)> pages = new(StringComparer.Ordinal);

    /// <summary>
    /// Digests of immutable values by identity, for one build: a post's view appears on its page, its neighbours',
    /// listings, related lists and the archive, so it is hashed once rather than per page.
    /// </summary>
    private readonly ConcurrentDictionary<object, byte[]> digests = new(ReferenceEqualityComparer.Instance);

    /// <param name="inputs">Everything the page's rendering reads; see <see cref="Walker"/>.</param>
    public byte[] GetOrRender(string path, Func<object?[]> inputs, Func<byte[]> render)
    {
        if (!remember)
        {
            return render();
        }

        var fingerprint = new Walker(digests).Digest(inputs(), depth: 0);
        if (fingerprint is not null && pages.TryGetValue(path, out var page) && page.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            return page.Bytes;
        }

        var bytes = render();
        if (fingerprint is not null)
        {
            pages[path] = (fingerprint, bytes);
        }

        return bytes;
    }

    /// <summary>After a build: forgets pages the site no longer has, and the values of that build.</summary>
    public void KeepOnly(IEnumerable<string> paths)
    {
        digests.Clear();
        var keep = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in pages.Keys.Where(p => !keep.Contains(p)))
        {
            pages.TryRemove(path, out _);
        }
    }

    public void Clear()
    {
        pages.Clear();
        digests.Clear();
    }

    /// <summary>
    /// A SHA-256 over values, walked structurally: strings, bytes, numbers, dates, lists, Scriban objects and the records of
    /// <c>Outputs/Views.cs</c> by their public properties. Null when a value cannot be read as data (a function, or
    /// nesting too deep to be a view model): such a page is always rendered.
    /// </summary>
    private sealed class Walker(ConcurrentDictionary<object, byte[]> digests)
    {
        private const int MaxDepth = 32;

        // Long strings (rendered feed bodies, JSON-LD) are hashed once each per build.
        private const int LongString = 256;

        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

        private readonly ArrayBufferWriter<byte> buffer = new();

        public byte[]? Digest(object? value, int depth)
        {
            var walker = new Walker(digests);
            return walker.Append(value, depth) ? SHA256.HashData(walker.buffer.WrittenSpan) : null;
        }

        private bool Append(object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            switch (value)
            {
                case null:
                    Text("\0null");
                    return true;
                case string { Length: >= LongString } text:
                    return Memoized(text, () => DigestOfText(text));

                // Rendered bodies as UTF-8: never changed once rendered, so hashed once like long strings.
                case byte[] bytes:
                    return Memoized(bytes, () => SHA256.HashData(bytes));
                case string text:
                    Text(text);
                    return true;
                case DateTimeOffset date:
                    Text("date:" + date.ToString("O", CultureInfo.InvariantCulture));
                    return true;
                case Enum or decimal or DateTime or TimeSpan:
                case not null when value.GetType().IsPrimitive:
                    Text(value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture));
                    return true;
                case Delegate:
                    return false;

                // Scriban objects are mutable (a page's own globals get its content added while rendering), so never memoized.
                case ScriptObject map:
                    return Items(map.Select(kv => (object?)kv), "{", depth);
                case KeyValuePair<string, object?> pair:
                    Text(pair.Key);
                    return Append(pair.Value, depth + 1);
                case IEnumerable items and not IDictionary:
                    return Items(items.Cast<object?>(), "[", depth);
                case IDictionary map:
                    return Items(map.Keys.Cast<object?>().Select(k => (object?)new KeyValuePair<string, object?>(k?.ToString() ?? "", map[k!])), "{", depth);
                default:
                    return Memoized(value, () => Record(value, depth));
            }
        }

        private byte[] DigestOfText(string text)
        {
            var walker = new Walker(digests);
            walker.Text(text);
            return SHA256.HashData(walker.buffer.WrittenSpan);
        }

        private byte[]? Record(object value, int depth)
        {
            var walker = new Walker(digests);
            walker.Text(value.GetType().FullName!);
            foreach (var property in Properties.GetOrAdd(value.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray()))
            {
                if (!walker.Append(property.GetValue(value), depth + 1))
                {
                    return null;
                }
            }

            return SHA256.HashData(walker.buffer.WrittenSpan);
        }

        private bool Memoized(object value, Func<byte[]?> digest)
        {
            if (!digests.TryGetValue(value, out var known))
            {
                known = digest();
                if (known is null)
                {
                    return false;
                }

                digests[value] = known;
            }

            Text("\0digest");
            buffer.Write(known);
            return true;
        }

        private bool Items(IEnumerable<object?> items, string open, int depth)
        {
            Text(open);
            foreach (var item in items)
            {
                if (!Append(item, depth + 1))
                {
                    return false;
                }
            }

            Text("\0end");
            return true;
        }

        // Length-prefixed so that ("ab", "c") and ("a", "bc") differ.
        private void Text(string text)
        {
            var span = buffer.GetSpan(sizeof(int) + Encoding.UTF8.GetMaxByteCount(text.Length));
            BitConverter.TryWriteBytes(span, text.Length);
            buffer.Advance(sizeof(int) + Encoding.UTF8.GetBytes(text, span[sizeof(int)..]));
        }
    }
}
