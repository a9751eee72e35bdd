using AdcsSite.Generator.Content;
using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class TaggerTests
{
    private static readonly Tagger Vocabulary = Tagger.Parse(
        """
        send:
          name: SEND
          terms: [SEND, special educational needs]
        funding:
          name: Funding
          terms: [funding, budget]
        adoption-fostering:
          name: Adoption and fostering
          terms: [adopt, foster]
        national-policy:
          name: National policy
          terms: [Department for Foster Care]
        """,
        "tags.yml");

    [Fact]
    public void Tags_by_how_often_the_terms_occur_strongest_first() =>
        Assert.Equal(
            ["funding", "send"],
            Vocabulary.Tag("Funding for SEND", ["SEND budgets are short; funding for SEND and special educational needs lags, and the budget is overspent."]));

    [Fact]
    public void A_passing_mention_is_not_a_tag() =>
        Assert.Equal(["funding"], Vocabulary.Tag("Budgets", ["The budget, the budget and funding again; one fostering family was mentioned."]));

    [Fact]
    public void Acronyms_match_only_as_written() =>
        Assert.DoesNotContain("send", Vocabulary.Tag("We send our thanks", ["Please send the budget and funding figures; send them soon, send them all."]));

    [Fact]
    public void Terms_match_word_starts() =>
        Assert.Equal(["adoption-fostering"], Vocabulary.Tag("Fostering and adoption", ["Foster carers and adopters."]));

    [Fact]
    public void A_word_inside_a_longer_term_counts_only_for_the_longer_term() =>
        Assert.Equal(["national-policy"], Vocabulary.Tag("News", ["The Department for Foster Care, the Department for Foster Care and the Department for Foster Care said so."]));

    [Fact]
    public void A_topic_without_terms_is_an_error_naming_it()
    {
        var error = Assert.Throws<SiteException>(() => Tagger.Parse("brexit:\n  name: Brexit\n", "input/tags.yml"));

        Assert.Contains("tag 'brexit' needs a 'terms:' list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_archive_vocabulary_has_between_15_and_30_topics() =>
        Assert.InRange(Tagger.Parse(File.ReadAllText(Path.Combine(RawDumps.RepositoryRoot, "input", Importer.TagsFile)), Importer.TagsFile).TopicIds.Count, 15, 30);
}
