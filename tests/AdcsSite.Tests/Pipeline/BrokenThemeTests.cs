using AdcsSite.Generator.Content;
using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Pipeline;

/// <summary>
/// Each folder under Fixtures/broken-themes holds files that replace the real theme's; building the basic fixture
/// with that theme must fail with exactly the messages in its expected.txt.
/// </summary>
public class BrokenThemeTests
{
    private static readonly string Root = TestSite.FixturePath("broken-themes");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_theme_fails_with_the_pinned_messages(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Root, name, "expected.txt"));

        var errors = TestSite.Errors(() => TestSite.BuildFixture("basic", theme: Patched(Path.Combine(Root, name))));

        Assert.Equal(expected, errors);
    }

    /// <summary>The real theme with the files under <paramref name="folder"/> put in its place.</summary>
    private static MemorySourceTree Patched(string folder)
    {
        var files = Texts(Path.Combine(TestSite.RepositoryRoot, "theme"));
        foreach (var (path, text) in Texts(folder).Where(f => f.Key != "expected.txt"))
        {
            files[path] = text;
        }

        return new MemorySourceTree(files, "theme");
    }

    private static Dictionary<string, string> Texts(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
