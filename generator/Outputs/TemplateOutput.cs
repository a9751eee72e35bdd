using Scriban.Runtime;

namespace AdcsSite.Generator.Outputs;

/// <summary>A page or document made by a theme layout; pages are wrapped in the site shell when <paramref name="WrapIn"/> is set.</summary>
public sealed record TemplateOutput(string Path, string Origin, string Layout, string? WrapIn, Func<ScriptObject> Model) : OutputFile(Path, Origin);
