using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class RoleFactsTests
{
    private static List<(string Name, OfficeKind Kind, string Key)> Facts(string text, DateOnly? date = null) =>
        [.. RoleFacts.In(new AuthoredText("d.txt", 0, [text], date ?? new DateOnly(2018, 11, 12), null), new Dictionary<string, string>())
            .Select(f => (f.Name, f.Office.Kind, f.Office.Key))];

    [Theory]
    [InlineData("We heard from Jo Davidson, Principal of the Staff College.", "Jo Davidson", OfficeKind.Post, "principal of staff college")]
    [InlineData("Alan Wood announced as the Chair of the Residential Care Leadership Board.", "Alan Wood", OfficeKind.Post, "chair of residential care leadership board")]
    [InlineData("Evidence from Dave Hill (Director of Children’s Services at Surrey County Council) was stark.", "Dave Hill", OfficeKind.Director, "Surrey")]
    [InlineData("We welcome Rachel Dickinson, Barnsley’s DCS, to the panel.", "Rachel Dickinson", OfficeKind.Director, "Barnsley")]
    [InlineData("Matt Dunkley, ADCS president, April 2011-March 2012, looks back.", "Matt Dunkley", OfficeKind.President, "2011")]
    [InlineData("Speeches came from ADASS President Glen Garrod and ADCS President Stuart Gallimore.", "Stuart Gallimore", OfficeKind.President, "2018")]
    public void A_text_naming_someone_in_an_office_states_a_fact(string text, string name, OfficeKind kind, string key) =>
        Assert.Equal((name, kind, key), Assert.Single(Facts(text)));

    [Theory]
    [InlineData("We heard from Kathryn Boulton, Deputy Director of Children’s Services at Derbyshire County Council.")]
    [InlineData("James Thomas, former DCS, Newham Borough Council, led this process.")]
    [InlineData("I thank our former Immediate Past President, Dave Hill, and former Vice President, Stuart Gallimore.")]
    [InlineData("I will close with the words of another former President, Theodore Roosevelt.")]
    [InlineData("Robert Goodwill, the Minister of State for Children and Families, addressed the conference.")]
    public void A_former_deputy_or_other_office_states_no_fact(string text) =>
        Assert.Empty(Facts(text));

    [Fact]
    public void A_president_named_near_the_april_handover_states_no_term() =>
        Assert.Empty(Facts("ADCS President Stuart Gallimore spoke.", new DateOnly(2018, 4, 10)));
}
