using AdcsSite.Generator.Cli;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;

namespace AdcsSite.Tests.Cli;

public class GitHubActionsTests
{
    [Fact]
    public void An_error_is_a_workflow_command_with_file_line_and_column()
    {
        var finding = Diagnostic.Error("input/posts/a.md", 4, 12, "alias '../x/' leaves the site");

        Assert.Equal("::error file=input/posts/a.md,line=4,col=12::alias '../x/' leaves the site", GitHubActions.Annotation(finding, "input/posts/a.md"));
    }

    [Fact]
    public void A_warning_without_a_line_names_only_the_file()
    {
        var finding = Diagnostic.Warning("input/site.yml", 0, 0, "something");

        Assert.Equal("::warning file=input/site.yml::something", GitHubActions.Annotation(finding, "input/site.yml"));
    }

    [Fact]
    public void The_message_escapes_percent_and_line_breaks_and_the_file_also_escapes_commas_and_colons()
    {
        var finding = Diagnostic.Error("x", 1, 1, "100% wrong:\r\nsee a, b");

        Assert.Equal(
            "::error file=input/posts/a%2Cb%3Ac%25.md,line=1,col=1::100%25 wrong:%0D%0Asee a, b",
            GitHubActions.Annotation(finding, "input/posts/a,b:c%.md"));
    }

    [Theory]
    [InlineData("input/posts/a.md", "/repo", "input/posts/a.md")]
    [InlineData("../input/posts/a.md", "/repo/generator", "input/posts/a.md")]
    [InlineData("/repo/input/posts/a.md", "/elsewhere", "input/posts/a.md")]
    public void Paths_are_relative_to_the_repository_root_whatever_the_current_folder(string displayPath, string currentFolder, string expected) =>
        Assert.Equal(expected, GitHubActions.RepositoryPath(displayPath, currentFolder, "/repo"));

    [Fact]
    public void The_step_summary_gives_the_summary_line_and_the_counts_as_markdown()
    {
        var build = new BuildResult(104, 1, 26, 8, 216, [new StepTime("load content", TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.9), 1 << 20)], [Diagnostic.Warning("a", 1, 1, "w")]);

        Assert.Equal(
            "### Site build\n\nBuilt 104 posts\n\n| posts | pages | tags | authors | files | warnings | seconds |\n|---:|---:|---:|---:|---:|---:|---:|\n| 104 | 1 | 26 | 8 | 216 | 1 | 0.50 |\n",
            GitHubActions.StepSummary(build, "Built 104 posts"));
    }
}
