using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;

namespace AdcsSite.Generator.Publishing;

public static class OutputCollisions
{
    /// <summary>Two outputs with one path would silently overwrite each other; report each such pair by what made them.</summary>
    public static IReadOnlyList<Diagnostic> Find(IReadOnlyCollection<OutputFile> files)
    {
        // Grouping every path is costly on a large site and collisions are rare: look for one before grouping.
        var seen = new HashSet<string>(files.Count, StringComparer.OrdinalIgnoreCase);
        return files.All(f => seen.Add(f.Path)) ? [] : Grouped(files);
    }

    private static List<Diagnostic> Grouped(IEnumerable<OutputFile> files) =>
    [
        .. files
            .GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => Diagnostic.Error(g.Key, 0, 0, $"{string.Join(" and ", g.Select(f => f.Origin))} would {(g.Count() == 2 ? "both" : "all")} be written to '{g.Key}'; change a slug or alias so each has its own address")),
    ];
}
