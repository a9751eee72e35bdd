namespace AdcsSite.Generator.Outputs.Views;

public sealed record TermView(string Id, string Name, string Url, string AbsoluteUrl, string? Description, int Count, string FeedUrl);
