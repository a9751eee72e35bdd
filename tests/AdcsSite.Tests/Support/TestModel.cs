using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Pipeline.Incremental;

namespace AdcsSite.Tests.Support;

/// <summary>The site model of an inline map of input files, loaded and rendered as a build does; no page is rendered.</summary>
public static class TestModel
{
    public const string Settings = "title: Test & Co\nbase_url: https://example.org/\nposts_per_page: 2\nnow: 2020-01-01\n";

    public static SiteModel Of(IReadOnlyDictionary<string, string> files) =>
        SiteBuilder.Plan(new MemorySourceTree(files, "input"), TestSite.Theme, new BuildOptions(), new BuildCache()).Model;
}
