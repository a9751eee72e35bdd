using System.Collections.Concurrent;
using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Markdown.Links;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Outputs.Search;
using AdcsSite.Generator.Pipeline.Incremental;
using AdcsSite.Generator.Publishing;

namespace AdcsSite.Generator.Pipeline;

/// <summary>
/// Load, then Plan, then Publish. Any error stops the build before anything is committed. <c>Plan</c> alone
/// leaves every page unrendered, for a server that renders pages as they are asked for. What a long-running process
/// reuses between builds, and its shortcuts for small edits, are in <see cref="Incremental"/>.
/// </summary>
public static class SiteBuilder
{
    public const string AssetsFolder = "assets";

    public static BuildResult Build(ISourceTree input, ISourceTree theme, BuildOptions options, IOutputSink sink) =>
        Build(input, theme, options, sink, new BuildCache());

    /// <param name="cache">What earlier builds of these folders parsed and rendered that has not changed since.</param>
    public static BuildResult Build(ISourceTree input, ISourceTree theme, BuildOptions options, IOutputSink sink, BuildCache cache) =>
        Write(PlanSite(input, theme, options, cache, previous: null, indexSearchEarly: true), sink, options.Progress);

    /// <summary>Renders every file of <paramref name="site"/> into <paramref name="sink"/> and commits it, unless a file fails.</summary>
    public static BuildResult Write(PlannedSite site, IOutputSink sink, Action<string>? progress = null)
    {
        var steps = new BuildSteps(progress);
        var written = steps.Run("render and write pages", () => Publish(site, sink));
        steps.Run("commit output", () =>
        {
            sink.Commit();
            return 0;
        });
        return site.Result(written, [.. site.Steps, .. steps.Times]);
    }

    /// <summary>Everything but rendering pages: what the site will contain and how each file is made.</summary>
    /// <param name="previous">
    /// The last plan of this input with the same settings: if every post and page is where it was, its rendered bodies
    /// are kept but for the files parsed again, and if the site's structure is as it was, its files are kept (see
    /// <see cref="IncrementalBuild.SameStructure"/>): going over ten thousand posts again is most of planning.
    /// </param>
    public static PlannedSite Plan(ISourceTree input, ISourceTree theme, BuildOptions options, BuildCache cache, PlannedSite? previous = null) =>
        PlanSite(input, theme, options, cache, previous, indexSearchEarly: false);

    /// <param name="indexSearchEarly">
    /// Start making the search index as soon as the bodies are rendered, for a build that writes every file; a server
    /// rendering pages on request makes it only if the index is asked for.
    /// </param>
    private static PlannedSite PlanSite(ISourceTree input, ISourceTree theme, BuildOptions options, BuildCache cache, PlannedSite? previous, bool indexSearchEarly)
    {
        var steps = new BuildSteps(options.Progress);
        var (content, warnings) = steps.Run("load content", () => LoadContent(input, options, cache.Parsed));
        var templates = steps.Run("parse templates", () => cache.Templates(theme));
        var rendered = steps.Run("render markdown", () => previous is not null && IncrementalBuild.SamePlaces(previous.Model.Content, content)
            ? IncrementalBuild.BodiesFor(previous, content, input, cache.Bodies)
            : RenderMarkdown(input, content, cache.Bodies));
        var searchIndex = indexSearchEarly ? SearchFiles.Index(content, rendered) : null;
        searchIndex?.StartBuilding();

        var model = steps.Run("group archives", () => cache.Model(content, rendered));
        var files = steps.Run("plan outputs", () => previous is not null && IncrementalBuild.SameStructure(previous.Model, model)
            ? IncrementalBuild.FilesFor(previous, model, theme, input)
            : PlanOutputs(model, theme, input, searchIndex));
        return new PlannedSite(model, files, templates, warnings, [.. steps.Times]);
    }

    private static (SiteContent, IReadOnlyList<Diagnostic>) LoadContent(ISourceTree input, BuildOptions options, ParsedFileCache parsed)
    {
        var settings = ContentLoader.ReadSettings(input);
        if (options.BaseUrl is { } baseUrl)
        {
            settings = settings with
            {
                BaseUrl = BaseUrls.Normalize(baseUrl)
                    ?? throw new SiteException(Diagnostic.Error("--base-url", 0, 0, $"'{baseUrl}' is not an absolute http(s) URL or a path starting with '/'")),
            };
        }

        return ContentLoader.Load(input, new LoadOptions(options.IncludeDrafts, options.IncludeFuture, options.Now), settings, parsed);
    }

