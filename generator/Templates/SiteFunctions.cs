using AdcsSite.Generator.Content;
using Scriban.Runtime;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// Functions every template can call, bound to one build: its base URL and its cached partials. Examples (run by tests):
/// <c>{{ relative_url 'assets/site.css' }}</c> gives "/AdcsSite/assets/site.css" under a sub-path;
/// <c>{{ absolute_url '/feed.xml' }}</c> gives "https://x.github.io/AdcsSite/feed.xml";
/// <c>{{ '&lt;p&gt;' | raw }}</c> writes markup unescaped (only for trusted HTML);
/// <c>{{ include_cached 'card.html' post }}</c> renders a partial once per post for the whole build (see <see cref="CachedIncludeFunction"/>);
/// <c>{{ data | json | raw }}</c> writes a value as JSON inside a script element (see <see cref="JsonFunction"/>).
/// </summary>
public static class SiteFunctions
{
    public static ScriptObject Create(Permalinks links)
    {
        var functions = new ScriptObject();
        functions.SetValue("relative_url", new TextFunction(links.Href), readOnly: true);
        functions.SetValue("absolute_url", new TextFunction(links.Absolute), readOnly: true);
        functions.Import("raw", new Func<object?, RawHtml>(value => value as RawHtml ?? new RawHtml(value?.ToString() ?? "")));
        functions.SetValue("include_cached", new CachedIncludeFunction(), readOnly: true);
        functions.SetValue("json", new JsonFunction(), readOnly: true);
        return functions;
    }
}
