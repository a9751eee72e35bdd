using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Pipeline;

/// <summary>
/// Work a long-running process (the preview server) keeps between builds of the same input and theme, so a
/// rebuild redoes only what changed. Its owner reports changes: <see cref="ForgetInput"/> for content files,
/// <see cref="ForgetTemplates"/> for layouts and partials, <see cref="Clear"/> for settings and data files
/// (they change how every post is read). A new cache makes a cold build. One build at a time may use it.
/// </summary>
public sealed class BuildCache
{
    public ParsedFileCache Parsed { get; } = new();

    internal ThemeTemplates? Templates { get; set; }

    internal RenderedBodies Bodies { get; } = new();

    internal RelatedPosts Related { get; } = new();

    internal PostViewCache Views { get; } = new();

    /// <param name="paths">Relative to the input folder; a folder stands for everything under it.</param>
    public void ForgetInput(IEnumerable<string> paths)
    {
        var changed = paths.ToList();
        Parsed.Forget(changed);
        Bodies.Forget(changed);
    }

    public void ForgetTemplates() => Templates = null;

    public void Clear()
    {
        Parsed.Forget([""]);
        ForgetTemplates();
        Bodies.Clear();
        Related.Clear();
        Views.Clear();
    }
}
