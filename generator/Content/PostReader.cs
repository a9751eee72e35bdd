namespace AdcsSite.Generator.Content;

/// <summary>Turns a post's front matter into a typed <see cref="Post"/>; pure, all problems returned as diagnostics.</summary>
public static class PostReader
{
    public static (Post? Post, IReadOnlyList<Diagnostic> Diagnostics) Read(SourceFields source, SiteSettings settings)
    {
        var fields = new FieldReader(source.Fields, source.Path, source.FieldsFirstLine);
        var title = fields.RequiredString("title", "My first post");
        var date = fields.Has("date")
            ? fields.Date("date", settings.TimeZone)
            : MissingDate(fields);
        var post = new Post(
            SourcePath: source.Path,
            Slug: SlugOf(fields, source.Path),
            Title: title ?? "",
            Date: date ?? default,
            DateEstimated: fields.Bool("date_estimated"),
            AuthorIds: fields.StringList("authors", singularKey: "author"),
            TagIds: fields.StringList("tags"),
            Summary: fields.String("summary"),
            Draft: fields.Bool("draft"),
            Aliases: fields.SitePaths("aliases", "alias"),
            Source: fields.Mapping("source"),
            Extra: fields.Rest(),
            BodyLine: source.BodyFirstLine);
        return (fields.Diagnostics.Count == 0 && title is not null && date is not null ? post : null, fields.Diagnostics);
    }

    /// <summary>The slug from 'slug:' if given, else from the file name; both through the one slug function.</summary>
    public static string SlugOf(FieldReader fields, string path) =>
        Slug.From(fields.String("slug") ?? System.IO.Path.GetFileNameWithoutExtension(path));

    private static DateTimeOffset? MissingDate(FieldReader fields)
    {
        fields.RequiredString("date", DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return null;
    }
}

public static class PageReader
{
    public static (Page? Page, IReadOnlyList<Diagnostic> Diagnostics) Read(SourceFields source)
    {
        var fields = new FieldReader(source.Fields, source.Path, source.FieldsFirstLine);
        var title = fields.RequiredString("title", "About");
        var page = new Page(
            SourcePath: source.Path,
            Slug: PostReader.SlugOf(fields, source.Path),
            Title: title ?? "",
            Summary: fields.String("summary"),
            Aliases: fields.SitePaths("aliases", "alias"),
            Extra: fields.Rest(),
            BodyLine: source.BodyFirstLine);
        return (fields.Diagnostics.Count == 0 && title is not null ? page : null, fields.Diagnostics);
    }
}
