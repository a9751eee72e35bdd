using System.Globalization;
using System.Text.RegularExpressions;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Import;

/// <summary>A dump and the articles its reader found; <paramref name="SourceFile"/> is how posts cite it, e.g. "input/raw/001_x.txt".</summary>
public sealed record ParsedDump(string SourceFile, IReadOnlyList<RawArticle> Articles);

/// <summary>A post ready to write: where it goes (relative to input/), its ordered front matter and its Markdown body.</summary>
/// <param name="Origin">The article it comes from, "file#index", as <see cref="PostComposer.OriginOf"/> reads it back from a written post.</param>
public sealed record ComposedPost(string RelativePath, string Origin, IReadOnlyList<KeyValuePair<string, object?>> Fields, string Body);

public sealed record AuthorEntry(string Id, string Name, string? Role, string? Bio);

/// <summary>A writer inferred with medium or low confidence: not applied; an editor accepts it by setting the post's authors.</summary>
public sealed record AuthorSuggestion(string PostPath, string Origin, string Writer, string WriterId, Confidence Confidence, IReadOnlyList<string> Chain);

public sealed record Composition(IReadOnlyList<ComposedPost> Posts, IReadOnlyList<AuthorEntry> Authors, IReadOnlyList<AuthorSuggestion> Suggestions);

/// <summary>
/// Turns every article of every dump into a post: Markdown body, stated or estimated date, authors, tags, summary
/// and a unique slug, with the evidence for everything inferred recorded under source. Pure.
/// </summary>
public static partial class PostComposer
{
    public static readonly AuthorEntry DefaultAuthor = new("adcs", "ADCS", "The Association of Directors of Children’s Services", "Posts the association published without naming a writer.");

    /// <summary>Shorter opening paragraphs (a quotation, a greeting) do not say what the post is about.</summary>
    private const int ShortestSummaryParagraph = 80;

    /// <summary>A first sentence shorter than this gets the second one too.</summary>
    private const int ShortestSummary = 120;

    /// <param name="Lines">The article's lines without photo captions, which <paramref name="Caption"/> keeps.</param>
    private sealed record Article(ParsedDump Dump, RawArticle Raw, IReadOnlyList<string> Lines, PhotoCaption? Caption, IReadOnlyList<string> Paragraphs);

    /// <summary>Who a post credits and why: a writer stated or inferred with high confidence, or a suggestion left for an editor.</summary>
    private sealed record Writer(AuthorCredit? Stated, Attribution? Inferred)
    {
        /// <summary>Whom the post credits: the stated writer, or one inferred with high confidence.</summary>
        public string? Credited => Stated?.Name ?? (Inferred is { Confidence: Confidence.High } inferred ? inferred.Name : null);

        /// <summary>A writer inferred with less than high confidence, left for an editor.</summary>
        public Attribution? Suggested => Stated is null && Inferred is { Confidence: < Confidence.High } inferred ? inferred : null;
    }

    private sealed record Dating(DateOnly Date, bool Estimated, string Evidence);

    public static Composition Compose(IReadOnlyList<ParsedDump> dumps, Tagger tagger)
    {
        var articles = dumps.SelectMany(d => d.Articles.Select(a => Read(d, a))).ToList();
        var dates = Date(dumps, articles);
        var texts = articles.ToDictionary(a => a, a => new AuthoredText(Path.GetFileName(a.Dump.SourceFile), a.Raw.Index, a.Paragraphs, dates[a].Date, a.Raw.StatedAuthor));
        var inference = AuthorInference.Infer([.. texts.Values]);
        var writers = articles.ToDictionary(a => a, a => new Writer(a.Raw.StatedAuthor, inference.ByArticle.GetValueOrDefault(texts[a].Label)));

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var posts = articles.Select(a => Compose(a, dates[a], writers[a], tagger.Tag(a.Raw.Title, a.Paragraphs), UniqueSlug(a.Raw.Title, slugs))).ToList();
        var suggestions = articles.Zip(posts)
            .Select(p => (Post: p.Second, writers[p.First].Suggested))
            .Where(p => p.Suggested is not null)
            .Select(p => new AuthorSuggestion(p.Post.RelativePath, p.Post.Origin, p.Suggested!.Name, Slug.From(p.Suggested.Name), p.Suggested.Confidence, p.Suggested.Chain))
            .ToList();
        return new Composition(posts, Authors(writers.Values, inference.RolesByWriter), suggestions);
    }

    private static Article Read(ParsedDump dump, RawArticle raw)
    {
        var (lines, caption) = PhotoCaptions.Extract(raw.Lines);
        return new Article(dump, raw, lines, caption, [.. MarkdownStructurer.Paragraphs(lines)]);
    }

    private static ComposedPost Compose(Article article, Dating dating, Writer writer, IReadOnlyList<string> tags, string slug)
    {
        var raw = article.Raw;
        var source = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["file"] = article.Dump.SourceFile,
            ["index"] = raw.Index,
        };
        if (raw.TitleOrigin != TitleOrigin.Published)
        {
            source["title_truncated"] = true;
        }

        if (raw.TitleOrigin == TitleOrigin.Derived)
        {
            source["notes"] = "the source has no title; this one is the first sentence, cut the way the source site cuts titles";
        }

