using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Pipeline.Incremental;
using AdcsSite.Generator.Publishing;
using AdcsSite.Generator.Templates;
using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Pipeline.Incremental;

/// <summary>A plan amended after an edit must give exactly the site a cold build of the edited files gives.</summary>
public class IncrementalBuildTests
{
    public static TheoryData<string, string, string?, bool> Edits() => new()
    {
        { "title", "posts/b.md", TestSite.Post("Beta & <Co>", "2019-02-01", "tags: [x]\n"), true },
        { "summary and body", "posts/b.md", TestSite.Post("Beta", "2019-02-01", "tags: [x]\nsummary: A new summary.\n", "A new body."), true },
        { "extra front matter", "posts/c.md", TestSite.Post("Gamma", "2019-03-01", "tags: [y]\naliases: [old-gamma]\nmood: calm\n"), true },
        { "page body", "pages/about.md", "---\ntitle: About\n---\n\nWho we are.\n", true },
        { "date", "posts/a.md", TestSite.Post("Alpha", "2019-12-01", "tags: [x, y]\n", "See [Beta](b.md)."), false },
        { "tags", "posts/c.md", TestSite.Post("Gamma", "2019-03-01", "tags: [x, z]\n"), false },
        { "slug", "posts/b.md", TestSite.Post("Beta", "2019-02-01", "tags: [x]\nslug: bee\n"), false },
        { "aliases", "posts/c.md", TestSite.Post("Gamma", "2019-03-01", "tags: [y]\naliases: [older-gamma]\n"), false },
        { "page title", "pages/about.md", "---\ntitle: About us\n---\n\nAbout us.\n", false },
        { "new post", "posts/e.md", TestSite.Post("Epsilon", "2019-05-01", "tags: [y]\n"), false },
        { "deleted post", "posts/d.md", null, false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_plan_amended_after_an_edit_equals_a_cold_build(string edit, string path, string? text, bool sameStructure)
    {
        var cache = new BuildCache();
        var before = Plan(BuildCacheTests.Site, cache);
        var edited = BuildCacheTests.With(BuildCacheTests.Site, path, text);

        cache.ForgetInput([path]);
        var after = Plan(edited, cache, before);

        Assert.Equal(sameStructure, IncrementalBuild.SameStructure(before.Model, after.Model));
        Assert.Equal(sameStructure, after.Files.OfType<TemplateOutput>().All(page => before.Files.Contains(page)));
        BuildCacheTests.AssertSameSite(TestSite.BuildSite(edited), Written(after), edit);
    }

    public static TheoryData<string, string, string?> EditsKeepingTheStructure()
    {
        var edits = new TheoryData<string, string, string?>();
        foreach (var row in Edits().Where(row => (bool)row[3]))
        {
            edits.Add((string)row[0], (string)row[1], (string?)row[2]);
        }

        return edits;
    }

    [Theory]
    [MemberData(nameof(EditsKeepingTheStructure))]
    public void The_changed_sources_are_the_edited_post_or_page(string edit, string path, string? text)
    {
        var cache = new BuildCache();
        var before = Plan(BuildCacheTests.Site, cache);

        cache.ForgetInput([path]);
        var after = Plan(BuildCacheTests.With(BuildCacheTests.Site, path, text), cache, before);

        Assert.True(IncrementalBuild.ChangedSources(before.Model, after.Model).SetEquals([path]), $"after the {edit} edit");
    }

    [Fact]
    public void A_body_edit_keeps_every_page_of_the_plan_and_renders_as_a_cold_build()
    {
        var cache = new BuildCache();
        var before = Plan(BuildCacheTests.Site, cache);
        var edited = BuildCacheTests.With(BuildCacheTests.Site, "posts/b.md", TestSite.Post("Beta", "2019-02-01", "tags: [x]\n", "A longer body that changes the summary."));

        var after = IncrementalBuild.Replan(before, new MemorySourceTree(edited, "input"), TestSite.Theme, ["posts/b.md"], cache);

        Assert.NotNull(after);
        Assert.Equal(before.Files.OfType<TemplateOutput>(), after.Files.OfType<TemplateOutput>());
        BuildCacheTests.AssertSameSite(TestSite.BuildSite(edited), Written(after), "body");
    }

    [Fact]
    public void A_plan_with_new_templates_renders_as_a_cold_build_with_them()
    {
        var theme = TestSite.Theme.Files("").ToDictionary(p => p, TestSite.Theme.ReadText);
        var before = Plan(BuildCacheTests.Site, new BuildCache());
        theme["partials/footer.html"] += "<p>Edited footer</p>\n";
        var edited = new MemorySourceTree(theme, "theme");

        var after = IncrementalBuild.WithTemplates(before, ThemeTemplates.Load(edited), edited);

        var cold = TestSite.BuildSite(BuildCacheTests.Site, theme: edited);
        BuildCacheTests.AssertSameSite(cold, Written(after), "template");
        Assert.Contains("Edited footer", cold.Text("posts/a/index.html"), StringComparison.Ordinal);
    }

    private static PlannedSite Plan(IReadOnlyDictionary<string, string> input, BuildCache cache, PlannedSite? previous = null) =>
        SiteBuilder.Plan(new MemorySourceTree(input, "input"), TestSite.Theme, new BuildOptions(), cache, previous);

    private static MemoryOutputSink Written(PlannedSite site)
    {
        var sink = new MemoryOutputSink();
        SiteBuilder.Write(site, sink);
        return sink;
    }
}
