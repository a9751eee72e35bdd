using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Markdown;

namespace AdcsSite.Generator.Outputs.Search;

/// <summary>
/// The files search reads, all under <see cref="Folder"/>: <c>meta.json</c> (how the index is split), one bucket of
/// postings per <c>terms/N.bin</c> (<see cref="SearchIndex"/>), and one <c>docs/ID.txt</c> per post holding what a
/// result shows: a line of JSON (title, URL, date, authors, tags, summary), then the post's plain text for snippets.
/// A query fetches meta.json, a bucket per word, and the documents of the results on screen.
/// </summary>
public static class SearchFiles
{
    /// <summary>The index's folder as an output path: "search-index/".</summary>
    public static readonly string Folder = Permalinks.SearchIndexFolder.TrimStart('/');

    // Letters outside ASCII (typographic quotes, accents) are written as they are, not as six-byte \u escapes;
    // characters that matter to HTML are still escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The index of every post, not built yet. It needs only content and bodies, not the site model, so a build can
    /// start it (<see cref="SearchIndex.StartBuilding"/>) while the model and plan are made.
    /// </summary>
    public static SearchIndex Index(SiteContent content, IReadOnlyDictionary<string, RenderedMarkdown> rendered)
    {
        var posts = content.Posts;
        // Oldest first, so that publishing a new post gives it the next id and leaves every other file as it was.
        var documents = new SearchDocument[posts.Count];
        for (var id = 0; id < documents.Length; id++)
        {
            documents[id] = Document(content, rendered, posts[posts.Count - 1 - id]);
        }

        return new SearchIndex(documents);
    }

    /// <param name="index">The index of <paramref name="model"/>'s posts, from <see cref="Index"/>: made only when a bucket is written.</param>
    public static IEnumerable<DataOutput> Outputs(SiteModel model, Lazy<SearchIndex> index)
    {
        var count = model.Posts.Count;
        var bucketCount = SearchText.BucketCount(count);
        yield return new DataOutput(Permalinks.SearchIndex, "search index", () => Meta(bucketCount, count));
        for (var bucket = 0; bucket < bucketCount; bucket++)
        {
            var b = bucket;
            yield return new DataOutput($"{Folder}terms/{b.ToString(CultureInfo.InvariantCulture)}.bin", "search index", () => index.Value.Bucket(b));
        }

        for (var id = 0; id < count; id++)
        {
            var post = count - 1 - id;
            yield return new DataOutput($"{Folder}docs/{id.ToString(CultureInfo.InvariantCulture)}.txt", "search index", () => DocumentFile(model, post));
        }
    }

    private static SearchDocument Document(SiteContent content, IReadOnlyDictionary<string, RenderedMarkdown> rendered, Post post)
    {
        var body = rendered[post.SourcePath];
        return new SearchDocument(
            post.Title,
            [.. post.TagIds.Select(id => content.Tags[id].Name), .. post.AuthorIds.Select(id => content.Authors[id].Name)],
            SiteModel.SummaryOf(post.Summary, body),
            body.Text);
    }

    private static ReadOnlyMemory<byte> Meta(int bucketCount, int documents) => Json(json =>
    {
        json.WriteNumber("buckets", bucketCount);
        json.WriteNumber("keyLength", SearchText.KeyLength);
        json.WriteNumber("maxTermBytes", SearchText.MaxTermBytes);
        json.WriteNumber("documents", documents);
    });

    /// <summary>The header line, then the body as it is: plain text has no line breaks, so the first one ends the header.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> DocumentFile(SiteModel model, int post)
    {
        var view = model.Posts[post];
        yield return Json(json =>
        {
            json.WriteString("title", view.Title);
            json.WriteString("url", view.Url);
            json.WriteString("date", view.DateLabel);
            json.WriteString("authors", string.Join(", ", view.Authors.Select(a => a.Name)));
            json.WriteString("tags", string.Join(", ", view.Tags.Select(t => t.Name)));
            json.WriteString("summary", view.Summary);
        }, "\n"u8);
        yield return model.Rendered[model.Content.Posts[post].SourcePath].Text;
    }

    private static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> properties, ReadOnlySpan<byte> after = default)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            properties(json);
            json.WriteEndObject();
        }

        buffer.Write(after);
        return buffer.WrittenMemory;
    }
}
