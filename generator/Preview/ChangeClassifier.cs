using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Preview;

/// <summary>What a batch of file changes requires, weakest first; a batch needs the strongest kind of any of its files.</summary>
public enum ChangeKind
{
    /// <summary>Nothing the build reads: editor swap files, raw dumps.</summary>
    None,

    /// <summary>Only stylesheets in theme/assets: copy assets; the browser can swap stylesheets without reloading.</summary>
    Stylesheets,

    /// <summary>Other theme assets: copy assets only.</summary>
    Assets,

    /// <summary>Posts or pages: re-parse those files, then render the site again.</summary>
    Content,

    /// <summary>Layouts or partials: parse templates again and re-render, reusing every parsed post.</summary>
    Templates,

    /// <summary>Site settings, authors, tags, or anything unrecognised: a full rebuild.</summary>
    SiteData,
}

/// <summary>
/// Decides what to rebuild from the paths that changed. Pure, so it is tested with tables of paths. Paths are
/// '/'-separated and start with the folder's role, whatever it is called on disk: "input/posts/a.md",
/// "theme/layouts/post.html". A path that is a whole root ("input") means the watcher lost track: rebuild all.
/// </summary>
public static class ChangeClassifier
{
    public const string InputRoot = "input";
    public const string ThemeRoot = "theme";

    public static ChangeKind Classify(IEnumerable<string> changedPaths) =>
        changedPaths.Select(ClassifyOne).DefaultIfEmpty(ChangeKind.None).Max();

    private static ChangeKind ClassifyOne(string path)
    {
        var slash = path.IndexOf('/');
        var (root, rest) = slash < 0 ? (path, "") : (path[..slash], path[(slash + 1)..]);
        if (rest.Length > 0 && IsEditorScratch(rest[(rest.LastIndexOf('/') + 1)..]))
        {
            return ChangeKind.None;
        }

        return root switch
        {
            InputRoot => InInput(rest),
            ThemeRoot => InTheme(rest),
            _ => ChangeKind.SiteData,
        };
    }

    private static ChangeKind InInput(string path) => FirstFolder(path) switch
    {
        ContentLoader.PostsFolder or ContentLoader.PagesFolder => ChangeKind.Content,

        // Raw dumps are the importer's input, never read by the build.
        "raw" => ChangeKind.None,
        _ => ChangeKind.SiteData,
    };

    private static ChangeKind InTheme(string path) => FirstFolder(path) switch
    {
        ThemeTemplates.LayoutsFolder or ThemeTemplates.PartialsFolder => ChangeKind.Templates,
        SiteBuilder.AssetsFolder when path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) => ChangeKind.Stylesheets,
        SiteBuilder.AssetsFolder => ChangeKind.Assets,
        _ => ChangeKind.SiteData,
    };

    /// <summary>The first folder of a path, or null for a file at the root or the root itself.</summary>
    private static string? FirstFolder(string path) =>
        path.IndexOf('/') is var slash and > 0 ? path[..slash] : null;

    /// <summary>Files editors write beside the real one while saving (vim's 4913 and .swp, emacs's .#x and x~, hidden files).</summary>
    private static bool IsEditorScratch(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name == "4913"
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
}
