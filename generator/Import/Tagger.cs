using System.Text.RegularExpressions;
using AdcsSite.Generator.Content;
using YamlDotNet.RepresentationModel;

namespace AdcsSite.Generator.Import;

/// <summary>
/// Tags a post with the topics of the controlled vocabulary (input/tags.yml) whose signal terms it uses most.
/// Deterministic: the same text always gets the same tags, in order of strength.
/// </summary>
public sealed class Tagger
{
    public const int MostTags = 5;

    /// <summary>A topic mentioned fewer times than this is in passing, not what the post is about.</summary>
    private const int LeastHits = 4;

    /// <summary>A topic far weaker than the post's main one is a side remark.</summary>
    private const double LeastShareOfTopTopic = 0.3;

    /// <summary>The title says what the post is about, so its words count more than the body's.</summary>
    private const int TitleWeight = 3;

    private readonly IReadOnlyList<(string Id, IReadOnlyList<Regex> Terms)> topics;

    private Tagger(IReadOnlyList<(string Id, IReadOnlyList<Regex> Terms)> topics) => this.topics = topics;

    public IReadOnlyList<string> TopicIds => [.. topics.Select(t => t.Id)];

    /// <summary>Reads the vocabulary: "id: { name, description, terms: [..] }"; a topic without terms is never assigned.</summary>
    public static Tagger Parse(string yaml, string path)
    {
        var topics = new List<(string, IReadOnlyList<Regex>)>();
        foreach (var (key, value) in FrontMatter.ParseMapping(yaml, path).Children)
        {
            var id = Slug.From(((YamlScalarNode)key).Value ?? "");
            var terms = value is YamlMappingNode fields && fields.Children.TryGetValue("terms", out var list) && list is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlScalarNode>().Select(term => TermPattern(term.Value ?? "")).ToList()
                : throw new SiteException(Diagnostic.Error(path, (int)value.Start.Line, (int)value.Start.Column, $"tag '{id}' needs a 'terms:' list: the words that signal the topic"));
            topics.Add((id, terms));
        }

        return new Tagger(topics);
    }

    public IReadOnlyList<string> Tag(string title, IEnumerable<string> paragraphs)
    {
        var hits = new int[topics.Count];
        foreach (var topic in Hits(Fold(title)))
        {
            hits[topic] += TitleWeight;
        }

        foreach (var topic in Hits(Fold(string.Join("\n", paragraphs))))
        {
            hits[topic]++;
        }

        var scores = topics
            .Select((topic, i) => (topic.Id, Score: hits[i]))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (scores.Count == 0)
        {
            return [];
        }

        var top = scores[0].Score;
        var strong = scores.Where(s => s.Score >= LeastHits && s.Score >= top * LeastShareOfTopTopic).Take(MostTags).Select(s => s.Id).ToList();
        return strong.Count > 0 ? strong : [scores[0].Id];
    }

    /// <summary>
    /// The topic of every term occurrence, longest match first, so words inside a longer term count only for it:
    /// "Department for Education" is national policy, not education; "mental health" is not health partnerships.
    /// </summary>
    private IEnumerable<int> Hits(string text)
    {
        var matches = topics
            .SelectMany((topic, i) => topic.Terms.SelectMany(term => term.Matches(text)).Select(m => (Topic: i, m.Index, m.Length)))
            .OrderByDescending(m => m.Length)
            .ThenBy(m => m.Index);
        var taken = new bool[text.Length];
        foreach (var (topic, index, length) in matches)
        {
            if (!taken.AsSpan(index, length).Contains(true))
            {
                taken.AsSpan(index, length).Fill(true);
                yield return topic;
            }
        }
    }

    /// <summary>Acronyms (two or more capitals) match exactly as whole words; other terms match any case at a word start.</summary>
    private static Regex TermPattern(string term)
    {
        var escaped = Regex.Escape(Fold(term));
        return term.Count(char.IsUpper) >= 2
            ? new Regex($@"\b{escaped}\b", RegexOptions.CultureInvariant)
            : new Regex($@"\b{escaped}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    /// <summary>Sources mix straight and curly apostrophes; terms and text are compared with straight ones.</summary>
    private static string Fold(string text) => text.Replace('’', '\'');
}
