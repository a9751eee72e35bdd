using System.Text;
using AdcsSite.Generator.Content;
using YamlDotNet.Serialization;

namespace AdcsSite.Generator.Import;

public sealed record ImportOptions(bool Force = false, bool DryRun = false);

public enum PostOutcome
{
    Created,
    Updated,
    Unchanged,
    Skipped,

    /// <summary>Its date or title changed, so its path did: written at the new path, the old file removed.</summary>
    Moved,
}

/// <param name="Path">Relative to the input folder, e.g. "posts/2019/grow-your-own.md".</param>
public sealed record FileResult(string Path, PostOutcome Outcome, string? Reason = null);

public sealed record DumpResult(string Path, string Format, int Articles);

/// <param name="Suggestions">Writers inferred with medium or low confidence that no editor has accepted yet.</param>
public sealed record ImportReport(IReadOnlyList<DumpResult> Dumps, IReadOnlyList<FileResult> Files, IReadOnlyList<Diagnostic> Errors, IReadOnlyList<AuthorSuggestion> Suggestions)
{
    public int Count(PostOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}

/// <summary>
/// The import command's work: reads every dump in &lt;input&gt;/raw, composes the posts and writes the ones that
/// changed, atomically. A post edited since it was imported is left alone unless forced. A dump that cannot be
/// read or recognised is reported and contributes nothing.
/// </summary>
public static class Importer
{
    public const string RawFolder = "raw";
    public const string PostsFolder = "posts";
    public const string AuthorsFile = "authors.yml";
    public const string TagsFile = "tags.yml";

    private const string EditedSinceImport = $"edited since import (its text no longer matches source.{ContentHash.Key})";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly ISerializer Yaml = new SerializerBuilder().WithIndentedSequences().ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull).Build();

    public static ImportReport Run(string inputFolder, ImportOptions options)
    {
        var (dumps, results, errors) = ReadDumps(inputFolder);
        var tagsPath = Path.Combine(inputFolder, TagsFile);
        if (!File.Exists(tagsPath))
        {
            throw new SiteException(Diagnostic.Error(tagsPath, 0, 0, "the tag vocabulary is missing: tagging needs tags.yml with 'terms:' for every tag"));
        }

        var tagger = Tagger.Parse(File.ReadAllText(tagsPath), tagsPath);
        var composition = PostComposer.Compose(dumps, tagger);
        var imported = PreviouslyImported(inputFolder);
        var files = composition.Posts
            .Select(post => imported.TryGetValue(post.Origin, out var previous) && previous.Path != post.RelativePath
                ? Move(inputFolder, previous.Path, post, options)
                : Publish(inputFolder, post.RelativePath, ContentHash.Stamp(post.Fields, post.Body), options))
            .Append(PublishAuthors(inputFolder, composition.Authors, options))
            .ToList();
        var open = composition.Suggestions.Where(s => !(imported.GetValueOrDefault(s.Origin)?.Authors.Contains(s.WriterId) ?? false)).ToList();
        return new ImportReport(results, files, errors, open);
    }

