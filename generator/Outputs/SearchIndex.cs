using System.Buffers;
using System.Text.Json;

namespace AdcsSite.Generator.Outputs;

/// <summary>The JSON the search page loads: one compact record per post, newest first.</summary>
public static class SearchIndex
{
    public static ReadOnlyMemory<byte> Write(SiteModel model)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var i = 0; i < model.Posts.Count; i++)
            {
                var post = model.Posts[i];
                json.WriteStartObject();
                json.WriteString("title", post.Title);
                json.WriteString("url", post.Url);
                json.WriteString("date", post.DateDisplay);
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
