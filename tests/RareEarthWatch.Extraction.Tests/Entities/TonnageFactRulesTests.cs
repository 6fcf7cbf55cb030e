using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.Entities.Recognisers;

namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>
/// The rules that complete a tonnage fact beyond its value: measure, period, product and subject (docs/entities.md,
/// docs/domain/tonnages.md). Invented companies and figures; real bodies and companies only where a rule needs the
/// gazetteer (a ministry's country, a unit's parent).
/// </summary>
public sealed class TonnageFactRulesTests
{
    private static TonnageFact Single(string text) => TestFiles.Recognize(text).Tonnages.Should().ContainSingle().Subject;

    private static TonnageFact Fact(string text, double value) =>
        TestFiles.Recognize(text).Tonnages.Should().ContainSingle(f => f.Min == value || f.Max == value).Subject;

    [Theory]
    [InlineData("China's Ministry of Industry and Information Technology set the 2026 rare earth smelting quota at 140,000 tonnes.", "quota")]
    [InlineData("The Ministry of Industry and Information Technology said the first batch of mining quotas was 110,000 tonnes.", "quota")]
    [InlineData("The General Administration of Customs said exports of rare earth magnets reached 4,300 tonnes in May.", "export")]
    public void A_national_figure_announced_by_a_state_body_is_about_its_country(string text, string measure)
    {
        var fact = Single(text);
        fact.Measure.Should().Be(measure);
        fact.SubjectId.Should().Be("CN");
        fact.SubjectKind.Should().Be(SubjectKinds.Country);
    }

    [Fact]
    public void A_sentence_without_an_actor_continues_the_previous_figures_subject()
    {
        var facts = TestFiles.Recognize("Quellon Minerals Ltd said its Tamar deposit hosts 40 Mt at 1.1% TREO. Ore reserves stand at 12 million tonnes.").Tonnages;
        facts.Should().HaveCount(2);
        facts.Should().OnlyContain(f => f.SubjectName == "Quellon Minerals Ltd");
        facts[1].Measure.Should().Be(Measures.Reserve);
        facts[1].Period.Should().Be(Periods.None);
    }

    [Fact]
    public void A_sentence_without_an_actor_after_a_sentence_without_a_figure_has_no_subject()
    {
        var facts = TestFiles.Recognize("Quellon Minerals Ltd opened an office in Perth. Analysts expect prices to rise. Global output rose to 390,000 tonnes of REO in 2024.").Tonnages;
        facts.Should().ContainSingle().Which.SubjectName.Should().BeNull();
    }

    [Fact]
    public void The_company_before_the_figure_refers_back_to_the_main_organisation()
    {
        var fact = Single("Brennick Metals Corp opened a recycling plant in Ohio on Monday. In the first half the company recycled 35 tonnes of magnet scrap.");
        fact.SubjectName.Should().Be("Brennick Metals Corp");
        fact.Period.Should().Be(Periods.HalfYear);
        fact.ProductId.Should().Be("magnet-scrap");
        fact.Measure.Should().Be(Measures.Other);
    }

    [Fact]
    public void A_destination_country_is_not_the_subject()
    {
        Single("Exports to Japan totalled 500 tonnes of rare earths in July.").SubjectId.Should().NotBe("JP");
        var facts = TestFiles.Recognize("Vietnam exported 900 tonnes of rare earth oxides in June. So far this year shipments to Japan have reached 2,600 tonnes.").Tonnages;
        var ytd = facts.Should().ContainSingle(f => f.Min == 2600).Subject;
        ytd.SubjectId.Should().Be("VN");
        ytd.Measure.Should().Be(Measures.Export);
        ytd.Period.Should().Be(Periods.Cumulative);
        ytd.ProductId.Should().Be("reo");
    }

