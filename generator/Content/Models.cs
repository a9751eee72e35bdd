namespace AdcsSite.Generator.Content;

/// <summary>
/// A blog post as loaded from input/posts. Immutable; dates are already resolved in the site's time zone. The body is
/// not kept: the build reads it again when it renders it (<see cref="ContentLoader.ReadBody"/>), since holding every
/// body of a large site at once would be most of the memory a build needs.
/// </summary>
public sealed record Post(
    string SourcePath,
    string Slug,
    string Title,
    DateTimeOffset Date,
    bool DateEstimated,
    IReadOnlyList<string> AuthorIds,
    IReadOnlyList<string> TagIds,
    string? Summary,
    bool Draft,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, object?> Source,
    IReadOnlyDictionary<string, object?> Extra,
    int BodyLine);

/// <summary>A standalone page such as About, served at /&lt;slug&gt;/; its body is read when rendered, as a post's is.</summary>
public sealed record Page(
    string SourcePath,
    string Slug,
    string Title,
    string? Summary,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, object?> Extra,
    int BodyLine);

public sealed record Author(string Id, string Name, string? Role, string? Bio);

public sealed record Tag(string Id, string Name, string? Description, IReadOnlyList<string> Aliases);

/// <summary>Everything the build needs from input/, loaded once. Posts are newest first.</summary>
public sealed record SiteContent(
    SiteSettings Settings,
    IReadOnlyList<Post> Posts,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<string, Author> Authors,
    IReadOnlyDictionary<string, Tag> Tags);
