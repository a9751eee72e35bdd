using AdcsSite.Generator.Pipeline;
using NetArchTest.Rules;

namespace AdcsSite.Tests.Architecture;

/// <summary>Dependencies run one way: Content ← Markdown ← Templates ← Archives/Outputs ← Publishing ← Pipeline ← Preview/Cli.</summary>
public class DependencyTests
{
    private const string Root = "AdcsSite.Generator";

    public static TheoryData<string, string[]> Layers() => new()
    {
        { "Content", ["Markdown", "Templates", "Archives", "Outputs", "Publishing", "Pipeline", "Preview", "Import", "Cli"] },
        { "Markdown", ["Templates", "Archives", "Outputs", "Publishing", "Pipeline", "Preview", "Import", "Cli"] },
        { "Templates", ["Markdown", "Archives", "Outputs", "Publishing", "Pipeline", "Preview", "Import", "Cli"] },
        { "Archives", ["Markdown", "Templates", "Outputs", "Publishing", "Pipeline", "Preview", "Import", "Cli"] },
        { "Outputs", ["Publishing", "Pipeline", "Preview", "Import", "Cli"] },
        { "Publishing", ["Pipeline", "Preview", "Import", "Cli"] },
        { "Pipeline", ["Preview", "Import", "Cli"] },
        { "Preview", ["Markdown", "Archives", "Import", "Cli"] },
        { "Cli", ["Markdown", "Templates", "Archives", "Outputs"] },
        { "Import", ["Markdown", "Templates", "Archives", "Outputs", "Publishing", "Pipeline", "Preview", "Cli"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_stage_does_not_depend_on_later_stages(string stage, string[] forbidden)
    {
        var result = Types.InAssembly(typeof(SiteBuilder).Assembly)
            .That().ResideInNamespace($"{Root}.{stage}")
            .ShouldNot().HaveDependencyOnAny([.. forbidden.Select(f => $"{Root}.{f}")])
            .GetResult();

        Assert.True(result.IsSuccessful, $"{stage} depends on a later stage: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Only_preview_touches_asp_net_core()
    {
        var result = Types.InAssembly(typeof(SiteBuilder).Assembly)
            .That().DoNotResideInNamespace($"{Root}.Preview")
            .ShouldNot().HaveDependencyOn("Microsoft.AspNetCore")
            .GetResult();

        Assert.True(result.IsSuccessful, $"outside Preview: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
