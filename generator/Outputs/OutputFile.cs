using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Outputs;

/// <summary>One file the site will contain. <see cref="Origin"/> says what asked for it, for collision messages.</summary>
/// <param name="Path">A path on the site: "posts/a/" for a folder's index page, or a file such as "feed.xml".</param>
public abstract record OutputFile(string Path, string Origin)
{
    /// <summary>Where the file goes, relative to the output folder: every output path passes the one check that keeps it inside the site.</summary>
    public string Path { get; } = SitePath.OutputPath(Path, Origin);
}
