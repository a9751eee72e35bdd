using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

/// <summary>The repository's real dumps, found by walking up from the test's folder to AdcsSite.sln.</summary>
internal static class RawDumps
{
    public const string Blog = "001_d6c766277591dfe6.txt";
    public const string DatePrefixed = "000_3f7eb303a346ec57.txt";
    public const string CookieNotice = "002_5584cef9ab74edc9.txt";
    public const string Byline = "003_6ab008509a7893c7.txt";
    public const string SectionLabel = "004_28ace25bd3f88d3f.txt";

    public static readonly string[] All = [DatePrefixed, Blog, CookieNotice, Byline, SectionLabel];

    /// <summary>Lines that are page furniture in some dump and must never reach a post.</summary>
    public static readonly string[] BoilerplateLines =
    [
        "Tags assigned to this article:",
        "There are no tags assigned to this article!",
        "Related Blog Articles",
        "Your browser is no longer supported",
        "Learn more",
        "• Comment",
        "Have your say",
        "You must sign in to make a comment",
        "Links may be included in your comments but HTML is not permitted.",
        "CYP Now Digital membership",
        "CYP Now Magazine",
        "Subscribe",
        "From £15 / month",
        "CHILDREN'S SERVICES",
        "Popular articles by Mark Rogers106",
        "By Martin Ford | 21 November 2024",
        "Ombudsman calls for more powers",
        "Planning for health",
    ];

    public static string RepositoryRoot { get; } = FindRoot();

    public static string RawFolder => Path.Combine(RepositoryRoot, "input", "raw");

    public static string Text(string file) => File.ReadAllText(Path.Combine(RawFolder, file));

    public static IReadOnlyList<RawArticle> Parse(IDumpReader reader, string file) => reader.Parse(Text(file), $"input/raw/{file}");

    /// <summary>The article's paragraphs as a post shows them, as one string for substring checks.</summary>
    public static string Paragraphs(RawArticle article) => string.Join("\n", MarkdownStructurer.Paragraphs(article.Lines));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdcsSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AdcsSite.sln not found above the test folder");
    }
}
