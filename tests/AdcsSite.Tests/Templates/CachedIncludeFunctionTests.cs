using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Templates;
using Scriban.Runtime;

namespace AdcsSite.Tests.Templates;

public class CachedIncludeFunctionTests
{
    private static readonly Permalinks Urls = new(new SiteSettings());

    // Each render counts up a global, so a partial rendered again shows a new number and one served from the cache does not.
    private static readonly Dictionary<string, string> Theme = new()
    {
        ["layouts/author.html"] = "{{ include_cached 'author.html' key }}",
        ["layouts/both.html"] = "{{ include 'q.html' key }}|{{ include_cached 'q.html' key }}",
        ["layouts/keys.html"] = "{{ include_cached 'p.html' 'xx' }}|{{ include_cached 'p.html' 'y' }}|{{ include_cached 'p.html' ('x' + 'x') }}|{{ include_cached 'q.html' 'xx' }}|{{ include_cached 'p.html' (1 + 1) }}|{{ include_cached 'p.html' (3 - 1) }}",
        ["layouts/broken.html"] = "{{ include_cached 'broken.html' key }}",
        ["partials/p.html"] = "<b>{{ $1 }}</b>{{ n = n + 1; n }}",
        ["partials/q.html"] = "<i>{{ $1 }}</i>",
        ["partials/author.html"] = "{{ key.id }}{{ n = n + 1; n }}",
        ["partials/broken.html"] = "ok {{ key.titel }}",
    };

    private readonly ThemeTemplates templates = ThemeTemplates.Load(new MemorySourceTree(Theme, "theme"));

    private string Render(string layout, ScriptObject build, object? key, int count = 0) =>
        Encoding.UTF8.GetString(templates.Render(layout, build, new ScriptObject { ["key"] = key, ["n"] = count }));

    [Fact]
    public void Gives_the_markup_include_gives_unescaped() =>
        Assert.Equal("<i>&lt;k&gt;</i>|<i>&lt;k&gt;</i>", Render("both.html", SiteFunctions.Create(Urls), "<k>"));

    [Fact]
    public void Renders_a_partial_once_per_name_and_key_in_a_build_strings_and_numbers_by_value() =>
        Assert.Equal("<b>xx</b>1|<b>y</b>2|<b>xx</b>1|<i>xx</i>|<b>2</b>3|<b>2</b>3", Render("keys.html", SiteFunctions.Create(Urls), null));

    [Fact]
    public void Pages_of_one_build_share_the_markup_of_one_object_and_the_next_build_renders_again()
    {
        var build = SiteFunctions.Create(Urls);
        var author = new Author("a", "A", null, null);

        Assert.Equal("a1", Render("author.html", build, author));
        Assert.Equal("a1", Render("author.html", build, author, count: 10));
        Assert.Equal("a11", Render("author.html", build, author with { }, count: 10));
        Assert.Equal("a11", Render("author.html", SiteFunctions.Create(Urls), author, count: 10));
    }

    [Fact]
    public void An_error_in_the_partial_is_located_there_and_is_not_cached()
    {
        var build = SiteFunctions.Create(Urls);
        var author = new Author("a", "A", null, null);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var error = Assert.Throws<SiteException>(() => Render("broken.html", build, author));
            Assert.Equal(["theme/partials/broken.html:1:11: error: Cannot get member with name titel."], error.Diagnostics.Select(d => d.ToString()));
        }
    }
}
