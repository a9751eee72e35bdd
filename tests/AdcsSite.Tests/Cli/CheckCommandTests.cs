using System.Text.Json;
using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string input = Directory.CreateTempSubdirectory("adcs-check-").FullName;

    public void Dispose() => Directory.Delete(input, recursive: true);

    private void Post(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(input, "posts"));
        File.WriteAllText(Path.Combine(input, "posts", name), text);
    }

    [Fact]
    public void Findings_are_lines_with_file_line_and_column_and_an_error_exits_1()
    {
        File.WriteAllText(Path.Combine(input, "tags.yml"), "funding:\n  name: Funding\n");
        Post("a.md", TestSite.Post("A", extra: "tags: [fundng]\n", body: "See [gone](gone.md)."));

        var (exitCode, output, _) = GeneratorProcess.Run(input, "check", "--input", ".", "--theme", Path.Combine(TestSite.RepositoryRoot, "theme"));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "./posts/a.md:4:7: warning: 'fundng' is not defined in tags.yml; did you mean 'funding'?\n"
            + "./posts/a.md:7:5: error: link to 'gone.md' points to no post or page: there is no posts/gone.md in the input folder\n"
            + "1 errors, 1 warnings\n",
            output);
    }

    [Fact]
    public void Json_format_gives_the_same_findings_for_tools()
    {
        Post("a.md", TestSite.Post("A", extra: "draft: true\n"));

        var (exitCode, output, _) = GeneratorProcess.Run(input, "check", "--input", ".", "--format", "json", "--theme", Path.Combine(TestSite.RepositoryRoot, "theme"));

        Assert.Equal(0, exitCode);
        var finding = JsonDocument.Parse(output).RootElement.EnumerateArray().Single();
        Assert.Equal("./posts/a.md", finding.GetProperty("path").GetString());
        Assert.Equal(4, finding.GetProperty("line").GetInt32());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("draft: not published until 'draft: true' is removed", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void Github_format_prints_workflow_commands_with_paths_from_the_repository_root()
    {
        Post("a.md", TestSite.Post("A", extra: "draft: true\n", body: "See [gone](gone.md)."));
        var repository = Path.GetDirectoryName(input)!;

        var (exitCode, output, _) = GeneratorProcess.Run(input, [("GITHUB_WORKSPACE", repository)], "check", "--input", ".", "--format", "github", "--theme", Path.Combine(TestSite.RepositoryRoot, "theme"));

        var file = $"{Path.GetFileName(input)}/posts/a.md";
        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"::warning file={file},line=4,col=8::draft: not published until 'draft: true' is removed\n"
            + $"::error file={file},line=7,col=5::link to 'gone.md' points to no post or page: there is no posts/gone.md in the input folder\n"
            + "1 errors, 1 warnings\n",
            output);
    }
}
