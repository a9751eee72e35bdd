using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Content;

public class ParsedFileCacheTests
{
    private static readonly Post Parsed = new("posts/a.md", "a", "A", DateTimeOffset.UnixEpoch, false, ["Rachel Dickinson"], ["send"], null, false, [], new Dictionary<string, object?>(), new Dictionary<string, object?>(), "Body.", 5);

    [Fact]
    public void A_post_that_names_its_terms_by_id_is_kept_as_it_is()
    {
        var cache = new ParsedFileCache();

        Assert.Same(Parsed, cache.WithTermIds(Parsed, ["send"], ["Rachel Dickinson"]));
    }

    [Fact]
    public void Resolving_the_same_post_to_the_same_ids_gives_the_same_object()
    {
        var cache = new ParsedFileCache();

        var first = cache.WithTermIds(Parsed, ["send"], ["rachel-dickinson"]);
        var second = cache.WithTermIds(Parsed, ["send"], ["rachel-dickinson"]);

        Assert.Same(first, second);
        Assert.Equal(["rachel-dickinson"], second.AuthorIds);
    }

    [Fact]
    public void Resolving_to_other_ids_gives_a_post_with_those_ids()
    {
        var cache = new ParsedFileCache();
        var first = cache.WithTermIds(Parsed, ["send"], ["rachel-dickinson"]);

        var second = cache.WithTermIds(Parsed, ["send"], ["adcs"]);

        Assert.NotSame(first, second);
        Assert.Equal(["adcs"], second.AuthorIds);
    }
}
