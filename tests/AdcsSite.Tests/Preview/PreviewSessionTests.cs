using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Preview;
using AdcsSite.Tests.Pipeline.Incremental;
using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Preview;

public class PreviewSessionTests
{
    public static TheoryData<string, string, string?> Edits() => BuildCacheTests.Edits();

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_pages_rendered_on_demand_equal_a_cold_build(string edit, string path, string? text)
    {
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var session = Started(files, TextWriter.Null);

        session.Apply(Saved(files, path, text));

        Assert.False(session.Current.Failed, $"the {edit} edit failed");
        AssertServedAsCold(files, session);
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_pages_rendered_before_it_equal_a_cold_build(string edit, string path, string? text)
    {
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var session = Started(files, TextWriter.Null);
        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/posts/a.md" });
        ReadEveryFile(session);

        session.Apply(Saved(files, path, text));

        Assert.False(session.Current.Failed, $"the {edit} edit failed");
        AssertServedAsCold(files, session);
    }

    [Fact]
    public void A_page_that_shows_no_edited_post_is_kept_and_one_that_shows_one_is_rendered_again()
    {
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var session = Started(files, TextWriter.Null);
        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/posts/a.md" });
        var newest = session.Current.Files.Read("index.html");
        var oldest = session.Current.Files.Read("page/2/index.html");

        session.Apply(Saved(files, "posts/a.md", TestSite.Post("Alpha retitled", "2019-01-01", "tags: [x, y]\n", "See [Beta](b.md).")));

        Assert.True(newest.Equals(session.Current.Files.Read("index.html")), "the first page, which lists Delta and Gamma, was rendered again");
        Assert.Contains("Alpha retitled", Encoding.UTF8.GetString(session.Current.Files.Read("page/2/index.html").Span), StringComparison.Ordinal);
        Assert.False(oldest.Equals(session.Current.Files.Read("page/2/index.html")));
        AssertServedAsCold(files, session);
    }

    [Fact]
    public async Task After_a_template_change_pages_render_as_a_cold_build_with_the_new_theme()
    {
        var theme = TestSite.Theme.Files("").ToDictionary(p => p, TestSite.Theme.ReadText);
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var session = new PreviewSession(new MemorySourceTree(files, "input"), new MemorySourceTree(theme, "theme"), new BuildOptions(), TextWriter.Null);
        session.BuildAll();

        theme["partials/footer.html"] += "<p>Edited footer</p>\n";
        session.Apply(new HashSet<string> { $"{ChangeClassifier.ThemeRoot}/partials/footer.html" });
        await session.Checking;

        Assert.False(session.Current.Failed);
        AssertServedAsCold(files, session, new MemorySourceTree(theme, "theme"));
        Assert.Contains("Edited footer", Encoding.UTF8.GetString(session.Current.Files.Read("posts/a/index.html").Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_change_is_served_at_once_and_the_errors_it_causes_anywhere_are_reported_after()
    {
        var theme = TestSite.Theme.Files("").ToDictionary(p => p, TestSite.Theme.ReadText);
        var files = new Dictionary<string, string>(BuildCacheTests.Site) { ["pages/about.md"] = "---\ntitle: About\nbroken: true\n---\n\nAbout us.\n" };
        var session = new PreviewSession(new MemorySourceTree(files, "input"), new MemorySourceTree(theme, "theme"), new BuildOptions(), TextWriter.Null);
        session.BuildAll();
        var published = new List<SiteSnapshot>();
        session.Published += (snapshot, _) => published.Add(snapshot);

        theme["layouts/page.html"] = "{{ if extra.broken; extra.broken.nope; end }}\n" + theme["layouts/page.html"];
        session.Apply(new HashSet<string> { $"{ChangeClassifier.ThemeRoot}/layouts/page.html" });
        await session.Checking;

        Assert.Equal([false, true], published.Select(snapshot => snapshot.Failed));
        var error = Assert.Single(session.Current.Errors).ToString();
        Assert.StartsWith("theme/layouts/page.html:1:", error, StringComparison.Ordinal);
        Assert.EndsWith("(while writing about/index.html)", error, StringComparison.Ordinal);
        Assert.False(session.Current.Files.Read("posts/a/index.html").IsEmpty);
    }

    [Fact]
    public async Task The_errors_of_a_template_change_are_reported_after_every_save_until_the_template_is_fixed()
    {
        var theme = TestSite.Theme.Files("").ToDictionary(p => p, TestSite.Theme.ReadText);
        var original = theme["layouts/page.html"];
        var files = new Dictionary<string, string>(BuildCacheTests.Site) { ["pages/about.md"] = "---\ntitle: About\nbroken: true\n---\n\nAbout us.\n" };
        var session = new PreviewSession(new MemorySourceTree(files, "input"), new MemorySourceTree(theme, "theme"), new BuildOptions(), TextWriter.Null);
        session.BuildAll();
        theme["layouts/page.html"] = "{{ if extra.broken; extra.broken.nope; end }}\n" + original;
        session.Apply(new HashSet<string> { $"{ChangeClassifier.ThemeRoot}/layouts/page.html" });

        session.Apply(Saved(files, "posts/b.md", TestSite.Post("Beta retitled", "2019-02-01", "tags: [x]\n")));
        await session.Checking;
        var afterSave = session.Current.Errors;
        theme["layouts/page.html"] = original;
        session.Apply(new HashSet<string> { $"{ChangeClassifier.ThemeRoot}/layouts/page.html" });
        await session.Checking;

        Assert.StartsWith("theme/layouts/page.html:1:", Assert.Single(afterSave).ToString(), StringComparison.Ordinal);
        Assert.False(session.Current.Failed);
        AssertServedAsCold(files, session);
    }

    [Theory]
    [InlineData("partials/footer.html")]
    [InlineData("")]
    public void Assets_added_and_removed_stay_so_after_later_edits(string thenTemplate)
    {
        var theme = TestSite.Theme.Files("").ToDictionary(p => p, TestSite.Theme.ReadText);
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var session = new PreviewSession(new MemorySourceTree(files, "input"), new MemorySourceTree(theme, "theme"), new BuildOptions(), TextWriter.Null);
        session.BuildAll();
        var removed = theme.Keys.First(p => p.StartsWith("assets/", StringComparison.Ordinal));

        theme["assets/added.css"] = "body { color: teal; }\n";
        theme.Remove(removed);
        session.Apply(new HashSet<string> { $"{ChangeClassifier.ThemeRoot}/assets/added.css", $"{ChangeClassifier.ThemeRoot}/{removed}" });
        if (thenTemplate.Length > 0)
        {
            theme[thenTemplate] += "<!-- edited -->\n";
            session.Apply(new HashSet<string> { $"{ChangeClassifier.ThemeRoot}/{thenTemplate}" });
        }

        session.Apply(Saved(files, "posts/b.md", TestSite.Post("Beta retitled", "2019-02-01", "tags: [x]\n")));

        Assert.False(session.Current.Failed);
        AssertServedAsCold(files, session, new MemorySourceTree(theme, "theme"));
    }

    [Fact]
    public void A_page_asked_for_twice_is_rendered_once()
    {
        var session = Started(new Dictionary<string, string>(BuildCacheTests.Site), TextWriter.Null);
        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/posts/a.md" });

        var first = session.Current.Files.Read("posts/a/index.html");

        Assert.True(first.Equals(session.Current.Files.Read("posts/a/index.html")), "the page was rendered again");
    }

    [Fact]
    public void A_template_error_after_an_edit_is_reported_by_the_page_it_breaks()
    {
        var theme = TestSite.Theme.Files("").ToDictionary(p => p, TestSite.Theme.ReadText);
        theme["layouts/page.html"] = "{{ if extra.broken; extra.broken.nope; end }}\n" + theme["layouts/page.html"];
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var session = new PreviewSession(new MemorySourceTree(files, "input"), new MemorySourceTree(theme, "theme"), new BuildOptions(), TextWriter.Null);
        session.BuildAll();

        files["pages/about.md"] = "---\ntitle: About\nbroken: true\n---\n\nAbout us.\n";
        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/pages/about.md" });

        var error = Assert.Throws<SiteException>(() => session.Current.Files.Read("about/index.html"));
        Assert.StartsWith("theme/layouts/page.html:1:", Assert.Single(error.Diagnostics).ToString(), StringComparison.Ordinal);
        Assert.False(session.Current.Files.Read("posts/a/index.html").IsEmpty);
    }

    [Fact]
    public void A_save_that_changes_only_a_body_re_renders_it_and_other_saves_plan_again()
    {
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var log = new StringWriter();
        var session = Started(files, log);

        files["posts/b.md"] = TestSite.Post("Beta", "2019-02-01", "tags: [x]\n", "Only the body changed.");
        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/posts/b.md" });
        var afterBody = log.ToString();
        files["posts/b.md"] = TestSite.Post("Beta renamed", "2019-02-01", "tags: [x]\n", "Only the body changed.");
        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/posts/b.md" });

        Assert.Contains("(changed bodies rendered again;", afterBody, StringComparison.Ordinal);
        Assert.Contains("(changed posts re-read;", log.ToString()[afterBody.Length..], StringComparison.Ordinal);
        AssertServedAsCold(files, session);
    }

    [Fact]
    public void Body_edits_and_other_edits_in_turn_end_as_a_cold_build_would()
    {
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var session = Started(files, TextWriter.Null);
        void Save(string path, string text)
        {
            files[path] = text;
            session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/{path}" });
        }

        Save("posts/a.md", TestSite.Post("Alpha", "2019-01-01", "tags: [x, y]\n", "See [Beta](b.md), then [Delta](d.md)."));
        Save("posts/d.md", TestSite.Post("Delta", "2019-04-01", "tags: [x]\nslug: delta\n"));
        Save("pages/about.md", "---\ntitle: About\n---\n\nA new first paragraph, which the page's description is made from.\n");
        Save("posts/a.md", TestSite.Post("Alpha", "2019-01-01", "tags: [x, y]\n", "A much longer body than before, so the reading time and the summary both change for listings."));

        AssertServedAsCold(files, session);
    }

    [Fact]
    public void A_body_edit_that_breaks_a_link_shows_the_error_until_it_is_fixed()
    {
        var files = new Dictionary<string, string>(BuildCacheTests.Site);
        var session = Started(files, TextWriter.Null);

        files["posts/b.md"] = TestSite.Post("Beta", "2019-02-01", "tags: [x]\n", "See [nothing](missing.md).");
        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/posts/b.md" });
        var error = Assert.Single(session.Current.Errors);
        files["posts/b.md"] = TestSite.Post("Beta", "2019-02-01", "tags: [x]\n", "See [Alpha](a.md).");
        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/posts/b.md" });

        Assert.Contains("input/posts/b.md:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("missing.md", error.Message, StringComparison.Ordinal);
        Assert.False(session.Current.Failed);
        AssertServedAsCold(files, session);
    }

    private static PreviewSession Started(Dictionary<string, string> files, TextWriter log)
    {
        var session = new PreviewSession(new MemorySourceTree(files, "input"), TestSite.Theme, new BuildOptions(), log);
        session.BuildAll();
        return session;
    }

    private static HashSet<string> Saved(Dictionary<string, string> files, string path, string? text)
    {
        if (text is null)
        {
            files.Remove(path);
        }
        else
        {
            files[path] = text;
        }

        return [$"{ChangeClassifier.InputRoot}/{path}"];
    }

    private static void ReadEveryFile(PreviewSession session)
    {
        foreach (var path in session.Current.Files.Paths)
        {
            session.Current.Files.Read(path);
        }
    }

    private static void AssertServedAsCold(Dictionary<string, string> files, PreviewSession session, ISourceTree? theme = null)
    {
        var cold = TestSite.BuildSite(files, theme: theme);
        var served = session.Current.Files;
        Assert.Equal(cold.Files.Keys.Order(StringComparer.Ordinal), served.Paths.Order(StringComparer.Ordinal));
        foreach (var file in cold.Files.Keys)
        {
            Assert.True(cold.Text(file) == Encoding.UTF8.GetString(served.Read(file).Span), $"{file} differs from a cold build");
        }
    }
}
