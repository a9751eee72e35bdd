using System.Text;
using AdcsSite.Generator.Build;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Preview;
using AdcsSite.Tests.Build;
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
        var session = new PreviewSession(new MemorySourceTree(files, "input"), TestSite.Theme, new BuildOptions(), TextWriter.Null);
        session.BuildAll();

        if (text is null)
        {
            files.Remove(path);
        }
        else
        {
            files[path] = text;
        }

        session.Apply(new HashSet<string> { $"{ChangeClassifier.InputRoot}/{path}" });

        var cold = TestSite.BuildSite(files);
        var served = session.Current.Files;
        Assert.False(session.Current.Failed);
        Assert.Equal(cold.Files.Keys.Order(StringComparer.Ordinal), served.Paths.Order(StringComparer.Ordinal));
        foreach (var file in cold.Files.Keys)
        {
            Assert.True(cold.Text(file) == Encoding.UTF8.GetString(served.Read(file).Span), $"after the {edit} edit, {file} differs from a cold build");
        }
    }

    [Fact]
    public void A_page_asked_for_twice_is_rendered_once()
    {
        var session = new PreviewSession(new MemorySourceTree(new Dictionary<string, string>(BuildCacheTests.Site), "input"), TestSite.Theme, new BuildOptions(), TextWriter.Null);
        session.BuildAll();
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
}
