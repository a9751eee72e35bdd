namespace AdcsSite.Generator.Outputs.Views;

public sealed record MonthView(int Year, int Month, string Name, string Anchor, IReadOnlyList<PostView> Posts);
