using AdcsSite.Generator.Content;

namespace AdcsSite.Tests.Content;

public class ParsedFileCacheTests
{
    private static readonly Post Parsed = new("posts/a.md", "a", "A", DateTimeOffset.UnixEpoch, false, ["Rachel Dickinson"], ["send"], null, false, [], new Dictionary<string, object?>(), new Dictionary<string, object?>(), 5);

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

    public static TheoryData<string, string, string?, bool> Changes() => new()
    {
        { "a post saved", "posts/a.md", "edited", false },
        { "a post added", "posts/c.md", "new", true },
        { "a post deleted", "posts/b.md", null, true },
        { "the folder replaced", "posts", null, true },
        { "a page saved (another folder)", "pages/about.md", "edited", false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_folder_is_listed_again_only_when_a_change_may_add_or_remove_a_file(string change, string path, string? text, bool listAgain)
    {
        var files = new Dictionary<string, string> { ["posts/a.md"] = "a", ["posts/b.md"] = "b", ["pages/about.md"] = "about" };
        var input = new CountingTree(new MemorySourceTree(files));
        var cache = new ParsedFileCache();
        cache.Files(input, "posts");

        if (text is null)
        {
            files.Remove(path);
        }
        else
        {
            files[path] = text;
        }

        cache.Forget([path]);
        var listed = cache.Files(input, "posts");

        Assert.True(input.Listings == (listAgain ? 2 : 1), $"after {change} the folder was listed {input.Listings} times");
        Assert.Equal(files.Keys.Where(k => k.StartsWith("posts/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), listed);
    }

    private sealed class CountingTree(ISourceTree tree) : ISourceTree
    {
        public int Listings { get; private set; }

        public string DisplayPath(string path) => tree.DisplayPath(path);

        public IReadOnlyList<string> Files(string folder)
        {
            Listings++;
            return tree.Files(folder);
        }

        public bool Exists(string path) => tree.Exists(path);

        public string ReadText(string path) => tree.ReadText(path);

        public byte[] ReadBytes(string path) => tree.ReadBytes(path);
    }
}
