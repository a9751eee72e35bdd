using AdcsSite.Generator.Build;
using NetArchTest.Rules;

namespace AdcsSite.Tests.Preview;

public class PreviewBoundaryTests
{
    [Fact]
    public void Only_the_preview_touches_aspnet_core()
    {
        var result = Types.InAssembly(typeof(SiteBuilder).Assembly)
            .That().DoNotResideInNamespace("AdcsSite.Generator.Preview")
            .ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.Extensions.Hosting")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
