using AdcsSite.Generator.Content;
using Scriban.Runtime;

namespace AdcsSite.Generator.Templates;

/// <summary>A template's output straight into UTF-8 (see <see cref="Utf8Buffer"/>).</summary>
internal sealed class Utf8Output : IScriptOutput
{
    public Utf8Buffer Buffer { get; } = new();

    public void Write(string text, int offset, int count) => Buffer.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// <see cref="Scriban.Template.Render(Scriban.TemplateContext)"/> returns its output's text; pages are taken from
    /// <see cref="Buffer"/> instead, so none is made.
    /// </summary>
    public override string ToString() => string.Empty;
}
