namespace AdcsSite.Generator.Content;

/// <summary>
/// Maps the spellings editors write for a tag or author onto one id. A spelling matches a defined entry when
/// its slug equals the slug of the entry's id, name or an alias. Undefined terms get the slug as id, but two
/// different spellings of an undefined term are an error: nobody said they are the same thing.
/// </summary>
public sealed class TermResolver<T>
    where T : class
{
    private readonly Func<string, string, T> undefined;
    private readonly Func<string, string> displayPath;
    private readonly Dictionary<string, T> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> idBySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Spelling, string Source)> firstUndefinedUse = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> conflicts = [];

    // Thousands of posts spell the same few terms; a slug is worked out once per spelling.
    private readonly Dictionary<string, string> slugOfSpelling = new(StringComparer.Ordinal);

    /// <param name="defined">Entries from the data file; the first spelling of each is its id.</param>
    /// <param name="definitionsPath">The data file, for messages.</param>
    /// <param name="displayPath">How a post's source path is named in messages; only called for a message.</param>
    /// <param name="spellings">Every spelling that names an entry: id, display name, aliases.</param>
    /// <param name="undefined">Makes an entry for a term the data file does not define, from its id and first spelling.</param>
    public TermResolver(IEnumerable<T> defined, string definitionsPath, Func<string, string> displayPath, Func<T, IEnumerable<string>> spellings, Func<string, string, T> undefined)
    {
        this.undefined = undefined;
        this.displayPath = displayPath;
        foreach (var entry in defined)
        {
            var names = spellings(entry).ToList();
            var id = names[0];
            byId[id] = entry;
            foreach (var slug in names.Select(Slug.From).Distinct())
            {
                if (idBySlug.TryGetValue(slug, out var other) && other != id)
                {
                    conflicts.Add(Diagnostic.Error(definitionsPath, 1, 1, $"'{other}' and '{id}' are both spelled '{slug}'; remove the spelling from one of them"));
                }

                idBySlug.TryAdd(slug, id);
            }
        }
    }

    public IReadOnlyList<string> Resolve(IReadOnlyList<string> terms, string sourcePath)
    {
        var ids = new List<string>(terms.Count);
        foreach (var term in terms)
        {
            if (!slugOfSpelling.TryGetValue(term, out var slug))
            {
                slugOfSpelling[term] = slug = Slug.From(term);
            }

            if (!idBySlug.TryGetValue(slug, out var id))
            {
                id = slug;
                if (!firstUndefinedUse.TryGetValue(slug, out var first))
                {
                    firstUndefinedUse[slug] = (term, sourcePath);
                    byId[slug] = undefined(slug, term);
                }
                else if (first.Spelling != term)
                {
                    conflicts.Add(Diagnostic.Error(displayPath(sourcePath), 1, 1,
                        $"'{term}' and '{first.Spelling}' (in {displayPath(first.Source)}) both become the URL segment '{slug}'; use one spelling, or define the term once with the other spelling as an alias"));
                }
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    public IEnumerable<Diagnostic> Diagnostics(string kind) => conflicts.Select(d => d with { Message = $"{kind} {d.Message}" });

    /// <summary>Every defined entry plus every undefined term that was used, by id.</summary>
    public IReadOnlyDictionary<string, T> All() => byId;
}
