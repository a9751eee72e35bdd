using AdcsSite.Generator.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AdcsSite.Generator.Markdown.Links;

/// <summary>How the links of one body resolve: its source file and where every source file is published.</summary>
/// <param name="SourcePath">The body's file relative to input/ (e.g. "posts/2019/a.md"), for relative .md links.</param>
/// <param name="DisplayPath">The body's file as shown in messages.</param>
/// <param name="BodyLine">The file line the body starts on, so link errors point at the right line.</param>
/// <param name="UrlOfSource">Site path ("/posts/a/") of each Markdown source, by its path relative to input/.</param>
public sealed record LinkContext(
    string SourcePath,
    string DisplayPath,
    int BodyLine,
    IReadOnlyDictionary<string, string> UrlOfSource);

/// <summary>The links of one parsed body that point into the site, with their site paths, ready to be prefixed.</summary>
public sealed class ResolvedLinks(List<(LinkInline Link, string SitePath)> links, IReadOnlyList<Diagnostic> diagnostics)
{
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Points every site link at <paramref name="prefix"/> + its site path: the base path for pages, the absolute base URL for feeds.</summary>
    public void Apply(string prefix)
    {
        foreach (var (link, sitePath) in links)
        {
            link.Url = prefix + sitePath;
        }
    }
}

/// <summary>
/// Finds the links and images of a parsed Markdown tree (never of HTML) that point into the site: root-relative
/// URLs, which must get the base path to work under a sub-path, and links to other Markdown files, which
/// become those pages' URLs. A link to a Markdown file that does not exist is an error at its line.
/// </summary>
public static class LinkResolver
{
    public static ResolvedLinks Resolve(MarkdownDocument document, LinkContext context)
    {
        var links = new List<(LinkInline, string)>();
        List<Diagnostic>? diagnostics = null;
        foreach (var link in MarkdownTree.Inlines<LinkInline>(document))
        {
            if (link.Url is not { Length: > 0 } url)
            {
                continue;
            }

            if (IsRootRelative(url))
            {
                links.Add((link, url));
            }
            else if (MarkdownTarget(url) is var (path, fragment) && path.Length > 0)
            {
                var target = Combine(context.SourcePath, path);
                if (context.UrlOfSource.TryGetValue(target, out var siteUrl))
                {
                    links.Add((link, siteUrl + fragment));
                }
                else
                {
                    (diagnostics ??= []).Add(Diagnostic.Error(
                        context.DisplayPath,
                        context.BodyLine + link.Line,
                        link.Column + 1,
                        $"link to '{url}' points to no post or page: there is no {target} in the input folder"));
                }
            }
        }

        return new ResolvedLinks(links, diagnostics ?? (IReadOnlyList<Diagnostic>)[]);
    }

    private static bool IsRootRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>"../2019/a.md#part" -> ("../2019/a.md", "#part"); null when the URL is not a relative link to a Markdown file.</summary>
    private static (string Path, string Fragment)? MarkdownTarget(string url)
    {
        if (url.Contains(':', StringComparison.Ordinal) || url.StartsWith('#') || url.StartsWith('/'))
        {
            return null;
        }

        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? (Uri.UnescapeDataString(path), hash < 0 ? "" : url[hash..]) : null;
    }

    private static string Combine(string sourcePath, string relative)
    {
        var segments = new List<string>(sourcePath.Split('/')[..^1]);
        foreach (var segment in relative.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return string.Join('/', segments);
    }
}
