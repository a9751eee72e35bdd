namespace AdcsSite.Generator.Outputs.Views;

public sealed record AuthorView(string Id, string Name, string Url, string AbsoluteUrl, string? Role, string? Bio, int Count, string FeedUrl);
