using System.Runtime.CompilerServices;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Pipeline.Incremental;

/// <summary>
/// Post views kept between builds by a long-running process. A view is made from its post, the post's rendered
/// Markdown, the site's address and the views of its tags and authors (a tag's post count shows on every post with
/// the tag), so one stays valid while the post and rendered Markdown are the same objects and the rest is unchanged.
/// Settings that change how dates read are not compared: a settings change clears the whole cache.
/// Making ten thousand views again after every saved post is most of what grouping costs.
/// </summary>
internal sealed class PostViewCache : IEarlierViews
{
    private readonly ConditionalWeakTable<Post, Entry> entries = [];
    private (string SiteUrl, TermView[] Tags, AuthorView[] Authors)? context;

    public void UseContext(string siteUrl, IEnumerable<TermView> tags, IEnumerable<AuthorView> authors)
    {
        TermView[] tagViews = [.. tags];
        AuthorView[] authorViews = [.. authors];
        if (context is not { } known || known.SiteUrl != siteUrl || !known.Tags.SequenceEqual(tagViews) || !known.Authors.SequenceEqual(authorViews))
        {
            entries.Clear();
            context = (siteUrl, tagViews, authorViews);
        }
    }

    public PostView GetOrCreate(Post post, RenderedMarkdown rendered, Func<PostView> create)
    {
        if (entries.TryGetValue(post, out var entry) && ReferenceEquals(entry.Rendered, rendered))
        {
            return entry.View;
        }

        var view = create();
        entries.AddOrUpdate(post, new Entry(rendered, view));
        return view;
    }

    public void Clear()
    {
        entries.Clear();
        context = null;
    }

    private sealed record Entry(RenderedMarkdown Rendered, PostView View);
}
