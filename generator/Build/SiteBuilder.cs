using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Markdown.Links;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Publishing;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Build;

/// <param name="Progress">Told the name of each step as it starts, for a progress display.</param>
public sealed record BuildOptions(string? BaseUrl = null, bool IncludeDrafts = false, bool IncludeFuture = false, DateTimeOffset? Now = null, Action<string>? Progress = null);

public sealed record BuildResult(int Posts, int Pages, int Tags, int Authors, int FilesWritten, IReadOnlyList<(string Step, TimeSpan Time)> Steps, IReadOnlyList<Diagnostic> Warnings)
{
    public TimeSpan Total => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
}

/// <summary>Load, then Render, then Publish. Any error stops the build before anything is committed.</summary>
public static class SiteBuilder
{
    public const string AssetsFolder = "assets";

    public static BuildResult Build(ISourceTree input, ISourceTree theme, BuildOptions options, IOutputSink sink) =>
        Build(input, theme, options, sink, BuildCache.ForOneBuild());

    /// <param name="cache">What earlier builds of these folders parsed and rendered that has not changed since.</param>
    public static BuildResult Build(ISourceTree input, ISourceTree theme, BuildOptions options, IOutputSink sink, BuildCache cache)
    {
        var steps = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        T Step<T>(string name, Func<T> work)
        {
            options.Progress?.Invoke(name);
            var result = work();
            steps.Add((name, clock.Elapsed));
            clock.Restart();
            return result;
        }

        var (content, warnings) = Step("load content", () => LoadContent(input, options, cache.Parsed));
        var templates = Step("parse templates", () => cache.Templates ??= ThemeTemplates.Load(theme));
        var rendered = Step("render markdown", () => RenderMarkdown(input, content, cache.Bodies));
        var model = Step("group archives", () => new SiteModel(content, rendered, cache.Related.Of));
        var files = Step("plan outputs", () => PlanOutputs(model, theme, input));
        var written = Step("render and write pages", () => Publish(files, templates, model, sink, cache.Pages));
        Step("commit output", () =>
        {
            sink.Commit();
            return 0;
        });
        return new BuildResult(content.Posts.Count, content.Pages.Count, model.Tags.Count, model.Authors.Count, written, steps, warnings);
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
        var urls = new SiteUrls(content.Settings);
        var urlOfSource = SiteModel.UrlsOfSources(content);
        cache.KeepOnlyIfLinksAre(urls, urlOfSource);
        var inFeeds = OutputPlan.PostsInFeeds(content);
        var bodies = content.Posts.Select(p => (p.SourcePath, p.BodyLine, InFeed: inFeeds.Contains(p.SourcePath)))
            .Concat(content.Pages.Select(p => (p.SourcePath, p.BodyLine, InFeed: false)));
        var rendered = new ConcurrentDictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        var unreadable = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(bodies, body =>
        {
            try
            {
                rendered[body.SourcePath] = cache.GetOrRender(body.SourcePath, (body.BodyLine, body.InFeed), () => MarkdownRenderer.Render(
                    ContentLoader.ReadBody(input, body.SourcePath),
                    new LinkContext(body.SourcePath, input.DisplayPath(body.SourcePath), body.BodyLine, urlOfSource),
                    urls.PathPrefix,
                    body.InFeed ? urls.AbsolutePrefix : null));
            }
            catch (SiteException e)
            {
                e.Diagnostics.ToList().ForEach(unreadable.Add);
            }
        });
        var errors = rendered.Values.SelectMany(r => r.Diagnostics).Concat(unreadable).OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        return errors.Count > 0 ? throw new SiteException(errors) : new Dictionary<string, RenderedMarkdown>(rendered, StringComparer.Ordinal);
    }

    private static List<OutputFile> PlanOutputs(SiteModel model, ISourceTree theme, ISourceTree input)
    {
        var plan = new OutputPlan(model, input.DisplayPath);
        var files = plan.Files()
            .Concat(Assets(theme))
            .ToList();
        var collisions = OutputCollisions.Find(files);
        return collisions.Count > 0 ? throw new SiteException(collisions) : files;
    }

    /// <summary>
    /// Publishes the theme's assets alone, for a change that touched nothing else: <paramref name="sink"/> already
    /// holds the rest of the last site.
    /// </summary>
    public static int CopyAssets(ISourceTree theme, IOutputSink sink)
    {
        var assets = Assets(theme).ToList();
        foreach (var asset in assets)
        {
            sink.Write(asset.Path, asset.Chunks());
        }

        sink.Commit();
        return assets.Count;
    }

    private static IEnumerable<DataOutput> Assets(ISourceTree theme) =>
        theme.Files(AssetsFolder).Select(path => new DataOutput(path, theme.DisplayPath(path), () => theme.ReadBytes(path)));

    private static int Publish(List<OutputFile> files, ThemeTemplates templates, SiteModel model, IOutputSink sink, RenderedPages pages)
    {
        var shared = SiteFunctions.Create(model.Urls);
        shared["site"] = model.Site;
        var errors = new ConcurrentBag<(Diagnostic Error, string? WhileWriting)>();
        Parallel.ForEach(files, file =>
        {
            try
            {
                switch (file)
                {
                    case TemplateOutput page:
                        var globals = page.Model();
                        sink.Write(page.Path, pages.GetOrRender(
                            page.Path,
                            () => [page.Layout, page.WrapIn, model.Site, globals],
                            () => Encoding.UTF8.GetBytes(templates.Render(page.Layout, shared, globals, page.WrapIn))));
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
                    errors.Add((diagnostic, file.Path));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full disk or a read-only folder: the build fails and the sink is never committed.
                errors.Add((Diagnostic.Error(file.Path, 0, 0, $"cannot write this file: {e.Message}"), null));
            }
        });

        // One template bug fails every page that uses it; report each distinct error once, with one page it broke.
        if (!errors.IsEmpty)
        {
            throw new SiteException(
            [
                .. errors.GroupBy(e => e.Error)
                    .Select(g => g.Min(e => e.WhileWriting) is { } page ? g.Key with { Message = $"{g.Key.Message} (while writing {page})" } : g.Key)
                    .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line),
            ]);
        }

        pages.KeepOnly(files.Select(f => f.Path));
        return files.Count;
    }
}
