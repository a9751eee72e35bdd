using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Import;

/// <summary>Every dump format the importer knows; a dump must match exactly one.</summary>
public static class DumpReaders
{
    public static IReadOnlyList<IDumpReader> All { get; } =
    [
        new BlogDumpReader(),
        new DatePrefixedDumpReader(),
        new CookieNoticeDumpReader(),
        new BylineDumpReader(),
        new SectionLabelDumpReader(),
    ];

    public static IDumpReader For(string text, string sourcePath)
    {
        var matches = All.Where(reader => reader.Recognises(text)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new SiteException(Diagnostic.Error(sourcePath, 1, 1, $"unrecognised dump: it matches none of the known formats ({string.Join(", ", All.Select(r => r.Format))})")),
            _ => throw new SiteException(Diagnostic.Error(sourcePath, 1, 1, $"ambiguous dump: it matches several formats ({string.Join(", ", matches.Select(r => r.Format))})")),
        };
    }
}
