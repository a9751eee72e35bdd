using System.Collections.Concurrent;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Build;

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

    /// <summary>Bodies rendered for pages, with links relative to the base path.</summary>
    internal RenderedBodies<RenderedMarkdown> PageBodies { get; } = new();

    /// <summary>Bodies rendered for feeds, with absolute links.</summary>
    internal RenderedBodies<string> FeedBodies { get; } = new();

    /// <param name="paths">Relative to the input folder; a folder stands for everything under it.</param>
    public void ForgetInput(IEnumerable<string> paths) => Parsed.Forget(paths);

    public void ForgetTemplates() => Templates = null;

    public void Clear()
    {
        Parsed.Forget([""]);
        Templates = null;
        PageBodies.Clear();
        FeedBodies.Clear();
    }
}

/// <summary>
/// Rendered Markdown bodies by source path. One stays valid while its text is the same and every link target of
/// the site is too: a link to another post renders that post's URL, so a new slug anywhere invalidates them all.
/// </summary>
internal sealed class RenderedBodies<T>
{
    private readonly ConcurrentDictionary<string, (string Body, int Line, T Value)> entries = new(StringComparer.Ordinal);
    private (string Prefix, IReadOnlyDictionary<string, string> Targets)? links;

    public void KeepOnlyIfLinksAre(string prefix, IReadOnlyDictionary<string, string> urlOfSource)
    {
        if (links is not { } known || known.Prefix != prefix || !SameTargets(known.Targets, urlOfSource))
        {
            entries.Clear();
        }

        links = (prefix, urlOfSource);
    }

    /// <param name="line">Where the body starts in its file: the line numbers of link errors depend on it.</param>
    public T GetOrRender(string path, string body, int line, Func<T> render)
    {
        if (entries.TryGetValue(path, out var entry) && entry.Line == line && string.Equals(entry.Body, body, StringComparison.Ordinal))
        {
            return entry.Value;
        }

        var value = render();
        entries[path] = (body, line, value);
        return value;
    }

    public void Clear()
    {
        entries.Clear();
        links = null;
    }

    private static bool SameTargets(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var url) && url == kv.Value);
}
