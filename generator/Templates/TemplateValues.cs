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
