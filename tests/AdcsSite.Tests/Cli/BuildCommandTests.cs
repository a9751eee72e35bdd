using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("adcs-build-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Under_github_actions_the_build_appends_its_summary_to_the_job_page()
    {
        Directory.CreateDirectory(Path.Combine(folder, "input", "posts"));
        File.WriteAllText(Path.Combine(folder, "input", "posts", "a.md"), TestSite.Post("A"));
        var summary = Path.Combine(folder, "summary.md");
        File.WriteAllText(summary, "earlier step\n");

        var (exitCode, output, _) = GeneratorProcess.Run(
            folder,
            [("GITHUB_STEP_SUMMARY", summary)],
            "build", "--input", "input", "--output", "output", "--theme", Path.Combine(TestSite.RepositoryRoot, "theme"));

        Assert.Equal(0, exitCode);
        var lines = File.ReadAllLines(summary);
        Assert.Equal(["earlier step", "### Site build", "", output.Trim(), ""], lines[..5]);
        var files = System.Text.RegularExpressions.Regex.Match(output, @": (\d+) files in").Groups[1].Value;
        Assert.Matches($@"^\| 1 \| 0 \| 0 \| 0 \| {files} \| 0 \| \d+\.\d\d \|$", lines[^1]);
    }

    [Fact]
    public void A_verbose_build_times_each_step_with_its_CPU_and_allocations_and_says_what_compiling_and_garbage_collection_cost()
    {
        Directory.CreateDirectory(Path.Combine(folder, "input", "posts"));
        File.WriteAllText(Path.Combine(folder, "input", "posts", "a.md"), TestSite.Post("A"));

        var (exitCode, output, _) = GeneratorProcess.Run(
            folder,
            "build", "--verbose", "--input", "input", "--output", "output", "--theme", Path.Combine(TestSite.RepositoryRoot, "theme"));

        Assert.Equal(0, exitCode);
        foreach (var step in new[] { "load content", "render markdown", "group archives", "plan outputs", "render and write pages" })
        {
            Assert.Matches($@"(?m)^  {step} +\d+\.\d ms, +\d+ ms CPU, +\d+ MiB allocated$", output);
        }

        Assert.Matches(@"(?m)^  just-in-time compiling +\d+\.\d ms for \d+ methods$", output);
        Assert.Matches(@"(?m)^  garbage collection +\d+\.\d ms paused in \d+ collections \(\d+ gen 1, \d+ gen 2\), \d+ MiB allocated$", output);
    }
}
