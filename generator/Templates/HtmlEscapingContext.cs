using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

/// <summary>Markup that is already safe (rendered Markdown, included partials); written without escaping.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Safe markup kept as UTF-8 (a rendered post body): half the memory of a string while the build holds every body.</summary>
public sealed record RawUtf8Html(ReadOnlyMemory<byte> Utf8)
{
    // Written as bytes into a UTF-8 page; decoded, once, only for a template that uses the body as text.
    private string? text;

    public override string ToString() => text ??= Encoding.UTF8.GetString(Utf8.Span);
}

/// <summary>
/// A template context that escapes every value a template writes, unless it is <see cref="RawHtml"/>.
/// Themes therefore cannot forget to escape a title or a tag: safety does not depend on each template.
/// The same escaping is right for the XML outputs (feeds, sitemap).
/// </summary>
public sealed class HtmlEscapingContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials) : TemplateContext(builtins)
{
    /// <summary>Scriban's built-in functions with <c>include</c> replaced; built once and only read afterwards, so shared by all threads.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", new RawIncludeFunction(), readOnly: true);
        return builtins;
    }

    /// <summary>
    /// Accessors by type for the whole process: Scriban forgets its own with every <see cref="TemplateContext.Reset"/>,
    /// and building one reads the type's members and attributes by reflection, which under NativeAOT cost more than
    /// rendering the page. All contexts use the same member renamer, so the accessors are the same for all of them.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        Accessors.GetOrAdd(target.GetType(), (_, self) => self.BaseAccessor(target), this);

    private IObjectAccessor BaseAccessor(object target) => base.GetMemberAccessorImpl(target) ?? NullAccessor.Default;

    /// <summary>Partials are parsed once per theme; Scriban would otherwise load and parse one again for each include.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        partials.TryGetValue(templatePath, out var template) ? template : base.CreateTemplate(templatePath, callerContext);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case RawHtml raw:
                Write(raw.Value);
                break;
            case RawUtf8Html raw when Output is Utf8Output utf8:
                utf8.Bytes.Write(raw.Utf8.Span);
                break;
            case RawUtf8Html raw:
                Write(raw.ToString());
                break;
            default:
                WriteEscaped(ObjectToString(textAsObject) ?? "");
                break;
        }

        return this;
    }

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>The text with markup characters as entities, written a run at a time rather than built as a new string.</summary>
    private void WriteEscaped(string text)
    {
        var start = 0;
        while (text.AsSpan(start).IndexOfAny(Special) is var next and >= 0)
        {
            Write(text, start, next);
            Write(text[start + next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            start += next + 1;
        }

        Write(text, start, text.Length - start);
    }
}

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
