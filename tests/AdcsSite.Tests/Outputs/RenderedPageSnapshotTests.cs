using Snapshooter;
using Snapshooter.Xunit;
using static AdcsSite.Tests.Support.TestSite;

namespace AdcsSite.Tests.Outputs;

/// <summary>
/// Whole rendered pages of the fixture site with the real theme. A theme change shows up here as a diff;
/// accepting it is a deliberate step (delete the snapshot file and run the tests again).
/// </summary>
public class RenderedPageSnapshotTests
{
    [Theory]
    [InlineData("posts/leadership-matters/index.html", "post")]
    [InlineData("tags/funding/index.html", "tag")]
    [InlineData("feed.xml", "feed")]
    [InlineData("index.html", "home")]
    [InlineData("about/index.html", "page")]
    [InlineData("sitemap.xml", "sitemap")]
    [InlineData("404.html", "404")]
    public void Rendered_page_matches_its_snapshot(string path, string name) =>
        Snapshot.Match(BuildFixture("basic").Text(path), SnapshotNameExtension.Create(name));
}
