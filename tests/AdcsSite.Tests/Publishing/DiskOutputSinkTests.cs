using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Outputs;
using AdcsSite.Generator.Publishing;

namespace AdcsSite.Tests.Publishing;

public sealed class DiskOutputSinkTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("adcs-sink-").FullName;

    private string Output => Path.Combine(root, "output");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Nothing_is_visible_until_commit_and_then_the_old_site_is_replaced()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "old.html"), "old");

        using (var sink = new DiskOutputSink(Output))
        {
            sink.Write("posts/a/index.html", "new"u8);
            Assert.True(File.Exists(Path.Combine(Output, "old.html")));
            Assert.False(File.Exists(Path.Combine(Output, "posts/a/index.html")));
            sink.Commit();
        }

        Assert.False(File.Exists(Path.Combine(Output, "old.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "posts/a/index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_written_in_chunks_holds_them_in_order_on_disk_and_in_memory()
    {
        IEnumerable<ReadOnlyMemory<byte>> Chunks()
        {
            var buffer = new byte[3];
            foreach (var part in new[] { "ab", "", "cde" })
            {
                // Each chunk reuses one buffer, as the search index's do: a sink must be done with it before asking for more.
                var length = Encoding.UTF8.GetBytes(part, buffer);
                yield return buffer.AsMemory(0, length);
            }
        }

        var memory = new MemoryOutputSink();
        using (IOutputSink disk = new DiskOutputSink(Output))
        {
            disk.Write("data/x.json", Chunks());
            ((IOutputSink)memory).Write("data/x.json", Chunks());
            disk.Commit();
            memory.Commit();
        }

        Assert.Equal("abcde", File.ReadAllText(Path.Combine(Output, "data/x.json")));
        Assert.Equal("abcde", memory.Text("data/x.json"));
    }

    [Fact]
    public void A_build_that_never_commits_leaves_the_previous_site_and_no_staging_folder()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "index.html"), "previous");

        using (var sink = new DiskOutputSink(Output))
        {
            sink.Write("index.html", "half-written"u8);
        }

        Assert.Equal("previous", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_a_clear_error()
    {
        File.WriteAllText(Output, "not a folder");

        var error = Assert.Throws<SiteException>(() => new DiskOutputSink(Output));

        Assert.Equal($"{Output}:0:0: error: the output path is a file, not a folder; remove it or choose another --output", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Two_outputs_with_one_path_are_reported_with_both_origins()
    {
        var files = new OutputFile[]
        {
            new DataOutput("about/index.html", "input/pages/about.md", () => Encoding.UTF8.GetBytes("a")),
            new DataOutput("about/index.html", "alias 'about' in input/posts/x.md", () => ReadOnlyMemory<byte>.Empty),
            new DataOutput("feed.xml", "feed", () => ReadOnlyMemory<byte>.Empty),
        };

        var collision = Assert.Single(OutputCollisions.Find(files));

        Assert.Equal("about/index.html:0:0: error: input/pages/about.md and alias 'about' in input/posts/x.md would both be written to 'about/index.html'; change a slug or alias so each has its own address", collision.ToString());
    }

    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("a/../../escaped.html")]
    [InlineData("/tmp/escaped.html")]
    public void A_path_outside_the_staging_folder_is_refused_and_nothing_is_written(string path)
    {
        using (var sink = new DiskOutputSink(Output))
        {
            var error = Assert.Throws<SiteException>(() => sink.Write(path, "x"u8));
            Assert.Equal($"{path}:0:0: error: refused: this path resolves outside the output folder", error.Diagnostics.Single().ToString());
        }

        Assert.False(File.Exists(Path.Combine(Output, "..", "escaped.html")));
        Assert.False(File.Exists("/tmp/escaped.html"));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void An_output_inside_a_folder_that_another_output_writes_as_a_file_is_reported()
    {
        var files = new OutputFile[]
        {
            new DataOutput("feed.xml", "feed of the site", () => ReadOnlyMemory<byte>.Empty),
            new DataOutput("feed.xml/index.html", "alias '/feed.xml/' in input/posts/x.md", () => ReadOnlyMemory<byte>.Empty),
        };

        var collision = Assert.Single(OutputCollisions.Find(files));

        Assert.Equal("feed.xml/index.html:0:0: error: alias '/feed.xml/' in input/posts/x.md needs 'feed.xml' to be a folder, but it is a file (feed of the site); change a slug or alias so each has its own address", collision.ToString());
    }
}
