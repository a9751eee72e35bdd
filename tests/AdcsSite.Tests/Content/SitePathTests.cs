using AdcsSite.Generator.Content;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AdcsSite.Tests.Content;

public class SitePathTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "adcs-site-root");

    [Theory]
    [InlineData("../x/", "leaves the site")]
    [InlineData("../../../x/", "leaves the site")]
    [InlineData("/../../../../x/", "leaves the site")]
    [InlineData("/posts/%2e%2e/../../../x/", "leaves the site")]
    [InlineData("/%2E%2E/x/", "leaves the site")]
    [InlineData("../feed.xml", "leaves the site")]
    [InlineData("/a/%2f..%2f..%2fx/", "leaves the site")]
    [InlineData("/posts//..//..//x/", "leaves the site")]
    [InlineData("/a/./../../x", "leaves the site")]
    [InlineData(@"..\..\x", @"holds '\', which a path on the site may not")]
    [InlineData("/a%5c..%5c..%5cx/", @"holds '\', which a path on the site may not")]
    [InlineData("C:/Windows/x/", "holds ':', which a path on the site may not")]
    [InlineData("/old?id=3", "holds '?': a static site has no query strings or fragments in its file paths")]
    [InlineData("/a\0b/", "holds a control character")]
    [InlineData("/．．/x/", "has a segment made only of dots ('．．')")]
    [InlineData("/a/\u2025/x/", "has a segment made only of dots ('\u2025')")]
    [InlineData("/.../x/", "has a segment made only of dots ('...')")]
    [InlineData("/a/%zz/", "has a '%' that is not followed by two hex digits")]
    public void A_path_that_could_leave_the_site_is_refused_with_the_reason(string path, string reason)
    {
        Assert.False(SitePath.TryNormalize(path, out _, out var problem));
        Assert.Equal(reason, problem);
    }

    [Fact]
    public void A_path_holding_a_control_character_and_no_other_is_refused_for_it()
    {
        // Both of char.IsControl's ranges lie below U+0100.
        for (var c = 0; c <= 0xFF; c++)
        {
            SitePath.TryNormalize($"/a{(char)c}b/", out _, out var problem);
            Assert.True(char.IsControl((char)c) == (problem == "holds a control character"), $"U+{c:X4}: {problem}");
        }
    }

    [Theory]
    [InlineData("/posts/old-name/", "posts/old-name")]
    [InlineData("posts/old-name", "posts/old-name")]
    [InlineData("/posts/./a//b/../c/", "posts/a/c")]
    [InlineData("//evil.example/x/", "evil.example/x")]
    [InlineData("/old%20name/", "old name")]
    [InlineData("/", "")]
    public void A_path_inside_the_site_is_decoded_and_normalised(string path, string expected)
    {
        Assert.True(SitePath.TryNormalize(path, out var normalized, out _));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("posts/a/", "posts/a/index.html")]
    [InlineData("/posts/a/", "posts/a/index.html")]
    [InlineData("/", "index.html")]
    [InlineData("tags/send/feed.xml", "tags/send/feed.xml")]
    [InlineData(".nojekyll", ".nojekyll")]
    [InlineData("assets/a%20b.css", "assets/a%20b.css")]
    public void An_output_path_is_a_file_under_the_output_folder_and_is_not_decoded(string path, string expected) =>
        Assert.Equal(expected, SitePath.OutputPath(path, "test"));

    [Theory]
    [InlineData("../x/index.html", "the output path '../x/index.html' leaves the site")]
    [InlineData("", "the output path '' names no file")]
    public void An_output_path_outside_the_site_is_a_located_error(string path, string message)
    {
        var error = Assert.Throws<SiteException>(() => SitePath.OutputPath(path, "alias 'x' in input/posts/a.md"));

        Assert.Equal($"alias 'x' in input/posts/a.md:0:0: error: {message}", error.Diagnostics.Single().ToString());
    }

    private static readonly string[] Pieces = ["..", ".", "", "%2e%2e", "%2E.", "%2f", "%5c", "a", "posts", "．．", "‥", "\\", "~", "%", "%25", "/"];

    private static Arbitrary<string> HostilePaths() =>
        Gen.ArrayOf(Gen.Elements(Pieces))
            .Select(parts => string.Join("/", parts))
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property No_normalised_site_path_resolves_outside_the_output_folder() =>
        Prop.ForAll(HostilePaths(), path =>
            !SitePath.TryNormalize(path, out var normalized, out _) || IsInside(normalized));

    [Property(MaxTest = 2000)]
    public bool No_random_text_normalises_to_a_path_outside_the_output_folder(NonNull<string> text) =>
        !SitePath.TryNormalize(text.Get, out var normalized, out _) || IsInside(normalized);

    [Property(MaxTest = 2000)]
    public Property No_output_path_resolves_outside_the_output_folder() =>
        Prop.ForAll(HostilePaths(), path =>
        {
            try
            {
                return IsInside(SitePath.OutputPath(path, "test"));
            }
            catch (SiteException)
            {
                return true;
            }
        });

    private static bool IsInside(string relative) =>
        Path.GetFullPath(relative, Root) is var full && (full == Root || full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
