using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>search.html: the search page; its script loads <c>site.search_index_url</c>.</summary>
public sealed record SearchModel(PageMeta Page) : IShellModel, ILayoutFile
{
    public static string Layout => "search.html";
}
