using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Archives;

public static class Paginator
{
    /// <summary>Splits <paramref name="items"/> into pages at <see cref="Permalinks.ListingPage"/> of <paramref name="firstUrl"/>. An empty list still gets one page.</summary>
    public static IReadOnlyList<Pager<T>> Paginate<T>(IReadOnlyList<T> items, int pageSize, string firstUrl)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var urls = new string[count];
        for (var n = 1; n <= count; n++)
        {
            urls[n - 1] = Permalinks.ListingPage(firstUrl, n);
        }

        var pagers = new Pager<T>[count];
        for (var n = 1; n <= count; n++)
        {
            pagers[n - 1] = new Pager<T>(
                Items: [.. items.Skip((n - 1) * pageSize).Take(pageSize)],
                Number: n,
                Count: count,
                Url: urls[n - 1],
                PreviousUrl: n > 1 ? urls[n - 2] : null,
                NextUrl: n < count ? urls[n] : null,
                PageUrls: urls);
        }

        return pagers;
    }
}
