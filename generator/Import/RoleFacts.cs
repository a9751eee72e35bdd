using System.Globalization;
using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>
/// What the texts say about who held which office, in the third person: "Rachel Dickinson, Barnsley’s DCS and our
/// President for 2019/20", "Jo Davidson, Principal of the Staff College". These are the facts a writer's claim about
/// themselves is matched against. A name that is only quoted, thanked or described some other way states nothing here.
/// </summary>
public static partial class RoleFacts
{
    private const string Name = OfficeText.Name;

    public static IEnumerable<Holder> In(AuthoredText article, IReadOnlyDictionary<string, string> acronyms)
    {
        foreach (var sentence in article.Sentences)
        {
            foreach (Match m in PresidentForTerm().Matches(sentence))
            {
                yield return Held(m, Office.President(int.Parse(m.Groups["term"].Value, CultureInfo.InvariantCulture)));
            }

            foreach (Match m in TitledPresident().Matches(sentence))
            {
                if (m.Groups["org"].Value.Trim() is "" or "ADCS" && PresidentialYear.Containing(article.Date) is { } term)
                {
                    yield return Held(m, Office.President(term));
                }
            }

            foreach (Match m in BecamePresident().Matches(sentence))
            {
                if (PresidentialYear.StartingNear(article.Date) is { } term)
                {
                    yield return Held(m, Office.President(term));
                }
            }

            foreach (var m in NamedDirector().Matches(sentence).Concat(NamedPost().Matches(sentence)))
            {
                if (OfficeText.Of(m, acronyms) is { } office)
                {
                    yield return Held(m, office);
                }
            }
        }

        Holder Held(Match m, Office office) => new(m.Groups["name"].Value, office, article.Label, article.Date, m.Value, Holder.NoInference);
    }

    /// <summary>"Rachel Dickinson, Barnsley’s DCS and our President for 2019/20", "Matt Dunkley, ADCS president, April 2011-March 2012".</summary>
    [GeneratedRegex($@"{Name}, (?:[^.]{{0,60}}?\bPresident for |(?:ADCS |our )?[Pp]resident,? (?:April )?)(?<term>20\d\d)\b(?:/\d\d)?")]
    private static partial Regex PresidentForTerm();

    /// <summary>"ADCS President, Rachel Dickinson", "our President, Stuart Gallimore"; not "Vice President …" or "former ADCS President …".</summary>
    [GeneratedRegex($@"(?<!{OfficeText.NotThePresident}(?:[A-Z]{{3,5}} )?)(?<org>\b[A-Z]{{3,5}} )?\b[Pp]resident,? {Name}")]
    private static partial Regex TitledPresident();

    /// <summary>"Stuart Gallimore who became President of ADCS on 1 April", "Debbie Jones, who became president of the Association …".</summary>
    [GeneratedRegex($@"{Name},? who became [Pp]resident of (?:the )?(?:ADCS|Association of Directors of Children’s Services)[^.]{{0,10}}? on 1 April")]
    private static partial Regex BecamePresident();

    /// <summary>"Rachel Dickinson, Barnsley’s DCS", "Helen Lincoln, DCS Essex County Council", "Dave Hill (Director of Children’s Services at Surrey County Council)".</summary>
    [GeneratedRegex($@"{Name}(?:, | \()(?:{OfficeText.PlaceName}’s DCS|DCS,? {OfficeText.PlaceName}|(?!former )[^.()]{{0,60}}?(?<!Deputy |Assistant |[Ff]ormer |[Ff]ormerly ){OfficeText.DirectorOf})")]
    private static partial Regex NamedDirector();

    /// <summary>"Jo Davidson, Principal of the Staff College", "Alan Wood announced as the Chair of the Residential Care Leadership Board".</summary>
    [GeneratedRegex($@"{Name}(?:,? (?:the |our |ADCS )*| (?:announced|appointed|named|elected) as (?:the )?){OfficeText.PostOf}")]
    private static partial Regex NamedPost();
}
