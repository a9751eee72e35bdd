using AdcsSite.Generator.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// Resolves <c>include 'name'</c> to theme/partials/name and nothing else: a name that climbs out of the
/// partials folder (../, absolute paths) is a template error, so a theme cannot read arbitrary files.
/// </summary>
public sealed class PartialsLoader(ISourceTree theme, IReadOnlyDictionary<string, Template> partials) : ITemplateLoader
{
    private const string VirtualRoot = "/theme/";

    /// <summary>Names already resolved: a page includes a handful of partials, the same ones on every page. One loader serves one thread.</summary>
    private readonly Dictionary<string, string> resolved = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!resolved.TryGetValue(templateName, out var path))
        {
            path = Resolve(callerSpan, templateName);
            resolved[templateName] = path;
        }

        return path;
    }

    private string Resolve(SourceSpan callerSpan, string templateName)
    {
        var full = Path.GetFullPath(Path.Combine(VirtualRoot + ThemeTemplates.PartialsFolder, templateName)).Replace('\\', '/');
        if (!full.StartsWith(VirtualRoot + ThemeTemplates.PartialsFolder + "/", StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is outside the theme's {ThemeTemplates.PartialsFolder}/ folder");
        }

        var path = full[VirtualRoot.Length..];
        return partials.ContainsKey(path)
            ? path
            : throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' not found: there is no {theme.DisplayPath(path)}");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => theme.ReadText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
