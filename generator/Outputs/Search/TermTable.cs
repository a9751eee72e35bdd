using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace AdcsSite.Generator.Outputs.Search;

/// <summary>
/// The postings of one run of documents, read in increasing id: for each term, and for each prefix of fewer than
/// <see cref="SearchText.KeyLength"/> units, the documents holding it and the best field it is in. Postings are kept
/// as they are written out (varints of the gap to the previous document and the field), so a table holds little
/// more than the index it becomes.
/// </summary>
internal sealed class TermTable
{
    private const int NoEntry = -1;

    private Entry[] entries = new Entry[1024];
    private int[] slots = new int[2048];
    private byte[] keys = new byte[8192];
    private int keysLength;

    public TermTable(int bucketCount) => BucketCount = bucketCount;

    public int BucketCount { get; }

    public int Count { get; private set; }

    /// <summary>Notes that document <paramref name="document"/> holds <paramref name="term"/> in a field of <paramref name="field"/> weight (0–3).</summary>
    /// <remarks>A document's fields must be read best first: the first time a term is seen in a document decides its field.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // compiled when first run: see SearchIndex.BuildPart
    public void Add(ReadOnlySpan<byte> term, int document, int field)
    {
        var index = FindOrAdd(term);
        ref var entry = ref entries[index];
        if (entry.LastDocument == document)
        {
            return;
        }

        Append(ref entry, document, field);
        var (shortest, shorter, short3) = (entry.Prefix1, entry.Prefix2, entry.Prefix3);
        AddOnce(shortest, document, field);
        AddOnce(shorter, document, field);
        AddOnce(short3, document, field);
    }

    public ReadOnlySpan<byte> Key(int index) => keys.AsSpan(entries[index].KeyStart, entries[index].KeyLength);

    public int LastDocument(int index) => entries[index].LastDocument;

    public ReadOnlySpan<byte> Postings(int index) => entries[index].Postings.AsSpan(0, entries[index].PostingsLength);

    /// <summary>Entry indices grouped by bucket: those of bucket b are order[starts[b]..starts[b + 1]].</summary>
    public (int[] Order, int[] Starts) ByBucket()
    {
        var starts = new int[BucketCount + 1];
        for (var i = 0; i < Count; i++)
        {
            starts[entries[i].Bucket + 1]++;
        }

        for (var b = 0; b < BucketCount; b++)
        {
            starts[b + 1] += starts[b];
        }

        var order = new int[Count];
        var next = starts[..BucketCount];
        for (var i = 0; i < Count; i++)
        {
            order[next[entries[i].Bucket]++] = i;
        }

        return (order, starts);
    }

    private void AddOnce(int index, int document, int field)
    {
        if (index != NoEntry && entries[index].LastDocument != document)
        {
            Append(ref entries[index], document, field);
        }
    }

