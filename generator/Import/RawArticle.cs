namespace AdcsSite.Generator.Import;

/// <summary>An author as a dump states them, with the text that proves it; <paramref name="Bio"/> when the text describes them.</summary>
public sealed record AuthorCredit(string Name, string? Role, string Evidence, string? Bio = null);

/// <summary>
/// One article as a reader found it in a dump: boilerplate already gone, paragraphs still as source lines.
/// Everything inferred later (estimated dates, inferred authors, tags) is added by the importer, not by readers.
/// </summary>
public sealed record RawArticle(
    string SourcePath,
    int Index,
    string Title,
    TitleOrigin TitleOrigin,
    IReadOnlyList<string> Lines,
    DateOnly? StatedDate,
    string? DateEvidence,
    AuthorCredit? StatedAuthor);

public enum TitleOrigin
{
    /// <summary>The title exactly as published.</summary>
    Published,

    /// <summary>Published, but cut short by the source site; an editor can restore it.</summary>
    Truncated,

    /// <summary>The source had no title; this one comes from the first sentence.</summary>
    Derived,
}
