using AdcsSite.Generator.Outputs.Views;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>post.html: a post, its rendered body, its neighbours in time, the posts most like it, and where to edit it.</summary>
public sealed record PostModel(PageMeta Page, PostView Post, RawUtf8Html Body, PostView? Newer, PostView? Older, IReadOnlyList<PostView> Related, string? EditUrl) : IShellModel, ILayoutFile
{
    public static string Layout => "post.html";
}
