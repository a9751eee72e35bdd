using AdcsSite.Generator.Pipeline;

namespace AdcsSite.Generator.Preview;

/// <summary>
/// The files of one build by path. After a content edit on a large site, rendering every page takes seconds while
/// the browser needs one, so such a build hands over its plan and each file is rendered the first time it is asked
/// for, then kept. The set of paths is always known in full.
/// </summary>
public sealed class ServedFiles
{
    public static readonly ServedFiles None = new(new Dictionary<string, Lazy<ReadOnlyMemory<byte>>>());

    private readonly IReadOnlyDictionary<string, Lazy<ReadOnlyMemory<byte>>> files;

    private ServedFiles(IReadOnlyDictionary<string, Lazy<ReadOnlyMemory<byte>>> files) => this.files = files;

    public IEnumerable<string> Paths => files.Keys;

    public static ServedFiles Rendered(IEnumerable<KeyValuePair<string, byte[]>> files) =>
        new(files.ToDictionary(f => f.Key, f => Ready(f.Value), StringComparer.Ordinal));

    public static ServedFiles OnDemand(PlannedSite site) =>
        new(site.Files.ToDictionary(f => f.Path, f => new Lazy<ReadOnlyMemory<byte>>(() => site.Render(f)), StringComparer.Ordinal));

    /// <summary>These files with those under <paramref name="folder"/> replaced by <paramref name="replacements"/>.</summary>
    public ServedFiles WithFolderReplaced(string folder, IEnumerable<KeyValuePair<string, byte[]>> replacements) =>
        new(files.Where(f => !f.Key.StartsWith(folder + "/", StringComparison.Ordinal))
            .Concat(replacements.Select(r => KeyValuePair.Create(r.Key, Ready(r.Value))))
            .ToDictionary(StringComparer.Ordinal));

    public bool Contains(string path) => files.ContainsKey(path);

    /// <summary>The file's bytes, rendering it if no one has asked for it yet; a template error is a <see cref="Content.SiteException"/>, again on every read.</summary>
    public ReadOnlyMemory<byte> Read(string path) => files[path].Value;

    private static Lazy<ReadOnlyMemory<byte>> Ready(byte[] bytes) => new(bytes);
}
