using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>404.html: the page a host serves for an address the site does not have.</summary>
public sealed record NotFoundModel(PageMeta Page) : IShellModel, ILayoutFile
{
    public static string Layout => "404.html";
}
