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

    public static ReadOnlyMemory<byte> Write(SiteModel model)
    {
        // Sized up front: growing by doubling would briefly need twice the index, which is tens of MB on a big site.
        var buffer = new ArrayBufferWriter<byte>(model.Rendered.Values.Sum(r => r.Text.Length) + (model.Posts.Count * 512) + 16);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
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
            }

            json.WriteEndArray();
        }

        return buffer.WrittenMemory;
    }
}
