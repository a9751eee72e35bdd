using System.Text;
using AdcsSite.Generator.Outputs.Search;

namespace AdcsSite.Tests.Outputs.Search;

public class SearchIndexTests
{
    [Fact]
    public void A_term_lists_each_document_once_with_the_best_field_it_is_in()
    {
        var index = Index(
            Document(title: "Funding matters", body: "funding funding"),
            Document(title: "Other", labels: ["Funding"], body: "funding"),
            Document(title: "Other", summary: "On funding.", body: "funding"),
            Document(title: "Other", body: "more funding"),
            Document(title: "Other", body: "nothing here"));

        Assert.Equal([(0, SearchIndex.Title), (1, SearchIndex.Label), (2, SearchIndex.Summary), (3, SearchIndex.Body)], Entries(index)["funding"]);
    }

    [Fact]
    public void A_prefix_shorter_than_the_key_lists_every_document_holding_a_term_it_begins()
    {
        var index = Index(
            Document(title: "The plan", body: "x"),
            Document(title: "Other", body: "their plan"),
            Document(title: "Other", body: "theory"),
            Document(title: "Other", body: "then"),
            Document(title: "Other", body: "nothing"));

        var entries = Entries(index);

        Assert.Equal([(0, SearchIndex.Title), (1, SearchIndex.Body), (2, SearchIndex.Body), (3, SearchIndex.Body)], entries["the"]);
        Assert.Equal([(0, SearchIndex.Title), (1, SearchIndex.Body), (2, SearchIndex.Body), (3, SearchIndex.Body)], entries["t"]);
        Assert.Equal([(1, SearchIndex.Body)], entries["their"]);
        Assert.Equal([(2, SearchIndex.Body)], entries["theory"]);
        Assert.Equal([(3, SearchIndex.Body)], entries["then"]);
        Assert.Equal([(0, SearchIndex.Title), (1, SearchIndex.Body)], entries["pla"]);
    }

    [Fact]
    public void Every_key_is_in_the_bucket_its_first_units_hash_to_and_keys_are_sorted()
    {
        var index = Index(Document(title: "Écoles öffentliche funding", body: "alpha beta gamma delta epsilon zeta eta theta iota kappa"));

        for (var bucket = 0; bucket < index.BucketCount; bucket++)
        {
            var keys = Decode(index.Bucket(bucket)).Select(e => e.Key).ToList();
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
            Assert.All(keys, key => Assert.Equal(bucket, SearchText.BucketOf(key.AsSpan(0, Math.Min(key.Length, SearchText.KeyLength)), index.BucketCount)));
        }

        Assert.Contains("öffentliche", Entries(index).Keys);
    }

    [Fact]
    public void Postings_made_in_separate_parts_join_into_one_list_in_document_order()
    {
        // 3,000 documents are read in three parts; a term in all of them, and one in the first and last.
        var documents = Enumerable.Range(0, 3000).Select(i => Document(title: "Post", body: i is 0 or 2999 ? "common rare" : "common")).ToArray();

        var entries = Entries(Index(documents));

        Assert.Equal(Enumerable.Range(0, 3000), entries["common"].Select(p => p.Document));
        Assert.Equal([(0, SearchIndex.Body), (2999, SearchIndex.Body)], entries["rare"]);
    }

    [Fact]
    public void Wide_gaps_between_the_documents_of_a_term_take_several_bytes_each_and_read_back_as_written()
    {
        // Gaps of 36, 862 and 348 documents within one part: postings of two bytes (a gap over 31 no longer fits in one).
        int[] holding = [0, 37, 900, 1249];
        var documents = Enumerable.Range(0, 1250).Select(i => Document(title: "Post", body: holding.Contains(i) ? "seldom" : "often")).ToArray();

        var entries = Entries(Index(documents));

        Assert.Equal(holding.Select(d => (d, SearchIndex.Body)), entries["seldom"]);
    }

    [Fact]
    public void Buckets_asked_for_from_many_threads_at_once_are_the_same_as_from_one()
    {
        var documents = ManyDocuments();

        Assert.Equal(BucketsOneByOne(Index(documents)), BucketsAllAtOnce(Index(documents)));
    }

    [Fact]
    public void An_index_started_early_gives_the_same_buckets_while_its_worker_is_still_running_and_after()
    {
        var documents = ManyDocuments();
        var expected = BucketsOneByOne(Index(documents));

        var startedAndAskedAtOnce = Index(documents);
        startedAndAskedAtOnce.StartBuilding();
        var startedAndLeft = Index(documents);
        startedAndLeft.StartBuilding();

        Assert.Equal(expected, BucketsAllAtOnce(startedAndAskedAtOnce));
        Thread.Sleep(200);
        Assert.Equal(expected, BucketsOneByOne(startedAndLeft));
    }

    private static SearchDocument[] ManyDocuments() =>
        [.. Enumerable.Range(0, 5000).Select(i => Document(title: $"Post {i}", body: $"word{i % 97} shared text {i}"))];

    private static List<byte[]> BucketsOneByOne(SearchIndex index) => [.. Enumerable.Range(0, index.BucketCount).Select(index.Bucket)];

    private static List<byte[]> BucketsAllAtOnce(SearchIndex index)
    {
        var buckets = new byte[index.BucketCount][];
        Parallel.For(0, buckets.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, b => buckets[b] = index.Bucket(b));
        return [.. buckets];
    }

    private static SearchIndex Index(params SearchDocument[] documents) => new(documents);

    private static SearchDocument Document(string title, string body, string summary = "", string[]? labels = null) =>
        new(title, labels ?? [], summary, Encoding.UTF8.GetBytes(body));

    /// <summary>Every entry of every bucket, by key.</summary>
    private static Dictionary<string, List<(int Document, int Field)>> Entries(SearchIndex index) =>
        Enumerable.Range(0, index.BucketCount).SelectMany(b => Decode(index.Bucket(b))).ToDictionary(e => e.Key, e => e.Postings);

    /// <summary>Reads a bucket file as the browser does (theme/assets/js/search.js).</summary>
    private static List<(string Key, List<(int Document, int Field)> Postings)> Decode(byte[] bucket)
    {
        var entries = new List<(string, List<(int, int)>)>();
        var (position, previous) = (0, Array.Empty<byte>());
        while (position < bucket.Length)
        {
            var shared = Read(bucket, ref position);
            var rest = Read(bucket, ref position);
            var key = previous[..shared].Concat(bucket[position..(position + rest)]).ToArray();
            position += rest;
            var end = Read(bucket, ref position) + position;
            var postings = new List<(int, int)>();
            for (var document = -1; position < end;)
            {
                var posting = Read(bucket, ref position);
                document += (posting >> 2) + 1;
                postings.Add((document, posting & 3));
            }

            entries.Add((Encoding.UTF8.GetString(key), postings));
            previous = key;
        }

        return entries;
    }

    private static int Read(byte[] bytes, ref int position)
    {
        var (value, shift) = (0, 0);
        byte b;
        do
        {
            b = bytes[position++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }
}