        source["date_evidence"] = dating.Evidence;
        source["author_evidence"] = AuthorEvidence(writer);
        var fields = new List<KeyValuePair<string, object?>>
        {
            new("title", raw.Title),
            new("date", dating.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("date_estimated", dating.Estimated ? true : null),
            new("authors", new List<string> { writer.Credited is { } name ? Slug.From(name) : DefaultAuthor.Id }),
            new("tags", tags.ToList()),
            new("summary", Summary(article.Paragraphs)),
            new("image_caption", article.Caption?.Caption),
            new("image_credit", article.Caption?.Credit),
            new("source", source),
        };
        return new ComposedPost($"posts/{dating.Date.Year}/{slug}.md", OriginOf(source)!, fields, MarkdownStructurer.ToMarkdown(article.Lines));
    }

    /// <summary>A stated writer's byline or sign-off; an inferred writer's confidence and chain, marked as a suggestion unless high.</summary>
    private static object AuthorEvidence(Writer writer) => writer switch
    {
        { Stated: { } stated } => stated.Evidence,
        { Suggested: { } suggested } => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["suggested_writer"] = suggested.Name,
            ["confidence"] = suggested.Confidence.ToString().ToLowerInvariant(),
            ["chain"] = suggested.Chain.ToList(),
            ["note"] = $"not applied: an editor who agrees sets authors to [{Slug.From(suggested.Name)}]",
        },
        { Inferred: { } inferred } => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["writer"] = inferred.Name,
            ["confidence"] = "high",
            ["chain"] = inferred.Chain.ToList(),
        },
        _ => "no writer named or identifiable in the dumps: the association",
    };

    /// <summary>"input/raw/001_x.txt#12" from a post's source mapping; null for a post the importer did not write.</summary>
    public static string? OriginOf(IReadOnlyDictionary<string, object?> source) =>
        source.GetValueOrDefault("file") is string file && source.GetValueOrDefault("index") is int or long ? $"{file}#{source["index"]}" : null;

    /// <summary>Stated dates as they are; a dump without them is estimated from its text and its newest-first order.</summary>
    private static Dictionary<Article, Dating> Date(IReadOnlyList<ParsedDump> dumps, List<Article> articles)
    {
        var dates = new Dictionary<Article, Dating?>();
        foreach (var dump in dumps)
        {
            var inDump = articles.Where(a => a.Dump == dump).ToList();
            var estimates = inDump.Count == 1
                ? [DateEstimator.ForSingle(Text(inDump[0]))]
                : DateEstimator.ForNewestFirst([.. inDump.Select(Text)]);
            for (var i = 0; i < inDump.Count; i++)
            {
                var raw = inDump[i].Raw;
                dates[inDump[i]] = raw.StatedDate is { } stated
                    ? new Dating(stated, false, raw.DateEvidence ?? "stated in the dump")
                    : estimates[i] is { } estimate ? new Dating(estimate.Date, true, estimate.Evidence) : null;
            }
        }

        // With no evidence at all, the post goes to the start of the archive, where it claims nothing recent, for an editor to date.
        var earliest = dates.Values.OfType<Dating>().Select(d => d.Date).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Min();
        return dates.ToDictionary(
            d => d.Key,
            d => d.Value ?? new Dating(earliest, true, $"no date evidence in the text; placed at the archive's earliest date ({earliest:yyyy-MM-dd}) for an editor to set"));
    }

    private static DatedText Text(Article article) => new(article.Raw.Title, article.Paragraphs);

    /// <summary>The first sentence of the first substantial paragraph in the writer's own words, and the next one if it is short.</summary>
    private static string Summary(IReadOnlyList<string> paragraphs)
    {
        var opening = paragraphs.FirstOrDefault(p => p.Length >= ShortestSummaryParagraph && !AttributedQuotation().IsMatch(p)) ?? paragraphs.FirstOrDefault() ?? "";
        var sentences = TitleRules.Sentences(opening);
        return sentences[0].Length < ShortestSummary && sentences.Count > 1 ? $"{sentences[0]} {sentences[1]}" : sentences[0];
    }

    private static string UniqueSlug(string title, HashSet<string> taken)
    {
        var slug = Slug.From(title);
        var unique = slug;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{slug}-{n}";
        }

        return unique;
    }

    /// <summary>The association first, then every credited writer once, with the role their byline gives and every office the texts say they held.</summary>
    private static IReadOnlyList<AuthorEntry> Authors(IEnumerable<Writer> writers, IReadOnlyDictionary<string, IReadOnlyList<string>> offices) =>
    [
        DefaultAuthor,
        .. writers.Where(w => w.Credited is not null)
            .GroupBy(w => Slug.From(w.Credited!))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AuthorEntry(
                g.Key,
                g.First().Credited!,
                g.Select(w => w.Stated?.Role).Concat(offices.GetValueOrDefault(g.First().Credited!) ?? []).OfType<string>().Distinct().ToList() is { Count: > 0 } roles ? string.Join("; ", roles) : null,
                g.Select(w => w.Stated?.Bio).OfType<string>().FirstOrDefault())),
    ];

    /// <summary>An epigraph such as "“Every day the opportunity for leadership stands before you” - Heifetz &amp; Linsky".</summary>
    [GeneratedRegex(@"^[“""‘].*[”""’]\s*[-–—]\s*[A-Z][^.]*$")]
    private static partial Regex AttributedQuotation();
}
