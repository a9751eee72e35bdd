using System.Reflection;
using System.Text.RegularExpressions;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs.Layouts;
using AdcsSite.Generator.Outputs.Views;
using AdcsSite.Generator.Templates;
using AdcsSite.Tests.Support;
using Scriban.Runtime;

namespace AdcsSite.Tests.Outputs.Layouts;

/// <summary>
/// theme/README.md tells theme authors what each layout receives. These tests read its tables and compare them with the
/// layout models and views as Scriban shows them (snake_case), so the guide cannot drift from the code.
/// </summary>
public partial class ThemeGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "theme", "README.md"));

    private static readonly Type[] Models =
    [
        .. typeof(ILayoutModel).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(ILayoutModel).IsAssignableFrom(t)),
    ];

    public static TheoryData<string> ModelNames() => [.. Models.Select(t => t.Name)];

    public static TheoryData<string> ViewNames() => [.. Reachable().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Each_layout_model_is_documented_with_exactly_its_variables(string name)
    {
        var model = Models.Single(t => t.Name == name);

        var section = Section($"{LayoutOf(model)} — `{name}`");

        Assert.Equal(Members(model).Order(), Rows(section).Order());
    }

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void Each_object_a_layout_can_reach_is_documented_with_exactly_its_members(string name)
    {
        var view = Reachable().Single(t => t.Name == name);

        Assert.Equal(Members(view).Order(), Rows(Section($"`{name}`")).Order());
    }

    [Fact]
    public void Every_layout_of_the_theme_has_a_model_and_every_model_a_layout()
    {
        var layouts = Directory.GetFiles(Path.Combine(TestSite.RepositoryRoot, "theme", "layouts")).Select(Path.GetFileName).Where(f => f != "base.html").Order();

        Assert.Equal(layouts, Models.Select(LayoutOf).Order());
    }

    [Fact]
    public void Site_and_the_shells_content_are_documented()
    {
        Assert.Equal([("site", nameof(SiteView))], Rows(Section("Every template")));
        Assert.Equal([("content", "html")], Rows(Section("base.html — the shell")));
    }

    [Fact]
    public void Every_template_function_is_documented()
    {
        var functions = SiteFunctions.Create(new Permalinks(new SiteSettings())).Keys.Append("include").Order();

        Assert.Equal(functions, FunctionRow().Matches(Section("Template functions")).Select(m => m.Groups[1].Value).Order());
    }

    /// <summary>The view types the layout models lead to, through properties and lists.</summary>
    private static List<Type> Reachable()
    {
        var found = new List<Type> { typeof(SiteView) };
        for (var i = 0; i < found.Count + Models.Length; i++)
        {
            var type = i < Models.Length ? Models[i] : found[i - Models.Length];
            foreach (var property in Properties(type))
            {
                var target = ElementType(property.PropertyType) ?? property.PropertyType;
                if (target.Namespace == typeof(SiteView).Namespace && !found.Contains(target))
                {
                    found.Add(target);
                }
            }
        }

        return found;
    }

    private static string LayoutOf(Type model) => (string)model.GetProperty(nameof(ILayoutFile.Layout), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>What a template sees of <paramref name="type"/>: the names and types of the properties Scriban reads.</summary>
    private static List<(string Name, string Type)> Members(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return [.. Properties(type).Select(p => (StandardMemberRenamer.Default(p), TypeName(p.PropertyType) + (nullability.Create(p).ReadState == NullabilityState.Nullable ? "?" : "")))];
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null);

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(int) => "int",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(DateTimeOffset) => "date",
        _ when type == typeof(RawHtml) || type == typeof(RawUtf8Html) => "html",
        _ when typeof(ScriptObject).IsAssignableFrom(type) || type == typeof(IReadOnlyDictionary<string, object?>) => "map",
        _ when ElementType(type) is { } element => $"list of {TypeName(element)}",
        _ => type.Name,
    };

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>The text under the heading "### <paramref name="heading"/>" (or "##"), up to the next heading.</summary>
    private static string Section(string heading)
    {
        var match = Regex.Match(Guide, $@"^##+ {Regex.Escape(heading)}\n(.*?)(?=^##|\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, $"theme/README.md has no section '{heading}'");
        return match.Groups[1].Value;
    }

    private static List<(string Name, string Type)> Rows(string section) =>
        [.. VariableRow().Matches(section).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    [GeneratedRegex(@"^\| `([a-z_0-9]+)` \| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex VariableRow();

    [GeneratedRegex(@"^\| `([a-z_]+)` \| `\{\{", RegexOptions.Multiline)]
    private static partial Regex FunctionRow();
}
