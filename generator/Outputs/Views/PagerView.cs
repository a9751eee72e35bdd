namespace AdcsSite.Generator.Outputs.Views;

public sealed record PagerView(IReadOnlyList<PostView> Items, int Number, int Count, string? PreviousUrl, string? NextUrl, IReadOnlyList<string> PageUrls);
