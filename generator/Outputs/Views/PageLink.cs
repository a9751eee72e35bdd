namespace AdcsSite.Generator.Outputs.Views;

public sealed record PageLink(string Title, string Url);
