using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class PressDumpReaderTests
{
    [Fact]
    public void Date_prefixed_piece_gets_its_stated_date_a_derived_title_and_the_signed_off_writer()
    {
        var article = Assert.Single(RawDumps.Parse(new DatePrefixedDumpReader(), RawDumps.DatePrefixed));

        Assert.Equal(new DateOnly(2019, 7, 8), article.StatedDate);
        Assert.Equal("During her inaugural presidential address at the Association...", article.Title);
        Assert.Equal(TitleOrigin.Derived, article.TitleOrigin);
        Assert.Equal(new AuthorCredit("Jon Bunn", "senior reporter", "sign-off: \"Jon Bunn, senior reporter\""), article.StatedAuthor);
        Assert.StartsWith("During her inaugural presidential address at the Association of Directors of Children’s Services conference last week, Rachel Dickinson", article.Lines[0], StringComparison.Ordinal);
        Assert.Equal("Jon Bunn, senior reporter", article.Lines[^1]);
    }

    [Fact]
    public void Cookie_notice_page_keeps_the_article_and_drops_notices_and_comment_prompts()
    {
        var article = Assert.Single(RawDumps.Parse(new CookieNoticeDumpReader(), RawDumps.CookieNotice));
        var paragraphs = MarkdownStructurer.Paragraphs(article.Lines).ToList();

        Assert.Equal("Children’s services directors are open to change", article.Title);
        Assert.Equal("The leadership and provision of children’s services was something of a hot topic at the recent Solace conference in Liverpool.", paragraphs[0]);
        Assert.Equal("But we must remember that the platform we build is still one of the safest systems for protecting children in the world.", paragraphs[^2]);
        Assert.Equal("Alan Wood", article.StatedAuthor?.Name);
        Assert.Equal("president, Association of Directors of Children’s Services, and director of children’s services, Hackney LBC", article.StatedAuthor?.Role);
        Assert.Null(article.StatedDate);
        Assert.Empty(article.Lines.Intersect(RawDumps.BoilerplateLines));
        Assert.DoesNotContain(article.Lines, line => line.Contains("cookies", StringComparison.Ordinal) || line.Contains("Terms and Conditions", StringComparison.Ordinal));
    }

    [Fact]
    public void Byline_feature_gets_writer_and_date_from_under_the_title_and_loses_the_adverts()
    {
        var article = Assert.Single(RawDumps.Parse(new BylineDumpReader(), RawDumps.Byline));
        var paragraphs = MarkdownStructurer.Paragraphs(article.Lines).ToList();

        Assert.Equal("Directors can seize freedoms to shape national policy for local need", article.Title);
        Assert.Equal(new DateOnly(2012, 4, 3), article.StatedDate);
        Assert.Equal("Lauren Higgs", article.StatedAuthor?.Name);
        Assert.StartsWith("The mix of public sector cuts and reform", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("we’re a tough old bunch and we’re forward looking.\"", paragraphs[^1], StringComparison.Ordinal);
        Assert.Empty(article.Lines.Intersect(RawDumps.BoilerplateLines));
        Assert.DoesNotContain(article.Lines, line => line.StartsWith("• ", StringComparison.Ordinal));
    }

    [Fact]
    public void Byline_feature_shows_its_twice_printed_caption_once()
    {
        var article = Assert.Single(RawDumps.Parse(new BylineDumpReader(), RawDumps.Byline));

        Assert.Single(MarkdownStructurer.Paragraphs(article.Lines), p => p.StartsWith("Jones: 'We're in the business", StringComparison.Ordinal));
    }

    [Fact]
    public void Section_label_page_keeps_the_article_and_drops_labels_teasers_and_popular_lists()
    {
        var article = Assert.Single(RawDumps.Parse(new SectionLabelDumpReader(), RawDumps.SectionLabel));
        var paragraphs = MarkdownStructurer.Paragraphs(article.Lines).ToList();

        Assert.Equal("To the power of four", article.Title);
        Assert.Single(paragraphs, p => p.StartsWith("As part of the second installment", StringComparison.Ordinal));
        Assert.Equal("Some things change; some things stay the same.", TitleRules.FirstSentence(paragraphs[1]));
        Assert.StartsWith("iMPOWER's essay collection, Shining a Light Volume 2", paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(new AuthorCredit("Mark Rogers", "executive director of Collaborate", "sign-off: \"Mark Rogers is executive director of Collaborate\"", "Mark Rogers is executive director of Collaborate"), article.StatedAuthor);
        Assert.Empty(article.Lines.Intersect(RawDumps.BoilerplateLines));
        Assert.DoesNotContain(article.Lines, line => line.StartsWith("By ", StringComparison.Ordinal) && line.Contains(" | ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RawDumps.DatePrefixed, "date-prefixed press piece")]
    [InlineData(RawDumps.Blog, "blog")]
    [InlineData(RawDumps.CookieNotice, "press page with cookie notice")]
    [InlineData(RawDumps.Byline, "press feature with byline")]
    [InlineData(RawDumps.SectionLabel, "press page with section labels")]
    public void Each_real_dump_is_recognised_by_exactly_one_reader(string file, string format) =>
        Assert.Equal(format, DumpReaders.For(RawDumps.Text(file), file).Format);

    [Fact]
    public void An_unrecognised_dump_is_an_error_naming_the_file()
    {
        var error = Assert.Throws<AdcsSite.Generator.Content.SiteException>(() => DumpReaders.For("Just some notes\n", "input/raw/notes.txt"));

        Assert.StartsWith("input/raw/notes.txt:1:1: error: unrecognised dump", error.Diagnostics.Single().ToString(), StringComparison.Ordinal);
    }
}
