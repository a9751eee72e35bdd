namespace AdcsSite.Generator.Pipeline;

/// <param name="Progress">Told the name of each step as it starts, for a progress display.</param>
public sealed record BuildOptions(string? BaseUrl = null, bool IncludeDrafts = false, bool IncludeFuture = false, DateTimeOffset? Now = null, Action<string>? Progress = null);
