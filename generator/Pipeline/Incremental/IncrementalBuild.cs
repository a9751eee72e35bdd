using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Publishing;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Pipeline.Incremental;

/// <summary>
/// The preview's shortcuts after a small edit, each giving exactly what a full build would: a save that changed only
/// post bodies renders those bodies again into the last plan; an edit that leaves the site's structure as it was keeps
/// the last plan's files for the new model; a template change keeps the whole plan; a change to theme assets alone
/// copies them.
/// </summary>
public static class IncrementalBuild
{
    /// <summary>
    /// The plan after a save that changed only the Markdown bodies of <paramref name="changedPaths"/> (input-relative):
    /// those bodies are rendered again and everything else of <paramref name="previous"/> is kept, since no front
    /// matter, and so no date, title, tag, slug or link target, has changed. Null when that is not so for every path
    /// (a new, deleted or unreadable file, or changed front matter): then only a full <see cref="SiteBuilder.Plan"/> is right.
    /// </summary>
    public static PlannedSite? Replan(PlannedSite previous, ISourceTree input, ISourceTree theme, IReadOnlyCollection<string> changedPaths, BuildCache cache)
    {
        var steps = new BuildSteps(null);
        var model = previous.Model;
        var bodies = steps.Run("read changed bodies", () => ChangedBodies(model, input, changedPaths, cache.Parsed));
        if (bodies is null)
        {
            return null;
        }

        var rendered = steps.Run("render markdown", () =>
        {
            cache.Bodies.Forget(changedPaths);
            return RenderAgain(model.Rendered, model.Content, input, cache.Bodies, bodies.Select(b => (b.Path, b.BodyLine, (Func<string>)(() => b.Body))));
        });
        var replanned = steps.Run("update post views", () => model.WithBodies(rendered, cache.Views));
        var files = steps.Run("plan outputs", () => FilesFor(previous, replanned, theme, input));
        return new PlannedSite(replanned, files, previous.Templates, previous.ContentWarnings, [.. steps.Times]);
    }

    /// <summary>
    /// Whether <paramref name="later"/>, a model of the same input settings, has the structure of <paramref name="earlier"/>:
    /// the same posts in the same order with the same slugs, dates, tags, authors and aliases, the same pages with the
    /// same titles, and the same tags and authors, counted alike. Then every file of the earlier plan is still there,
    /// made the same way (see <see cref="TemplateOutput.Model"/>); only what the changed posts and pages show differs.
    /// </summary>
    public static bool SameStructure(SiteModel earlier, SiteModel later) =>
        SamePlaces(earlier.Content, later.Content)
            && earlier.Site.Pages.SequenceEqual(later.Site.Pages)
            && earlier.Tags.Values.SequenceEqual(later.Tags.Values)
            && earlier.Authors.Values.SequenceEqual(later.Authors.Values);

