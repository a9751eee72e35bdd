using AdcsSite.Generator.Import;

namespace AdcsSite.Tests.Import;

public class PresidentialYearTests
{
    [Theory]
    [InlineData("2018-06-01", 2018)]
    [InlineData("2019-01-15", 2018)]
    [InlineData("2018-04-03", null)]
    [InlineData("2018-03-20", null)]
    public void A_date_falls_in_the_term_from_1_april_unless_it_is_near_the_handover(string date, int? term) =>
        Assert.Equal(term, PresidentialYear.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2019-04-10", 2019)]
    [InlineData("2019-03-25", 2019)]
    [InlineData("2018-11-01", null)]
    public void A_term_starts_on_the_1_april_nearest_the_date(string date, int? term) =>
        Assert.Equal(term, PresidentialYear.StartingNear(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
