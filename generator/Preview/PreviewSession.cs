using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Pipeline.Incremental;
using AdcsSite.Generator.Publishing;

namespace AdcsSite.Generator.Preview;

/// <summary>What the server shows: the files of the last good build and, while the newest build is failing, its errors.</summary>
public sealed record SiteSnapshot(int Version, ServedFiles Files, IReadOnlyList<Diagnostic> Errors)
{
    public bool Failed => Errors.Count > 0;
}

/// <summary>
/// Keeps the previewed site current: turns each batch of changed paths into the cheapest rebuild that is still
/// correct (see <see cref="ChangeClassifier"/>), into memory, and publishes the result as a new <see cref="SiteSnapshot"/>.
/// A failed build never replaces the files; it only adds its errors. Batches are applied one at a time.
/// </summary>
/// <remarks>
/// A save that changed only post bodies renders those bodies again and keeps the rest of the last plan; any other edit
/// of posts or pages plans the site again, keeping the last plan's files when the site's structure is as it was. Either
/// way pages are rendered only when the browser asks for them (<see cref="ServedFiles.OnDemand"/>), so the reload does
/// not wait for thousands of pages, and a page already rendered is kept while nothing it shows has changed. A template
/// change keeps the plan and renders pages as they are asked for too, then renders every page in the background so
/// that every error it causes is reported together; a settings change renders every page at once.
/// </remarks>
public sealed class PreviewSession(ISourceTree input, ISourceTree theme, BuildOptions options, TextWriter log) : IDisposable
{
    private readonly BuildCache cache = new();

    /// <summary>Held while a snapshot is published, so a background check never publishes over a newer build.</summary>
    private readonly Lock publishing = new();

    /// <summary>The plan of the last good build, which the next edit amends (see <see cref="IncrementalBuild"/>).</summary>
    private PlannedSite? lastPlan;
    private volatile SiteSnapshot current = new(0, ServedFiles.None, []);
    private (Task Task, CancellationTokenSource Stop)? checking;

    /// <summary>
    /// Whether templates changed since every page was last rendered without an error: the background rendering starts
    /// again after each build until it goes through every page cleanly, so neither a save made while it runs nor one
    /// made before the templates are fixed hides what they break.
    /// </summary>
    private volatile bool pagesUnchecked;

    public SiteSnapshot Current => current;

    /// <summary>Raised after every build, good or failed, with what it rebuilt for.</summary>
    public event Action<SiteSnapshot, ChangeKind>? Published;

    /// <summary>
    /// The background rendering of every page after a template change, done when every error it causes has been
    /// published (or a newer build stopped it); done at once when there is none.
    /// </summary>
    public Task Checking => checking?.Task ?? Task.CompletedTask;

    public void BuildAll() => Apply(new HashSet<string> { ChangeClassifier.InputRoot });

