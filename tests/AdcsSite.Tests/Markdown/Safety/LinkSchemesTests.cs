using AdcsSite.Generator.Markdown.Safety;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AdcsSite.Tests.Markdown.Safety;

public class LinkSchemesTests
{
    [Theory]
    [InlineData("javascript:alert(1)", false, "javascript")]
    [InlineData(" JaVa\tScRiPt :alert(1)", false, "javascript")]
    [InlineData("\u0001vbscript:x", false, "vbscript")]
    [InlineData("FILE:///etc/passwd", false, "file")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false, "data")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", true, "data")]
    [InlineData("data:image/png;base64,iVBO", false, "data")]
    [InlineData("data:image/png;base64,iVBO", true, null)]
    [InlineData("DA TA:\tIMAGE/png", true, null)]
    [InlineData("data:imag", true, "data")]
    [InlineData("https://example.org/javascript:x", false, null)]
    [InlineData("/posts/a/", false, null)]
    [InlineData("mailto:x@example.org", false, null)]
    [InlineData(":javascript", false, null)]
    [InlineData("javascriptx:alert(1)", false, null)]
    [InlineData("", false, null)]
    public void A_scheme_is_read_as_a_browser_reads_it(string url, bool isImage, string? dangerous)
    {
        Assert.Equal(dangerous, LinkSchemes.DangerousScheme(url, isImage));
    }

    private static readonly string[] Pieces = ["java", "script", "JavaScript", "vb", "file", "data", "DATA", "image/", "Image", "img", ":", "/", " ", "\t", "\n", "\u0000", "\u200b", "x", "é", "K", "\u212a", "https", "."];

    [Property(MaxTest = 3000)]
    public Property Any_url_gets_the_answer_of_the_plain_definition(bool isImage) =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary(), url =>
            LinkSchemes.DangerousScheme(url, isImage) == Defined(url, isImage));

    // The rule as written: drop control characters and spaces, lower-case, and read the scheme before the first colon.
    private static string? Defined(string url, bool isImage)
    {
        var compact = new string([.. url.Where(c => !char.IsControl(c) && c != ' ')]).ToLowerInvariant();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? compact[..colon] : null;
        return scheme is "javascript" or "vbscript" or "file" or "data" && !(isImage && compact.StartsWith("data:image/", StringComparison.Ordinal)) ? scheme : null;
    }
}
