using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Publishing;
using AdcsSite.Generator.Templates;
using Scriban.Runtime;

namespace AdcsSite.Generator.Pipeline;

/// <summary>
/// A site whose content is loaded and grouped and whose every file is decided, with nothing rendered yet. Rendering
/// one file reads only this plan, so files can be rendered in any order, on any thread, or only when asked for.
/// </summary>
public sealed class PlannedSite
{
    private readonly SiteModel model;
    private readonly ThemeTemplates templates;

    /// <summary>Template functions and the site view: the same for every page, and only read while rendering.</summary>
    private readonly ScriptObject shared;

    /// <param name="contentWarnings">What loading input/ warned about; the bodies' own warnings come from <paramref name="model"/>.</param>
    internal PlannedSite(SiteModel model, IReadOnlyList<OutputFile> files, ThemeTemplates templates, IReadOnlyList<Diagnostic> contentWarnings, IReadOnlyList<StepTime> steps)
    {
        this.model = model;
        this.templates = templates;
        Files = files;
        ContentWarnings = contentWarnings;
        Warnings = [.. contentWarnings, .. SiteBuilder.InFileOrder(model.Rendered.Values.SelectMany(body => body.Diagnostics))];
        Steps = steps;
        shared = SiteFunctions.Create(model.Links);
        shared["site"] = model.Site;
    }

    public IReadOnlyList<OutputFile> Files { get; }

    internal SiteModel Model => model;

    internal ThemeTemplates Templates => templates;

    /// <summary>Everything the build warns about: content first, then what rendering bodies changed, in file order.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    internal IReadOnlyList<Diagnostic> ContentWarnings { get; }

    /// <summary>How long each step of planning took, and what it cost.</summary>
    public IReadOnlyList<StepTime> Steps { get; }

    /// <summary>The bytes of one file of the plan; a template error is a <see cref="SiteException"/>.</summary>
    public ReadOnlyMemory<byte> Render(OutputFile file) => file switch
    {
        TemplateOutput page => Render(page),
        DataOutput data => data.Bytes(),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file.GetType().Name, "not a kind of output file"),
    };

    public byte[] Render(TemplateOutput page) => templates.Render(page.Layout, shared, page.Model(model), page.WrapIn);

    /// <summary>Renders one page into <paramref name="sink"/>, with no copy of its bytes in between.</summary>
    public void Write(TemplateOutput page, IOutputSink sink) =>
        templates.Render(page.Layout, shared, page.Model(model), page.WrapIn, bytes =>
        {
            sink.Write(page.Path, bytes);
            return bytes.Length;
        });

    internal BuildResult Result(int filesWritten, IReadOnlyList<StepTime> steps) =>
        new(model.Content.Posts.Count, model.Content.Pages.Count, model.Tags.Count, model.Authors.Count, filesWritten, steps, Warnings);
}
