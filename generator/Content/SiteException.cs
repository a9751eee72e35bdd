namespace AdcsSite.Generator.Content;

/// <summary>The project's one error type: a failed stage carries every diagnostic it found, not just the first.</summary>
public sealed class SiteException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public SiteException(Diagnostic diagnostic) : this([diagnostic])
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
