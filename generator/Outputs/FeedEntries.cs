using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs;

public static class FeedEntries
{
    /// <summary>
    /// Atom entries for <paramref name="posts"/>. Entry ids are tag URIs from the source file and the publication
    /// day, so editing a title (or the slug) does not make readers see the post as new.
    /// </summary>
    public static IReadOnlyList<FeedEntryView> Create(SiteModel model, IReadOnlyList<Post> posts) =>
    [
        .. posts.Select(post =>
        {
            var view = model.ViewOf(post);
            return new FeedEntryView(
                view.Title,
                view.AbsoluteUrl,
                EntryId(model.Settings, post),
                view.DateIso,
                view.DateIso,
                [.. view.Authors.Select(a => a.Name)],
                [.. view.Tags.Select(t => t.Name)],
                view.Summary,
                model.Rendered[post.SourcePath].FeedHtml
                    ?? throw new InvalidOperationException($"{post.SourcePath} is in a feed but was not rendered for feeds"));
        }),
    ];

    public static string EntryId(SiteSettings settings, Post post)
    {
        var authority = BaseUrls.HostOf(settings.BaseUrl) ?? "localhost";
        var day = TimeZoneInfo.ConvertTime(post.Date, settings.TimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var stem = post.SourcePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? post.SourcePath[..^3] : post.SourcePath;
        return $"tag:{authority},{day}:/{stem}";
    }
}
