using AdcsSite.Generator.Outputs.Layouts;

namespace AdcsSite.Generator.Outputs;

/// <summary>
/// A page or document made by a theme layout from its typed model; pages are wrapped in the site shell when
/// <paramref name="WrapIn"/> is set. <paramref name="Model"/> is made only when the file is rendered.
/// </summary>
public sealed record TemplateOutput(string Path, string Origin, string Layout, string? WrapIn, Func<ILayoutModel> Model) : OutputFile(Path, Origin)
{
    public const string ShellLayout = "base.html";

    /// <summary>An HTML page at <paramref name="sitePath"/>, rendered by <typeparamref name="T"/>'s layout inside the shell.</summary>
    public static TemplateOutput Page<T>(string sitePath, string origin, Func<T> model)
        where T : IShellModel, ILayoutFile => new(sitePath, origin, T.Layout, ShellLayout, () => model());

    /// <summary>A file rendered by <typeparamref name="T"/>'s layout alone: a feed, the sitemap, a redirect.</summary>
    public static TemplateOutput Document<T>(string sitePath, string origin, Func<T> model)
        where T : ILayoutModel, ILayoutFile => new(sitePath, origin, T.Layout, null, () => model());
}
