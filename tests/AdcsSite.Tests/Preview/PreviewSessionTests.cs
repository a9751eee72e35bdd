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

        if (text is null)
        {
            files.Remove(path);
        }
        else
        {
            files[path] = text;
        }

        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/{path}" });

        Assert.False(session.Current.Failed, $"the {edit} edit failed");
        AssertServedAsCold(files, session);
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

    private static void AssertServedAsCold(Dictionary<string, string> files, PreviewSession session)
    {
        var cold = TestSite.BuildSite(files);
        var served = session.Current.Files;
        Assert.Equal(cold.Files.Keys.Order(StringComparer.Ordinal), served.Paths.Order(StringComparer.Ordinal));
        foreach (var file in cold.Files.Keys)
        {
            Assert.True(cold.Text(file) == Encoding.UTF8.GetString(served.Read(file).Span), $"{file} differs from a cold build");
        }
    }
}
