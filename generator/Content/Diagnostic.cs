namespace AdcsSite.Generator.Content;

/// <summary>One finding about the input, located as precisely as the source allows (line and column are 1-based, 0 when unknown).</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    public static Diagnostic Error(string path, int line, int column, string message) =>
        new(path, line, column, Severity.Error, message);

    public static Diagnostic Warning(string path, int line, int column, string message) =>
        new(path, line, column, Severity.Warning, message);

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
