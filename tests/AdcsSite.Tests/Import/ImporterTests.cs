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
    public void A_dump_in_windows_1252_is_an_error_naming_it_and_nothing_is_written_for_it()
    {
        File.WriteAllBytes(Path.Combine(input, Importer.RawFolder, "999_legacy.txt"), [.. "Caf"u8, 0xE9, .. " society\n\nIt\u2019s a dump."u8]);

        var report = Importer.Run(input, new ImportOptions());

        var error = Assert.Single(report.Errors);
        Assert.EndsWith("raw/999_legacy.txt", error.Path, StringComparison.Ordinal);
        Assert.Equal(104, Posts().Count);
    }

    [Fact]
    public void A_truncated_dump_is_an_error_at_the_cut_and_nothing_is_written_for_it()
    {
        var blog = Path.Combine(input, Importer.RawFolder, RawDumps.Blog);
        var text = File.ReadAllText(blog);
        File.WriteAllText(blog, text[..(text.Length / 2)]);

        var report = Importer.Run(input, new ImportOptions());

        var error = Assert.Single(report.Errors);
        Assert.Matches(@"raw/001_d6c766277591dfe6\.txt:\d+:1: error: the post titled "".+"" has no ""Tags assigned to this article:"" line after it, so where it ends is unknown$", error.ToString());
        Assert.Equal(4, Posts().Count);
    }

    [Fact]
    public void An_import_killed_midway_leaves_every_post_whole()
    {
        var importer = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(
            "dotnet", [Path.Combine(AppContext.BaseDirectory, "AdcsSite.dll"), "import", "--input", input])
        {
            RedirectStandardOutput = true,
        })!;
        while (!importer.HasExited && !Directory.Exists(Path.Combine(input, "posts")))
        {
            Thread.Sleep(1);
        }

        importer.Kill(entireProcessTree: true);
        importer.WaitForExit();

        // Each post is either absent or complete: files are written beside their place and renamed into it.
        Assert.All(Posts(), path => Assert.True(ContentHash.IsUnedited(File.ReadAllText(path)), $"{path} is half-written"));
        Assert.Equal(104, Importer.Run(input, new ImportOptions()).Files.Count(f => f.Path.StartsWith("posts/", StringComparison.Ordinal)));
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
            Assert.Equal(keys.OrderBy(k => Array.IndexOf(["title", "date", "date_estimated", "authors", "tags", "summary", "image_caption", "image_credit", "source"], k)), keys);
            Assert.Empty(source.Body.Split('\n').Select(line => line.Trim()).Intersect(RawDumps.BoilerplateLines));
            Assert.InRange(((YamlSequenceNode)source.Fields["tags"]).Children.Count, 1, Tagger.MostTags);
            Assert.True(ContentHash.IsUnedited(text));
        });
    }

    [Fact]
    public void Stated_dates_are_not_marked_estimated_and_blog_dates_are()
    {
        Importer.Run(input, new ImportOptions());
        var posts = PostFields();

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
        var authorsByTitle = PostFields().ToDictionary(p => (string)p["title"]!, p => string.Join(",", (List<object?>)p["authors"]!));

        Assert.Equal("jon-bunn", authorsByTitle["During her inaugural presidential address at the Association..."]);
        Assert.Equal("lauren-higgs", authorsByTitle["Directors can seize freedoms to shape national policy for local need"]);
        Assert.Equal("mark-rogers", authorsByTitle["To the power of four"]);
        Assert.Equal("alan-wood", authorsByTitle["Children’s services directors are open to change"]);
        Assert.Equal("alison-osullivan", authorsByTitle["What do we mean by ‘vulnerability’?"]);
        Assert.Equal("adcs", authorsByTitle["Making our voices heard"]);
        var authors = FrontMatter.ParseMapping(File.ReadAllText(Path.Combine(input, Importer.AuthorsFile)), Importer.AuthorsFile);
        Assert.Equal(authorsByTitle.Values.SelectMany(a => a.Split(',')).Distinct().Order(), authors.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).Order());
    }

    /// <summary>Every blog post the dumps identify a writer for: applied when high, left as a suggestion otherwise.</summary>
    [Fact]
    public void Inferred_writers_of_the_blog_are_applied_when_high_and_suggested_otherwise()
    {
        var report = Importer.Run(input, new ImportOptions());

        var inferred = PostFields()
            .Where(p => Source(p)["author_evidence"] is Dictionary<string, object?>)
            .Select(p => (Source(p)["index"], string.Join(",", (List<object?>)p["authors"]!), Evidence(p)["confidence"], Evidence(p).GetValueOrDefault("writer") ?? Evidence(p)["suggested_writer"]))
            .OrderBy(p => (long)p.Item1!)
            .ToList();
        Assert.Equal<(object?, string, object?, object?)>(
            [
                (11L, "matt-dunkley", "high", "Matt Dunkley"),
                (12L, "rachel-dickinson", "high", "Rachel Dickinson"),
                (13L, "rachel-dickinson", "high", "Rachel Dickinson"),
                (14L, "stuart-gallimore", "high", "Stuart Gallimore"),
                (18L, "adcs", "medium", "Helen Lincoln"),
                (25L, "steve-crocker", "high", "Steve Crocker"),
                (46L, "alison-michalska", "high", "Alison Michalska"),
                (49L, "stuart-gallimore", "high", "Stuart Gallimore"),
                (51L, "jo-davidson", "high", "Jo Davidson"),
                (54L, "adcs", "medium", "Steve Crocker"),
                (57L, "stuart-gallimore", "high", "Stuart Gallimore"),
                (60L, "adcs", "medium", "Rachel Dickinson"),
                (61L, "stuart-gallimore", "high", "Stuart Gallimore"),
                (65L, "alison-michalska", "high", "Alison Michalska"),
                (78L, "adcs", "medium", "Alison Michalska"),
                (86L, "adcs", "medium", "Alison Michalska"),
                (94L, "alison-michalska", "high", "Alison Michalska"),
                (98L, "adcs", "medium", "Alison Michalska"),
            ],
            inferred);
        Assert.Equal([18L, 54L, 60L, 78L, 86L, 98L], report.Suggestions.Select(s => long.Parse(s.Origin.Split('#')[1], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(report.Suggestions, s => Assert.True(s.Chain.Count >= 2, $"{s.PostPath} has no evidence chain"));
    }

    [Fact]
    public void Authors_file_gives_each_identified_writer_the_offices_and_years_the_texts_state()
    {
        Importer.Run(input, new ImportOptions());
        var authors = FrontMatter.ToPlainDictionary(FrontMatter.ParseMapping(File.ReadAllText(Path.Combine(input, Importer.AuthorsFile)), Importer.AuthorsFile));

        string Role(string id) => (string)((Dictionary<string, object?>)authors[id]!)["role"]!;
        Assert.Equal("ADCS President 2019/20; Director of children’s services, Barnsley (2018–2019)", Role("rachel-dickinson"));
        Assert.Equal("ADCS President 2018/19; Director of children’s services, East Sussex (2018–2019)", Role("stuart-gallimore"));
        Assert.Equal("ADCS President 2017/18; Director of children’s services, Nottingham (2018)", Role("alison-michalska"));
        Assert.Equal("Principal of the Staff College (2018)", Role("jo-davidson"));
        Assert.StartsWith("ADCS President 2011/12; Chair of the ", Role("matt-dunkley"), StringComparison.Ordinal);
        Assert.StartsWith("Chair of the ADCS Standards, Performance & Inspection Policy Committee", Role("steve-crocker"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_suggestion_an_editor_accepts_is_kept_and_no_longer_suggested()
    {
        var first = Importer.Run(input, new ImportOptions());
        var suggestion = first.Suggestions.First(s => s.WriterId == "alison-michalska");
        var post = Path.Combine(input, suggestion.PostPath);
        var accepted = File.ReadAllText(post).Replace("authors:\n  - adcs\n", "authors:\n  - alison-michalska\n", StringComparison.Ordinal);
        File.WriteAllText(post, accepted);

        var again = Importer.Run(input, new ImportOptions());

        Assert.Equal(accepted, File.ReadAllText(post));
        Assert.Equal(PostOutcome.Skipped, Assert.Single(again.Files, f => f.Path == suggestion.PostPath).Outcome);
        Assert.DoesNotContain(again.Suggestions, s => s.PostPath == suggestion.PostPath);
        Assert.Equal(first.Suggestions.Count - 1, again.Suggestions.Count);
    }

    [Fact]
    public void A_photo_caption_goes_to_the_front_matter_and_capital_labels_become_sentence_case_headings()
    {
        Importer.Run(input, new ImportOptions());
        var path = Posts().Single(p => p.EndsWith("directors-can-seize-freedoms-to-shape-national-policy-for-local-need.md", StringComparison.Ordinal));
        var post = FrontMatter.Parse(File.ReadAllText(path), path);
        var fields = FrontMatter.ToPlainDictionary(post.Fields);

        Assert.Equal("Alex Deverill", fields["image_credit"]);
        Assert.StartsWith("Jones: 'We're in the business of finding families", (string)fields["image_caption"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("Image:", post.Body, StringComparison.Ordinal);
        Assert.Equal(["## Schools", "## Health reform", "## Adoption and care", "## Troubled families", "## A year in office"], post.Body.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
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

    private static Dictionary<string, object?> Source(Dictionary<string, object?> post) => (Dictionary<string, object?>)post["source"]!;

    private static Dictionary<string, object?> Evidence(Dictionary<string, object?> post) => (Dictionary<string, object?>)Source(post)["author_evidence"]!;

    private List<Dictionary<string, object?>> PostFields() =>
        [.. Posts().Select(p => FrontMatter.ToPlainDictionary(FrontMatter.Parse(File.ReadAllText(p), p).Fields))];

    private List<string> Posts() =>
        Directory.Exists(Path.Combine(input, "posts"))
            ? [.. Directory.GetFiles(Path.Combine(input, "posts"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
}
