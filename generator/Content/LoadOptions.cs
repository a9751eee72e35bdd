namespace AdcsSite.Generator.Content;

public sealed record LoadOptions(bool IncludeDrafts = false, bool IncludeFuture = false, DateTimeOffset? Now = null);
