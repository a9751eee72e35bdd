using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Templates;
using Scriban.Runtime;

namespace AdcsSite.Tests.Templates;

public class ThemeTemplatesTests
{
    private static readonly Permalinks SubPath = new(new SiteSettings { BaseUrl = "https://x.github.io/AdcsSite/" });

    private static string Render(Dictionary<string, string> theme, string layout, ScriptObject? model = null, string? wrapIn = null) =>
        Encoding.UTF8.GetString(ThemeTemplates.Load(new MemorySourceTree(theme, "theme")).Render(layout, SiteFunctions.Create(SubPath), model ?? [], wrapIn));

    private static ScriptObject Model(string name, object? value) => new() { [name] = value };

    [Fact]
    public void Values_are_escaped_unless_they_are_raw_html()
    {
        var html = Render(
            new() { ["layouts/a.html"] = "<h1 title=\"{{ t }}\">{{ t }}</h1>{{ body }}" },
            "a.html",
            new ScriptObject { ["t"] = "<script>alert('x')</script> & \"q\"", ["body"] = new RawHtml("<p>ok</p>") });

        Assert.Equal("<h1 title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</h1><p>ok</p>", html);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(40_000)]
    public void Escaped_text_written_as_utf8_is_the_escaped_text_however_long_and_wherever_a_pair_falls(int prefix)
    {
        // A surrogate pair (an emoji) right where the text is cut into pieces, among every character escaped.
        var text = new string('a', prefix) + "😀<&>\"'é" + new string('b', prefix / 3) + "😀";
        var output = new System.Buffers.ArrayBufferWriter<byte>();

        HtmlEscapingContext.WriteEscaped(output, text);

        var expected = text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
        Assert.Equal(expected, Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void Utf8_markup_is_decoded_once_however_often_a_page_uses_it()
    {
        var body = new RawUtf8Html("<p>café</p>"u8.ToArray());

        Assert.Equal("<p>café</p>", body.ToString());
        Assert.Same(body.ToString(), body.ToString());
    }

    [Fact]
    public void An_include_gives_the_same_markup_whether_it_stands_alone_or_its_value_is_used()
    {
        var theme = new Dictionary<string, string>
        {
            ["layouts/a.html"] = "{{ include 'p.html' 'x' }}|{{ include 'p.html' 'y' | string.upcase }}|{{ v = include 'p.html' 'z'; v }}|{{ for i in 1..2; include 'p.html' i; end }}|{{ capture c; include 'p.html' 'c'; end; c }}",
            ["partials/p.html"] = "<b>{{ $1 }}</b>",
        };

        Assert.Equal("<b>x</b>|&lt;B&gt;Y&lt;/B&gt;|<b>z</b>|<b>1</b><b>2</b>|&lt;b&gt;c&lt;/b&gt;", Render(theme, "a.html"));
    }

    [Fact]
    public void A_partial_that_includes_itself_is_stopped_with_its_location()
    {
        var theme = new Dictionary<string, string> { ["layouts/a.html"] = "{{ include 'p.html' }}", ["partials/p.html"] = "x{{ include 'p.html' }}" };

        var message = Assert.Single(Messages(() => Render(theme, "a.html")));
        Assert.StartsWith("theme/partials/p.html:1:", message);
        Assert.Contains("recursive", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Template_text_in_values_is_not_executed() =>
        Assert.Equal("{{ 1 + 1 }}", Render(new() { ["layouts/a.html"] = "{{ t }}" }, "a.html", Model("t", "{{ 1 + 1 }}")));

    [Fact]
    public void Partials_are_included_once_not_escaped_and_the_shell_wraps_content()
    {
        var html = Render(
            new()
            {
                ["layouts/base.html"] = "<main>{{ content }}</main>",
                ["layouts/a.html"] = "{{ include 'p.html' }}",
                ["partials/p.html"] = "<b>{{ t }}</b>",
            },
            "a.html",
            Model("t", "<x>"),
            wrapIn: "base.html");

        Assert.Equal("<main><b>&lt;x&gt;</b></main>", html);
    }

    [Fact]
    public void The_documented_site_function_examples_hold()
    {
        var html = Render(new() { ["layouts/a.html"] = "{{ relative_url 'assets/site.css' }}|{{ absolute_url '/feed.xml' }}|{{ '<p>' | raw }}" }, "a.html");

        Assert.Equal("/AdcsSite/assets/site.css|https://x.github.io/AdcsSite/feed.xml|<p>", html);
    }

    [Fact]
    public void The_json_function_writes_maps_lists_and_typed_views_as_compact_json_safe_in_a_script_element()
    {
        var html = Render(
            new() { ["layouts/a.html"] = "{{ { name: 'Q&A', n: 2, tags: ['a', null] } | json | raw }}|{{ author | json | raw }}|{{ { s: '</script>' } | json }}" },
            "a.html",
            Model("author", new Author("a", "Ann", null, null)));

        Assert.Equal(
            "{\"name\":\"Q\\u0026A\",\"n\":2,\"tags\":[\"a\",null]}|{\"id\":\"a\",\"name\":\"Ann\",\"role\":null,\"bio\":null}|{&quot;s&quot;:&quot;\\u003C/script\\u003E&quot;}",
            html);
    }

    [Fact]
    public void A_typed_models_properties_are_its_layouts_variables_and_templates_may_add_their_own()
    {
        var templates = ThemeTemplates.Load(new MemorySourceTree(new Dictionary<string, string> { ["layouts/a.html"] = "{{ name }}{{ x = 1 }}{{ x }}", ["layouts/b.html"] = "{{ nmae }}" }, "theme"));

        Assert.Equal("Ann1", Encoding.UTF8.GetString(templates.Render("a.html", SiteFunctions.Create(SubPath), new Author("a", "Ann", null, null))));
        Assert.Equal(
            ["theme/layouts/b.html:1:4: error: The variable or function `nmae` was not found"],
            Messages(() => templates.Render("b.html", SiteFunctions.Create(SubPath), new Author("a", "Ann", null, null))));
    }

    [Fact]
    public void Optional_front_matter_keys_read_as_null_but_typos_on_typed_views_are_errors()
    {
        var extra = TemplateValues.From(new Dictionary<string, object?> { ["subtitle"] = "S" });

        Assert.Equal("S|", Render(new() { ["layouts/a.html"] = "{{ extra.subtitle }}|{{ extra.missing }}" }, "a.html", Model("extra", extra)));
        Assert.Equal(
            ["theme/layouts/a.html:1:9: error: Cannot get member with name titel."],
            Messages(() => Render(new() { ["layouts/a.html"] = "{{ post.titel }}" }, "a.html", Model("post", new Author("a", "A", null, null)))));
    }

    [Fact]
    public void Typed_views_read_the_same_on_every_render_once_their_accessor_is_shared()
    {
        var templates = ThemeTemplates.Load(new MemorySourceTree(new Dictionary<string, string> { ["layouts/a.html"] = "{{ post.name }}", ["layouts/b.html"] = "{{ post.titel }}" }, "theme"));
        string Render(string layout, string name) => Encoding.UTF8.GetString(templates.Render(layout, SiteFunctions.Create(SubPath), Model("post", new Author("a", name, null, null))));

        Assert.Equal(["A", "B"], new[] { Render("a.html", "A"), Render("a.html", "B") });
        Assert.Equal(["theme/layouts/b.html:1:9: error: Cannot get member with name titel."], Messages(() => Render("b.html", "C")));
    }

    [Fact]
    public void Syntax_errors_of_every_template_are_reported_with_location()
    {
        var messages = Messages(() => ThemeTemplates.Load(new MemorySourceTree(
            new Dictionary<string, string>
            {
                ["layouts/a.html"] = "ok\n{{ if }}",
                ["partials/b.html"] = "{{ for x in }}{{ end }}",
            },
            "theme")));

        Assert.Contains(messages, m => m.StartsWith("theme/layouts/a.html:2:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("theme/partials/b.html:1:", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.Matches(@"^theme/(layouts/a|partials/b)\.html:\d+:\d+: error: ", m));
    }

    [Theory]
    [InlineData("../layouts/a.html")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public void An_include_outside_the_partials_folder_is_an_error(string name)
    {
        var messages = Messages(() => Render(new() { ["layouts/a.html"] = $"{{{{ include '{name}' }}}}" }, "a.html"));

        Assert.Equal([$"theme/layouts/a.html:1:4: error: include '{name}' is outside the theme's partials/ folder"], messages);
    }

    [Fact]
    public void An_include_loop_stops_with_an_error_instead_of_hanging()
    {
        var messages = Messages(() => Render(
            new() { ["layouts/a.html"] = "{{ include 'p.html' }}", ["partials/p.html"] = "x{{ include 'p.html' }}" },
            "a.html"));

        Assert.Single(messages);
        Assert.Contains("theme/partials/p.html", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_layout_is_named()
    {
        var messages = Messages(() => Render(new() { ["layouts/a.html"] = "" }, "post.html"));

        Assert.Equal(["theme/layouts/post.html:0:0: error: layout 'post.html' is missing from the theme"], messages);
    }

    private static List<string> Messages(Action action) =>
        [.. Assert.Throws<SiteException>(action).Diagnostics.Select(d => d.ToString())];
}
