namespace AdcsSite.Generator.Content;

/// <summary>
/// Load: reads input/ (settings, authors, tags, posts, pages) into one immutable <see cref="SiteContent"/>.
/// Every file is parsed even after an error so the report lists all of them.
/// </summary>
public static class ContentLoader
{
    public const string PostsFolder = "posts";
    public const string PagesFolder = "pages";
    public const string AuthorsFile = "authors.yml";
    public const string TagsFile = "tags.yml";

    /// <param name="cache">Posts and pages parsed by an earlier load of this folder whose files have not changed since.</param>
    public static (SiteContent Content, IReadOnlyList<Diagnostic> Warnings) Load(ISourceTree input, LoadOptions options, SiteSettings? settingsOverride = null, ParsedFileCache? cache = null)
    {
        cache ??= new ParsedFileCache();
        var diagnostics = new List<Diagnostic>();
        var settings = settingsOverride ?? Guard(diagnostics, () => ReadSettings(input)) ?? new SiteSettings();
        var authors = Guard(diagnostics, () => ReadAuthors(input)) ?? [];
        var tags = Guard(diagnostics, () => ReadTags(input)) ?? [];

        var parsedPosts = cache.GetOrParse(
            [.. cache.Files(input, PostsFolder).Where(IsMarkdown)],
            path => ParseFile(input, path, cache, source => PostReader.Read(source, settings)));
        var parsedPages = cache.GetOrParse(
            [.. cache.Files(input, PagesFolder).Where(IsMarkdown)],
            path => ParseFile(input, path, cache, PageReader.Read));
        diagnostics.AddRange(parsedPosts.SelectMany(p => p.Diagnostics));
        diagnostics.AddRange(parsedPages.SelectMany(p => p.Diagnostics));

        var now = options.Now ?? settings.Now ?? DateTimeOffset.UtcNow;
        var tagTerms = new TermResolver<Tag>(tags, input.DisplayPath(TagsFile), input.DisplayPath, t => [t.Id, t.Name, .. t.Aliases], (id, spelling) => new Tag(id, spelling, null, []));
        var authorTerms = new TermResolver<Author>(authors, input.DisplayPath(AuthorsFile), input.DisplayPath, a => [a.Id, a.Name], (id, spelling) => new Author(id, spelling, null, null));
        var posts = parsedPosts
            .Select(p => p.Value).OfType<Post>()
            .Where(p => options.IncludeDrafts || !p.Draft)
            .Where(p => options.IncludeFuture || p.Date <= now)
            .Select(p => cache.WithTermIds(
                p,
                tagTerms.Resolve(p.TagIds, p.SourcePath),
                authorTerms.Resolve(p.AuthorIds.Count == 0 && settings.DefaultAuthor is { } fallback ? [fallback] : p.AuthorIds, p.SourcePath)))
            .ToList();
        var pages = parsedPages.Select(p => p.Value).OfType<Page>().ToList();
        diagnostics.AddRange(tagTerms.Diagnostics("tag"));
        diagnostics.AddRange(authorTerms.Diagnostics("author"));
        diagnostics.AddRange(DuplicateSlugs(posts, p => p.Slug, p => p.SourcePath, "post", input.DisplayPath));
        diagnostics.AddRange(DuplicateSlugs(pages, p => p.Slug, p => p.SourcePath, "page", input.DisplayPath));

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new SiteException(diagnostics);
        }

