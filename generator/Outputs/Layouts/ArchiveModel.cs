using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>archive.html: every post by year and month, newest first.</summary>
public sealed record ArchiveModel(PageMeta Page, IReadOnlyList<YearView> Years) : IShellModel, ILayoutFile
{
    public static string Layout => "archive.html";
}
