using AdcsSite.Generator.Outputs.Views;

namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>An HTML page's model: the layout's markup is wrapped in base.html, which gets the same variables plus <c>content</c>.</summary>
public interface IShellModel : ILayoutModel
{
    PageMeta Page { get; }
}
