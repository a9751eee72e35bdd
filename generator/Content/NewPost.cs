using System.Globalization;

namespace AdcsSite.Generator.Content;

/// <summary>What <c>new post</c> writes: a post file with its front matter filled in, at posts/&lt;yyyy&gt;/&lt;slug&gt;.md.</summary>
public static class NewPost
{
    public static (string Path, string Text) Compose(string title, DateOnly date, IReadOnlyList<string> authors, IReadOnlyList<string> tags)
    {
        var slug = Slug.From(title);
        var text = FrontMatterWriter.Write(
            [
                new("title", title),
                new("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new("authors", authors.Count > 0 ? authors.ToList() : null),
                new("tags", tags.Count > 0 ? tags.ToList() : null),
                new("summary", "One or two sentences shown on the home page and in search results."),
            ],
            "Write the post here, in Markdown.");
        return ($"{ContentLoader.PostsFolder}/{date.Year}/{slug}.md", text);
    }
}
