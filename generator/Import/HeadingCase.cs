using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>
/// Section labels printed in capitals ("HEALTH REFORM") are styling, not the words: they become sentence case
/// ("Health reform"). A word keeps the capitals the article's own text gives it in mid-sentence ("SEN", "Lambeth").
/// </summary>
public static partial class HeadingCase
{
    public static string ToSentenceCase(string heading, IEnumerable<string> articleText)
    {
        var usage = MidSentenceForms(articleText);
        var first = true;
        return Word().Replace(heading, match =>
        {
            var word = usage.GetValueOrDefault(match.Value.ToLowerInvariant()) ?? match.Value.ToLowerInvariant();
            var cased = first ? char.ToUpperInvariant(word[0]) + word[1..] : word;
            first = false;
            return cased;
        });
    }

    /// <summary>How each word is most often written where its case is the writer's choice: not at the start of a sentence.</summary>
    private static Dictionary<string, string> MidSentenceForms(IEnumerable<string> text)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in text.SelectMany(TitleRules.Sentences))
        {
            foreach (var word in Word().Matches(sentence).Skip(1).Select(m => m.Value))
            {
                var forms = counts.TryGetValue(word.ToLowerInvariant(), out var known) ? known : counts[word.ToLowerInvariant()] = new(StringComparer.Ordinal);
                forms[word] = forms.GetValueOrDefault(word) + 1;
            }
        }

        return counts.ToDictionary(c => c.Key, c => c.Value.MaxBy(f => f.Value).Key, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\p{L}[\p{L}’'-]*")]
    private static partial Regex Word();
}
