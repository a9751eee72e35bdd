using AdcsSite.Generator.Outputs.Views;
using AdcsSite.Generator.Templates;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>post.html: a post, its rendered body, its neighbours in time and the posts most like it.</summary>
public sealed record PostModel(PageMeta Page, PostView Post, RawUtf8Html Body, PostView? Newer, PostView? Older, IReadOnlyList<PostView> Related) : IShellModel, ILayoutFile
{
    public static string Layout => "post.html";
}
