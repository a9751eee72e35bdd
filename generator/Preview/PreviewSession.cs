using System.Diagnostics;
using System.Globalization;
using AdcsSite.Generator.Content;
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
/// of posts or pages plans the site again. Either way pages are rendered only when the browser asks for them
/// (<see cref="ServedFiles.OnDemand"/>), so the reload does not wait for thousands of pages. A template or settings
/// change renders every page at once instead, so every error it causes is reported together.
/// </remarks>
public sealed class PreviewSession(ISourceTree input, ISourceTree theme, BuildOptions options, TextWriter log)
{
    private readonly BuildCache cache = new();

    /// <summary>The plan of the last good build, which a save that changed only post bodies amends (see <see cref="IncrementalBuild.Replan"/>).</summary>
    private PlannedSite? lastPlan;
    private volatile SiteSnapshot current = new(0, ServedFiles.None, []);

    public SiteSnapshot Current => current;

    /// <summary>Raised after every build, good or failed, with what it rebuilt for.</summary>
    public event Action<SiteSnapshot, ChangeKind>? Published;

    public void BuildAll() => Apply(new HashSet<string> { ChangeClassifier.InputRoot });

    public void Apply(IReadOnlySet<string> changedPaths)
    {
        var kind = ChangeClassifier.Classify(changedPaths);
        if (kind == ChangeKind.None)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var (files, description) = kind <= ChangeKind.Assets && !current.Failed ? (CopyAssets(), "assets copied") : Build(kind, changedPaths);
            Publish(new SiteSnapshot(current.Version + 1, files, []), kind);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss} rebuilt ({description}) in {clock.Elapsed.TotalMilliseconds:0} ms"));
        }
        catch (Exception e)
        {
            var errors = e is SiteException site ? site.Diagnostics : [Diagnostic.Error("build", 0, 0, $"{e.GetType().Name}: {e.Message}")];
            if (e is not SiteException)
            {
                // Nothing says how far an unexpected failure got, so nothing cached is trusted after it.
                cache.Clear();
            }

            Report(errors);
            log.WriteLine($"{DateTime.Now:HH:mm:ss} build failed: the browser shows these errors until the next good save");
            Publish(current with { Version = current.Version + 1, Errors = errors }, kind);
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
        if (kind == ChangeKind.Content && lastPlan is { } previous && !current.Failed
            && IncrementalBuild.Replan(previous, input, theme, changedInput, cache) is { } amended)
        {
            lastPlan = amended;
            return (ServedFiles.OnDemand(amended), "changed bodies rendered again; pages render as they are opened");
        }

        cache.ForgetInput(changedInput);
        var site = SiteBuilder.Plan(input, theme, options, cache);
        Report(site.Warnings);
        if (kind == ChangeKind.Content)
        {
            lastPlan = site;
            return (ServedFiles.OnDemand(site), "changed posts re-read; pages render as they are opened");
        }

        using var sink = new MemoryOutputSink();
        SiteBuilder.Write(site, sink);
        lastPlan = site;
        return (ServedFiles.Rendered(sink.Files), kind == ChangeKind.Templates ? "templates re-parsed, pages re-rendered" : "full build");
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
        current = snapshot;
        Published?.Invoke(snapshot, kind);
    }
}