    /// <summary>
    /// The posts and pages whose views or bodies differ between two models of the same structure (see
    /// <see cref="SameStructure"/>): a post view is made again exactly when its post or its rendering is new.
    /// </summary>
    public static IReadOnlySet<string> ChangedSources(SiteModel earlier, SiteModel later)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < later.Posts.Count; i++)
        {
            if (!ReferenceEquals(earlier.Posts[i], later.Posts[i]))
            {
                changed.Add(later.Content.Posts[i].SourcePath);
            }
        }

        for (var i = 0; i < later.Content.Pages.Count; i++)
        {
            var page = later.Content.Pages[i];
            if (!ReferenceEquals(earlier.Content.Pages[i], page) || !ReferenceEquals(earlier.Rendered[page.SourcePath], later.Rendered[page.SourcePath]))
            {
                changed.Add(page.SourcePath);
            }
        }

        return changed;
    }

    /// <summary>
    /// The files of <paramref name="previous"/> for <paramref name="model"/>, a model of the same structure: its pages
    /// as they were planned; its files made by code planned again from the new model the first time one is read (their
    /// paths are structure, so they are the same); the theme's assets as they are now.
    /// </summary>
    internal static List<OutputFile> FilesFor(PlannedSite previous, SiteModel model, ISourceTree theme, ISourceTree input)
    {
        var made = new Lazy<Dictionary<string, DataOutput>>(() => new OutputPlan(model, input.DisplayPath).DataFiles().ToDictionary(f => f.Path, StringComparer.Ordinal));
        DataOutput Remade(DataOutput data)
        {
            // Only the path is captured: the earlier file would hold on to the earlier model.
            var path = data.Path;
            return data with { Chunks = () => made.Value[path].Chunks() };
        }

        return
        [
            .. previous.Files.Where(f => !IsAsset(f)).Select(f => f is DataOutput data ? Remade(data) : f),
            .. SiteBuilder.Assets(theme),
        ];
    }

    /// <summary>
    /// <paramref name="previous"/> rendered with <paramref name="templates"/>: layouts and partials change no model and
    /// no path. The assets are listed again, since a change to them alone does not plan the site again.
    /// </summary>
    public static PlannedSite WithTemplates(PlannedSite previous, ThemeTemplates templates, ISourceTree theme) =>
        new(previous.Model, [.. previous.Files.Where(f => !IsAsset(f)), .. SiteBuilder.Assets(theme)], templates, previous.ContentWarnings, []);

    private static bool IsAsset(OutputFile file) =>
        file is DataOutput && file.Path.StartsWith(SiteBuilder.AssetsFolder + "/", StringComparison.Ordinal);

    private static bool SamePlace(Post a, Post b) =>
        ReferenceEquals(a, b)
        || (a.SourcePath == b.SourcePath && a.Slug == b.Slug && a.Date.EqualsExact(b.Date)
            && a.TagIds.SequenceEqual(b.TagIds, StringComparer.Ordinal) && a.AuthorIds.SequenceEqual(b.AuthorIds, StringComparer.Ordinal)
            && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal));

    private static bool SamePlace(Page a, Page b) =>
        ReferenceEquals(a, b) || (a.SourcePath == b.SourcePath && a.Slug == b.Slug && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal));

    /// <summary>
    /// The Markdown of <paramref name="content"/>, whose posts and pages are in the same places as in the last plan
    /// (see <see cref="SamePlaces"/>): what the plan rendered, with the bodies of the files parsed again since rendered again.
    /// </summary>
    internal static Dictionary<string, RenderedMarkdown> BodiesFor(PlannedSite previous, SiteContent content, ISourceTree input, RenderedBodies cache)
    {
        var before = previous.Model.Content;
        var reparsed = content.Posts.Where((post, i) => !ReferenceEquals(post, before.Posts[i])).Select(post => (post.SourcePath, post.BodyLine))
            .Concat(content.Pages.Where((page, i) => !ReferenceEquals(page, before.Pages[i])).Select(page => (page.SourcePath, page.BodyLine)));
        var rendered = new Dictionary<string, RenderedMarkdown>(previous.Model.Rendered, StringComparer.Ordinal);
        var again = RenderAgain(rendered, content, input, cache, reparsed.Select(file => (file.SourcePath, file.BodyLine, (Func<string>)(() => ContentLoader.ReadBody(input, file.SourcePath)))));
        foreach (var (path, body) in again)
        {
            rendered[path] = body;
        }

        return rendered;
    }

    /// <summary>
    /// Whether every post and page of <paramref name="later"/> is where it was in <paramref name="earlier"/>: the same
    /// files in the same order, with the same slugs, dates, tags, authors and aliases. Then every link between them
    /// and every feed's posts are as they were.
    /// </summary>
    public static bool SamePlaces(SiteContent earlier, SiteContent later) =>
        earlier.Posts.Count == later.Posts.Count
        && Enumerable.Range(0, earlier.Posts.Count).All(i => SamePlace(earlier.Posts[i], later.Posts[i]))
        && earlier.Pages.Count == later.Pages.Count
        && Enumerable.Range(0, earlier.Pages.Count).All(i => SamePlace(earlier.Pages[i], later.Pages[i]));

    /// <summary>
    /// <paramref name="bodies"/> rendered again, for content in the same places as when <paramref name="rendered"/>
    /// was made, so each body is in a feed or not as it was; a body with an error fails the build.
    /// </summary>
    private static Dictionary<string, RenderedMarkdown> RenderAgain(IReadOnlyDictionary<string, RenderedMarkdown> rendered, SiteContent content, ISourceTree input, RenderedBodies cache, IEnumerable<(string Path, int BodyLine, Func<string> Body)> bodies)
    {
        var links = new Permalinks(content.Settings);
        var urlOfSource = Permalinks.OfSources(content);
        var again = bodies.ToDictionary(
            b => b.Path,
            b => SiteBuilder.RenderBody(input, cache, content.Settings, links, urlOfSource, b.Path, b.BodyLine, rendered[b.Path].FeedHtml is not null, b.Body),
            StringComparer.Ordinal);
        var errors = SiteBuilder.InFileOrder(again.Values.SelectMany(r => r.Diagnostics).Where(SiteBuilder.IsError));
        return errors.Count > 0 ? throw new SiteException(errors) : again;
    }

    /// <summary>The new bodies of the changed files, if each is a post or page of the model whose front matter is as it was.</summary>
    private static List<(string Path, string Body, int BodyLine)>? ChangedBodies(SiteModel model, ISourceTree input, IReadOnlyCollection<string> changedPaths, ParsedFileCache parsed)
    {
        var bodies = new List<(string, string, int)>();
        foreach (var path in changedPaths)
        {
            if (!model.Rendered.ContainsKey(path))
            {
                return null;
            }

            try
            {
                var (yaml, body, bodyLine) = FrontMatter.Split(input.ReadText(path), input.DisplayPath(path));
                if (!parsed.HasFrontMatter(path, yaml))
                {
                    return null;
                }

                bodies.Add((path, body, bodyLine));
            }
            catch (Exception e) when (e is SiteException or IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return bodies;
    }

    /// <summary>
    /// Publishes the theme's assets alone, for a change that touched nothing else: <paramref name="sink"/> already
    /// holds the rest of the last site.
    /// </summary>
    public static int CopyAssets(ISourceTree theme, IOutputSink sink)
    {
        var assets = SiteBuilder.Assets(theme).ToList();
        foreach (var asset in assets)
        {
            sink.Write(asset.Path, asset.Chunks());
        }

        sink.Commit();
        return assets.Count;
    }
}
