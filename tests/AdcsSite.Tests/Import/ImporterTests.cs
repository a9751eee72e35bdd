using AdcsSite.Generator.Content;
using AdcsSite.Generator.Import;
using YamlDotNet.RepresentationModel;

namespace AdcsSite.Tests.Import;

/// <summary>Whole-import tests: the real dumps imported into a temporary input folder.</summary>
public sealed class ImporterTests : IDisposable
{
    private readonly string input = Path.Combine(Path.GetTempPath(), $"adcs-import-{Guid.NewGuid():N}");

    public ImporterTests()
    {
        Directory.CreateDirectory(Path.Combine(input, Importer.RawFolder));
        foreach (var file in RawDumps.All)
        {
            File.Copy(Path.Combine(RawDumps.RawFolder, file), Path.Combine(input, Importer.RawFolder, file));
        }

        File.Copy(Path.Combine(RawDumps.RepositoryRoot, "input", Importer.TagsFile), Path.Combine(input, Importer.TagsFile));
    }

    public void Dispose() => Directory.Delete(input, recursive: true);

    [Fact]
    public void Writes_one_post_per_article_and_the_authors_file()
    {
        var report = Importer.Run(input, new ImportOptions());

        Assert.Equal([1, 100, 1, 1, 1], report.Dumps.Select(d => d.Articles));
        Assert.Equal(104, Posts().Count);
        Assert.Equal(105, report.Count(PostOutcome.Created));
        Assert.Empty(report.Errors);
        Assert.True(File.Exists(Path.Combine(input, Importer.AuthorsFile)));
    }

    [Fact]
    public void A_second_run_changes_no_byte()
    {
        Importer.Run(input, new ImportOptions());
        var first = Snapshot();

        var report = Importer.Run(input, new ImportOptions());

        Assert.Equal(first, Snapshot());
        Assert.All(report.Files, f => Assert.Equal(PostOutcome.Unchanged, f.Outcome));
    }

    [Fact]
    public void An_edited_post_is_skipped_and_reported_unless_forced()
    {
        Importer.Run(input, new ImportOptions());
        var post = Posts().First();
        var edited = File.ReadAllText(post).Replace("\n\n", "\n\nAn editor's new paragraph.\n\n", StringComparison.Ordinal);
        File.WriteAllText(post, edited);

        var skipped = Importer.Run(input, new ImportOptions());

        Assert.Equal(edited, File.ReadAllText(post));
        var result = Assert.Single(skipped.Files, f => f.Outcome == PostOutcome.Skipped);
        Assert.Equal(Path.GetRelativePath(input, post).Replace('\\', '/'), result.Path);
        Assert.Contains("edited since import", result.Reason, StringComparison.Ordinal);

        var forced = Importer.Run(input, new ImportOptions(Force: true));

        Assert.DoesNotContain("An editor's new paragraph.", File.ReadAllText(post), StringComparison.Ordinal);
        Assert.Equal(PostOutcome.Updated, Assert.Single(forced.Files, f => f.Path == result.Path).Outcome);
    }

    [Fact]
    public void A_post_whose_path_changed_is_moved_not_duplicated()
    {
        Importer.Run(input, new ImportOptions());
        var post = Posts().First();
        var text = File.ReadAllText(post);
        var stale = Path.Combine(input, "posts", "1999", Path.GetFileName(post));
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.Move(post, stale);

        var report = Importer.Run(input, new ImportOptions());

        Assert.False(File.Exists(stale));
        Assert.Equal(text, File.ReadAllText(post));
        Assert.Equal(PostOutcome.Moved, Assert.Single(report.Files, f => f.Outcome != PostOutcome.Unchanged).Outcome);
    }

