using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>authors.html: every author with a post, most posts first.</summary>
public sealed record AuthorsModel(PageMeta Page, IReadOnlyList<AuthorView> Authors) : IShellModel, ILayoutFile
{
    public static string Layout => "authors.html";
}
