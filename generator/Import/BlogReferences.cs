using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>One article saying who wrote another: "as Alison Michalska summed it up in her blog, ‘…’".</summary>
public sealed record BlogReference(string TargetLabel, string Name, Confidence Confidence, IReadOnlyList<string> Chain);

/// <summary>
/// Finds articles named as someone's blog by another article. Words quoted from "her blog" that appear in exactly
/// one other article identify it (high). "Last week's blog by Steve Crocker" points at the article before in the
/// dump's order; the dump may lack a week, so that is only medium. The article that mentions the blog is never the
/// named person's: they are quoted, not writing.
/// </summary>
public static partial class BlogReferences
{
    /// <summary>Fewer quoted words could be a common phrase found by chance.</summary>
    private const int FewestQuotedWords = 8;

    private const string Name = OfficeText.Name;

    public static IEnumerable<BlogReference> In(IReadOnlyList<AuthoredText> articles)
    {
        var texts = articles.ToDictionary(a => a, a => Comparable(string.Join(' ', a.Paragraphs)));
        foreach (var article in articles)
        {
            foreach (var sentence in article.Sentences)
            {
                foreach (Match m in QuotedBlog().Matches(sentence))
                {
                    var quote = Comparable(m.Groups["quote"].Value);
                    var sources = quote.Split(' ').Length < FewestQuotedWords ? [] : articles.Where(a => a != article && texts[a].Contains(quote, StringComparison.Ordinal)).ToList();
                    if (sources is [var source])
                    {
                        yield return new BlogReference(source.Label, m.Groups["name"].Value, Confidence.High, [Says(article, m.Value), $"{source.Label} ({source.Date:yyyy-MM-dd}) has the quoted words"]);
                    }
                }

                foreach (Match m in LastWeeksBlog().Matches(sentence))
                {
                    if (articles.FirstOrDefault(a => a.Dump == article.Dump && a.Index == article.Index + 1) is { } previous)
                    {
                        yield return new BlogReference(previous.Label, m.Groups["name"].Value, Confidence.Medium, [Says(article, m.Value), $"{previous.Label} ({previous.Date:yyyy-MM-dd}) is the post before it in the dump, which runs newest first"]);
                    }
                }
            }
        }
    }

    private static string Says(AuthoredText article, string words) => $"{article.Label} ({article.Date:yyyy-MM-dd}) says \"{words}\"";

    /// <summary>Lower case, straight quotes, single spaces: quoting changes typography, not words.</summary>
    private static string Comparable(string text) =>
        Whitespace().Replace(text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'), " ").Trim().ToLowerInvariant();

    /// <summary>"Alison Michalska perfectly summed it up in her blog earlier this year, ‘the impact of local government …’".</summary>
    [GeneratedRegex($@"{Name}[^.‘“]{{0,60}}?\b(?:in|from) (?:his|her|their) (?:[a-z]+ ){{0,2}}blog(?:post)?\b[^‘“.]{{0,40}}[‘“](?<quote>.+?)[’”](?!\p{{L}})")]
    private static partial Regex QuotedBlog();

    /// <summary>"Last week’s blog by Steve Crocker", "Jane Smith, in her blog last week".</summary>
    [GeneratedRegex($@"\b[Ll]ast week[’']s blog(?:post)? (?:by|from) {Name}|{Name},? in (?:his|her|their) blog(?:post)? last week")]
    private static partial Regex LastWeeksBlog();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
