using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;
using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs;

/// <summary>
/// Post views an earlier build of the same site made, for a model that may reuse those still valid. Only a
/// long-running process keeps them (Pipeline/Incremental); a one-off build makes every view.
/// </summary>
public interface IEarlierViews
{
    /// <summary>What every view of this build shows besides its post: the site's address and the views of its tags and authors.</summary>
    void UseContext(string siteUrl, IEnumerable<TermView> tags, IEnumerable<AuthorView> authors);

    /// <summary>The view of <paramref name="post"/> with this rendering: an earlier one if it is still valid, else <paramref name="create"/>'s.</summary>
    PostView GetOrCreate(Post post, RenderedMarkdown rendered, Func<PostView> create);
}
