using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs.Views;
using AdcsSite.Generator.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace AdcsSite.Tests.Templates;

public class CompiledGettersAccessorTests
{
    private static readonly AuthorView Author = new("rd", "Rachel Dickinson", "/authors/rd/", "https://example.org/authors/rd/", null, "Bio & more", 2, "/authors/rd/feed.xml");

    private readonly TemplateContext context = new();

    [Fact]
    public void A_view_model_reads_every_member_as_scribans_own_accessor_does_strings_numbers_and_nulls()
    {
        var scriban = context.GetMemberAccessor(Author);
        var compiled = CompiledGettersAccessor.Over(scriban, typeof(AuthorView));

        Assert.IsType<CompiledGettersAccessor>(compiled);
        var members = scriban.GetMembers(context, default, Author).ToList();
        Assert.Equal(["id", "name", "url", "absolute_url", "role", "bio", "count", "feed_url"], members);
        Assert.Equal(members, compiled.GetMembers(context, default, Author));
        foreach (var member in members)
        {
            Assert.True(scriban.TryGetValue(context, default, Author, member, out var expected));
            Assert.True(compiled.TryGetValue(context, default, Author, member, out var actual));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void A_member_the_type_does_not_have_is_missing_through_both()
    {
        var scriban = context.GetMemberAccessor(Author);
        var compiled = CompiledGettersAccessor.Over(scriban, typeof(AuthorView));

        Assert.False(scriban.TryGetValue(context, default, Author, "Name", out _));
        Assert.False(compiled.TryGetValue(context, default, Author, "Name", out _));
        Assert.False(compiled.HasMember(context, default, Author, "titel"));
    }

    [Fact]
    public void A_type_from_outside_the_generator_keeps_scribans_accessor()
    {
        var outsider = new SourceSpan("x", default, default);
        var scriban = context.GetMemberAccessor(outsider);

        Assert.Same(scriban, CompiledGettersAccessor.Over(scriban, outsider.GetType()));
    }

    [Fact]
    public void A_script_object_of_the_generator_keeps_its_own_accessor()
    {
        var globals = new ModelGlobals(Author);
        var scriban = context.GetMemberAccessor(globals);

        Assert.Same(scriban, CompiledGettersAccessor.Over(scriban, globals.GetType()));
    }

    [Fact]
    public void Templates_read_view_models_the_same_through_the_site_context() =>
        Assert.Equal(
            "Rachel Dickinson, 2 posts, Bio &amp; more, []",
            Render("{{ author.name }}, {{ author.count }} posts, {{ author.bio }}, [{{ author.role }}]"));

    private static string Render(string template)
    {
        var templates = ThemeTemplates.Load(new MemorySourceTree(new Dictionary<string, string> { ["layouts/t.html"] = template }, "theme"));
        return System.Text.Encoding.UTF8.GetString(templates.Render("t.html", new ScriptObject(), new ScriptObject { ["author"] = Author }));
    }
}
