using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Publishing;
using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Hardening;

/// <summary>
/// Input an editor, a file system or a theme author can get wrong: each case fails (or succeeds) with a clear
/// message, exit code 1, and no damage to the previous site.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("adcs-bad-").FullName;

    private string Input => Path.Combine(root, "input");

    private string Output => Path.Combine(root, "output");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    private void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private MemoryOutputSink Build()
    {
        var sink = new MemoryOutputSink();
        SiteBuilder.Build(new DiskSourceTree(Input, "input"), TestSite.Theme, new BuildOptions(), sink);
        return sink;
    }

    private IReadOnlyList<string> BuildErrors() => TestSite.Errors(() => Build());

    private void PreviousSite()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "index.html"), "previous site");
    }

    private void AssertPreviousSiteIntact()
    {
        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(Output).Select(Path.GetFileName));
        Assert.Equal("previous site", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["input", "output"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_file()
    {
        WriteBytes("posts/a.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\ndate: 2019-01-01\n---\n"u8]);

        Assert.Equal(["input/posts/a.md:0:0: error: file is not valid UTF-8; save it with UTF-8 encoding"], BuildErrors());
    }

    [Fact]
    public void Invalid_utf8_in_the_body_alone_is_found_while_loading()
    {
        WriteBytes("posts/a.md", [.. "---\ntitle: Cafe\ndate: 2019-01-01\n---\nCaf"u8, 0xE9, .. "\n"u8]);

        Assert.Equal(["input/posts/a.md:0:0: error: file is not valid UTF-8; save it with UTF-8 encoding"], BuildErrors());
    }

    [Fact]
    public void Bom_and_crlf_files_build()
    {
        WriteBytes("posts/a.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: Windows\r\ndate: 2019-01-01\r\n---\r\n\r\nBody\r\n"u8]);

        Assert.Contains("<h1 class=\"post-title\" id=\"post-title\">Windows</h1>", Build().Text("posts/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_spaces_and_accents_gets_an_ascii_slug()
    {
        Write("posts/Café au lait – été.md", TestSite.Post("Café"));

        Assert.True(Build().Files.ContainsKey("posts/cafe-au-lait-ete/index.html"));
    }

    [Fact]
    public void A_twenty_megabyte_post_builds()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Children’s services need stable funding. ", 20)) + "\n\n";
        Write("posts/huge.md", TestSite.Post("Huge", body: string.Concat(Enumerable.Repeat(paragraph, 20 * 1024 * 1024 / paragraph.Length))));

        var page = Build().Text("posts/huge/index.html");

        Assert.True(page.Length > 20_000_000, $"the page has {page.Length} characters");
    }

    [Fact]
    public void A_five_megabyte_front_matter_block_is_refused_with_a_reason()
    {
        Write("posts/a.md", "---\ntitle: A\ndate: 2019-01-01\nnotes: |\n" + string.Concat(Enumerable.Repeat("  padding line of front matter\n", 5 * 1024 * 1024 / 30)) + "---\nBody\n");

        Assert.Equal(["input/posts/a.md:1:1: error: front matter is 5290 KB; it must be under 256 KB (is the closing '---' in the wrong place?)"], BuildErrors());
    }

    [Fact]
    public void A_symlink_loop_in_input_does_not_hang_the_build()
    {
        Write("posts/a.md", TestSite.Post("A"));
        Directory.CreateSymbolicLink(Path.Combine(Input, "posts", "loop"), Path.Combine(Input, "posts"));

        Assert.True(Build().Files.ContainsKey("posts/a/index.html"));
    }

    [Fact]
    public void A_file_that_disappears_while_building_is_named()
    {
        Write("posts/a.md", TestSite.Post("A"));
        var tree = new DiskSourceTree(Input, "input");
        var listed = tree.Files("posts");
        File.Delete(Path.Combine(Input, "posts", "a.md"));

        var error = Assert.Throws<SiteException>(() => tree.ReadText(listed.Single()));

        Assert.StartsWith("input/posts/a.md:0:0: error: cannot read file: Could not find file", error.Diagnostics.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_fails_the_build_and_keeps_the_previous_site()
    {
        Write("posts/a.md", TestSite.Post("A"));
        PreviousSite();

        using (var sink = new FullDiskSink(new DiskOutputSink(Output), bytesLeft: 4096))
        {
            var error = Assert.Throws<SiteException>(() => SiteBuilder.Build(new DiskSourceTree(Input, "input"), TestSite.Theme, new BuildOptions(), sink));
            Assert.Contains(error.Diagnostics, d => d.Message == "cannot write this file: No space left on device");
        }

        AssertPreviousSiteIntact();
    }

    [Fact]
    public void The_cli_reports_errors_with_exit_code_1_no_stack_trace_and_an_untouched_output()
    {
        Write("posts/a.md", "---\ntitle: A\ndate: 2019-02-30\n---\n");
        PreviousSite();

        var (exitCode, _, error) = GeneratorProcess.Run(root, "build", "--input", "input", "--output", "output", "--theme", Path.Combine(TestSite.RepositoryRoot, "theme"));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "input/posts/a.md:3:7: error: 'date' has an invalid date '2019-02-30'; use YYYY-MM-DD (e.g. 2019-07-15) or ISO 8601 (e.g. 2019-07-15T09:30:00+01:00)\nbuild failed: 1 error; nothing was changed.\n",
            error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        AssertPreviousSiteIntact();
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_a_clear_error()
    {
        Write("posts/a.md", TestSite.Post("A"));

        var (exitCode, _, error) = GeneratorProcess.Run(root, "build", "--input", "input", "--output", "/proc/adcs-output", "--theme", Path.Combine(TestSite.RepositoryRoot, "theme"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("/proc/adcs-output:0:0: error: cannot write beside the output folder:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    /// <summary>A sink over a disk with little space left: writes past the limit fail as a real full disk does.</summary>
    private sealed class FullDiskSink(IOutputSink inner, long bytesLeft) : IOutputSink
    {
        private long left = bytesLeft;

        public void Write(string path, ReadOnlySpan<byte> content)
        {
            if (Interlocked.Add(ref left, -content.Length) < 0)
            {
                throw new IOException("No space left on device");
            }

            inner.Write(path, content);
        }

        public void Commit() => inner.Commit();

        public void Dispose() => inner.Dispose();
    }
}
