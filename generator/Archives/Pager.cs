namespace AdcsSite.Generator.Archives;

/// <summary>One page of a paginated list. Urls are site paths ("/", "/page/2/", "/tags/send/page/3/").</summary>
public sealed record Pager<T>(IReadOnlyList<T> Items, int Number, int Count, string Url, string? PreviousUrl, string? NextUrl, IReadOnlyList<string> PageUrls);
