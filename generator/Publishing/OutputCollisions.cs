using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;

namespace AdcsSite.Generator.Publishing;

public static class OutputCollisions
{
    /// <summary>
    /// Two outputs with one path would silently overwrite each other, and an output inside a folder that another
    /// output writes as a file ("feed.xml/index.html" beside "feed.xml") cannot be written at all; report each by what
    /// made them.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Find(IReadOnlyCollection<OutputFile> files)
    {
        // Grouping every path is costly on a large site and collisions are rare: look for one before grouping.
        var seen = new HashSet<string>(files.Count, StringComparer.OrdinalIgnoreCase);
        return files.All(f => seen.Add(f.Path)) ? FilesUsedAsFolders(files, seen) : Grouped(files);
    }

    private static List<Diagnostic> Grouped(IEnumerable<OutputFile> files) =>
    [
        .. files
            .GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => Diagnostic.Error(g.Key, 0, 0, $"{string.Join(" and ", g.Select(f => f.Origin))} would {(g.Count() == 2 ? "both" : "all")} be written to '{g.Key}'; change a slug or alias so each has its own address")),
    ];

    private static List<Diagnostic> FilesUsedAsFolders(IReadOnlyCollection<OutputFile> files, HashSet<string> paths)
    {
        var found = new List<Diagnostic>();
        var byFolder = paths.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var file in files)
        {
            for (var slash = file.Path.IndexOf('/'); slash >= 0; slash = file.Path.IndexOf('/', slash + 1))
            {
                if (byFolder.Contains(file.Path.AsSpan(0, slash)))
                {
                    var folder = file.Path[..slash];
                    var other = files.First(f => string.Equals(f.Path, folder, StringComparison.OrdinalIgnoreCase));
                    found.Add(Diagnostic.Error(file.Path, 0, 0, $"{file.Origin} needs '{folder}' to be a folder, but it is a file ({other.Origin}); change a slug or alias so each has its own address"));
                }
            }
        }

        return found;
    }
}
