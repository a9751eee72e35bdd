using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Markdown.Links;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Publishing;
using AdcsSite.Generator.Templates;
using BenchmarkDotNet.Attributes;

namespace AdcsSite.Benchmarks;

/// <summary>
/// The hot stages of a build, one benchmark each, over a content folder (the real archive by default, or a
/// generated corpus through ADCS_BENCH_INPUT): front matter, Markdown, archive grouping, template rendering,
/// writing files, and the whole build into memory.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private ISourceTree input = null!;
    private ISourceTree theme = null!;
    private List<(string Path, string Text)> files = null!;
    private SiteContent content = null!;
    private Dictionary<string, RenderedMarkdown> rendered = null!;
    private ThemeTemplates templates = null!;
    private SiteModel model = null!;
    private List<TemplateOutput> pages = null!;
    private List<(string Path, byte[] Bytes)> written = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Repository.Root();
        input = new DiskSourceTree(Environment.GetEnvironmentVariable("ADCS_BENCH_INPUT") ?? Path.Combine(root, "input"));
        theme = new DiskSourceTree(Path.Combine(root, "theme"));
        files = [.. input.Files(ContentLoader.PostsFolder).Select(p => (p, input.ReadText(p)))];
        content = ContentLoader.Load(input, new LoadOptions()).Content;
        rendered = RenderMarkdown();
        templates = ThemeTemplates.Load(theme);
        model = GroupArchives();
        pages = [.. new OutputPlan(model, input.DisplayPath).Files().OfType<TemplateOutput>()];
        written = [.. pages.Select(p => (p.Path, RenderPage(p)))];
    }

    [Benchmark]
    public int ParseFrontMatter() =>
        files.Sum(f => PostReader.Read(FrontMatter.Parse(f.Text, f.Path), content.Settings).Post is null ? 0 : 1);

    [Benchmark]
    public Dictionary<string, RenderedMarkdown> RenderMarkdown()
    {
        var urls = new Permalinks(content.Settings);
        var targets = Permalinks.OfSources(content);
        return content.Posts.Select(p => (p.SourcePath, p.BodyLine))
            .Concat(content.Pages.Select(p => (p.SourcePath, p.BodyLine)))
            .ToDictionary(
                b => b.SourcePath,
                b => MarkdownRenderer.Render(ContentLoader.ReadBody(input, b.SourcePath), new LinkContext(b.SourcePath, b.SourcePath, b.BodyLine, targets), urls.PathPrefix, urls.AbsolutePrefix));
    }

    [Benchmark]
    public SiteModel GroupArchives() => new(content, rendered);

    [Benchmark]
    public long RenderPages() => pages.Sum(p => (long)RenderPage(p).Length);

    [Benchmark]
    public int WriteFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"adcs-bench-{Guid.NewGuid():N}");
        using (var sink = new DiskOutputSink(folder))
        {
            foreach (var (path, bytes) in written)
            {
                sink.Write(path, bytes);
            }

            sink.Commit();
        }

        Directory.Delete(folder, recursive: true);
        return written.Count;
    }

    [Benchmark]
    public int WholeBuildToMemory()
    {
        var sink = new MemoryOutputSink();
        return SiteBuilder.Build(input, theme, new BuildOptions(), sink).FilesWritten;
    }

    private byte[] RenderPage(TemplateOutput page)
    {
        var shared = SiteFunctions.Create(model.Links);
        shared["site"] = model.Site;
        return templates.Render(page.Layout, shared, page.Model(model), page.WrapIn);
    }
}
