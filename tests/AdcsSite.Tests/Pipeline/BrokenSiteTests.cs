using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Pipeline;

/// <summary>Each folder under Fixtures/broken is a site that must fail with exactly the messages in its expected.txt.</summary>
public class BrokenSiteTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(TestSite.FixturePath("broken")).Select(d => Path.GetFileName(d)).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_site_fails_with_the_pinned_messages(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(TestSite.FixturePath("broken"), name, "expected.txt"));

        var errors = TestSite.Errors(() => TestSite.BuildFixture($"broken/{name}"));

        Assert.Equal(expected, errors);
    }
}
