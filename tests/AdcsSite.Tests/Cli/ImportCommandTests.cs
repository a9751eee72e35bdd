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
        Directory.CreateDirectory(Path.Combine(input, "raw"));
        File.Copy(Path.Combine(RawDumps.RawFolder, RawDumps.Byline), Path.Combine(input, "raw", RawDumps.Byline));
        File.Copy(Path.Combine(RawDumps.RepositoryRoot, "input", "tags.yml"), Path.Combine(input, "tags.yml"));
        var output = new StringWriter();
        var original = Console.Out;

        int exit;
        try
        {
            Console.SetOut(output);
            exit = ImportCommand.Create(new SiteFolders()).Parse(["--input", input, "--dry-run"]).Invoke();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(0, exit);
        Assert.Contains("1 articles from 1 dumps: would write 2 new", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "posts")));
    }
}
