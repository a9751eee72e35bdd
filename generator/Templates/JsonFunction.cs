using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// <c>{{ { name: 'Q&amp;A', n: 2 } | json }}</c> gives <c>{"name":"Q\u0026A","n":2}</c>: a value as compact JSON, for
/// structured data a theme writes itself (json-ld.html). Maps keep their order, lists become arrays, and any other
/// object is written with the members a template sees (snake_case). Characters that matter to HTML and everything
/// outside ASCII are escaped, so the JSON can stand inside a &lt;script&gt; element; it is text like any other value,
/// so a template writes it with <c>| raw</c> only there. Scriban's own <c>object.to_json</c> serializes by reflection,
/// which NativeAOT does not allow.
/// </summary>
internal sealed class JsonFunction : IScriptCustomFunction
{
    /// <summary>Deeper than any structured data needs; a value that refers to itself stops here instead of running forever.</summary>
    private const int MaxDepth = 32;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, arguments[0], context, callerContext, 0);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static void Write(Utf8JsonWriter json, object? value, TemplateContext context, ScriptNode? caller, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ScriptRuntimeException(caller?.Span ?? default, $"json: the value is nested more than {MaxDepth} deep");
        }

        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string or RawHtml or RawUtf8Html:
                json.WriteStringValue(value.ToString());
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                json.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case float or double:
                json.WriteNumberValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case DateTimeOffset date:
                json.WriteStringValue(date);
                break;
            case IDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    Write(json, item, context, caller, depth + 1);
                }

                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    Write(json, item, context, caller, depth + 1);
                }

                json.WriteEndArray();
                break;
            default:
                var span = caller?.Span ?? default;
                var accessor = context.GetMemberAccessor(value);
                json.WriteStartObject();
                foreach (var member in accessor.GetMembers(context, span, value))
                {
                    accessor.TryGetValue(context, span, value, member, out var item);
                    json.WritePropertyName(member);
                    Write(json, item, context, caller, depth + 1);
                }

                json.WriteEndObject();
                break;
        }
    }
}