    private static Dictionary<string, RenderedMarkdown> RenderMarkdown(ISourceTree input, SiteContent content, RenderedBodies cache)
    {
        var links = new Permalinks(content.Settings);
        var urlOfSource = Permalinks.OfSources(content);
        cache.KeepOnlyIfLinksAre(links, urlOfSource);
        var inFeeds = FeedMembers.SourcesOf(content.Posts);
        List<BodyToRender> bodies =
        [
            .. content.Posts.Select(p => new BodyToRender(p.SourcePath, p.BodyLine, inFeeds.Contains(p.SourcePath))),
            .. content.Pages.Select(p => new BodyToRender(p.SourcePath, p.BodyLine, InFeed: false)),
        ];
        var rendered = new RenderedMarkdown[bodies.Count];
        var unreadable = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, bodies.Count, i =>
        {
            var body = bodies[i];
            try
            {
                rendered[i] = RenderBody(input, cache, content.Settings, links, urlOfSource, body.SourcePath, body.BodyLine, body.InFeed, () => ContentLoader.ReadBody(input, body.SourcePath));
            }
            catch (SiteException e)
            {
                e.Diagnostics.ToList().ForEach(unreadable.Add);
            }
        });
        var errors = InFileOrder(rendered.OfType<RenderedMarkdown>().SelectMany(r => r.Diagnostics).Where(IsError).Concat(unreadable));
        if (errors.Count > 0)
        {
            throw new SiteException(errors);
        }

        var bySource = new Dictionary<string, RenderedMarkdown>(bodies.Count, StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++)
        {
            bySource.Add(bodies[i].SourcePath, rendered[i]);
        }

        return bySource;
    }

    // A class, not a tuple: generic code over a value type is compiled when the build first runs it (see build --verbose).
    private sealed record BodyToRender(string SourcePath, int BodyLine, bool InFeed);

    /// <summary>An error met while writing a file: which, if it was a page (the first of the pages it broke is named).</summary>
    internal sealed record PageError(Diagnostic Error, string? WhileWriting);

    /// <summary>One body's rendering: remembered unless its file changed; <paramref name="body"/> is read only to render it.</summary>
    internal static RenderedMarkdown RenderBody(ISourceTree input, RenderedBodies cache, SiteSettings settings, Permalinks links, IReadOnlyDictionary<string, string> urlOfSource, string path, int bodyLine, bool inFeed, Func<string> body) =>
        cache.GetOrRender(path, (bodyLine, inFeed), () => MarkdownRenderer.Render(
            body(),
            new LinkContext(path, input.DisplayPath(path), bodyLine, urlOfSource),
            links.PathPrefix,
            inFeed ? links.AbsolutePrefix : null,
            settings.RawHtml));

    internal static bool IsError(Diagnostic diagnostic) => diagnostic.Severity == Severity.Error;

    internal static List<Diagnostic> InFileOrder(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line)];

    internal static List<OutputFile> PlanOutputs(SiteModel model, ISourceTree theme, ISourceTree input, SearchIndex? searchIndex)
    {
        var plan = new OutputPlan(model, input.DisplayPath, searchIndex);
        var files = plan.Files()
            .Concat(Assets(theme))
            .ToList();
        var collisions = OutputCollisions.Find(files);
        return collisions.Count > 0 ? throw new SiteException(collisions) : files;
    }

    internal static IEnumerable<DataOutput> Assets(ISourceTree theme) =>
        theme.Files(AssetsFolder).Select(path => new DataOutput(path, theme.DisplayPath(path), () => theme.ReadBytes(path)));

    private static int Publish(PlannedSite site, IOutputSink sink)
    {
        var errors = new ConcurrentBag<PageError>();
        // In plan order, which puts the search index's files last: a full build has been making the index on a worker
        // since the bodies were rendered, and by the time its files are written it is made, so no thread waits for it.
        Parallel.ForEach(site.Files, file =>
        {
            try
            {
                switch (file)
                {
                    case TemplateOutput page:
                        site.Write(page, sink);
                        break;
                    case DataOutput data:
                        sink.Write(data.Path, data.Chunks());
                        break;
                }
            }
            catch (SiteException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    errors.Add(new PageError(diagnostic, file.Path));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full disk or a read-only folder: the build fails and the sink is never committed.
                errors.Add(new PageError(Diagnostic.Error(file.Path, 0, 0, $"cannot write this file: {e.Message}"), null));
            }
        });

        return errors.IsEmpty ? site.Files.Count : throw new SiteException(OncePerError(errors));
    }

    /// <summary>One template bug fails every page that uses it: each distinct error once, with one page it broke, in file order.</summary>
    internal static List<Diagnostic> OncePerError(IEnumerable<PageError> errors) =>
        InFileOrder(errors.GroupBy(e => e.Error)
            .Select(g => g.Min(e => e.WhileWriting) is { } page ? g.Key with { Message = $"{g.Key.Message} (while writing {page})" } : g.Key));
}
