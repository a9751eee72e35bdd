using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class BlogReferencesTests
{
    private static AuthoredText Article(int index, params string[] paragraphs) => new("d.txt", index, paragraphs, new DateOnly(2018, 10, 7).AddDays(-7 * index), null);

    [Fact]
    public void Words_quoted_from_someone_s_blog_identify_the_one_article_that_has_them()
    {
        var references = BlogReferences.In(
        [
            Article(0, "As Alison Michalska perfectly summed it up in her blog earlier this year, ‘the impact of local government on people’s lives is difficult to express’."),
            Article(1, "Nothing to see here."),
            Article(2, "In truth, the impact of local government on people's lives is difficult to express, we do so much."),
        ]).ToList();

        var reference = Assert.Single(references);
        Assert.Equal(("d.txt article 2", "Alison Michalska", Confidence.High), (reference.TargetLabel, reference.Name, reference.Confidence));
        Assert.Equal("d.txt article 2 (2018-09-23) has the quoted words", reference.Chain[1]);
    }

    [Fact]
    public void Quoted_words_found_in_two_articles_identify_neither() =>
        Assert.Empty(BlogReferences.In(
        [
            Article(0, "As Jane Smith said in her blog, ‘the impact of local government is difficult to express in words’."),
            Article(1, "The impact of local government is difficult to express in words."),
            Article(2, "We know the impact of local government is difficult to express in words."),
        ]));

    [Fact]
    public void A_short_quotation_is_too_common_to_identify_anything() =>
        Assert.Empty(BlogReferences.In(
        [
            Article(0, "As Jane Smith said in her blog, ‘we must act now’."),
            Article(1, "We must act now."),
        ]));

    [Fact]
    public void Last_week_s_blog_is_the_article_before_in_the_dump_and_only_a_suggestion()
    {
        var reference = Assert.Single(BlogReferences.In(
        [
            Article(0, "Last week’s blog by Steve Crocker, Chair of the committee, got me thinking."),
            Article(1, "In my view inspection should be joined up."),
        ]));

        Assert.Equal(("d.txt article 1", "Steve Crocker", Confidence.Medium), (reference.TargetLabel, reference.Name, reference.Confidence));
    }

    [Fact]
    public void A_first_name_alone_identifies_nobody() =>
        Assert.Empty(BlogReferences.In(
        [
            Article(0, "Like Alison, in her blogpost last week, I hope there will be a long, hard look at funding."),
            Article(1, "In Nottingham, we have seen our grant funding cut by half."),
        ]));
}
