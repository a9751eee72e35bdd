using System.Text;
using AdcsSite.Generator.Markdown;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AdcsSite.Tests.Markdown;

public class Utf8WritersTests
{
    private static readonly char[] Pieces = ['a', 'b', 'é', ' ', '\n', '\t', '\u00a0', '\u2003', '.', '<'];

    private static string Collapsed(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text made of letters and many kinds of whitespace, cut into pieces at random points.</summary>
    private static Arbitrary<(string Text, int[] Cuts)> ChoppedText() =>
        (from chars in Gen.ArrayOf(Gen.Elements(Pieces))
         from cuts in Gen.ArrayOf(Gen.Choose(0, chars.Length))
         select (new string(chars), cuts.Order().ToArray())).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Plain_text_is_the_words_separated_by_single_spaces_however_it_is_written() =>
        Prop.ForAll(ChoppedText(), chopped =>
        {
            var writer = new PlainTextWriter(leadWords: 3);
            var from = 0;
            foreach (var cut in chopped.Cuts.Append(chopped.Text.Length))
            {
                writer.Write(chopped.Text.AsSpan(from, cut - from));
                from = cut;
            }

            var words = Collapsed(chopped.Text);
            var wordList = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lead = wordList.Length > 3 ? string.Join(' ', wordList.Take(3)) + "…" : words;
            return Encoding.UTF8.GetString(writer.Text) == words && writer.WordCount == wordList.Length && writer.Lead == lead;
        });

    [Fact]
    public void A_cleared_writer_starts_again()
    {
        var writer = new PlainTextWriter(leadWords: 2);
        writer.Write("one two three");
        writer.Clear();
        writer.Write("  four  ");

        Assert.Equal("four", Encoding.UTF8.GetString(writer.Text));
        Assert.Equal("four", writer.Lead);
        Assert.Equal(1, writer.WordCount);
    }

    [Fact]
    public void Html_is_written_as_utf8()
    {
        var writer = new Utf8TextWriter();
        writer.Write("<p>café ");
        writer.Write('é');
        writer.Write("🙂</p>".ToCharArray(), 0, 6);

        Assert.Equal("<p>café é🙂</p>", Encoding.UTF8.GetString(writer.Buffer.Written));
    }
}
