using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>home.html: one page of every post, newest first.</summary>
public sealed record HomeModel(PageMeta Page, PagerView Pager) : IShellModel, ILayoutFile
{
    public static string Layout => "home.html";
}
