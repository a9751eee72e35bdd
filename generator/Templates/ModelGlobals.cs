using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// A page's globals made from its typed model: each property of the model is a variable, read through the same
/// accessor (and the same snake_case names) as any object a template reads. What the templates assign, and the
/// <c>content</c> a shell gets, are kept here and come before the model's properties.
/// </summary>
internal sealed class ModelGlobals(object model) : ScriptObject(capacity: 8, autoImportStaticsFromThisType: false)
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        if (context is null || !context.GetMemberAccessor(model).TryGetValue(context, span, model, member, out value))
        {
            return false;
        }

        // Kept after the first read: the accessor reads a property by reflection, and a page reads `post` dozens of times.
        SetValue(member, value, readOnly: false);
        return true;
    }
}
