using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>author.html: one page of an author's posts.</summary>
public sealed record AuthorModel(PageMeta Page, PagerView Pager, AuthorView Author) : IShellModel, ILayoutFile
{
    public static string Layout => "author.html";
}
