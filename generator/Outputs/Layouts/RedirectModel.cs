namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>redirect.html: what an alias of a post or page serves, sending the reader on to its address.</summary>
public sealed record RedirectModel(string TargetUrl, string Canonical) : ILayoutModel, ILayoutFile
{
    public static string Layout => "redirect.html";
}