    [Fact]
    public void A_dry_run_reports_and_writes_nothing()
    {
        var report = Importer.Run(input, new ImportOptions(DryRun: true));

        Assert.Equal(105, report.Count(PostOutcome.Created));
        Assert.Equal([Importer.RawFolder], Directory.GetDirectories(input).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(input, Importer.AuthorsFile)));
    }

    [Fact]
    public void An_unrecognised_dump_is_reported_by_name_and_the_others_are_still_imported()
    {
        File.WriteAllText(Path.Combine(input, Importer.RawFolder, "999_notes.txt"), "Just some notes.\n");

        var report = Importer.Run(input, new ImportOptions());

        var error = Assert.Single(report.Errors);
        Assert.EndsWith("raw/999_notes.txt", error.Path, StringComparison.Ordinal);
        Assert.Equal(104, Posts().Count);
    }

    [Fact]
    public void Posts_hold_no_boilerplate_and_parse_with_the_ordered_front_matter()
    {
        Importer.Run(input, new ImportOptions());

        Assert.All(Posts(), path =>
        {
            var text = File.ReadAllText(path);
            var source = FrontMatter.Parse(text, path);
            var keys = source.Fields.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value).ToList();
            Assert.Equal(keys.OrderBy(k => Array.IndexOf(["title", "date", "date_estimated", "authors", "tags", "summary", "source"], k)), keys);
            Assert.Empty(source.Body.Split('\n').Select(line => line.Trim()).Intersect(RawDumps.BoilerplateLines));
            Assert.InRange(((YamlSequenceNode)source.Fields["tags"]).Children.Count, 1, Tagger.MostTags);
            Assert.True(ContentHash.IsUnedited(text));
        });
    }

    [Fact]
    public void Stated_dates_are_not_marked_estimated_and_blog_dates_are()
    {
        Importer.Run(input, new ImportOptions());
        var posts = Posts().Select(p => FrontMatter.ToPlainDictionary(FrontMatter.Parse(File.ReadAllText(p), p).Fields)).ToList();

        var byline = posts.Single(p => (string?)p["title"] == "Directors can seize freedoms to shape national policy for local need");
        Assert.Equal("2012-04-03", byline["date"]);
        Assert.False(byline.ContainsKey("date_estimated"));

        var blog = posts.Where(p => ((string)((Dictionary<string, object?>)p["source"]!)["file"]!).EndsWith(RawDumps.Blog, StringComparison.Ordinal))
            .OrderBy(p => (long)((Dictionary<string, object?>)p["source"]!)["index"]!)
            .ToList();
        Assert.All(blog, p => Assert.Equal(true, p["date_estimated"]));
        var dates = blog.Select(p => (string)p["date"]!).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Authors_are_credited_only_on_evidence()
    {
        Importer.Run(input, new ImportOptions());
        var authorsByTitle = Posts()
            .Select(p => FrontMatter.ToPlainDictionary(FrontMatter.Parse(File.ReadAllText(p), p).Fields))
            .ToDictionary(p => (string)p["title"]!, p => string.Join(",", (List<object?>)p["authors"]!));

        Assert.Equal("jon-bunn", authorsByTitle["During her inaugural presidential address at the Association..."]);
        Assert.Equal("lauren-higgs", authorsByTitle["Directors can seize freedoms to shape national policy for local need"]);
        Assert.Equal("mark-rogers", authorsByTitle["To the power of four"]);
        Assert.Equal("alan-wood", authorsByTitle["Children’s services directors are open to change"]);
        Assert.Equal("rachel-dickinson", authorsByTitle["Setting our priorities for the year ahead"]);
        Assert.Equal("adcs", authorsByTitle["Making our voices heard"]);
        var authors = FrontMatter.ParseMapping(File.ReadAllText(Path.Combine(input, Importer.AuthorsFile)), Importer.AuthorsFile);
        Assert.Equal(authorsByTitle.Values.SelectMany(a => a.Split(',')).Distinct().Order(), authors.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).Order());
    }

    [Fact]
    public void The_imported_folder_loads_as_a_site_with_every_tag_and_author_known()
    {
        Importer.Run(input, new ImportOptions());

        var (content, warnings) = ContentLoader.Load(new DiskSourceTree(input), new LoadOptions(IncludeFuture: true));

        Assert.Empty(warnings);
        Assert.Equal(104, content.Posts.Count);
        Assert.All(content.Posts, post => Assert.All(post.AuthorIds, id => Assert.NotEqual(id, content.Authors[id].Name)));
        Assert.All(content.Posts, post => Assert.All(post.TagIds, id => Assert.NotNull(content.Tags[id].Description)));
    }

    private List<string> Posts() =>
        Directory.Exists(Path.Combine(input, "posts"))
            ? [.. Directory.GetFiles(Path.Combine(input, "posts"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
}