    private static (List<ParsedDump> Dumps, List<DumpResult> Results, List<Diagnostic> Errors) ReadDumps(string inputFolder)
    {
        var rawFolder = Path.Combine(inputFolder, RawFolder);
        if (!Directory.Exists(rawFolder))
        {
            throw new SiteException(Diagnostic.Error(rawFolder, 0, 0, "no raw dumps to import: the folder does not exist"));
        }

        var (dumps, results, errors) = (new List<ParsedDump>(), new List<DumpResult>(), new List<Diagnostic>());
        var citedAs = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)));
        foreach (var path in Directory.GetFiles(rawFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            var sourceFile = $"{citedAs}/{RawFolder}/{Path.GetFileName(path)}";
            try
            {
                var text = File.ReadAllText(path, StrictUtf8);
                var reader = DumpReaders.For(text, sourceFile);
                var articles = reader.Parse(text, sourceFile);
                dumps.Add(new ParsedDump(sourceFile, articles));
                results.Add(new DumpResult(sourceFile, reader.Format, articles.Count));
            }
            catch (SiteException e)
            {
                errors.AddRange(e.Diagnostics);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                errors.Add(Diagnostic.Error(sourceFile, 0, 0, $"cannot read the dump: {e.Message}"));
            }
        }

        return (dumps, results, errors);
    }

    private static FileResult Publish(string inputFolder, string relativePath, string text, ImportOptions options)
    {
        var path = Path.Combine(inputFolder, relativePath);
        if (!File.Exists(path))
        {
            return Write(path, text, new FileResult(relativePath, PostOutcome.Created), options);
        }

        var existing = File.ReadAllText(path);
        if (existing == text)
        {
            return new FileResult(relativePath, PostOutcome.Unchanged);
        }

        if (!ContentHash.IsUnedited(existing) && !options.Force)
        {
            return new FileResult(relativePath, PostOutcome.Skipped, $"{EditedSinceImport}; use --force to overwrite");
        }

        return Write(path, text, new FileResult(relativePath, PostOutcome.Updated), options);
    }

    /// <summary>A post the importer wrote, where it is now and whom it credits (an editor may have changed either).</summary>
    private sealed record ImportedPost(string Path, IReadOnlyList<string> Authors);

    /// <summary>Each article's post as it is now, by its origin ("file#index"); posts the importer did not write are not listed.</summary>
    private static Dictionary<string, ImportedPost> PreviouslyImported(string inputFolder)
    {
        var posts = Path.Combine(inputFolder, PostsFolder);
        var imported = new Dictionary<string, ImportedPost>(StringComparer.Ordinal);
        foreach (var path in Directory.Exists(posts) ? Directory.GetFiles(posts, "*.md", SearchOption.AllDirectories) : [])
        {
            var relative = Path.GetRelativePath(inputFolder, path).Replace('\\', '/');
            try
            {
                var fields = FrontMatter.ToPlainDictionary(FrontMatter.Parse(File.ReadAllText(path), relative).Fields);
                if (fields.GetValueOrDefault("source") is Dictionary<string, object?> source && PostComposer.OriginOf(source) is { } origin)
                {
                    imported[origin] = new ImportedPost(relative, CreditedIds(fields));
                }
            }
            catch (SiteException)
            {
                // A post whose front matter an editor broke is not recognisable as imported; `check` reports it.
            }
        }

        return imported;
    }

    /// <summary>The ids in `authors`, or the one `author` an editor may have written as a name.</summary>
    private static List<string> CreditedIds(Dictionary<string, object?> fields) => fields.GetValueOrDefault("authors") switch
    {
        List<object?> ids => [.. ids.OfType<string>()],
        _ => fields.GetValueOrDefault("author") is string name ? [Slug.From(name)] : [],
    };

    private static FileResult Move(string inputFolder, string previous, ComposedPost post, ImportOptions options)
    {
        var oldPath = Path.Combine(inputFolder, previous);
        if (!ContentHash.IsUnedited(File.ReadAllText(oldPath)) && !options.Force)
        {
            return new FileResult(previous, PostOutcome.Skipped, $"{EditedSinceImport}; the import would move it to {post.RelativePath}; use --force to overwrite");
        }

        var result = Write(Path.Combine(inputFolder, post.RelativePath), ContentHash.Stamp(post.Fields, post.Body), new FileResult(post.RelativePath, PostOutcome.Moved, $"was {previous}"), options);
        if (!options.DryRun)
        {
            File.Delete(oldPath);
        }

        return result;
    }

    /// <summary>Keeps every entry an editor has in authors.yml as it is and adds the authors it lacks.</summary>
    private static FileResult PublishAuthors(string inputFolder, IReadOnlyList<AuthorEntry> authors, ImportOptions options)
    {
        var path = Path.Combine(inputFolder, AuthorsFile);
        var entries = File.Exists(path)
            ? FrontMatter.ToPlainDictionary(FrontMatter.ParseMapping(File.ReadAllText(path), path))
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var author in authors.Where(a => !entries.ContainsKey(a.Id)))
        {
            entries[author.Id] = new[] { ("name", author.Name), ("role", author.Role), ("bio", author.Bio) }
                .Where(field => field.Item2 is not null)
                .ToDictionary(field => field.Item1, field => (object?)field.Item2);
        }

        var text = Yaml.Serialize(entries).ReplaceLineEndings("\n");
        return File.Exists(path) && File.ReadAllText(path) == text
            ? new FileResult(AuthorsFile, PostOutcome.Unchanged)
            : Write(path, text, new FileResult(AuthorsFile, File.Exists(path) ? PostOutcome.Updated : PostOutcome.Created), options);
    }

    /// <summary>Temp file in the same folder, then a rename over the target: a reader never sees half a file.</summary>
    private static FileResult Write(string path, string text, FileResult result, ImportOptions options)
    {
        if (options.DryRun)
        {
            return result;
        }

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, text, StrictUtf8);
        File.Move(temp, path, overwrite: true);
        return result;
    }
}
