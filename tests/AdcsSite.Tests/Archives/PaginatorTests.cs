using AdcsSite.Generator.Archives;

namespace AdcsSite.Tests.Archives;

public class PaginatorTests
{
    [Fact]
    public void Splits_into_pages_with_urls_and_neighbours()
    {
        var pages = Paginator.Paginate(Enumerable.Range(1, 5).ToList(), 2, "/tags/send/");

        Assert.Equal(["/tags/send/", "/tags/send/page/2/", "/tags/send/page/3/"], pages.Select(p => p.Url));
        Assert.Equal([[1, 2], [3, 4], [5]], pages.Select(p => p.Items));
        Assert.Null(pages[0].PreviousUrl);
        Assert.Equal("/tags/send/page/2/", pages[0].NextUrl);
        Assert.Equal("/tags/send/page/2/", pages[2].PreviousUrl);
        Assert.Null(pages[2].NextUrl);
        Assert.All(pages, p => Assert.Equal(3, p.Count));
    }

    [Fact]
    public void An_empty_list_still_has_its_first_page()
    {
        var page = Assert.Single(Paginator.Paginate(new List<int>(), 10, "/"));

        Assert.Empty(page.Items);
        Assert.Equal("/", page.Url);
    }
}
