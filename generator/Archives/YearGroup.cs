namespace AdcsSite.Generator.Archives;

public sealed record YearGroup(int Year, IReadOnlyList<MonthGroup> Months)
{
    public int Count => Months.Sum(m => m.Posts.Count);
}
