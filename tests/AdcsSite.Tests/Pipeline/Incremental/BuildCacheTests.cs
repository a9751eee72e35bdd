using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Pipeline.Incremental;
using AdcsSite.Generator.Publishing;
using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Pipeline.Incremental;

/// <summary>A rebuild that reuses a <see cref="BuildCache"/> must produce exactly the site a cold build of the same files does.</summary>
public class BuildCacheTests
{
    internal static readonly Dictionary<string, string> Site = new()
    {
        ["site.yml"] = "title: Cache test\nposts_per_page: 2\nnow: 2020-01-01\n",
        ["posts/a.md"] = TestSite.Post("Alpha", "2019-01-01", "tags: [x, y]\n", "See [Beta](b.md)."),
        ["posts/b.md"] = TestSite.Post("Beta", "2019-02-01", "tags: [x]\n"),
        ["posts/c.md"] = TestSite.Post("Gamma", "2019-03-01", "tags: [y]\naliases: [old-gamma]\n"),
        ["posts/d.md"] = TestSite.Post("Delta", "2019-04-01", "tags: [x]\n"),
        ["pages/about.md"] = "---\ntitle: About\n---\n\nAbout us.\n",
    };

    public static TheoryData<string, string, string?> Edits() => new()
    {
        { "body", "posts/b.md", TestSite.Post("Beta", "2019-02-01", "tags: [x]\n", "A longer body that changes the summary.") },
        { "title", "posts/b.md", TestSite.Post("Beta & <Co>", "2019-02-01", "tags: [x]\n") },
        { "date", "posts/a.md", TestSite.Post("Alpha", "2019-12-01", "tags: [x, y]\n", "See [Beta](b.md).") },
        { "tags", "posts/c.md", TestSite.Post("Gamma", "2019-03-01", "tags: [x, z]\n") },
        { "slug", "posts/b.md", TestSite.Post("Beta", "2019-02-01", "tags: [x]\nslug: bee\n") },
        { "new post", "posts/e.md", TestSite.Post("Epsilon", "2019-05-01", "tags: [y]\n") },
        { "deleted post", "posts/d.md", null },
        { "page", "pages/about.md", "---\ntitle: About us\n---\n\nWho we are.\n" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_rebuild_after_an_edit_equals_a_cold_build(string edit, string path, string? text)
    {
        var cache = new BuildCache();
        Build(Site, TestSite.Theme, cache);
        var edited = With(Site, path, text);

        cache.ForgetInput([path]);
        var rebuilt = Build(edited, TestSite.Theme, cache);

        AssertSameSite(Build(edited, TestSite.Theme, new BuildCache()), rebuilt, edit);
    }

    [Fact]
    public void A_rebuild_after_a_template_edit_equals_a_cold_build()
    {
        var theme = TestSite.Theme.Files("").ToDictionary(p => p, TestSite.Theme.ReadText);
        var cache = new BuildCache();
        Build(Site, new MemorySourceTree(theme, "theme"), cache);
        var edited = new MemorySourceTree(With(theme, "partials/footer.html", theme["partials/footer.html"] + "<p>Edited footer</p>\n"), "theme");

        cache.ForgetTemplates();
        var rebuilt = Build(Site, edited, cache);

        AssertSameSite(Build(Site, edited, new BuildCache()), rebuilt, "template");
        Assert.Contains("Edited footer", rebuilt.Text("posts/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Forgetting_a_folder_renders_every_body_under_it_again()
    {
        var cache = new BuildCache();
        Build(Site, TestSite.Theme, cache);
        var edited = With(With(Site, "posts/a.md", TestSite.Post("Alpha", "2019-01-01", "tags: [x, y]\n", "New alpha.")), "pages/about.md", "---\ntitle: About\n---\n\nNew about.\n");

        cache.ForgetInput(["posts", "pages/"]);
        var rebuilt = Build(edited, TestSite.Theme, cache);

        AssertSameSite(Build(edited, TestSite.Theme, new BuildCache()), rebuilt, "folder");
        Assert.Contains("New alpha.", rebuilt.Text("posts/a/index.html"), StringComparison.Ordinal);
        Assert.Contains("New about.", rebuilt.Text("about/index.html"), StringComparison.Ordinal);
    }

    private static MemoryOutputSink Build(IReadOnlyDictionary<string, string> input, ISourceTree theme, BuildCache cache)
    {
        var sink = new MemoryOutputSink();
        SiteBuilder.Build(new MemorySourceTree(input, "input"), theme, new BuildOptions(), sink, cache);
        return sink;
    }

    internal static Dictionary<string, string> With(IReadOnlyDictionary<string, string> files, string path, string? text)
    {
        var copy = new Dictionary<string, string>(files);
        if (text is null)
        {
            copy.Remove(path);
        }
        else
        {
            copy[path] = text;
        }

        return copy;
    }

    internal static void AssertSameSite(MemoryOutputSink expected, MemoryOutputSink actual, string edit)
    {
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var path in expected.Files.Keys)
        {
            Assert.True(expected.Text(path) == actual.Text(path), $"after the {edit} edit, {path} differs from a cold build");
        }
    }
}
