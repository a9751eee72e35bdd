using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;

namespace AdcsSite.Generator.Outputs.Search;

/// <summary>What search knows of one post: the fields it matches, best first, and its plain text.</summary>
public sealed record SearchDocument(string Title, IReadOnlyList<string> Labels, string Summary, byte[] Body);

/// <summary>
/// The split search index: every term filed into one of <see cref="BucketCount"/> files by its first
/// <see cref="SearchText.KeyLength"/> units, so a query fetches one small file per word.
/// </summary>
/// <remarks>
/// A bucket file is a run of entries sorted by key, each: varint bytes shared with the previous key, varint length
/// and bytes of the rest of the key (UTF-8), varint length of the postings, postings. A key of fewer than
/// <see cref="SearchText.KeyLength"/> units is a prefix and lists every document holding a term it begins; a longer
/// key is a term. A posting is the varint ((gap to the previous document − 1) &lt;&lt; 2 | field), field 3 title,
/// 2 tag or author, 1 summary, 0 body; documents are numbered oldest first.
///
/// The index is made in runs of documents that every thread working on it takes a share of: a worker started by
/// <see cref="StartBuilding"/> while the rest of the build is planned, and then the threads writing the site, which
/// take the runs still left when they first ask for a bucket instead of waiting for one thread.
/// </remarks>
public sealed class SearchIndex
{
    public const int Title = 3;
    public const int Label = 2;
    public const int Summary = 1;
    public const int Body = 0;

    private const int DocumentsPerPart = 1250;

    private readonly IReadOnlyList<SearchDocument> documents;
    private readonly TermTable?[] parts;
    private readonly (int[] Order, int[] Starts)[] bucketsOfParts;
    private readonly object gate = new();
    private int claimed = -1;
    private int pending;
    private ExceptionDispatchInfo? failure;

    /// <param name="documents">Oldest first: a document's id is its position, so adding a post renumbers none.</param>
    public SearchIndex(IReadOnlyList<SearchDocument> documents)
    {
        this.documents = documents;
        BucketCount = SearchText.BucketCount(documents.Count);
        parts = new TermTable?[Math.Clamp((documents.Count + DocumentsPerPart - 1) / DocumentsPerPart, 1, 8)];
        bucketsOfParts = new (int[], int[])[parts.Length];
        pending = parts.Length;
    }

    public int BucketCount { get; }

