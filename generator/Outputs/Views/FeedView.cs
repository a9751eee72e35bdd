namespace AdcsSite.Generator.Outputs.Views;

public sealed record FeedView(string Title, string Subtitle, string Id, string SelfUrl, string AlternateUrl, string Updated, IReadOnlyList<FeedEntryView> Entries);
