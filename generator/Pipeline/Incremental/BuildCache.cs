using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Pipeline.Incremental;

/// <summary>
/// Work a long-running process (the preview server) keeps between builds of the same input and theme, so a
/// rebuild redoes only what changed. Its owner reports changes: <see cref="ForgetInput"/> for content files,
/// <see cref="ForgetTemplates"/> for layouts and partials, <see cref="Clear"/> for settings and data files
/// (they change how every post is read). A new cache makes a cold build. One build at a time may use it.
/// </summary>
/// <remarks>
/// The one place that makes and holds the caches of every stage: parsed files (Content), parsed templates
/// (Templates), rendered bodies (Markdown), related posts (Archives) and post views (Outputs). The stages themselves
/// stay pure; a build asks this factory for what it may reuse.
/// </remarks>
public sealed class BuildCache
{
    private readonly RelatedPosts related = new();
    private ThemeTemplates? templates;

    internal ParsedFileCache Parsed { get; } = new();

    internal RenderedBodies Bodies { get; } = new();

    internal PostViewCache Views { get; } = new();

    /// <summary>The theme's templates, parsed again only after <see cref="ForgetTemplates"/>.</summary>
    internal ThemeTemplates Templates(ISourceTree theme) => templates ??= ThemeTemplates.Load(theme);

    /// <summary>The site model, with the related posts and post views of earlier builds where they still hold.</summary>
    internal SiteModel Model(SiteContent content, IReadOnlyDictionary<string, RenderedMarkdown> rendered) =>
        new(content, rendered, related.Of(content.Posts, SiteModel.RelatedCount), Views);

    /// <param name="paths">Relative to the input folder; a folder stands for everything under it.</param>
    public void ForgetInput(IEnumerable<string> paths)
    {
        var changed = paths.ToList();
        Parsed.Forget(changed);
        Bodies.Forget(changed);
    }

    public void ForgetTemplates() => templates = null;

    public void Clear()
    {
        Parsed.Forget([""]);
        ForgetTemplates();
        Bodies.Clear();
        related.Clear();
        Views.Clear();
    }
}
