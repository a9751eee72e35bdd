using AdcsSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace AdcsSite.Tests.EndToEnd;

/// <summary>The GitHub workflows are code too: parse them and check what deployment depends on.</summary>
public class WorkflowTests
{
    private static YamlMappingNode Workflow(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<string> Runs(YamlMappingNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.OfType<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("run")).Select(s => ((YamlScalarNode)s["run"]).Value!);

    private static IEnumerable<string> Uses(YamlMappingNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.OfType<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("uses")).Select(s => ((YamlScalarNode)s["uses"]).Value!);

    private static string ReadmeTestCommand() =>
        File.ReadAllLines(Path.Combine(TestSite.RepositoryRoot, "README.md"))
            .Select(l => l.Split('#')[0].Trim())
            .First(l => l.StartsWith("dotnet test", StringComparison.Ordinal));

    [Fact]
    public void Pages_deploys_after_a_tested_build_that_uses_the_configured_base_url()
    {
        var jobs = (YamlMappingNode)Workflow("pages.yml")["jobs"];
        var build = (YamlMappingNode)jobs["build"];
        var deploy = (YamlMappingNode)jobs["deploy"];

        Assert.Equal("build", ((YamlScalarNode)deploy["needs"]).Value);
        Assert.Contains(Uses(build), u => u.StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        Assert.Contains(Uses(build), u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Contains(Uses(deploy), u => u.StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.Contains(ReadmeTestCommand(), Runs(build));
        Assert.Contains(Runs(build), r => r.Contains("-- build", StringComparison.Ordinal) && r.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", StringComparison.Ordinal));
        Assert.Equal("write", ((YamlScalarNode)((YamlMappingNode)deploy["permissions"])["pages"]).Value);
        Assert.Equal("read", ((YamlScalarNode)((YamlMappingNode)Workflow("pages.yml")["permissions"])["contents"]).Value);
        Assert.True(Workflow("pages.yml").Children.ContainsKey("concurrency"));
    }

    [Fact]
    public void Ci_runs_the_readme_test_command_and_check()
    {
        var test = (YamlMappingNode)((YamlMappingNode)Workflow("ci.yml")["jobs"])["test"];

        Assert.Contains(ReadmeTestCommand(), Runs(test));
        Assert.Contains(Runs(test), r => r.Contains("-- check", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ci_script_runs_the_readme_test_command()
    {
        var script = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, ".ci", "run"));

        Assert.Contains(ReadmeTestCommand(), script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ci.yml", "test")]
    [InlineData("pages.yml", "build")]
    public void Content_is_checked_with_findings_shown_on_the_diff_before_any_site_is_built(string workflow, string jobName)
    {
        var runs = Runs((YamlMappingNode)((YamlMappingNode)Workflow(workflow)["jobs"])[jobName]).ToList();

        var check = runs.FindIndex(r => r.Contains("-- check --format github", StringComparison.Ordinal));
        Assert.True(check >= 0, $"{workflow} does not run check --format github");
        Assert.DoesNotContain(runs.Take(check), r => r.Contains("-- build", StringComparison.Ordinal));
    }
}
