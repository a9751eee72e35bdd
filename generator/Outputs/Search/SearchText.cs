using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace AdcsSite.Generator.Outputs.Search;

/// <summary>
/// How text becomes search terms, the same way in the build and in theme/assets/js/search.js: lower case, apostrophes
/// dropped ("children’s" is "childrens"), split at everything that is not a letter or a decimal digit.
/// </summary>
public static class SearchText
{
    /// <summary>Longer runs of letters (a pasted URL, a hash) are not words anyone types, and are left out.</summary>
    public const int MaxTermBytes = 48;

    /// <summary>
    /// Terms are filed by their first this many UTF-16 units. A shorter query word is answered by one merged list
    /// of the documents holding any term it begins ("the" for the, their, there…), not by every such term.
    /// </summary>
    public const int KeyLength = 4;

    // 0: ends a term; 1: an apostrophe, dropped; else the ASCII letter or digit, lower-cased.
    private static readonly byte[] Ascii = CreateAsciiTable();

    // What each byte is to the reader: a separator; a lower-case letter or digit, which a term can hold as it is; or
    // anything else a term may hold (upper case, apostrophes, the bytes of other characters), which needs a closer look.
    private const byte Separator = 0;
    private const byte Plain = 1;
    private const byte Other = 2;
    private static readonly byte[] Kinds = [.. Enumerable.Range(0, 256).Select(b => b >= 0x80 || b == '\'' || char.IsAsciiLetterUpper((char)b) ? Other : char.IsAsciiLetterLower((char)b) || char.IsAsciiDigit((char)b) ? Plain : Separator)];

    /// <summary>The terms of <paramref name="utf8"/> in order, each valid until the next is read.</summary>
    public static TermReader Terms(ReadOnlySpan<byte> utf8, Span<byte> buffer) => new(utf8, buffer);

    /// <summary>
    /// Which of <paramref name="bucketCount"/> files holds <paramref name="key"/> (a term's first <see cref="KeyLength"/>
    /// units, or a whole shorter prefix): 32-bit FNV-1a over UTF-16 units, which the browser computes with Math.imul.
    /// </summary>
    public static int BucketOf(ReadOnlySpan<char> key, int bucketCount)
    {
        var hash = 2166136261;
        foreach (var unit in key)
        {
            hash = (hash ^ unit) * 16777619;
        }

        return (int)(hash % (uint)bucketCount);
    }

    /// <summary>How many bucket files a site of <paramref name="documents"/> gets: a power of two, so a bucket holds few term families.</summary>
    public static int BucketCount(int documents) => (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, documents / 8)), 16, 4096);

    private static byte[] CreateAsciiTable()
    {
        var table = new byte[128];
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = (byte)c;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = (byte)c;
            table[char.ToUpperInvariant(c)] = (byte)c;
        }

        table['\''] = 1;
        return table;
    }

    /// <summary>Reads terms out of UTF-8 text into a caller's buffer, without allocating.</summary>
    public ref struct TermReader
    {
        private readonly ReadOnlySpan<byte> text;
        private readonly Span<byte> buffer;
        private int position;
        private int length;

        /// <param name="buffer">At least <see cref="MaxTermBytes"/> + 4 bytes.</param>
        public TermReader(ReadOnlySpan<byte> text, Span<byte> buffer)
        {
            if (buffer.Length < MaxTermBytes + 4)
            {
                throw new ArgumentException($"the buffer must hold {MaxTermBytes + 4} bytes", nameof(buffer));
            }

            this.text = text;
            this.buffer = buffer;
        }

        private ReadOnlySpan<byte> current;

        public readonly ReadOnlySpan<byte> Current => current;

        public readonly TermReader GetEnumerator() => this;

        public bool MoveNext()
        {
            while (position < text.Length)
            {
                var start = position = Skip(text, position, Separator);
                if (start == text.Length)
                {
                    return false;
                }

                position = Skip(text, start, Plain);
                if (position == text.Length || Kinds[text[position]] == Separator)
                {
                    // Lower-case ASCII letters and digits between separators: the term is the text itself.
                    var size = position - start;
                    if (size > 0 && size <= MaxTermBytes)
                    {
                        current = text.Slice(start, size);
                        return true;
                    }

                    continue;
                }

                position = start;
                if (ReadTerm())
                {
                    current = buffer[..length];
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where the run of bytes of <paramref name="kind"/> (Separator or Plain) that starts at <paramref name="from"/> ends.
        /// Every byte of every post passes through here, so sixteen bytes are classified at a time where the text allows.
        /// </summary>
        private static int Skip(ReadOnlySpan<byte> text, int from, byte kind)
        {
            ref var first = ref MemoryMarshal.GetReference(text);
            while (from + Vector128<byte>.Count <= text.Length)
            {
                var bytes = Vector128.LoadUnsafe(ref first, (nuint)from);
                var plain = Vector128.LessThan(bytes - Vector128.Create((byte)'a'), Vector128.Create((byte)26))
                    | Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10));
                var inRun = kind == Plain
                    ? plain
                    : ~(plain | Vector128.GreaterThanOrEqual(bytes, Vector128.Create((byte)0x80))
                        | Vector128.LessThan(bytes - Vector128.Create((byte)'A'), Vector128.Create((byte)26))
                        | Vector128.Equals(bytes, Vector128.Create((byte)'\'')));
                var outside = ~inRun.ExtractMostSignificantBits() & 0xFFFF;
                if (outside != 0)
                {
                    return from + BitOperations.TrailingZeroCount(outside);
                }

                from += Vector128<byte>.Count;
            }

            while (from < text.Length && Kinds[text[from]] == kind)
            {
                from++;
            }

            return from;
        }

        /// <summary>Reads one term character by character from the start of a run that needs changing; false if none was left.</summary>
        private bool ReadTerm()
        {
            length = 0;
            var tooLong = false;
            while (position < text.Length)
            {
                var b = text[position];
                if (b < 0x80)
                {
                    position++;
                    var c = Ascii[b];
                    if (c > 1)
                    {
                        Append(c, ref tooLong);
                        continue;
                    }

                    if (c == 1)
                    {
                        continue;
                    }
                }
                else
                {
                    Rune.DecodeFromUtf8(text[position..], out var rune, out var consumed);
                    position += consumed;
                    if (rune.Value == '\u2019')
                    {
                        continue;
                    }

                    if (Rune.IsLetterOrDigit(rune))
                    {
                        AppendRune(Rune.ToLowerInvariant(rune), ref tooLong);
                        continue;
                    }
                }

                if (length > 0 && !tooLong)
                {
                    return true;
                }

                (length, tooLong) = (0, false);
            }

            return length > 0 && !tooLong;
        }

        private void Append(byte b, ref bool tooLong)
        {
            if (length < MaxTermBytes)
            {
                buffer[length++] = b;
            }
            else
            {
                tooLong = true;
            }
        }

        private void AppendRune(Rune rune, ref bool tooLong)
        {
            if (length + rune.Utf8SequenceLength <= MaxTermBytes)
            {
                length += rune.EncodeToUtf8(buffer[length..]);
            }
            else
            {
                tooLong = true;
            }
        }
    }
}
