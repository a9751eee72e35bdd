using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Preview;

namespace AdcsSite.Tests.Preview;

public class ErrorPageTests
{
    [Fact]
    public void Lists_every_error_with_its_location_html_escaped()
    {
        var page = Encoding.UTF8.GetString(ErrorPage.Render(
        [
            Diagnostic.Error("input/posts/a.md", 3, 7, "'<script>alert(1)</script>' is not a date"),
            Diagnostic.Error("theme/layouts/post.html", 12, 1, "The variable `x & y` was not found"),
        ]));

        Assert.Contains("<p>2 problems.", page, StringComparison.Ordinal);
        Assert.Contains("<li><code>input/posts/a.md:3:7: error: &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; is not a date</code></li>", page, StringComparison.Ordinal);
        Assert.Contains("<li><code>theme/layouts/post.html:12:1: error: The variable `x &amp; y` was not found</code></li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }
}
