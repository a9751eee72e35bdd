using AdcsSite.Generator.Outputs.Views;
using AdcsSite.Generator.Templates;
using Scriban.Runtime;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>page.html: a standalone page such as About.</summary>
public sealed record PageModel(PageMeta Page, string Title, string Summary, RawUtf8Html Body, ScriptObject Extra) : IShellModel, ILayoutFile
{
    public static string Layout => "page.html";
}
