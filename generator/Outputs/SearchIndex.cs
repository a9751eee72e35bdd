using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AdcsSite.Generator.Outputs;

/// <summary>The JSON the search page loads: one compact record per post, newest first.</summary>
public static class SearchIndex
{
    // Letters outside ASCII (typographic quotes, accents) are written as they are, not as six-byte \u escapes;
    // characters that matter to HTML are still escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    // The index of a large site is tens of MB, nearly all body text: it is handed out in pieces of about this size,
    // each written before the next is made, so it never sits whole in memory beside the texts it is made from.
    private const int ChunkSize = 64 * 1024;

    /// <summary>The index as chunks in order; each is valid only until the next is asked for.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Write(SiteModel model)
    {
        var buffer = new ArrayBufferWriter<byte>(2 * ChunkSize);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder });
        json.WriteStartArray();
        for (var i = 0; i < model.Posts.Count; i++)
        {
            var post = model.Posts[i];
            json.WriteStartObject();
            json.WriteString("title", post.Title);
            json.WriteString("url", post.Url);
            json.WriteString("date", post.DateLabel);
            json.WriteString("summary", post.Summary);
            json.WriteString("tags", string.Join(", ", post.Tags.Select(t => t.Name)));
            json.WriteString("authors", string.Join(", ", post.Authors.Select(a => a.Name)));
            json.WriteString("body"u8, model.Rendered[model.Content.Posts[i].SourcePath].Text);
            json.WriteEndObject();
            json.Flush();
            if (buffer.WrittenCount >= ChunkSize)
            {
                yield return buffer.WrittenMemory;
                buffer.ResetWrittenCount();
            }
        }

        json.WriteEndArray();
        json.Flush();
        yield return buffer.WrittenMemory;
    }
}
