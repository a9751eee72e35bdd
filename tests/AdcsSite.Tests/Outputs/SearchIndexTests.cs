using System.Text;
using System.Text.Json;
using AdcsSite.Generator.Outputs;
using AdcsSite.Tests.Support;
using static AdcsSite.Tests.Support.TestSite;

namespace AdcsSite.Tests.Outputs;

public class SearchIndexTests
{
    [Fact]
    public void Each_post_is_one_record_newest_first_with_its_full_text()
    {
        var model = TestModel.Of(new Dictionary<string, string>
        {
            ["site.yml"] = TestModel.Settings,
            ["posts/a.md"] = Post("Older “quoted”", "2019-01-01", "tags: [send, funding]\n", "Care <b>leavers</b> and **more**."),
            ["posts/b.md"] = Post("Newer", "2019-02-01", "date_estimated: true\n"),
        });

        var index = JsonDocument.Parse(DataOutput.Join(SearchIndex.Write(model))).RootElement;

        Assert.Equal(["Newer", "Older “quoted”"], index.EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        var older = index[1];
        Assert.Equal("/posts/a/", older.GetProperty("url").GetString());
        Assert.Equal("1 January 2019", older.GetProperty("date").GetString());
        Assert.Equal("send, funding", older.GetProperty("tags").GetString());
        Assert.Equal("Care <b>leavers</b> and more.", older.GetProperty("body").GetString());
        Assert.Equal("c. February 2019", index[0].GetProperty("date").GetString());
    }

    [Fact]
    public void Letters_are_written_as_they_are_and_markup_characters_escaped()
    {
        var model = TestModel.Of(new Dictionary<string, string> { ["site.yml"] = TestModel.Settings, ["posts/a.md"] = Post("Café <script>") });

        var json = Encoding.UTF8.GetString(DataOutput.Join(SearchIndex.Write(model)).Span);

        Assert.Contains("Café \\u003Cscript\\u003E", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_index_comes_in_several_chunks_that_join_into_one_document()
    {
        var files = new Dictionary<string, string> { ["site.yml"] = TestModel.Settings };
        for (var i = 0; i < 60; i++)
        {
            files[$"posts/p{i}.md"] = Post($"Post {i}", $"2019-01-{i % 28 + 1:00}", body: string.Join(' ', Enumerable.Repeat($"word{i}", 400)));
        }

        var model = TestModel.Of(files);

        Assert.True(SearchIndex.Write(model).Count() > 1);
        Assert.Equal(60, JsonDocument.Parse(DataOutput.Join(SearchIndex.Write(model))).RootElement.GetArrayLength());
    }
}
