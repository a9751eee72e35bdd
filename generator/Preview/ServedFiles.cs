using System.Collections.Concurrent;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Pipeline;

namespace AdcsSite.Generator.Preview;

/// <summary>
/// The files of one build by path. After an edit on a large site, rendering every page takes seconds while the
/// browser needs one, so such a build hands over its plan and each file is rendered the first time it is asked for,
/// then kept; a page an earlier build rendered is kept as it is while nothing it shows has changed. The set of paths
/// is always known in full.
/// </summary>
public sealed class ServedFiles
{
    public static readonly ServedFiles None = new(null, new Dictionary<string, OutputFile?>(), []);

    /// <summary>The plan files are rendered from; null when every file came rendered.</summary>
    private readonly PlannedSite? site;

    /// <summary>Every path, with what it was planned as; null for a file written by a whole build or copied.</summary>
    private readonly IReadOnlyDictionary<string, OutputFile?> files;

    private readonly ConcurrentDictionary<string, Rendering> rendered;

    private ServedFiles(PlannedSite? site, IReadOnlyDictionary<string, OutputFile?> files, IEnumerable<KeyValuePair<string, Rendering>> rendered)
    {
        this.site = site;
        this.files = files;
        this.rendered = new ConcurrentDictionary<string, Rendering>(rendered, StringComparer.Ordinal);
    }

    public IEnumerable<string> Paths => files.Keys;

    public static ServedFiles Rendered(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        var ready = files.Select(f => KeyValuePair.Create(f.Key, Ready(f.Value))).ToList();
        return new(null, ready.ToDictionary(f => f.Key, _ => (OutputFile?)null, StringComparer.Ordinal), ready);
    }

    /// <summary>
    /// The files of <paramref name="site"/>, each rendered when first read, except those <paramref name="earlier"/> has
    /// already rendered from the same planned file: a file made by code is kept, and a page is kept if it was rendered
    /// with the same templates and shows none of <paramref name="changedSources"/> (see <see cref="TemplateOutput.Shows"/>).
    /// </summary>
    /// <param name="changedSources">The posts and pages whose views or bodies differ between the models of the two builds.</param>
    public static ServedFiles OnDemand(PlannedSite site, ServedFiles? earlier = null, IReadOnlySet<string>? changedSources = null)
    {
        var files = new Dictionary<string, OutputFile?>(site.Files.Count, StringComparer.Ordinal);
        foreach (var file in site.Files)
        {
            files[file.Path] = file;
        }

        var sameTemplates = earlier?.site is { } before && ReferenceEquals(before.Templates, site.Templates);
        bool StillHolds(string path, Rendering kept) =>
            kept.File is { } file && files.TryGetValue(path, out var now) && ReferenceEquals(now, file) && file switch
            {
                TemplateOutput page => sameTemplates && (changedSources is null || !page.Shows(site.Model).Any(changedSources.Contains)),
                _ => true,
            };

        return new(site, files, earlier?.rendered.Where(r => StillHolds(r.Key, r.Value)) ?? []);
    }

    /// <summary>These files with those under <paramref name="folder"/> replaced by <paramref name="replacements"/>.</summary>
    public ServedFiles WithFolderReplaced(string folder, IEnumerable<KeyValuePair<string, byte[]>> replacements)
    {
        bool Kept(string path) => !path.StartsWith(folder + "/", StringComparison.Ordinal);
        var copied = replacements.Select(r => KeyValuePair.Create(r.Key, Ready(r.Value))).ToList();
        return new(
            site,
            files.Where(f => Kept(f.Key)).Concat(copied.Select(c => KeyValuePair.Create(c.Key, (OutputFile?)null))).ToDictionary(StringComparer.Ordinal),
            rendered.Where(r => Kept(r.Key)).Concat(copied));
    }

    public bool Contains(string path) => files.ContainsKey(path);

    /// <summary>The file's bytes, rendering it if no one has asked for it yet; a template error is a <see cref="Content.SiteException"/>, again on every read.</summary>
    public ReadOnlyMemory<byte> Read(string path)
    {
        if (rendered.TryGetValue(path, out var known))
        {
            return known.Bytes;
        }

        // Only files of a plan are not rendered yet. Two requests for one of them at once may both render it: both are served the bytes kept first.
        var file = files[path]!;
        return rendered.GetOrAdd(path, new Rendering(file, site!.Render(file))).Bytes;
    }

    private static Rendering Ready(byte[] bytes) => new(null, bytes);

    /// <param name="File">What the bytes were rendered from; null for a file written by a whole build or copied.</param>
    private sealed record Rendering(OutputFile? File, ReadOnlyMemory<byte> Bytes);
}
