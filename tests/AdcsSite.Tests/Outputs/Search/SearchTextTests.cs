using System.Text;
using System.Text.RegularExpressions;
using AdcsSite.Generator.Outputs.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AdcsSite.Tests.Outputs.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("Children’s services: a £2.5bn GAP — in 2019!", "childrens services a 2 5bn gap in 2019")]
    [InlineData("ÉBAUCHE d'Öfsted", "ébauche döfsted")]
    [InlineData("  ‘quoted’ -- words--joined ", "quoted words joined")]
    [InlineData("", "")]
    public void Text_is_lower_cased_stripped_of_apostrophes_and_split_at_everything_but_letters_and_digits(string text, string terms)
    {
        Assert.Equal(terms, string.Join(' ', Terms(text)));
    }

    [Theory]
    [InlineData("word—next Café’s ABC abc'd x2y 'tis rock 'n' roll")]
    [InlineData("Über-große Städte; naïve coöperation… 1,000 £5m 3rd")]
    [InlineData("<script>alert('x')</script> a&amp;b https://example.org/a_b?c=d")]
    public void Terms_are_what_the_browser_makes_of_the_same_text(string text)
    {
        Assert.Equal(BrowserTerms(text), Terms(text));
    }

    // Text is read 64 bytes at a time: runs of every kind of character, at every length, cross those blocks' edges.
    private static readonly string[] Pieces = ["a", "z", "q9", "0", "A", "Zq", "'", "\u2019", "é", "É", "ß", "—", "…", " ", "  ", "-", ".", "\n", "\u00a0", "€", "日本", "😀", new string('w', 40), new string('x', SearchText.MaxTermBytes)];

    [Property(MaxTest = 3000)]
    public Property Terms_of_any_text_are_what_the_browser_makes_of_it() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary(), text =>
            BrowserTerms(text).SequenceEqual(Terms(text)));

    // theme/assets/js/search.js: text.toLowerCase().replace(/['\u2019]/g, "").split(/[^\p{L}\p{Nd}]+/u), without
    // the terms too long to be indexed.
    private static IEnumerable<string> BrowserTerms(string text) =>
        Regex.Split(text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal), @"[^\p{L}\p{Nd}]+")
            .Where(t => t.Length > 0 && Encoding.UTF8.GetByteCount(t) <= SearchText.MaxTermBytes);

    [Fact]
    public void A_run_of_letters_longer_than_the_limit_is_left_out_and_reading_goes_on_after_it()
    {
        var text = $"before {new string('x', SearchText.MaxTermBytes + 1)} {new string('y', SearchText.MaxTermBytes)} after";

        Assert.Equal(["before", new string('y', SearchText.MaxTermBytes), "after"], Terms(text));
    }

    [Theory]
    // The values theme/assets/js/search.js computes for the same keys (bucketOf in Node).
    [InlineData("chil", 256, 43)]
    [InlineData("chil", 4096, 3115)]
    [InlineData("the", 256, 28)]
    [InlineData("a", 4096, 2348)]
    [InlineData("öfst", 256, 218)]
    [InlineData("ünïc", 4096, 1593)]
    public void A_key_goes_to_the_same_bucket_as_the_browser_computes(string key, int buckets, int bucket)
    {
        Assert.Equal(bucket, SearchText.BucketOf(key, buckets));
    }

    [Theory]
    [InlineData(0, 16)]
    [InlineData(104, 16)]
    [InlineData(2000, 256)]
    [InlineData(10_000, 2048)]
    [InlineData(1_000_000, 4096)]
    public void Sites_get_more_buckets_as_they_grow_up_to_a_limit(int documents, int buckets)
    {
        Assert.Equal(buckets, SearchText.BucketCount(documents));
    }

    private static List<string> Terms(string text)
    {
        var terms = new List<string>();
        Span<byte> buffer = stackalloc byte[SearchText.MaxTermBytes + 4];
        foreach (var term in SearchText.Terms(Encoding.UTF8.GetBytes(text), buffer))
        {
            terms.Add(Encoding.UTF8.GetString(term));
        }

        return terms;
    }
}
