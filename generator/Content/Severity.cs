namespace AdcsSite.Generator.Content;

public enum Severity
{
    Error,
    Warning,
}
