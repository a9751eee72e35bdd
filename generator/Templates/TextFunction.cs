using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

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
