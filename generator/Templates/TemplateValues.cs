using System.Collections;
using Scriban.Runtime;

namespace AdcsSite.Generator.Templates;

public static class TemplateValues
{
    /// <summary>
    /// Front matter maps (source, extra) as Scriban objects, so templates can ask for optional keys
    /// (<c>post.extra.subtitle</c>) and get null instead of an error when a post does not have them.
    /// </summary>
    public static ScriptObject From(IReadOnlyDictionary<string, object?> values)
    {
        var result = new OptionalKeys(values.Count);
        foreach (var (key, value) in values)
        {
            result.SetValue(key, Convert(value), readOnly: false);
        }

        return result;
    }

    private static object? Convert(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => From(map),
        IList list => new ScriptArray(list.Cast<object?>().Select(Convert)),
        _ => value,
    };
}

/// <summary>
/// A map whose missing keys read as null. Templates run with strict member access so a typo such as
/// <c>post.titel</c> is an error; free-form front matter maps are the one place where absence is normal.
/// It has no static members to import, and importing them by reflection would cost more than filling it.
/// </summary>
public sealed class OptionalKeys(int capacity) : ScriptObject(capacity, autoImportStaticsFromThisType: false)
{
    public override bool TryGetValue(Scriban.TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object? value)
    {
        base.TryGetValue(context, span, member, out value);
        return true;
    }
}
