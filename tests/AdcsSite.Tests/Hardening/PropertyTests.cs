using AdcsSite.Generator.Content;
using AdcsSite.Generator.Import;
using AdcsSite.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AdcsSite.Tests.Hardening;

/// <summary>Random text fed to the parsers: they may reject it, but only with the project's own located error.</summary>
public class PropertyTests
{
    private static readonly string[] Dumps = Directory.GetFiles(Path.Combine(TestSite.RepositoryRoot, "input", "raw"), "*.txt").Order().Select(File.ReadAllText).ToArray();

    private static bool FailsOnlyWithSiteException(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (SiteException e)
        {
            return e.Diagnostics.Count > 0 && e.Diagnostics.All(d => d.Path.Length > 0);
        }
    }

    [Property(MaxTest = 500)]
    public bool Front_matter_parsing_never_throws_anything_else(NonNull<string> text) =>
        FailsOnlyWithSiteException(() => FrontMatter.Parse(text.Get, "posts/a.md"));

    [Property(MaxTest = 500)]
    public bool Front_matter_like_text_never_throws_anything_else(NonNull<string> yaml, NonNull<string> body) =>
        FailsOnlyWithSiteException(() =>
        {
            var source = FrontMatter.Parse($"---\n{yaml.Get}\n---\n{body.Get}", "posts/a.md");
            PostReader.Read(source, new SiteSettings());
        });

    [Property(MaxTest = 1000)]
    public bool Slugs_are_always_valid_url_segments(NonNull<string> text) =>
        System.Text.RegularExpressions.Regex.IsMatch(Slug.From(text.Get), "^[a-z0-9]+(-[a-z0-9]+)*$");

    [Property(MaxTest = 300)]
    public bool Readers_reject_random_text_only_with_a_site_error(NonNull<string> text) =>
        DumpReaders.All.All(reader => FailsOnlyWithSiteException(() => reader.Parse(text.Get, "raw/x.txt")))
        && FailsOnlyWithSiteException(() => DumpReaders.For(text.Get, "raw/x.txt"));

    [Property(MaxTest = 300)]
    public bool Attribution_and_captions_take_any_text(NonNull<string> first, NonNull<string> second)
    {
        var articles = new[] { first.Get, second.Get }
            .Select((text, i) => new AuthoredText("x.txt", i, [.. MarkdownStructurer.Paragraphs(DumpText.Lines(text))], new DateOnly(2018, 6, 1), null))
            .ToList();
        var inference = AuthorInference.Infer(articles);
        return inference.ByArticle.Values.All(a => a.Chain.Count > 0) && PhotoCaptions.Extract(DumpText.Lines(first.Get)).Lines is not null;
    }

    [Property(MaxTest = 100)]
    public Property Truncated_real_dumps_are_read_or_rejected_cleanly() =>
        Prop.ForAll(
            Gen.Choose(0, Dumps.Length - 1).SelectMany(i => Gen.Choose(0, Dumps[i].Length).Select(cut => Dumps[i][..cut])).ToArbitrary(),
            truncated => FailsOnlyWithSiteException(() => DumpReaders.For(truncated, "raw/x.txt").Parse(truncated, "raw/x.txt")));
}
