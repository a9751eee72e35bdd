namespace AdcsSite.Generator.Outputs.Views;

public sealed record SitemapUrl(string Location, string? LastModified);
