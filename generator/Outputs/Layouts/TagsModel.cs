using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>tags.html: every tag in use, most posts first.</summary>
public sealed record TagsModel(PageMeta Page, IReadOnlyList<TermView> Tags) : IShellModel, ILayoutFile
{
    public static string Layout => "tags.html";
}
