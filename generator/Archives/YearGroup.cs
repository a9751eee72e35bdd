namespace AdcsSite.Generator.Archives;

public sealed record YearGroup(int Year, IReadOnlyList<MonthGroup> Months)
{
    public int Count
    {
        get
        {
            // A loop, not Sum: generic code over a value type is compiled when the build first runs it.
            var count = 0;
            foreach (var month in Months)
            {
                count += month.Posts.Count;
            }

            return count;
        }
    }
}
