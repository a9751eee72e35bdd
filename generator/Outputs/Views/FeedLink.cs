namespace AdcsSite.Generator.Outputs.Views;

public sealed record FeedLink(string Title, string Url);