    public void Apply(IReadOnlySet<string> changedPaths)
    {
        var kind = ChangeClassifier.Classify(changedPaths);
        if (kind == ChangeKind.None)
        {
            return;
        }

        StopChecking();
        var clock = Stopwatch.StartNew();
        try
        {
            var (files, description) = kind <= ChangeKind.Assets && !current.Failed ? (CopyAssets(), "assets copied") : Build(kind, changedPaths);
            var snapshot = new SiteSnapshot(current.Version + 1, files, []);
            Publish(snapshot, kind);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss} rebuilt ({description}) in {clock.Elapsed.TotalMilliseconds:0} ms"));
            if (pagesUnchecked && lastPlan is { } plan)
            {
                StartChecking(snapshot, plan);
            }
        }
        catch (Exception e)
        {
            var errors = e is SiteException site ? site.Diagnostics : [Diagnostic.Error("build", 0, 0, $"{e.GetType().Name}: {e.Message}")];
            if (e is not SiteException)
            {
                // Nothing says how far an unexpected failure got, so nothing cached is trusted after it.
                cache.Clear();
            }

            Fail(errors, kind);
        }
    }

    private ServedFiles CopyAssets()
    {
        using var sink = new MemoryOutputSink();
        IncrementalBuild.CopyAssets(theme, sink);
        return current.Files.WithFolderReplaced(SiteBuilder.AssetsFolder, sink.Files);
    }

    private (ServedFiles Files, string Description) Build(ChangeKind kind, IReadOnlySet<string> changedPaths)
    {
        switch (kind)
        {
            case ChangeKind.SiteData:
                cache.Clear();
                break;
            case ChangeKind.Templates:
                cache.ForgetTemplates();
                break;
        }

        var inputPrefix = ChangeClassifier.InputRoot + "/";

        // Editors' scratch files are left out: the build never reads them, and one unknown path means listing every post again.
        List<string> changedInput = [.. changedPaths
            .Where(p => p.StartsWith(inputPrefix, StringComparison.Ordinal) && ChangeClassifier.Classify([p]) != ChangeKind.None)
            .Select(p => p[inputPrefix.Length..])];

        // After a failed build the input may have changed since the last good plan.
        var previous = current.Failed ? null : lastPlan;
        if (kind == ChangeKind.Templates && previous is not null)
        {
            pagesUnchecked = true;
            return (Serve(IncrementalBuild.WithTemplates(previous, cache.Templates(theme), theme), previous), "templates re-parsed; pages render as they are opened, all of them in the background");
        }

        if (kind == ChangeKind.Content && previous is not null
            && IncrementalBuild.Replan(previous, input, theme, changedInput, cache) is { } amended)
        {
            return (Serve(amended, previous), "changed bodies rendered again; pages render as they are opened");
        }

        cache.ForgetInput(changedInput);
        var site = SiteBuilder.Plan(input, theme, options, cache, kind == ChangeKind.Content ? previous : null);
        Report(site.Warnings);
        if (kind == ChangeKind.Content)
        {
            return (Serve(site, previous), "changed posts re-read; pages render as they are opened");
        }

        using var sink = new MemoryOutputSink();
        SiteBuilder.Write(site, sink);
        lastPlan = site;
        pagesUnchecked = false;
        return (ServedFiles.Rendered(sink.Files), "full build");
    }

    /// <summary>The files of <paramref name="site"/>, keeping what the served files rendered from <paramref name="previous"/> that still holds.</summary>
    private ServedFiles Serve(PlannedSite site, PlannedSite? previous)
    {
        lastPlan = site;
        return previous is not null && IncrementalBuild.SameStructure(previous.Model, site.Model)
            ? ServedFiles.OnDemand(site, current.Files, IncrementalBuild.ChangedSources(previous.Model, site.Model))
            : ServedFiles.OnDemand(site);
    }

    /// <summary>
    /// Renders every page of <paramref name="snapshot"/> on a background thread, keeping each for the browser, and
    /// reports what failed as a failed build would. One core is left to the server, which is rendering the page the
    /// browser reloads. The next save stops it (see <see cref="pagesUnchecked"/>).
    /// </summary>
    private void StartChecking(SiteSnapshot snapshot, PlannedSite site)
    {
        var stop = new CancellationTokenSource();
        var parallel = new ParallelOptions { CancellationToken = stop.Token, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        checking = (Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var errors = new ConcurrentBag<SiteBuilder.PageError>();
            Parallel.ForEach(site.Files.OfType<TemplateOutput>(), parallel, page =>
            {
                try
                {
                    snapshot.Files.Read(page.Path);
                }
                catch (SiteException e)
                {
                    e.Diagnostics.ToList().ForEach(error => errors.Add(new SiteBuilder.PageError(error, page.Path)));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // As in a build: a failure no one foresaw is shown, and the check goes on.
                    errors.Add(new SiteBuilder.PageError(Diagnostic.Error("build", 0, 0, $"{e.GetType().Name}: {e.Message}"), page.Path));
                }
            });
            if (errors.IsEmpty)
            {
                pagesUnchecked = false;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss} every page rendered in {clock.Elapsed.TotalMilliseconds:0} ms"));
            }
            else
            {
                Fail(SiteBuilder.OncePerError(errors), ChangeKind.Templates, onlyOver: snapshot);
            }
        }), stop);
    }

    /// <summary>Stops the background rendering of a template change, if one is running.</summary>
    public void Dispose() => StopChecking();

    private void StopChecking()
    {
        if (checking is not { } running)
        {
            return;
        }

        running.Stop.Cancel();
        try
        {
            running.Task.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OperationCanceledException))
        {
            // Stopped as asked.
        }

        running.Stop.Dispose();
        checking = null;
    }

    /// <summary>Shows <paramref name="errors"/> over the last good files; from a background check, only while <paramref name="onlyOver"/> is still current.</summary>
    private void Fail(IReadOnlyList<Diagnostic> errors, ChangeKind kind, SiteSnapshot? onlyOver = null)
    {
        lock (publishing)
        {
            if (onlyOver is not null && !ReferenceEquals(current, onlyOver))
            {
                return;
            }

            Report(errors);
            log.WriteLine($"{DateTime.Now:HH:mm:ss} build failed: the browser shows these errors until the next good save");
            Publish(current with { Version = current.Version + 1, Errors = errors }, kind);
        }
    }

    private void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            log.WriteLine(diagnostic);
        }
    }

    private void Publish(SiteSnapshot snapshot, ChangeKind kind)
    {
        lock (publishing)
        {
            current = snapshot;
            Published?.Invoke(snapshot, kind);
        }
    }
}
