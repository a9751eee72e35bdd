using AdcsSite.Generator.Cli;
using AdcsSite.Tests.Import;

namespace AdcsSite.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string input = Path.Combine(Path.GetTempPath(), $"adcs-import-cli-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(input, recursive: true);

    [Fact]
    public void A_dry_run_prints_the_summary_and_writes_nothing()
    {
        var (exit, output) = DryRun(RawDumps.Byline);

        Assert.Equal(0, exit);
        Assert.Contains("1 articles from 1 dumps: would write 2 new", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "posts")));
    }

    [Fact]
    public void A_dry_run_lists_each_suggested_writer_with_the_quoted_evidence()
    {
        var (_, output) = DryRun(RawDumps.Blog);

        Assert.Contains(
            "suggested writer (medium confidence, not applied): posts/2018/the-year-ahead.md: Alison Michalska; to accept, set authors: [alison-michalska]\n"
            + "    001_d6c766277591dfe6.txt article 78 (2018-01-05), the writer: \"In Nottingham, we\" (Director of children’s services, Nottingham)\n"
            + "    001_d6c766277591dfe6.txt article 65 (2018-04-03), by Alison Michalska as attributed there, says \"my team in Nottingham\"\n",
            output.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.Contains(", 6 writers suggested, 0 errors (dry run: nothing written)", output, StringComparison.Ordinal);
    }

    private (int Exit, string Output) DryRun(string dump)
    {
        Directory.CreateDirectory(Path.Combine(input, "raw"));
        File.Copy(Path.Combine(RawDumps.RawFolder, dump), Path.Combine(input, "raw", dump));
        File.Copy(Path.Combine(RawDumps.RepositoryRoot, "input", "tags.yml"), Path.Combine(input, "tags.yml"));
        var output = new StringWriter();
        var original = Console.Out;
        try
        {
            Console.SetOut(output);
            return (ImportCommand.Create(new SiteFolders()).Parse(["--input", input, "--dry-run"]).Invoke(), output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
