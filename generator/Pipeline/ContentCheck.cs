using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Markdown.Links;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace AdcsSite.Generator.Pipeline;

/// <summary>
/// Everything an editor should know about input/ without building a site: the build's own errors, plus
/// warnings for unknown authors and tags (with the closest known id), future dates, drafts and missing images.
/// </summary>
public static class ContentCheck
{
    public static IReadOnlyList<Diagnostic> Run(ISourceTree input, ISourceTree theme, DateTimeOffset now)
    {
        SiteContent content;
        var findings = new List<Diagnostic>();
        try
        {
            (content, var warnings) = ContentLoader.Load(input, new LoadOptions(IncludeDrafts: true, IncludeFuture: true, Now: now));
            findings.AddRange(warnings);
        }
        catch (SiteException e)
        {
            return e.Diagnostics;
        }

        var definedAuthors = DefinedIds(input, ContentLoader.AuthorsFile);
        var definedTags = DefinedIds(input, ContentLoader.TagsFile);
        var urlOfSource = Permalinks.OfSources(content);

        foreach (var post in content.Posts)
        {
            var path = input.DisplayPath(post.SourcePath);
            var fields = FrontMatter.Parse(input.ReadText(post.SourcePath), path);
            var located = new FieldReader(fields.Fields, path, fields.FieldsFirstLine);
            findings.AddRange(UnknownTerms(located, "tags", post.TagIds, definedTags, ContentLoader.TagsFile));
            findings.AddRange(UnknownTerms(located, located.Has("authors") ? "authors" : "author", post.AuthorIds, definedAuthors, ContentLoader.AuthorsFile));
            if (post.Date > now)
            {
                var (line, column) = located.Locate("date");
                findings.Add(Diagnostic.Warning(path, line, column, $"dated in the future ({post.Date:yyyy-MM-dd}); it will not be published until then"));
            }

            if (post.Draft)
            {
                var (line, column) = located.Locate("draft");
                findings.Add(Diagnostic.Warning(path, line, column, "draft: not published until 'draft: true' is removed"));
            }

            findings.AddRange(BodyFindings(fields.Body, post.SourcePath, post.BodyLine));
        }

        foreach (var page in content.Pages)
        {
            findings.AddRange(BodyFindings(ContentLoader.ReadBody(input, page.SourcePath), page.SourcePath, page.BodyLine));
        }

        return [.. findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)];

        IEnumerable<Diagnostic> BodyFindings(string body, string sourcePath, int bodyLine)
        {
            var path = input.DisplayPath(sourcePath);
            var document = MarkdownRenderer.Parse(body);
            return
            [
                .. MarkdownRenderer.Prepare(document, new LinkContext(sourcePath, path, bodyLine, urlOfSource), content.Settings.RawHtml).Diagnostics,
                .. MissingImages(document, sourcePath, bodyLine, path, input, theme),
            ];
        }
    }

    private static IEnumerable<Diagnostic> UnknownTerms(FieldReader fields, string key, IReadOnlyList<string> ids, IReadOnlySet<string> defined, string file)
    {
        if (defined.Count == 0)
        {
            yield break;
        }

        foreach (var id in ids.Where(id => !defined.Contains(id)))
        {
            var (line, column) = fields.Locate(key);
            var closest = Closest(id, defined);
            yield return Diagnostic.Warning(fields.Path, line, column,
                $"'{id}' is not defined in {file}{(closest is null ? "" : $"; did you mean '{closest}'?")}");
        }
    }

    private static IEnumerable<Diagnostic> MissingImages(MarkdownDocument document, string sourcePath, int bodyLine, string path, ISourceTree input, ISourceTree theme)
    {
        foreach (var image in MarkdownTree.Inlines<LinkInline>(document).Where(l => l.IsImage && l.Url is { Length: > 0 }))
        {
            var url = image.Url!;
            if (url.Contains(':', StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var exists = url.StartsWith('/')
                ? input.Exists(url.TrimStart('/')) || theme.Exists(url.TrimStart('/'))
                : input.Exists(Path.GetRelativePath(".", Path.Combine(Path.GetDirectoryName(sourcePath) ?? "", url)).Replace('\\', '/'));
            if (!exists)
            {
                yield return Diagnostic.Error(path, bodyLine + image.Line, image.Column + 1, $"image '{url}' does not exist");
            }
        }
    }

    private static HashSet<string> DefinedIds(ISourceTree input, string file) =>
        input.Exists(file)
            ? [.. FrontMatter.ParseMapping(input.ReadText(file), input.DisplayPath(file)).Children.Keys.OfType<YamlScalarNode>().Select(k => Slug.From(k.Value ?? ""))]
            : [];

    /// <summary>The defined id nearest by edit distance, if it is close enough to be a plausible typo.</summary>
    public static string? Closest(string id, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Id: c, Distance: EditDistance(id, c)))
            .Where(c => c.Distance <= Math.Max(2, id.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id)
            .FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
