namespace AdcsSite.Generator.Outputs.Views;

public sealed record FeedEntryView(string Title, string Url, string Id, string Published, string Updated, IReadOnlyList<string> Authors, IReadOnlyList<string> Categories, string Summary, string Content);
