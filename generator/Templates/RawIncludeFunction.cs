using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

/// <summary>Scriban's <c>include</c>, returning <see cref="RawHtml"/> so a partial's markup is not escaped a second time.</summary>
public sealed class RawIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction include = new();

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        context.Output is Utf8Output && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call && !HasNamedArguments(call)
            ? RenderInPlace(context, call, arguments)
            : Render(context, callerContext, arguments, blockStatement);

    // By index: enumerating Scriban's node list boxes its enumerator, on every include of every page.
    private static bool HasNamedArguments(ScriptFunctionCall call)
    {
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            if (call.Arguments[i] is ScriptNamedArgument)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The partial's markup, as Scriban's <c>include</c> renders it.</summary>
    public RawHtml Render(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    /// <summary>
    /// An include that is a statement of its own writes its markup where it stands, so the partial can be rendered
    /// straight into the page: Scriban would render it into a new string builder and copy it out as a string, which
    /// for a page's list of posts was most of what rendering the page allocated. Otherwise as Scriban's
    /// <c>RenderTemplate</c> with the context's settings (no auto-indent, no named arguments): the partial gets
    /// the arguments as <c>$</c> in a scope of its own, within the recursion limit.
    /// </summary>
    private static object? RenderInPlace(TemplateContext context, ScriptFunctionCall call, ScriptArray arguments)
    {
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(call.Span, "Expecting at least the name of the template to include for the <include> function");
        }

        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call);
        if (path is null)
        {
            return null;
        }

        var template = context.GetOrCreateTemplate(path, call);
        context.EnterRecursive(call);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(call);
        }

        return null;
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