    /// <remarks>
    /// Room is checked against the capacity kept in the entry, and the bytes are stored without a bounds check: reading
    /// the array's own length would fetch a line of a small array somewhere on the heap for every posting.
    /// </remarks>
    private static void Append(ref Entry entry, int document, int field)
    {
        if (entry.PostingsCapacity - entry.PostingsLength < Varint.MaxLength)
        {
            Array.Resize(ref entry.Postings, Math.Max(8, entry.PostingsCapacity * 2));
            entry.PostingsCapacity = entry.Postings.Length;
        }

        ref var end = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(entry.Postings), entry.PostingsLength);
        entry.PostingsLength += Varint.Write(ref end, (uint)(document - entry.LastDocument - 1) << 2 | (uint)field);
        entry.LastDocument = document;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindOrAdd(ReadOnlySpan<byte> key)
    {
        var head = Head(key);
        var hash = Hash(head, key);
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var index = slots[slot] - 1;
            if (index < 0)
            {
                return Add(key, hash, head);
            }

            // Most terms are at most eight bytes, which their head holds whole.
            ref var entry = ref entries[index];
            if (entry.Head == head && entry.KeyLength == key.Length && (key.Length <= sizeof(ulong) || keys.AsSpan(entry.KeyStart, entry.KeyLength).SequenceEqual(key)))
            {
                return index;
            }
        }
    }

    private int Add(ReadOnlySpan<byte> key, int hash, ulong head)
    {
        // The prefixes first: adding them may grow the table, so the new entry's slot is found afterwards.
        Span<int> ends = stackalloc int[SearchText.KeyLength];
        var units = PrefixEnds(key, ends);
        var prefixes = new int[3] { NoEntry, NoEntry, NoEntry };
        for (var length = 1; length < SearchText.KeyLength && length < units; length++)
        {
            prefixes[length - 1] = ends[length - 1] > 0 ? FindOrAdd(key[..ends[length - 1]]) : NoEntry;
        }

        if (Count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }

        if (keysLength + key.Length > keys.Length)
        {
            Array.Resize(ref keys, Math.Max(keys.Length * 2, keysLength + key.Length));
        }

        key.CopyTo(keys.AsSpan(keysLength));
        var bucketKeyEnd = units >= SearchText.KeyLength ? ends[SearchText.KeyLength - 1] : key.Length;
        entries[Count] = new Entry
        {
            KeyStart = keysLength,
            KeyLength = key.Length,
            Hash = hash,
            Head = head,
            Bucket = BucketOfUtf8(key[..bucketKeyEnd]),
            LastDocument = -1,
            Postings = [],
            Prefix1 = prefixes[0],
            Prefix2 = prefixes[1],
            Prefix3 = prefixes[2],
        };
        keysLength += key.Length;
        Count++;
        if (Count * 2 > slots.Length)
        {
            Rehash();
        }
        else
        {
            Place(Count - 1);
        }

        return Count - 1;
    }

    /// <summary>Counts the UTF-16 units of <paramref name="key"/>; ends[k - 1] is the byte length of its first k units (0 if a character straddles k).</summary>
    private static int PrefixEnds(ReadOnlySpan<byte> key, Span<int> ends)
    {
        ends.Clear();
        var (units, position) = (0, 0);
        while (position < key.Length)
        {
            Rune.DecodeFromUtf8(key[position..], out var rune, out var consumed);
            position += consumed;
            units += rune.Utf16SequenceLength;
            if (units <= ends.Length)
            {
                ends[units - 1] = position;
            }
        }

        return units;
    }

    private int BucketOfUtf8(ReadOnlySpan<byte> key)
    {
        Span<char> units = stackalloc char[SearchText.KeyLength * 2];
        var count = Encoding.UTF8.GetChars(key, units);
        return SearchText.BucketOf(units[..count], BucketCount);
    }

    private void Rehash()
    {
        slots = new int[slots.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            Place(i);
        }
    }

    private void Place(int index)
    {
        var mask = slots.Length - 1;
        var slot = entries[index].Hash & mask;
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = index + 1;
    }

    /// <summary>The first eight bytes of a key, zero-padded; a shorter key is read in two overlapping loads, not byte by byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Head(ReadOnlySpan<byte> key) => key.Length switch
    {
        >= 8 => BinaryPrimitives.ReadUInt64LittleEndian(key),
        >= 4 => BinaryPrimitives.ReadUInt32LittleEndian(key) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(key[^4..]) << (8 * (key.Length - 4))),
        >= 2 => BinaryPrimitives.ReadUInt16LittleEndian(key) | ((ulong)BinaryPrimitives.ReadUInt16LittleEndian(key[^2..]) << (8 * (key.Length - 2))),
        1 => key[0],
        _ => 0,
    };

    // A multiply of the first and last eight bytes: terms are short, and this is called for every word of every post.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ulong head, ReadOnlySpan<byte> key)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var mixed = key.Length > sizeof(ulong) ? head ^ (BinaryPrimitives.ReadUInt64LittleEndian(key[^sizeof(ulong)..]) * Multiplier) : head;
        return (int)(((mixed ^ (ulong)key.Length) * Multiplier) >> 33);
    }

    private struct Entry
    {
        public int KeyStart;
        public int KeyLength;
        public int Hash;
        public ulong Head;
        public int Bucket;
        public int LastDocument;
        public byte[] Postings;
        public int PostingsLength;
        public int PostingsCapacity;
        public int Prefix1;
        public int Prefix2;
        public int Prefix3;
    }
}

/// <summary>Unsigned LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last.</summary>
internal static class Varint
{
    /// <summary>The most bytes a value takes.</summary>
    public const int MaxLength = 5;

    public static int Write(Span<byte> to, uint value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to.Length, MaxLength, nameof(to));
        return Write(ref MemoryMarshal.GetReference(to), value);
    }

    /// <summary>Writes <paramref name="value"/> from <paramref name="to"/> on, which must have room for <see cref="MaxLength"/> bytes.</summary>
    public static int Write(ref byte to, uint value)
    {
        var written = 0;
        while (value >= 0x80)
        {
            Unsafe.Add(ref to, written++) = (byte)(value | 0x80);
            value >>= 7;
        }

        Unsafe.Add(ref to, written++) = (byte)value;
        return written;
    }

    public static uint Read(ReadOnlySpan<byte> from, out int read)
    {
        var (value, shift) = (0u, 0);
        read = 0;
        byte b;
        do
        {
            b = from[read++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }

    public static int Length(uint value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }
}
