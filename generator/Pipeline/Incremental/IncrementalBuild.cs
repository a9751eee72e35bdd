using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Publishing;

namespace AdcsSite.Generator.Pipeline.Incremental;

/// <summary>
/// The preview's shortcuts after a small edit, each giving exactly what a full build would: a save that changed only
/// post bodies renders those bodies again into the last plan, and a change to theme assets alone copies them.
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
            var urlOfSource = Permalinks.OfSources(model.Content);
            cache.Bodies.Forget(changedPaths);
            var again = bodies.ToDictionary(
                b => b.Path,
                b => SiteBuilder.RenderBody(input, cache.Bodies, model.Content.Settings, model.Links, urlOfSource, b.Path, b.BodyLine, b.InFeed, () => b.Body),
                StringComparer.Ordinal);
            var errors = SiteBuilder.InFileOrder(again.Values.SelectMany(r => r.Diagnostics).Where(SiteBuilder.IsError));
            return errors.Count > 0 ? throw new SiteException(errors) : again;
        });
        var replanned = steps.Run("update post views", () => model.WithBodies(rendered, cache.Views));
        var files = steps.Run("plan outputs", () => SiteBuilder.PlanOutputs(replanned, theme, input));
        return new PlannedSite(replanned, files, previous.Templates, previous.ContentWarnings, [.. steps.Times]);
    }

    /// <summary>The new bodies of the changed files, if each is a post or page of the model whose front matter is as it was.</summary>
    private static List<(string Path, string Body, int BodyLine, bool InFeed)>? ChangedBodies(SiteModel model, ISourceTree input, IReadOnlyCollection<string> changedPaths, ParsedFileCache parsed)
    {
        var bodies = new List<(string, string, int, bool)>();
        foreach (var path in changedPaths)
        {
            if (!model.Rendered.TryGetValue(path, out var before))
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

                // Only posts some feed lists are rendered with absolute links as well.
                bodies.Add((path, body, bodyLine, before.FeedHtml is not null));
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
