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
    /// <remarks>
    /// Into a UTF-8 page the runs are encoded straight into its buffer, as a raw body is: through Scriban's own writing,
    /// two calls a run made escaping the full text of twenty posts most of what rendering a feed cost.
    /// </remarks>
    private void WriteEscaped(string text)
    {
        if (Output is Utf8Output utf8)
        {
            WriteEscaped(utf8.Bytes, text);
            return;
        }

        var start = 0;
        while (text.AsSpan(start).IndexOfAny(Special) is var next and >= 0)
        {
            Write(text, start, next);
            Write(Entity(text[start + next]));
            start += next + 1;
        }

        Write(text, start, text.Length - start);
    }

    /// <summary>Appends <paramref name="text"/>, escaped as <see cref="WriteEscaped(string)"/> escapes it, as UTF-8.</summary>
    internal static void WriteEscaped(ArrayBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        // In pieces of a bounded size, never between the two halves of a surrogate pair.
        const int Piece = 16 * 1024;
        while (text.Length > Piece)
        {
            var length = char.IsHighSurrogate(text[Piece - 1]) ? Piece - 1 : Piece;
            WriteEscapedPiece(output, text[..length]);
            text = text[length..];
        }

        WriteEscapedPiece(output, text);
    }

    private static void WriteEscapedPiece(ArrayBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        // At most six bytes a character: an entity ("&quot;"), or the UTF-8 of a character (three at most per unit).
        var room = output.GetSpan(text.Length * 6);
        var written = 0;
        while (text.IndexOfAny(Special) is var next and >= 0)
        {
            written += Encoding.UTF8.GetBytes(text[..next], room[written..]);
            var entity = Utf8Entity(text[next]);
            entity.CopyTo(room[written..]);
            written += entity.Length;
            text = text[(next + 1)..];
        }

        written += Encoding.UTF8.GetBytes(text, room[written..]);
        output.Advance(written);
    }

    private static string Entity(char special) => special switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };

    private static ReadOnlySpan<byte> Utf8Entity(char special) => special switch
    {
        '&' => "&amp;"u8,
        '<' => "&lt;"u8,
        '>' => "&gt;"u8,
        '"' => "&quot;"u8,
        _ => "&#39;"u8,
    };
}
