using AdcsSite.Generator.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AdcsSite.Generator.Templates;

/// <summary>
/// Every template of a theme, parsed once and shared across threads (a parsed Scriban <see cref="Template"/>
/// is immutable; only the <see cref="TemplateContext"/> is per render). Parse errors of all templates are
/// collected and reported together.
/// </summary>
public sealed class ThemeTemplates
{
    public const string LayoutsFolder = "layouts";
    public const string PartialsFolder = "partials";

    private static readonly ScriptObject Builtins = HtmlEscapingContext.CreateBuiltins();

    private readonly Dictionary<string, Template> layouts;
    private readonly Dictionary<string, Template> partials;
    private readonly ISourceTree theme;
    /// <summary>Per thread: a context, and outputs for the page and for the layout a shell wraps.</summary>
    private readonly ThreadLocal<RenderState> contexts;

    private ThemeTemplates(ISourceTree theme, Dictionary<string, Template> layouts, Dictionary<string, Template> partials)
    {
        this.theme = theme;
        this.layouts = layouts;
        this.partials = partials;
        contexts = new ThreadLocal<RenderState>(() => new RenderState(NewContext(), new Utf8Output(), new Utf8Output()));
    }

    public static ThemeTemplates Load(ISourceTree theme)
    {
        var diagnostics = new List<Diagnostic>();
        var layouts = ParseFolder(theme, LayoutsFolder, diagnostics);
        var partials = ParseFolder(theme, PartialsFolder, diagnostics);
        return diagnostics.Count > 0
            ? throw new SiteException(diagnostics)
            : new ThemeTemplates(theme, layouts, partials);
    }

    /// <summary>
    /// Renders <paramref name="layout"/> (a file name in layouts/) to UTF-8 with <paramref name="shared"/> (the same for
    /// every page of a build; only read, so shared across threads) and <paramref name="model"/> (this page's) as globals:
    /// each property of a typed model is a variable, and a <see cref="ScriptObject"/> is used as it is.
    /// When <paramref name="wrapIn"/> is given, the result becomes the global <c>content</c> of that layout,
    /// which is how every page gets the site's shell without templates repeating it.
    /// </summary>
    public byte[] Render(string layout, ScriptObject shared, object model, string? wrapIn = null) =>
        Render(layout, shared, model, wrapIn, page => page.ToArray());

    /// <summary>As <see cref="Render(string, ScriptObject, object, string?)"/>, handing the page to <paramref name="take"/> without copying it.</summary>
    /// <param name="take">Gets the page's bytes, which are valid only until it returns.</param>
    public T Render<T>(string layout, ScriptObject shared, object model, string? wrapIn, Func<ReadOnlySpan<byte>, T> take)
    {
        // A context is costly to set up and is not thread-safe, so each thread keeps one and resets it after every page.
        var (context, page, inner) = contexts.Value!;
        var globals = model as ScriptObject ?? new ModelGlobals(model);
        context.PushGlobal(shared);
        context.PushGlobal(globals);
        try
        {
            if (wrapIn is not null)
            {
                context.PushOutput(inner);
                RenderLayout(layout, context);
                context.PopOutput();
                globals.SetValue("content", new RawUtf8Html(inner.Bytes.WrittenMemory), readOnly: false);
            }

            context.PushOutput(page);
            RenderLayout(wrapIn ?? layout, context);
            return take(page.Bytes.WrittenSpan);
        }
        finally
        {
            page.Bytes.ResetWrittenCount();
            inner.Bytes.ResetWrittenCount();
            context.Reset();
        }
    }

    private void RenderLayout(string name, TemplateContext context)
    {
        if (!layouts.TryGetValue(name, out var template))
        {
            throw new SiteException(Diagnostic.Error(theme.DisplayPath($"{LayoutsFolder}/{name}"), 0, 0, $"layout '{name}' is missing from the theme"));
        }

        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new SiteException(Locate(e.Span, e.OriginalMessage));
        }
        catch (InvalidOperationException e) when (e.Message.Contains("recursive", StringComparison.OrdinalIgnoreCase))
        {
            throw new SiteException(Diagnostic.Error(theme.DisplayPath($"{LayoutsFolder}/{name}"), 0, 0, "templates include each other without end"));
        }
    }

    private TemplateContext NewContext()
    {
        var context = new HtmlEscapingContext(Builtins, partials)
        {
            TemplateLoader = new PartialsLoader(theme, partials),
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = int.MaxValue,
            // Scriban cuts strings at 1 MB by default, which would silently truncate a long post.
            LimitToString = 0,
            RecursiveLimit = 64,
            // Re-indenting every included partial costs a pass over its output and changes whitespace authors did not ask for.
            AutoIndent = false,
        };
        return context;
    }

    private Diagnostic Locate(SourceSpan span, string message)
    {
        var path = span.FileName is { Length: > 0 } file ? theme.DisplayPath(file) : theme.DisplayPath(LayoutsFolder);
        return Diagnostic.Error(path, span.Start.Line + 1, span.Start.Column + 1, message);
    }

    private static Dictionary<string, Template> ParseFolder(ISourceTree theme, string folder, List<Diagnostic> diagnostics)
    {
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in theme.Files(folder))
        {
            var template = Template.Parse(theme.ReadText(path), path);
            if (template.HasErrors)
            {
                diagnostics.AddRange(template.Messages
                    .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                    .Select(m => Diagnostic.Error(theme.DisplayPath(path), m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message)));
                continue;
            }

            // Layouts are addressed by file name, partials by their path (the key Scriban's include cache uses).
            parsed[folder == LayoutsFolder ? path[(folder.Length + 1)..] : path] = template;
        }

        return parsed;
    }

    // A class, not a tuple: generic code over a value type is compiled when the build first runs it (see build --verbose).
    private sealed record RenderState(TemplateContext Context, Utf8Output Page, Utf8Output Inner);
}
