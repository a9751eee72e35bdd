namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>robots.txt.</summary>
public sealed record RobotsModel(string SitemapUrl) : ILayoutModel, ILayoutFile
{
    public static string Layout => "robots.txt";
}
