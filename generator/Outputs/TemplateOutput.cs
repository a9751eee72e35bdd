using AdcsSite.Generator.Outputs.Layouts;

namespace AdcsSite.Generator.Outputs;

/// <summary>
/// A page or document made by a theme layout from its typed model; pages are wrapped in the site shell when
/// <paramref name="WrapIn"/> is set.
/// </summary>
/// <param name="Model">
/// Made only when the file is rendered, from the site model given then: the file keeps no model of its own, so a plan
/// stays valid for a later model of the same structure (the same posts, slugs, dates, tags, authors and pages).
/// </param>
/// <param name="Shows">
/// The source paths of the posts and pages whose views or bodies the model shows. Between two models of the same
/// structure, the file renders the same bytes unless one of these changed: the preview keeps the rest. Worked out
/// only when asked, since only the preview asks, and only for pages it has rendered.
/// </param>
public sealed record TemplateOutput(string Path, string Origin, string Layout, string? WrapIn, Func<SiteModel, ILayoutModel> Model, Func<SiteModel, IEnumerable<string>> Shows) : OutputFile(Path, Origin)
{
    public const string ShellLayout = "base.html";

    /// <summary>What a page that shows no post or page's view or body shows: the tags index, a redirect.</summary>
    public static readonly Func<SiteModel, IEnumerable<string>> ShowsNone = _ => [];

    /// <summary>An HTML page at <paramref name="sitePath"/>, rendered by <typeparamref name="T"/>'s layout inside the shell.</summary>
    public static TemplateOutput Page<T>(string sitePath, string origin, Func<SiteModel, IEnumerable<string>> shows, Func<SiteModel, T> model)
        where T : IShellModel, ILayoutFile => new(sitePath, origin, T.Layout, ShellLayout, m => model(m), shows);

    /// <summary>A file rendered by <typeparamref name="T"/>'s layout alone: a feed, the sitemap, a redirect.</summary>
    public static TemplateOutput Document<T>(string sitePath, string origin, Func<SiteModel, IEnumerable<string>> shows, Func<SiteModel, T> model)
        where T : ILayoutModel, ILayoutFile => new(sitePath, origin, T.Layout, null, m => model(m), shows);
}
