using AdcsSite.Generator.Content;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// Functions every template can call, bound to one build: its base URL and its cached partials. Examples (run by tests):
/// <c>{{ relative_url 'assets/site.css' }}</c> gives "/AdcsSite/assets/site.css" under a sub-path;
/// <c>{{ absolute_url '/feed.xml' }}</c> gives "https://x.github.io/AdcsSite/feed.xml";
/// <c>{{ '&lt;p&gt;' | raw }}</c> writes markup unescaped (only for trusted HTML);
/// <c>{{ include_cached 'card.html' post }}</c> renders a partial once per post for the whole build (see <see cref="CachedIncludeFunction"/>).
/// </summary>
public static class SiteFunctions
{
    public static ScriptObject Create(SiteUrls urls)
    {
        var functions = new ScriptObject();
        functions.SetValue("relative_url", new TextFunction(urls.Href), readOnly: true);
        functions.SetValue("absolute_url", new TextFunction(urls.Absolute), readOnly: true);
        functions.Import("raw", new Func<object?, RawHtml>(value => value as RawHtml ?? new RawHtml(value?.ToString() ?? "")));
        functions.SetValue("include_cached", new CachedIncludeFunction(), readOnly: true);
        return functions;
    }
}

/// <summary>
/// A template function from text to text. Scriban calls an imported delegate through reflection, converting each
/// argument by its declared type, which costs more than the function itself: relative_url runs a dozen times a page.
/// </summary>
internal sealed class TextFunction(Func<string, string> apply) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        apply(context.ObjectToString(arguments[0]) ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
