using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>tag.html: one page of a tag's posts.</summary>
public sealed record TagModel(PageMeta Page, PagerView Pager, TermView Tag) : IShellModel, ILayoutFile
{
    public static string Layout => "tag.html";
}
