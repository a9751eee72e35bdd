using Scriban.Runtime;

namespace AdcsSite.Generator.Templates;

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
