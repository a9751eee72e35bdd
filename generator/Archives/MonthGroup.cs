using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Archives;

public sealed record MonthGroup(int Year, int Month, IReadOnlyList<Post> Posts);
