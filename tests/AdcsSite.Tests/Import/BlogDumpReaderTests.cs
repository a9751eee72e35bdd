using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class BlogDumpReaderTests
{
    private static readonly IReadOnlyList<RawArticle> Posts = RawDumps.Parse(new BlogDumpReader(), RawDumps.Blog);

    [Fact]
    public void Finds_every_post_in_the_blog_dump()
    {
        Assert.Equal(100, Posts.Count);
        Assert.Equal(Enumerable.Range(0, 100), Posts.Select(p => p.Index));
    }

    [Theory]
    [InlineData(0, "Making our voices heard")]
    [InlineData(1, "Grow your own")]
    [InlineData(42, "Children’s Funding – It’s “Code Red!”")]
    [InlineData(72, "In the space")]
    [InlineData(99, "A good time to take stock")]
    public void Keeps_titles_exactly_as_published(int index, string title) =>
        Assert.Equal(title, Posts[index].Title);

    [Fact]
    public void Marks_exactly_the_titles_the_source_cut_short()
    {
        var truncated = Posts.Where(p => p.TitleOrigin == TitleOrigin.Truncated).Select(p => p.Title);

        Assert.Equal(
            [
                "Local authority children’s services does something good for...",
                "Biggest reforms in a generation or the nail in the coffin for a...",
                "Working together has been a bit of a theme over the last few...",
            ],
            truncated);
    }

    [Theory]
    [InlineData("Leadership and a duty of optimism...")]
    [InlineData("School’s out for summer....")]
    [InlineData("The year ahead...")]
    [InlineData("Secrets to a good peer review…")]
    public void Leaves_genuine_ellipses_unmarked(string title) =>
        Assert.Equal(TitleOrigin.Published, Posts.Single(p => p.Title == title).TitleOrigin);

    [Theory]
    [InlineData(0, "The North East is a unique and wonderful place to live and work with so many positives ranging from the fantastic environment to the cost of living.", "There is huge potential in the North East and it is essential we work together regionally and nationally to realise that potential so our children and young people get the opportunities and future they deserve.")]
    [InlineData(99, "Now that Parliament has risen and we are in the depths of the summer recess, perhaps it’s a good time to take stock.", "So, if the average real-terms cut is 5% some schools will be even worse off.")]
    public void Keeps_the_first_and_last_sentences(int index, string first, string last)
    {
        var paragraphs = MarkdownStructurer.Paragraphs(Posts[index].Lines).ToList();

        Assert.Equal(first, TitleRules.FirstSentence(paragraphs[0]));
        Assert.Equal(last, TitleRules.LastSentence(paragraphs[^1]));
    }

    [Fact]
    public void Drops_a_title_repeated_as_the_first_line()
    {
        var post = Posts.Single(p => p.Title == "In the space");

        Assert.StartsWith("At a recent regional meeting of the South East ADCS group", post.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Rejoins_a_paragraph_the_dump_broke_mid_sentence()
    {
        var paragraphs = MarkdownStructurer.Paragraphs(Posts.Single(p => p.Title == "A Turning Point for Youth Justice?").Lines);

        Assert.Contains(paragraphs, p => p.Contains("and consequently on the outcomes ultimately achieved.", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("the outcomes", StringComparison.Ordinal));
    }

    [Fact]
    public void No_post_contains_page_furniture() =>
        Assert.All(Posts, post => Assert.Empty(post.Lines.Intersect(RawDumps.BoilerplateLines)));

    [Fact]
    public void Credits_only_the_post_whose_writer_signs_off()
    {
        var signed = Posts.Where(p => p.StatedAuthor is not null).ToList();

        var post = Assert.Single(signed);
        Assert.Equal("What do we mean by ‘vulnerability’?", post.Title);
        Assert.Equal("Alison O’Sullivan", post.StatedAuthor!.Name);
        Assert.Equal("Associate Member and former President of ADCS", post.StatedAuthor.Role);
    }

    [Fact]
    public void States_no_dates() => Assert.All(Posts, p => Assert.Null(p.StatedDate));
}