        posts.Sort(static (a, b) => b.Date.CompareTo(a.Date) is var byDate and not 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug));
        var content = new SiteContent(settings, posts, pages, authorTerms.All(), tagTerms.All());
        return (content, diagnostics);
    }

    public static SiteSettings ReadSettings(ISourceTree input) =>
        input.Exists(SiteSettings.FileName)
            ? SiteSettings.Parse(input.ReadText(SiteSettings.FileName), input.DisplayPath(SiteSettings.FileName))
            : new SiteSettings();

    private static List<Author> ReadAuthors(ISourceTree input) =>
        ReadEntries(input, AuthorsFile, (id, fields) => new Author(
            id,
            fields.String("name") ?? id,
            fields.String("role"),
            fields.String("bio")));

    private static List<Tag> ReadTags(ISourceTree input) =>
        ReadEntries(input, TagsFile, (id, fields) =>
        {
            var tag = new Tag(id, fields.String("name") ?? id, fields.String("description"), fields.StringList("aliases"));
            fields.StringList("terms"); // read by the importer; listed here so it is not reported as unknown
            return tag;
        });

    /// <summary>Reads a data file shaped "id: { key: value, ... }" into records.</summary>
    private static List<T> ReadEntries<T>(ISourceTree input, string file, Func<string, FieldReader, T> create)
    {
        if (!input.Exists(file))
        {
            return [];
        }

        var path = input.DisplayPath(file);
        var map = FrontMatter.ParseMapping(input.ReadText(file), path);
        var diagnostics = new List<Diagnostic>();
        var entries = new List<T>();
        foreach (var (key, value) in map.Children)
        {
            var id = Slug.From(((YamlDotNet.RepresentationModel.YamlScalarNode)key).Value ?? "");
            if (value is not YamlDotNet.RepresentationModel.YamlMappingNode fields)
            {
                diagnostics.Add(Diagnostic.Error(path, (int)value.Start.Line, (int)value.Start.Column, $"'{id}' must be followed by indented 'name:' and other keys"));
                continue;
            }

            var reader = new FieldReader(fields, path, firstLine: 1);
            entries.Add(create(id, reader));
            diagnostics.AddRange(reader.Diagnostics);
        }

        return diagnostics.Count > 0 ? throw new SiteException(diagnostics) : entries;
    }

    private static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Markdown body of a post or page that <see cref="Load"/> loaded, read from its file again.</summary>
    public static string ReadBody(ISourceTree input, string path)
    {
        try
        {
            return input.ReadText(path, text => FrontMatter.Body(text, input.DisplayPath(path)));
        }
        catch (FileNotFoundException)
        {
            throw new SiteException(Disappeared(input, path));
        }
    }

    private static Parsed<T> ParseFile<T>(ISourceTree input, string path, ParsedFileCache cache, Func<SourceFields, (T? Value, IReadOnlyList<Diagnostic> Diagnostics)> read)
        where T : class
    {
        try
        {
            var source = input.ReadText(path, text => FrontMatter.ParseFields(text, input.DisplayPath(path)));
            cache.RememberFrontMatter(path, source.Yaml);
            var (value, diagnostics) = read(source with { Path = path });
            return new(value, [.. diagnostics.Select(d => d with { Path = input.DisplayPath(path) })]);
        }
        catch (SiteException e)
        {
            return new(null, e.Diagnostics);
        }
        catch (FileNotFoundException)
        {
            return new(null, [Disappeared(input, path)]);
        }
    }

    /// <summary>A file's post or page, or null if it has errors, and what reading it found.</summary>
    // A class, not a tuple: generic code over a value type is compiled when the build first runs it (see build --verbose).
    private sealed record Parsed<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
        where T : class;

    private static Diagnostic Disappeared(ISourceTree input, string path) =>
        Diagnostic.Error(input.DisplayPath(path), 0, 0, "file disappeared while the site was being built");

    private static T? Guard<T>(List<Diagnostic> diagnostics, Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (SiteException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return null;
        }
    }

    private static IEnumerable<Diagnostic> DuplicateSlugs<T>(IReadOnlyList<T> items, Func<T, string> slugOf, Func<T, string> pathOf, string kind, Func<string, string> displayPath)
        where T : class
    {
        // Duplicates are rare, so the cheap check runs first and only a failing site is grouped for the message.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return items.All(i => seen.Add(slugOf(i)))
            ? []
            : items.GroupBy(slugOf, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => Diagnostic.Error(displayPath(pathOf(g.ElementAt(1))), 1, 1,
                    $"two {kind}s have the slug '{g.Key}': {string.Join(" and ", g.Select(i => displayPath(pathOf(i))))}; give one of them a different 'slug:'"));
    }
}
