using System.Buffers;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

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

    private IObjectAccessor BaseAccessor(object target) =>
        base.GetMemberAccessorImpl(target) is { } accessor ? CompiledGettersAccessor.Over(accessor, target.GetType()) : NullAccessor.Default;

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
