using System.Numerics;
using System.Runtime.CompilerServices;
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
    private static readonly byte[] Kinds = CreateKindsTable();

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

    // Made from Ascii (initialised first, above), so the two tables agree on what a term holds: a byte Ascii keeps as
    // it is can stay in a term unchanged; one it changes or drops, and every byte of a longer character, needs a look.
    private static byte[] CreateKindsTable()
    {
        var table = new byte[256];
        for (var b = 0; b < table.Length; b++)
        {
            table[b] = b >= 0x80 ? Other : Ascii[b] == 0 ? Separator : Ascii[b] == b ? Plain : Other;
        }

        return table;
    }

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
    /// <remarks>
    /// Every byte of every post passes through here. The text is classified 64 bytes at a time into two bit masks
    /// (bytes a term can hold; bytes among them that need a closer look), and terms are found between the masks' set
    /// bits, so each byte is looked at once, with vector instructions where the text allows.
    /// </remarks>
    public ref struct TermReader
    {
        private const int BlockBytes = 64;

        private readonly ReadOnlySpan<byte> text;
        private readonly Span<byte> buffer;
        private int position;
        private int length;
        private int block = -1;
        private ulong inTerm;
        private ulong needsLook;

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

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // compiled when first run: see SearchIndex.BuildPart
        public bool MoveNext()
        {
            while (true)
            {
                var start = RunStart(position);
                if (start == text.Length)
                {
                    return false;
                }

                var end = RunEnd(start, out var plain);
                if (plain)
                {
                    // Lower-case ASCII letters and digits between separators: the term is the text itself.
                    position = end;
                    if (end - start <= MaxTermBytes)
                    {
                        current = text[start..end];
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
        }

        /// <summary>The first byte at or after <paramref name="from"/> that a term can hold, or the end of the text.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int RunStart(int from)
        {
            while (from < text.Length)
            {
                var offset = Classify(from);
                var ahead = inTerm >> offset;
                if (ahead != 0)
                {
                    return from + BitOperations.TrailingZeroCount(ahead);
                }

                from += BlockBytes - offset;
            }

            return text.Length;
        }

        /// <summary>Where the run of term bytes from <paramref name="from"/> ends; <paramref name="plain"/> if it holds only lower-case ASCII letters and digits.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int RunEnd(int from, out bool plain)
        {
            plain = true;
            while (from < text.Length)
            {
                var offset = Classify(from);
                var outside = ~inTerm >> offset;
                var run = outside == 0 ? ulong.MaxValue : (1UL << BitOperations.TrailingZeroCount(outside)) - 1;
                plain &= ((needsLook >> offset) & run) == 0;
                if (outside != 0)
                {
                    return Math.Min(from + BitOperations.TrailingZeroCount(outside), text.Length);
                }

                from += BlockBytes - offset;
            }

            return text.Length;
        }

        /// <summary>Makes the masks of the block holding <paramref name="at"/> current; returns <paramref name="at"/>'s offset in it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Classify(int at)
        {
            var start = at & ~(BlockBytes - 1);
            if (start != block)
            {
                block = start;
                (inTerm, needsLook) = start + BlockBytes <= text.Length ? ClassifyBlock(text.Slice(start, BlockBytes)) : ClassifyTail(text[start..]);
            }

            return at - start;
        }

        private static (ulong InTerm, ulong NeedsLook) ClassifyBlock(ReadOnlySpan<byte> bytes)
        {
            ref var first = ref MemoryMarshal.GetReference(bytes);
            var (inTerm, needsLook) = (0UL, 0UL);
            for (var i = 0; i < BlockBytes; i += Vector128<byte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)i);
                var plain = Vector128.LessThan(v - Vector128.Create((byte)'a'), Vector128.Create((byte)26))
                    | Vector128.LessThan(v - Vector128.Create((byte)'0'), Vector128.Create((byte)10));
                var look = Vector128.GreaterThanOrEqual(v, Vector128.Create((byte)0x80))
                    | Vector128.LessThan(v - Vector128.Create((byte)'A'), Vector128.Create((byte)26))
                    | Vector128.Equals(v, Vector128.Create((byte)'\''));
                inTerm |= (ulong)(plain | look).ExtractMostSignificantBits() << i;
                needsLook |= (ulong)look.ExtractMostSignificantBits() << i;
            }

            return (inTerm, needsLook);
        }

        private static (ulong InTerm, ulong NeedsLook) ClassifyTail(ReadOnlySpan<byte> bytes)
        {
            var (inTerm, needsLook) = (0UL, 0UL);
            for (var i = 0; i < bytes.Length; i++)
            {
                var kind = Kinds[bytes[i]];
                inTerm |= (ulong)(kind == Separator ? 0 : 1) << i;
                needsLook |= (ulong)(kind == Other ? 1 : 0) << i;
            }

            return (inTerm, needsLook);
        }

        /// <summary>Reads one term character by character from the start of a run that needs changing; false if none was left.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