    [Fact]
    public void A_speaker_with_a_title_is_not_the_subject()
    {
        var fact = Single("Ardent Minerals Ltd managing director Tom Reyes said Coldwater Magnetics Inc would take 450 tonnes of NdPr oxide a year.");
        fact.SubjectName.Should().Be("Coldwater Magnetics Inc");
        fact.Measure.Should().Be(Measures.Offtake);
        fact.Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_figure_for_a_unit_of_the_subject_is_the_units()
    {
        var fact = Single("Lynas Rare Earths expects output of 9,000 tonnes of rare earth oxide for Lynas Malaysia in the 2027 financial year.");
        fact.SubjectId.Should().Be("lynas-malaysia");
        fact.Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_figure_for_a_customer_stays_the_producers()
    {
        Single("Lynas Rare Earths will produce 1,000 tonnes of NdPr oxide a year for MP Materials.").SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void LA_is_never_a_country_in_lanthanum_or_Los_Angeles_contexts()
    {
        var entities = TestFiles.Recognize(
            "LA-based Pacific Crest Magnetics Inc plans to make 300 tonnes of NdFeB magnets a year. Warehouses near Los Angeles hold about 60 tonnes of La metal.");
        entities.Countries.Should().NotContain(c => c.Code == "LA");
        entities.Tonnages.Should().NotContain(f => f.SubjectId == "LA");
        entities.Tonnages.Should().Contain(f => f.Min == 300 && f.SubjectName == "Pacific Crest Magnetics Inc");
    }

    [Theory]
    [InlineData("Tarvik Rare Earths Ltd can produce 2,000 tonnes of NdPr oxide a year.", "capacity", "per_year")]
    [InlineData("Tarvik Rare Earths Ltd will be able to produce 2,000 tonnes of NdPr oxide.", "capacity", "per_year_implied")]
    [InlineData("Tarvik Rare Earths Ltd produced 2,000 tonnes of NdPr oxide in 2025.", "production", "year")]
    [InlineData("Okada Trading Corp will invest $50 million to secure up to 2,000 tonnes of NdPr oxide a year.", "offtake", "per_year")]
    [InlineData("Kelso Resources Ltd processed 2,000 tonnes of monazite feedstock in 2025.", "other", "year")]
    [InlineData("Kelso Resources Ltd shipped a 2,000-tonne cargo of concentrate to China in April.", "shipment", "one_off")]
    public void Measure_and_period_cues(string text, string measure, string period)
    {
        var fact = Single(text);
        fact.Measure.Should().Be(measure);
        fact.Period.Should().Be(period);
    }

    [Theory]
    [InlineData("Tarvik Rare Earths Ltd produced 2,000 tonnes of NdPr oxide in the second quarter.", "per_quarter")]
    [InlineData("Tarvik Rare Earths Ltd said NdPr oxide output for the quarter was 2,000 tonnes.", "per_quarter")]
    [InlineData("Tarvik Rare Earths Ltd produced 2,000 tonnes of NdPr oxide in Q3.", "per_quarter")]
    [InlineData("Japan imported 2,000 tonnes of NdFeB magnets in the month, customs data showed.", "month")]
    [InlineData("China exported 2,000 tonnes of rare earths in January-September.", "cumulative")]
    [InlineData("China exported 2,000 tonnes of rare earths in the first nine months of the year.", "cumulative")]
    [InlineData("China has exported 2,000 tonnes of rare earths so far this year.", "cumulative")]
    [InlineData("China exported 2,000 tonnes of rare earths in the first half.", "half_year")]
    [InlineData("China exported 2,000 tonnes of rare earths in October.", "month")]
    [InlineData("China exported 2,000 tonnes of rare earths last year.", "year")]
    [InlineData("China exported 2,000 tonnes of rare earths last month.", "month")]
    [InlineData("Monthly exports of rare earths reached 2,000 tonnes, customs data showed.", "month")]
    [InlineData("Tarvik Rare Earths Ltd produced 2,000 tonnes of NdPr oxide in the September quarter.", "per_quarter")]
    [InlineData("Tarvik Rare Earths Ltd said first-quarter NdPr oxide output was 2,000 tonnes.", "per_quarter")]
    [InlineData("Tarvik Rare Earths Ltd produced 2,000 tonnes of NdPr oxide in the three months to September.", "per_quarter")]
    [InlineData("Tarvik Rare Earths Ltd produced 2,000 tonnes of NdPr oxide in fiscal 2025.", "year")]
    [InlineData("Tarvik Rare Earths Ltd produced 2,000 tonnes of NdPr oxide in the year to June.", "year")]
    public void Period_windows(string text, string period) => Single(text).Period.Should().Be(period);

    [Fact]
    public void A_comparison_figure_keeps_the_window_of_the_figure_it_is_compared_with()
    {
        var fact = Fact("Tarvik Rare Earths Ltd said NdPr oxide output for the quarter was 2,000 tonnes, down from 2,400 tonnes a year earlier.", 2400);
        fact.Period.Should().Be(Periods.PerQuarter);
        fact.Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_grade_in_ppm_with_a_thousands_comma_makes_the_figure_ore()
    {
        var fact = Single("Kelso Resources Ltd said its project hosts 300 Mt at 1,200 ppm TREO.");
        fact.ProductId.Should().Be("rare-earth-ore");
        fact.Measure.Should().Be(Measures.Resource);
        fact.Period.Should().Be(Periods.None);
    }
}
