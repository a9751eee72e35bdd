using AdcsSite.Generator.Build;
using NetArchTest.Rules;

namespace AdcsSite.Tests.Architecture;

/// <summary>Dependencies run one way: Content ← Markdown ← Templates ← Archives/Outputs ← Publishing ← Build ← Preview/Cli.</summary>
public class DependencyTests
{
    private const string Root = "AdcsSite.Generator";

    public static TheoryData<string, string[]> Layers() => new()
    {
        { "Content", ["Markdown", "Templates", "Archives", "Outputs", "Publishing", "Build", "Preview", "Import", "Cli"] },
        { "Markdown", ["Templates", "Archives", "Outputs", "Publishing", "Build", "Preview", "Import", "Cli"] },
        { "Templates", ["Markdown", "Archives", "Outputs", "Publishing", "Build", "Preview", "Import", "Cli"] },
        { "Archives", ["Markdown", "Templates", "Outputs", "Publishing", "Build", "Preview", "Import", "Cli"] },
        { "Outputs", ["Publishing", "Build", "Preview", "Import", "Cli"] },
        { "Publishing", ["Build", "Preview", "Import", "Cli"] },
        { "Build", ["Preview", "Import", "Cli"] },
        { "Import", ["Markdown", "Templates", "Archives", "Outputs", "Publishing", "Build", "Preview", "Cli"] },
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
