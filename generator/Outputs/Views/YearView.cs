namespace AdcsSite.Generator.Outputs.Views;

public sealed record YearView(int Year, int Count, IReadOnlyList<MonthView> Months);
