using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class MarkdownStructurerTests
{
    private static string Structure(string text) => MarkdownStructurer.ToMarkdown(DumpText.Lines(text));

    [Fact]
    public void Every_line_is_a_paragraph() =>
        Assert.Equal("One.\n\nTwo.\n\nThree.\n", Structure("One.\nTwo.\n\n\nThree."));

    [Fact]
    public void A_line_broken_mid_sentence_is_rejoined() =>
        Assert.Equal("The focus is on\nthe outcomes.\n".Replace("on\nthe", "on the", StringComparison.Ordinal), Structure("The focus is on\nthe outcomes."));

    [Fact]
    public void All_capitals_lines_become_headings_in_sentence_case() =>
        Assert.Equal("Intro.\n\n## Health reform\n\nText on the NHS.\n", Structure("Intro.\n\nHEALTH REFORM\n\nText on the NHS."));

    [Fact]
    public void A_capital_label_keeps_an_acronym_the_text_uses() =>
        Assert.Equal("## Working with the NHS\n\nWe work with the NHS.\n", Structure("WORKING WITH THE NHS\n\nWe work with the NHS."));

    [Fact]
    public void Bullet_lines_become_one_list() =>
        Assert.Equal("Points:\n\n- one;\n- two.\n", Structure("Points:\n  • one;\n\n  • two."));

    [Fact]
    public void Numbered_lines_stay_a_numbered_list() =>
        Assert.Equal("1. first\n2. second\n", Structure("  1. first\n  2. second"));

    [Fact]
    public void Lettered_items_stay_a_list_and_keep_their_letters() =>
        Assert.Equal("We needed:\n\n- a\\. part time\n- b\\. affordable\n", Structure("We needed:\n\na. part time\n\nb. affordable"));

    [Fact]
    public void Dash_bullets_are_a_list_only_when_there_are_several() =>
        Assert.Equal("- Firstly, this.\n- Secondly, that.\n\nA quote.\n\n\\- Theodore Roosevelt\n", Structure("- Firstly, this.\n\n- Secondly, that.\n\nA quote.\n\n- Theodore Roosevelt"));

    [Fact]
    public void A_footnote_asterisk_stays_text() =>
        Assert.Equal("Text.\n\n\\* I hope you saw what I did there!\n", Structure("Text.\n\n* I hope you saw what I did there!"));

    [Fact]
    public void A_standfirst_printed_twice_appears_once() =>
        Assert.Equal("Standfirst.\n\nBody.\n", Structure("Standfirst.\nStandfirst.\u00a0\n\nBody."));

    [Fact]
    public void Typographic_quotes_and_dashes_are_kept() =>
        Assert.Equal("“Quoted” – and ‘so’ on…\n", Structure("“Quoted” – and ‘so’ on…"));

    [Fact]
    public void Several_short_title_like_lines_between_paragraphs_are_subheadings()
    {
        var (first, second) = (new string('x', 100) + ".", new string('y', 100) + ".");

        Assert.Equal(
            $"Intro.\n\n## Skills and capacities\n\n{first}\n\n## So what are ACEs?\n\n{second}\n",
            Structure($"Intro.\n\nSkills and capacities\n\n{first}\n\nSo what are ACEs?\n\n{second}"));
    }

    [Fact]
    public void One_short_line_alone_stays_a_paragraph()
    {
        var section = new string('x', 100) + ".";

        Assert.Equal($"Intro.\n\nNone of this happened\n\n{section}\n", Structure($"Intro.\n\nNone of this happened\n\n{section}"));
    }
}
