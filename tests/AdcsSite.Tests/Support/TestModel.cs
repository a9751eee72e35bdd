using AdcsSite.Generator.Archives;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Markdown.Links;
using AdcsSite.Generator.Outputs;

namespace AdcsSite.Tests.Support;

/// <summary>The site model of an inline map of input files, loaded and rendered as a build does, without the theme.</summary>
public static class TestModel
{
    public const string Settings = "title: Test & Co\nbase_url: https://example.org/\nposts_per_page: 2\nnow: 2020-01-01\n";

    public static SiteModel Of(IReadOnlyDictionary<string, string> files)
    {
        var input = new MemorySourceTree(files, "input");
        var (content, _) = ContentLoader.Load(input, new LoadOptions());
        var links = new Permalinks(content.Settings);
        var urls = Permalinks.OfSources(content);
        var inFeeds = FeedMembers.SourcesOf(content.Posts);
        var rendered = content.Posts.Select(p => (p.SourcePath, p.BodyLine))
            .Concat(content.Pages.Select(p => (p.SourcePath, p.BodyLine)))
            .ToDictionary(
                b => b.SourcePath,
                b => MarkdownRenderer.Render(
                    ContentLoader.ReadBody(input, b.SourcePath),
                    new LinkContext(b.SourcePath, input.DisplayPath(b.SourcePath), b.BodyLine, urls),
                    links.PathPrefix,
                    inFeeds.Contains(b.SourcePath) ? links.AbsolutePrefix : null),
                StringComparer.Ordinal);
        return new SiteModel(content, rendered);
    }
}