    /// <summary>The bytes of bucket file <paramref name="bucket"/>.</summary>
    public byte[] Bucket(int bucket)
    {
        Build();
        var entries = new List<(int Part, int Index)>();
        for (var p = 0; p < parts.Length; p++)
        {
            var (order, starts) = bucketsOfParts[p];
            for (var i = starts[bucket]; i < starts[bucket + 1]; i++)
            {
                entries.Add((p, order[i]));
            }
        }

        entries.Sort((a, b) =>
        {
            var byKey = parts[a.Part]!.Key(a.Index).SequenceCompareTo(parts[b.Part]!.Key(b.Index));
            return byKey != 0 ? byKey : a.Part - b.Part;
        });
        var output = new ArrayBufferWriter<byte>(256 + (entries.Count * 16));
        var previous = ReadOnlySpan<byte>.Empty;
        for (var start = 0; start < entries.Count;)
        {
            var key = parts[entries[start].Part]!.Key(entries[start].Index);
            var end = start + 1;
            while (end < entries.Count && parts[entries[end].Part]!.Key(entries[end].Index).SequenceEqual(key))
            {
                end++;
            }

            var shared = key.CommonPrefixLength(previous);
            WriteVarint(output, (uint)shared);
            WriteVarint(output, (uint)(key.Length - shared));
            output.Write(key[shared..]);
            WritePostings(output, entries, start, end);
            previous = key;
            start = end;
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>The postings of one key, joined from the parts that hold it: each part's first gap is counted from the previous part's last document.</summary>
    private void WritePostings(ArrayBufferWriter<byte> output, List<(int Part, int Index)> entries, int start, int end)
    {
        var length = 0;
        var last = -1;
        for (var i = start; i < end; i++)
        {
            var (table, index) = (parts[entries[i].Part]!, entries[i].Index);
            var postings = table.Postings(index);
            var first = Varint.Read(postings, out var read);
            length += Varint.Length(Rebased(first, last)) + postings.Length - read;
            last = table.LastDocument(index);
        }

        WriteVarint(output, (uint)length);
        last = -1;
        for (var i = start; i < end; i++)
        {
            var (table, index) = (parts[entries[i].Part]!, entries[i].Index);
            var postings = table.Postings(index);
            var first = Varint.Read(postings, out var read);
            WriteVarint(output, Rebased(first, last));
            output.Write(postings[read..]);
            last = table.LastDocument(index);
        }
    }

    // A part's first posting counts from document -1, i.e. it holds the document's id itself.
    private static uint Rebased(uint firstPosting, int previousDocument) =>
        (uint)((int)(firstPosting >> 2) - previousDocument - 1) << 2 | (firstPosting & 3);

    private static void WriteVarint(ArrayBufferWriter<byte> output, uint value)
    {
        output.Advance(Varint.Write(output.GetSpan(Varint.MaxLength), value));
    }

    /// <summary>
    /// Starts making the index on a worker thread and returns. A build calls it as soon as the bodies are rendered:
    /// the steps until pages are written leave a core idle, and at 10,000 posts the worker makes five of the eight
    /// parts there (about 0.4 s of CPU in all).
    /// </summary>
    public void StartBuilding() => ThreadPool.UnsafeQueueUserWorkItem(_ => BuildParts(), null);

    /// <summary>Reads every document into the parts, taking parts no other thread has taken, then waits for the rest.</summary>
    private void Build()
    {
        BuildParts();
        lock (gate)
        {
            while (pending > 0)
            {
                Monitor.Wait(gate);
            }
        }

        failure?.Throw();
    }

    private void BuildParts()
    {
        int part;
        while ((part = Interlocked.Increment(ref claimed)) < parts.Length)
        {
            try
            {
                var table = BuildPart(part);
                bucketsOfParts[part] = table.ByBucket();
                parts[part] = table;
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= ExceptionDispatchInfo.Capture(e);
                }
            }
            finally
            {
                lock (gate)
                {
                    if (--pending == 0)
                    {
                        Monitor.PulseAll(gate);
                    }
                }
            }
        }
    }

    // The loops reading every word of every post are compiled when first run, not taken from the ReadyToRun image
    // (AggressiveOptimization opts a method out of it): precompiled, they reach static tables and framework code
    // through indirections, and a part took 72-80 ms instead of 50-56 (10,000 posts, 1,250 a part).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TermTable BuildPart(int part)
    {
        var table = new TermTable(BucketCount);
        var from = part * documents.Count / parts.Length;
        var to = (part + 1) * documents.Count / parts.Length;
        Span<byte> term = stackalloc byte[SearchText.MaxTermBytes + 4];
        var scratch = new byte[1024];
        for (var id = from; id < to; id++)
        {
            var document = documents[id];
            AddText(table, document.Title, id, Title, term, ref scratch);
            foreach (var label in document.Labels)
            {
                AddText(table, label, id, Label, term, ref scratch);
            }

            AddText(table, document.Summary, id, Summary, term, ref scratch);
            foreach (var t in SearchText.Terms(document.Body, term))
            {
                table.Add(t, id, Body);
            }
        }

        return table;
    }

    private static void AddText(TermTable table, string text, int id, int field, Span<byte> term, ref byte[] scratch)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (scratch.Length < length)
        {
            scratch = new byte[length];
        }

        var written = Encoding.UTF8.GetBytes(text, scratch);
        foreach (var t in SearchText.Terms(scratch.AsSpan(0, written), term))
        {
            table.Add(t, id, field);
        }
    }
}
