using AdcsSite.Generator.Markdown;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AdcsSite.Tests.Markdown;

public class TextBufferTests
{
    private static readonly char[] Pieces = ['a', 'b', 'é', ' ', '\n', '\t', '\r', '\v', '\x1C', '\x1F', '\u0085', '\u00a0', '\u2003', '\u2028', '\x1B', '!', '.', '<'];

    private static Arbitrary<string> Text() => Gen.ArrayOf(Gen.Elements(Pieces)).Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 5000)]
    public Property Plain_text_is_the_words_separated_by_single_spaces_and_the_lead_is_the_first_of_them() =>
        Prop.ForAll(Text(), text =>
        {
            var chars = text.ToCharArray();
            var (length, words, leadLength) = PlainText.Collapse(chars, leadWords: 3);

            var expected = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var lead = expected.Length > 3 ? string.Join(' ', expected.Take(3)).Length : -1;
            return new string(chars, 0, length) == string.Join(' ', expected) && words == expected.Length && leadLength == lead;
        });

    [Property(MaxTest = 300)]
    public Property Text_written_in_pieces_reads_back_whole() =>
        Prop.ForAll(Text(), Gen.Choose(1, 7).ToArbitrary(), (text, piece) =>
        {
            var buffer = new TextBuffer();
            buffer.Write("stale");
            buffer.Clear();
            foreach (var chunk in text.Chunk(piece))
            {
                if (chunk.Length == 1)
                {
                    buffer.Write(chunk[0]);
                }
                else
                {
                    buffer.Write(chunk, 0, chunk.Length);
                }
            }

            return new string(buffer.Written) == text;
        });

    [Fact]
    public void A_body_longer_than_the_buffer_grows_it()
    {
        var text = new string('x', 40_000) + "é" + new string('y', 40_000);
        var buffer = new TextBuffer();
        buffer.Write(text[..30_000]);
        buffer.Write(text[30_000..]);

        Assert.Equal(text, new string(buffer.Written));
    }
}
