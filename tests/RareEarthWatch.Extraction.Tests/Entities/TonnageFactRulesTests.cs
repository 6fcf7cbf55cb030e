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

    /// <summary>§74: a mass of another commodity (zircon, iron ore, ferroniobium, fertiliser) is no rare-earth fact at all.</summary>
    private static void NoFact(string text, double value) =>
        TestFiles.Recognize(text).Tonnages.Should().NotContain(f => f.Min == value || f.Max == value);

    [Fact]
    public void A_quota_that_names_no_holder_is_the_country_of_the_bodies_that_issue_it()
    {
        const string Text = "In accordance with the interim measures, the first batch of indicators is hereby issued. The mining indicator is "
                            + "135,000 tonnes (rare earth oxide, REO). Quellon Minerals Ltd is allocated 95,000 tonnes of the mining indicator.\n\n"
                            + "Ministry of Industry and Information Technology\n\n14 August 2026";
        Fact(Text, 135_000).SubjectId.Should().Be("CN");
        Fact(Text, 95_000).SubjectName.Should().Be("Quellon Minerals Ltd");
    }

    [Fact]
    public void A_whole_trades_stocks_opening_a_sentence_are_nobodys()
    {
        const string Text = "Trading on the Baotou Rare Earth Products Exchange was brisk, with 436t of NdPr oxide changing hands this week. "
                            + "Separator inventories of NdPr oxide fell to an estimated 3,400t at the end of October, according to a monthly survey.";
        Fact(Text, 3_400).SubjectName.Should().BeNull();
        // Near miss: a named holder's stocks stay its own.
        Fact("Quellon Minerals Ltd said its inventories of NdPr oxide fell to 300t at the end of October.", 300).SubjectName.Should().Be("Quellon Minerals Ltd");
    }

    [Fact]
    public void A_government_body_that_buys_from_an_asset_does_not_own_it()
    {
        const string Text = "The Pentagon's deal with Quellon Minerals Ltd looks like a utility contract. The Department of Defense guarantees "
                            + "$110 a kilogram for the NdPr oxide from Tarvik Pass. Tarvik Pass produced 1,950 metric tons of NdPr oxide in 2026.";
        Single(Text).SubjectName.Should().Be("Quellon Minerals Ltd");
    }

    [Theory]
    [InlineData("Shipments of rare earth permanent magnets totalled 5,912 metric tons last month, according to the General Administration of Customs.")]
    [InlineData("Exports of rare earth magnets reached 4,300 tonnes in May, the General Administration of Customs said.")]
    public void A_figure_a_national_body_publishes_after_it_is_its_countrys(string text) =>
        Single(text).SubjectId.Should().Be("CN");

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
    public void A_highlight_naming_only_the_customer_of_an_offtake_is_the_announcing_companys()
    {
        var text = "• Offtake agreement with Schaeffler for 1,000 tpa of NdPr oxide over five years\n\n"
                   + "Quellon Minerals Ltd is pleased to announce that it has produced its first NdPr oxide. Quellon Minerals Ltd said the refinery would reach capacity in 2026.";
        Fact(text, 1_000).SubjectName.Should().Be("Quellon Minerals Ltd");
    }

    [Fact]
    public void Agreements_whose_only_names_are_parties_after_with_are_the_story_companys()
    {
        var text = "Tarvik Rare Earths Ltd signed a binding offtake with Vestas on Monday. Vestas will use the oxide in turbine generators. "
                   + "Earlier agreements cover 600 tonnes a year with Schaeffler and 400 tonnes a year with Kolbe Magnet GmbH.";
        Fact(text, 600).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
        Fact(text, 400).SubjectName.Should().Be("Tarvik Rare Earths Ltd");

        // A party that acts in its own clause keeps the figure: "a deal with X, which will supply 500 tonnes".
        Single("Tarvik Rare Earths Ltd signed a deal with Kolbe Magnet GmbH, which will supply 500 tonnes of magnets a year.")
            .SubjectName.Should().Be("Kolbe Magnet GmbH");
    }

    [Theory]
    [InlineData("Every direct-drive offshore turbine of the kind Halden Wind AS and Kolbe Energy GmbH now install carries roughly 8 tonnes of rare earth magnets in its generator.")]
    [InlineData("A typical electric car of the type Valdora Motors AG sells uses around 1,500 kg of NdFeB magnets.")]
    public void Makers_named_as_examples_of_a_generic_unit_do_not_own_its_figure(string text) =>
        Single(text).SubjectName.Should().BeNull();

    [Fact]
    public void A_maker_speaking_of_its_own_units_keeps_the_figure() =>
        Single("Valdora Motors AG said each of its new cars will use 2 kg of NdFeB magnets.").SubjectName.Should().Be("Valdora Motors AG");

    [Fact]
    public void A_research_notes_figures_naming_nobody_are_the_covered_companys()
    {
        var text = "HARTWELL PARTNERS - EQUITY RESEARCH. Lindqvist Rare Metals AB (STO: LRM): Initiating coverage with an Outperform rating. "
                   + "The Norra Karr project in Sweden hosts 58 Mt at 0.55% TREO. "
                   + "We model production of 6,500 tpa of mixed rare earth carbonate from 2030. "
                   + "Permitting is simpler than at Tarvik Rare Earths Ltd's project, which hosts 200 million tonnes of ore.";
        Fact(text, 58_000_000).SubjectName.Should().Be("Lindqvist Rare Metals AB");
        Fact(text, 6_500).SubjectName.Should().Be("Lindqvist Rare Metals AB");
        Fact(text, 200_000_000).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void A_plant_whose_parent_is_named_in_an_aside_is_the_operator_named_before_its_plant()
    {
        var text = "Valdora Motors AG is securing more magnet supply after Carolina Magnetworks LLC began production at its plant in Greenville. "
                   + "The plant, owned by Hoshino Metals Co., will make 1,200 tons of finished magnets a year when fully ramped.";
        Fact(text, 1_200).SubjectName.Should().Be("Carolina Magnetworks LLC");
    }

    [Fact]
    public void Agreements_in_a_fronted_phrase_are_the_main_clauses_company()
    {
        // "Together with existing agreements with X for up to 700 tpa and with Y for 300 tpa, Z has now contracted 1,800 tpa":
        // the fronted phrase lists Z's counterparties; every figure of the sentence is Z's (§72).
        var text = "Tarvik Rare Earths Ltd signed an offtake agreement with Valdora Motors for 800 tonnes a year of NdPr oxide. "
                   + "Together with existing agreements with Hanlon Magnetics GmbH and Ostrava Motors AG for up to 700 tpa and with Kolbe Magnet GmbH for 300 tpa, "
                   + "Tarvik Rare Earths Ltd has now contracted about 1,800 tpa of NdPr oxide.";
        Fact(text, 700).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
        Fact(text, 300).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
        Fact(text, 1_800).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
        Fact(text, 800).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void An_offtake_whose_supplier_the_sentence_names_keeps_it()
    {
        var text = "Quellon Minerals Ltd signed an offtake agreement with Schaeffler for 1,000 tonnes a year of NdPr oxide.";
        Fact(text, 1_000).SubjectName.Should().Be("Quellon Minerals Ltd");
    }

    [Theory]
    [InlineData("Market participants expect China's first batch of 2026 mining quotas, likely around 135,000 tonnes of REO, to be issued in the first quarter.", "year")]
    [InlineData("The 2025 smelting quota of 127,000 tonnes was announced in the third quarter.", "year")]
    [InlineData("Quellon Minerals Ltd produced 410 tonnes of NdPr oxide in the first quarter, it reported in the second quarter.", "per_quarter")]
    public void When_a_figure_is_issued_or_announced_is_not_its_period(string text, string period) =>
        Single(text).Period.Should().Be(period);

    [Theory]
    [InlineData("We lift our FY28e NdPr oxide production for Quellon Minerals Ltd to 11,600t.")]
    [InlineData("We cut our FY27E NdPr oxide production estimate for Quellon Minerals Ltd to 9,400t.")]
    public void A_brokers_estimate_year_with_its_e_is_a_fiscal_year(string text) =>
        Single(text).Period.Should().Be("year");

    [Theory]
    [InlineData("China set its 2024 rare earth mining quota at 270,000 tonnes, compared with 240,000 tonnes in 2023.", 270_000, "2024")]
    [InlineData("China set its 2024 rare earth mining quota at 270,000 tonnes, compared with 240,000 tonnes in 2023.", 240_000, "2023")]
    [InlineData("Quellon Minerals Ltd produced 10,462 tonnes of rare earth oxides in fiscal 2024.", 10_462, "fiscal 2024")]
    [InlineData("Quellon Minerals Ltd expects to produce 12,000 tonnes of NdPr oxide in FY26.", 12_000, "FY26")]
    [InlineData("We lift our FY28e NdPr oxide production for Quellon Minerals Ltd to 11,600t.", 11_600, "FY28e")]
    [InlineData("Quellon Minerals Ltd produced 1,250 tonnes of NdPr oxide in the September quarter.", 1_250, "September quarter")]
    [InlineData("Quellon Minerals Ltd produced 612 tonnes of NdPr oxide in the third quarter of 2026.", 612, "third quarter of 2026")]
    [InlineData("China exported 38,000 tonnes of magnets in January-October.", 38_000, "January-October")]
    [InlineData("China exported 4,300 tonnes of magnets in May.", 4_300, "May")]
    [InlineData("In June 2025 Quellon Minerals Ltd produced 1,150 tonnes of NdPr oxide.", 1_150, "June 2025")]
    [InlineData("In 1H25 the Tamar plant of Quellon Minerals Ltd produced 190 tonnes of xenotime concentrate.", 190, "1H25")]
    [InlineData("Quellon Minerals Ltd plans to produce 4,440 tonnes of NdPr oxide a year by 2028.", 4_440, "by 2028")]
    public void A_figure_keeps_the_year_quarter_or_month_its_own_words_name(string text, double value, string detail) =>
        Fact(text, value).PeriodDetail.Should().Be(detail);

    [Theory]
    [InlineData("Its new plant in Baotou, which will add 8,000 tonnes of annual capacity, is due to start trial production in the fourth quarter.", 8_000)]
    [InlineData("Quellon Minerals Ltd will produce 5,000 tonnes of NdPr oxide a year once the line starts in the second half of 2027.", 5_000)]
    public void A_quarter_or_half_does_not_date_a_yearly_rate(string text, double value)
    {
        // When a yearly rate starts is no window of it: the rate stays per year with no quarter or half as its detail.
        var fact = Fact(text, value);
        fact.Period.Should().Be(Periods.PerYear);
        fact.PeriodDetail.Should().BeNull();
    }

    [Theory]
    [InlineData("Quellon Minerals Ltd said its Tamar deposit hosts 40 Mt of ore, it said in 2024.")]
    [InlineData("Quellon Minerals Ltd produced 300 tonnes of NdPr oxide, down from 320 tonnes a year earlier.")]
    public void A_stock_or_a_figure_whose_clause_names_no_window_has_no_detail(string text) =>
        TestFiles.Recognize(text).Tonnages.Where(f => f.Min is 40_000_000 or 320).Should().OnlyContain(f => f.PeriodDetail == null);

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

    // Branch tonnages-2 (tune passages U01-U27).

    [Theory]
    [InlineData("Fenwick Alloys Inc will buy 1,100 tons (998 metric tons) of NdPr oxide a year.", 998)]
    [InlineData("The reserve goal is 500 short tons (454 metric tons) of terbium oxide.", 454)]
    [InlineData("Fenwick Alloys Inc will buy 998 metric tons (1,100 tons) of NdPr oxide a year.", 998)]
    public void An_amount_with_its_conversion_in_brackets_is_one_metric_figure(string text, double tonnes)
    {
        var fact = Single(text);
        fact.Min.Should().BeApproximately(tonnes, 1);
        fact.ProductId.Should().NotBeNull();
    }

    [Fact]
    public void A_hedge_before_the_converted_amount_covers_the_metric_figure()
    {
        var fact = Single("Fenwick Alloys Inc plans to buy up to 2,200 tons (1,996 metric tons) of NdPr oxide over five years.");
        fact.Min.Should().BeNull();
        fact.Max.Should().BeApproximately(1996, 1);
        fact.Period.Should().Be(Periods.Cumulative);
    }

    [Theory]
    [InlineData("Quellon Minerals Ltd produced 9,000 tonnes of REO in 2024. World mine production rose to 380,000 tonnes in 2024.")]
    [InlineData("Quellon Minerals Ltd produced 9,000 tonnes of REO in 2024. Global output of rare earth oxide reached about 380,000 tonnes in 2024, led by China.")]
    public void A_world_total_after_a_company_figure_has_no_subject(string text)
    {
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Should().HaveCount(2);
        facts[0].SubjectName.Should().Be("Quellon Minerals Ltd");
        facts[1].SubjectName.Should().BeNull();
    }

    [Fact]
    public void The_worlds_largest_is_not_a_world_total()
    {
        Single("Quellon Minerals Ltd, the world's largest producer outside China, produced 9,000 tonnes of REO in 2024.")
            .SubjectName.Should().Be("Quellon Minerals Ltd");
    }

    [Fact]
    public void A_parallel_clause_has_its_own_subject_and_shares_the_window()
    {
        var facts = TestFiles.Recognize("In the June quarter, Quellon Minerals Ltd produced 2,100 tonnes of NdPr oxide, while Tamsin Metals Corp produced 800 tonnes.").Tonnages;
        facts.Should().HaveCount(2);
        facts[1].SubjectName.Should().Be("Tamsin Metals Corp");
        facts[1].Period.Should().Be(Periods.PerQuarter);
        facts[1].ProductId.Should().Be("ndpr-oxide");
    }

    [Fact]
    public void Two_exporting_countries_in_parallel_clauses()
    {
        var facts = TestFiles.Recognize("Vietnam shipped 1,800 tonnes of rare earth concentrate to Japan in June, while Thailand sent 600 tonnes.").Tonnages;
        facts.Select(f => f.SubjectId).Should().Equal("VN", "TH");
        facts.Should().OnlyContain(f => f.Measure == Measures.Export && f.Period == Periods.Month);
    }

    [Fact]
    public void A_measure_word_of_the_first_clause_does_not_reach_across_while_when_the_second_has_its_own()
    {
        var facts = TestFiles.Recognize("Myanmar produced 31,000 tonnes of concentrate last year under an informal quota, while Lynas Rare Earths made 10,460 tonnes of REO in fiscal 2025.").Tonnages;
        facts.Select(f => f.Measure).Should().Equal(Measures.Production, Measures.Production);
        facts[1].SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void A_clause_after_while_without_a_measure_word_shares_the_first_clause_measure()
    {
        var facts = TestFiles.Recognize("Laos exported 2,400 tonnes of rare earth oxide to China in March, while Vietnam 700 tonnes.").Tonnages;
        facts.Should().OnlyContain(f => f.Measure == Measures.Export);
    }

    [Fact]
    public void A_speaker_after_the_figure_is_the_subject_when_nobody_comes_before()
    {
        Single("An indicated resource of 48 million tonnes at 0.2% TREO was outlined, Quellon Minerals Ltd said.")
            .SubjectName.Should().Be("Quellon Minerals Ltd");
    }

    [Fact]
    public void Table_lines_are_about_the_main_organisation()
    {
        var facts = TestFiles.Recognize("Quellon Minerals Ltd released its quarterly report. Output: 700 t REO (Q2), 1,900 t REO (6M). Sales: 650 t REO (Q2).").Tonnages;
        facts.Should().HaveCount(3);
        facts.Should().OnlyContain(f => f.SubjectName == "Quellon Minerals Ltd");
        facts[0].Period.Should().Be(Periods.PerQuarter);
        facts[2].Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void Nine_months_in_brackets_is_year_to_date()
    {
        TestFiles.Recognize("Quellon Minerals Ltd said output was 700 t REO (Q3), 2,100 t REO (9M).").Tonnages
            .Should().Contain(f => f.Min == 2100 && f.Period == Periods.Cumulative);
    }

    [Fact]
    public void A_demonym_anaphor_picks_the_organisation_of_that_country()
    {
        var facts = TestFiles.Recognize("Sojitz Corp agreed to take 1,000 tonnes of NdPr oxide a year from Lynas Rare Earths, the trading house said. The Australian miner will deliver its first 200 tonnes in May.").Tonnages;
        var second = facts.Should().ContainSingle(f => f.Min == 200).Subject;
        second.SubjectId.Should().Be("lynas");
        second.Measure.Should().Be(Measures.Shipment);
        second.Period.Should().Be(Periods.OneOff);
    }

    [Theory]
    [InlineData("Harrow Freight Corp said its depot will be able to deliver up to 600 tonnes of rare earth magnets a month.", Measures.Capacity)]
    [InlineData("Once fully ramped up, the Harrow Metals Corp plant will turn out 300 tonnes of NdPr metal a year.", Measures.Capacity)]
    [InlineData("Harrow Metals Corp signed a deal to sell 700 tonnes a year of NdPr oxide to a Korean buyer.", Measures.Offtake)]
    [InlineData("Harrow Metals Corp sold 700 tonnes of NdPr oxide in 2024.", Measures.Sales)]
    [InlineData("Harrow Metals Corp keeps about 90 tonnes of dysprosium oxide in bonded warehouses.", Measures.Stockpile)]
    public void Measure_cues_of_capacity_offtake_and_stocks(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_mass_of_something_that_is_not_rare_earth_material_is_other_with_no_product()
    {
        var fact = Single("Harrow Metals Corp said the tailings dam contains about 20,000 tonnes of process water.");
        fact.Measure.Should().Be(Measures.Other);
        fact.ProductId.Should().BeNull();
        fact.Period.Should().Be(Periods.Unknown);
    }

    [Fact]
    public void Consumption_in_its_own_clause_is_other_not_the_trade_before_it()
    {
        var facts = TestFiles.Recognize("U.S. imports of rare-earth compounds rose to 8,000 tonnes in 2024, the U.S. Geological Survey said; domestic consumption was estimated at 9,400 tonnes.").Tonnages;
        facts.Select(f => f.Measure).Should().Equal(Measures.Import, Measures.Other);
    }

    [Fact]
    public void A_figures_own_carbonate_is_not_the_other_clauses_material()
    {
        var facts = TestFiles.Recognize("Iluka's refinery can make 2,000 tonnes a year of dysprosium and terbium combined, while Vital Metals shipped a few hundred tonnes of carbonate last year.").Tonnages;
        facts.Should().HaveCount(2);
        facts[1].ProductId.Should().Be("mrec");
        facts[1].ElementSymbol.Should().BeNull();
    }

    [Theory]
    [InlineData("Vital Metals shipped 300 tonnes of carbonate to Norway last year.", "mrec")]
    public void Bare_carbonate_is_rare_earth_carbonate_unless_another_element_names_it(string sentence, string? product) =>
        Single(sentence).ProductId.Should().Be(product);

    [Fact]
    public void Magnets_recycled_are_processed_feed_not_the_capacity_of_the_sentence_before()
    {
        var facts = TestFiles.Recognize("Kestrel Magnetics will process swarf and end-of-life magnets at its Ohio site. Its unit recycled 35 tonnes of magnets at a pilot plant in 2024.").Tonnages;
        facts.Should().ContainSingle().Which.Measure.Should().Be(Measures.Other);
    }

    [Fact]
    public void A_figure_compared_in_the_unit_of_an_earlier_one_is_of_that_ones_material()
    {
        var facts = TestFiles.Recognize("Harrow Minerals Ltd said its Kessel project holds a Mineral Resource of 45Mt at 1.2% TREO for 540,000t of contained TREO, including 110,000 t NdPr oxide, up from 38 Mt previously.").Tonnages;
        facts.Should().HaveCount(4);
        facts[3].ProductId.Should().Be(facts[0].ProductId);
    }

    [Fact]
    public void Material_held_in_stock_is_a_stockpile_not_the_sale_of_the_sentence_before()
    {
        var facts = TestFiles.Recognize("Harrow Minerals Ltd expects to sell 2,000 t of concentrate a year to Chinese buyers. It holds 500 kg of terbium in stock.").Tonnages;
        facts.Should().HaveCount(2);
        facts[1].Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void Bare_oxides_are_rare_earth_oxides_not_the_material_of_the_clause_before()
    {
        var facts = TestFiles.Recognize("Harrow Minerals Ltd would mine 500,000 tonnes of ore next year, and Quarrion Metals Ltd expects to make 3,000 tonnes of oxides by 2028.").Tonnages;
        facts.Should().HaveCount(2);
        facts[1].ProductId.Should().Be("reo");
    }

    [Fact]
    public void The_customer_a_supplier_supplies_with_a_figure_is_not_its_subject() =>
        Single("Vacuumschmelze will supply General Motors with about 1,000 tonnes a year of NdFeB magnets, the magnet maker said.")
            .SubjectId.Should().Be("vacuumschmelze");

    [Fact]
    public void A_figure_a_region_imported_is_nobodys_not_the_country_it_came_from()
    {
        var facts = TestFiles.Recognize("China's Ministry of Commerce approved export licences for 150 tonnes of dysprosium. The approvals are a fraction of the roughly 1,000 tons of the two elements that Europe imported from China in 2024.").Tonnages;
        facts.Should().HaveCount(2);
        facts[1].SubjectName.Should().BeNull();
    }

    [Fact]
    public void Feed_converted_into_products_is_processed_not_sold()
    {
        Single("Defence customers placed brisk orders, and a Baotou plant converted 300 tonnes of mixed rare earth carbonate into separated oxides in October.")
            .Measure.Should().Be(Measures.Other);
    }

    [Fact]
    public void A_regions_demand_is_nobodys_figure()
    {
        var facts = TestFiles.Recognize("Germany's Vacuumschmelze said its U.S. plant would have capacity of 1,500 tonnes of magnets per year. Analysts at Benchmark Mineral Intelligence expect European demand for NdFeB magnets to reach 40,000 tonnes by 2030.").Tonnages;
        facts.Should().HaveCount(2);
        facts[1].SubjectName.Should().BeNull();
        TestFiles.Recognize("Solvay's European plant will produce 1,000 tonnes of rare earth oxides a year.").Tonnages.Should().ContainSingle()
            .Which.SubjectId.Should().Be("solvay");
    }

    [Fact]
    public void Levels_a_quota_sets_are_quotas()
    {
        var facts = TestFiles.Recognize("China's Ministry of Industry and Information Technology issued the first batch of rare earth quotas for 2026, setting mining output at 135,000 tonnes and smelting and separation at 127,000 tonnes.").Tonnages;
        facts.Select(f => f.Measure).Should().Equal(Measures.Quota, Measures.Quota);
        TestFiles.Recognize("Lynas set a quarterly record, producing 2,000 tonnes of NdPr at its Kalgoorlie plant.").Tonnages.Should().ContainSingle()
            .Which.Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_level_recovering_to_a_figure_is_not_metal_recovered()
    {
        var facts = TestFiles.Recognize("Chinese exports of rare earth magnets fell 74% in May to 1,238 tonnes, customs data showed, before recovering to 6,146 tonnes in August.").Tonnages;
        facts.Select(f => f.Measure).Should().Equal(Measures.Export, Measures.Export);
        TestFiles.Recognize("Lynas recovered 500 tonnes of rare earth oxide from the tailings last year.").Tonnages.Should().ContainSingle()
            .Which.Measure.Should().Be(Measures.Production);
    }

    [Theory]
    [InlineData("Arnold Magnetic Technologies agreed to buy 220 tonnes a year of samarium-cobalt alloy.", "smco-alloy")]
    [InlineData("The plant will make 1,000 tonnes a year of neodymium-iron-boron magnets.", "ndfeb-magnet")]
    [InlineData("Lynas shipped 15,000 tonnes of concentrate from Mt Weld in the quarter, while copper prices rose.", "rare-earth-concentrate")]
    public void A_rare_earth_product_naming_another_metal_stays_rare_earth(string sentence, string product) =>
        Single(sentence).ProductId.Should().Be(product);

    [Theory]
    [InlineData("Ruritania exported 4,640 tonnes of rare earth permanent magnets in October. In the first ten months, magnet exports totalled 45,300 tonnes.", 45_300, "rare-earth-permanent-magnet")]
    [InlineData("The scheme covers rare earth magnets. Tarvik Magnetics Ltd said it would make 500 tonnes of magnets in its first year.", 500, "rare-earth-permanent-magnet")]
    [InlineData("Ruritania imported 1,450 tonnes of rare earth magnets in the first half. Neodymium magnets are the main kind, and Tarvik Magnetics Ltd said it produced 9,000 tonnes of magnets in the period.", 9_000, "ndfeb-magnet")]
    [InlineData("Vantor Magnet Works Inc will build a 4,000-tonne-a-year magnet plant in Texas.", 4_000, "ndfeb-magnet")]
    [InlineData("Tarvik Magnetics Ltd will build a samarium-cobalt magnet plant able to make 1,500 tonnes a year. It expects first output of about 300 tonnes of magnets in 2028.", 300, "smco-magnet")]
    [InlineData("Tarvik Magnetics Ltd will lift its capacity for SmCo magnets to 800 tonnes a year. It currently produces about 450 tonnes of the magnets annually.", 450, "smco-magnet")]
    [InlineData("Tarvik Magnetics Ltd makes SmCo magnets in Osaka and NdFeB magnets in Vietnam, where it will make 5,000 tonnes of magnets by 2027.", 5_000, "ndfeb-magnet")]
    public void A_bare_magnet_after_generic_rare_earth_magnets_is_that_kind(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    [Theory]
    [InlineData("Quellon Minerals Ltd has stockpiled about 26,000 tonnes of monazite-bearing tin tailings at its site.", 26_000, "tailings")]
    [InlineData("Quellon Minerals Ltd mined 1,200,000 tonnes of xenotime-rich ore in 2025.", 1_200_000, "rare-earth-ore")]
    [InlineData("Quellon Minerals Ltd holds a stockpile of 90,000 tonnes of monazite-rich concentrate at its plant.", 90_000, "monazite")]
    public void A_material_bearing_another_is_the_head_noun(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    [Theory]
    [InlineData("Quellon Minerals Ltd sold 14,300 tonnes of rare earth metals in 2025.", "rare-earth-metal")]
    [InlineData("Quellon Minerals Ltd will stockpile 800 tonnes of rare-earth metals at a warehouse in Osaka.", "rare-earth-metal")]
    [InlineData("Quellon Minerals Ltd exported 2,000 tonnes of rare earths in 2025.", "rare-earths")]
    public void Rare_earth_metals_as_a_figures_own_material_are_the_metal_product(string text, string product) =>
        Single(text).ProductId.Should().Be(product);

    [Fact]
    public void Mixed_oxide_feed_is_mixed_rare_earth_oxide() =>
        Single("Quellon Minerals Ltd has agreed to take 500 tonnes a year of recycled mixed oxide feed from a magnet recycler.")
            .ProductId.Should().Be("mixed-rare-earth-oxide");

    [Theory]
    [InlineData("Quellon Minerals Ltd will produce about 1,400 tonnes a year of heavy rare earth concentrate. It plans to ship the concentrate to Louisiana under an export permit for up to 2,000 tonnes a year.", 2_000, "heavy-rare-earth-concentrate")]
    [InlineData("Quellon Minerals Ltd will produce about 1,400 tonnes a year of heavy rare earth concentrate. Its neighbour sold 2,000 tonnes of concentrate last year.", 2_000, "rare-earth-concentrate")]
    public void The_concentrate_after_a_named_kind_is_that_kind(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    // product23: "the oxide" points back to the oxide the story named last, like "the concentrate".
    [Theory]
    [InlineData("Terbium oxide prices in China fell 3% this week as Tarvik Rare Earth Group released 80 tonnes of the oxide from its reserves.", 80, "terbium-oxide")]
    [InlineData("Quellon Minerals Ltd produced 410 tonnes of NdPr oxide in the quarter. It expects to sell 2,000 tonnes of the oxide next year.", 2_000, "ndpr-oxide")]
    [InlineData("Quellon Minerals Ltd produced 410 tonnes of NdPr oxide in the quarter. Its neighbour sold 2,000 tonnes of oxides last year.", 2_000, "reo")]
    public void The_oxide_after_a_named_oxide_is_that_oxide(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    // product23: a product joined to a generic "compounds"/"materials" is a mixed mass: the rare earths as a group.
    [Theory]
    [InlineData("Ruritania imported 27,600 tonnes of rare earth oxides and compounds from its neighbour in 2025, customs data showed.", 27_600, "rare-earths")]
    [InlineData("The state agency will purchase 2,400 tons of rare earth oxides and magnet materials next year, after buying 1,150 tons in 2026.", 2_400, "rare-earths")]
    [InlineData("The state agency will purchase 2,400 tons of rare earth oxides and magnet materials next year, after buying 1,150 tons in 2026.", 1_150, "rare-earths")]
    [InlineData("Quellon Minerals Ltd produced 2,400 tonnes of rare earth oxides and 300 tonnes of magnets in 2025.", 2_400, "reo")]
    public void A_product_joined_to_generic_compounds_is_the_group(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    // product23: an adjectival figure sizing a plant "for" a material: the material after "for" is the figure's.
    [Theory]
    [InlineData("Quellon Minerals Ltd holds about 180 tonnes of heavy rare earth inventory. Tarvik Magnetics Ltd, meanwhile, is building a 2,400-tonne-per-year line for heavy-rare-earth-free magnets in Osaka.", 2_400, "ndfeb-magnet")]
    [InlineData("Quellon Minerals Ltd produced 400 tonnes of rare earth concentrate last year. It plans a 5,000-tonne plant for NdPr oxide in Texas.", 5_000, "ndpr-oxide")]
    public void A_plant_sized_for_a_material_takes_that_material(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    // product23: a coordinated figure whose own "of" phrase names an unknown material does not take its sibling's material.
    [Theory]
    [InlineData("Tarvik Magnetics Ltd said its plants made a combined 4,600 tonnes of magnets and 2,100 tonnes of soft magnetic alloys last year.", 2_100, null)]
    [InlineData("Tarvik Magnetics Ltd said its plants made a combined 4,600 tonnes of magnets and 2,100 tonnes of the alloy last year.", 4_600, "ndfeb-magnet")]
    [InlineData("Quellon Minerals Ltd produced 1,200 tonnes of NdPr oxide in 2025 and expects to add 300 tonnes of new capacity next year.", 300, "ndpr-oxide")]
    [InlineData("Quellon Minerals Ltd holds 2 million tonnes of monazite in beach sands and mines about 300,000 tonnes of heavy minerals a year.", 300_000, "heavy-mineral-sands")]
    [InlineData("Quellon Minerals Ltd said its plant made 42 t of NdPr metal in the quarter and a second line will lift capacity to 3,600 tpa of metals and alloys.", 3_600, "rare-earth-metal")]
    public void A_coordinated_figure_of_an_unknown_material_does_not_take_its_siblings(string text, double value, string? product) =>
        Fact(text, value).ProductId.Should().Be(product);

    // product23: a figure restating a share of the plant's output takes the output's material, not the last sentence's.
    [Theory]
    [InlineData("Quellon Minerals Ltd will build a separation plant with a design capacity of 1,500 tonnes of rare earth oxides a year. Feed will come from a deposit that holds an estimated 20 million tonnes of ore. Tarvik Corp will be entitled to buy 50% of output, or up to 750 tonnes annually.", 750, "reo")]
    [InlineData("Quellon Minerals Ltd will build a separation plant with a design capacity of 1,500 tonnes of rare earth oxides a year. Feed will come from a deposit that holds an estimated 20 million tonnes of ore. Tarvik Corp will truck up to 750 tonnes annually.", 750, "rare-earth-ore")]
    public void A_share_of_output_takes_the_outputs_material(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    // product23: "chiefly"/"mainly" asides list parts of the material named before them, like "including".
    [Fact]
    public void A_chiefly_aside_names_parts_of_the_material_before_it() =>
        Fact("Quellon Minerals Ltd made 1,120 tonnes of heavy rare earth oxides, chiefly dysprosium and terbium, after a new circuit with a nameplate of 1,500 tonnes a year was commissioned in May.", 1_500)
            .ProductId.Should().Be("hreo");

    // product23: "metals and alloys" of a metals plant is the rare-earth metal product, not the last metal named.
    [Fact]
    public void Metals_and_alloys_are_rare_earth_metal() =>
        Fact("Quellon Metals Ltd produced 11 tonnes of NdPr metal in the quarter. The plant has a nameplate of 2,000 tonnes a year of metals and alloys.", 2_000)
            .ProductId.Should().Be("rare-earth-metal");

    [Theory]
    [InlineData("Quellon Minerals Ltd produced 2,310 tonnes of NdPr oxide in the quarter. It also holds about 450 tonnes of finished product in inventory.", 450, "rare-earth-products")]
    [InlineData("Tarvik Magnetics Ltd holds about 300 tonnes of finished magnets in inventory.", 300, "ndfeb-magnet")]
    public void Finished_product_not_named_is_rare_earth_products(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    [Fact]
    public void An_analyst_forecasting_another_company_is_the_speaker()
    {
        Single("said Ann Wood, an analyst at Brenton Capital Partners, who estimates that Arafura will produce 3,000 tonnes of NdPr oxide in its first full year.")
            .SubjectId.Should().Be("arafura");
    }

    [Theory]
    [InlineData("Analysts at Brenton Capital Partners estimate Arafura will sell 2,600 tonnes of NdPr oxide in 2027.", "arafura")]
    [InlineData("Brenton Capital Partners analysts expect Arafura to produce 1,900 tonnes of NdPr oxide in its first full year.", "arafura")]
    [InlineData("Lynas reported its results on Thursday. Analysts at Brenton Capital Partners, which rate the stock a buy, forecast NdPr oxide output of 11,250 tonnes in 2027.", "lynas")]
    public void The_analysts_employer_forecasts_the_figure_and_never_owns_it(string text, string subject) =>
        TestFiles.Recognize(text).Tonnages.Should().ContainSingle(f => f.Min > 1_000).Which.SubjectId.Should().Be(subject);

    [Fact]
    public void An_analyst_of_an_unrecognised_firm_forecasting_output_forecasts_the_storys_company()
    {
        const string Text = "The government will buy up to 1,200 tonnes a year of NdPr oxide from Arafura Rare Earths' Nolans project under its "
                            + "strategic reserve, the minister announced on Monday. Nolans is designed to produce 4,440 tonnes of NdPr oxide each "
                            + "year, and the developer has signed binding deals with Hyundai Motor and Siemens Gamesa for a combined 1,700 tonnes a "
                            + "year. Arafura shares jumped 14 per cent. Officials said the reserve aims to hold 5,000 tonnes of separated oxides by "
                            + "2030. \"This gives us a buyer for our first tonnes,\" the Arafura managing director said. Brokerfirm analyst Adrian "
                            + "Prendergast lifted his valuation and now models first NdPr output of 1,150 tonnes in 2028.";
        Fact(Text, 1_150).SubjectId.Should().Be("arafura");
    }

    [Fact]
    public void Analysts_forecasting_a_countrys_output_give_the_figure_to_the_country()
    {
        var fact = Single("Analysts at Brenton Capital Partners expect Brazilian output to exceed 8,000 tonnes by 2030.");
        (fact.SubjectId, fact.SubjectKind).Should().Be(("BR", "country"));
    }

    // Branch org-fixes: a material that names several elements carries all of them (heavy ones joined before "oxide": HREO, branch tonnages-7).

    [Theory]
    [InlineData("Harrow Metals Corp produced 1,200 tonnes of dysprosium and terbium oxide in 2025.", "Dy|Tb", "dysprosium and terbium oxide", "hreo")]
    [InlineData("Harrow Metals Corp will ship 40 tonnes of Dy/Tb next year.", "Dy|Tb", "dysprosium and terbium", "heavy-rare-earths")]
    [InlineData("Harrow Metals Corp stores 15 tonnes of dysprosium, terbium and holmium.", "Dy|Tb|Ho", "dysprosium, terbium and holmium", "heavy-rare-earths")]
    [InlineData("Harrow Metals Corp sold 700 tonnes of NdPr oxide and dysprosium oxide in 2024.", "Nd|Pr|Dy", "NdPr oxide and dysprosium oxide", "ndpr-oxide")]
    public void Coordinated_materials_carry_every_element(string text, string symbols, string material, string? productId)
    {
        var fact = Single(text);
        fact.ElementSymbol.Should().Be(symbols);
        fact.Material.Should().Be(material);
        fact.ProductId.Should().Be(productId);
    }

    [Fact]
    public void A_single_material_keeps_its_own_name_and_symbols()
    {
        var fact = Single("Harrow Metals Corp sold 700 tonnes of NdPr oxide to a buyer and dysprosium to another in 2024.");
        fact.ElementSymbol.Should().Be("Nd|Pr");
        fact.Material.Should().Be("NdPr oxide");
    }

    // Round 4 (branch tonnages-4): rules from the dev split (dev-set.json), tested on new invented sentences.
    [Fact]
    public void A_sentence_without_a_cue_continues_the_previous_figure_and_a_name_before_at_is_the_subject()
    {
        var facts = TestFiles.Recognize(
            "World mine production rose to 300,000 tonnes of rare earth oxides in 2025. Brazil accounted for 12,000 tonnes, followed by Chile at 4,000 tonnes.").Tonnages;
        facts.Should().HaveCount(3);
        facts.Skip(1).Should().OnlyContain(f => f.Measure == Measures.Production && f.Period == Periods.Year);
        facts[1].SubjectId.Should().Be("BR");
        facts[2].SubjectId.Should().Be("CL");
    }

    [Fact]
    public void A_country_that_received_exports_is_the_destination_not_the_subject()
    {
        var facts = TestFiles.Recognize("Vietnam's rare earth exports rose to 2,100 tonnes in June. South Korea received 700 tonnes of the total.").Tonnages;
        var share = facts.Should().ContainSingle(f => f.Min == 700).Subject;
        share.Measure.Should().Be(Measures.Export);
        share.Period.Should().Be(Periods.Month);
        share.SubjectId.Should().Be("VN");
    }

    [Fact]
    public void A_same_measure_in_the_past_tense_keeps_the_previous_window_and_cues_stay_in_their_clause()
    {
        var facts = TestFiles.Recognize(
            "China exported 4,000 tonnes of rare earth magnets in May. Exports of rare earth magnets to Brazil fell to 300 tonnes, while shipments to India rose to 500 tonnes.").Tonnages;
        facts.Should().HaveCount(3);
        facts.Should().OnlyContain(f => f.Measure == Measures.Export && f.Period == Periods.Month && f.SubjectId == "CN");
    }

    [Theory]
    [InlineData("Traders said about 45 tonnes of dysprosium oxide changed hands in Ganzhou on Monday.")]
    // A week's traded volume is summed over the week (dev12 P20, P40, dev15 S34; release37): see the test at the end.
    [InlineData("Some 120 t of terbium metal traded in the spot market on Friday, dealers said.")]
    public void A_market_trade_is_one_sale(string text)
    {
        var fact = Single(text);
        fact.Measure.Should().Be(Measures.Sales);
        fact.Period.Should().Be(Periods.OneOff);
    }

    [Theory]
    [InlineData("The Japanese auto sector consumed about 9,000 tonnes of NdFeB magnets last year.", Periods.Year)]
    [InlineData("Tovaro Motors Ltd expects to need 1,400 tonnes of NdFeB magnets a year by 2029.", Periods.PerYear)]
    [InlineData("Tovaro Motors Ltd used some 600 tonnes of rare earth oxides at its plant in fiscal 2024.", Periods.Year)]
    public void Demand_and_consumption_are_other(string text, string period)
    {
        var fact = Single(text);
        fact.Measure.Should().Be(Measures.Other);
        fact.Period.Should().Be(period);
    }

    [Theory]
    [InlineData("Harlow Metals Corp signed agreements to deliver 900 tonnes of NdPr oxide over four years.")]
    [InlineData("Harlow Metals Corp has placed 2,000t of its annual output under binding offtake with two carmakers.")]
    public void A_contracted_delivery_is_an_offtake(string text)
    {
        Single(text).Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_strategic_reserve_is_a_stockpile()
    {
        var fact = Single("Indonesia's strategic reserve held 800 tonnes of rare earths at the end of June.");
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.None);
    }

    [Theory]
    [InlineData("Exports of cerium oxide since March have totalled 5,000 tonnes.", Periods.Cumulative)]
    [InlineData("For the year through August, imports of rare earth magnets stood at 7,400 tonnes.", Periods.Cumulative)]
    [InlineData("The miner dispatched 2.4 lakh tonnes of beach sand minerals during October-March.", Periods.HalfYear)]
    [InlineData("The miner dispatched 90,000 tonnes of beach sand minerals during July-September.", Periods.PerQuarter)]
    [InlineData("Tarrant Rare Earths Ltd said in its 2025 annual report that it produced 9,100 tonnes of rare earth concentrate.", Periods.Year)]
    [InlineData("Tarrant Rare Earths Ltd supplied 300,000 tonnes of ore under a supply agreement in the year.", Periods.Year)]
    public void Windows_since_a_month_through_a_month_fiscal_halves_and_annual_reports(string text, string period)
    {
        Single(text).Period.Should().Be(period);
    }

    [Fact]
    public void A_part_of_a_figure_and_a_later_stage_share_its_window()
    {
        var parts = TestFiles.Recognize("The smelter processed 3,000 tonnes of concentrate in the fourth quarter, of which 700 tonnes came from Laos.").Tonnages;
        parts.Should().HaveCount(2).And.OnlyContain(f => f.Period == Periods.PerQuarter);
        var stages = TestFiles.Recognize("Kestmark Magnets Ltd opened its plant with initial capacity of 1,500 tonnes a year, rising to 4,000 tonnes in a second phase.").Tonnages;
        stages.Should().HaveCount(2).And.OnlyContain(f => f.Period == Periods.PerYear && f.Measure == Measures.Capacity);
    }

    [Fact]
    public void Wet_tonnes_and_mined_right_after_a_name()
    {
        var fact = Single("Wexford Minerals Ltd mined 95,000 wet tonnes of ore in the quarter.");
        fact.Min.Should().Be(95_000);
        fact.Measure.Should().Be(Measures.Production);
        fact.Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void An_adjectival_plant_size_takes_only_its_own_period()
    {
        var line = Fact("Kestmark Magnets Ltd will reach 8,000 tonnes of annual capacity by 2031 after its first 800-tonne line starts.", 800);
        line.Measure.Should().Be(Measures.Capacity);
        line.Period.Should().Be(Periods.PerYearImplied);
    }

    [Fact]
    public void A_relative_clause_is_about_the_name_before_it()
    {
        Fact("The plant will buy oxides from Quorra Metals Ltd in Tallinn, which can process up to 2,000 tonnes of feedstock a year.", 2000)
            .SubjectName.Should().Be("Quorra Metals Ltd");
    }

    [Fact]
    public void A_descriptor_anaphor_prefers_an_organisation_of_unknown_country_over_one_of_another_country()
    {
        Fact("Kessler Magnete GmbH signed an offtake with Lynas Rare Earths for 500 tonnes a year. The German magnet maker has the option to take a further 200 tonnes a year.", 200)
            .SubjectName.Should().Be("Kessler Magnete GmbH");
        Fact("Calder Recycling Ltd said it recovered 40 tonnes of magnet alloy in 2025. The UK recycler plans a second line with capacity of 300 t/a of NdFeB powder.", 300)
            .SubjectName.Should().Be("Calder Recycling Ltd");
    }

    [Fact]
    public void A_country_before_an_export_word_is_the_subject_of_an_unattributed_export()
    {
        var fact = Single("Traders estimate that less than 20 tonnes of terbium oxide has cleared Chinese export licensing since May.");
        fact.SubjectId.Should().Be("CN");
        fact.Measure.Should().Be(Measures.Export);
        fact.Period.Should().Be(Periods.Cumulative);
    }

    [Theory]
    [InlineData("The Ministry of Heavy Industries' scheme aims to build 3,000 MTPA of rare earth permanent magnet capacity in India.", "IN")]
    [InlineData("The Atomic Minerals Directorate has established resources of 8.1 million tonnes of monazite.", "IN")]
    [InlineData("The Saskatchewan Research Council's plant will have capacity of 400 tonnes of NdPr metal a year.", "src")]
    public void A_ministry_speaks_for_its_country_and_an_agency_for_national_resources_but_not_for_its_own_plant(string text, string subject)
    {
        Single(text).SubjectId.Should().Be(subject);
    }

    [Fact]
    public void A_tonnage_of_a_resource_category_is_ore()
    {
        Fact("Brandvale Rare Earths Ltd reported 12.5 million tonnes of indicated resources containing 90,000 tonnes of TREO.", 12_500_000)
            .ProductId.Should().Be("rare-earth-ore");
    }

    [Fact]
    public void With_nobody_named_the_only_organisation_of_the_text_is_the_subject()
    {
        Single("Brandvale Rare Earths Ltd released its feasibility study on Monday. The study outlines average output of 9,500 tpa of MREC.")
            .SubjectName.Should().Be("Brandvale Rare Earths Ltd");
    }

    [Fact]
    public void Exceed_is_an_open_lower_bound_and_gypsum_is_phosphogypsum()
    {
        var reserves = Single("World reserves are estimated to exceed 80 million tons.");
        reserves.Min.Should().Be(80_000_000);
        reserves.Max.Should().BeNull();
        Single("Harlow Metals Corp said its stacks hold about 20 million tonnes of gypsum.").ProductId.Should().Be("phosphogypsum");
    }

    [Fact]
    public void A_sentence_without_a_cue_after_one_without_a_figure_takes_its_last_cue()
    {
        Single("Importers of yttrium products must register with the customs authorities. Registered firms brought in 1,300 tonnes in the second quarter.")
            .Measure.Should().Be(Measures.Import);
    }

    [Fact]
    public void A_find_or_discovery_estimated_at_a_tonnage_is_a_resource()
    {
        var fact = Single("The survey confirmed a rare earth find estimated at more than 15 million tonnes of ore.");
        fact.Measure.Should().Be(Measures.Resource);
        fact.Period.Should().Be(Periods.None);
    }

    [Fact]
    public void A_period_in_a_relative_clause_or_in_the_clause_of_the_next_figure_is_not_the_figures()
    {
        var facts = TestFiles.Recognize("Ruritania, which restricted exports of concentrate in March 2023, exported 4,150 tonnes of rare earth oxides last year.").Tonnages;
        facts.Should().ContainSingle().Which.Period.Should().Be(Periods.Year);
        var imports = Fact("Ghana's rare earth imports reached 1,075 tonnes in the first half, and the ministry plans a refinery with annual capacity of 2,500 tonnes.", 1075);
        imports.Period.Should().Be(Periods.HalfYear);
    }

    [Fact]
    public void An_annual_publication_does_not_make_a_figure_a_rate()
    {
        var fact = Single("Output in Ruritania rose to 7,300 tonnes of rare earth oxides in 2024, the geological agency said in its annual Minerals Yearbook.");
        fact.Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_month_named_quarter_is_a_quarter()
    {
        Single("Tarvik Rare Earths Ltd reported December-quarter NdPr oxide output of 1,310 tonnes.").Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void A_past_amount_without_a_window_is_for_the_window_the_report_is_about()
    {
        var facts = TestFiles.Recognize(
            "Tarvik Rare Earths Ltd produced 1,310 tonnes of NdPr oxide in the December quarter. Sales volumes reached 1,145 tonnes of NdPr oxide. "
            + "The company plans to add a 9,000-tonne production base by 2029.").Tonnages;
        facts.Should().HaveCount(3);
        facts[1].Measure.Should().Be(Measures.Sales);
        facts[1].Period.Should().Be(Periods.PerQuarter);
        facts[2].Measure.Should().Be(Measures.Capacity);
        facts[2].Period.Should().Be(Periods.PerYearImplied);
    }

    [Fact]
    public void A_part_of_a_figure_has_its_measure_and_period()
    {
        var facts = TestFiles.Recognize("Corrib Minerals Ltd expects its Tullow plant to produce 3,400 tonnes a year of mixed rare earth carbonate containing 1,020 t of NdPr oxide, from an ore reserve of 8.5 Mt.").Tonnages;
        var part = facts.Should().ContainSingle(f => f.Min == 1020).Subject;
        part.Measure.Should().Be(Measures.Production);
        part.Period.Should().Be(Periods.PerYear);
        facts.Should().ContainSingle(f => f.Min == 8_500_000).Which.Measure.Should().Be(Measures.Reserve);
    }

    [Fact]
    public void A_part_with_a_cue_of_its_own_keeps_its_measure_and_a_container_is_not_the_figure()
    {
        var part = Fact("Ruritania produced 5,200 tonnes of rare earth concentrate in 2025, of which 900 tonnes were bound for export.", 900);
        part.Measure.Should().Be(Measures.Export);
        part.Period.Should().Be(Periods.Year);
        var stock = Fact("Corrib Minerals Ltd plans to produce 1,700 tonnes per annum of NdPr oxide over a 20-year life, from tailings dams containing 28 million tonnes of material.", 28_000_000);
        stock.Period.Should().NotBe(Periods.PerYear);
    }

    [Fact]
    public void Figures_in_one_list_share_a_window()
    {
        var facts = TestFiles.Recognize("Corrib Minerals Ltd produced 36 t of NdPr metal and 21 t of NdFeB alloy in the June quarter.").Tonnages;
        facts.Should().HaveCount(2);
        facts.Should().OnlyContain(f => f.Period == Periods.PerQuarter && f.Measure == Measures.Production);
    }

    [Fact]
    public void A_unit_named_after_its_parent_before_the_figure_is_the_subject()
    {
        Single("Neo Performance Materials' NPM Silmet plant produced 640 tonnes of rare earth oxides in the second half.")
            .SubjectId.Should().Be("npm-silmet");
        Fact("NPM Silmet sold 210 tonnes of NdPr oxide in the first half, while parent Neo Performance Materials is targeting 5,000 tonnes of magnet capacity.", 5000)
            .SubjectId.Should().Be("neo-performance");
    }

    [Fact]
    public void A_unit_of_the_subject_named_by_its_nationality_is_the_subject()
    {
        Single("Lynas Rare Earths said its Malaysian processing plant produced 2,100 tonnes of NdPr oxide in the quarter.")
            .SubjectId.Should().Be("lynas-malaysia");
        Single("Lynas Rare Earths' Malaysian unit produced about 9,900 tonnes of REO last financial year.")
            .SubjectId.Should().Be("lynas-malaysia");

        // No Australian unit of Lynas in the reference data: the parent stays the subject.
        Single("Lynas Rare Earths said its Australian processing plant produced 2,100 tonnes of NdPr oxide in the quarter.")
            .SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void A_parent_named_as_what_the_actor_is_a_unit_of_means_the_unit_the_text_names()
    {
        // "The [parent] unit": the organisation the text names whose parent (companies.csv) is that parent, not the parent
        // nor its country.
        var text = "Shares of IREL (India) Ltd rose on Tuesday after a strong quarter. "
                   + "The Department of Atomic Energy unit said it would lift monazite processing to 12,000 tonnes a year by 2028.";
        Fact(text, 12_000).SubjectId.Should().Be("irel");
        var lynas = "Lynas Malaysia renewed its operating licence in March. The Lynas unit processed 5,800 tonnes of concentrate in the half.";
        Fact(lynas, 5_800).SubjectId.Should().Be("lynas-malaysia");

        // No unit of the parent named: the parent stays.
        Fact("Lynas Rare Earths reported results on Thursday. The Lynas unit processed 5,800 tonnes of concentrate in the half.", 5_800)
            .SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void A_unit_named_before_the_figure_when_the_parent_is_only_an_anaphor_is_the_subject()
    {
        var text = "Lynas Rare Earths reported its results on Thursday. The company said the Kuantan facility, operated by subsidiary Lynas Malaysia, "
                   + "has nameplate capacity of 10,500 tonnes a year of NdPr oxide.";
        Fact(text, 10_500).SubjectId.Should().Be("lynas-malaysia");
    }

    [Fact]
    public void A_parent_named_in_apposition_to_a_possessive_is_the_subject()
    {
        var text = "Tarvik Magnetics Ltd opened its recycling line on Monday. The British company's parent, Lynas Rare Earths, "
                   + "said its new plant would produce 3,000 tonnes of NdPr oxide a year.";
        Fact(text, 3_000).SubjectId.Should().Be("lynas");
        Single("Tarvik Magnetics Ltd's parent, MP Materials, plans a magnet plant with annual capacity of 2,000 tonnes.")
            .SubjectId.Should().Be("mp-materials");
    }

    [Fact]
    public void Separated_oxides_are_rare_earth_oxide()
    {
        Single("Tarvik Rare Earths Ltd said its separation project was on track to produce 2,000 tonnes of separated oxides a year.")
            .ProductId.Should().Be("reo");
    }

    [Fact]
    public void Bare_carbonate_is_rare_earth_carbonate_but_not_lithium_carbonate()
    {
        var text = "Tarvik Rare Earths Ltd expects to produce 20,000 tonnes of mixed rare earth carbonate a year. "
                   + "It will sell the first 5,000 tonnes of carbonate to a refiner under a three-year deal.";
        Fact(text, 5_000).ProductId.Should().Be("mrec");
        TestFiles.Recognize("Tarvik Lithium Ltd expects to produce 20,000 tonnes of lithium carbonate a year.").Tonnages.Should().BeEmpty();
        TestFiles.Recognize("Albemarle sold 20,000 tonnes of lithium carbonate last year.").Tonnages.Should().BeEmpty();
    }

    [Fact]
    public void A_seizure_by_a_state_body_is_one_event_of_its_country_and_a_running_total_is_cumulative()
    {
        var facts = TestFiles.Recognize(
            "The General Administration of Customs said officers in Xiamen had seized 18.5 tonnes of smuggled terbium oxide, bringing seizures this year to 96 tonnes.").Tonnages;
        facts.Should().HaveCount(2);
        facts.Should().OnlyContain(f => f.Measure == Measures.Other && f.SubjectId == "CN");
        facts[0].Period.Should().Be(Periods.OneOff);
        facts[1].Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_tonnage_of_a_deposit_is_a_resource_and_the_size_of_a_plant_is_a_capacity()
    {
        var facts = TestFiles.Recognize(
            "Ruritania will tender the Kolva deposit, holding 3.4 million tonnes of ore, to bidders who commit to a separation plant of at least 1,200 tonnes a year.").Tonnages;
        var deposit = facts.Should().ContainSingle(f => f.Min == 3_400_000).Subject;
        deposit.Measure.Should().Be(Measures.Resource);
        deposit.Period.Should().Be(Periods.None);
        var plant = facts.Should().ContainSingle(f => f.Min == 1200).Subject;
        plant.Measure.Should().Be(Measures.Capacity);
        plant.Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_cue_in_a_relative_clause_describes_the_name_not_the_figure()
    {
        var facts = TestFiles.Recognize(
            "China produced 61,400 tonnes of NdPr oxide in the first three quarters. Harlan Rare Earth Group, which runs most of the country's separation capacity, accounted for 12,050 tonnes of that total.").Tonnages;
        facts.Should().HaveCount(2);
        facts[0].Period.Should().Be(Periods.Cumulative);
        facts[1].Measure.Should().Be(Measures.Production);
        facts[1].Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_month_rate_in_the_unit_is_a_month()
    {
        Single("Importers say deliveries of about 320 tonnes a month have been delayed since May.").Period.Should().Be(Periods.Month);
    }

    [Fact]
    public void A_capacity_in_a_parallel_clause_does_not_take_the_other_clauses_window()
    {
        var capacity = Fact("Tarvik Rare Earths Ltd sold 2,100 tonnes of NdPr oxide in the first half, while Corrib Minerals Ltd is targeting 30,000 t of separation capacity.", 30000);
        capacity.Measure.Should().Be(Measures.Capacity);
        capacity.Period.Should().Be(Periods.PerYearImplied);
    }

    [Fact]
    public void Shipments_reported_after_a_monthly_figure_are_for_that_month()
    {
        var facts = TestFiles.Recognize("Ruritania exported 3,300 tonnes of rare earth magnets in August. Shipments to Japan rose to 410 tonnes.").Tonnages;
        facts.Should().HaveCount(2);
        facts[1].Period.Should().Be(Periods.Month);
    }

    [Fact]
    public void The_material_a_measure_noun_names_beats_one_in_an_aside_and_a_compared_figure_keeps_it()
    {
        var facts = TestFiles.Recognize(
            "Ruritania's imports of mixed rare earth carbonate, the usual feed for heavy rare earth separators, fell to 8,300 tonnes in the first half from 9,900 tonnes a year earlier.").Tonnages;
        facts.Should().HaveCount(2);
        facts.Should().OnlyContain(f => f.ProductId == "mrec");
    }

    [Fact]
    public void A_percentage_before_a_basis_is_a_grade_and_the_figure_is_of_the_product_after_it()
    {
        Single("Corrib Minerals Ltd will produce 9,200 tonnes a year of 48% TREO concentrate.").ProductId.Should().Be("rare-earth-concentrate");
    }

    [Fact]
    public void A_name_that_speaks_of_itself_is_the_subject_of_what_it_says()
    {
        Fact("Ruritania granted Tarvik Rare Earths Ltd a permit for 6,000 tonnes a year of concentrate, and Corrib Minerals Ltd said its Kell mine would produce 2,300 tonnes of TREO annually.", 2300)
            .SubjectName.Should().Be("Corrib Minerals Ltd");
    }

    [Fact]
    public void A_name_heading_a_figure_in_a_list_or_a_possessive_before_it_is_the_subject()
    {
        var facts = TestFiles.Recognize("Vietnam shipped 5,300 tonnes of rare earth products to China in the first nine months, while Laos supplied 2,100 tonnes and Malaysia 1,750 tonnes.").Tonnages;
        facts.Should().ContainSingle(f => f.Min == 1750).Which.SubjectId.Should().Be("MY");
        Fact("Norway's Fen deposit may hold 9 million tonnes of TREO, versus China's 44 million tonnes of reserves.", 44_000_000).SubjectId.Should().Be("CN");
        Fact("Of the quota, Tarvik Rare Earths Ltd received 61,000 tonnes and Corrib Minerals Ltd 17,500 tonnes.", 17_500).SubjectName.Should().Be("Corrib Minerals Ltd");
    }

    [Fact]
    public void The_countrys_or_national_figure_in_the_figures_clause_is_the_articles_country()
    {
        var fact = Single("CANBERRA - Australia's geological agency Quoll Survey Ltd said the country's identified rare earth resources totalled 5.7 million tonnes.");
        fact.SubjectId.Should().Be("AU");
        var bought = Single("The Ruritanian ministry Vela Stockholding Ltd said national stockpiles cover 90 days, and it would buy 210 tonnes of dysprosium oxide.");
        bought.SubjectKind.Should().NotBe(SubjectKinds.Country);
    }

    [Fact]
    public void A_purchase_in_a_sentence_about_a_stockpile_is_a_stockpile_not_an_offtake()
    {
        Single("Ruritania's state metals agency said its national stockpile covers 45 days of demand and that it plans on buying up to 260 tons of terbium oxide next year.")
            .Measure.Should().Be(Measures.Stockpile);
        Fact("Corrib Minerals Ltd has agreed to buy 900 tonnes a year of NdPr oxide from Tarvik Rare Earths Ltd, which keeps 70 tonnes in inventory.", 900)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void What_was_supplied_is_a_sale_and_a_countrys_supply_is_its_export()
    {
        var sold = Single("Tarvik Rare Earths Ltd supplied about 730 tonnes of NdPr oxide to Corrib Minerals Ltd last year.");
        sold.Measure.Should().Be(Measures.Sales);
        sold.Period.Should().Be(Periods.Year);
        Single("Vietnam supplied 4,100 tonnes of rare earth products to Japan in 2025.").Measure.Should().Be(Measures.Export);
        Single("Tarvik Rare Earths Ltd will supply 500 tonnes a year of NdPr oxide to Corrib Minerals Ltd.").Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_parallel_clause_that_names_nobody_goes_on_about_the_sentences_main_subject()
    {
        var text = "Vietnam mined 41,500 tonnes of rare earth oxides in 2025, Tarvik Rare Earths Ltd said, while output of separated NdPr oxide reached 6,200 tonnes.";
        Fact(text, 6_200).SubjectId.Should().Be("VN");
        var quota = "Vietnam's quota for 2026 was 90,000 tonnes, of which Tarvik Rare Earths Ltd received 60,000 tonnes and Corrib Minerals Ltd 30,000 tonnes; the separation total was set at 85,000 tonnes.";
        Fact(quota, 60_000).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
        Fact(quota, 85_000).SubjectId.Should().Be("VN");
        Fact("Vietnam mined 41,500 tonnes in 2025, while Tarvik Rare Earths Ltd produced 6,200 tonnes.", 6_200).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void After_another_figure_a_name_after_comma_and_opens_a_clause_with_its_own_subject()
    {
        var text = "Buyers such as Tarvik Rare Earths Ltd say cargoes of about 300 tonnes a month are stuck at the border, and Corrib Minerals Ltd has applied for a 1,500-tonne separation plant.";
        Fact(text, 1_500).SubjectName.Should().Be("Corrib Minerals Ltd");
        Fact("Tarvik Rare Earths Ltd and Corrib Minerals Ltd produced 4,000 tonnes in 2025.", 4_000).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void A_sentence_naming_nobody_with_the_last_figures_measure_is_about_its_subject_across_a_sentence_without_figures()
    {
        var text = "Vietnam exported 2,340 tonnes of rare earth oxides in March. Shipments to Japan made up 41% of the total. Exports for the first quarter reached 6,020 tonnes.";
        Fact(text, 6_020).SubjectId.Should().Be("VN");
    }

    [Fact]
    public void The_government_as_the_subject_before_the_figure_is_the_articles_country()
    {
        var fact = Single("OTTAWA - Under a new critical minerals programme, the government plans to buy up to 400 tonnes a year of terbium oxide, Tarvik Rare Earths Ltd said.");
        fact.SubjectId.Should().Be("CA");
        Fact("Canada's government has granted Tarvik Rare Earths Ltd a permit to export 9,000 tonnes a year of concentrate.", 9_000)
            .SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void A_figure_compared_with_the_one_before_keeps_its_measure()
    {
        var text = "Analysts expect Tarvik Rare Earths Ltd to ship 2,400 tonnes of NdFeB magnets in 2027, up from about 700 tonnes in 2025, and see room for 6,000 tpa of capacity by 2031.";
        Fact(text, 700).Measure.Should().Be(Measures.Shipment);
        Fact(text, 6_000).Measure.Should().Be(Measures.Capacity);
        Fact("Ruritanian imports of rare earth compounds fell to 3,100 tonnes in 2025 from 3,900 tonnes a year earlier, with Vietnam supplying 40%.", 3_900)
            .Measure.Should().Be(Measures.Import);
    }

    [Fact]
    public void A_shipment_or_sale_sent_abroad_is_an_export()
    {
        Single("Tarvik Rare Earths Ltd's Kell mine shipped 2,700 tonnes of mixed rare earth carbonate abroad in the second quarter.")
            .Measure.Should().Be(Measures.Export);
        Single("Tarvik Rare Earths Ltd shipped 2,700 tonnes of mixed rare earth carbonate to its Kell refinery in the second quarter.")
            .Measure.Should().Be(Measures.Shipment);
    }

    [Fact]
    public void A_later_stage_after_rising_to_is_no_offtake_and_a_first_year_ramps_to_a_capacity()
    {
        // §44: the first year's feed is an amount in a window (production), the yearly rate it rises to the plant's capacity.
        var text = "Tarvik Rare Earths Ltd expects to process 420 tonnes of magnet scrap in its first year, rising to 1,100 tpa, and will supply recycled alloy to Corrib Minerals Ltd.";
        Fact(text, 420).Measure.Should().Be(Measures.Production);
        Fact(text, 1_100).Measure.Should().Be(Measures.Capacity);
    }

    [Fact]
    public void A_cue_in_a_clause_of_reason_after_the_figure_does_not_set_its_measure()
    {
        Single("Tarvik Rare Earths Ltd said dysprosium oxide sales in the third quarter fell to 8.4 tonnes as Ruritanian export permits delayed shipments.")
            .Measure.Should().Be(Measures.Sales);
        Single("Tarvik Rare Earths Ltd said 8.4 tonnes of oxide were exported because of strong demand in Japan.")
            .Measure.Should().Be(Measures.Export);
    }

    [Fact]
    public void Extract_is_a_production_cue()
    {
        var text = "Tarvik Rare Earths Ltd put its mineral resources at 2.2 million tonnes and said its planned plant would extract about 9,500 tonnes of REO a year from tailings.";
        var fact = Fact(text, 9_500);
        fact.Measure.Should().Be(Measures.Production);
        fact.Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_figure_larger_than_the_one_before_is_no_part_of_it()
    {
        var text = "Tarvik Rare Earths Ltd said its project would produce 2,300 tonnes per annum of NdPr oxide from tailings dams containing about 48 million tonnes of material.";
        var fact = Fact(text, 48_000_000);
        fact.Measure.Should().Be(Measures.Resource);
        fact.Period.Should().Be(Periods.None);
        Fact("Tarvik Rare Earths Ltd will produce 12,000 tpa of concentrate containing 5,100 t of TREO.", 5_100).Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_figure_compared_with_something_takes_the_measure_named_before_it()
    {
        var text = "Tarvik Rare Earths Ltd shipped no concentrate to Japan in the first quarter, compared with 3,300 tonnes in the same quarter a year earlier, and instead stockpiled 2,900 tonnes at its mine.";
        Fact(text, 3_300).Measure.Should().Be(Measures.Shipment);
        Fact(text, 2_900).Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void Since_an_event_in_a_month_is_a_running_total()
    {
        Single("Ruritania has approved licences covering 1,700 tonnes of heavy rare earths for export since the new rules took effect in May 2025.")
            .Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_year_before_an_output_noun_that_year_and_first_year_output_are_a_year()
    {
        var text = "A broker raised its forecast for Tarvik Rare Earths Ltd's 2026 NdPr oxide output to 2,900 tonnes from 2,400 tonnes. "
                   + "It expects the company to sell about 38,000 tonnes of concentrate that year.";
        Fact(text, 2_900).Period.Should().Be(Periods.Year);
        Fact(text, 2_400).Period.Should().Be(Periods.Year);
        Fact(text, 38_000).Period.Should().Be(Periods.Year);
        Single("First-year output at the Tarvik Rare Earths Ltd plant is expected to be about 200 tonnes of NdFeB alloy.")
            .Period.Should().Be(Periods.Year);

        // A year before a capacity noun is when the capacity comes, not a year's amount.
        Single("Tarvik Rare Earths Ltd targets 2027 production capacity of 5,000 tonnes of NdPr oxide.").Period.Should().NotBe(Periods.Year);
    }

    [Fact]
    public void Since_controls_took_effect_is_a_running_total()
    {
        Single("Ruritania has approved export licences covering 3,400 tonnes of rare earth magnets since new controls took effect, a spokesman said.")
            .Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void In_the_period_takes_the_window_named_before()
    {
        var text = "Tarvik Magnetics Ltd said it produced 21,400 tonnes of NdFeB magnets in the first nine months. "
                   + "The company said it consumed about 6,500 tonnes of NdPr metal in the period.";
        Fact(text, 6_500).Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_figure_a_capacity_noun_sizes_is_a_capacity_even_with_a_production_verb_nearer()
    {
        var text = "Tarvik Rare Earths Ltd's separation plant has capacity of about 3,000 tonnes a year but produced only 1,200 tonnes last year.";
        Fact(text, 3_000).Measure.Should().Be(Measures.Capacity);
        Fact(text, 1_200).Measure.Should().Be(Measures.Production);
        Fact("Tarvik Rare Earths Ltd produced 1,100 tonnes of concentrate in the first half and expects to reach the plant's design rate of 5,000 tonnes a year by 2027.", 5_000)
            .Measure.Should().Be(Measures.Capacity);
    }

    [Fact]
    public void A_plant_treating_a_yearly_tonnage_is_a_capacity()
    {
        Fact("Tarvik Rare Earths Ltd's study outlines a beneficiation plant treating 1.1 million tonnes of ore a year to make 37,000 tonnes of concentrate annually.", 1_100_000)
            .Measure.Should().Be(Measures.Capacity);
    }

    [Fact]
    public void A_country_named_right_after_a_speaker_is_the_subject_and_so_is_a_country_in_a_parallel_clause()
    {
        Single("Tarvik Rare Earths Ltd said Australia's rare earth mine production would climb to about 32,000 tonnes of REO this year.")
            .SubjectId.Should().Be("AU");
        var text = "Tarvik Rare Earths Ltd cited survey figures showing the United States mined 45,000 tonnes of REO in 2024, while China produced 270,000 tonnes.";
        Fact(text, 45_000).SubjectId.Should().Be("US");
        Fact(text, 270_000).SubjectId.Should().Be("CN");

        // A country only where the figure happens is no subject.
        Single("Tarvik Rare Earths Ltd said the stacks in South Africa host a resource of 35 million tonnes.")
            .SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void Heavy_rare_earths_joined_before_an_oxide_are_heavy_rare_earth_oxides()
    {
        var fact = Fact("Tarvik Rare Earths Ltd's refinery is designed to produce 5,500 tonnes a year of separated oxides, including some 750 tonnes of dysprosium and terbium oxides.", 750);
        fact.ProductId.Should().Be("hreo");
        fact.ElementSymbol.Should().Be("Dy|Tb");

        // Light and heavy joined: no group product is made up.
        Single("Tarvik Rare Earths Ltd will produce 900 tonnes of neodymium and dysprosium oxides a year.").ProductId.Should().NotBe("hreo");
    }

    [Fact]
    public void Make_with_an_object_pronoun_is_no_production_cue()
    {
        Fact("Ruritania exported 4,870 tonnes of magnets in October; Germany took 1,030 tonnes, making it the largest destination.", 1_030)
            .Measure.Should().NotBe(Measures.Production);
    }

    [Fact]
    public void Sent_is_a_shipment_reported_in_the_window_of_the_report()
    {
        var text = "Tarvik Rare Earths Ltd shipped 9,800 tonnes of concentrate in the third quarter. "
                   + "It sent 3,200 tonnes to Japan under a tolling arrangement and stored the rest at the mine.";
        var fact = Fact(text, 3_200);
        fact.Measure.Should().Be(Measures.Shipment);
        fact.Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void Scrap_magnets_are_magnet_scrap()
    {
        Single("Tarvik Magnetics Ltd's recycling plant is designed to process 750 tonnes of scrap magnets a year.").ProductId.Should().Be("magnet-scrap");
    }

    [Fact]
    public void A_material_in_a_clause_of_time_or_condition_after_the_figure_is_not_the_figures()
    {
        Single("Tarvik Rare Earths Ltd said separated NdPr output would reach 6,000 tonnes a year once its heavy rare earth circuit is finished.")
            .ProductId.Should().Be("ndpr-oxide");
    }

    [Fact]
    public void Mined_after_a_country_name_is_production()
    {
        Single("Survey figures show the United States mined 45,000 tonnes of REO in 2024.").Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_rate_raised_by_a_year_from_an_earlier_rate_shares_its_window()
    {
        Fact("Tarvik Magnetics Ltd would lift capacity to 60,000 tonnes a year by 2027 from 40,000 tonnes now.", 40_000)
            .Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void An_amount_under_a_several_year_deal_is_cumulative()
    {
        Single("Tarvik Rare Earths Ltd will sell the first 5,000 tonnes of carbonate to a refiner under a three-year deal.")
            .Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void The_organisation_a_forecast_is_for_is_the_subject_not_the_forecaster()
    {
        Single("Macquarie Group raised its FY27 NdPr sales forecast for Lynas Rare Earths to 10,200 tonnes, citing a faster ramp-up.")
            .SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void Domestic_output_is_the_countrys()
    {
        Single("TOKYO - Japan's magnet makers cut runs after the export curbs. Proterial said on Monday that domestic magnet output fell to 450 tonnes in October.")
            .SubjectId.Should().Be("JP");
    }

    [Fact]
    public void A_state_body_without_a_country_of_its_own_is_of_the_articles_country()
    {
        var text = "LILONGWE - Malawi has granted new mining licences. The Ministry of Mining expects rare earth exports to reach 50,000 tonnes by 2030.";
        Single(text).SubjectId.Should().Be("MW");
    }

    [Fact]
    public void A_cap_at_a_figure_is_an_upper_bound()
    {
        var fact = Single("Tarvik Rare Earths Ltd's licence now caps stored leach residue at 1.2 million tonnes.");
        fact.Min.Should().BeNull();
        fact.Max.Should().Be(1_200_000);
        var exports = Single("Ruritania capped rare earth exports at 5,000 tonnes in 2025.");
        exports.Min.Should().BeNull();
        exports.Max.Should().Be(5_000);
    }

    [Fact]
    public void A_scheme_the_government_pushes_is_the_countrys()
    {
        var text = "NEW DELHI - IREL (India) Limited will raise its monazite processing, the Department of Atomic Energy said, "
                   + "as the government pushes a 6,000-tonne-a-year magnet manufacturing scheme.";
        Single(text).SubjectId.Should().Be("IN");
    }

    [Fact]
    public void A_yearly_amount_a_deal_or_a_buyer_is_for_is_an_offtake()
    {
        var text = "Tarvik Rare Earths Ltd said its project would produce up to 85,000 tonnes of concentrate a year. "
                   + "The developer has signed a memorandum with a German chemicals group for 10,000 tonnes a year of concentrate.";
        Fact(text, 10_000).Measure.Should().Be(Measures.Offtake);
        Single("Tarvik Rare Earths Ltd plans to sell the concentrate and said it was in talks with a Chinese buyer for an initial 15,000 tonnes a year.")
            .Measure.Should().Be(Measures.Offtake);
    }

    [Theory]
    [InlineData("Tarvik Wind A/S said a single 12MW turbine uses roughly 3 tonnes of NdFeB magnets.", 3)]
    [InlineData("Tarvik Wind A/S builds direct-drive turbines. Each of its turbines needs about 1.5 t of magnets.", 1.5)]
    public void What_one_unit_uses_is_an_intensity_in_any_unit_of_mass(string text, double value)
    {
        var fact = Fact(text, value);
        fact.Measure.Should().Be(Measures.Intensity);
        fact.Period.Should().Be(Periods.PerUnit);
    }

    [Fact]
    public void What_a_country_uses_each_year_is_no_intensity()
    {
        Single("Each year Ruritania uses about 4,000 tonnes of NdPr oxide.").Measure.Should().NotBe(Measures.Intensity);
    }

    [Fact]
    public void Separated_right_before_an_amount_is_production()
    {
        var text = "Quellon Minerals Ltd said sales fell to 2,100 tonnes in the half. The refiner separated 3,400t of REO in the period.";
        Fact(text, 3_400).Measure.Should().Be(Measures.Production);
        Single("Quellon Minerals Ltd sold 900 tonnes of separated oxides in 2025.").Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void An_amount_a_deal_is_for_over_a_span_of_years_is_a_cumulative_offtake()
    {
        var fact = Single("Brennick Wind Ltd signed a framework agreement with Quellon Magnetics Ltd for 4,000-5,000 tonnes of NdFeB magnets over 2027-2029.");
        fact.Measure.Should().Be(Measures.Offtake);
        fact.Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void An_amount_a_contract_for_a_stockpile_is_for_stays_a_stockpile()
    {
        Single("The agency signed a contract for 200 tonnes of NdPr oxide for the national stockpile.").Measure.Should().NotBe(Measures.Offtake);
    }

    [Fact]
    public void Shipments_to_a_named_country_are_exports() =>
        Single("The export ban has cut shipments of concentrate to China to zero from 1,400 tonnes in 2024.").Measure.Should().Be(Measures.Export);

    [Fact]
    public void A_shipment_to_a_customer_stays_a_shipment()
    {
        Single("Brennick Metals Corp shipped 640 tonnes of concentrate to a refinery in the third quarter.").Measure.Should().Be(Measures.Shipment);
    }

    [Fact]
    public void The_name_opening_a_relative_clause_with_the_figure_is_its_subject()
    {
        var text = "Ruritania's Ministry of Mines has approved a licence for the Kessel project, which Tarvik Rare Earths Ltd expects to "
                   + "produce about 12,000 tonnes of concentrate a year.";
        Single(text).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
        Single("Ruritania's Ministry of Mines will not approve ore exports from the Kessel project, where Tarvik Rare Earths Ltd has outlined a resource of 2.7 million tonnes.")
            .SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void An_asset_written_earlier_as_an_organisations_possession_is_that_organisations()
    {
        var text = "The regulator approved the sale of Tarvik Rare Earths Ltd's Kessel project to a rival on Monday. "
                   + "Kessel is designed to produce about 12,000 tonnes of concentrate a year, the regulator said.";
        Single(text).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void An_asset_written_earlier_as_its_subjects_own_is_that_subjects()
    {
        // "its Kessel project" in a sentence opening with Tarvik: Tarvik's, not the counterparty named between nor the
        // company of the sentence in between.
        var text = "Tarvik Rare Earths Ltd signed a supply deal with Schaeffler for 800 tonnes a year of NdPr oxide from its Kessel project. "
                   + "Schaeffler said it bought 2,000 tonnes of magnets last year. "
                   + "Kessel is designed to produce about 3,100 tonnes a year of NdPr oxide.";
        Fact(text, 3_100).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void A_country_qualifying_the_measure_after_the_company_is_the_subject()
    {
        var text = "Brennick Magnetics Inc plans a second line in Ohio. Together with the company's Texas plant, that would bring U.S. "
                   + "magnet capacity to about 9,000 tons.";
        Fact(text, 9_000).SubjectId.Should().Be("US");
    }

    [Fact]
    public void A_relative_clause_about_a_names_asset_is_about_the_name()
    {
        var text = "The Pentagon will buy all output from Brennick Magnetics Inc's planned magnet facility, which is designed to make "
                   + "5,000 tons of magnets a year.";
        Single(text).SubjectName.Should().Be("Brennick Magnetics Inc");
    }

    [Fact]
    public void Feed_processed_in_the_past_tense_is_reported_for_the_articles_window()
    {
        var text = "Quellon Minerals Ltd shipped 300 tonnes of concentrate during the March quarter. "
                   + "Its pilot plant processed 9,400 t of ore at an average recovery of 78%.";
        var fact = Fact(text, 9_400);
        fact.Measure.Should().Be(Measures.Other);
        fact.Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void A_sentence_opening_with_the_first_word_of_a_name_is_about_that_name()
    {
        var text = "Tarvik Rare Earths Ltd has agreed with Brennick Recycling Inc, a magnet recycler, to take its oxide. "
                   + "Brennick said its Ohio plant recovered 120 tonnes of rare earth oxide last year.";
        Fact(text, 120).SubjectName.Should().Be("Brennick Recycling Inc");
    }

    [Fact]
    public void A_material_the_product_is_free_of_is_not_its_material()
    {
        Single("Brennick Magnetics Inc will supply 2,000 tonnes of heavy-rare-earth-free NdFeB magnets a year to a carmaker.")
            .ProductId.Should().Be("ndfeb-magnet");
    }

    [Fact]
    public void A_material_word_inside_a_name_is_no_material_for_a_later_figure()
    {
        var text = "Brennick Trading Ltd will buy 800 t per year of NdPr oxide from Quellon Rare Earth Refining Sdn Bhd under a five-year "
                   + "contract, starting with an initial 120-tonne cargo in March.";
        Fact(text, 120).ProductId.Should().Be("ndpr-oxide");
    }

    [Fact]
    public void A_price_per_kilogram_does_not_make_a_traded_lot_an_intensity()
    {
        var fact = Single("Spot trade stayed thin, with one trader reporting a deal for 500 kg of terbium oxide at $3,700 per kg CIF Antwerp.");
        fact.Measure.Should().NotBe(Measures.Intensity);
        fact.Period.Should().NotBe(Periods.PerUnit);
    }

    [Fact]
    public void A_deal_for_a_lot_at_a_price_is_a_spot_sale()
    {
        var fact = Single("Spot trade stayed thin, with one trader reporting a deal for 2 tonnes of terbium oxide at $3,700 per kg CIF Antwerp.");
        fact.Measure.Should().Be(Measures.Sales);
        fact.Period.Should().Be(Periods.OneOff);
        Single("Brennick Magnetics Inc signed a deal for 2,000 tonnes of NdPr oxide over 2027-2029.").Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void Two_participles_joined_by_or_modify_one_material()
    {
        var text = "Quellon customs seized 12 tonnes of NdPr oxide in March. "
                   + "Officers have seized more than 300 tonnes of illegally mined or smuggled rare earths so far this year.";
        Fact(text, 300).ProductId.Should().Be("rare-earths");
    }

    [Fact]
    public void A_name_after_a_clause_and_comma_and_is_the_subject_of_its_own_clause()
    {
        var text = "Tarvik Rare Earths Ltd will hold 60% of the venture, and Quellon Minerals JSC will supply 4,000 tonnes of "
                   + "concentrate a year from its mine.";
        Single(text).SubjectName.Should().Be("Quellon Minerals JSC");
    }

    [Fact]
    public void A_list_of_names_with_a_serial_comma_keeps_its_first_name_as_subject()
    {
        var text = "Tarvik Rare Earths Ltd, Brennick Metals Inc, and Quellon Minerals JSC produced 4,000 tonnes of concentrate last year.";
        Single(text).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void A_country_right_before_with_and_the_figure_is_that_countrys()
    {
        var text = "Germany accounted for 5,200 tonnes of the bloc's magnet imports, followed by France with 1,900 tonnes.";
        Fact(text, 1_900).SubjectName.Should().Be("France");
    }

    [Fact]
    public void The_recipient_of_an_award_to_build_a_plant_is_the_subject_of_its_capacity()
    {
        var text = "The U.S. Department of Defense awarded $30 million to Brennick Heavy Metals Corp to build a plant in Ohio that "
                   + "will separate 150 tonnes of terbium oxide a year.";
        Single(text).SubjectName.Should().Be("Brennick Heavy Metals Corp");

        // A name ending in an abbreviation's full stop ("Inc.", "Corp.") before "to build".
        var abbreviated = "The U.S. Department of Energy has awarded $40 million to Corrib Magnetics Inc. to build a magnet plant in Ohio "
                          + "able to make 900 short tons a year.";
        Single(abbreviated).SubjectName.Should().Be("Corrib Magnetics Inc.");
    }

    [Fact]
    public void A_trade_figure_whose_only_name_is_in_a_later_clause_of_its_own_is_the_countrys()
    {
        // The company of the sentence before does not own the national trade; the name after the comma acts in its own clause.
        var text = "BANGKOK -- Thailand's Siam Rare Metals Co said it shipped 900 tonnes of concentrate in June. "
                   + "Imports of concentrate from Laos totalled just 2,450 tonnes in the first half, after Lanxang Mining Co halted a mine.";
        Fact(text, 2_450).SubjectId.Should().Be("TH");
    }

    [Fact]
    public void The_same_firm_refers_back_to_the_main_company()
    {
        var text = "Brennick Heavy Metals Corp plans a separation plant. Brennick Heavy Metals expects first output in 2027. "
                   + "The award follows a 2024 grant to the same firm for a pilot line that produced 9 tonnes of terbium oxide last year.";
        Fact(text, 9).SubjectName.Should().Be("Brennick Heavy Metals Corp");
    }

    [Fact]
    public void A_purchase_for_a_body_named_as_a_stockpile_is_a_stockpile()
    {
        var fact = Single("The Defense Logistics Agency agreed to buy 25 tonnes of samarium oxide for the National Defense Stockpile.");
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.OneOff); // one lot bought, not the stock held
    }

    [Fact]
    public void The_tonnage_rare_earths_are_recovered_from_is_feed_not_output()
    {
        var fact = Single("Quellon Phosphates Ltd plans to recover rare earths from 1.8 million tonnes of phosphogypsum at its old plant.");
        fact.Measure.Should().Be(Measures.Other);
        Single("Quellon Phosphates Ltd recovered 2 tonnes of rare earth oxide last year.").Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_previous_value_after_the_new_ones_material_keeps_its_window()
    {
        var text = "Quellon Minerals SA cut its 2026 production guidance to 1,900 tonnes of mixed rare earth carbonate from 2,600 tonnes.";
        Fact(text, 2_600).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_share_a_country_accounted_for_is_reported_for_a_completed_year()
    {
        var text = "The bloc imported 16,000 tonnes of NdFeB magnets in 2025. Germany accounted for 6,900 tonnes of those imports.";
        Fact(text, 6_900).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void The_worlds_output_after_a_country_is_a_world_total()
    {
        var text = "India produced 2,100 tonnes of rare earths in 2024, about 1% of the world's output of 380,000 tonnes.";
        Fact(text, 380_000).SubjectName.Should().BeNull();
        Single("Vietnam, which has the world's second-largest reserves of 22 million tonnes, wants investors.").SubjectName.Should().Be("Vietnam");
    }

    [Fact]
    public void One_sentence_without_figure_or_material_does_not_break_the_material_thread()
    {
        var text = "Quellon Minerals SA produced 380 tonnes of mixed rare earth carbonate in the third quarter. Its shares fell 9% on the news. "
                   + "Quellon now expects to reach nameplate capacity of 3,500 tonnes a year in 2027.";
        Fact(text, 3_500).ProductId.Should().Be("mrec");
    }

    [Fact]
    public void A_deposit_type_before_a_product_noun_only_says_where_the_product_is_from()
    {
        Single("Quellon Minerals SA shipped its first 900 tonnes of ionic clay concentrate to a refiner in October.")
            .ProductId.Should().Be("rare-earth-concentrate");
    }

    [Fact]
    public void A_previous_value_after_a_comma_keeps_the_window_of_the_new_one()
    {
        var text = "Tarvik Rare Earths Ltd lowered its fiscal 2026 NdPr production forecast to between 8,000 and 8,400 tonnes, "
                   + "from 9,600 tonnes previously.";
        Fact(text, 9_600).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_clause_after_as_does_not_give_the_figure_its_material()
    {
        Single("Varenko Metals JSC increased production of rare earth chlorides to 2,100 tonnes last year as it processed more loparite concentrate.")
            .ProductId.Should().Be("rare-earth-chloride");
        Single("Varenko Metals JSC raised output of neodymium oxide to 900 tonnes in 2025 as the plant processed more monazite.")
            .ProductId.Should().Be("neodymium-oxide");
    }

    [Fact]
    public void Last_month_after_a_reporting_verb_dates_the_statement_not_the_figure()
    {
        Single("Ferrovia Lanthanides SA said last month it aims to extract 600 tonnes of dysprosium oxide from tailings by 2028.")
            .Period.Should().NotBe(Periods.Month);
        Single("Ferrovia Lanthanides SA produced 600 tonnes of dysprosium oxide last month.").Period.Should().Be(Periods.Month);
    }

    [Fact]
    public void Tonnes_received_from_a_named_supplier_are_the_suppliers_offtake()
    {
        var text = "Harbin Lake Processing Ltd said it had received 300 tonnes of monazite concentrate from Kestrel Sands Pty Ltd under a supply deal.";
        var fact = Single(text);
        fact.Measure.Should().Be(Measures.Offtake);
        fact.SubjectName.Should().Be("Kestrel Sands Pty Ltd");
    }

    [Fact]
    public void A_feed_verb_in_an_as_it_clause_is_the_cause_not_the_measure()
    {
        var fact = Single("Varenko Metals JSC increased production of rare earth chlorides to 2,100 tonnes last year as it processed more loparite concentrate.");
        fact.Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void What_a_generic_unit_needs_does_not_take_the_previous_companys_name()
    {
        var text = "Brandholm Wind A/S said it had secured enough magnets for next year. "
                   + "A single 15-megawatt offshore turbine uses roughly 9 tonnes of NdFeB magnets, according to industry estimates.";
        var fact = Fact(text, 9);
        fact.Measure.Should().Be(Measures.Intensity);
        fact.SubjectName.Should().BeNull();
    }

    [Fact]
    public void What_a_buyer_would_require_is_demand_not_the_previous_sentences_offtake()
    {
        var text = "Brandholm Wind A/S signed a supply agreement with Kestrel Magnet Co Ltd for 2,400 tonnes of magnets over three years. "
                   + "Torvald Motors AG said separately that its electric vehicles would require about 3,000 tonnes of rare earth magnets in 2027.";
        Fact(text, 3_000).Measure.Should().Be(Measures.Other);
    }

    [Fact]
    public void Later_members_of_a_list_of_destinations_are_destinations_too()
    {
        var text = "China exported 3,900 tonnes of rare earths in August, customs data showed. "
                   + "Exports to the United States, South Korea and Vietnam were 610 tonnes, 350 tonnes and 290 tonnes respectively.";
        Fact(text, 350).SubjectName.Should().Be("China");
        Fact(text, 290).SubjectName.Should().Be("China");
    }

    [Fact]
    public void A_purchase_by_a_strategic_reserve_is_a_stockpile_not_an_offtake()
    {
        var text = "Tarrawin Minerals Ltd plans a separation plant. "
                   + "The government said its strategic reserve would buy up to 800 tonnes of rare earth oxides.";
        var fact = Fact(text, 800);
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.OneOff); // one purchase with no window of its own
    }

    [Fact]
    public void What_the_governments_strategic_reserve_buys_is_the_countrys_not_the_previous_companys()
    {
        var text = "The Australian government will lend A$150 million to Tarrawin Minerals Ltd for a separation plant. "
                   + "The government also said its strategic reserve would buy up to 800 tonnes of rare earth oxides.";
        Fact(text, 800).SubjectName.Should().Be("Australia");
    }

    [Fact]
    public void Unnamed_producers_opening_a_sentence_do_not_take_the_previous_sentences_company()
    {
        var text = "Hollin Rare Earth Co Ltd, the largest local refiner, produced 900 tonnes of NdPr oxide in the month. "
                   + "In Yunnan, Dali smelters made 1,700 tonnes of mixed rare earths in the third quarter.";
        Fact(text, 1_700).SubjectName.Should().BeNull();
    }

    [Fact]
    public void Shares_of_a_quota_take_the_material_they_are_allocated_to()
    {
        var text = "The mining quota was set at 142,000 tons. Of the mining quota, 126,000 tons were allocated to light rare earths "
                   + "and 16,000 tons to ion-adsorption heavy rare earths in southern provinces.";
        Fact(text, 126_000).ProductId.Should().Be("light-rare-earths");
        Fact(text, 16_000).ProductId.Should().Be("heavy-rare-earths");
    }

    [Fact]
    public void Who_a_share_is_allocated_to_is_not_its_material()
    {
        var text = "Beijing allocated 20,000 tonnes of the quota. Of that, 5,000 tonnes were allocated to magnet makers in Ningbo.";
        Fact(text, 5_000).ProductId.Should().NotBe("rare-earth-permanent-magnet").And.NotBe("ndfeb-magnet");
    }

    [Fact]
    public void The_quarter_of_a_year_is_a_quarter()
    {
        Single("Varrick Metals Inc produced a record 312 tonnes of separated NdPr oxide at its mill during the third quarter of 2026.")
            .Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void A_quarter_of_supply_is_a_share_not_a_period()
    {
        Single("Varrick Metals Inc said its mill would supply 5,000 tonnes of NdPr oxide a year, a quarter of global demand.")
            .Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_joined_clause_about_plans_does_not_date_the_figure_before_it()
    {
        Single("Varrick Metals Inc completed its first shipment of 2.4 tonnes of dysprosium oxide, and expects to begin terbium output in the first quarter of 2027.")
            .Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void Buyers_committed_to_a_volume_is_an_offtake()
    {
        var text = "The deal covers about a third of the project's planned output of 4,440 tonnes per annum of NdPr oxide. "
                   + "Tarrawin Minerals Ltd and Orvel Motors Corp have already committed to 3,200 tonnes a year.";
        Fact(text, 3_200).Measure.Should().Be(Measures.Offtake);
    }

    [Theory]
    [InlineData("In 1H25 the Harrow Creek plant of Tennant Range Minerals Ltd produced 240 tonnes of xenotime concentrate.")]
    [InlineData("Tennant Range Minerals Ltd produced 240 tonnes of xenotime concentrate in 2H FY25.")]
    public void A_half_written_as_1H25_is_a_half_year(string text) => Fact(text, 240).Period.Should().Be(Periods.HalfYear);

    [Fact]
    public void An_amount_between_two_years_is_cumulative()
    {
        var fact = Single("Prosecutors said Harlan Minerals JSC exported 8,400 tonnes of rare earth ore to China between 2018 and 2022.");
        fact.Measure.Should().Be(Measures.Export);
        fact.Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void What_a_yearly_product_stream_contains_is_output_not_a_resource()
    {
        var text = "A study by Quarrow Minerals Ltd outlines a plant producing 6,000 tonnes of mixed rare earth carbonate a year. "
                   + "The carbonate would contain about 1,500 tonnes of NdPr oxide each year.";
        var fact = Fact(text, 1_500);
        fact.Measure.Should().Be(Measures.Production);
        fact.Period.Should().Be(Periods.PerYear);
        fact.ProductId.Should().Be("ndpr-oxide");
    }

    [Fact]
    public void What_a_yearly_stream_contains_is_output_for_each_figure_of_a_list()
    {
        var text = "Quarrow Minerals Ltd plans to produce 6,000 tonnes of mixed rare earth carbonate a year. "
                   + "The carbonate would contain about 1,500 tonnes of NdPr oxide and 90 tonnes of dysprosium oxide each year.";
        var first = Fact(text, 1_500);
        first.Measure.Should().Be(Measures.Production);
        first.Period.Should().Be(Periods.PerYear);
        Fact(text, 90).Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_deposit_that_contains_a_figure_stays_a_resource()
    {
        Single("Quarrow Minerals Ltd said the Tallis deposit contains 1.2 million tonnes of TREO.").Measure.Should().Be(Measures.Resource);
    }

    [Fact]
    public void A_purchase_made_for_reserves_is_a_stockpile()
    {
        var fact = Single("Traders said state buying of 1,200 tonnes of NdPr oxide for reserves had lifted prices in the quarter.");
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.PerQuarter); // bought in the quarter: a flow, not the stock held
    }

    [Fact]
    public void What_a_body_of_material_holds_is_a_resource_not_the_previous_sentences_output()
    {
        var text = "Korrin Rare Earths Ltd said its plant would produce 1,200 tonnes of NdPr oxide a year from gypsum stacks. "
                   + "The stacks hold about 30 million tonnes of phosphogypsum.";
        var fact = Fact(text, 30_000_000);
        fact.Measure.Should().Be(Measures.Resource);
        fact.Period.Should().Be(Periods.None);
    }

    [Fact]
    public void What_reserves_hold_stays_a_reserve()
    {
        Single("Korrin Rare Earths Ltd said ore reserves at Tallis hold 2.4 million tonnes at 1.9% TREO.").Measure.Should().Be(Measures.Reserve);
    }

    [Fact]
    public void What_an_agency_holds_is_not_read_as_a_resource()
    {
        var text = "The Defense Logistics Agency plans to buy 300 tonnes of NdPr oxide for the stockpile. "
                   + "The agency already holds an estimated 400 tonnes of lanthanum carbonate.";
        Fact(text, 400).Measure.Should().NotBe(Measures.Resource);
    }

    [Theory]
    [InlineData("at an average grade of 24% TREO", "xenotime")]
    [InlineData("grading 1.4% TREO", "rare-earth-ore")]
    [InlineData("at 2,100 ppm TREO", "rare-earth-ore")]
    public void A_concentrate_grade_after_a_figure_does_not_make_it_ore(string grade, string product)
    {
        var text = "Tennant Range Minerals Ltd produced 400 tonnes of xenotime concentrate in FY2025. "
                   + $"In the June quarter its plant produced 110 tonnes {grade}.";
        Fact(text, 110).ProductId.Should().Be(product);
    }

    [Fact]
    public void A_plant_licensed_by_a_state_body_is_the_licensees_not_the_regulators()
    {
        var text = "Malaysia's Atomic Energy Licensing Board has granted an operating licence to Perrin Terra Metals Sdn Bhd for a processing plant. "
                   + "The plant will process between 1,500 and 1,800 tpa of mixed rare earth carbonate.";
        Fact(text, 1_800).SubjectName.Should().Be("Perrin Terra Metals Sdn Bhd");
    }

    [Fact]
    public void A_pair_of_bare_figures_after_rising_to_takes_the_earlier_pairs_materials_in_order()
    {
        var text = "Harlow Fuels Inc will deliver 4 tonnes of dysprosium oxide and 2 tonnes of terbium oxide in 2026, rising to 40 tonnes and 12 tonnes a year from 2028.";
        Fact(text, 40).ProductId.Should().Be("dysprosium-oxide");
        Fact(text, 12).ProductId.Should().Be("terbium-oxide");
    }

    [Fact]
    public void A_list_after_rising_to_keeps_its_own_yearly_window()
    {
        var text = "Harlow Fuels Inc will deliver 4 tonnes of dysprosium oxide and 2 tonnes of terbium oxide in 2026, rising to 40 tonnes and 12 tonnes a year from 2028.";
        Fact(text, 40).Period.Should().Be(Periods.PerYear);
        Fact(text, 4).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void An_output_figure_after_a_consumption_sentence_takes_the_last_output_material_not_the_feed()
    {
        var text = "Corvin Magnetics LLC said its plant made 900 tonnes of NdFeB magnets in 2025. "
                   + "The company used about 300 tonnes of NdPr metal in 2025. "
                   + "Corvin Magnetics plans a second line that would lift capacity to 3,000 tonnes a year by 2028.";
        Fact(text, 3_000).ProductId.Should().Be(Fact(text, 900).ProductId);
        Fact(text, 3_000).Measure.Should().Be(Measures.Capacity);
    }

    [Fact]
    public void An_output_figure_after_an_output_sentence_keeps_the_carried_material()
    {
        var text = "Corvin Magnetics LLC said its plant made 900 tonnes of NdFeB magnets in 2025. "
                   + "The company produced about 300 tonnes of NdPr metal in 2025. "
                   + "It plans a second line that would lift capacity to 3,000 tonnes a year by 2028.";
        Fact(text, 3_000).ProductId.Should().Be(Fact(text, 300).ProductId);
    }

    [Fact]
    public void Deals_reported_by_traders_are_spot_sales_not_offtakes()
    {
        var text = "Chinese prices for NdPr oxide rose by 2% to 560,000 yuan per tonne, Fastmarkets said, as traders reported deals for about 250 tonnes.";
        Fact(text, 250).Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void A_deal_signed_for_a_volume_stays_an_offtake()
    {
        Single("Corvin Magnetics LLC signed a deal for 250 tonnes of NdPr oxide with Halden Minerals Ltd.").Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_country_listed_after_a_destination_is_a_destination_too()
    {
        var text = "Vietnam exported 2,400 tonnes of rare earth magnets in May. "
                   + "Japan took 700 tonnes, the largest single destination, followed by India with 450 tonnes.";
        Fact(text, 450).SubjectName.Should().Be("Vietnam");
        Fact(text, 450).Measure.Should().Be(Measures.Export);
    }

    [Fact]
    public void A_country_listed_after_a_producer_is_a_producer_too()
    {
        var text = "Brazil produced 3,100 tonnes of rare earth oxides in 2024, followed by India with 2,900 tonnes.";
        Fact(text, 2_900).SubjectName.Should().Be("India");
    }

    [Fact]
    public void A_demonym_of_an_unnamed_company_is_not_the_subject()
    {
        var text = "Halden Recycling Inc plans a plant in Ohio. "
                   + "Its chief executive said customers including a Korean carmaker had agreed to take 80 tonnes of recycled oxide a year.";
        Fact(text, 80).SubjectName.Should().Be("Halden Recycling Inc");
    }

    [Theory]
    [InlineData("Corvin Sands Ltd sold 6,200 tonnes of mineral sands in the half. Shipments to its Korean customer totalled 2,400 tonnes.", 2_400)]
    [InlineData("Corvin Sands Ltd sold 6,200 tonnes of mineral sands in the half. Deliveries to their Japanese buyers came to 1,300 tonnes.", 1_300)]
    public void A_demonym_after_a_possessive_describes_a_counterparty_not_the_subject(string text, double value) =>
        Fact(text, value).SubjectName.Should().Be("Corvin Sands Ltd");

    // Probe 16 (invented names and sentences).
    [Fact]
    public void A_figure_in_line_with_a_plan_is_no_production_line()
    {
        var text = "Corvin Sands Ltd reported its results. Its half-year sales of 141,000 tonnes were in line with budget.";
        Fact(text, 141_000).Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void A_memorandum_with_a_named_company_for_a_yearly_volume_is_an_offtake()
    {
        var fact = Single("Tamsin Separations LLC signed a memorandum with Canada's Halden Minerals Ltd for up to 600 tonnes of mixed rare earth carbonate a year.");
        fact.Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_deal_that_covers_a_yearly_volume_is_an_offtake()
    {
        var text = "Okura Trading Corp signed a supply deal with Halden Minerals Ltd. The agreement also covers about 30 tonnes a year of terbium oxide.";
        Fact(text, 30).Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void Production_from_a_stockpile_is_production_not_a_stockpile()
    {
        var text = "Halden Minerals Ltd said monazite concentrate production from its old tailings stockpile was 4,100 tonnes in the quarter.";
        Fact(text, 4_100).Measure.Should().Be(Measures.Production);
        Fact(text, 4_100).Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void A_stockpile_that_holds_material_stays_a_stockpile()
    {
        Single("Halden Minerals Ltd said its stockpile held 4,100 tonnes of monazite concentrate.").Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void What_a_country_bought_from_abroad_is_its_import()
    {
        var fact = Single("In the first five months, India bought 3,200 tonnes of rare earth compounds from Vietnam.");
        fact.Measure.Should().Be(Measures.Import);
        fact.SubjectName.Should().Be("India");
    }

    [Fact]
    public void A_ministry_allowing_tonnages_sets_quotas()
    {
        var text = "For all of 2025, the ministry allowed 190,000 tonnes of mining and 180,000 tonnes of smelting output.";
        Fact(text, 190_000).Measure.Should().Be(Measures.Quota);
        Fact(text, 180_000).Measure.Should().Be(Measures.Quota);
        Fact(text, 180_000).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_million_tonne_operation_after_a_refined_product_is_ore()
    {
        var text = "Corvin Clays Ltd plans a pilot making 300 kg of mixed rare earth carbonate a day, then a 6 Mtpa operation making 9,000 tonnes a year of it.";
        Fact(text, 6_000_000).ProductId.Should().Be("rare-earth-ore");
        Fact(text, 0.3).ProductId.Should().Be("mrec");
    }

    [Fact]
    public void Zircon_sand_in_a_table_line_is_another_commodity()
    {
        var text = "Halden Sands Ltd produced 9,000 tonnes of monazite concentrate in the quarter.\nZircon sand production 61.2kt";
        NoFact(text, 61_200);
        Fact(text, 9_000).ProductId.Should().Be("monazite");
    }

    [Fact]
    public void A_relative_clause_about_a_named_asset_in_a_place_is_about_its_owner()
    {
        var fact = Single("Tamsin Magnets LLC will buy feed from Halden Minerals Ltd's Kestrel mine in Ontario, which produced 2,100 tonnes of rare earth oxide in 2024.");
        fact.SubjectName.Should().Be("Halden Minerals Ltd");
    }

    [Fact]
    public void A_continent_opening_the_sentence_is_nobodys_subject()
    {
        var text = "Halden Recycling GmbH opened a magnet recycling line near Leipzig. Asia generates about 40,000 tonnes of magnet scrap a year.";
        Fact(text, 40_000).SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_continents_company_is_still_the_subject()
    {
        var text = "Halden Recycling GmbH opened a magnet recycling line near Leipzig. Europe's largest recycler expects to process 3,000 tonnes a year.";
        Fact(text, 3_000).SubjectName.Should().Be("Halden Recycling GmbH");
    }

    [Fact]
    public void Shipments_that_go_on_about_a_countrys_imports_are_imports()
    {
        var text = "India's imports of rare earth carbonate from Vietnam fell to 820 tonnes in June, while shipments of separated oxides rose to 310 tonnes.";
        Fact(text, 310).Measure.Should().Be(Measures.Import);
        Fact(text, 310).SubjectName.Should().Be("India");
    }

    [Fact]
    public void A_countrys_shipments_after_its_production_are_still_exports()
    {
        var text = "Vietnam produced 4,000 tonnes of rare earth oxides in 2024, while shipments abroad reached 2,600 tonnes.";
        Fact(text, 2_600).Measure.Should().Be(Measures.Export);
    }

    [Fact]
    public void The_window_of_a_compared_figure_is_not_the_next_clauses_detail()
    {
        var text = "Halden Sands Ltd reported mineral sands production of 52,000 tonnes for the September quarter, up from 47,500 t in the March quarter, and sales of 39,800 t.";
        Fact(text, 47_500).PeriodDetail.Should().Be("March quarter");
        Fact(text, 39_800).PeriodDetail.Should().NotBe("March quarter");
        Fact(text, 39_800).Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void A_purchase_into_a_stockpile_keeps_the_window_it_is_bought_in()
    {
        var lot = Single("The Ruritanian raw materials fund made its first purchases, buying 120 tonnes of terbium oxide to be held in bonded warehouses.");
        lot.Measure.Should().Be(Measures.Stockpile);
        lot.Period.Should().Be(Periods.OneOff);
        var yearly = Single("Ruritania's state metals agency said its national stockpile covers 45 days of demand and that it plans on buying up to 260 tons of terbium oxide next year.");
        yearly.Measure.Should().Be(Measures.Stockpile);
        yearly.Period.Should().Be(Periods.Year);
        var held = Single("The Ruritanian raw materials fund holds about 500 tonnes of dysprosium oxide in its stockpile.");
        held.Measure.Should().Be(Measures.Stockpile);
        held.Period.Should().Be(Periods.None);
    }

    [Fact]
    public void To_acquire_for_a_stockpile_is_a_purchase_into_the_stockpile()
    {
        var text = "The Ruritanian Materials Agency plans to acquire up to 600 short tons of NdPr oxide and 25 short tons of terbium oxide "
                   + "for the national stockpile under its fiscal 2028 plan.";
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Should().HaveCount(2);
        facts.Should().OnlyContain(f => f.Measure == Measures.Stockpile && f.Period == Periods.Year);
        var held = Fact("Corrib Minerals Ltd agreed to buy 90,000 lb of samarium-cobalt alloy from Tarvik Metals Inc., which holds 35 t of samarium oxide in inventory.", 35);
        held.Measure.Should().Be(Measures.Stockpile);
        held.Period.Should().Be(Periods.None);
        Fact("Corrib Minerals Ltd agreed to acquire a 20% stake in Tarvik Rare Earths Ltd, which produced 1,200 tonnes of NdPr oxide last year.", 1_200)
            .Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_yearly_purchase_for_a_stockpile_is_a_stockpile()
    {
        var fact = Single("The Ruritanian government will buy 900 tonnes of rare earth oxides a year for a new strategic reserve, the minister said.");
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.PerYear);
        Fact("Corrib Minerals Ltd has agreed to buy 900 tonnes a year of NdPr oxide from Tarvik Rare Earths Ltd, which keeps 70 tonnes in inventory.", 900)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Theory]
    [InlineData("The Ruritanian Metals Agency keeps roughly 45 days of consumption, or about 900 tonnes of rare earths, in state warehouses.")]
    [InlineData("The fund aims to hold at least 2 months of Ruritanian consumption of magnet rare earths, roughly equivalent to 700 tonnes of NdPr oxide.")]
    public void A_stock_counted_in_days_of_consumption_is_a_stockpile(string sentence)
    {
        var fact = Single(sentence);
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.None);
        Single("Ruritania consumed 4,000 tonnes of magnets last year, about 60% of European demand.").Measure.Should().Be(Measures.Other);
    }

    [Fact]
    public void A_delivery_agreed_under_an_arrangement_is_an_offtake()
    {
        var fact = Single("Under the new arrangement, Tarvik Rare Earths Ltd will deliver up to 90 tonnes of dysprosium oxide over three years.");
        fact.Measure.Should().Be(Measures.Offtake);
        fact.Period.Should().Be(Periods.Cumulative);
        Single("Tarvik Rare Earths Ltd will deliver its first 90 tonnes of dysprosium oxide in March.").Measure.Should().Be(Measures.Shipment);
    }

    [Fact]
    public void To_purchase_an_amount_under_an_agreement_is_an_offtake()
    {
        Single("Under a separate agreement, Corrib Motors Inc will purchase magnets from Tarvik Magnetics Ltd, starting with about 150 tonnes in 2027.")
            .Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void Recycled_before_a_product_is_part_of_its_name_not_a_verb()
    {
        Single("First-year output is expected to be only about 120 tonnes of recycled NdFeB alloy as lines are brought up one at a time.")
            .Measure.Should().Be(Measures.Production);
        Single("In H1 Tarvik Recycling Ltd recycled 42 tonnes of end-of-life magnets.").Measure.Should().Be(Measures.Other);
    }

    [Fact]
    public void A_list_whose_next_figure_opens_with_a_hedge_shares_its_window()
    {
        var text = "Tarvik Rare Earths Ltd produced 1,200 tonnes of NdPr oxide and about 40 tonnes of terbium oxide in the first half.";
        Fact(text, 1_200).Period.Should().Be(Periods.HalfYear);
        Fact(text, 40).Period.Should().Be(Periods.HalfYear);
    }

    [Fact]
    public void To_take_an_amount_for_reserves_is_a_stockpile_purchase()
    {
        var fact = Single("The Ruritanian agency, which manages the country's strategic stockpile, agreed to take 200 tonnes of the oxide for reserves.");
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.OneOff);
        Single("Corrib Motors Inc agreed to take 200 tonnes of NdPr oxide a year from Tarvik Rare Earths Ltd.").Measure.Should().Be(Measures.Offtake);
    }

    // tonnes17 (docs/entities.md §32): the facts probe 16 left wrong, and the trade stories of /tmp/probe17t.

    [Fact]
    public void A_contracts_first_year_is_a_year_window()
    {
        var text = "Under the contract, Corrib Motors Inc will take 300 tonnes of NdPr oxide in the first year, rising to 450 tonnes a year from 2029.";
        var first = Fact(text, 300);
        first.Period.Should().Be(Periods.Year);
        first.PeriodDetail.Should().Be("first year");
        Fact(text, 450).Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_past_sale_to_one_unnamed_buyer_is_one_trade()
    {
        var trade = Single("One Hamburg trader sold 200 kg of terbium oxide to a Korean magnet maker.");
        trade.Measure.Should().Be(Measures.Sales);
        trade.Period.Should().Be(Periods.OneOff);
        Single("Tarvik Rare Earths Ltd sold 1,200 tonnes of NdPr oxide to customers in Japan.").Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_sentence_opening_with_the_short_form_of_a_candidate_is_about_it_also_when_another_name_follows()
    {
        var text = "The agency awarded $20 million to Corrib Separations LLC for a plant in Ohio. "
                   + "Corrib also signed a memorandum with Tarvik Rare Earths Ltd for up to 500 tonnes of mixed rare earth carbonate per year.";
        Fact(text, 500).SubjectName.Should().Be("Corrib Separations LLC");
        var said = "The agency awarded $20 million to Corrib Separations LLC for a plant in Ohio. "
                   + "Corrib said Tarvik Rare Earths Ltd will produce 500 tonnes of mixed rare earth carbonate per year.";
        Fact(said, 500).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void A_bracketed_cell_of_a_text_table_is_the_rows_figure_for_the_other_window()
    {
        var text = "Tarvik Sands Ltd reported heavy mineral sands production of 88,000 tonnes for the quarter ended 31 March.\n\n"
                   + "Quarter summary:\n"
                   + "Ilmenite production 31.2kt (December quarter: 29.8kt)\n"
                   + "Rutile production 12.1kt (December quarter: 11.4kt)\n"
                   + "Monazite concentrate 4.3kt (December quarter: 3.9kt)\n";
        // §74: the ilmenite and rutile rows and their cells are other commodities, no facts.
        NoFact(text, 31_200);
        NoFact(text, 29_800);
        NoFact(text, 11_400);
        var monazite = Fact(text, 4_300);
        monazite.Measure.Should().Be(Measures.Production);
        monazite.ProductId.Should().Be("monazite");
        monazite.PeriodDetail.Should().BeNull();
        var earlier = Fact(text, 3_900);
        earlier.Measure.Should().Be(Measures.Production);
        earlier.ProductId.Should().Be("monazite");
        earlier.PeriodDetail.Should().Be("December quarter");
    }

    [Fact]
    public void Quota_batches_with_no_measure_word_go_on_about_the_national_quota()
    {
        var text = "China's Ministry of Industry and Information Technology set the 2027 rare earth mining quota at 150,000 tonnes. "
                   + "\"Separators already process about 30,000 tonnes a year of imported concentrate,\" one analyst said. "
                   + "In 2026 the two batches together came to 280,000 tonnes.";
        var quota = Fact(text, 150_000);
        var batches = Fact(text, 280_000);
        batches.Measure.Should().Be(Measures.Quota);
        batches.Period.Should().Be(Periods.Year);
        batches.SubjectId.Should().Be("CN");
        batches.Material.Should().Be(quota.Material);
    }

    [Fact]
    public void A_list_shares_the_window_detail_of_its_first_figure()
    {
        var text = "For the whole of 2025, the ministry allowed 200,000 tonnes of mining and 190,000 tonnes of smelting output.";
        Fact(text, 200_000).PeriodDetail.Should().Be("2025");
        Fact(text, 190_000).PeriodDetail.Should().Be("2025");
    }

    [Fact]
    public void The_window_a_figure_is_compared_with_is_not_its_detail()
    {
        var fact = Single("Tarvik Rare Earths Ltd reported record quarterly NdPr oxide production of 240 tonnes, up 30% from the first quarter of 2026.");
        fact.Period.Should().Be(Periods.PerQuarter);
        fact.PeriodDetail.Should().BeNull();
    }

    [Fact]
    public void A_reserve_price_is_no_reserve()
    {
        var fact = Single("The concentrate will be sold in lots of 400 tonnes each, with a reserve price of 40 million dong per tonne.");
        fact.Measure.Should().NotBe(Measures.Reserve);
        Single("The deposit has reserves of 600,000 tonnes of rare earth oxides.").Measure.Should().Be(Measures.Reserve);
    }

    [Theory]
    [InlineData("The Ruritanian agency has a 2027 purchase plan of 200 tonnes of dysprosium oxide.", 200, "year", "2027")]
    [InlineData("In the first half of the fiscal year Tarvik Rare Earths Ltd made 1,100 tonnes of chloride, before a stronger second half of 1,600 tonnes.", 1_600, "half_year", "second half")]
    [InlineData("A scoping study put first-year concentrate output at 9,000 t.", 9_000, "year", "first-year")]
    public void Windows_named_before_a_figure_give_its_period_and_detail(string text, double value, string period, string detail)
    {
        var fact = Fact(text, value);
        fact.Period.Should().Be(period);
        fact.PeriodDetail.Should().Be(detail);
    }

    [Fact]
    public void An_amount_since_a_year_is_cumulative()
    {
        Single("Tarvik Rare Earths Ltd has produced 14,000 tonnes of NdPr oxide since 2019.").Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_countrys_sale_to_domestic_buyers_is_no_export()
    {
        Single("Vietnam sold 900 tonnes of concentrate to two domestic processors in 2024.").Measure.Should().Be(Measures.Sales);
        Single("Vietnam sold 900 tonnes of concentrate to Japan in 2024.").Measure.Should().Be(Measures.Export);
    }

    [Fact]
    public void A_company_anaphor_is_no_candidate_ministry()
    {
        var text = "Ruritania's Ministry of Mines will auction 900 tonnes of seized concentrate, the Ministry of Mines said on Tuesday. "
                   + "Tarvik Rare Earths Ltd said it could process up to 5,000 tonnes a year. "
                   + "The company shipped its first 20 tonnes of separated oxides in April.";
        Fact(text, 20).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
    }

    [Fact]
    public void A_company_anaphor_after_an_opening_phrase_is_no_state_body()
    {
        var text = "Malaysia's Atomic Energy Licensing Board has renewed the licence of Tarvik Malaysia Sdn Bhd, the Atomic Energy Licensing Board said. "
                   + "Under the licence the company must ship at least 2,000 tonnes of NdPr oxide a year to local magnet makers.";
        Fact(text, 2_000).SubjectName.Should().Be("Tarvik Malaysia Sdn Bhd");
    }

    [Fact]
    public void A_figure_after_one_of_its_own_sentence_with_a_window_keeps_that_sentences_window()
    {
        var text = "Tarvik Rare Earths Ltd has produced 14,000 tonnes of NdPr oxide since 2019. "
                   + "Tarvik Rare Earths Ltd processed 24,500 t of concentrate in fiscal 2025 and produced 10,900 tonnes of oxides, including 6,500 tonnes of NdPr oxide.";
        Fact(text, 6_500).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_small_mtpa_figure_with_no_material_of_its_own_is_million_tonnes_of_ore()
    {
        var text = "The resource includes 40,000 t of NdPr oxide. Tarvik Minerals Ltd plans a 3 mtpa open-pit mine feeding a concentrator.";
        var mine = Fact(text, 3_000_000);
        mine.ProductId.Should().Be("rare-earth-ore");
    }

    [Fact]
    public void One_unnamed_traders_deal_is_nobodys()
    {
        var text = "In China, terbium oxide traded at 6,400 yuan/kg, with deals for roughly 700 kg reported in Ganzhou. "
                   + "One Dutch trader sold a 300 kg lot of dysprosium oxide at $460 per kg to a Japanese buyer on Tuesday.";
        var deal = Fact(text, 0.3);
        deal.SubjectName.Should().BeNull();
        deal.Measure.Should().Be(Measures.Sales);
        deal.Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void A_regions_own_demand_is_nobodys()
    {
        var text = "China exported 5,000 tonnes of magnets in May. Traders estimate Europe's annual demand for terbium at around 30 tonnes.";
        Fact(text, 30).SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_market_trade_is_not_the_datelines_country()
    {
        var text = "LONDON, Sept 11 (Fastmarkets) - Terbium metal prices in Rotterdam eased to $1,180 per kg this week, as about 1.5 tonnes changed hands between traders. "
                   + "Dysprosium metal was assessed at $560-590/kg, down $15, on volumes of some 3 t.";
        Fact(text, 1.5).SubjectName.Should().BeNull();
        var volume = Fact(text, 3);
        volume.Measure.Should().Be(Measures.Sales);
        volume.Period.Should().Be(Periods.OneOff);
        volume.SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_resource_estimate_is_no_hedge()
    {
        Single("The previous resource estimate, published in 2023, was 118 Mt.").Qualifier.Should().Be("none");
        Single("Analysts estimate Ruritanian demand at 900 tonnes of NdPr oxide a year.").Qualifier.Should().Be("about");
    }

    [Fact]
    public void What_a_state_agency_bought_is_a_stockpile_purchase()
    {
        var bought = Single("Korea Mine Rehabilitation and Mineral Resources Corp said on Monday it had bought 40 tonnes of dysprosium oxide in a tender.");
        bought.Measure.Should().Be(Measures.Stockpile);
        bought.Period.Should().Be(Periods.OneOff);
        Single("Tarvik Magnetics Ltd has agreed to buy 40 tonnes a year of dysprosium oxide from Corrib Metals Ltd.").Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_relative_clause_after_an_abbreviated_legal_form_is_about_that_company()
    {
        var text = "Corrib Magnetics Ltd agreed to buy 500 tonnes a year of NdPr metal from Halvard Alloys Inc., which keeps 25 t of terbium oxide in storage.";
        Fact(text, 25).SubjectName.Should().Be("Halvard Alloys Inc.");
    }

    [Fact]
    public void Each_of_a_companys_own_units_is_the_companys_not_a_generic_unit()
    {
        var text = "Tarvik Wind Systems Ltd expects to install 300 turbines next year. Each of its offshore turbines needs about 2.5 t of NdFeB magnets.";
        Fact(text, 2.5).SubjectName.Should().Be("Tarvik Wind Systems Ltd");
        Single("A single 12MW offshore turbine needs about 2.5 t of NdFeB magnets.").SubjectName.Should().BeNull();
    }

    [Theory]
    [InlineData("Tarvik Wind Systems Ltd has agreed to buy 1,800 t of NdFeB magnets over five years from Ruritanian producer Halvard Magnet Works Ltd, the companies said.", 1_800, "Halvard Magnet Works Ltd")]
    [InlineData("Corrib Motors Ltd will buy 700 t per year of NdPr oxide from Ruritania's Quellon Rare Earth Refining Ltd under a four-year contract.", 700, "Quellon Rare Earth Refining Ltd")]
    [InlineData("Halvard Magnetics Ltd said it had secured 120 tonnes of neodymium oxide from Tarvik Rare Earths Ltd for its first line.", 120, "Tarvik Rare Earths Ltd")]
    public void What_is_bought_from_a_named_supplier_is_the_suppliers_offtake(string text, double value, string supplier)
    {
        var fact = Fact(text, value);
        fact.Measure.Should().Be(Measures.Offtake);
        fact.SubjectName.Should().Be(supplier);
    }

    [Fact]
    public void What_is_bought_from_a_suppliers_asset_or_with_no_supplier_stays_the_buyers()
    {
        Single("Corrib Motors Ltd will buy 700 t per year of NdPr oxide from Quellon Rare Earths Ltd's Kestrel refinery.").SubjectName.Should().Be("Corrib Motors Ltd");
        Single("Corrib Motors Ltd will buy 700 t per year of NdPr oxide from 2027.").SubjectName.Should().Be("Corrib Motors Ltd");
    }

    [Fact]
    public void A_trade_figure_naming_no_company_is_the_countrys_not_the_previous_companys()
    {
        var text = "MANILA, May 4 (Reuters) - The Philippines exported 800 tonnes of rare earth oxides in the first quarter, customs data showed. "
                   + "Halvard Refining Corp said it shipped about 500 tonnes of that. "
                   + "Imports of mixed rare earth carbonate, mainly from Vietnam, rose to 1,200 tonnes over the same period, the data showed.";
        var imports = Fact(text, 1_200);
        imports.Measure.Should().Be(Measures.Import);
        imports.SubjectId.Should().Be("PH");
        var own = "Halvard Refining Corp said it shipped about 500 tonnes of oxides in the first quarter. Its exports to Japan rose to 300 tonnes.";
        Fact(own, 300).SubjectName.Should().Be("Halvard Refining Corp");
    }

    [Fact]
    public void Companies_named_as_examples_of_a_group_that_speaks_are_not_the_subject_of_what_it_reports()
    {
        var text = "JAKARTA, March 2 (Reuters) - Indonesia imported 9,400 tonnes of rare earth magnets last year, trade data showed. "
                   + "Motorcycle makers such as Halvard Motors Ltd and Tarvik Auto Ltd have warned that shipments of about 300 tonnes a month are delayed.";
        Fact(text, 300).SubjectId.Should().Be("ID");
        Single("Halvard Motors Ltd has warned that shipments of about 300 tonnes a month are delayed.").SubjectName.Should().Be("Halvard Motors Ltd");
        Single("Magnet makers such as Halvard Motors Ltd still import roughly 300 tonnes of alloy a year from China.").SubjectName.Should().Be("Halvard Motors Ltd");
    }

    [Fact]
    public void The_quotas_as_a_whole_are_the_countrys_not_the_last_allottees()
    {
        var text = "China set its first batch of 2031 rare earth mining quotas at 150,000 tonnes of rare earth oxide, the ministry said. "
                   + "Quellon Rare Earth Group was allotted 40,000 tonnes of the mining quota. "
                   + "Analysts said the quotas point to full-year mining volumes of around 300,000 tonnes.";
        var whole = Fact(text, 300_000);
        whole.Measure.Should().Be(Measures.Quota);
        whole.SubjectId.Should().Be("CN");
        Fact(text, 40_000).SubjectName.Should().Be("Quellon Rare Earth Group");
    }

    [Fact]
    public void A_bare_year_after_a_month_before_to_is_a_date_not_a_ranges_low_end()
    {
        var forecast = Single("Tarvik Magnetics Ltd raised its forecast for the fiscal year to March 2028 to 8,400 tonnes of magnet sales.");
        forecast.Min.Should().Be(8_400);
        forecast.Max.Should().Be(8_400);
        Single("Tarvik Minerals Ltd expects output of 1800 to 2100 tonnes of NdPr oxide.").Min.Should().Be(1_800);
    }

    [Theory]
    [InlineData("Tarvik Magnetics Ltd sold 5,200 tonnes of magnets in the nine months to December.", "cumulative", "nine months to December")]
    [InlineData("Tarvik Magnetics Ltd imported 1,300 tonnes of NdPr metal in the nine months.", "cumulative", null)]
    [InlineData("Ruritania's imports of rare earth magnets were 4,100 tonnes in calendar 2024.", "year", "calendar 2024")]
    [InlineData("The Tarvik plant processed 300,000 tonnes of ore in its first twelve months of operation.", "year", null)]
    [InlineData("Tarvik Minerals Ltd produced 9,100 tonnes of concentrate in the twelve months to June 30, 2026.", "year", "twelve months to June 30, 2026")]
    public void Nine_and_twelve_month_windows_and_calendar_years(string text, string period, string? detail)
    {
        var fact = Single(text);
        fact.Period.Should().Be(period);
        if (detail is not null)
        {
            fact.PeriodDetail.Should().Be(detail);
        }
    }

    [Fact]
    public void A_year_to_date_total_has_the_detail_year_to_date()
    {
        var text = "Ruritania's imports of rare earth compounds rose to 2,100 tonnes in May, bringing the year-to-date total to 9,800 tonnes.";
        var total = Fact(text, 9_800);
        total.Period.Should().Be(Periods.Cumulative);
        total.PeriodDetail.Should().Be("year-to-date");
        Fact(text, 2_100).PeriodDetail.Should().Be("May");
    }

    [Fact]
    public void One_auction_or_one_tender_is_one_lot()
    {
        var text = "Ruritania's Ministry of Industry will auction 2,000 tonnes of seized concentrate. An earlier auction in 2023 sold 900 tonnes to a local refiner.";
        var sale = Fact(text, 900);
        sale.Measure.Should().Be(Measures.Sales);
        sale.Period.Should().Be(Periods.OneOff);
        sale.PeriodDetail.Should().Be("2023");
        var tender = Single("Korea Mine Rehabilitation and Mineral Resources Corp said it had bought 25 tonnes of terbium oxide in a tender that closed on Friday, its third purchase this year.");
        tender.Measure.Should().Be(Measures.Stockpile);
        tender.Period.Should().Be(Periods.OneOff);
        Single("Tarvik Minerals Ltd sold 4,000 tonnes of concentrate in 2025.").Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_stockpile_flow_written_as_a_rate_keeps_the_rate()
    {
        var text = "The Ruritanian stockpile agency wants to accumulate 3,000 tonnes of separated oxides over the next six years, or about 500 tonnes per annum.";
        Fact(text, 500).Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void Potential_acquisitions_for_a_stockpile_take_their_window()
    {
        var text = "The Defense Logistics Agency plans to stockpile rare earths. The agency listed potential acquisitions of 40 tonnes of dysprosium oxide over the twelve months to September 30, 2028.";
        var buy = Fact(text, 40);
        buy.Measure.Should().Be(Measures.Stockpile);
        buy.Period.Should().Be(Periods.Year);
    }

    [Theory]
    [InlineData("The Ruritanian stockpile held 3,000 tonnes of rare earths. It will offer up to 500 tonnes of cerium oxide for sale in fiscal 2028.", 500, "year")]
    [InlineData("The Ruritanian stockpile held 3,000 tonnes of rare earths. The agency reported selling 320 tonnes of cerium oxide in fiscal 2027.", 320, "year")]
    public void What_a_stockpile_offers_for_sale_or_sold_is_sales(string text, double value, string period)
    {
        var sale = Fact(text, value);
        sale.Measure.Should().Be(Measures.Sales);
        sale.Period.Should().Be(period);
    }

    [Fact]
    public void Guidance_is_of_output_also_when_kept()
    {
        var text = "Inventory at the port stood at 1,200 tonnes on June 30. Tarvik Sands Ltd kept its guidance for FY27 at 9,000 to 9,500 tonnes of monazite concentrate.";
        var guidance = Fact(text, 9_500);
        guidance.Measure.Should().Be(Measures.Production);
        guidance.Period.Should().Be(Periods.Year);
    }

    [Theory]
    [InlineData("The Tarvik pilot processed 200,000 tonnes of ore in its first twelve months. The pilot made 3,100 tonnes of concentrate in that period.", 3_100, "year")]
    [InlineData("Tarvik Minerals Ltd started its pilot plant in March. Only 80 tonnes of carbonate have been sold so far.", 80, "cumulative")]
    public void That_period_and_so_far(string text, double value, string period) =>
        Fact(text, value).Period.Should().Be(period);

    [Fact]
    public void An_annual_document_a_figure_is_quoted_from_gives_it_no_rate()
    {
        var fact = Single("The Ruritanian stockpile agency plans to buy up to 800 tonnes of NdPr oxide in fiscal 2028, according to its annual procurement plan.");
        fact.Period.Should().Be(Periods.Year);
        fact.PeriodDetail.Should().Be("fiscal 2028");
    }

    [Fact]
    public void Figures_compared_or_listed_with_a_stockpile_purchase_are_purchases_in_its_window()
    {
        var text = "The Ruritanian stockpile agency listed potential acquisitions of 50 tonnes of dysprosium oxide over the twelve months to June 30, 2028, up from 35 tonnes and 9 tonnes in the previous plan.";
        Fact(text, 35).Period.Should().Be(Periods.Year);
        Fact(text, 9).Period.Should().Be(Periods.Year);
        Fact("The Ruritanian stockpile holds 40 tonnes of dysprosium oxide and 9 tonnes of terbium oxide.", 9).Period.Should().Be(Periods.None);
    }

    [Fact]
    public void A_plan_to_accumulate_a_stock_is_a_flow_over_its_window()
    {
        var fact = Single("Over the six years to 2032 the Ruritanian stockpile agency wants to accumulate 4,000 tonnes of separated oxides.");
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_years_plan_of_a_figure_is_that_years()
    {
        var text = "The Ruritanian stockpile agency has now bought some 40 tonnes of dysprosium oxide year-to-date, against a 2027 purchase plan of 120 tonnes.";
        var plan = Fact(text, 120);
        plan.Period.Should().Be(Periods.Year);
        plan.PeriodDetail.Should().Be("2027");
        Fact(text, 40).Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void Material_in_transit_is_a_stock()
    {
        var text = "Tarvik Sands Ltd sold 3,000 tonnes of monazite concentrate in the half, leaving 700 tonnes in transit at period end.";
        Fact(text, 700).Measure.Should().Be(Measures.Stockpile);
    }

    [Theory]
    [InlineData("Tarvik Magnetics Ltd raised its forecast for the fiscal year to March 2028 to 8,400 tonnes of magnet sales, from 7,900 tonnes.", 7_900, "year")]
    public void A_figure_from_which_a_forecast_was_raised_has_its_window(string text, double value, string period) =>
        Fact(text, value).Period.Should().Be(period);

    [Theory]
    [InlineData("Tarvik Magnetics Ltd raised its forecast for the fiscal year to March 2028 to 8,400 tonnes of magnet sales.", "fiscal year to March 2028")]
    [InlineData("Tarvik Minerals Ltd processed 9,100 tonnes of monazite in the fiscal year ended March 31, 2026.", "fiscal year ended March 31, 2026")]
    public void A_fiscal_year_to_a_month_is_the_detail(string text, string detail) =>
        Single(text).PeriodDetail.Should().Be(detail);

    [Fact]
    public void A_figure_compared_with_up_from_has_no_detail_of_the_window_before()
    {
        var text = "Tarvik Minerals Ltd processed 9,100 tonnes of monazite in the fiscal year ended March 31, 2027, down from 10,400 tonnes a year earlier.";
        Fact(text, 9_100).PeriodDetail.Should().Be("fiscal year ended March 31, 2027");
        Fact(text, 10_400).PeriodDetail.Should().BeNull();
    }

    [Fact]
    public void Shipments_from_an_origin_in_a_story_on_imports_are_imports()
    {
        var text = "Japan's imports of rare earth compounds rose to 3,400 tonnes in the third quarter. Shipments from Vietnam accounted for 800 tonnes of the total.";
        var part = Fact(text, 800);
        part.SubjectId.Should().Be("JP");
        part.Measure.Should().Be(Measures.Import);
        Single("Vietnam's shipments of rare earth concentrate rose to 600 tonnes in May.").Measure.Should().Be(Measures.Export);
    }

    [Fact]
    public void Heavy_and_light_before_a_generic_material_word_do_not_let_the_earlier_material_carry()
    {
        var text = "Tarvik Minerals Ltd produced 700 tonnes of NdPr oxide last year. It aims to make 2,000 tonnes of heavy and light oxides by 2030.";
        Fact(text, 700).ProductId.Should().Be("ndpr-oxide");
        Fact(text, 2_000).ProductId.Should().Be("reo");
    }

    [Theory]
    [InlineData("Ruritania's shipments of rare earths, such as oxides and metals, totalled 812 tonnes in May.", 812)]
    [InlineData("Overall rare earth sales, including carbonate, oxides and metal, came to 2,340 tonnes last quarter.", 2_340)]
    [InlineData("Varno's rare earth imports, which include oxides, rose by 9% to 415 tonnes in June.", 415)]
    public void A_material_listed_in_an_aside_is_a_part_and_the_figure_is_of_the_whole(string text, double value) =>
        Fact(text, value).ProductId.Should().Be("rare-earths");

    [Fact]
    public void A_material_after_including_with_no_aside_closing_before_the_figure_is_kept()
    {
        var text = "Varno Metals Ltd sold magnets and rare earths including oxides totalling 300 tonnes.";
        Fact(text, 300).ProductId.Should().Be("reo");
    }

    [Theory]
    [InlineData("Varno Recycling Ltd will shred 420 tonnes of NdFeB scrap a year at its new line.", 420, "magnet-scrap")]
    [InlineData("Varno Recycling Ltd expects to sell 180 tonnes of recycled magnets to motor makers next year.", 180, "ndfeb-magnet")]
    [InlineData("Varno Recycling Ltd took back 3,200 kg of off-spec magnets from a motor maker in March.", 3.2, "magnet-scrap")]
    [InlineData("Karsa Minerals Ltd aims to make 7,400 tonnes a year of mixed rare earth sulfate at its Ruritanian plant.", 7_400, "mres")]
    [InlineData("The Varno pilot plant will take 250 tons of fly ash a day to test rare earth recovery.", 250, "coal-ash")]
    public void Recycling_feeds_recycled_products_and_sulphate_and_ash_feedstocks_are_named(string text, double value, string product) =>
        Fact(text, value).ProductId.Should().Be(product);

    [Fact]
    public void A_short_name_without_a_legal_form_written_before_it_is_the_same_candidate()
    {
        var text = "The Ruritanian Materials Board has hired state miner PT Karsa Logam Tbk to refine 300 tonnes of monazite. "
                   + "Karsa Logam, which mines tin on Varno island, will ship the first 90 tonnes by June, the board said.";
        Fact(text, 90).SubjectName.Should().Be("PT Karsa Logam Tbk");
    }

    [Fact]
    public void The_agency_is_no_candidate_company_mentioned_more_often()
    {
        var text = "The Ruritanian Materials Agency has hired PT Karsa Logam Tbk to refine 300 tonnes of monazite. "
                   + "PT Karsa Logam said it would start in May. The agency plans to hold 900 tonnes of oxides by 2030.";
        Fact(text, 900).SubjectName.Should().Be("Ruritanian Materials Agency");
    }

    [Theory]
    [InlineData("Kessler Magnetwerk GmbH will supply Varno Motors Corp with 900 tonnes of magnets a year, a deal the carmaker said would cut its terbium use by 6 tonnes a year.", 6, "Varno Motors Corp")]
    [InlineData("Kessler Magnetwerk GmbH said it could ship only 150 tonnes of magnets to Danish turbine maker Varno Wind Ltd, a third of the 450 tonnes the Danish company had ordered.", 450, "Varno Wind Ltd")]
    public void A_definite_description_acting_on_the_figure_is_the_company_it_fits(string text, double value, string subject) =>
        Fact(text, value).SubjectName.Should().Be(subject);

    // §37 Measures and periods (tonnage20).

    [Theory]
    [InlineData("Quellon Minerals Ltd said its Varno plant was now running at a rate of 420 tonnes a month.", Periods.Month)]
    [InlineData("Quellon Minerals Ltd said the refinery reached an annualised run-rate of 3,600 tpa in October.", Periods.PerYear)]
    [InlineData("Quellon Minerals Ltd said its separation line was designed to produce 900 tpa and was operating at an annualized rate of 540 tonnes.", Periods.PerYear)]
    [InlineData("Quellon Minerals Ltd said the kiln's monthly run rate climbed to 75 t of carbonate.", Periods.Month)]
    [InlineData("Quellon Minerals Ltd said its new line was running at a rate of about 1,100 tonnes.", Periods.PerYearImplied)]
    public void A_run_rate_is_production_at_that_rate(string text, string period)
    {
        var fact = TestFiles.Recognize(text).Tonnages[^1];
        fact.Measure.Should().Be(Measures.Production);
        fact.Period.Should().Be(period);
    }

    [Theory]
    [InlineData("Quellon Minerals Ltd said its Varno refinery was built to produce 2,400 tonnes a year of separated oxides.")]
    [InlineData("The concentrator is engineered to treat 300,000 tonnes of ore a year and recover about 6,500 tpa of concentrate.")]
    public void What_a_plant_is_designed_or_built_to_produce_is_its_capacity(string text) =>
        TestFiles.Recognize(text).Tonnages[^1].Measure.Should().Be(Measures.Capacity);

    [Theory]
    [InlineData("A first cargo of 65 tonnes of NdPr oxide left Varno port for Rotterdam in May.", Measures.Shipment)]
    [InlineData("Quellon Minerals Ltd said the initial trial lot of 18 tonnes of concentrate would be delivered to a Japanese customer in February.", Measures.Shipment)]
    [InlineData("Quellon Minerals Ltd expects an initial shipment of about 120 tonnes under the contract in March.", Measures.Shipment)]
    public void A_single_lot_is_one_off(string text, string measure)
    {
        var fact = Single(text);
        fact.Measure.Should().Be(measure);
        fact.Period.Should().Be(Periods.OneOff);
    }

    [Theory]
    [InlineData("The Ruritanian Materials Agency plans to hold up to 1,800 tonnes of dysprosium oxide by 2029.")]
    [InlineData("Quellon Magnetics Ltd intends to keep a buffer stock of 150 tonnes of NdPr metal at its Varno works.")]
    [InlineData("The Ruritanian Materials Agency wants to build a reserve of 2,500 tonnes of rare earth oxides.")]
    [InlineData("The Ruritanian Materials Agency will maintain a strategic reserve of up to 700 tonnes of terbium oxide.")]
    public void Material_a_body_means_to_keep_is_a_stockpile(string text)
    {
        var fact = Single(text);
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.None);
    }

    [Theory]
    [InlineData("The Varno deposit has a reserve of 1.4 million tonnes of ore.", Measures.Reserve)]
    [InlineData("The Varno deposit is estimated to hold 2 million tonnes of rare earth oxides.", Measures.Resource)]
    public void What_a_deposit_holds_is_no_stockpile(string text, string measure) =>
        Single(text).Measure.Should().Be(measure);

    [Theory]
    [InlineData("Ruritania exported 2,150 tonnes of rare earth oxides in January-June, customs data showed.", Periods.HalfYear)]
    [InlineData("Ruritania exported 1,020 tonnes of rare earth oxides from January to March, customs data showed.", Periods.PerQuarter)]
    [InlineData("Ruritania exported 4,300 tonnes of rare earth oxides in January-September, customs data showed.", Periods.Cumulative)]
    public void A_month_range_from_january_of_six_months_is_the_first_half(string text, string period) =>
        Single(text).Period.Should().Be(period);

    [Theory]
    [InlineData("The Ruritanian Materials Agency has contracted Karsa Logam Corp to supply 450 tonnes of monazite concentrate.", "Karsa Logam Corp")]
    [InlineData("The Ruritanian Materials Agency awarded Quellon Minerals Ltd a contract to deliver 75 tonnes of samarium oxide over four years.", "Quellon Minerals Ltd")]
    [InlineData("The Ruritanian Materials Agency engaged refiner Quellon Minerals Ltd to provide 90 tonnes of terbium oxide.", "Quellon Minerals Ltd")]
    public void What_a_hired_supplier_is_to_supply_is_its_offtake(string text, string supplier)
    {
        var fact = Single(text);
        fact.Measure.Should().Be(Measures.Offtake);
        fact.SubjectName.Should().Be(supplier);
    }

    [Theory]
    [InlineData("Varno Mining Ltd said the Kachin Independence Army had seized its pits near Sadon. The militia now levies a fee on about 1,400 tonnes of carbonate a month, Varno Mining said.", 1_400)]
    [InlineData("Varno Mining Ltd said the Kachin Independence Army had seized its pits near Sadon. The rebels have said they will let 700 tonnes a month leave the area.", 700)]
    [InlineData("Varno Mining Ltd said the Kachin Independence Army had seized its pits near Sadon. The armed group's new leaching pits produced 90 tonnes of oxide in May.", 90)]
    public void An_armed_group_noun_is_the_armed_group_named_before(string text, double value) =>
        Fact(text, value).SubjectId.Should().Be("kachin-independence-army");

    [Theory]
    [InlineData("Kessler Magnetwerk GmbH expects prices to rise. \"We sold 420 tonnes of magnets in June,\" said Ola Berg, chief executive of Varno Metals Ltd, on Monday.", 420, "Varno Metals Ltd")]
    [InlineData("Kessler Magnetwerk GmbH expects prices to rise. \"Our plant in Norway made 75 tonnes of alloy last month,\" a Varno Metals Ltd executive said.", 75, "Varno Metals Ltd")]
    [InlineData("Kessler Magnetwerk GmbH expects prices to rise. \"We bought 60 tonnes of oxide this spring,\" Ola Berg told reporters. Berg is chief financial officer of Varno Metals Ltd, a magnet recycler.", 60, "Varno Metals Ltd")]
    public void A_quoted_we_is_the_organisation_of_the_speaker(string text, double value, string subject) =>
        Fact(text, value).SubjectName.Should().Be(subject);

    [Fact]
    public void A_named_venture_is_the_subject_of_the_venture_noun()
    {
        var text = "Kessler Magnetwerk GmbH and Varno Metals Ltd said their new venture, Ostra Magnet Co., Ltd., will build a plant near Gdansk. "
                   + "The venture will make 1,800 tonnes of magnets a year from 2029, the partners said.";
        Fact(text, 1_800).SubjectName.Should().Be("Ostra Magnet Co., Ltd.");
    }

    [Fact]
    public void An_unnamed_venture_is_no_partner_alone()
    {
        var text = "Kessler Magnetwerk GmbH and Varno Metals Ltd agreed to build a magnet plant near Gdansk together. "
                   + "The joint venture's plant will make 1,800 tonnes of magnets a year from 2029, the partners said.";
        Fact(text, 1_800).SubjectName.Should().BeNull();
    }

    [Fact]
    public void An_anaphor_with_a_company_speaker_after_the_figure_is_the_speaker()
    {
        var text = "Kessler Magnetwerk GmbH bought a stake in Varno Metals Ltd in May. Kessler Magnetwerk GmbH and Varno Metals Ltd both plan new lines. "
                   + "Its new line near Gdansk will make 500 tonnes of magnets a year, Varno Metals said.";
        Fact(text, 500).SubjectName.Should().Be("Varno Metals Ltd");
    }

    [Theory]
    [InlineData("Vietnam exported 3,200 tonnes of rare earth oxides in 2025, customs data showed. Poland was the largest destination, taking 900 tonnes.", 900)]
    [InlineData("Vietnam exported 3,200 tonnes of rare earth oxides in 2025, customs data showed. Poland remained the biggest buyer, absorbing 900 tonnes.", 900)]
    public void A_country_named_as_top_destination_is_not_the_subject_of_the_export(string text, double value) =>
        Fact(text, value).SubjectName.Should().Be("Vietnam");

    [Theory]
    [InlineData("Magnet demand keeps rising. Ex-China demand for NdFeB magnets is forecast to reach 130,000 tonnes in 2035, the consultancy said.", 130_000)]
    [InlineData("Magnet demand keeps rising. Demand outside China is forecast to reach 130,000 tonnes of NdFeB magnets in 2035.", 130_000)]
    public void A_figure_of_everywhere_but_a_country_is_not_that_countrys(string text, double value) =>
        Fact(text, value).SubjectId.Should().NotBe("CN");

    [Fact]
    public void A_country_after_a_speaker_with_a_modal_before_its_trade_verb_is_the_subject()
    {
        var fact = Single("Analysts at Harbourline Securities Ltd said Vietnam could export as much as 4,500 tonnes of rare earth oxides next year.");
        fact.SubjectId.Should().Be("VN");
        fact.SubjectKind.Should().Be(SubjectKinds.Country);
    }

    [Fact]
    public void An_anaphor_saying_what_a_named_company_would_do_reports_about_that_company()
    {
        var text = "Harbourline Securities Ltd raised its rating on Kessler Magnetwerk GmbH on Monday, and Kessler Magnetwerk GmbH shares rose. "
                   + "It also cut its estimate for Varno Metals Ltd, saying Varno Metals Ltd would produce only 900 tonnes of magnets next year.";
        Fact(text, 900).SubjectName.Should().Be("Varno Metals Ltd");
    }

    [Theory]
    [InlineData("The Atomic Energy Licensing Board has renewed Varno Metals Sdn Bhd's operating licence for three years, allowing the Gebeng plant to process up to 10,500 tonnes of NdPr a year.", 10_500)]
    [InlineData("Varno Metals Sdn Bhd produced 10 tonnes of dysprosium oxide in May. The Atomic Energy Licensing Board renewed the plant's licence in March, permitting it to hold up to 3,000 tonnes of residue.", 3_000)]
    public void What_a_regulators_licence_permits_is_the_licensees(string text, double value) =>
        Fact(text, value).SubjectName.Should().Be("Varno Metals Sdn Bhd");

    [Fact]
    public void A_cabinets_scheme_capacity_is_the_countrys()
    {
        var fact = Single("The Union Cabinet on Wednesday approved a scheme to build rare earth permanent magnet plants with capacity of 6,000 tonnes per annum.");
        fact.SubjectId.Should().Be("IN");
        fact.SubjectKind.Should().Be(SubjectKinds.Country);
    }

    [Fact]
    public void A_name_the_quoted_speaker_reports_on_is_not_the_speakers_organisation()
    {
        var text = "Kessler Magnetwerk GmbH expects prices to rise. \"We model 3,100 tonnes of output under binding contracts,\" analyst Ola Berg wrote in the note, adding that Varno Metals Ltd had signed for part of that.";
        Fact(text, 3_100).SubjectName.Should().NotBe("Varno Metals Ltd");
    }

    [Fact]
    public void A_plant_named_by_its_place_is_the_venture_introduced_to_own_it()
    {
        var text = "Kessler Magnetwerk GmbH will build a magnet alloy plant in Gdansk with Varno Metals Ltd. "
                   + "The two firms set up a 60-40 venture, Ostra Alloys Co., Ltd., which will own and operate the facility. "
                   + "The Gdansk plant is designed to take 1,600 tonnes of NdPr oxide a year from Varno Metals' Kolva refinery and produce about 480 tonnes of alloy.";
        Fact(text, 1_600).SubjectName.Should().Be("Ostra Alloys Co., Ltd.");
        Fact(text, 480).SubjectName.Should().Be("Ostra Alloys Co., Ltd.");
    }

    [Theory]
    [InlineData("NEW DELHI: Varno Metals Ltd wants its oxide kept for domestic magnet makers under the Rs 7,280 crore scheme, which targets 6,000 tonnes per annum of sintered magnets.", 6_000)]
    [InlineData("NEW DELHI: Varno Metals Ltd will supply oxide to the winners of a national magnet tender. Under the scheme, each selected bidder can build up to 1,200 tonnes a year of sintered magnet capacity, with Varno Metals Ltd committing to supply 500 tonnes a year of neodymium oxide.", 1_200)]
    public void A_figure_a_national_scheme_sets_is_the_countrys(string text, double value) =>
        Fact(text, value).SubjectId.Should().Be("IN");

    [Fact]
    public void A_company_named_after_the_scheme_keeps_its_own_figure()
    {
        var text = "NEW DELHI: Varno Metals Ltd will supply oxide to the winners of a national magnet tender. Under the scheme, each selected bidder can build up to 1,200 tonnes a year of sintered magnet capacity, with Varno Metals Ltd committing to supply 500 tonnes a year of neodymium oxide.";
        Fact(text, 500).SubjectName.Should().Be("Varno Metals Ltd");
    }

    [Fact]
    public void A_country_that_only_locates_a_plant_is_not_its_owner()
    {
        var text = "Varno Metals Ltd said its feasibility study supports annual output of 1,950 tonnes of rare earth carbonate. "
                   + "The carbonate would be refined at a plant in Poland with capacity for 2,000 tpa of rare earth carbonate.";
        Fact(text, 2_000).SubjectName.Should().Be("Varno Metals Ltd");
    }

    // §43 (period22): time expressions on text nobody tuned for.
    [Theory]
    [InlineData("Ruritanian smelters processed about 24,000 t of imported concentrate a month in the first half of the year.", 24_000)]
    [InlineData("Varno Metals Ltd has been producing 1,000 tonnes of PrNd oxide monthly since July.", 1_000)]
    [InlineData("Varno Metals Ltd expects November-December production to hold, with monthly output of magnet blanks at 2,700 tonnes next year.", 2_700)]
    [InlineData("Ruritanian separators need about 2,500 t/month of imported feed.", 2_500)]
    public void A_rate_per_month_is_monthly_whatever_window_it_held_in(string text, double value) =>
        Fact(text, value).Period.Should().Be(Periods.Month);

    [Fact]
    public void The_first_half_of_a_month_is_no_half_year() =>
        Single("Varno Metals Ltd shipped 85 tonnes of NdPr metal in the first half of the month.").Period.Should().NotBe(Periods.HalfYear);

    [Theory]
    [InlineData("Since first production in 2012, Varno Mining Ltd has produced more than 180,000 tonnes of REO.", 180_000, Periods.Cumulative)]
    [InlineData("Over the mine life, Varno Mining Ltd would produce 46,000 tonnes of TREO.", 46_000, Periods.Cumulative)]
    [InlineData("The Ruritanian Materials Agency said it has bought a total of 2,600 tonnes of rare earth oxides to date.", 2_600, Periods.Cumulative)]
    [InlineData("Varno Metals Ltd will import 1,000 tonnes of NdPr oxide annually from 2027 under a 10-year deal, or 10,000 tonnes in total.", 10_000, Periods.Cumulative)]
    [InlineData("Quellon Minerals Ltd will deliver 150 tonnes of separated oxides per year for five years, a cumulative 750 tonnes.", 750, Periods.Cumulative)]
    [InlineData("Deliveries are to begin in the first half of 2027 with 1,500 tonnes of carbonate in the first year, rising to 3,000 tonnes per annum.", 1_500, Periods.Year)]
    [InlineData("Shipments are expected to recover to 3,000 t/month in the December quarter and to about 40,000 t next year.", 40_000, Periods.Year)]
    [InlineData("Trucks carried around 4,000 t of concentrate a month in the first half, compared with roughly 1,000 t in September.", 1_000, Periods.Month)]
    public void The_figures_own_clause_names_its_period_first(string text, double value, string period) =>
        Fact(text, value).Period.Should().Be(period);

    [Theory]
    [InlineData("Quellon Minerals Ltd said its demonstration plant in Ontario separated 1.2 tonnes of dysprosium oxide in its first campaign.", 1.2)]
    [InlineData("In its first campaign, the Varno Metals Ltd pilot line produced 12 tonnes of oxide over three weeks.", 12)]
    [InlineData("The Ruritanian marine agency retrieved about 35 tonnes of rare-earth-rich mud in a government-funded trial in May.", 35)]
    [InlineData("Varno Mining Ltd said its pilot plant produced 1.8 tonnes of carbonate in the first batch in October.", 1.8)]
    [InlineData("Varno Mining Ltd completed a 200-tonne bulk sample in October.", 200)]
    [InlineData("Ruritania now requires a licence for any consignment above 5 tonnes of rare earth oxides.", 5)]
    public void One_run_or_one_lot_is_one_off(string text, double value) =>
        Fact(text, value).Period.Should().Be(Periods.OneOff);

    [Fact]
    public void The_first_batch_of_quotas_stays_a_year() =>
        Single("Ruritania issued the first batch of 2026 mining quotas at 142,000 tonnes.").Period.Should().Be(Periods.Year);

    [Theory]
    [InlineData("That would bring Ruritanian magnet capacity to about 10,000 tonnes, more than 20 times current domestic output of some 450 tonnes.", 450, Periods.PerYearImplied)]
    [InlineData("The ministry has set a target of 15,000 tonnes of rare earth metals annually by 2030, compared with about 2,700 tonnes of output now.", 2_700, Periods.PerYearImplied)]
    [InlineData("The Ruritanian mining ministry expects rare earth exports to reach 50,000 tonnes by 2030.", 50_000, Periods.Year)]
    [InlineData("Ruritania exported 4,210 tonnes of oxides in October. In the whole of 2024 the country shipped 55,400 tonnes of oxides.", 55_400, Periods.Year)]
    public void Now_a_target_year_and_a_whole_year_name_the_period(string text, double value, string period) =>
        Fact(text, value).Period.Should().Be(period);

    [Fact]
    public void A_year_after_in_or_since_before_to_is_no_range_low_end()
    {
        var facts = TestFiles.Recognize("The agency received 85 kg of magnet block in March, bringing deliveries since the programme began in 2022 to 310 metric tons.").Tonnages;
        facts.Should().NotContain(f => f.Min == 2022);
        var fact = facts.Should().ContainSingle(f => f.Min == 310 && f.Max == 310).Subject;
        fact.Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_figure_in_the_same_period_a_year_before_keeps_the_compared_window() =>
        Fact("Ruritania imported 28,600 t of oxide in the first nine months, down from 37,100 t in the same period last year.", 37_100).Period.Should().Be(Periods.Cumulative);

    [Fact]
    public void A_weekly_rate_is_no_month() =>
        Single("Magnet makers consumed around 850 tonnes of PrNd metal per week in the first half of the month.").Period.Should().Be(Periods.Unknown);

    [Fact]
    public void A_gapped_clause_shares_the_previous_window() =>
        Fact("Ruritania shipped 31,200 tonnes of rare earth products to China in the first ten months, while Laos supplied 6,900 tonnes and Malaysia 11,400 tonnes, customs data showed.", 11_400)
            .Period.Should().Be(Periods.Cumulative);

    [Fact]
    public void A_total_this_year_is_year_to_date() =>
        Single("Laos has become a key source, with total shipments this year exceeding 25,000 tonnes of concentrate, a consultancy said.").Period.Should().Be(Periods.Cumulative);

    [Fact]
    public void A_reserve_a_list_is_delivered_into_is_no_reserve_figure()
    {
        var fact = Fact("Under the new arrangement, Quellon Minerals Ltd will deliver up to 120 tonnes of dysprosium oxide and 35 tonnes of terbium oxide into the reserve over three years.", 35);
        fact.Measure.Should().Be(Measures.Offtake);
        fact.Period.Should().Be(Periods.Cumulative);
    }

    [Theory]
    [InlineData("Varno Mining Ltd expects to deliver 3,000 tonnes of oxide to Korean buyers next year under a five-year contract.", 3_000, Periods.Year)]
    [InlineData("Over the contract's life Varno Mining Ltd will supply 15,000 tonnes of oxide.", 15_000, Periods.Cumulative)]
    [InlineData("Since commissioning, the Varno Mining Ltd operation has produced 52,600 tonnes of concentrate.", 52_600, Periods.Cumulative)]
    [InlineData("In the past three years, Varno Mining Ltd has supplied a total of 1,800 tonnes of oxide to Japan.", 1_800, Periods.Cumulative)]
    public void Terms_since_starts_and_past_years_are_cumulative_unless_a_window_is_named(string text, double value, string period) =>
        Fact(text, value).Period.Should().Be(period);

    [Fact]
    public void A_year_takes_no_quarter_as_its_detail()
    {
        var fact = Fact("Shipments are expected to recover to 3,000 t/month in the December quarter and to about 40,000 t next year.", 40_000);
        fact.Period.Should().Be(Periods.Year);
        fact.PeriodDetail.Should().BeNull();
    }

    [Theory]
    [InlineData("The Ruritanian stockpile agency held about 1,200 tonnes of rare earth oxides at the end of fiscal 2025, the agency said.", 1_200)]
    [InlineData("Some Ruritanian separators hold only 1,000-1,500 t of feedstock, equal to two weeks of runs.", 1_000)]
    [InlineData("Varno Mining Ltd holds 4,800 tonnes of concentrate at the port awaiting shipment.", 4_800)]
    public void Material_held_on_a_date_is_a_stock(string text, double value)
    {
        var fact = Fact(text, value);
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.None);
    }

    [Fact]
    public void A_figure_with_its_own_window_after_a_stock_is_no_stock() =>
        Fact("The Ruritanian stockpile agency held about 1,200 tonnes of rare earth oxides at the end of fiscal 2025. The plan also lists potential disposals of 250 tonnes of lanthanum carbonate over the fiscal year.", 250)
            .Period.Should().Be(Periods.Year);

    // §44: capacity vs production and other measure shapes.
    [Theory]
    [InlineData("Quellon Minerals Ltd said its planned separation plant will produce 3,200 tonnes a year of NdPr oxide.", 3_200, "capacity")]
    [InlineData("Quellon Minerals Ltd raised $30 million to build a hub that will recover 600 tonnes per annum of rare earth oxides.", 600, "capacity")]
    [InlineData("Quellon Minerals Ltd will buy all output of a new magnet factory to be built in Ohio, which is planned to make 4,000 tonnes of magnets a year.", 4_000, "capacity")]
    [InlineData("Quellon Minerals Ltd said its separation plant at Varno is set to produce 1,100 tonnes of separated oxides a year from 2029.", 1_100, "capacity")]
    [InlineData("Quellon Minerals Ltd said the plant is expected to produce 3,200 tonnes a year of NdPr oxide.", 3_200, "production")]
    [InlineData("Quellon Minerals Ltd said the plant would produce about 3,200 tonnes a year of NdPr oxide.", 3_200, "production")]
    public void A_plant_that_will_make_a_yearly_amount_is_sized_by_it(string text, double value, string measure) =>
        Fact(text, value).Measure.Should().Be(measure);

    [Theory]
    [InlineData("Quellon Minerals Ltd said its Varno project could supply about 12,000 tonnes a year of rare earth oxide if permitted.", "production")]
    [InlineData("Regional projects could together supply 9,000 tonnes a year of rare earth oxides by 2032, a study by Quellon Minerals Ltd found.", "production")]
    [InlineData("Quellon Minerals Ltd said its Varno project would deliver roughly 4,000 tpa of mixed rare earth carbonate over a 15-year mine life.", "production")]
    [InlineData("Quellon Minerals Ltd signed a 10-year deal that would supply Japan more than 9,000 tonnes of rare earths per year.", "offtake")]
    public void What_a_project_could_supply_with_no_buyer_or_deal_is_its_output(string text, string measure) =>
        Single(text).Measure.Should().Be(measure);

    [Fact]
    public void A_cue_that_heads_a_later_figure_is_not_the_earlier_figures()
    {
        var text = "Quellon Minerals Ltd said first-half output of NdFeB magnet blocks rose 12% to 4,100 tonnes, and that new lines bring total capacity to 9,000 t/yr.";
        Fact(text, 4_100).Measure.Should().Be(Measures.Production);
        Fact(text, 9_000).Measure.Should().Be(Measures.Capacity);
    }

    [Theory]
    [InlineData("The Ministry of Mines has notified a 2,000-tonne-a-year magnet manufacturing scheme for sintered NdFeB magnets.")]
    [InlineData("Quellon Minerals Ltd plans a 300-tonne recycling hub in Leeds for magnet scrap.")]
    [InlineData("Quellon Minerals Ltd aims to handle 1,500 tonnes a year of magnet scrap by 2030.")]
    public void A_scheme_or_hub_sized_by_a_figure_and_a_plant_that_will_handle_feed_are_capacities(string text) =>
        Single(text).Measure.Should().Be(Measures.Capacity);

    [Fact]
    public void The_next_member_of_a_list_of_parts_has_the_measure_and_period_of_the_part_before_it()
    {
        var text = "Quellon Minerals Ltd said the planned plant will produce 1,850 tpa of magnet rare earth oxides, of which 1,540t is NdPr oxide and 11t is dysprosium and terbium oxides.";
        Fact(text, 11).Measure.Should().Be(Measures.Capacity);
        Fact(text, 11).Period.Should().Be(Periods.PerYear);
    }

    [Theory]
    [InlineData("Quellon Minerals Ltd expects to process 420 tonnes of end-of-life magnets in its first full year at Varno.", "production")]
    [InlineData("Quellon Minerals Ltd said its Varno plant will process 420 tonnes of end-of-life magnets a year.", "capacity")]
    [InlineData("Quellon Minerals Ltd said the heavy rare earths circuit at Varno can take up to 1,500 tonnes a year of feed.", "capacity")]
    [InlineData("Quellon Minerals Ltd received licences to ship magnets to Vestas, less than half of the 600 tonnes a year the Danish company had ordered.", "offtake")]
    public void Feed_put_through_in_a_window_a_feed_a_plant_can_take_and_an_order(string text, string measure) =>
        Single(text).Measure.Should().Be(measure);

    [Theory]
    [InlineData("Quellon Minerals Ltd said its Varno pilot plant treated 450 tonnes per day of ore in March.", "capacity")]
    [InlineData("Quellon Minerals Ltd said its Varno pilot plant treated 4,500 tonnes of ore in March.", "other")]
    public void Feed_put_through_at_a_daily_rate_is_a_throughput(string text, string measure) =>
        Single(text).Measure.Should().Be(measure);

    [Fact]
    public void A_cut_in_a_materials_use_is_no_supply()
    {
        var text = "Quellon Minerals Ltd will supply Corrib Motors with 2,000 tonnes of heavy-rare-earth-free magnets annually from 2027, a move the carmaker said would cut its dysprosium use by about 30 tonnes a year.";
        Fact(text, 30).Measure.Should().Be(Measures.Other);
        Fact(text, 2_000).Measure.Should().Be(Measures.Offtake);
    }

    [Theory]
    [InlineData("Quellon Minerals Ltd turned out 3,240 tonnes of NdPr oxide in the 2026 financial year.", "production")]
    [InlineData("In the first half, the Varno pilot plant churned out 52 tonnes of mixed rare earth carbonate.", "production")]
    [InlineData("Quellon Minerals Ltd said its Varno magnet plant can turn out 2,000 tonnes of sintered NdFeB magnets a year.", "capacity")]
    public void Goods_turned_or_churned_out_are_output(string text, string measure) =>
        Single(text).Measure.Should().Be(measure);

    [Fact]
    public void A_verb_that_turned_out_to_be_is_no_output()
    {
        var text = "Quellon Minerals Ltd said the shipment of 400 tonnes turned out to be smaller than planned.";
        Single(text).Measure.Should().NotBe(Measures.Production);
    }

    [Theory]
    [InlineData("Market sources said Quellon Minerals Ltd still holds more than 450 t of dysprosium oxide.")]
    [InlineData("Quellon Minerals Ltd held 18 tonnes of unsold mixed rare earth carbonate at 30 June.")]
    [InlineData("Corrib Motors said it held magnet stocks of about 75 tonnes, enough for three months.")]
    public void Material_held_on_hand_is_a_stockpile(string text) =>
        Single(text).Measure.Should().Be(Measures.Stockpile);

    [Fact]
    public void A_deposit_holding_ore_is_no_stockpile()
    {
        var text = "Quellon Minerals Ltd owns the Varno deposit, holding 5.2 million tonnes of ore grading 2.1% TREO.";
        Fact(text, 5_200_000).Measure.Should().NotBe(Measures.Stockpile);
    }

    [Theory]
    [InlineData("Quellon Minerals Ltd mined 5,300 tonnes of monazite in 2025 and processed it into 1,720 tonnes of rare earth chloride at Varno.")]
    [InlineData("Quellon Minerals Ltd said its Varno refinery converted the concentrate into about 310 tonnes of NdPr oxide in the June quarter.")]
    public void What_feed_was_processed_into_is_output(string text)
    {
        var value = text.Contains("1,720") ? 1_720 : 310;
        Fact(text, value).Measure.Should().Be(Measures.Production);
    }

    [Theory]
    [InlineData("Quellon Minerals Ltd expects November production to ease to about 2,300 tonnes of NdPr oxide.")]
    [InlineData("In its first month the Varno recycling plant of Quellon Minerals Ltd processed 37 tonnes of magnet scrap.")]
    public void A_month_naming_the_measure_or_a_first_month_is_a_month(string text) =>
        Single(text).Period.Should().Be(Periods.Month);

    [Fact]
    public void What_a_company_bought_from_a_seller_is_an_offtake()
    {
        var text = "Quellon Minerals Ltd said it produced 12,400 tonnes of rare earth oxides in the first half. "
                   + "The company bought 35,000 tonnes of rare earth concentrate from Corrib Mining Corp under a related-party agreement.";
        Fact(text, 35_000).Measure.Should().Be(Measures.Offtake);
    }

    [Theory]
    [InlineData("Under the joint venture terms Corrib Mining Corp will be entitled to buy 40% of output, or up to 900 tonnes annually.")]
    [InlineData("Quellon Minerals Ltd signed a five-year contract to sell up to 30% of production to a Japanese buyer, about 1,800 tonnes a year.")]
    public void A_share_of_output_bought_or_sold_under_a_deal_is_an_offtake(string text) =>
        Single(text).Measure.Should().Be(Measures.Offtake);

    [Fact]
    public void A_state_bodys_buying_in_a_window_is_for_its_stockpile()
    {
        var text = "Under the plan, the Defense Logistics Agency will purchase 900 tons of rare earth oxides next year, after buying 450 tons in 2026.";
        Fact(text, 900).Measure.Should().Be(Measures.Stockpile);
        Fact(text, 450).Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void What_impoundments_across_a_country_hold_is_a_resource()
    {
        var text = "Quellon Minerals Ltd said coal ash impoundments across Canada hold an estimated 300 million tonnes of material.";
        Single(text).Measure.Should().Be(Measures.Resource);
    }

    [Fact]
    public void Figures_listed_by_their_counterparty_share_the_measure()
    {
        var text = "Varno Metals Ltd signed an offtake with Corrib Motors for up to 1,500 tonnes a year of NdPr oxide. The carmaker will take the oxide for seven years from first production. "
                   + "Earlier agreements cover 1,000 tpa with Halden Wind and 800 tpa with Kestrel Magnets GmbH.";
        Fact(text, 1_000).Measure.Should().Be(Measures.Offtake);
        Fact(text, 800).Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_contained_amount_restating_the_figure_before_it_keeps_its_period()
    {
        var text = "Varno Metals Ltd shipped 1,240 tonnes of concentrate in the third quarter and aims to lift output to 6,500 tonnes a year of concentrate by 2027, containing roughly 5,000 tonnes of TREO.";
        Fact(text, 5_000).Period.Should().Be(Periods.PerYear);
        Fact(text, 1_240).Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void A_share_of_output_is_not_of_the_contained_amount_restating_it()
    {
        var text = "Varno Metals Ltd aims to lift output to 6,500 tonnes a year of concentrate by 2027, containing roughly 5,000 tonnes of TREO. "
                   + "The company has agreed to sell up to 40% of production to a Western buyer, reported to be about 2,600 tonnes a year.";
        Fact(text, 2_600).ProductId.Should().Be("rare-earth-concentrate");
        Fact(text, 5_000).ProductId.Should().Be("treo");
    }

    [Fact]
    public void A_bare_feed_is_the_feed_material_named_before_not_the_output()
    {
        var text = "Varno Recycling Ltd has opened a hub designed to take in 800 tonnes of end-of-life motors and magnet scrap a year and recover roughly 240 tonnes of mixed rare earth oxide. "
                   + "In its first month the plant processed 41 tonnes of feed.";
        Fact(text, 41).ProductId.Should().Be("magnet-scrap");
        Fact(text, 800).ProductId.Should().Be("magnet-scrap");
        Fact(text, 240).ProductId.Should().Be("mixed-rare-earth-oxide");
        Fact("Varno Recycling Ltd's plant took in 310 tonnes of shredded hard drives and magnet swarf during the quarter.", 310).ProductId.Should().Be("magnet-scrap");
        // A sentence that names its own material before the figure keeps the usual reading.
        Fact("Varno Rare Earths Ltd treated 9,800 tonnes of concentrate last year. Its heavy rare earths circuit can take up to 1,500 tonnes a year of feed.", 1_500)
            .ProductId.Should().NotBe("rare-earth-concentrate");
        // Another commodity joined to the feed material is no mixed rare-earth feed.
        Fact("Varno Metals Ltd will process 5,000 tonnes of copper and magnet scrap a year.", 5_000).ProductId.Should().NotBe("magnet-scrap");
    }

    [Fact]
    public void The_metal_points_back_to_the_metal_product_named_last()
    {
        var text = "Varno Metals Ltd will produce 1,500 tonnes a year of NdPr metal at a new plant from 2027. The plant will also turn out 200 tonnes of dysprosium-iron alloy annually. It will source about 1,800 tonnes of NdPr oxide a year as feed. "
                   + "The metal will be sold to European magnet makers, Varno said, adding that it has signed a supply deal for 400 tonnes of the metal with a German automotive supplier.";
        Fact(text, 400).ProductId.Should().Be("ndpr-metal");
        Fact("Varno Metals Ltd will make 200 tonnes of dysprosium-iron alloy a year and 900 tonnes of NdPr oxide. It has sold 50 tonnes of the alloy to Kestrel Magnets GmbH.", 50)
            .ProductId.Should().Be("dyfe-alloy");
    }

    [Fact]
    public void A_commodity_right_before_a_gapped_figure_is_its_material()
    {
        var text = "Varno Sands Ltd mined 1.2 million tonnes of heavy mineral sands in the quarter. Production of zircon reached 18,000 tonnes and ilmenite 65,000 tonnes, while monazite concentrate output rose to 2,300 tonnes.";
        NoFact(text, 65_000);
        NoFact(text, 18_000);
        Fact(text, 2_300).ProductId.Should().Be("monazite");
        Fact(text, 1_200_000).ProductId.Should().Be("heavy-mineral-sands");
    }

    [Fact]
    public void A_total_of_figures_of_different_products_is_their_generic_product()
    {
        Fact("Varno Metals Ltd produced 38 tonnes of NdFeB alloy and 11 tonnes of NdPr metal in the September quarter, and sold 44 tonnes in total to customers in Japan.", 44)
            .ProductId.Should().Be("rare-earth-metal");
        Fact("Varno Rare Earths Ltd produced 40 tonnes of dysprosium oxide and 8 tonnes of terbium oxide, a combined 48 tonnes.", 48)
            .ProductId.Should().Be("reo");
        // Figures of one product keep it.
        Fact("Varno Metals Ltd produced 38 tonnes of NdPr metal in July and 11 tonnes in August, and sold 44 tonnes in total.", 44)
            .ProductId.Should().Be("ndpr-metal");
    }

    [Fact]
    public void A_material_word_describing_a_party_is_no_material_of_a_later_figure()
    {
        var text = "Varno Rare Earths Ltd expects to produce 4,440 tonnes of NdPr oxide annually. Kestrel Trading Ltd said the volumes would feed its magnet supply chain and cover a third of its needs of about 3,500 tonnes a year.";
        Fact(text, 3_500).ProductId.Should().Be("ndpr-oxide");
        Fact("Varno Rare Earths Ltd expects to produce 4,440 tonnes of NdPr oxide annually. It sells to magnet makers in Japan, which bought 1,200 tonnes last year.", 1_200)
            .ProductId.Should().Be("ndpr-oxide");
        Fact("Tarvik Magnetics Ltd said it had been allotted 1,200 tonnes a year of sintered REPM capacity under India's magnet scheme and aims to commission 600 tonnes a year by March 2028.", 600)
            .ProductId.Should().Be("sintered-ndfeb-magnet");
        Fact("Varno Metals Ltd will produce 1,500 tonnes a year of NdPr metal. The metal will be sold to European magnet makers. It has already signed a supply deal for 400 tonnes.", 400)
            .ProductId.Should().Be("ndpr-metal");
        // What makers of a material make is that material.
        Fact("Chinese magnet makers produced 300,000 tonnes last year, the association said.", 300_000).ProductId.Should().Be("ndfeb-magnet");
        // A magnet plant is still sized in magnets.
        Fact("Varno Magnetics Ltd will build a magnet plant able to make 5,000 tonnes a year.", 5_000).ProductId.Should().Be("ndfeb-magnet");
    }

    [Fact]
    public void A_share_of_the_total_is_of_the_totals_material()
    {
        var text = "Ruritania's rare earth output rose to 180,000 tonnes in the first three quarters, while output of separated praseodymium-neodymium oxide reached 71,300 tonnes. "
                   + "Varno Rare Earth Group, which controls most of the country's heavy rare earth capacity, accounted for 9,840 tonnes of the separated total.";
        Fact(text, 9_840).ProductId.Should().Be("ndpr-oxide");
        var resource = "Varno Minerals Ltd lifted its resource to 142Mt at 1,120ppm TREO for 159,000t of contained TREO, including 34,600t of MREO. Indicated resources now account for 61Mt of the total.";
        Fact(resource, 61_000_000).ProductId.Should().Be("rare-earth-ore");
        var quota = "Ruritania set the mining quota and the smelting quota at 142,000 tonnes and 134,000 tonnes of rare earth oxide. Of the mining allocation, medium and heavy rare earths account for 10,400 tonnes. "
                    + "Varno Rare Earth Group received the largest share, 98,600 tonnes.";
        Fact(quota, 98_600).ProductId.Should().Be("reo");
    }

    [Fact]
    public void A_year_before_guidance_is_the_window_of_the_figure() =>
        Fact("Varno Metals Ltd has raised its 2027 guidance to between 1,000 and 1,200 tons of NdPr oxide.", 1_200).Period.Should().Be(Periods.Year);

    [Fact]
    public void The_last_of_materials_listed_together_in_the_sentence_before_is_not_carried()
    {
        Fact("Varno Metals Ltd said its concentrate is rich in dysprosium and terbium. The Geological Survey of Brazil estimates national reserves at 21 million tonnes.", 21_000_000)
            .ElementSymbol.Should().BeNull();
        // One material named alone is still carried.
        Fact("Varno Metals Ltd said its concentrate is rich in dysprosium. It shipped 40 tonnes in March.", 40)
            .ElementSymbol.Should().Be("Dy");
    }

    [Fact]
    public void A_company_named_in_an_aside_is_not_the_subject_of_a_countrys_trade()
    {
        Fact("India's exports of rare earth compounds to Japan, mostly from Varno Metals Ltd, totalled 950 tonnes in fiscal 2025.", 950)
            .SubjectId.Should().Be("IN");
        Fact("The United States imported 9,400 tonnes of rare earth compounds in 2025. Malaysia, home to Varno Metals Ltd's processing plant, supplied 1,100 tonnes.", 1_100)
            .SubjectName.Should().NotBe("Varno Metals Ltd");
        // A company that is the clause's own subject keeps the figure.
        Fact("Varno Metals Ltd, mostly from its Malaysian plant, exported 950 tonnes in 2025.", 950)
            .SubjectName.Should().Be("Varno Metals Ltd");
    }

    [Fact]
    public void Countries_listed_with_their_figures_and_no_verb_each_own_theirs()
    {
        var text = "Global mine production of rare earths reached 390,000 tonnes in 2024. China mined 270,000 tonnes, the United States 45,000 tonnes, Myanmar 31,000 tonnes and Australia 13,000 tonnes.";
        Fact(text, 270_000).SubjectId.Should().Be("CN");
        Fact(text, 45_000).SubjectId.Should().Be("US");
        Fact(text, 31_000).SubjectId.Should().Be("MM");
        Fact(text, 13_000).SubjectId.Should().Be("AU");

        // Destinations listed the same way stay the exporter's.
        var exports = "Korea's exports of rare earth magnets rose to 9,300 tonnes in 2025, with Japan taking 2,900 tonnes, the United States 1,650 tonnes and the Netherlands 1,020 tonnes.";
        Fact(exports, 1_650).SubjectId.Should().Be("KR");
        Fact(exports, 1_020).SubjectId.Should().Be("KR");
    }

    [Fact]
    public void A_possessive_country_right_before_the_figure_owns_it_after_to_as_well() =>
        Fact("Brazil's reserves are put at 21 million tonnes, second only to China's 44 million tonnes.", 44_000_000).SubjectId.Should().Be("CN");

    [Fact]
    public void A_market_or_a_whole_sector_is_nobodys()
    {
        var text = "Varno Metals Ltd, which opened a magnet plant in Estonia last year, said the market for sintered magnets in Europe could reach 40,000 tonnes a year. "
                   + "The wind sector alone will need 25,000 tonnes a year, according to the Global Wind Energy Council.";
        Fact(text, 40_000).SubjectName.Should().BeNull();
        Fact(text, 40_000).Measure.Should().Be(Measures.Other, "a market's size is demand, not anybody's output");
        Fact(text, 25_000).SubjectName.Should().BeNull();
        // A company's own market share stays the company's, and a country's industry the country's.
        Fact("Varno Metals Ltd sold 4,000 tonnes into the market for sintered magnets in 2025.", 4_000).SubjectName.Should().Be("Varno Metals Ltd");
        Fact("The Chinese magnet industry produced 300,000 tonnes in 2025.", 300_000).SubjectId.Should().Be("CN");
    }

    [Fact]
    public void A_group_of_unnamed_buyers_is_nobody()
    {
        var text = "Varno Metals Ltd lifted its listed price for December. Magnet makers in Ningbo bought roughly 300 tonnes of NdPr metal this week.";
        Fact(text, 300).SubjectName.Should().BeNull();
        Fact("Varno Metals Ltd lifted its listed price for December. Traders sold about 120 tonnes of NdPr oxide in the spot market.", 120).SubjectName.Should().BeNull();
    }

    [Theory]
    [InlineData("Varno Metals Ltd shipped a 500-tonne cargo of concentrate in February. For the year ended June 30, 2025, Varno Metals produced 7,600 tonnes of MREC.")]
    [InlineData("Varno Metals Ltd shipped a 500-tonne cargo of concentrate in February. Over the financial year to June 2025, Varno Metals produced 7,600 tonnes of MREC.")]
    public void A_year_ended_on_a_date_before_the_figure_is_a_year(string text)
    {
        var fact = Fact(text, 7_600);
        fact.Period.Should().Be(Periods.Year);
        fact.PeriodDetail.Should().NotBeNull();
    }

    [Fact]
    public void A_fiscal_year_through_a_month_is_a_year_not_an_amount_so_far()
    {
        Fact("For the current fiscal year through March 2026, Kidorui Trading plans purchases of 350 tons of dysprosium oxide.", 350)
            .Period.Should().Be(Periods.Year);
        // A calendar year through a month is still year-to-date.
        Fact("Exports in the year through September reached 41,280 tons of magnets.", 41_280).Period.Should().Be(Periods.Cumulative);
    }

    [Theory]
    [InlineData("Lynwood Resources reported total REO sales of 5,820 tonnes for the December half.", "December half")]
    [InlineData("In the March half, Lynwood Resources sold 5,820 tonnes of REO.", "March half")]
    public void A_half_named_by_the_month_it_ends_in_is_a_half_year(string text, string detail)
    {
        var fact = Single(text);
        fact.Period.Should().Be(Periods.HalfYear);
        fact.PeriodDetail.Should().Be(detail);
    }

    [Fact]
    public void A_record_month_is_the_month_of_the_figure() =>
        Single("March was a record month for Varno Metals Ltd, with 820 tonnes of MREC produced.").Period.Should().Be(Periods.Month);

    [Fact]
    public void In_the_period_after_the_story_opens_on_a_quarter_is_that_quarter()
    {
        var text = "Varno Metals Ltd said production at its Mount Harlow mine rose in the three months to March 31. "
                   + "The company produced 2,140 tonnes of mixed rare earth carbonate in the period.";
        Fact(text, 2_140).Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void In_the_period_is_not_the_window_of_a_plan_ahead()
    {
        var text = "Varno Metals Ltd said in its half-year report that it produced 68,200 tonnes of rare earth oxides in the first six months. "
                   + "Corrib Mining Corp will supply up to 420,000 tonnes of concentrate in 2027. "
                   + "Varno's magnet unit made 9,300 tonnes of NdFeB magnets in the period.";
        Fact(text, 9_300).Period.Should().Be(Periods.HalfYear);
        Fact(text, 420_000).Period.Should().Be(Periods.Year);
    }

    [Theory]
    [InlineData("Exports in January-October reached 71.5 tonnes of terbium, down by 23pc from 93 tonnes in the same period last year.", Periods.Cumulative)]
    [InlineData("Varno Metals Ltd sold 410 tonnes of NdPr oxide in the September quarter, up from 380 tonnes in the same quarter last year.", Periods.PerQuarter)]
    public void A_figure_in_the_same_window_last_year_takes_the_compared_figures_window(string text, string period)
    {
        var figures = TestFiles.Recognize(text).Tonnages;
        figures.Should().HaveCount(2);
        figures[1].Period.Should().Be(period);
    }

    [Fact]
    public void A_total_in_a_sentence_that_names_a_window_is_over_that_window()
    {
        var text = "Varno Metals Ltd produced 38 tonnes of NdFeB alloy in the September quarter, and sold 44 tonnes in total to customers in Japan.";
        Fact(text, 44).Period.Should().Be(Periods.PerQuarter);
        // With no window named, a total is still a sum over the term.
        Fact("Varno Metals Ltd has delivered 10,000 tonnes of concentrate in total to Corrib Mining Corp.", 10_000).Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_lot_sold_for_a_months_delivery_or_at_a_price_is_one_lot()
    {
        Single("Traders said Varno Metals Ltd had sold 200 tonnes of NdPr metal for January delivery.").Period.Should().Be(Periods.OneOff);
        var text = "Around 1,350 tonnes of NdPr oxide were sold in the spot market during October. "
                   + "Varno Metals Ltd sold 50 tonnes of dysprosium oxide at 1,720 yuan per kg.";
        Fact(text, 50).Period.Should().Be(Periods.OneOff);
        Fact(text, 1_350).Period.Should().Be(Periods.Month);
    }

    [Theory]
    [InlineData("Varno Metals Ltd said first feed will be 1,000 tonnes of mixed rare earth carbonate purchased from a Brazilian supplier.")]
    [InlineData("Varno Metals Ltd expects an initial delivery of 30 tonnes of NdPr oxide to Corrib Magnets.")]
    public void A_first_feed_or_delivery_is_one_lot(string text) =>
        Single(text).Period.Should().Be(Periods.OneOff);

    [Fact]
    public void A_figure_that_recovered_after_a_months_figure_is_that_months()
    {
        var text = "China exported 5,240 tonnes of rare earth magnets in October, up from 4,870 tons in September. Shipments to the United States recovered to 611 tons.";
        Fact(text, 611).Period.Should().Be(Periods.Month);
    }

    [Theory]
    [InlineData("Each battery-electric car uses on average 1.4 kg of NdPr, while a 15 MW offshore turbine with a direct-drive generator needs roughly 9 tonnes of magnets.", 9)]
    [InlineData("Varno Metals Ltd said its magnet customers use about 0.3 tonnes of NdPr oxide per tonne of magnet produced.", 0.3)]
    public void What_one_machine_or_one_tonne_of_output_takes_is_per_unit(string text, double value)
    {
        var fact = Fact(text, value);
        fact.Measure.Should().Be(Measures.Intensity);
        fact.Period.Should().Be(Periods.PerUnit);
    }

    [Fact]
    public void A_deal_at_a_price_per_tonne_of_a_product_is_no_intensity() =>
        Single("Varno Metals Ltd sold 500 tonnes of concentrate at $4,000 per tonne of contained oxide.").Measure.Should().NotBe(Measures.Intensity);

    [Fact]
    public void What_goes_into_a_stockpile_over_years_is_cumulative()
    {
        var fact = Single("The Korea Public Procurement Service said it will stockpile 2,000 tons of rare earths over five years.");
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.Period.Should().Be(Periods.Cumulative);
        // What a stockpile holds stays a stock.
        Single("The stockpile currently holds 260 metric tons of samarium-cobalt alloy.").Period.Should().Be(Periods.None);
    }

    [Fact]
    public void A_share_of_a_months_total_is_that_months() =>
        Fact("Exports in January-October reached 71.5 tonnes of terbium. The Netherlands took 1.9 tonnes of the October total.", 1.9)
            .Period.Should().Be(Periods.Month);

    [Fact]
    public void What_came_in_a_single_shipment_is_one_lot() =>
        Fact("China exported 4.1 tonnes of terbium in October. In a single shipment, a Japanese trader received 2.5 tonnes of terbium metal from a Baotou producer in mid-October.", 2.5)
            .Period.Should().Be(Periods.OneOff);

    [Fact]
    public void A_year_then_and_then_a_figure_is_no_range()
    {
        var figures = TestFiles.Recognize("Varno Metals Ltd plans to ship 1,000 tonnes of oxides in the second half of 2025 and 3,000 tonnes in 2026.").Tonnages;
        figures.Should().HaveCount(2);
        figures[1].Min.Should().Be(3_000);
        figures[1].Max.Should().Be(3_000);
        figures[1].Period.Should().Be(Periods.Year);
        // "between 2,000 and 3,000 tonnes" is still a range.
        Single("Varno Metals Ltd expects to ship between 2000 and 3,000 tonnes of oxides next year.").Min.Should().Be(2_000);
    }

    [Fact]
    public void A_lot_bought_at_a_price_for_a_months_shipment_is_one_lot() =>
        Single("One trader bought 15 tonnes of terbium oxide at $1,050 per kg for December shipment.").Period.Should().Be(Periods.OneOff);

    [Fact]
    public void In_the_corresponding_period_is_the_window_named_before()
    {
        var text = "Varno Metals Ltd processed 9,800 tonnes of monazite in the first nine months of the year. "
                   + "In the corresponding period a year ago it had processed 8,700 tonnes.";
        Fact(text, 8_700).Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_rate_per_hour_has_no_period_of_its_own() =>
        Single("Varno Metals Ltd processed an average of 95 tonnes of ore per hour at its plant last year.").Period.Should().Be(Periods.Unknown);

    [Fact]
    public void A_further_amount_after_a_yearly_rate_is_yearly()
    {
        var text = "Once fully ramped up, the Varno Metals plant will process 2,000 tonnes a year of end-of-life magnets and separate a further 5,000 tonnes of mined concentrate.";
        Fact(text, 5_000).Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void What_a_notice_seeks_with_no_window_is_one_lot()
    {
        var text = "The Defense Logistics Agency has issued a solicitation. The same notice seeks 40 short tons of terbium oxide and 95 short tons of dysprosium oxide.";
        TestFiles.Recognize(text).Tonnages.Should().OnlyContain(f => f.Period == Periods.OneOff);
        // A rate sought stays a rate.
        Single("Varno Metals Ltd is seeking 1,000 tonnes a year of NdPr oxide from new suppliers.").Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void Calendar_year_gives_its_year_as_the_detail() =>
        Single("Varno Metals Ltd aims to produce 2,600 tonnes of concentrate in calendar year 2026.").PeriodDetail.Should().Be("calendar year 2026");

    [Fact]
    public void A_purchase_in_a_window_after_a_reserve_sentence_is_no_reserve()
    {
        var text = "The Korea Public Procurement Service said it will stockpile 2,000 tons of rare earths over five years as part of a strategic reserve programme. "
                   + "The agency purchased 180 tons in the first half of this year.";
        var fact = Fact(text, 180);
        fact.Measure.Should().NotBe(Measures.Reserve);
        fact.Period.Should().Be(Periods.HalfYear);
    }

    // §55 (measure24): measure shapes on new wordings.
    [Theory]
    [InlineData("Varno Metals Ltd said its separation plant is running at 450 tonnes a month of REO, below its design rate.", 450)]
    [InlineData("Varno Metals Ltd said the new line would run at about 1,100 tonnes in 2027.", 1_100)]
    public void A_plant_running_at_a_figure_is_producing_it(string text, double value) =>
        Fact(text, value).Measure.Should().Be(Measures.Production);

    [Theory]
    [InlineData("Customs data showed outbound shipments of rare earth magnets from Norway totalled 5,430 tons in October.", Measures.Export)]
    [InlineData("Re-exports of processed rare earth compounds from Norway to Vietnam stood at 390 tons in October.", Measures.Export)]
    [InlineData("Arrivals of rare earth compounds in Norway from Laos fell to 1,210 tons in October.", Measures.Import)]
    [InlineData("Inbound cargoes of monazite concentrate into Norway reached 2,950 tons in October.", Measures.Import)]
    [InlineData("Varno Metals Ltd said its dysprosium requirement for the year is 180 tonnes.", Measures.Other)]
    public void Trade_flow_and_requirement_words_give_the_measure(string text, string measure) =>
        Single(text).Measure.Should().Be(measure);

    [Theory]
    [InlineData("Varno Metals Ltd is on track to deliver 1,800 tonnes of NdPr oxide this year.", 1_800, Measures.Production)]
    [InlineData("The Kestrel Bay project is slated to deliver 7,000 to 8,000 tonnes of monazite concentrate a year once stage one starts.", 8_000, Measures.Production)]
    [InlineData("Initial feed will come from Corrib Mining Corp, which has agreed to deliver 400 tonnes in 2027.", 400, Measures.Offtake)]
    [InlineData("Varno Metals Ltd is expected to deliver 300 tonnes of NdPr oxide to Halden Magnets in March.", 300, Measures.Shipment)]
    [InlineData("Initial feed will be carbonate bought from the Defense Logistics Agency, which has agreed to deliver 40 tons in 2027.", 40, Measures.Offtake)]
    public void What_is_scheduled_or_agreed_to_be_delivered(string text, double value, string measure) =>
        Fact(text, value).Measure.Should().Be(measure);

    [Theory]
    [InlineData("Prices fell as Varno Metals Ltd released 120 tonnes of dysprosium oxide from its reserves.")]
    [InlineData("The Defense Logistics Agency will release 35 tonnes of dysprosium oxide from state reserves to domestic magnet makers.")]
    public void Material_released_from_a_stock_is_sold(string text) =>
        Single(text).Measure.Should().Be(Measures.Sales);

    [Fact]
    public void A_release_from_reserves_is_one_sale_and_the_stock_still_held_is_a_stockpile()
    {
        var text = "Prices fell as Varno Metals Ltd released 120 tonnes of dysprosium oxide from its reserves. "
                   + "Market sources said the group still holds more than 600 t of dysprosium and terbium products.";
        Fact(text, 120).Period.Should().Be(Periods.OneOff);
        Fact(text, 600).Measure.Should().Be(Measures.Stockpile);
    }

    [Theory]
    [InlineData("Varno Metals Ltd said engineering on its proposed separation plant in Texas, sized for 5,000 tonnes a year of light rare earths, was complete.")]
    [InlineData("A scoping study now under way assumes an initial mining rate of 2 Mtpa of ore.")]
    [InlineData("Varno Metals Ltd has opened a recycling hub designed to take in 800 tonnes of magnet scrap a year.")]
    public void What_a_plant_is_sized_for_or_a_mining_rate_is_a_capacity(string text) =>
        Single(text).Measure.Should().Be(Measures.Capacity);

    [Theory]
    [InlineData("The quota for ionic-clay heavy rare earths was kept at 19,150 tonnes, the Ministry of Industry and Information Technology said.", Measures.Quota)]
    [InlineData("The Korea Public Procurement Service said it would buy more oxide next year, lifting the state reserve to 2,100 tons.", Measures.Stockpile)]
    [InlineData("Singapore-based trader Varno Metals booked 400 tonnes of NdPr oxide for delivery in the first quarter.", Measures.Offtake)]
    [InlineData("Heavy rare earth intensity in the region's magnet output is about 3.5 kg of dysprosium per tonne of magnets.", Measures.Intensity)]
    public void Levels_state_reserves_bookings_and_content_per_tonne_of_product(string text, string measure) =>
        Single(text).Measure.Should().Be(measure);

    [Fact]
    public void What_a_single_product_named_with_a_needs_is_an_intensity()
    {
        var text = "Each battery-electric car uses on average 1.4 kg of NdPr in its drive unit, while a 15 MW offshore turbine with a direct-drive generator needs roughly 9 tonnes of magnets.";
        Fact(text, 9).Measure.Should().Be(Measures.Intensity);
        Single("Varno Metals Ltd said a car maker in Germany needs 500 tonnes of magnets a year.").Measure.Should().NotBe(Measures.Intensity);
    }

    [Fact]
    public void A_tranche_after_stockpile_purchases_over_a_term_is_for_the_stockpile_too()
    {
        var text = "The Defense Logistics Agency has issued a solicitation to buy as much as 1.1 million pounds of NdPr oxide for the National Defense Stockpile over five years. "
                   + "The agency expects to award contracts for an initial 220,000 pounds in fiscal 2027.";
        var tranche = Fact(text, 220_000 * 0.00045359237);
        tranche.Measure.Should().Be(Measures.Stockpile);
        tranche.Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void An_adjectival_yearly_figure_before_product_is_output() =>
        Single("Varno Metals Ltd said it had begun talks with Japanese groups over offtake of a planned 10,000 tonne-per-year concentrate product.")
            .Measure.Should().Be(Measures.Production);

    [Fact]
    public void An_asset_named_without_a_possessive_is_the_company_that_introduced_it()
    {
        // §52: "X, owner of the P project"; the first company named before the asset where it first appears; a buyer taking
        // material "from the P project" is not its owner.
        var owner = "Tarvik Minerals Ltd, owner of the Kessel rare earth project, said Kolbe Magnet GmbH would buy its concentrate. "
                    + "The Kessel project has an ore reserve of 18.9 million tonnes.";
        Fact(owner, 18_900_000).SubjectName.Should().Be("Tarvik Minerals Ltd");

        var introduced = "Quellon Minerals Ltd said it had signed a supply deal covering concentrate from the Brakefell project. "
                         + "Kolbe Magnet GmbH will refine the material. Brakefell's ore reserve stands at 12 million tonnes.";
        Fact(introduced, 12_000_000).SubjectName.Should().Be("Quellon Minerals Ltd");

        var bought = "Quellon Minerals Ltd has agreed to sell its concentrate to Kolbe Magnet GmbH. "
                     + "Under the deal, Kolbe Magnet GmbH will buy up to 2,000 tonnes a year from the Brakefell Range project. "
                     + "Brakefell Range is expected to produce 279 tonnes a year of dysprosium oxide.";
        Fact(bought, 279).SubjectName.Should().Be("Quellon Minerals Ltd");
    }

    [Fact]
    public void A_venture_named_in_apposition_after_its_partners_owns_its_figures()
    {
        // §52: "The 50:50 venture between X and Y, known as Z, will produce N" is Z's, and so is a later "The JV ...".
        var text = "Quellon Minerals Ltd and Tarvik Metals Ltd plan to start concentrate output in 2027. "
                   + "The 50:50 venture between Quellon Minerals Ltd and Tarvik Metals Ltd, known as Brakefell Rare Metals LLP, will produce 1,500 tonnes of rare earth concentrate a year, the partners said. "
                   + "The JV expects to triple output to 4,500 tonnes a year once a second line is built.";
        Fact(text, 1_500).SubjectName.Should().Be("Brakefell Rare Metals LLP");
        Fact(text, 4_500).SubjectName.Should().Be("Brakefell Rare Metals LLP");
    }

    [Fact]
    public void A_plant_noun_opening_a_sentence_is_the_plant_operator_named_earlier()
    {
        // §52: plant-level figures go to the operating subsidiary the text named for the plant.
        var text = "Quellon Minerals Ltd said its metals plant at Ochang, operated by wholly owned subsidiary Tarvik Metals Ltd, produced 38 tonnes of NdFeB alloy in the quarter. "
                   + "The plant has a nameplate of 2,200 tonnes a year of metals and alloys.";
        Fact(text, 2_200).SubjectName.Should().Be("Tarvik Metals Ltd");
    }

    [Fact]
    public void A_name_opening_a_second_clause_after_an_anaphors_figure_owns_the_second_figure()
    {
        // §52: "The plant has ... 2,200 tonnes, and X expects sales of 180 to 220 tonnes": X's, not the anaphor's.
        var text = "Quellon Minerals Ltd said its subsidiary Tarvik Metals Ltd produced 38 tonnes of NdFeB alloy in the quarter. "
                   + "The company has capacity of 2,200 tonnes a year of alloys, and Kolbe Magnet GmbH expects sales of 180 to 220 tonnes for the year.";
        Fact(text, 220).SubjectName.Should().Be("Kolbe Magnet GmbH");
    }

    [Fact]
    public void Plural_quotas_opening_a_sentence_that_names_nobody_are_the_countrys()
    {
        // §52: "X received 101,500 tonnes. Smelting and separation quotas were set at 127,000 tonnes.": the national total,
        // not the company allotted a share in the sentence before.
        var text = "China's Ministry of Industry and Information Technology issued the first batch of 2026 mining quotas at 135,000 tonnes. "
                   + "Quellon Rare Earth Group received 101,500 tonnes. "
                   + "Smelting and separation quotas were set at 127,000 tonnes.";
        var fact = Fact(text, 127_000);
        fact.SubjectId.Should().Be("CN");
        fact.SubjectKind.Should().Be(SubjectKinds.Country);
    }

    [Fact]
    public void A_company_anaphor_after_a_sentence_turning_to_another_company_is_that_company()
    {
        // §52: "Separately, X said ... The company holds ..." is X's, not the company the text mentions most.
        var text = "Quellon Minerals Ltd will buy a stake in Tarvik Metals Ltd, the two companies said. "
                   + "Quellon Minerals Ltd has agreed to take all 16,200 tonnes a year of concentrate from Tarvik Metals Ltd. "
                   + "Quellon Minerals Ltd said the deal would close in March. "
                   + "Separately, Brakefell Resources Ltd, a Tanzanian explorer, said its pilot plant would produce 400 tonnes of rare earth concentrate in 2026. "
                   + "The company holds a mineral resource of 1,100 tonnes of contained rare earth oxide.";
        Fact(text, 1_100).SubjectName.Should().Be("Brakefell Resources Ltd");
    }

    [Fact]
    public void A_company_anaphor_after_a_turn_to_a_compound_direction_is_that_company()
    {
        var text = "Quellon Minerals Ltd has signed an offtake for 10,000t/y of monazite concentrate, Quellon Minerals Ltd said. "
                   + "Quellon Minerals Ltd shares rose 11%. "
                   + "Further south-west, Brakefell Resources Ltd said its Tamar project remained on track. "
                   + "The London-listed group now plans to produce 25,000t/y of concentrate in the first phase.";
        Fact(text, 25_000).SubjectName.Should().Be("Brakefell Resources Ltd");
    }

    [Fact]
    public void A_company_anaphor_after_a_sentence_opening_with_another_company_and_no_figure_is_that_company()
    {
        var text = "Quellon Minerals Ltd separated 135 tonnes of NdPr oxide in the year, and will take 2,000 tonnes a year of carbonate "
                   + "from Tarvik Metals Ltd in Quebec. Brakefell Resources Ltd, which is developing the Strange Lake deposit, said last week it had "
                   + "received a $45-million commitment. The privately held company plans a separation plant with capacity of 6,000 tonnes "
                   + "of separated oxides a year.";
        Fact(text, 6_000).SubjectName.Should().Be("Brakefell Resources Ltd");
        // With a figure of its own, the sentence before is no mere introduction: the anaphor keeps the usual reading.
        var withFigure = "Quellon Minerals Ltd separated 135 tonnes of NdPr oxide in the year. Tarvik Metals Ltd bought 40 tonnes of it. "
                         + "The company plans a separation plant with capacity of 6,000 tonnes of separated oxides a year.";
        Fact(withFigure, 6_000).SubjectName.Should().NotBeNull();
    }

    [Fact]
    public void A_plant_introduced_with_a_is_the_owner_the_next_sentence_names()
    {
        // §52: "A Chinese-backed plant ... 3,600 tonnes. The plant, owned by X, ..." is X's, not China's.
        var text = "A Chinese-backed processing plant in Laos began operating this week, with the capacity to produce 3,600 tonnes a year of mixed rare earth carbonate. "
                   + "The plant, owned by Brakefell Rare Metals Co, a joint venture of a Guangxi investor and a Lao state enterprise, expects to turn out 1,800 tonnes in its first full year.";
        Fact(text, 3_600).SubjectName.Should().Be("Brakefell Rare Metals Co");
    }

    [Fact]
    public void An_anaphor_whose_head_ends_a_company_name_written_earlier_is_that_company()
    {
        // §52: "... Quellon Rare Earth Group was allotted 43,400 tonnes. Of the group's share, ... 9,850 tonnes" is the
        // group's, not the ministry's (mentioned most) nor its country's.
        var text = "China's Ministry of Industry and Information Technology issued the first batch of quotas, a notice on the ministry's website showed. "
                   + "The ministry said the quotas were higher. Tarvik Rare Earth Ltd received a mining allowance of 104,600 tonnes, while Quellon Rare Earth Group was allotted 43,400 tonnes. "
                   + "Of the group's share, ionic-clay rare earths accounted for 9,850 tonnes, the notice said.";
        Fact(text, 9_850).SubjectName.Should().Be("Quellon Rare Earth Group");
    }

    [Theory]
    [InlineData("Imports have recovered since the border crossing reopened in late September. Around 3,800 t has crossed since the reopening, a consultancy said.", 3_800)]
    [InlineData("The Odisha unit, commissioned in March 2025, has produced 2,300 tonnes of mixed rare earth oxide since the plant opened, the company said.", 2_300)]
    [InlineData("The pilot plant produced 18 tonnes of concentrate in the six months to September. It has processed 9,400 tonnes of ore since the pilot began.", 9_400)]
    [InlineData("The company will supply 800 tonnes of NdPr oxide over the contract term of five years, with deliveries starting in FY28.", 800)]
    [InlineData("Qorvan Metals will deliver 9,000 tonnes of carbonate over the life of the agreement.", 9_000)]
    public void Since_an_opening_or_over_a_contract_term_is_cumulative(string text, double value)
    {
        // §58: "since the reopening", "since the plant opened", "since the pilot began", "over the contract term" name a
        // window from an event to now (or the whole term): cumulative, not a month or year named elsewhere in the clause.
        Fact(text, value).Period.Should().Be(Periods.Cumulative);
    }

    [Theory]
    [InlineData("In the April-September period Qorvan Metals sold 2,870 tonnes of alloy. Qorvan said it had purchased 1,340 tonnes of NdPr metal during the review period, mostly from Vietnam, and that it held 410 tonnes in inventory at the end of September.", 1_340, "half_year")]
    [InlineData("Tarvik Resources produced 410 tonnes of carbonate in the September quarter. Tarvik said it bought 95 tonnes of reagent-grade oxide in the period under review, and that it held 60 tonnes in inventory at the end of September.", 95, "per_quarter")]
    [InlineData("Tarvik Resources produced 410 tonnes of carbonate in the September quarter. Tarvik said it bought 95 tonnes of reagent-grade oxide in the reporting period.", 95, "per_quarter")]
    public void The_review_or_reporting_period_is_the_window_named_before(string text, double value, string period)
    {
        // §58: "during the review period", "in the period under review", "in the reporting period" refer back to the window
        // the story has named, like "in the period" (§53), not to a one-off lot or no window.
        Fact(text, value).Period.Should().Be(period);
    }

    [Theory]
    [InlineData("Dysprosium shipments were thin in the fourth quarter. Liquidity should improve after the latest batch of 300 t of terbium-bearing concentrate from Laos clears customs next week.", 300)]
    [InlineData("Tarvik Resources shipped 1,280 t of carbonate in the September quarter. The next cargo of 2,000 t is due in December.", 2_000)]
    public void The_latest_or_next_batch_is_one_lot(string text, double value)
    {
        // §58: "the latest batch of", "the next cargo of", like "its maiden cargo of" (§53), size one lot, not the quarter
        // named before.
        Fact(text, value).Period.Should().Be(Periods.OneOff);
    }

    [Theory]
    [InlineData("Qorvan Rare Metals Ltd today released its quarterly activities report for the three months ended 30 September 2026. Concentrate production of 3,420 t, up 14% on the previous quarter.", 3_420)]
    [InlineData("Qorvan Rare Metals Ltd today released its quarterly activities report for the three months ended 30 September 2026. The processing plant treated 161,000 t of ore at a recovery of 71%.", 161_000)]
    public void A_quarterly_report_named_in_the_opening_is_the_window_of_its_past_amounts(string text, double value)
    {
        // §58: a story that opens on a report of a quarter or half ("its quarterly activities report for the three months
        // ended ...") reports past amounts and verbless line items with no window of their own for that window.
        Fact(text, value).Period.Should().Be(Periods.PerQuarter);
    }

    [Theory]
    [InlineData("Velmora Metals reported third-quarter 2026 results on Tuesday. The Kestrel mine produced 2,310 metric tons of REO in concentrate. The company sold 415 metric tons of NdPr oxide.", 415, "per_quarter")]
    [InlineData("Velmora Metals posted Q2 FY27 results. It sold 415 tonnes of NdPr oxide.", 415, "per_quarter")]
    [InlineData("Two magnet makers reported diverging first-half results. Halvern Magnetics shipped 2,600 tonnes, a record.", 2_600, "half_year")]
    public void A_report_of_a_quarter_or_half_with_its_year_is_the_window_of_its_past_amounts(string text, double value, string period)
    {
        // A year or fiscal year between the window and "results" ("third-quarter 2026 results", "Q2 FY27 results") and a
        // half written "first-half results" still name the report's window, so its past amounts are for that window.
        Fact(text, value).Period.Should().Be(period);
    }

    [Fact]
    public void After_a_year_to_date_figure_the_story_goes_back_to_its_month()
    {
        // A customs story about one month gives a year-to-date total in passing; the destinations after it are the month's
        // again, while a part of the year-to-date total stays in it.
        var text = "Velmoria shipped 4,626 metric tons of magnets last month, down from 5,257 tons in September, customs data showed. "
                   + "Exports in the first ten months of the year totalled 48,190 tons, 7.3% lower than a year earlier. "
                   + "Shipments to the United States dropped 28% to 434 tons, while exports to Germany rose to 1,012 tons.";
        Fact(text, 48_190).Period.Should().Be(Periods.Cumulative);
        Fact(text, 434).Period.Should().Be(Periods.Month);
        Fact(text, 1_012).Period.Should().Be(Periods.Month);
        var parts = "Velmoria shipped 4,626 metric tons of magnets last month, customs data showed. "
                    + "Exports in the first ten months of the year totalled 48,190 tons. Of that, shipments to Germany accounted for 9,800 tons.";
        Fact(parts, 9_800).Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_quarterly_report_named_in_the_opening_does_not_date_a_plan()
    {
        var text = "Qorvan Rare Metals Ltd today released its quarterly activities report for the three months ended 30 September 2026. "
                   + "The company plans to build a separation plant with a capacity of 5,000 t of oxide.";
        Fact(text, 5_000).Period.Should().NotBe(Periods.PerQuarter);
    }

    [Fact]
    public void A_named_business_year_is_a_year()
    {
        // §58: "in the 2025 business year", "in the 2025/26 fiscal year" name one year, like "fiscal 2025".
        Fact("Its existing line made 1,340 tons of metals in 2025 and 1,010 tons in the first three quarters of this year. "
             + "The Vietnamese partner produced 2,700 tons of oxide in the 2025 business year, it said.", 2_700).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void An_amount_on_its_best_day_is_a_day()
    {
        // §58: "produced 120 t of concentrate on its best day" is a day's amount, not the quarter the report covers.
        var text = "Qorvan Rare Metals Ltd produced 3,420 t of concentrate in the September quarter. Recoveries improved to 71%, and the plant produced 120 t of concentrate on its best day.";
        Fact(text, 120).Period.Should().Be(Periods.PerDay);
    }

    [Fact]
    public void A_figure_restated_from_an_earlier_value_keeps_its_window()
    {
        // §58: "the H1 2026 figure of 6,450 t had been restated from 6,520 t": the earlier value is for the same window.
        var text = "The company also said the H1 2026 production figure of 6,450 t had been restated from 6,520 t.";
        Fact(text, 6_520).Period.Should().Be(Periods.HalfYear);
    }

    [Theory]
    [InlineData("Hengda Rare Earth produced 1,100 t of NdPr oxide in October. The company shipped 640 t of the oxide to magnet makers in the week to November 19, a trader said.", 640)]
    public void A_week_has_no_period_of_its_own(string text, double value)
    {
        // §58: "in the week to November 19" is a week's amount, neither a month nor a year (tonnages.md has no weekly period):
        // unknown, like "per week" (§43). ("per shift" was unknown too until dev9's decision 4 made it per_unit; period33.)
        Fact(text, value).Period.Should().Be(Periods.Unknown);
    }

    [Fact]
    public void A_window_fronted_before_the_first_clause_covers_the_next_clause()
    {
        // §58: "Since January, X has produced 1,020 tonnes ..., and the company has shipped 960 tonnes": the fronted window
        // covers both clauses, not the quarter of the report named before.
        var text = "Qorvan Terras Raras said its operation produced 410 tonnes of mixed rare earth carbonate in its quarterly report released on Monday. "
                   + "Since January, the operation has produced 1,020 tonnes of carbonate, and the company has shipped 960 tonnes to a buyer in China, chief executive Paula Mendes said.";
        Fact(text, 960).Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_speaker_set_off_by_an_aside_reports_on_the_name_after_its_speech_verb()
    {
        // §59: "X, which buys oxide from Y, said Y shipped 800 tonnes", "X, which holds 10% of Y, said Y produced 120 tons":
        // the name after the speech verb, not the speaker nor a name inside the aside.
        var text = "Quellon Magnetics Ltd, which buys oxide from Tarvik Metals Ltd, said Tarvik Metals Ltd shipped 800 tonnes of NdPr oxide to its plants in the first half. "
                   + "Brakefell Holdings Ltd, which holds a 10 percent stake in Kolbe Alloys Ltd, said Kolbe Alloys Ltd produced 120 tonnes of rare earth alloys this year.";
        Fact(text, 800).SubjectName.Should().Be("Tarvik Metals Ltd");
        Fact(text, 120).SubjectName.Should().Be("Kolbe Alloys Ltd");
    }

    [Fact]
    public void A_lenders_loan_to_a_borrowers_asset_gives_the_assets_figures_to_the_borrower()
    {
        // §59: "X approved a loan to Y for the Z project, which will make N", "a loan from X to Y for its refinery that will
        // process N", "A loan from X to Y's plant will fund the first N": the borrower's, not the lender's.
        var text = "Quellon Export Credit Agency has approved a $200 million loan to Tarvik Metals Ltd for the Ridgeback project in the north, which will make 4,440 tonnes of NdPr oxide a year. "
                   + "The financing follows a loan from Quellon Export Credit Agency to Kolbe Minerals Ltd for its Dunmore refinery that will process 20,000 tonnes of monazite concentrate a year. "
                   + "A $400 million loan from Quellon Export Credit Agency to Brakefell Magnetics Inc's plant will fund equipment for the first 2,500 tonnes of capacity.";
        Fact(text, 4_440).SubjectName.Should().Be("Tarvik Metals Ltd");
        Fact(text, 20_000).SubjectName.Should().Be("Kolbe Minerals Ltd");
        Fact(text, 2_500).SubjectName.Should().Be("Brakefell Magnetics Inc");
    }

    [Fact]
    public void A_name_in_apposition_to_a_possessive_partner_noun_is_the_subject()
    {
        // §59: "X said Y's partner Z produced N" is Z's, not the speaker's nor the possessor's; after a preposition
        // ("a deal with Y's partner Z for N") the rule does not apply.
        var text = "Quellon Trading Corp, which owns 30% of the venture Tarvik Rare Earths BV, said Tarvik Rare Earths BV's partner Kolbe Metals Ltd produced 10,500 tonnes of NdPr in fiscal 2025.";
        Fact(text, 10_500).SubjectName.Should().Be("Kolbe Metals Ltd");
        var simple = "Quellon Trading Corp said Tarvik Rare Earths BV's partner Kolbe Metals Ltd produced 10,500 tonnes of NdPr in fiscal 2025.";
        Fact(simple, 10_500).SubjectName.Should().Be("Kolbe Metals Ltd");
        var deal = "Brakefell Magnets GmbH signed a supply deal with Tarvik Rare Earths BV's partner Kolbe Metals Ltd for 500 tonnes of NdPr oxide a year.";
        Fact(deal, 500).SubjectName.Should().Be("Brakefell Magnets GmbH");
    }

    [Fact]
    public void A_whose_clause_after_a_name_is_about_that_name()
    {
        // §59: "X agreed to sell a stake to Y, whose project will produce N", "X agreed to buy the site from Y, whose plant
        // separated N": Y's, not the seller's or buyer's opening the sentence.
        var text = "Quellon Minerals Ltd said it had agreed to sell a 20% stake in its project to Tarvik Metals Ltd, whose Ridgeback project will produce 1,100 tonnes of NdPr oxide a year. "
                   + "Kolbe Magnetics Ltd agreed to buy a site from Brakefell Chemicals SA, whose coastal plant separated 4,000 tonnes of rare earth oxides last year.";
        Fact(text, 1_100).SubjectName.Should().Be("Tarvik Metals Ltd");
        Fact(text, 4_000).SubjectName.Should().Be("Brakefell Chemicals SA");
    }

    [Fact]
    public void A_name_between_an_expectation_verb_and_an_infinitive_is_the_subject()
    {
        // §59: "X, Y's largest shareholder, said it expects Z to produce N", "X expects Z to recycle N": Z's, not X's.
        var text = "Quellon Holdings Ltd, the largest shareholder of Tarvik Metals Ltd, said it expects Kolbe Minerals Ltd to produce 4,000 tonnes of NdPr in 2029. "
                   + "Brakefell Resources Ltd expects Ostrava Recycling GmbH to recycle 350 tonnes of magnets in 2026.";
        Fact(text, 4_000).SubjectName.Should().Be("Kolbe Minerals Ltd");
        Fact(text, 350).SubjectName.Should().Be("Ostrava Recycling GmbH");
    }

    [Fact]
    public void Bare_metal_with_no_metal_named_before_is_rare_earth_metal()
    {
        var text = "Chinese praseodymium-neodymium oxide prices rose to 612,000 yuan per tonne on Friday. Magnet makers in Ningbo bought roughly 300 tonnes of metal this week.";
        Fact(text, 300).ProductId.Should().Be("rare-earth-metal");
        // A metal named before is the one meant.
        Fact("Varno Metals Ltd makes NdPr metal in Baotou. Magnet makers in Ningbo bought roughly 300 tonnes of metal this week.", 300).ProductId.Should().Be("ndpr-metal");
    }

    [Fact]
    public void A_stock_of_imported_material_is_a_stock_not_an_import()
    {
        var fact = Fact("Port stocks of imported mixed rare earth carbonate at Fangchenggang stood at 6,000 tonnes, traders said.", 6_000);
        fact.Measure.Should().Be(Measures.Stockpile);
        // Imports themselves are still imports.
        Fact("Imports of mixed rare earth carbonate through Fangchenggang rose to 6,000 tonnes in October.", 6_000).Measure.Should().Be(Measures.Import);
    }

    [Theory]
    [InlineData("Kolbe Minerals Ltd made 2,100 tonnes of NdPr oxide, the company said.", 2_100)]
    [InlineData("Exports from Tarvik Metals Ltd edged up to 3,400 tonnes of separated oxides.", 3_400)]
    [InlineData("Output at Tarvik Metals Ltd came in at 1,450 tonnes of rare earth oxide, below guidance.", 1_450)]
    [InlineData("Tarvik Metals Ltd posted record output of 12,000 tonnes of REO in concentrate.", 12_000)]
    [InlineData("Kolbe Minerals Ltd separated 310 tonnes of heavy rare earth oxides at its plant.", 310)]
    public void A_regular_or_irregular_past_verb_before_a_figure_reports_a_completed_amount(string sentence, double tonnes)
    {
        // §57b: past-tense verbs outside the list ("made", "refined", "came in at", "posted") are a year's amount, like "produced".
        Fact(sentence, tonnes).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_past_verb_in_a_report_takes_the_reports_window()
    {
        var text = "Tarvik Metals Ltd said it produced 2,100 tonnes of NdPr oxide in the September quarter. It made 310 tonnes of heavy rare earth oxides at its second plant.";
        Fact(text, 310).Period.Should().Be(Periods.PerQuarter);
        // An "-ed" word before a noun is an adjective, not a past verb: a plan keeps no completed period.
        Fact("Tarvik Metals Ltd plans to make 4,440 tonnes of separated NdPr oxide.", 4_440).Period.Should().NotBe(Periods.Year);
    }

    [Fact]
    public void A_note_with_no_figure_and_no_measure_does_not_break_the_thread()
    {
        var text = "World rare-earth mine production rose to an estimated 412,000 tons in 2025. Data are in metric tons of oxide equivalent. "
                   + "China again led with 280,000 tons, followed by Myanmar at 33,000 tons.";
        Fact(text, 280_000).Measure.Should().Be(Measures.Production);
        Fact(text, 33_000).Period.Should().Be(Periods.Year);
        // A sentence between that names another measure does break it.
        Fact("World rare-earth mine production rose to 412,000 tons in 2025. Exports were flat. China again led with 280,000 tons.", 280_000)
            .Measure.Should().NotBe(Measures.Production);
    }

    [Fact]
    public void A_deal_in_a_project_is_not_a_sale_of_material()
    {
        var text = "Kolbe Minerals Ltd's ore reserve, estimated by Tarvik Metals Ltd before it sold the project, is 16.2 Mt grading 4.6% REO, "
                   + "or about 745,000 tonnes of contained oxide.";
        Fact(text, 745_000).Measure.Should().Be(Measures.Reserve);
        Fact(text, 745_000).Period.Should().Be(Periods.None);
        // Material sold is still a sale.
        Fact("Kolbe Minerals Ltd sold the 2,000 tonnes of concentrate it had stockpiled.", 2_000).Measure.Should().Be(Measures.Sales);
        // A share of a company bought is a deal in assets too.
        Fact("Tarvik Metals Ltd, which bought a 30% stake in the project last year, puts its resource at 1.2 million tonnes of ore.", 1_200_000)
            .Measure.Should().Be(Measures.Resource);
    }

    [Theory]
    [InlineData("plus")]
    [InlineData("and")]
    public void The_next_member_of_a_list_with_no_measure_word_shares_the_measure_and_period(string join)
    {
        var text = $"The revised plan of Kolbe Minerals Ltd targets 1,850 tonnes a year of NdPr oxide {join} 34 tonnes of dysprosium and terbium oxides.";
        var fact = Fact(text, 34);
        fact.Measure.Should().Be(Measures.Production);
        fact.Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void The_parent_company_is_the_parent_of_the_unit_named_before()
    {
        var text = "e-VAC Magnetics, the U.S. subsidiary of Germany's Vacuumschmelze, opened its magnet factory with capacity of 1,500 tonnes a year. "
                   + "General Motors has agreed to buy up to 1,000 tonnes a year, GM said. "
                   + "The parent company's European plants produce around 3,000 tonnes of magnets a year.";
        Fact(text, 3_000).SubjectId.Should().Be("vacuumschmelze");
    }

    [Fact]
    public void Unnamed_plants_opening_a_sentence_are_nobody()
    {
        var text = "Kolbe Minerals Ltd sold 1,600 tonnes of PrNd oxide at its November listing. "
                   + "Metal plants were estimated to hold about 2,500 tonnes of PrNd oxide in stock.";
        Fact(text, 2_500).SubjectId.Should().BeNull();
        Fact(text, 2_500).SubjectName.Should().BeNull();
    }

    [Fact]
    public void The_country_as_the_subject_of_a_reported_clause_is_the_country_mentioned_most()
    {
        var text = "China's output of sintered magnets is on track to exceed 320,000 tonnes this year, the Association of China Rare Earth Industry said on Monday, as factories ran at high rates. "
                   + "In a statement carried by the Global Times, the association said the country made 236,500 tonnes of sintered blanks in the first nine months, up 11 percent year-on-year.";
        Fact(text, 236_500).SubjectId.Should().Be("CN");
    }

    [Fact]
    public void A_yearly_amount_agreed_to_be_sold_is_an_offtake()
    {
        Fact("Kolbe Minerals Ltd said it had agreed to sell 5,000 tonnes a year of carbonate to a European separator.", 5_000).Measure.Should().Be(Measures.Offtake);
        // One lot agreed for a window stays a sale.
        Fact("Kolbe Minerals Ltd agreed to sell 600 tons of rare earth oxides to a cable maker in the first half of next year.", 600).Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void A_ferroalloy_of_another_metal_takes_no_rare_earth_product()
    {
        // §62: a tin and niobium miner's "600 tonnes of ferroniobium" beside its xenotime by-product is no rare-earth mass.
        var text = "Quellon Mining said it recovered 180 tonnes of xenotime concentrate from its tailings in the third quarter. It also produced 2,100 tonnes of tin and 600 tonnes of ferroniobium in the quarter.";
        NoFact(text, 600);
        NoFact(text, 2_100);
        Fact(text, 180).ProductId.Should().Be("xenotime");
    }

    [Fact]
    public void The_alloy_does_not_point_back_to_a_material_word_describing_a_party()
    {
        // §62: "A magnet alloy producer ... bought 15 tonnes of the alloy" after dysprosium-iron alloy is that alloy.
        var text = "Demand for dysprosium-iron alloy remained weak. A magnet alloy producer in Ganzhou said it bought only 15 tonnes of the alloy in November.";
        Fact(text, 15).ProductId.Should().Be("dyfe-alloy");
    }

    [Fact]
    public void The_chloride_points_back_to_the_chloride_named_before()
    {
        // §62: "of the chloride" is the rare earth chloride named before, not the carbonate feed named in between.
        var text = "Tarvik Refining will turn clay feed into mixed rare earth chloride at its plant. The plant will take in about 6,000 tonnes a year of mixed rare earth carbonate. From that feed it expects to make 8,500 tonnes of the chloride a year.";
        Fact(text, 8_500).ProductId.Should().Be("rare-earth-chloride");
        Fact(text, 6_000).ProductId.Should().Be("mrec");
    }

    [Fact]
    public void A_basis_written_as_a_grade_is_not_carried_to_a_later_figure()
    {
        // §62: "The material grades above 50 per cent TREO" does not make "9,000 tonnes of the material" TREO.
        var text = "Kolbe Minerals shipped 3,000 tonnes of monazite concentrate in February. Its chief said the cargo would go to Malaysia. \"The material grades above 50 per cent TREO,\" she said. Kolbe expects to ship a further 9,000 tonnes of the material by June.";
        Fact(text, 9_000).ProductId.Should().NotBe("treo");
    }

    [Fact]
    public void A_figure_of_a_million_tonnes_is_not_a_refined_chloride()
    {
        // §62: "mined 2 million tonnes of clay" after a sentence about rare earth chloride is ore, not chloride.
        var text = "From that feed Tarvik expects to make 8,500 tonnes of rare earth chloride a year. The supplier mined 2 million tonnes of clay last year.";
        Fact(text, 2_000_000).ProductId.Should().Be("rare-earth-ore");
    }

    [Fact]
    public void A_basis_bearing_a_mineral_gives_the_mineral()
    {
        // §62: "4.2 million tonnes of TREO-bearing apatite" is apatite, not TREO.
        var text = "Tarvik Metals holds a stake in an iron ore mine whose tailings host an estimated 4.2 million tonnes of TREO-bearing apatite.";
        Fact(text, 4_200_000).ProductId.Should().Be("apatite");
    }

    [Fact]
    public void Of_it_after_a_bare_form_word_points_back_to_that_form()
    {
        // §62: "Its metal is sold ..., who bought 380 tonnes of it" is the metal named before, not the oxide in between.
        var text = "Kolbe Metals made 410 tonnes of NdPr metal in the quarter. It buys about 120 tonnes a quarter of separated oxide. Its metal is sold mainly to German magnet makers, who bought 380 tonnes of it last year.";
        Fact(text, 380).ProductId.Should().Be("ndpr-metal");
    }

    [Fact]
    public void The_material_with_nothing_carried_is_the_last_figures_material_not_its_contained_basis()
    {
        // §62: "3,000 tonnes of monazite concentrate containing about 1,500 tonnes of REO ... a further 9,000 tonnes of the
        // material" (two sentences between with no figure and no material) is monazite.
        var text = "Kolbe Minerals shipped 3,000 tonnes of monazite concentrate containing about 1,500 tonnes of REO in February. "
                   + "Its chief said the cargo would go to Malaysia under a tolling deal. \"The material grades above 50 per cent TREO,\" she said. "
                   + "Kolbe expects to ship a further 9,000 tonnes of the material by June.";
        Fact(text, 9_000).ProductId.Should().Be("monazite");
    }

    [Fact]
    public void A_group_term_qualifying_a_form_word_gives_the_forms_generic_product()
    {
        // §62: "mixed light rare earth chloride" is rare earth chloride, "light rare earth carbonate" mixed carbonate, not the group.
        Fact("Its inventory of mixed light rare earth chloride was 600 tonnes at the end of October.", 600).ProductId.Should().Be("rare-earth-chloride");
        Fact("The plant will make 2,000 tonnes a year of light rare earth carbonate.", 2_000).ProductId.Should().Be("mrec");
        // The group alone stays the group.
        Fact("The plant will separate 2,000 tonnes a year of light rare earths.", 2_000).ProductId.Should().Be("light-rare-earths");
    }

    [Fact]
    public void The_spelt_out_nd_pr_pair_and_sintered_magnets_are_their_products()
    {
        // §62: bare "praseodymium-neodymium" is the NdPr product (products.csv: bare NdPr usually means the oxide), not
        // praseodymium alone; "sintered neodymium-iron-boron magnets" are sintered NdFeB magnets.
        Fact("A separator in Guangxi said its output of praseodymium-neodymium reached 380 tonnes in October.", 380).ProductId.Should().Be("ndpr-oxide");
        Fact("Quellon Magnetics will build a plant to make 2,500 tonnes a year of sintered neodymium-iron-boron magnets.", 2_500).ProductId.Should().Be("sintered-ndfeb-magnet");
    }

    [Fact]
    public void A_minerals_concentrate_is_the_mineral()
    {
        // §62: "apatite concentrate makes up about 4 million tonnes" is apatite, not rare earth concentrate in general.
        var text = "Its tailings ponds hold an estimated 70 million tonnes, of which apatite concentrate makes up about 4 million tonnes.";
        Fact(text, 4_000_000).ProductId.Should().Be("apatite");
    }

    [Fact]
    public void Phosphate_co_products_take_no_rare_earth_product()
    {
        // §62: fertiliser and fluorine chemicals beside a rare-earth oxide are no rare-earth mass.
        var text = "A pilot plant yielded 6 tonnes of mixed rare earth oxide in the half. The full plant would also produce 400,000 tonnes a year of phosphate fertiliser and 30,000 tonnes a year of fluorine chemicals.";
        NoFact(text, 400_000);
        NoFact(text, 30_000);
        Fact(text, 6).ProductId.Should().Be("mixed-rare-earth-oxide");
    }

    [Fact]
    public void What_accounts_for_a_part_of_a_whole_is_the_parts_material()
    {
        // §62: "with NdPr accounting for about 110 tonnes of the contained oxide" is NdPr, not the whole's oxide.
        var text = "The refiner will take all of the output, with NdPr accounting for about 110 tonnes a year of the contained oxide.";
        Fact(text, 110).ProductId.Should().Be("ndpr-oxide");
    }

    [Fact]
    public void An_all_of_it_aside_after_a_figure_names_its_material_and_not_the_next_figures()
    {
        // §62: "an allowance of 104,600 tonnes, all of it for light rare earths ..., while Y was allotted 43,400 tonnes": the
        // first is light rare earths, the second keeps the quota's rare earth oxide.
        var text = "Beijing set the first batch of mining quotas at 148,000 tonnes of rare earth oxide. Quellon Rare Earth received a mining allowance of 104,600 tonnes, all of it for light rare earths from the north, while Tarvik Rare Earth Group was allotted 43,400 tonnes.";
        Fact(text, 104_600).ProductId.Should().Be("light-rare-earths");
        Fact(text, 43_400).ProductId.Should().Be("reo");
        // "mostly for" names only a part: the figure keeps the quota's oxide.
        var mostly = "Beijing set the first batch of mining quotas at 148,000 tonnes of rare earth oxide. Tarvik Rare Earth Group was allotted 46,500 tonnes, mostly for ionic clay heavy rare earths from the south.";
        Fact(mostly, 46_500).ProductId.Should().Be("reo");
    }

    [Fact]
    public void Phosphate_concentrate_is_apatite_not_rare_earth_concentrate()
    {
        // §62: a carbonatite mine's "phosphate concentrate" is apatite concentrate (products.csv alias), not rare earth concentrate.
        var text = "The mine would produce 35,000 tonnes a year of niobium concentrate and 400,000 tonnes a year of phosphate concentrate.";
        Fact(text, 400_000).ProductId.Should().Be("apatite");
        NoFact(text, 35_000);
    }

    [Fact]
    public void Bare_concentrate_next_to_a_minerals_concentrate_is_that_mineral()
    {
        // §62: "agreed to sell its xenotime concentrate ... will buy up to 2,000 tonnes a year of concentrate" is xenotime (the
        // next sentence); two sentences on, with no determiner, the generic row stays.
        var text = "Kolbe Minerals has agreed to sell its xenotime concentrate to Tarvik Refining. Under the deal, Tarvik will buy up to 2,000 tonnes a year of concentrate grading about 30% TREO.";
        Fact(text, 2_000).ProductId.Should().Be("xenotime");
        var far = "Kolbe Minerals has agreed to sell its xenotime concentrate to Tarvik Refining. Shares rose 4%. Separately, Brakefell Mining produced 3,000 tonnes of concentrate in the quarter.";
        Fact(far, 3_000).ProductId.Should().Be("rare-earth-concentrate");
    }

    [Fact]
    public void A_world_total_in_a_while_clause_after_a_countrys_figure_is_nobodys()
    {
        // §60: "X said China's output rose to N, while global demand reached M": the world total is nobody's, not China's.
        var text = "Halvern Research Ltd said China's output of NdPr oxide rose to 92,000 tonnes in 2025, while global demand for NdPr oxide reached 108,000 tonnes.";
        Fact(text, 92_000).SubjectId.Should().Be("CN");
        Fact(text, 108_000).SubjectName.Should().BeNull();
    }

    [Fact]
    public void Demand_in_a_region_is_nobodys()
    {
        // §60: "..., while demand in Europe was about 6,000 tonnes": a region's demand, not the previous country's.
        var text = "Japan's magnet makers consumed 9,500 tonnes of NdPr oxide in 2025, while demand in Europe was about 6,000 tonnes.";
        Fact(text, 6_000).SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_cause_after_driven_by_does_not_own_a_countrys_figure()
    {
        // §60: "Korea's demand ... will reach N, driven by X and Y": the country's, not the first company after "driven by".
        var text = "South Korea's demand for NdFeB magnets is expected to reach 9,000 tons in 2030, driven by Tarvik Motors Co and Kolbe Electronics Co.";
        Fact(text, 9_000).SubjectId.Should().Be("KR");
        // A passive agent still owns the figure: "1,200 tonnes were shipped by X".
        Fact("About 1,200 tonnes of concentrate were shipped by Tarvik Minerals Ltd in the quarter.", 1_200).SubjectName.Should().Be("Tarvik Minerals Ltd");
    }

    [Fact]
    public void A_country_expected_to_act_is_the_subject_not_the_one_who_expects()
    {
        // §60: "X expects the United States to consume N" (also "The firm expects ..."): the country's, not X's.
        var text = "Halvern Research Ltd expects the United States to consume 18,000 tonnes of NdFeB magnets by 2030, up from about 9,000 tonnes in 2025.";
        Fact(text, 18_000).SubjectId.Should().Be("US");
        Fact(text, 9_000).SubjectId.Should().Be("US");
        var anaphor = "Halvern Research Ltd published its outlook on Tuesday. The firm expects the United States to consume 18,000 tonnes of NdFeB magnets by 2030.";
        Fact(anaphor, 18_000).SubjectId.Should().Be("US");
    }

    [Fact]
    public void A_quoted_we_after_a_countrys_figure_is_the_speakers_company()
    {
        // §60: "'Australian supply is now 12,000 t, and we contribute 8,000 t of that,' said X's chief": the 12,000 t is the
        // country's, the 8,000 t the speaker's company.
        var text = "Tarvik Rare Metals Ltd Managing Director Helen Marsh said: \"Australian supply is now about 12,000 tonnes of NdPr a year, and we are proud to contribute 8,000 tonnes of that.\"";
        Fact(text, 12_000).SubjectId.Should().Be("AU");
        Fact(text, 8_000).SubjectName.Should().Be("Tarvik Rare Metals Ltd");
    }

    [Fact]
    public void A_company_in_a_where_aside_does_not_own_a_countrys_figure()
    {
        // §60: "In the US, imports from Estonia, where X runs a plant, rose to N": the aside only says where X works.
        var text = "In the US, imports of rare earth compounds from Estonia, where Kolbe Metals Ltd runs a separation plant, rose to 95 tonnes in October.";
        Fact(text, 95).SubjectId.Should().Be("US");
        var province = "Inner Mongolia, where Kolbe Metals Ltd mines the Bayan Obo deposit, produced about 190,000 tons of rare earth oxide last year.";
        Fact(province, 190_000).SubjectId.Should().Be("CN");
    }

    [Fact]
    public void A_country_in_an_organisations_name_cited_as_source_is_not_the_subject()
    {
        // §60: "Brazil holds reserves of N according to the US Geological Survey, but mined only M": Brazil's, not the survey's country.
        var text = "Brazil holds the world's third-largest rare earth reserves, 21 million tonnes according to the US Geological Survey, but mined only 20 tonnes in 2024.";
        Fact(text, 21_000_000).SubjectId.Should().Be("BR");
        Fact(text, 20).SubjectId.Should().Be("BR");
    }

    [Fact]
    public void A_short_form_of_a_name_that_starts_with_a_country_word_is_the_organisation()
    {
        // §60: "Thai Duong Group produced ... Thai Duong shipped 1,800 tonnes": the group's, not Thailand's.
        var text = "Vietnamese miner Thai Duong Group produced 2,300 tonnes of concentrate in 2025. Thai Duong shipped 1,800 tonnes of that concentrate to China.";
        Fact(text, 1_800).SubjectId.Should().Be("thai-duong-group");
    }

    [Fact]
    public void What_unnamed_buyers_of_one_nationality_consume_is_nobodys()
    {
        // §60: "Japanese magnet makers as a group consumed N" is market demand, not Japan's; what they produce stays the country's.
        var text = "Japanese magnet makers as a group consumed 9,500 tonnes of NdPr oxide in 2025, down from 10,200 tonnes.";
        Fact(text, 9_500).SubjectName.Should().BeNull();
        Fact(text, 10_200).SubjectName.Should().BeNull();
        Fact("German carmakers bought about 2,000 tonnes of magnets last year.", 2_000).SubjectName.Should().BeNull();
        Fact("Chinese smelters produced 270,000 tonnes of rare earth oxide last year.", 270_000).SubjectId.Should().Be("CN");
    }

    [Fact]
    public void A_country_anaphor_is_the_country_named_most_as_an_actor_not_as_a_route()
    {
        // §60: a Vietnamese story naming China mostly as a destination or exclusion: "The government" is Vietnam.
        var text = "HANOI, March 4 (Reuters) - Vietnam's rare earth exports rose to 3,900 tonnes in 2025, most of them to China. "
                   + "Buyers in China took most of the volume, and shipments to China rose again, as Vietnam is the only separator outside China in the region. "
                   + "The government wants domestic output of 20,000 tonnes a year by 2030.";
        Fact(text, 20_000).SubjectId.Should().Be("VN");
    }

    [Fact]
    public void A_definite_figure_whose_relative_clause_has_a_country_acting_is_the_countrys()
    {
        // §60: "X produced N, a fraction of the 270,000 tonnes China mined": China's, not X's.
        var text = "Tarvik Rare Earths Ltd produced 10,600 tonnes of NdPr oxide last year, a fraction of the 270,000 tonnes China mined.";
        Fact(text, 10_600).SubjectName.Should().Be("Tarvik Rare Earths Ltd");
        Fact(text, 270_000).SubjectId.Should().Be("CN");
        Fact("Kolbe Metals Ltd shipped 900 tonnes, compared with the 44,000 tonnes of magnets that the United States imported.", 44_000).SubjectId.Should().Be("US");
    }

    [Fact]
    public void A_shipper_in_a_comma_closed_aside_does_not_own_a_countrys_exports()
    {
        // §60: "Malaysia's exports ..., all shipped by X, rose to N": the reporting country's, not the shipper's.
        var text = "Malaysia's exports of mixed carbonate to China, all shipped by Kolbe Metals Sdn Bhd, rose to 3,200 tonnes in October.";
        Fact(text, 3_200).SubjectId.Should().Be("MY");
    }

    [Fact]
    public void A_leader_in_a_comma_closed_aside_does_not_own_a_countrys_output()
    {
        // §60: "Vietnamese output, led by X, rose to N": the country's, not X's.
        var text = "Vietnamese output, led by Kolbe Rare Earth JSC, rose to 4,300 tonnes last year.";
        Fact(text, 4_300).SubjectId.Should().Be("VN");
        // Without the aside the company's own figure stays its: "X, led by its new chief, produced N".
        Fact("Kolbe Rare Earth JSC, led by its new chief executive, produced 1,450 tonnes last year.", 1_450).SubjectName.Should().Be("Kolbe Rare Earth JSC");
    }

    [Fact]
    public void A_possessor_right_before_the_figure_owns_it_after_an_anaphor()
    {
        // §60: "The company's output compares with X's 10,600 tonnes": X's, not the anaphor's company.
        var text = "Tarvik Minerals Ltd produced 620 tonnes of carbonate in the quarter. The company's output compares with Kolbe Rare Earths Ltd's 10,600 tonnes of NdPr oxide last year.";
        Fact(text, 10_600).SubjectName.Should().Be("Kolbe Rare Earths Ltd");
    }

    [Fact]
    public void An_aside_between_commas_does_not_lend_its_measure_to_the_main_verb()
    {
        // §61: "India, with reserves of N, mined M": "mined" right after the aside's closing comma is the main verb, nearer than the aside's noun.
        var text = "India, with reserves of 6.9 million tonnes, mined 2,900 tonnes of rare earth oxides in 2025. "
                   + "Brazil, which holds reserves of 21 million tonnes, mined 80 tonnes in 2025. "
                   + "Vietnam, whose reserves were revised down to 3.5 million tonnes, mined 300 tonnes in 2025.";
        Fact(text, 6_900_000).Measure.Should().Be(Measures.Reserve);
        Fact(text, 2_900).Measure.Should().Be(Measures.Production);
        Fact(text, 21_000_000).Measure.Should().Be(Measures.Reserve);
        Fact(text, 80).Measure.Should().Be(Measures.Production);
        Fact(text, 300).Measure.Should().Be(Measures.Production);
        // The aside's own figure keeps the aside's measure ("mined" has a figure of its own).
        Fact(text, 3_500_000).Measure.Should().Be(Measures.Reserve);
    }

    [Fact]
    public void A_country_or_producer_that_mined_is_production()
    {
        // §61: a country, a named producer or a pronoun for one as the subject of "mined"/"mines"/"extracted" is production,
        // also when it opens the sentence and no "production" is near.
        Fact("China mined 270,000 tonnes in 2025, unchanged from the previous year and in line with its mining quota.", 270_000)
            .Measure.Should().Be(Measures.Production);
        Fact("The United States mined 45,000 tonnes of rare-earth oxide equivalent in concentrate at Mountain Pass, California.", 45_000)
            .Measure.Should().Be(Measures.Production);
        Fact("Tarvik Rare Earths Ltd said in its annual report that it mined 1.2 million tonnes of ore at its Yarrabee mine in the year to June 30.", 1_200_000)
            .Measure.Should().Be(Measures.Production);
        Fact("Myanmar extracted 31,000 tonnes of rare earths in 2024.", 31_000).Measure.Should().Be(Measures.Production);
        Fact("The company mined 182,000 tonnes of ore in the June quarter, in line with its reserve plan.", 182_000).Measure.Should().Be(Measures.Production);
        Fact("The country has mined 2,900 tonnes so far this year against a quota of 4,000 tonnes.", 2_900).Measure.Should().Be(Measures.Production);
        // Ore described as mined is no production cue (T73).
        Fact("Officers seized 300 tonnes of illegally mined ore near the border.", 300).Measure.Should().NotBe(Measures.Production);
    }

    [Fact]
    public void A_clause_after_while_with_its_own_measure_noun_stands_on_its_own()
    {
        // §61: ", while inventories at separation plants rose to N": the new clause's noun decides, not the first clause's verb.
        var text = "Tarvik Rare Earths Ltd produced 4,000 tonnes of NdPr oxide in 2025, while inventories at separation plants rose to 1,500 tonnes.";
        Fact(text, 4_000).Measure.Should().Be(Measures.Production);
        Fact(text, 1_500).Measure.Should().Be(Measures.Stockpile);
        var exports = "Quellon Metals Ltd exported 2,000 tonnes of oxide in October, while stocks at its Kuantan plant fell to 600 tonnes.";
        Fact(exports, 600).Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void A_volume_contracted_is_an_offtake()
    {
        // §61: "has contracted a further 9,000 tonnes for delivery through 2030", "contracted 1,400 tonnes of scrap for 2026":
        // a volume put under contract, not a delivery or a stock; "output contracted to N" (shrank) is not one.
        var text = "Quellon Trading Corp delivered 2,000 tonnes of NdPr oxide to Japanese customers in the half, and has contracted a further 9,000 tonnes for delivery through 2030.";
        Fact(text, 2_000).Measure.Should().Be(Measures.Shipment);
        Fact(text, 9_000).Measure.Should().Be(Measures.Offtake);
        Fact("Tarvik Recycling Inc has contracted 1,400 tonnes of end-of-life magnets from U.S. recyclers for 2026 and held 250 tonnes of feed in stock at the end of October.", 1_400)
            .Measure.Should().Be(Measures.Offtake);
        Fact("Tarvik Rare Earths Ltd said output contracted to 3,000 tonnes of NdPr oxide in 2025.", 3_000).Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_disposal_from_a_stockpile_is_a_sale()
    {
        // §61: "the disposal of 500 tonnes of cerium compounds" from a state stockpile is material sold off, like a release (§55).
        var text = "The stockpile's annual materials plan approved the acquisition of 250 tonnes of samarium-cobalt alloy and the disposal of 500 tonnes of cerium compounds.";
        Fact(text, 500).Measure.Should().Be(Measures.Sales);
        // "the disposal of N" heads its own figure, not the acquisition's before it.
        Fact(text, 250).Measure.Should().NotBe(Measures.Sales);
        Fact("The agency disposed of 120 tonnes of lanthanum from the stockpile in fiscal 2025.", 120).Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void Orders_are_an_offtake()
    {
        // §61: "orders in the pipeline totalled 1,800 tonnes": volumes customers have ordered, like "ordered" (§44).
        var text = "Kolbe Magnetics Ltd produced 620 tonnes of magnets in 2025, and said orders in the pipeline totalled 1,800 tonnes.";
        Fact(text, 620).Measure.Should().Be(Measures.Production);
        Fact(text, 1_800).Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void An_export_under_an_agreement_stays_an_export()
    {
        // §61: "exported 1,000 tonnes to Japan under a long-standing agreement": the flow verb decides; the agreement is its frame.
        var text = "Quellon Rare Earths Ltd produced 4,500 tonnes of rare earth oxides in the year and exported 1,000 tonnes to Japan under a long-standing agreement with Tarvik Trading Corp, while domestic sales were 2,100 tonnes.";
        Fact(text, 1_000).Measure.Should().Be(Measures.Export);
        Fact(text, 2_100).Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void Material_on_hand_is_a_stock()
    {
        // §61: "had N on hand" is a stock like "in stock" (and material in transit stays a stock, §34), even with a purchase
        // later in the sentence.
        Fact("The Korea Mine Rehabilitation and Mineral Resources Corp said it had 2,400 tonnes of rare earths on hand and had been allocated a budget to buy a further 500 tonnes next year.", 2_400)
            .Measure.Should().Be(Measures.Stockpile);
        Fact("Traders said 3,000 tonnes of Myanmar ionic clay concentrate was in transit to Ganzhou.", 3_000).Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void A_verb_after_and_with_its_own_figure_is_not_the_earlier_figures_cue()
    {
        // §61: "received its first 120 tonnes of swarf in October and will process 2,000 tonnes a year": "process" is the
        // 2,000 t's cue (capacity); the feed received is not a capacity.
        var text = "Tarvik Recycling Inc said its plant received its first 120 tonnes of magnet swarf in October and will process 2,000 tonnes of scrap a year at full rate.";
        Fact(text, 2_000).Measure.Should().Be(Measures.Capacity);
        Fact(text, 120).Measure.Should().NotBe(Measures.Capacity);
        // "X Ltd (ASX: XYZ) mined N ... and produced M": "mined" after the ticker is N's cue, not the later verb.
        var ore = "Quellon Rare Earths Ltd (ASX: QRE) mined 182,400 wet tonnes of ore during the quarter and produced 1,146 t of rare earth concentrate.";
        Fact(ore, 182_400).Measure.Should().Be(Measures.Production);
        Fact(ore, 1_146).Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_named_unit_acting_after_its_unit_noun_owns_the_figure()
    {
        // §65: "where its unit X holds reserves of N", "under which subsidiary X will deliver N": a name in apposition to a
        // unit noun, acting in its own clause, is the subject, not the parent named first.
        Fact("The plan allows Kolbe Mining Corp to mine up to 900,000 tonnes of ore a year at the Tarn deposit, where its unit Quellon Rare Earth Company holds reserves estimated at 1.4 million tonnes of REO.", 1_400_000)
            .SubjectName.Should().Be("Quellon Rare Earth Company");
        Fact("Kolbe Resources Ltd signed a binding agreement under which subsidiary Quellon Mining Ltd will deliver 2,000 tonnes a year of mixed rare earth carbonate to its refinery.", 2_000)
            .SubjectName.Should().Be("Quellon Mining Ltd");
        // Not after a preposition: "a deal with its unit X for 500 t" keeps the sentence's subject.
        Fact("Kolbe Resources Ltd signed a deal with its unit Quellon Mining Ltd for 500 tonnes of carbonate.", 500)
            .SubjectName.Should().Be("Kolbe Resources Ltd");
    }

    [Fact]
    public void A_description_with_a_demonym_and_a_maker_noun_is_the_company_not_the_country()
    {
        // §65: "the Chinese magnet maker plans to add a 3,000-tonne plant": the description is the magnet maker named before,
        // not China.
        var text = "Ningbo Yunsheng said it produced 9,200 tonnes of magnets in 2025. Capacity stood at 12,000 tonnes at year-end and the Chinese magnet maker plans to add a 3,000-tonne plant in Mexico by 2027.";
        Fact(text, 3_000).SubjectId.Should().Be("ningbo-yunsheng");
    }

    [Fact]
    public void Regional_totals_and_unnamed_groups_are_nobodys()
    {
        // §65: output "in A and B" (several places, no name), the combined capacity of unnamed makers a city hosts, and demand a
        // forecaster expects unnamed users to add are nobody's, not the previous or the forecasting company's.
        Fact("Kolbe Magnetics Corp produced 6,200 tonnes of magnets last year. NdFeB output in Ningbo and Baotou was estimated at 21,000 tonnes in October.", 21_000)
            .SubjectName.Should().BeNull();
        Fact("Kolbe Magnetics Corp commissioned its new line on Tuesday. Ningbo now hosts 40 magnet makers with combined capacity of about 180,000 tonnes.", 180_000)
            .SubjectName.Should().BeNull();
        Fact("Demand will rise sharply, Morgan Stanley said. Morgan Stanley estimated that electric two-wheelers would add 9,000 tonnes of magnet demand a year by 2028.", 9_000)
            .SubjectName.Should().BeNull();
        // What a named company is expected to add stays its own.
        Fact("Morgan Stanley said that Kolbe Magnetics Corp will add 9,000 tonnes of magnet demand a year.", 9_000)
            .SubjectName.Should().Be("Kolbe Magnetics Corp");
    }

    [Fact]
    public void The_company_after_an_agency_clause_is_the_articles_company()
    {
        // §65: ", and the company said it had shipped a 30-tonne batch" after an agency's investment clause is the article's
        // company, not the agency.
        var text = "Kolbe Magnetics Corp will raise output at its Ohio plant, Kolbe Magnetics Corp said. The U.S. International Development Finance Corporation has agreed to invest $40 million for a minority stake, and the company said it had shipped a 30-tonne batch of magnets to a German carmaker.";
        Fact(text, 30).SubjectName.Should().Be("Kolbe Magnetics Corp");
    }

    [Fact]
    public void A_nationwide_figure_before_a_speaking_agency_is_the_countrys()
    {
        // §65: "Sediment accumulated across the country holds an estimated 2 million tonnes of rare earths, Department of Energy
        // officials said": the country, not the agency that speaks after the figure.
        var text = "WASHINGTON - The United States Department of Energy awarded $12 million to Kolbe Minerals Corp for a pilot plant in the United States. Sediment accumulated across the country holds an estimated 2 million tonnes of rare earths, Department of Energy officials said.";
        Fact(text, 2_000_000).SubjectId.Should().Be("US");
    }

    [Fact]
    public void A_quoted_we_with_a_pronoun_speaker_is_the_company_of_the_speaker_introduced_earlier()
    {
        // §65: "'We shipped our first 250 tonnes this year,' he added." after "said the head of X's European business" and a
        // sentence naming a supplier: X, not the supplier named last.
        var text = "\"We are sold out for next year,\" said the head of Kolbe Magnetics Corp's European business at the Tarn plant. To fill the gap, the company has agreed to buy oxide from Quellon Rare Earths Ltd. \"We shipped our first 250 tonnes of magnets to customers this year,\" he added.";
        Fact(text, 250).SubjectName.Should().Be("Kolbe Magnetics Corp");
    }

    [Fact]
    public void What_an_expansion_takes_a_plant_to_is_its_capacity()
    {
        // §64 (dev5 F18, F38): "a second phase would take the site to 5,000 tonnes", "Phase two will take us to 12,000 tonnes":
        // the new size of the plant, capacity with an implied yearly period, not an offtake and not the earlier clause's year.
        var text = "Korvane Rare Earths Ltd said its Taroona plant produced 2,150 tonnes of NdPr oxide in 2025 and that a second phase would take the plant to 6,000 tonnes.";
        Fact(text, 2_150).Period.Should().Be(Periods.Year);
        Fact(text, 6_000).Measure.Should().Be(Measures.Capacity);
        Fact(text, 6_000).Period.Should().Be(Periods.PerYearImplied);
        var quote = "Tianqu Holdings said expansion to phase three will take its Longnan separation line to 9,000 tonnes of oxide.";
        Fact(quote, 9_000).Measure.Should().Be(Measures.Capacity);
        Fact(quote, 9_000).Period.Should().Be(Periods.PerYearImplied);
        // A take-over of material is still an offtake.
        Fact("Hokuen Trading Corp will take 900 tonnes of NdPr oxide a year from Korvane Rare Earths Ltd.", 900).Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void An_allotted_share_is_a_quota_of_the_year()
    {
        // §64 (dev5 F02): "was allotted 33,600 tonnes, including 9,800 tonnes ... from ionic clay deposits": a share of the
        // year's quota, not a resource of the deposits named after it.
        var text = "China's Ministry of Industry and Information Technology set the 2026 mining quota at 142,000 tonnes. Ganlin Rare Earth Group was allotted 31,000 tonnes, including 8,500 tonnes of medium and heavy rare earths from ionic clay deposits in Jiangxi.";
        Fact(text, 31_000).Measure.Should().Be(Measures.Quota);
        Fact(text, 31_000).Period.Should().Be(Periods.Year);
        Fact(text, 8_500).Measure.Should().Be(Measures.Quota);
        Fact(text, 8_500).Period.Should().Be(Periods.Year);
        // A mining allowance is a quota, and an allotted share of capacity stays capacity (T10).
        Fact("Ganlin Rare Earth Group received a mining allowance of 31,000 tonnes for 2026.", 31_000).Measure.Should().Be(Measures.Quota);
        Fact("The scheme aims to build 6,000 tonnes of magnet capacity, with each beneficiary allotted up to 1,200 tonnes.", 1_200)
            .Measure.Should().Be(Measures.Capacity);
    }

    [Fact]
    public void Ore_extracted_in_trial_mining_is_one_campaign()
    {
        // §64 (dev5 F21): "start trial mining ... next summer, extracting 50,000 tonnes of ore": production, one campaign
        // (not an offtake from a supply deal later in the sentence, not the month it starts).
        var text = "Tianqu Holdings will begin trial mining at its Dingnan project in April, extracting 30,000 tonnes of ore for pilot processing, and has signed a memorandum to supply up to 10,000 tonnes a year of concentrate to a US buyer.";
        Fact(text, 30_000).Measure.Should().Be(Measures.Production);
        Fact(text, 30_000).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void In_the_period_after_a_plants_yearly_size_takes_the_storys_window()
    {
        // §64 (dev5 F26): "The plant, which can treat 25,000 tonnes a year, processed 15,200 tonnes in the period": the aside's
        // rate sizes the plant; "in the period" is the window named before (the year to June 30), and so is "over the same
        // twelve months".
        var text = "The Mid West Ports Authority said 18,300 tonnes of rare earth concentrate were exported through the port in the year to June 30. "
                   + "Tarrant Minerals Ltd's cracking plant, which can treat 20,000 tonnes of concentrate a year, processed 11,700 tonnes in the period. "
                   + "Tarrant's Malaysian unit received 6,100 tonnes of concentrate over the same twelve months.";
        Fact(text, 20_000).Period.Should().Be(Periods.PerYear);
        Fact(text, 11_700).Period.Should().Be(Periods.Year);
        Fact(text, 6_100).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_past_purchase_with_no_window_is_one_deal()
    {
        // §64 (dev5 F35): "In the meantime, X bought 2,500 tonnes of monazite from Y" after a yearly plan: one deal, not the plan's rate.
        var text = "Its subsidiary Toliara Sands Ltd will produce about 21,800 tonnes a year of monazite once operations start in 2028. "
                   + "In the meantime, Quellon Rare Earths Ltd bought 2,500 tonnes of monazite from a Brazilian sand miner.";
        Fact(text, 2_500).Measure.Should().Be(Measures.Offtake);
        Fact(text, 2_500).Period.Should().Be(Periods.OneOff);
        // A purchase with a rate of its own keeps it.
        Fact("Quellon Rare Earths Ltd bought 2,500 tonnes of monazite a year from a Brazilian sand miner under a 2024 contract.", 2_500)
            .Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void The_parts_a_sentence_lists_of_the_figure_before_share_its_measure_and_window()
    {
        // §64 (dev5 F07): "will buy 1,200 tonnes for the state stockpile next year. The purchases will include 85 tonnes of
        // dysprosium oxide and 20 tonnes of terbium oxide": parts of the stockpile purchase, in its year, not offtakes.
        var text = "Japan Organization for Metals and Energy Security will buy 640 tonnes of rare earths for the national stockpile in fiscal 2026. "
                   + "The purchases will include 45 tonnes of dysprosium oxide and 12 tonnes of terbium oxide.";
        Fact(text, 45).Measure.Should().Be(Measures.Stockpile);
        Fact(text, 45).Period.Should().Be(Periods.Year);
        Fact(text, 12).Measure.Should().Be(Measures.Stockpile);
        Fact(text, 12).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_sale_at_an_average_price_is_one_lot()
    {
        // §64 (dev5 F33): "sold 1,600 mt of PrNd oxide at its November listing at an average of 605,000 yuan/mt": a deal at a
        // price, one lot (§53), not a year's sales.
        var text = "Baotou Qilin Rare Earth Co sold 1,600 mt of PrNd oxide at its November listing at an average of 605,000 yuan/mt, traders said.";
        Fact(text, 1_600).Measure.Should().Be(Measures.Sales);
        Fact(text, 1_600).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void Feed_consumed_is_a_completed_amount()
    {
        // §64 (dev5 F29): "The company consumed 9,350 tonnes of rare earth raw materials" in an annual report: other, a year's
        // amount like "produced" (was unknown).
        var text = "Kolbe Magnetics Ltd said in its 2025 annual report that it produced 31,200 tonnes of NdFeB magnets. The company consumed 9,350 tonnes of rare earth raw materials.";
        Fact(text, 9_350).Measure.Should().Be(Measures.Other);
        Fact(text, 9_350).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void An_all_of_it_aside_after_an_of_the_whole_phrase_names_the_figures_material()
    {
        // §66: "received 104,600 tonnes of the mining allocation, all of it light rare earths": the short "of the" phrase between
        // the figure and the aside does not hide the aside; the next company's figure keeps the quota's oxide.
        var text = "Beijing set the mining quota at 148,000 tonnes of rare earth oxide. Quellon Rare Earth received 104,600 tonnes of the mining allocation, all of it light rare earths, while Tarvik Rare Earth Group was allotted 43,400 tonnes.";
        Fact(text, 104_600).ProductId.Should().Be("light-rare-earths");
        Fact(text, 43_400).ProductId.Should().Be("reo");
    }

    [Fact]
    public void The_sentence_after_a_contained_restatement_goes_on_about_the_output()
    {
        // §66: "19,000 tonnes a year of MREC, containing about 4,200 tonnes of NdPr oxide. It agreed to sell 5,000 tonnes a year":
        // the contained oxide restates the output; the sale is of the carbonate.
        var text = "Quellon Minerals Plc expects to reach a run-rate of 19,000 tonnes a year of MREC, containing about 4,200 tonnes of NdPr oxide, by 2027. The company said it had agreed to sell 5,000 tonnes a year to a European separator.";
        Fact(text, 5_000).ProductId.Should().Be("mrec");
        Fact(text, 4_200).ProductId.Should().Be("ndpr-oxide");
    }

    [Fact]
    public void Rare_earths_borne_by_an_unnamed_rock_are_ore()
    {
        // §66: "process 20 tonnes a day of rare earth-bearing coal and clay": what bears the rare earths is the feed, ore.
        Fact("The pilot plant will process 20 tonnes a day of rare earth-bearing coal and clay and produce about 25 tonnes a year of mixed rare earth oxide.", 20)
            .ProductId.Should().Be("rare-earth-ore");
        Fact("The company will truck 50,000 tonnes of REE-rich rock to the plant.", 50_000).ProductId.Should().Be("rare-earth-ore");
    }

    [Fact]
    public void Two_limits_set_side_by_side_share_the_material_written_after_the_second()
    {
        // §66: "setting the mining quota at 142,000 tonnes and the smelting and separation quota at 134,000 tonnes of rare earth
        // oxide": both quotas are of the oxide, not of the "rare earth quotas" named before.
        var text = "The ministry issued the first batch of 2026 rare earth quotas, setting the mining quota at 142,000 tonnes and the smelting and separation quota at 134,000 tonnes of rare earth oxide.";
        Fact(text, 142_000).ProductId.Should().Be("reo");
        Fact(text, 134_000).ProductId.Should().Be("reo");
    }

    [Fact]
    public void A_unit_note_right_after_a_figure_gives_its_basis()
    {
        // §66: "World rare-earth mine production rose to 412,000 tons in 2025. Data are in metric tons of rare-earth-oxide (REO)
        // equivalent.": the note gives the world figure its basis too, not only the figures after it.
        var text = "World rare-earth mine production rose to an estimated 412,000 tons in 2025, the survey said. Data are in metric tons of rare-earth-oxide (REO) equivalent unless otherwise noted. China again led with 280,000 tons.";
        Fact(text, 412_000).ProductId.Should().Be("reo");
        Fact(text, 280_000).ProductId.Should().Be("reo");
    }

    [Fact]
    public void A_counted_definite_group_term_points_back_to_the_groups_product()
    {
        // §66: "dysprosium and terbium oxides ... about 160 tonnes a year of the two heavy rare earths": the oxides (hreo), not
        // heavy rare earths in general.
        var text = "Tarvik Trading Corp agreed to buy up to 100 tonnes a year of dysprosium and terbium oxides from Quellon Rare Earths Ltd. The Quellon plant is designed to produce about 160 tonnes a year of the two heavy rare earths.";
        Fact(text, 160).ProductId.Should().Be("hreo");
        Fact("Quellon Rare Earths Ltd will produce about 160 tonnes a year of heavy rare earths.", 160).ProductId.Should().Be("heavy-rare-earths");
    }

    [Fact]
    public void Makers_capacity_is_of_what_they_make()
    {
        // §66: "26 magnet producers with combined capacity of roughly 140,000 tonnes" after an NdPr metal supply figure: the
        // producers' capacity is magnets, not the metal carried from the sentence before.
        var text = "The new lines will run on NdPr metal from Quellon Rare Earth, which has agreed to supply 3,000 tonnes a year. The city now hosts 26 magnet producers with combined capacity of roughly 140,000 tonnes.";
        Fact(text, 140_000).ProductId.Should().Be("ndfeb-magnet");
        Fact(text, 3_000).ProductId.Should().Be("ndpr-metal");
    }

    [Fact]
    public void Bare_concentrate_output_two_sentences_on_is_the_projects_mineral_concentrate()
    {
        // §66: "48,000 tonnes per annum of monazite concentrate. Ore Reserves stand at 118 Mt ... Life-of-mine concentrate output
        // totals roughly 2.1 million tonnes": the project's concentrate is monazite.
        var text = "The study outlines an operation to produce 48,000 tonnes per annum of monazite concentrate grading 55% TREO. Ore Reserves stand at 118 Mt at 2.31% TREO. Life-of-mine concentrate output totals roughly 2.1 million tonnes.";
        Fact(text, 2_100_000).ProductId.Should().Be("monazite");
    }

    [Fact]
    public void Another_commoditys_producer_with_its_output_is_no_rare_earth_mass()
    {
        // §66: "Chile, the world's second-largest lithium producer with 49,000 tonnes of output last year, has no rare earth
        // production": the output is lithium's, not rare earths carried from the sentence before.
        var text = "Quellon Rare Earths Ltd produced 2,000 tonnes of rare earth oxide last year. Chile, the world's second-largest lithium producer with 49,000 tonnes of output last year, has no rare earth production today.";
        NoFact(text, 49_000);
        Fact(text, 2_000).ProductId.Should().Be("reo");
    }

    [Fact]
    public void A_relative_clause_after_a_venture_apposition_is_about_the_venture()
    {
        var text = "Kolbe Minerals Ltd drew on its experience with Tarvik Metals Ltd, its former joint venture with Quellon Rare Earths Ltd, "
                   + "which made about 1,000 tonnes of rare earth compounds a year at its peak.";
        Fact(text, 1_000).SubjectName.Should().Be("Tarvik Metals Ltd");
        // A relative clause right after a name with no apposition is still that name's.
        Fact("Kolbe Minerals Ltd buys feed from Quellon Rare Earths Ltd, which made about 1,000 tonnes of carbonate last year.", 1_000)
            .SubjectName.Should().Be("Quellon Rare Earths Ltd");
    }

    [Fact]
    public void Brought_in_is_an_import_and_ramped_up_to_is_output()
    {
        var text = "Japan's imports of rare earth compounds fell to 1,126 tonnes in October. Malaysia supplied 160 tonnes. "
                   + "For January through October, Japan brought in 13,480 tonnes, 15% less than a year earlier.";
        Fact(text, 13_480).Measure.Should().Be(Measures.Import);
        var laos = "Chinese imports of carbonate from Myanmar rebounded to 2,000 tonnes in October. In Laos, a heap-leach operation run by "
                   + "Kolbe Ionic Ltd has ramped up to about 150 tonnes a month of carbonate.";
        Fact(laos, 150).Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void The_expansion_opening_a_sentence_stands_for_the_company()
    {
        var text = "Shin-Etsu Chemical will raise output of sintered neodymium magnets at its Takefu plant by 30% from next April, Japan Metal Daily "
                   + "reported, citing company officials. The expansion will add about 2,000 tonnes a year, taking the group's magnet capacity in "
                   + "Japan to some 8,500 tonnes a year.";
        Fact(text, 2_000).SubjectId.Should().Be("shin-etsu");
    }

    [Fact]
    public void An_old_value_written_without_its_unit_is_a_second_figure()
    {
        // §67: "came in at 720 metric tons, up from 597 in the second quarter": the old value takes the figure's unit.
        var text = "Quellon Rare Earths Ltd said NdPr oxide output came in at 720 metric tons in the quarter, up from 597 in the second quarter.";
        var old = Fact(text, 597);
        old.Measure.Should().Be(Measures.Production);
        old.Period.Should().Be(Periods.PerQuarter);
        // Not a year, not a share, not a count.
        TestFiles.Recognize("Quellon Rare Earths Ltd produced 2,400 tonnes of NdPr oxide, up from 2025 levels.").Tonnages.Should().ContainSingle();
        TestFiles.Recognize("Quellon Rare Earths Ltd produced 2,400 tonnes of NdPr oxide, up from 12% of the market.").Tonnages.Should().ContainSingle();
        TestFiles.Recognize("Kolbe Metals Ltd bought 2,400 tonnes of concentrate from 12 mines.").Tonnages.Should().ContainSingle();
    }

    [Fact]
    public void In_a_call_transcript_figures_that_name_nobody_are_the_calling_company()
    {
        // §67: speaker turns in an earnings-call transcript: "we" and an analyst's "you" are the company holding the call.
        var text = "Quellon Rare Earths Ltd - September quarter results call, edited transcript. Operator: Our next question comes from "
                   + "Jo Bloggs at Kolbe Securities Ltd. Jo Bloggs: Thanks. Last quarter you did 2,004 tonnes, and this one looks softer. "
                   + "Anna Smith (CEO): Sure. NdPr production for the quarter was 1,818 tonnes. Jo Bloggs: And the heavies? Anna Smith (CEO): "
                   + "We are building toward capacity of 12,000 tonnes a year of NdPr by 2027.";
        Fact(text, 1_818).SubjectName.Should().Be("Quellon Rare Earths Ltd");
        Fact(text, 12_000).SubjectName.Should().Be("Quellon Rare Earths Ltd");
        var last = Fact(text, 2_004);
        last.SubjectName.Should().Be("Quellon Rare Earths Ltd");
        last.Period.Should().Be(Periods.PerQuarter);
        // Without speaker turns the same sentences name nobody.
        Fact("Last quarter you did 2,004 tonnes, and this one looks softer.", 2_004).SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_product_that_came_in_at_a_figure_is_output()
    {
        // §67: "NdPr oxide came in at 720 metric tons": a product opening the clause with a verb of amount, no measure word.
        Fact("Quellon Rare Earths Ltd reported its September-quarter figures. NdPr oxide came in at 720 metric tons.", 720)
            .Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_markets_supply_opening_the_sentence_is_nobodys_output_and_a_shortfall_is_a_balance()
    {
        // §67: "Supply, including new projects in Australia, Brazil and the US, is forecast to reach 104,000 tonnes in 2030,
        // leaving a shortfall of about 8,000 tonnes": world output, nobody's; the shortfall is neither supply nor demand.
        var text = "Kolbe Research Ltd forecasts that global demand for NdPr oxide will rise to 112,000 tonnes in 2030. Supply, including new "
                   + "projects in Australia, Brazil and the US, is forecast to reach 104,000 tonnes in 2030, leaving a shortfall of about 8,000 tonnes.";
        var supply = Fact(text, 104_000);
        supply.Measure.Should().Be(Measures.Production);
        supply.SubjectId.Should().BeNull();
        var shortfall = Fact(text, 8_000);
        shortfall.Measure.Should().Be(Measures.Other);
        shortfall.SubjectId.Should().BeNull();
        // A company's supply deal stays an offtake.
        Fact("Quellon Rare Earths Ltd signed an agreement to supply 1,200 tonnes a year of NdPr oxide to Kolbe Motors Ltd.", 1_200)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Theory]
    [InlineData("Kelvara Research expects ex-China mine supply to reach 95,000 t REO in 2030.", 95_000)]
    [InlineData("Demand for NdPr oxide will reach 94 kilotonnes in 2030, against primary supply of 81 kilotonnes.", 81_000)]
    [InlineData("Analysts now see global supply of 120,000 tonnes in 2028.", 120_000)]
    public void A_markets_supply_named_with_its_qualifier_before_the_figure_is_output(string text, double value)
    {
        // "ex-China mine supply to reach", "against primary supply of": a market's supply, not a supply deal, even when the
        // clause opens on someone else (the forecaster, or demand).
        Fact(text, value).Measure.Should().Be(Measures.Production);
    }

    [Theory]
    [InlineData("Quellon Rare Earths Ltd agreed new supply of 500 tonnes a year of NdPr oxide for Kolbe Motors Ltd.", 500)]
    [InlineData("Kolbe Motors Ltd secured global supply of 500 tonnes a year of NdPr oxide under a contract with Quellon Rare Earths Ltd.", 500)]
    public void A_supply_deal_with_a_qualifier_stays_an_offtake(string text, double value)
    {
        Fact(text, value).Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void What_a_country_buys_for_a_strategic_reserve_is_its_stockpile()
    {
        // §67: "The Australian government will use its Critical Minerals Strategic Reserve to buy up to 2,000 tonnes a year".
        var fact = Fact("The Australian government will use its A$1.2 billion Critical Minerals Strategic Reserve to buy up to 2,000 tonnes a year "
                        + "of NdPr oxide from local producers from 2027.", 2_000);
        fact.Measure.Should().Be(Measures.Stockpile);
        fact.SubjectId.Should().Be("AU");
    }

    [Fact]
    public void Rare_earth_metals_and_compounds_together_are_rare_earths_in_general()
    {
        // §67: a customs line "rare earth metals and compounds" is the whole group, not the metal.
        Fact("Korea imported 3,480 tons of rare earth metals and compounds in the first nine months of the year.", 3_480)
            .ProductId.Should().Be("rare-earths");
    }

    [Fact]
    public void What_a_plant_will_be_able_to_do_is_its_size_and_doubling_that_is_too()
    {
        // §67: "which will be able to process 10,000 tonnes a year of concentrate and produce about 2,500 tonnes of oxides".
        var text = "Kolbe Metals Ltd said its refinery will be able to process 10,000 tonnes a year of rare earth concentrate and produce "
                   + "about 2,500 tonnes of separated oxides.";
        Fact(text, 2_500).Measure.Should().Be(Measures.Capacity);
        // "A second phase would double that to 10,000 tons": a new value of the capacity before.
        var phases = "Quellon Minerals Ltd expects to reach its phase-one capacity of 5,000 tons a year in 2026. A second phase would double that to 10,000 tons.";
        Fact(phases, 10_000).Measure.Should().Be(Measures.Capacity);
    }

    [Fact]
    public void Pounds_after_a_verb_of_money_are_sterling()
    {
        // §67: "The expansion will cost 85 million pounds" is money, not 38,555 tonnes.
        var result = TestFiles.Recognize("Kolbe Metals Ltd will triple capacity to 1,500 tonnes a year. The expansion will cost 85 million pounds and add 120 jobs.");
        result.Tonnages.Should().ContainSingle(f => f.Max == 1_500);
        result.Tonnages.Should().NotContain(f => f.Max > 30_000);
        // Pounds of material stay a mass.
        Fact("The Defense Logistics Agency intends to acquire 1.1 million pounds of NdPr oxide for the stockpile.", 1_100_000 * 0.00045359237)
            .Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void A_quota_shared_out_takes_its_basis_its_portions_and_its_holder()
    {
        // §67: an MIIT quota story: a basis stated after the figures, portions "for" a group after "Of the mining quota,", and
        // companies' shares "of the mining quota" on the whole quota's basis.
        var text = "BEIJING, Nov 21 - China's Ministry of Industry and Information Technology has issued the first batch of 2026 rare earth quotas, "
                   + "setting the mining quota at 142,000 tonnes and the smelting and separation quota at 134,500 tonnes, both in rare earth oxide terms. "
                   + "Of the mining quota, 132,000 tonnes is for light rare earths. China Northern Rare Earth received 96,300 tonnes of the mining quota. "
                   + "The first batch compares with 135,000 tonnes of mining quota in the first batch a year earlier.";
        Fact(text, 142_000).ProductId.Should().Be("reo");
        Fact(text, 134_500).ProductId.Should().Be("reo");
        Fact(text, 132_000).ProductId.Should().Be("light-rare-earths");
        var share = Fact(text, 96_300);
        share.ProductId.Should().Be("reo");
        share.SubjectId.Should().Be("china-northern-rare-earth");
        var earlier = Fact(text, 135_000);
        earlier.ProductId.Should().Be("reo");
        earlier.SubjectId.Should().Be("CN");
    }

    [Fact]
    public void A_unit_named_after_a_day_or_a_relative_preposition_acts_in_its_own_clause()
    {
        Fact("PERTH (Reuters) - Arcadia Minerals said on Wednesday its unit Tindale Rare Earths Pty Ltd holds a resource of 142 million "
             + "tonnes of ore at the Tindale project.", 142_000_000).SubjectName.Should().Be("Tindale Rare Earths Pty Ltd");
        Fact("Brandt Metals Ltd has secured feed under an agreement in which its subsidiary Brandt Namibia Ltd will supply 1,800 tonnes a "
             + "year of rare earth carbonate.", 1_800).SubjectName.Should().Be("Brandt Namibia Ltd");
        // An irregular past ("made") is the unit acting too.
        Fact("Sorel Magnetics SA said on Tuesday its subsidiary Vireo Lacq SAS made 410 tonnes of sintered NdFeB magnets in the first quarter.", 410)
            .SubjectName.Should().Be("Vireo Lacq SAS");
        // A preposition before the unit noun still keeps the sentence's subject.
        Fact("Brandt Metals Ltd signed a deal with its subsidiary Brandt Namibia Ltd for 1,800 tonnes a year of carbonate.", 1_800)
            .SubjectName.Should().Be("Brandt Metals Ltd");
    }

    [Fact]
    public void Stocks_of_unnamed_plants_or_what_unnamed_makers_did_together_are_nobodys()
    {
        var stocks = "Kestrel Rare Earth Ltd said on Monday it had sold 3,200 tonnes of NdPr oxide in May. Inventories at separation plants "
                     + "fell to an estimated 5,600 tonnes by the end of the month, market participants said.";
        Fact(stocks, 5_600).SubjectName.Should().BeNull();
        var makers = "Sorel Magnetics SA expects group sales of 1,900 tonnes of magnets this year. European magnet makers together produced "
                     + "about 1,200 tonnes in the quarter.";
        Fact(makers, 1_200).SubjectName.Should().BeNull();
        // The company's own stocks stay the company's.
        Fact("Kestrel Rare Earth Ltd said on Monday it had sold 3,200 tonnes of NdPr oxide in May. Its inventories fell to 900 tonnes.", 900)
            .SubjectName.Should().Be("Kestrel Rare Earth Ltd");
    }

    [Fact]
    public void The_older_value_after_a_speaker_is_the_same_holders()
    {
        var text = "HANOI (Reuters) - Vietnam produced 4,100 tonnes of rare earth oxides last year, the General Statistics Office said on "
                   + "Thursday, up from 1,200 tonnes in 2024.";
        Fact(text, 1_200).SubjectId.Should().Be("VN");
        // A name acting between the two figures is not only a speaker: it keeps its own figure.
        Fact("Kestrel Rare Earth Ltd made 4,100 tonnes last year, while Tarvik Metals Ltd made 2,000 tonnes, up from 1,200 tonnes.", 1_200)
            .SubjectName.Should().Be("Tarvik Metals Ltd");
        Fact("Output rose. Kestrel Rare Earth Ltd made 4,100 tonnes last year, and Tarvik Metals Ltd made 2,000 tonnes, up from 1,200 tonnes.", 1_200)
            .SubjectName.Should().Be("Tarvik Metals Ltd");
    }

    [Fact]
    public void An_asset_a_unit_works_in_its_own_clause_is_the_units()
    {
        var text = "Brandt Metals Ltd signed an agreement under which subsidiary Brandt Namibia Ltd will deliver 1,800 tonnes a year of carbonate "
                   + "from the Okaru Hill mine. Okaru is designed to produce 4,200 tonnes a year of carbonate.";
        Fact(text, 4_200).SubjectName.Should().Be("Brandt Namibia Ltd");
        // With no unit acting, the asset stays the first company's.
        Fact("Brandt Metals Ltd signed an agreement with Kestrel Rare Earth Ltd for 1,800 tonnes a year of carbonate from the Okaru Hill "
             + "mine. Okaru is designed to produce 4,200 tonnes a year of carbonate.", 4_200).SubjectName.Should().Be("Brandt Metals Ltd");
    }

    [Fact]
    public void A_named_joint_venture_acting_in_its_own_clause_is_the_subject()
    {
        var text = "OSLO (Bloomberg) - Halden Resources Ltd and Japan's Marusho Corp said their joint venture Nordkapp Rare Earths AS will build "
                   + "a refinery at Mo i Rana with capacity of 3,000 tonnes of rare earth oxides a year.";
        Fact(text, 3_000).SubjectName.Should().Be("Nordkapp Rare Earths AS");
        // After a preposition the venture is only the partner of a deal.
        Fact("Halden Resources Ltd signed a deal with its joint venture Nordkapp Rare Earths AS to supply 6,000 tonnes a year of concentrate.", 6_000)
            .SubjectName.Should().Be("Halden Resources Ltd");
    }

    [Fact]
    public void An_asset_introduced_after_its_belongs_to_the_name_its_refers_to()
    {
        var text = "PERTH, Australia - Tindal Ports Authority data show 24,600 tonnes of rare earth concentrate were exported through the port, "
                   + "as Kestrel Rare Earth Ltd sent more of its concentrate to its own cracking and leaching plant at Kalgoorlie. "
                   + "The Kalgoorlie facility, which can treat 25,000 tonnes of concentrate a year, processed 15,200 tonnes in the period.";
        Fact(text, 25_000).SubjectName.Should().Be("Kestrel Rare Earth Ltd");
        Fact(text, 15_200).SubjectName.Should().Be("Kestrel Rare Earth Ltd");
    }

    [Fact]
    public void The_plant_at_a_named_site_is_the_asset_of_that_site()
    {
        var text = "DAR ES SALAAM - Kumba Rare Metals Ltd said its local operating company, Mbeya Minerals Ltd, had started trial mining at the "
                   + "Songa project. The plant at Songa will process 800 tonnes of ore a day once built.";
        Fact(text, 800).SubjectName.Should().Be("Mbeya Minerals Ltd");
        // With no unit acting there, the site stays the company's.
        Fact("DAR ES SALAAM - Kumba Rare Metals Ltd said it had started trial mining at the Songa project. The plant at Songa will "
             + "process 800 tonnes of ore a day once built.", 800).SubjectName.Should().Be("Kumba Rare Metals Ltd");
    }

    [Fact]
    public void A_destination_list_after_followed_by_goes_on_with_and()
    {
        // §67: "followed by South Korea with 706 tons and the United States with 642 tons": every listed destination's figure
        // is the exporter's, and so is the next sentence's.
        var text = "China's exports of rare earth permanent magnets rose to 5,620 metric tons in October, customs data showed. Germany was again "
                   + "the biggest buyer at 1,214 tons, followed by South Korea with 706 tons and the United States with 642 tons. Shipments to "
                   + "India more than doubled to 398 tons.";
        Fact(text, 642).SubjectId.Should().Be("CN");
        Fact(text, 398).SubjectId.Should().Be("CN");
    }

    [Fact]
    public void Ash_mud_or_an_area_holding_a_figure_is_a_resource()
    {
        // §68: a body of material (ash, mud, an area) holding the figure is a resource, also with a participle before the place
        // phrase and with a cue after the figure; a company holding ash in storage keeps a stockpile.
        Fact("Coal ash accumulated across the country holds an estimated 9 million tonnes of rare earths, officials said.", 9_000_000)
            .Measure.Should().Be(Measures.Resource);
        Fact("Researchers estimate the area holds 12 million tonnes of rare earth oxides, enough to meet Japan's yttrium needs for centuries.", 12_000_000)
            .Measure.Should().Be(Measures.Resource);
        Fact("Seabed mud off the island holds 7 million tonnes of rare earth oxides, a survey found.", 7_000_000)
            .Measure.Should().Be(Measures.Resource);
        Fact("Kolbe Ash Recovery, which runs a demonstration unit, holds 1,500 tonnes of ash in storage at its yard.", 1_500)
            .Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void A_figure_with_its_own_window_after_a_resource_is_no_resource()
    {
        // §68: "... holds 9 million tonnes of rare earth oxides. The team lifted about 20 tonnes of mud in a trial this year": what
        // lies in the ground does not move in a window, so the sentence does not take the resource before it.
        var text = "A government-backed survey estimates that the Kolbe deposit holds 9 million tonnes of rare earth oxides. The team lifted about 20 tonnes of mud in a trial this year.";
        Fact(text, 20).Measure.Should().NotBe(Measures.Resource);
        Fact(text, 9_000_000).Measure.Should().Be(Measures.Resource);
    }

    [Fact]
    public void What_a_stockpile_agency_means_to_acquire_goes_into_its_stockpile()
    {
        // §68: in a story about a state body's stockpile, acquisitions it plans or seeks (also under a contract, and in a plan)
        // are stockpile purchases, not offtake, capacity or output.
        var text = "The Defense Logistics Agency has issued a solicitation to buy 600 short tons of NdPr oxide for the National Defense Stockpile. "
                   + "Under a separate one-year contract the agency also seeks 90 short tons of samarium-cobalt alloy. "
                   + "Its annual materials plan for fiscal 2028 lists potential acquisitions of 60,000 pounds of neodymium oxide.";
        Fact(text, 90 * 0.90718474).Measure.Should().Be(Measures.Stockpile);
        Fact(text, 60_000 * 0.00045359237).Measure.Should().Be(Measures.Stockpile);
        // Near miss: a state body that buys, in a story with no stockpile, keeps the measure of the deal.
        Fact("The Defense Logistics Agency signed a one-year contract that seeks 90 short tons of samarium-cobalt alloy from Kolbe Alloys.", 90 * 0.90718474)
            .Measure.Should().NotBe(Measures.Stockpile);
    }

    [Fact]
    public void A_sale_to_a_named_buyer_under_a_contract_is_an_offtake()
    {
        // §68: "will sell the first N tonnes ... to X under a three-year deal" (a first lot) and "agreed to sell up to 40% of
        // production to a buyer under a five-year contract, reported to be about N tonnes a year" are offtakes.
        Fact("Kolbe Rare Earths Ltd will sell the first 3,000 tonnes of carbonate to Japanese trader Quellon Corp under a four-year agreement.", 3_000)
            .Measure.Should().Be(Measures.Offtake);
        Fact("Kolbe Rare Earths Ltd has agreed to sell up to 30% of production to a Korean buyer under a six-year contract, reported to be about 1,900 tonnes a year.", 1_900)
            .Measure.Should().Be(Measures.Offtake);
        // Near misses: spot sales, and a first delivery under a deal, stay what they were.
        Fact("Kolbe Rare Earths Ltd sold 420 tonnes of carbonate on the spot market in the September quarter.", 420)
            .Measure.Should().Be(Measures.Sales);
        Fact("The Australian miner will deliver its first 400 tonnes under the deal in March.", 400)
            .Measure.Should().Be(Measures.Shipment);
    }

    [Fact]
    public void Shipments_from_another_country_named_after_the_figure_are_an_import()
    {
        // §68: "Thai motor assemblers say shipments of about 300 tonnes a month of magnets from China have been stuck": the origin
        // named after the figure is another country than the subject, so the shipments come in.
        Fact("Thai motor assemblers say shipments of about 300 tonnes a month of magnets from China have been stuck at the border.", 300)
            .Measure.Should().Be(Measures.Import);
        // Near miss: a country's shipments with no other origin stay its exports.
        Fact("Thailand's shipments of about 300 tonnes a month of magnets to Germany have been stuck at the border.", 300)
            .Measure.Should().Be(Measures.Export);
    }

    [Fact]
    public void One_machine_that_needs_close_to_a_figure_is_an_intensity()
    {
        // §68: "a 12-megawatt offshore wind turbine needs close to 7 tonnes of NdFeB magnets": "close to" is a hedge before the figure.
        Fact("A 12-megawatt offshore wind turbine needs close to 7 tonnes of NdFeB magnets, analysts said.", 7)
            .Measure.Should().Be(Measures.Intensity);
        // Near miss: what a plant used in a year is consumption, not an intensity.
        Fact("Kolbe Magnetics said its Tallinn plant used close to 520 tonnes of NdPr metal last year.", 520)
            .Measure.Should().Be(Measures.Other);
    }

    [Fact]
    public void Delivery_taken_is_a_shipment_and_feed_fed_through_is_other()
    {
        // §68: "took delivery of 9,400 tonnes of concentrate from Fremantle" is material shipped to the buyer; ore "being fed through
        // the flotation circuit" is feed put through (other), not the offtake of the sentence before.
        Fact("Kolbe Refining Sdn Bhd took delivery of 8,200 tonnes of concentrate from the port over the same twelve months.", 8_200)
            .Measure.Should().Be(Measures.Shipment);
        var fed = "Kolbe Minerals Ltd said it had agreed to sell 5,000 tonnes a year of carbonate to a European separator. "
                  + "It said about 6,500 tonnes of ore a day were already being fed through the flotation circuit.";
        Fact(fed, 6_500).Measure.Should().Be(Measures.Other);
        // Near miss: a delivery to be taken under a contract stays a contracted purchase.
        Fact("Under a five-year contract, Kolbe Motoren GmbH will take delivery of 600 tonnes of NdFeB magnets annually from Quellon Magnetics Ltd.", 600)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void Shares_of_a_capacity_allotted_in_the_sentence_before_are_capacity()
    {
        // §68: "allotting most of the 6,000 tonnes of annual capacity on offer. X won the largest allocation at 1,800 tonnes a year,
        // while Y secured 1,050 tonnes": the shares are capacity, not quotas or offtakes.
        var text = "The ministry has picked three companies to build sintered rare earth permanent magnet plants, allotting most of the 5,000 tonnes of annual capacity on offer. "
                   + "Kolbe Magnetics Ltd won the largest allocation at 1,600 tonnes a year, while Quellon Magnets Ltd secured 1,100 tonnes.";
        Fact(text, 1_600).Measure.Should().Be(Measures.Capacity);
        Fact(text, 1_100).Measure.Should().Be(Measures.Capacity);
        // Near miss: feed of another material secured for the plant stays an offtake.
        var feed = "Kolbe Magnetics Ltd said it had been allotted 1,200 MTPA of sintered REPM capacity under the scheme. "
                   + "It has secured 150 tonnes of neodymium oxide from IREL for the first phase.";
        Fact(feed, 150).Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void Mud_retrieved_from_the_seabed_is_mined()
    {
        // §68: "retrieved about 35 tonnes of rare-earth-rich mud from a depth of 5,700 metres in a trial": brought up, so mined.
        Fact("The Kolbe Marine Institute retrieved about 28 tonnes of rare-earth-rich mud from a depth of 5,500 metres in a government-funded trial.", 28)
            .Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_companys_purchase_from_a_seller_after_a_stockpile_is_its_own_deal()
    {
        // §68: a company's purchase from a named seller in the sentence after a stockpile is an offtake, not the stockpile.
        var text = "The Defense Logistics Agency holds 30 short tons of terbium oxide in the National Defense Stockpile. "
                   + "Kolbe Magnetics Inc said it had bought 40 tonnes of NdPr oxide from a Canadian supplier for its own plant.";
        Fact(text, 40).Measure.Should().Be(Measures.Offtake);
        // Near miss: the agency's own purchase still goes into its stockpile.
        var agency = "The Defense Logistics Agency holds 30 short tons of terbium oxide in the National Defense Stockpile. "
                     + "The agency said it had bought 20 short tons of dysprosium oxide from Quellon Metals Inc.";
        Fact(agency, 20 * 0.90718474).Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void The_first_tonnes_shipped_in_a_year_or_half_take_that_window()
    {
        // §70 (dev2 A10, dev5 F13/F38): "shipped its first 60 tonnes of magnets in H1 2026", "plans to ship its first 12,000
        // tonnes in 2027": the window the first tonnes went out in, not one delivery; a month stays one delivery.
        Single("Kolbe Magnetics Ltd shipped its first 80 tonnes of NdFeB magnets to European carmakers in H1 2026.")
            .Period.Should().Be(Periods.HalfYear);
        Fact("Kolbe Minerals Ltd plans to ship its first 9,000 tonnes of monazite concentrate in 2028 and to lift output to 30,000 tonnes a year by 2030.", 9_000)
            .Period.Should().Be(Periods.Year);
        Single("Tarvik Rare Earths Ltd will deliver its first 90 tonnes of dysprosium oxide in March.").Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void The_first_tonnes_produced_with_no_window_are_a_running_total()
    {
        // §70 (dev5 F14): "had produced the first 310 tonnes of carbonate ... and expects to reach 19,000 tonnes a year by the
        // end of 2027": output so far (cumulative), not the target year's.
        var text = "Kolbe Minerals Ltd said it had produced the first 200 tonnes of mixed rare earth carbonate at its Tarvik plant and expects to reach 9,000 tonnes a year by the end of 2028.";
        Fact(text, 200).Period.Should().Be(Periods.Cumulative);
        Fact(text, 9_000).Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_capacity_reached_in_a_year_or_summed_over_lines_has_no_window()
    {
        // §70 (dev6 G32, G14): "on track to reach 1,000 tons of magnet capacity next year", "later lines bringing the total
        // to 4,800 tons": a plant size is a rate, never a year's or a running total (per_year_implied when no rate is written).
        var text = "Kolbe Magnetics Ltd's Tarvik plant is on track to reach 1,500 tons of magnet capacity next year, and a second plant will add another 5,000 tons.";
        Fact(text, 1_500).Period.Should().Be(Periods.PerYearImplied);
        Fact(text, 5_000).Period.Should().Be(Periods.PerYearImplied);
        var lines = "Kolbe Magnetics Ltd's first line will have capacity of 1,000 metric tons a year of magnets, with later lines bringing the total to 4,000 tons.";
        Fact(lines, 1_000).Period.Should().Be(Periods.PerYear);
        Fact(lines, 4_000).Period.Should().Be(Periods.PerYearImplied);
    }

    [Fact]
    public void Last_quarter_and_a_quarter_of_last_year_are_quarters()
    {
        // §70 (dev6 G01, G07): "Last quarter you did 2,004 tonnes", "up from 470 tonnes in the third quarter of last year":
        // a quarter's output, not unknown or last year's.
        Fact("Analyst: Last quarter Kolbe Oxides Ltd did 1,850 tonnes of NdPr oxide, and this one looks softer.", 1_850)
            .Period.Should().Be(Periods.PerQuarter);
        var text = "Kolbe Oxides Ltd produced 420 tonnes of separated rare earth products in the quarter, up from 390 tonnes in the third quarter of last year.";
        Fact(text, 390).Period.Should().Be(Periods.PerQuarter);
        Fact(text, 420).Period.Should().Be(Periods.PerQuarter);
    }

    [Fact]
    public void Both_ends_of_a_change_share_the_rate_one_end_writes()
    {
        // §70 (dev6 G10, dev2 A33): "lifting nameplate from about 500 tonnes a year of metals and alloys to 1,500 tonnes by
        // 2028", "raise output to 1,500 t a year by FY2030 from about 900 t now": one rate, per_year at both ends.
        Fact("Kolbe Metals Ltd will double capacity at its Tarvik works, lifting nameplate from about 400 tonnes a year of rare earth metals to 1,200 tonnes by 2029.", 1_200)
            .Period.Should().Be(Periods.PerYear);
        Fact("Kolbe Oxides Ltd plans to raise rare earth oxide output to 2,000 t a year by 2030 from about 700 t now.", 700)
            .Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void What_one_product_of_a_kind_carries_or_contains_is_an_intensity()
    {
        // §71 (dev6 G27): "Every direct-drive offshore turbine of the kind X installs carries roughly 9 tonnes of magnets in its
        // generator": a per-unit figure in tonnes; not a ship's cargo or a year's figure.
        var fact = Fact("Every 14-megawatt offshore turbine of the kind Kolbe Wind installs carries about 8 tonnes of permanent magnets in its generator.", 8);
        fact.Measure.Should().Be(Measures.Intensity);
        fact.Period.Should().Be(Periods.PerUnit);
        Fact("Each direct-drive turbine contains roughly 4 tonnes of NdFeB magnets, Kolbe Wind said.", 4).Measure.Should().Be(Measures.Intensity);
        Single("Every vessel chartered by Kolbe Shipping carries 50,000 tonnes of rare earth ore.").Measure.Should().NotBe(Measures.Intensity);
        Single("Every year the Tarvik car plant contains output at 3,000 tonnes of magnets.").Measure.Should().NotBe(Measures.Intensity);
    }

    [Theory]
    // §73 (dev6 G05, G03, G22, G31): joined elements with no product of their own. Nd+Pr before "oxides" -> ndpr-oxide; heavy
    // elements with no oxide named -> heavy-rare-earths (conventions: Dy+Tb without "oxide"); joined before the figure as after it.
    [InlineData("Kolbe Oxides Ltd expects to produce about 900 tonnes of neodymium and praseodymium oxides a year from 2028.", 900, "ndpr-oxide")]
    [InlineData("Kolbe Oxides Ltd expects to recover 60 tonnes a year of dysprosium and terbium from magnet swarf.", 60, "heavy-rare-earths")]
    [InlineData("Traders said terbium and dysprosium compounds made up less than 80 tonnes of the total.", 80, "heavy-rare-earths")]
    [InlineData("Demand for terbium and dysprosium oxides combined is forecast at 4,100 tonnes in 2031.", 4_100, "hreo")]
    public void Joined_elements_without_a_product_of_their_own_name_the_mixture(string text, double value, string productId) =>
        Fact(text, value).ProductId.Should().Be(productId);

    [Fact]
    public void Joined_heavy_elements_before_a_metal_are_not_the_group() =>
        Fact("Kolbe Oxides Ltd will make 300 tonnes of dysprosium and terbium metal a year.", 300).ProductId.Should().NotBe("heavy-rare-earths");

    [Fact]
    public void An_earlier_value_after_up_from_shares_the_rate_of_the_target()
    {
        // §76 (dev6 G19): "calls for Russia to produce 7,000 tonnes of rare earths a year by 2030, up from less than three
        // thousand tonnes now": the earlier end of the change is per_year like the target, not a current rate implied.
        var text = "The ministry's plan calls for Kolbe Oxides Ltd to make 9,000 tonnes of rare earth oxides a year by 2032, up from about 2,600 tonnes now.";
        Fact(text, 9_000).Period.Should().Be(Periods.PerYear);
        Fact(text, 2_600).Period.Should().Be(Periods.PerYear);
        // Near miss: an earlier value with its own year keeps it.
        Fact("Kolbe Oxides Ltd's output rose to 1,100 tonnes a year in 2025, up from 700 tonnes in 2023.", 700).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_bare_oxide_is_the_specific_oxide_named_before()
    {
        // §76 (dev6 G09): "design capacity of 720 tonnes a year of NdPr oxide ... The first 12 tonnes of oxide were shipped": the
        // bare form word points back to the specific oxide the story named last (its sentence or the one before).
        var oxide = "Kolbe Oxides Ltd's new line is designed to make 900 tonnes a year of NdPr oxide. The first 20 tonnes of oxide left the plant for a magnet maker in Bavaria this month.";
        Fact(oxide, 20).ProductId.Should().Be("ndpr-oxide");
        Fact("Kolbe Oxides Ltd will separate dysprosium oxide at Tarvik and expects to ship 40 tonnes of oxide in 2027.", 40).ProductId.Should().Be("dysprosium-oxide");
        // Near misses: a generic oxide named after the specific one, and no specific one at all, keep REO.
        Fact("Kolbe Oxides Ltd makes NdPr oxide and mixed rare earth oxide at Tarvik. It sold 300 tonnes of oxide in the quarter.", 300)
            .ProductId.Should().NotBe("ndpr-oxide");
        Fact("Kolbe Oxides Ltd sold 300 tonnes of oxide in the quarter.", 300).ProductId.Should().Be("reo");
    }

    [Theory]
    // §76 (dev6 G36, G14): a tonnage of mineralisation or of the host rock is ore, not the mineral or oxide named elsewhere.
    [InlineData("Kolbe Resources Ltd plans to produce 60,000 tonnes a year of eudialyte concentrate. Its Tarvik deposit hosts 310 million tonnes of mineralisation but remains unpermitted.", 310_000_000)]
    [InlineData("Kolbe Resources Ltd estimated 400 million tonnes of rhyolite at an average grade of 0.06% total rare earth oxides at Tarvik.", 400_000_000)]
    [InlineData("The nearby Tarvik deposit of Kolbe Resources Ltd contains 88 million tonnes of nepheline syenite grading 0.3% TREO.", 88_000_000)]
    public void Mineralisation_and_host_rock_tonnages_are_ore(string text, double value) =>
        Fact(text, value).ProductId.Should().Be("rare-earth-ore");

    [Fact]
    public void Phosphate_rock_is_not_rare_earth_ore() =>
        Fact("Kolbe Fertiliser Ltd mined 2 million tonnes of rock phosphate at Tarvik last year.", 2_000_000).ProductId.Should().NotBe("rare-earth-ore");

    [Fact]
    public void The_first_delivery_since_a_date_is_one_delivery_not_a_running_total()
    {
        // §76 (dev6 G13): "had trucked 41 tonnes of bastnaesite concentrate to ..., the first delivery since a contract dispute
        // halted shipments in 2023": the aside dates the gap before the delivery; the figure is one delivery.
        Fact("Kolbe Mining Ltd said it had trucked 35 tonnes of monazite concentrate to the Tarvik plant, the first shipment since floods closed the road in 2024.", 35)
            .Period.Should().Be(Periods.OneOff);
        // Near miss: "has shipped N since 2019" is what went out since then.
        Fact("Kolbe Mining Ltd has shipped 1,100 tonnes of monazite concentrate to the Tarvik plant since 2019.", 1_100)
            .Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_further_amount_by_a_deadline_is_a_total()
    {
        // §76 (dev6 G13): "the two parties had agreed to process a further 200 tonnes by June 2027 under a revised toll-treatment
        // arrangement": an increment to be done by a date is a running total, not unknown.
        Fact("Kolbe Mining Ltd said it had trucked 35 tonnes of monazite concentrate to the Tarvik plant, the first shipment since floods closed the road in 2024, and that the partners had agreed to process a further 150 tonnes by March 2027 under a toll-treatment deal.", 150)
            .Period.Should().Be(Periods.Cumulative);
        Fact("Tarvik Refining Ltd has agreed to buy a further 150 tonnes of monazite concentrate from Kolbe Mining Ltd by March 2027.", 150)
            .Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_year_in_apposition_is_the_window()
    {
        // §76 (dev6 G34): "Before closing, SARECO shipped about 160 tonnes of rare earth oxides to Japan in its best year, 2014":
        // the year in apposition is the window, not one delivery.
        Fact("Before closing, Kolbe Oxides Ltd shipped about 240 tonnes of rare earth oxides to Japan in its peak year, 2012.", 240)
            .Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_material_word_describing_suppliers_is_not_carried()
    {
        // §76 (dev6 G24): "Siemens Gamesa will use the oxide through its magnet suppliers ... Together with existing agreements
        // with X for up to 1,500 tpa ...": "magnet suppliers" are a party, so the offtake figures after them are not magnets.
        var text = "Kolbe Rare Earths Ltd signed an offtake agreement with a wind turbine maker for 900 tonnes a year of NdPr oxide from 2028. "
                   + "The turbine maker will use the oxide through its magnet suppliers in Germany. "
                   + "Kolbe has also agreed to supply Tarvik Motors Ltd with up to 1,200 tpa.";
        Fact(text, 1_200).ProductId.Should().NotBe("ndfeb-magnet");
    }

    [Fact]
    public void A_plants_output_after_its_feed_rate_in_one_clause_shares_the_rate()
    {
        // §76 (dev6 G18): "a refinery which will be able to process 10,000 tonnes a year of rare earth concentrate and produce about
        // 2,500 tonnes of separated oxides and metals": one capacity clause, one rate.
        var text = "Kolbe Minerals LLC will build a refinery that will be able to treat 8,000 tonnes a year of monazite concentrate and make about 1,900 tonnes of separated oxides.";
        Fact(text, 1_900).Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void Shares_of_an_allotted_yearly_capacity_are_yearly()
    {
        // §76 (dev5 F10): "allotting most of the 6,000 tonnes of annual capacity on offer. X won the largest allocation at 1,800
        // tonnes a year, followed by Y with 1,500 tonnes, while Z secured 1,050 tonnes each": every share is per_year.
        var text = "The ministry has picked three companies to build magnet plants under its incentive scheme, allotting most of the 5,000 tonnes of annual capacity on offer. "
                   + "Kolbe Magnetics Ltd won the largest allocation at 2,000 tonnes a year, followed by Tarvik Magnets Ltd with 1,200 tonnes, while Brakefell Drives Ltd secured 900 tonnes.";
        Fact(text, 1_200).Period.Should().Be(Periods.PerYear);
        Fact(text, 900).Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_sentence_naming_nobody_goes_on_about_the_company_opening_the_figureless_sentence_before()
    {
        // §75 (dev6 G14): "X, which is listed on Nasdaq, said the deposit would feed its magnet plant in Y. The first line there
        // will have capacity of 1,200 tons a year": with no figure subject to carry (the text names two companies), the
        // company that opens the sentence before is the subject, not nobody.
        const string text = "Kolbe Minerals LLC holds the Tarvik deposit. The partners are studying a heap-leach plant. "
                            + "Halvard Magnetics Inc, which is listed on Nasdaq, said the deposit would feed its magnet plant in Lorain. "
                            + "The first line there will have capacity of 900 tonnes a year, with later lines bringing the total to 2,700 tonnes.";
        Fact(text, 900).SubjectName.Should().Be("Halvard Magnetics Inc");
        Fact(text, 2_700).SubjectName.Should().Be("Halvard Magnetics Inc");
        // Near misses: two coordinated names opening the sentence before, or a sentence before that opens with no name, decide nothing.
        Fact("Kolbe Minerals LLC holds the Tarvik deposit. Halvard Magnetics Inc and Borg Metals AB said the deposit would feed a plant in Lorain. "
             + "The first line there will have capacity of 900 tonnes a year.", 900).SubjectName.Should().BeNull();
        Fact("Kolbe Minerals LLC holds the Tarvik deposit. Analysts said Halvard Magnetics Inc would build a plant in Lorain. "
             + "The first line there will have capacity of 900 tonnes a year.", 900).SubjectName.Should().BeNull();
        // A sentence that does not open with a definite noun phrase ("A weekly survey put ...") is not carried on either.
        Fact("Kolbe Minerals LLC holds the Tarvik deposit. Halvard Magnetics Inc kept its listed price at 560,000 yuan. "
             + "A weekly survey put oxide inventories at separators at roughly 2,100 tonnes.", 2_100).SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_fund_or_reserve_a_government_owns_is_the_country_not_the_company_named_before()
    {
        // §75 (dev6 G22): "The Australian government will use its A$1.2 billion Critical Minerals Strategic Reserve to buy ...
        // Iluka's refinery will have capacity of 5,500 t. The reserve will also build a stockpile of 100 tonnes": the
        // government's scheme is no organisation; its purchases and stocks are the country's, not the last company's.
        const string text = "The Norwegian government will use its NOK 9.5 billion Critical Minerals Security Fund to buy up to 900 tonnes a year of NdPr oxide. "
                            + "Purchases are expected to include oxide from Kolbe Oxides AS, which produced 2,400 tonnes of NdPr oxide last year. "
                            + "The fund will also build a stockpile of terbium, with an initial target of 30 tonnes.";
        Fact(text, 30).SubjectName.Should().Be("Norway");
        // Near miss: a company's own reserve or fund stays the company's.
        Fact("Kolbe Oxides AS said its Tarvik deposit has a reserve of 4 million tonnes. The reserve will support output of 2,000 tonnes a year.", 2_000)
            .SubjectName.Should().Be("Kolbe Oxides AS");
    }

    [Fact]
    public void The_partners_of_a_venture_named_as_the_venture_in_which_speak_for_the_venture()
    {
        // §75 (dev6 G14): "The deposit is held by Z LLC, the venture in which X owns 80% and Y 20%. The partners are studying a
        // heap-leach operation that would process 20,000 short tons of ore a day": the named venture vehicle's, not nobody's.
        // A later "X said ... its magnet plant. The first line there will have capacity of N" is X's, not the venture's
        // (the figureless sentence opened by X comes before the last figure of the same measure).
        const string text = "Brixa Minerals Corp and Halden Resources Ltd reported a resource for the Tarvik deposit. "
                            + "The deposit is owned by Tarvik Mining Pty Ltd, the venture in which Brixa holds 60% and Halden 40%. "
                            + "The partners are evaluating a concentrator that would treat 5,000 tonnes of ore a day. "
                            + "Brixa Minerals Corp, which is listed in Toronto, said the ore would one day feed its magnet plant in Ohio. "
                            + "The first line there will have capacity of 800 tonnes a year.";
        Fact(text, 5_000).SubjectName.Should().Be("Tarvik Mining Pty Ltd");
        Fact(text, 800).SubjectName.Should().Be("Brixa Minerals Corp");
        // Near miss: partners with no named venture are not made nobody's by the venture rule.
        Fact("Donghae Materials Co said it signed a memorandum with Song Da Minerals JSC. The partners plan a facility that could produce 2,000 tonnes of oxides a year.", 2_000)
            .SubjectName.Should().Be("Donghae Materials Co");
    }

    [Fact]
    public void A_resource_whose_holder_the_next_sentences_name_is_the_holders()
    {
        // §75 (dev6 G14): "X and Y released an updated resource for the Round Top deposit ..., estimating 1.02 billion short tons.
        // That implies about 555,000 tons of TREO. The deposit is held by Z LLC, the venture in which X owns 80%": the named
        // holder's, not the reporting company's.
        const string text = "Nordkalk Metals Oyj on Wednesday reported an inferred resource of 18 million tonnes of ore at its Kolari rare earth project. "
                            + "That is equivalent to about 160,000 tonnes of contained TREO. "
                            + "The project is owned by Kolari Mining Oy, the venture in which Nordkalk holds 70% and Tornio Capital 30%. "
                            + "Nordkalk Metals Oyj separately said it produced 420 tonnes of carbonate at its pilot plant.";
        Fact(text, 18_000_000).SubjectName.Should().Be("Kolari Mining Oy");
        Fact(text, 160_000).SubjectName.Should().Be("Kolari Mining Oy");
        Fact(text, 420).SubjectName.Should().Be("Nordkalk Metals Oyj");
        // Near miss: a holder named for another asset noun ("The mine is owned by") does not take a project's resource.
        Fact("Nordkalk Metals Oyj reported a resource of 18 million tonnes of ore at its Kolari project. The mine is owned by Kolari Mining Oy.", 18_000_000)
            .SubjectName.Should().Be("Nordkalk Metals Oyj");
    }

    [Fact]
    public void A_share_of_the_total_reported_by_unnamed_traders_keeps_the_totals_holder()
    {
        // §75 (dev6 G03): "... licences issued in October covered 2,870 tonnes. Traders in Ganzhou said dysprosium and terbium
        // compounds made up less than 100 tonnes of the October total": a part of the last figure, the country's, not nobody's.
        const string text = "Japan imported 1,410 tonnes of rare earth compounds in October, customs data showed. "
                            + "Traders in Osaka said cerium compounds accounted for about 600 tonnes of the October total.";
        Fact(text, 600).SubjectName.Should().Be("Japan");
        // Near misses: a name before the share owns it; without "of the total" unnamed traders stay nobody's.
        Fact(text + " Kolbe Chemicals Ltd said it bought 90 tonnes of the total.", 90).SubjectName.Should().Be("Kolbe Chemicals Ltd");
        Fact("Japan imported 1,410 tonnes of rare earth compounds in October, customs data showed. Traders in Osaka sold about 600 tonnes of cerium oxide.", 600)
            .SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_project_held_through_a_named_subsidiary_gives_it_the_projects_output()
    {
        // §75 (dev5 F17): "... a licence for the Makuutu project, clearing the way for a starter operation producing 3,000 tonnes a
        // year. The project is held through 60%-owned subsidiary Rwenzori Rare Metals, which reported a resource of ...": the
        // named operating subsidiary's, not the parent's or the country's.
        const string text = "Kolbe Resources Ltd said Malawi had granted a mining licence for its Chenje project, clearing the way for an operation producing 4,500 tonnes a year of monazite concentrate. "
                            + "The project is held through 75%-owned subsidiary Chenje Mining Ltd, which also reported a reserve of 12 million tonnes of ore.";
        Fact(text, 4_500).SubjectName.Should().Be("Chenje Mining Ltd");
        Fact(text, 12_000_000).SubjectName.Should().Be("Chenje Mining Ltd");
    }

    [Theory]
    [InlineData("Iluka Resources produced 42,000 tonnes of zircon-rutile concentrate in the September quarter.")]
    [InlineData("BHP Group produced 250 million tonnes of iron ore last year.")]
    [InlineData("Syrah Resources sold 20,000 tonnes of graphite in the quarter.")]
    [InlineData("Pilbara Minerals shipped 180,000 tonnes of spodumene concentrate in the quarter.")]
    [InlineData("Rio Tinto's copper output rose 5% to 180,000 tonnes in the quarter.")]
    [InlineData("China's exports of gallium fell to 5 tonnes in August.")]
    public void A_mass_of_another_commodity_is_no_rare_earth_fact(string sentence) =>
        // §74: the annotators leave other commodities out (before: an `other` fact with no product).
        TestFiles.Recognize(sentence).Tonnages.Should().BeEmpty();

    [Fact]
    public void A_mass_of_another_commodity_is_left_out_but_reagents_waste_and_mixed_products_stay()
    {
        // §74 (dev6 G08, G23; dev4 E15, E18; dev5 F20, F35): "zircon sand sales of 62 kt and rutile production of 38 kt",
        // "ships around 27 million tonnes of iron ore products a year", "recovered 350,000 pounds of uranium": no rare-earth facts.
        var text = "Mineral sands: zircon sand sales of 54 kt and rutile production of 31 kt were in line with guidance. Monazite concentrate held at Tarvik totalled 0.8 Mt at quarter end.";
        NoFact(text, 54_000);
        NoFact(text, 31_000);
        Fact(text, 800_000).ProductId.Should().Be("monazite");
        NoFact("Kolbe Iron ships around 12 million tonnes of iron ore products a year through the same port.", 12_000_000);
        NoFact("The Tarvik mill also recovered 420,000 pounds of uranium oxide from the monazite feed.", 420_000 * 0.00045359237);
        // Near misses: process water stays `other` (a chemical reagent is left out too since measure36); a waste body of a commodity
        // and a product mixed with rare earths stay.
        Fact("The tailings dam holds 4,300 tonnes of process water awaiting treatment.", 4_300).Measure.Should().Be(Measures.Other);
        Fact("Kolbe Tin plans to reprocess 300,000 tonnes of tin tailings at its Kampar dumps.", 300_000).Should().NotBeNull();
        Fact("Kolbe Tin will export 1,800 tonnes of tin and rare earth concentrate to a buyer in Jiangxi next year.", 1_800).Should().NotBeNull();
    }

    [Fact]
    public void Scaling_up_to_a_yearly_figure_is_a_capacity_reached_not_a_ceiling()
    {
        // §74 (dev6 G25; dev5 F24): "whose factory in Fort Worth is scaling up to 1,000 tons of NdFeB magnets a year": "up" is
        // the verb's, so no up_to ceiling, and the yearly size a plant is scaled up to is its capacity.
        var fact = Fact("Kolbe Magnetics Inc, whose factory in Dayton is scaling up to 2,500 tons of sintered NdFeB magnets a year, said it had won a supply contract from a carmaker.", 2_500);
        fact.Measure.Should().Be(Measures.Capacity);
        fact.Min.Should().Be(2_500);
        fact.Qualifier.Should().Be("none");
        // "ramped up to" is a level reached too (no ceiling), but what a plant has ramped up to is its output.
        var ramped = Fact("A heap-leach operation run by Tarvik Ionic has ramped up to 150 tonnes a month of carbonate, sources said.", 150);
        ramped.Min.Should().Be(150);
        ramped.Measure.Should().Be(Measures.Production);
        // A plain "up to" stays a ceiling.
        Fact("Kolbe Magnetics Inc will supply up to 400 tonnes of magnets a year to a carmaker.", 400).Min.Should().BeNull();
    }

    [Fact]
    public void Did_right_before_a_figure_in_a_call_is_output()
    {
        // §74 (dev6 G01): "Last quarter you did 2,004 tonnes, and this one looks softer": spoken "did" before a figure is output.
        Fact("Analyst: Thanks. In the first half Kolbe Oxides Ltd did 1,150 tonnes of NdPr oxide, and the second half looks stronger?", 1_150)
            .Measure.Should().Be(Measures.Production);
        Fact("CEO of Kolbe Oxides Ltd: We did about 640 tonnes of NdPr oxide in October.", 640).Measure.Should().Be(Measures.Production);
        // A question opening with "Did" is no output.
        Fact("Analyst: Did 300 tonnes of Kolbe Oxides Ltd's carbonate go to Japan?", 300).Measure.Should().NotBe(Measures.Production);
    }

    [Fact]
    public void Material_held_at_a_place_that_totalled_a_figure_is_a_stockpile()
    {
        // §74 (dev6 G23): "monazite-rich concentrate held at Eneabba totalled 1.05 Mt at quarter end" is a stock, also after a
        // row of production in the sentence before.
        var text = "Rare earths: xenotime concentrate held at the Tarvik yard totalled 42 kt at quarter end. Xenotime concentrate production at Tarvik totalled 6.1 kt in the quarter.";
        var held = Fact(text, 42_000);
        held.Measure.Should().Be(Measures.Stockpile);
        held.Period.Should().Be(Periods.None);
        Fact(text, 6_100).Measure.Should().Be(Measures.Production);
        var after = "Kolbe Minerals Ltd produced 9 kt of monazite concentrate in the quarter. Monazite concentrate held at its Tarvik site amounted to 0.8 Mt at 31 December.";
        Fact(after, 800_000).Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void A_plant_in_a_place_that_will_make_a_yearly_figure_is_sized_by_it()
    {
        // §74 (dev6 G39): "build a plant in Baotou, Inner Mongolia, that will make 20,000 metric tons a year" is capacity like
        // "a factory that will produce" (§44); "would produce ... at full rates" stays output.
        Fact("Jiangxi Kolbe Magnet Co said it would build a plant in Baotou, Inner Mongolia, that will make 12,000 metric tons a year of NdFeB magnets.", 12_000)
            .Measure.Should().Be(Measures.Capacity);
        Fact("Kolbe Magnetics Ltd's existing plant in Changsha, which would produce 3,000 tons a year of magnets at full rates, is idle.", 3_000)
            .Measure.Should().NotBe(Measures.Capacity);
    }

    [Theory]
    [InlineData("Kolbe Rare Earths Ltd said leach residue stored at its cracking plant now totals about 310,000 tonnes.", 310_000)]
    [InlineData("Kolbe Rare Earths Ltd must build a landfill cell able to take 60,000 tonnes of residues a year.", 60_000)]
    [InlineData("Tarvik Minerals Ltd plans to reprocess 1.2 million tonnes of copper tailings over five years to recover rare earths.", 1_200_000)]
    [InlineData("Tarvik Minerals Ltd said its Kalgoorlie plant generated 48,000 tonnes of iron phosphate residue in the year to June.", 48_000)]
    public void A_process_residue_is_tailings_also_after_another_commoditys_name(string text, double value)
    {
        // §80 (dev7 H16, H27, H36; dev3 D26): a process residue ("water leach purification residue", "radioactive waste residue")
        // is the tailings product, and another metal's name before tailings or residue ("copper tailings") only says where the
        // waste comes from; it is no foreign mass.
        Fact(text, value).ProductId.Should().Be("tailings");
    }

    [Theory]
    [InlineData("Loopwise Magnetics Ltd has supply contracts for 2,000 tonnes of magnet-bearing scrap a year from electronics recyclers.", 2_000)]
    [InlineData("Loopwise Magnetics Ltd expects to process 700 tonnes of magnet-containing scrap this year.", 700)]
    [InlineData("Loopwise Magnetics Ltd produced 40 tonnes of recycled NdFeB alloy last year. Its plant has capacity to treat 350 tonnes of scrap a year.", 350)]
    public void Scrap_in_a_rare_earth_story_is_magnet_scrap(string text, double value)
    {
        // §80 (dev7 H33, H34): "magnet-bearing scrap" is scrap that holds magnets, not magnets; bare "scrap" a recycler treats is
        // magnet scrap, not the alloy the sentence before named.
        Fact(text, value).ProductId.Should().Be("magnet-scrap");
    }

    [Fact]
    public void Steel_scrap_stays_foreign()
    {
        Fact("Loopwise Magnetics Ltd processed 180 tonnes of magnet scrap in the quarter and bought 3,000 tonnes of steel scrap for its furnace.", 3_000)
            .ProductId.Should().BeNull();
    }

    [Theory]
    [InlineData("Sales of rare earth metals at Kolbe Rare Earths Ltd reached 21,400 tonnes in the six months.", 21_400)]
    [InlineData("Kolbe Magnetics Ltd holds 2,100 tonnes of rare earth metal and alloy inventory, about three months of use.", 2_100)]
    public void Rare_earth_metal_words_of_a_figure_are_the_metal_product(string text, double value)
    {
        // §80 (dev7 H01, H05; dev Y26 "sold 14,300 tonnes of rare earth metals"): the metal words after a measure noun
        // ("Sales of rare earth metals reached") and "rare earth metal and alloy" name the metal product, not the group.
        Fact(text, value).ProductId.Should().Be("rare-earth-metal");
    }

    [Theory]
    [InlineData("Kolbe Magnetics Ltd said its installed capacity stood at 40,000 tonnes at the end of December.", 40_000)]
    [InlineData("Kolbe Magnetics Ltd had sintered magnet capacity of 12,000 tonnes as of March 31.", 12_000)]
    public void A_capacity_read_at_a_months_end_is_no_months_figure(string text, double value)
    {
        // §80 (dev7 H04): "installed capacity stood at 40,000 tons at the end of December": the month's end dates the level;
        // the capacity is yearly (implied), not December's.
        Fact(text, value).Period.Should().Be(Periods.PerYearImplied);
    }

    [Fact]
    public void Output_in_a_named_month_stays_the_months()
    {
        Fact("Kolbe Magnetics Ltd produced 1,100 tonnes of NdFeB magnets in December.", 1_100).Period.Should().Be(Periods.Month);
    }

    [Theory]
    [InlineData("Veldhoven Metals BV said it delivered 120 tonnes of terbium metal to Kolbe Magnetics Ltd between January and April.", 120)]
    [InlineData("Kolbe Magnetics Ltd agreed to take 40 tonnes of dysprosium oxide over the next two fiscal years.", 40)]
    public void An_amount_spread_over_months_or_fiscal_years_is_cumulative(string text, double value)
    {
        // §80 (dev7 H37 "delivered between March and May", H13 "over the next two fiscal years"): a sum over a span, not one lot.
        Fact(text, value).Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_range_in_a_gapped_clause_shares_the_window()
    {
        // §80 (dev7 H39): "expects ... 95,000 t REO in 2030 ..., while Wood Mackenzie sees 78,000 t and CRU between 70,000 and 85,000 t":
        // the gapped clause with a range repeats the forecast's year, as one with a single figure does.
        var text = "Kestrel Research expects rare earth oxide output outside China to reach 95,000 tonnes in 2030, while Argus Analytics sees 80,000 tonnes and Halden Metals Research between 70,000 and 85,000 tonnes.";
        Fact(text, 70_000).Period.Should().Be(Periods.Year);
    }

    [Theory]
    [InlineData("Kolbe Rare Earths Ltd lifted output of rare earth oxides and salts to 54,000 tonnes in the first half.", 54_000)]
    [InlineData("Kolbe Rare Earths Ltd's Hohhot unit made 2,100 tonnes of separated oxides and metals last year.", 2_100)]
    public void Oxides_joined_with_another_form_are_rare_earths(string text, double value)
    {
        // §80 (dev7 H01 "output of rare earth oxides and salts", dev6 G18 "separated oxides and metals"): oxides joined with
        // salts, metals or compounds are rare earth products in general, not the oxide basis.
        Fact(text, value).ProductId.Should().Be("rare-earths");
    }

    [Fact]
    public void Oxides_alone_stay_oxide()
    {
        Fact("Kolbe Rare Earths Ltd produced 3,400 tonnes of rare earth oxides last year.", 3_400).ProductId.Should().Be("reo");
    }

    [Fact]
    public void What_follows_per_tonne_of_is_the_unit_of_output_not_the_material()
    {
        // §80 (dev7 H11, dev Y32): "lowered dysprosium use to 0.4 kg per tonne of magnet": a bare element's use per tonne of
        // magnet has no product; the magnet is what the use is counted against.
        var fact = Fact("Kolbe Magnetics Ltd has lowered dysprosium use to 0.4 kg per tonne of magnet at its Kumagaya works.", 0.0004);
        fact.ProductId.Should().BeNull();
        fact.Measure.Should().Be(Measures.Intensity);
        Fact("Each EV drive motor needs about 2.5 kilograms of magnets, Kolbe Magnetics Ltd said.", 0.0025).ProductId.Should().Be("ndfeb-magnet");
    }

    [Fact]
    public void Neodymium_and_praseodymium_with_no_form_are_ndpr_oxide()
    {
        // §80 (dev7 H13): "Japan consumed around 4,300 tonnes of neodymium and praseodymium": the two joined with no form are NdPr,
        // read as NdPr oxide like bare "NdPr".
        Fact("Ruritania consumed around 4,300 tonnes of neodymium and praseodymium in 2025, according to ministry estimates.", 4_300)
            .ProductId.Should().Be("ndpr-oxide");
    }

    [Fact]
    public void Bare_concentrate_later_in_the_story_is_its_mineral_concentrate()
    {
        // §80 (dev7 H21): "designed to produce 15,000 to 17,000 tonnes per annum of monazite concentrate ... (ore sentence) ... Lindian
        // expects to ramp up to around 1,300 tonnes of concentrate per month", "... for 3,000 tpa of concentrate": the story's own
        // concentrate is monazite; a new company's bare concentrate stays generic.
        var text = "Kolbe Minerals Ltd said Stage 1 is designed to produce 16,000 tonnes per annum of monazite concentrate from 0.5 Mtpa of ore. "
                   + "Trial mining in the quarter moved 38,000 tonnes of ore to the pad. "
                   + "Kolbe expects to ramp up to around 1,300 tonnes of concentrate per month by mid-2027.";
        Fact(text, 1_300).ProductId.Should().Be("monazite");
        var other = "Kolbe Minerals Ltd said Stage 1 is designed to produce 16,000 tonnes per annum of monazite concentrate from 0.5 Mtpa of ore. "
                    + "Trial mining in the quarter moved 38,000 tonnes of ore to the pad. "
                    + "Separately, Brakefell Mining Ltd produced 3,000 tonnes of concentrate in the quarter.";
        Fact(other, 3_000).ProductId.Should().Be("rare-earth-concentrate");
    }

    [Theory]
    [InlineData("Tallgrass Rare Earths Inc will build a 1,500 tpa separation plant in Texas to process heavy rare earth carbonate from Brazil.", 1_500, "heavy-rare-earth-concentrate")]
    [InlineData("Corvo Mining Ltd plans a 3,000-tonne-a-year refinery to treat monazite concentrate.", 3_000, "monazite")]
    [InlineData("Corvo Mining Ltd plans a 3,000-tonne-a-year NdPr oxide refinery to treat monazite concentrate.", 3_000, "ndpr-oxide")]
    public void A_plant_sized_before_its_noun_is_sized_on_what_it_is_built_to_treat(string text, double value, string product)
    {
        // §80 (dev7 H40): "Aclara will build a 1,200 tpa separation plant in Louisiana to process heavy rare earth carbonate": the
        // plant's size is of its feed, unless the plant's own product is named between the figure and the plant noun.
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Fact]
    public void Ionic_clay_ore_is_ionic_clay()
    {
        // §80 (dev7 H16): "80,000 tonnes of ionic clay ore": the deposit type names the ore more closely than generic ore;
        // "ionic clay concentrate" stays the concentrate (§62).
        Fact("Miners in Perak want to ship 60,000 tonnes of ionic clay ore stockpiled at the site.", 60_000).ProductId.Should().Be("ionic-clay");
    }

    [Fact]
    public void Two_limits_set_at_figures_side_by_side_share_the_material_after_the_second()
    {
        // §80 (dev7 H07): "setting mining at 148,000 metric tons and smelting and separation at 139,000 tons of rare earth oxide
        // equivalent": the first limit is in the same oxide terms.
        var text = "The ministry issued the first batch of 2027 rare earth quotas, putting mining at 150,000 tons and smelting and separation at 141,000 tons of rare earth oxide.";
        Fact(text, 150_000).ProductId.Should().Be("reo");
    }

    [Fact]
    public void Heavy_oxides_joined_each_with_its_own_oxide_are_hreo()
    {
        // §80 (dev7 H02): "Terbium oxide and dysprosium oxide together made up 1,150 tonnes": heavy rare earth oxides (HREO), as
        // "dysprosium and terbium oxides" are; NdPr oxide joined with dysprosium oxide keeps NdPr oxide (older test).
        Fact("Kolbe Rare Earths Ltd said terbium oxide and dysprosium oxide together made up 900 tonnes of its output last year.", 900)
            .ProductId.Should().Be("hreo");
    }

    [Fact]
    public void The_element_after_its_product_was_named_is_that_product()
    {
        // §80 (dev7 H37): "failed to pay for ... 2,200 pounds of terbium metal ... Arnold said that the terbium was off-specification
        // and that it had returned 800 kg": "the terbium" points back to terbium metal; a bare element with no product named
        // before stays bare.
        var text = "Hudson Alloys LLC alleges Kestrel Magnetics Inc failed to pay for 1,500 pounds of terbium metal delivered in March. "
                   + "Kestrel said the terbium was off-specification and that it had returned 400 kg.";
        Fact(text, 0.4).ProductId.Should().Be("terbium-metal");
        Fact("A trader said the dysprosium market was quiet and that he sold 200 kg of the dysprosium on Tuesday.", 0.2).ProductId.Should().BeNull();
    }

    [Fact]
    public void Feed_planned_over_a_span_of_years_is_other_and_cumulative()
    {
        // §80 (dev7 H27): "plans to process 1.2 million tonnes of copper tailings stored at Almalyk over five years": once the
        // tailings are a rare-earth feed (not a foreign mass), the planned feed over the span is other, cumulative, not a capacity.
        var fact = Fact("Tarvik Minerals Ltd plans to process 1.2 million tonnes of copper tailings stored at its old mine over five years.", 1_200_000);
        fact.Measure.Should().Be(Measures.Other);
        fact.Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void Waste_a_plant_generated_is_other()
    {
        // §80 (probe p1): "generated 48,000 tonnes of iron phosphate residue in the year to June, and that leach residue stored at
        // the site now totals about 310,000 tonnes": the residue given off in the year is other; the stored pile is the stock.
        var text = "Tarvik Minerals Ltd said its Kalgoorlie plant generated 48,000 tonnes of iron phosphate residue in the year to June, and that leach residue stored at the site now totals about 310,000 tonnes.";
        var generated = Fact(text, 48_000);
        generated.Measure.Should().Be(Measures.Other);
        generated.Period.Should().Be(Periods.Year);
        Fact(text, 310_000).Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void A_figure_dated_to_a_day_in_its_clause_is_one_lot()
    {
        // §80 (probe p10): "... delivered in March. The dysprosium market was quiet, and a trader sold 200 kg of dysprosium on
        // Tuesday": one lot that day, not March's volume.
        var text = "Hudson Alloys LLC said it delivered 1,500 pounds of terbium metal in March. The dysprosium market was quiet, and a trader sold 200 kg of dysprosium on Tuesday.";
        Fact(text, 0.2).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void A_lot_for_qualification_is_one_off()
    {
        // §80 (dev7 H34): "will be able to make 500 tonnes of mixed oxide a year ..., and we've already agreed to sell 60 tonnes of it to
        // Solvay's La Rochelle site for qualification": one lot for testing, not a yearly share.
        var text = "Loopwise Magnetics Ltd said its plant will be able to make 500 tonnes of mixed oxide a year, and it has agreed to sell 60 tonnes of it to Kolbe Chemicals Ltd for qualification.";
        Fact(text, 60).Period.Should().Be(Periods.OneOff);
        Fact(text, 500).Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void Bare_concentrate_before_the_story_names_its_mineral_concentrate_in_the_next_sentence_is_that_mineral()
    {
        // §80 (dev7 H20): "expects to ship its first 5,000 wet metric tonnes of concentrate ... Once at full rate, Longonjo will
        // produce 40,000 dmt a year of monazite concentrate": the story's concentrate, named one sentence later.
        var text = "Kolbe Minerals Ltd expects to ship its first 5,000 tonnes of concentrate to its processing partner by March. "
                   + "Once at full rate, the mine will produce 40,000 tonnes a year of monazite concentrate.";
        Fact(text, 5_000).ProductId.Should().Be("monazite");
        Fact("Kolbe Minerals Ltd expects to ship its first 5,000 tonnes of concentrate to its processing partner by March.", 5_000)
            .ProductId.Should().Be("rare-earth-concentrate");
    }

    [Fact]
    public void Dry_and_wet_metric_tonnes_written_dmt_and_wmt_are_tonnes()
    {
        // §78 (dev7 H20): "will produce 40,000 dmt a year of monazite concentrate", "agreed to buy up to 20,000 dmt in 2027":
        // dmt (dry metric tonnes) and wmt (wet metric tonnes) are tonnes, taken 1:1 like "wet metric tonnes" written out.
        var yearly = Fact("Kolbe Minerals Ltd produced 25,000 dmt of monazite concentrate in 2025.", 25_000);
        yearly.Measure.Should().Be(Measures.Production);
        Fact("The Tarvik mine will produce 25,000 dmt a year of monazite concentrate.", 25_000).Period.Should().Be(Periods.PerYear);
        Fact("Kolbe Minerals Ltd shipped 1,150 wmt of rare earth concentrate last year.", 1_150).Should().NotBeNull();
        Fact("A refiner has agreed to buy up to 12,000 DMT of monazite concentrate in 2027 from Kolbe Minerals Ltd.", 12_000).Max.Should().Be(12_000);
        // Not a unit inside a word or a name.
        TestFiles.Recognize("Kolbe Minerals Ltd said 25 dmtx samples were tested.").Tonnages.Should().BeEmpty();
    }

    [Fact]
    public void Demand_against_supply_and_end_uses_that_take_a_share_are_demand()
    {
        // §78 (dev7 H38): "Demand for the underlying NdPr oxide will reach 94 kilotonnes in 2030, against primary supply of 81
        // kilotonnes": the supply behind "against" is the other side of the balance; the demand figure stays other.
        var balance = "Demand for dysprosium oxide is expected to reach 3,100 tonnes in 2032, against mine supply of 2,600 tonnes.";
        Fact(balance, 3_100).Measure.Should().Be(Measures.Other);
        Fact(balance, 2_600).Measure.Should().Be(Measures.Production);
        Fact("World consumption of terbium will climb to 780 tonnes in 2031 versus refined supply of 700 tonnes.", 780).Measure.Should().Be(Measures.Other);
        // "electric vehicle traction motors will take 118,000 tonnes in 2030": what an end use takes is demand.
        Fact("By end use, electric vehicle traction motors will take 118,000 tonnes of magnets in 2030, ahead of wind turbines.", 118_000)
            .Measure.Should().Be(Measures.Other);
        var split = "Wind turbines will take 64,000 tonnes of magnets in 2032, while consumer electronics will absorb 41,000 tonnes.";
        Fact(split, 64_000).Measure.Should().Be(Measures.Other);
        Fact(split, 41_000).Measure.Should().Be(Measures.Other);
        // Near misses: a company that takes material under a deal is an offtake.
        Fact("Kolbe Magnets Ltd will take 500 tonnes a year of NdPr oxide from Tarvik Minerals under the agreement.", 500)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_parallel_clause_of_forecasts_shares_the_market_supply_before_it()
    {
        // §78 (dev7 H39): "Project Blue expects ex-China mine supply to reach 95,000 t REO in 2030, while Wood Mackenzie sees
        // 78,000 t and CRU between 70,000 and 85,000 t": the later forecasts are of the same supply, output, not supply deals.
        var text = "Tarvik Research expects global mine supply to reach 95,000 t of rare earth oxide in 2030, while Kolbe Analytics sees 78,000 t and a third firm between 70,000 and 85,000 t.";
        Fact(text, 95_000).Measure.Should().Be(Measures.Production);
        Fact(text, 78_000).Measure.Should().Be(Measures.Production);
        Fact(text, 85_000).Measure.Should().Be(Measures.Production);
        // Near miss: a supply deal stays an offtake.
        Fact("Kolbe Minerals Ltd signed a supply agreement with Tarvik Magnets for 2,000 tonnes a year of NdPr oxide.", 2_000)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void The_yearly_feed_a_plant_takes_in_is_its_capacity()
    {
        // §78 (dev7 H33, H18, H26): "a Texas hub that would take 2,700 tonnes per annum of scrap", "shows the plant processing
        // 1.1 Mtpa of ore to produce ...", "plans an initial 425,000 tonnes a year of ore processing": a plant's yearly feed is its size.
        Fact("A magnet recycling hub planned by Kolbe Circular Ltd in Rotterdam would take 3,500 tonnes per annum of scrap.", 3_500)
            .Measure.Should().Be(Measures.Capacity);
        var study = "Tarvik Rare Metals Ltd said a revised study shows a concentrator processing 2.4 Mtpa of ore to produce about 21,000 tonnes a year of monazite concentrate.";
        Fact(study, 2_400_000).Measure.Should().Be(Measures.Capacity);
        Fact(study, 21_000).Measure.Should().NotBe(Measures.Capacity);
        Fact("Tarvik Rare Metals Ltd plans an initial 800,000 tonnes a year of ore processing at Mwinilunga.", 800_000)
            .Measure.Should().Be(Measures.Capacity);
        // Near misses: a buyer that will take a yearly amount is an offtake; feed put through in a past window is no capacity.
        Fact("Kolbe Magnets Ltd will take 500 tonnes a year of NdPr oxide from Tarvik Minerals under the agreement.", 500)
            .Measure.Should().Be(Measures.Offtake);
        Fact("Kolbe Circular Ltd processed 240 tonnes of magnet scrap at its pilot line last year.", 240)
            .Measure.Should().NotBe(Measures.Capacity);
    }

    [Fact]
    public void Mineral_sands_co_products_and_a_compared_figure_of_another_commodity_are_left_out()
    {
        // §78 (dev7 H24, H03): "produced 1,100 tonnes of sillimanite and 24,000 tonnes of rutile", "sold 61,000 tonnes of zircon
        // sand, down from 70,000 tonnes": sillimanite, kyanite, garnet and staurolite are mineral-sands co-products like rutile,
        // and a figure compared with another commodity's is of that commodity.
        NoFact("Kolbe Coastal Minerals Ltd produced 2,300 tonnes of sillimanite and 14,000 tonnes of ilmenite in the year to March.", 2_300);
        NoFact("Kolbe Coastal Minerals Ltd also shipped 650 tonnes of garnet to buyers in the Gulf.", 650);
        var compared = "Kolbe Coastal Minerals Ltd said its zircon sales fell to 9,800 tonnes, down from 11,200 tonnes a year earlier.";
        NoFact(compared, 9_800);
        NoFact(compared, 11_200);
        // Near miss: a rare-earth figure compared with an earlier one stays.
        Fact("Kolbe Coastal Minerals Ltd said monazite output rose to 4,100 tonnes from 3,600 tonnes.", 3_600).Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_yearly_amount_a_deal_is_for_with_a_lower_bound_is_an_offtake()
    {
        // §78 (dev7 H34): "We have shredder agreements for more than 11,000 tonnes of magnet-bearing scrap a year, and from that
        // we recover a mixed rare earth oxide": "more than", "at least", "over" before the figure still leave it the deal's.
        Fact("We have shredder agreements for more than 8,000 tonnes of magnet scrap a year, and from that we recover a mixed oxide, said the head of Kolbe Circular Ltd.", 8_000)
            .Measure.Should().Be(Measures.Offtake);
        Fact("Kolbe Circular Ltd signed contracts with scrap dealers for at least 2,500 tonnes of magnet scrap a year.", 2_500)
            .Measure.Should().Be(Measures.Offtake);
        // Near miss: with no deal word, "more than N a year" is no offtake.
        Fact("Kolbe Circular Ltd said it can recover more than 400 tonnes of mixed oxide a year at Leeds.", 400)
            .Measure.Should().NotBe(Measures.Offtake);
    }

    [Fact]
    public void A_yearly_supply_to_buyers_named_after_the_figure_is_an_offtake()
    {
        // §78 (dev7 H24): "IREL would supply 500 tonnes of neodymium oxide a year to Indian magnet makers selected under the
        // scheme": buyers after the figure make the supply a supply to someone, not what a project could put on the market (§44).
        Fact("An official said Kolbe Rare Earths Ltd would supply 500 tonnes of neodymium oxide a year to Indian magnet makers selected under the scheme.", 500)
            .Measure.Should().Be(Measures.Offtake);
        // Near misses: no buyer after the figure, the §44 reading (output) stays.
        Fact("Kolbe Rare Earths Ltd said its project could supply about 32,000 tonnes a year to the market if permitted.", 32_000)
            .Measure.Should().Be(Measures.Production);
        Fact("Kolbe Rare Earths Ltd said projects in Africa could together supply 7,000 tonnes a year by 2030.", 7_000)
            .Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void A_market_supply_with_a_material_word_after_its_qualifier_is_output()
    {
        // §78 (probe): "Northline sees ex-China oxide supply reaching 52,000 tonnes in 2032": one word of material between the
        // market qualifier and "supply" still names a market's supply (output), as "ex-China mine supply" does (§77).
        Fact("Tarvik Research sees global oxide supply reaching 52,000 tonnes in 2032.", 52_000).Measure.Should().Be(Measures.Production);
        Fact("Tarvik Research sees ex-China oxide supply reaching 52,000 tonnes in 2032.", 52_000).Measure.Should().Be(Measures.Production);
        // Near miss: a company's supply of a named amount to a buyer under a deal stays an offtake.
        Fact("Kolbe Minerals Ltd signed an oxide supply agreement with Tarvik Magnets for 2,000 tonnes a year.", 2_000)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void What_a_planned_plant_or_phase_will_add_is_capacity()
    {
        // §78 (dev6 G32, dev7 H32): "the 10X facility will add another 7,000 tons, which is what the Department of Defense offtake
        // is built around", "a second phase that would double that to 3,000 tonnes".
        Fact("Its Dayton plant is on track to reach 1,000 tons of magnet capacity next year, and the new Kolbe facility will add another 5,000 tons, which is what the offtake is built around.", 5_000)
            .Measure.Should().Be(Measures.Capacity);
        Fact("The Tarvik plant's capacity is 1,200 tonnes per year, and Kolbe Magnets Ltd is weighing a second phase that would double that to 2,400 tonnes.", 2_400)
            .Measure.Should().Be(Measures.Capacity);
        // Near misses: a past addition to output, and a buyer that will take an amount.
        Fact("Kolbe Minerals Ltd said its Tarvik plant added 500 tonnes of NdPr oxide output in the quarter.", 500)
            .Measure.Should().NotBe(Measures.Capacity);
        Fact("Kolbe Magnets Ltd will take 500 tonnes a year of NdPr oxide from Tarvik Minerals under the agreement.", 500)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_sentence_opening_acronym_with_a_relative_clause_owns_the_figure_in_it()
    {
        // §79 (dev7 H11): "TDK, which made roughly 9,500 tonnes of sintered magnets in fiscal 2025, said ...": the ambiguous
        // acronym opening the sentence with a relative clause is the company, not the one named in the sentence before.
        const string listed = "Shin-Etsu Chemical and TDK are both looking for dysprosium outside China. Shin-Etsu Chemical said it would convert its 2,000-tonne line by March. "
                              + "TDK, which shipped about 7,800 tonnes of sintered magnets in the year to March, said it was testing material from Australia.";
        Fact(listed, 7_800).SubjectId.Should().Be("tdk");
        Fact(listed, 2_000).SubjectId.Should().Be("shin-etsu");
        // Named nowhere else in the text, the acronym still counts with its relative clause.
        Fact("Shin-Etsu Chemical said it would convert its 2,000-tonne line by March. TDK, which made roughly 9,500 tonnes of sintered magnets last year, said it would add a line.", 9_500)
            .SubjectId.Should().Be("tdk");
    }

    [Fact]
    public void A_demonym_after_our_places_the_speakers_own_site_and_is_not_the_subject()
    {
        // §79 (dev7 H10): "'Our Vietnamese separation plant in Hai Phong treated 2,800 tonnes of mixed carbonate last year'":
        // the speaker's company, not Vietnam.
        const string text = "Kolbe Magnetics Ltd is looking for dysprosium outside China. "
                            + "\"Our Malaysian line processed 1,200 tonnes of alloy last year,\" a Kolbe Magnetics Ltd executive said.";
        Fact(text, 1_200).SubjectName.Should().Be("Kolbe Magnetics Ltd");
        // Near miss: the country acting itself keeps its figure.
        Fact("Kolbe Magnetics Ltd is looking for dysprosium outside China. Malaysia exported 1,200 tonnes of alloy last year, customs data showed.", 1_200)
            .SubjectId.Should().Be("MY");
    }

    [Fact]
    public void A_generic_unit_described_after_a_speech_verb_is_nobodys()
    {
        // §79 (dev7 H34): "Ghahreman said the average electric vehicle contains 1-2 kg of rare earth magnets, and a wind turbine
        // 600 kg per megawatt": general statements, not the speaker's company's.
        const string text = "Boreal Magnet Recovery Inc. plans to treat 1,500 tonnes of magnet scrap next year at its Quebec plant. "
                            + "Its chief executive said the average wind turbine contains about 650 kg of rare earth magnets per megawatt.";
        Fact(text, 0.65).SubjectName.Should().BeNull();
        Fact(text, 1_500).SubjectName.Should().Be("Boreal Magnet Recovery Inc.");
        // Near miss: the company's own units keep it.
        Single("Valdora Motors AG said its average car uses 2 kg of NdFeB magnets.").SubjectName.Should().Be("Valdora Motors AG");
    }

    [Fact]
    public void What_there_is_worldwide_is_nobodys()
    {
        // §79 (dev7 H33): "The company said there are about 50,000 tonnes of rare earth magnets in ... discarded each year
        // worldwide": a world stock, not the speaker's.
        Fact("Boreal Magnet Recovery Inc. plans to treat 1,500 tonnes of magnet scrap next year. The company said there are roughly 40,000 tonnes of magnets in discarded electronics worldwide each year.", 40_000)
            .SubjectName.Should().BeNull();
        // Near miss: what there is at the company's own plant stays the company's.
        Fact("Boreal Magnet Recovery Inc. plans to treat 1,500 tonnes of magnet scrap next year. The company said there are roughly 400 tonnes of scrap waiting at its Quebec plant.", 400)
            .SubjectName.Should().Be("Boreal Magnet Recovery Inc.");
    }

    [Fact]
    public void Material_processed_for_a_named_party_is_that_partys()
    {
        // §79 (dev7 H25): "IREL handled 11,400 tonnes of monazite in 2025-26, of which 4,300 tonnes was processed for Toyotsu Rare
        // Earths India under a tolling arrangement": the owner of the tolled material.
        const string text = "State-run Kestrel Minerals Ltd processed 8,200 tonnes of monazite at its Manali plant in 2025-26, of which 2,100 tonnes was processed for Hoshino Trading Co. under a tolling arrangement. "
                            + "Kestrel Minerals Ltd also refined 600 tonnes of concentrate for Marlow Rare Earths Plc last year.";
        Fact(text, 8_200).SubjectName.Should().Be("Kestrel Minerals Ltd");
        Fact(text, 2_100).SubjectName.Should().Be("Hoshino Trading Co.");
        Fact(text, 600).SubjectName.Should().Be("Marlow Rare Earths Plc");
        // Near miss: a name after "for" with no processing verb is no owner ("produced 600 tonnes for Y" stays the producer's).
        Single("Kestrel Minerals Ltd produced 600 tonnes of concentrate for Marlow Rare Earths Plc last year.").SubjectName.Should().Be("Kestrel Minerals Ltd");
    }

    [Fact]
    public void A_phase_of_the_plant_opening_a_sentence_goes_on_about_the_company_opening_the_sentence_before()
    {
        // §79 (dev7 H30): "Ucore ... announced that the U.S. Department of Defense has increased its award for the Strategic Metals
        // Complex ... Phase 1 of the complex is sized at 2,000 tonnes per annum": the company, not nobody.
        const string text = "Harrow Metals Corp. announced that the U.S. Department of Energy has raised its grant for the company's separation complex in Reno to US$25 million. "
                            + "Phase 1 of the complex is sized at 1,800 tonnes per annum of total rare earth oxides, expanding to 5,000 tpa in Phase 2.";
        Fact(text, 1_800).SubjectName.Should().Be("Harrow Metals Corp.");
        Fact(text, 5_000).SubjectName.Should().Be("Harrow Metals Corp.");
    }

    [Fact]
    public void An_asset_whose_owner_is_written_after_it_belongs_to_that_owner_not_to_the_licensing_body()
    {
        // §79 (dev7 H22): "the Mining Commission had approved a special mining licence for the Ngualla project of Peak Rare
        // Earths ... Ngualla is expected to produce 34,500 tonnes of concentrate a year": the project's owner.
        Single("LUSAKA - Chisanga Regional Council has granted a large-scale mining licence for the Kalulu project of Chisanga Minerals Plc, an official said on Thursday. "
               + "Kalulu is expected to produce 12,000 tonnes of monazite concentrate a year from 2028.")
            .SubjectName.Should().Be("Chisanga Minerals Plc");
        Single("Chisanga Regional Council has granted a licence for the Kalulu rare earth mine, owned by Chisanga Minerals Plc, on Monday. "
               + "Kalulu is expected to produce 12,000 tonnes of monazite concentrate a year.")
            .SubjectName.Should().Be("Chisanga Minerals Plc");
        // Near miss: with no owner after the asset, the first company of that sentence keeps it.
        Single("Chisanga Minerals Plc said Kolbe Mining Ltd would build the Kalulu project. Kalulu is expected to produce 12,000 tonnes of monazite concentrate a year.")
            .SubjectName.Should().Be("Chisanga Minerals Plc");
    }

    [Fact]
    public void A_sum_over_several_countries_is_nobodys()
    {
        // §79 (dev7 H38): "Adamas expects China's share of magnet production to fall to 78% by 2035, with Japan, Vietnam and the
        // United States adding about 40,000 tonnes of new capacity between them": nobody's, not a country's.
        Single("India, South Korea and Germany will add roughly 25,000 tonnes of magnet capacity between them by 2030, the consultancy said.")
            .SubjectName.Should().BeNull();
        Single("Brazil and Australia combined could mine 30,000 tonnes of rare earth oxide a year by 2030.")
            .SubjectName.Should().BeNull();
        // Near misses: one country, or a country's possessive beside another, keeps the country.
        Single("Brazil could mine 30,000 tonnes of rare earth oxide a year by 2030.").SubjectId.Should().Be("BR");
        Single("India will add roughly 25,000 tonnes of magnet capacity by 2030, matching Germany's plans.").SubjectId.Should().Be("IN");
    }

    [Fact]
    public void A_possessive_opener_after_a_figureless_company_anaphor_sentence_keeps_the_last_figures_holder()
    {
        // §79 (dev7 H02): "X, the Shenzhen-listed arm of Y, reported sales of 9,870 tonnes. The unit blamed a shortage of feed
        // .... Its Longnan separation plant ran at 72% of its 8,000-tonne nameplate": X's plant, not nobody's.
        const string text = "Hunan Jinlong Rare Earth Co., the Shanghai-listed arm of state-owned Xiangjiang Metals Group, reported 2025 sales of separated rare earth oxides of 6,240 tonnes. "
                            + "The company blamed a shortage of feed after provincial inspectors closed several mining blocks. "
                            + "Its Chenzhou separation plant ran at 64% of its 9,000-tonne nameplate.";
        Fact(text, 9_000).SubjectName.Should().Be("Hunan Jinlong Rare Earth Co.");
    }

    [Fact]
    public void A_spot_deal_at_a_price_written_in_millions_is_one_lot()
    {
        // §84 (dev7 H09): "a magnet maker in Ningbo bought 12 mt of dysprosium-iron alloy at 1.62 million yuan/mt": one deal at
        // a price, not a year's sales, also when the price has a scale word.
        Single("A Ganzhou separator sold 2 t of dysprosium oxide at 1.72 million yuan/t, traders said.").Period.Should().Be(Periods.OneOff);
        Single("A Baotou trader sold 40 t of NdPr oxide at 598,000 yuan/t, traders said.").Period.Should().Be(Periods.OneOff);
        // Near miss: a deal with a window of its own keeps it.
        Single("Kestrel Minerals Ltd sold 2,400 t of NdPr oxide in 2025 at 1.1 million yuan/t on average.").Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_plant_size_in_a_sentence_of_its_own_after_a_yearly_capacity_is_a_yearly_rate_implied()
    {
        // §84 (dev7 H31): "first-phase capacity of 2,000 tonnes a year of rare earth permanent magnets ... The plant can be
        // expanded to 5,000 tonnes": no rate written in its sentence, so per_year_implied (tonnages.md), not the rate before.
        const string text = "Heldberg Magnetwerke GmbH opened its sintered magnet plant near Dresden on Thursday with initial capacity of 1,200 tonnes a year of NdFeB magnets. "
                            + "The site can be expanded to 4,000 tonnes.";
        Fact(text, 1_200).Period.Should().Be(Periods.PerYear);
        Fact(text, 4_000).Period.Should().Be(Periods.PerYearImplied);
        // Near miss: a later sentence that writes its own rate keeps it.
        Fact(text.Replace("4,000 tonnes.", "4,000 tonnes a year."), 4_000).Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_separation_plants_size_with_no_material_is_separated_oxide_not_the_feed_named_before()
    {
        // §84 (dev7 H02): "The unit blamed a shortage of ionic clay feed ... Its Longnan separation plant ran at 72% of its
        // 8,000-tonne nameplate": reo (tonnages.md), not the clay.
        const string text = "Tamsen Rare Earth Co reported 2025 sales of separated rare earth oxides of 5,210 tonnes. "
                            + "The company blamed a shortage of mixed carbonate feed after the closure of two mines in Yunnan. "
                            + "Its Kunming separation plant ran at 61% of its 7,000-tonne nameplate.";
        Fact(text, 7_000).ProductId.Should().Be("reo");
        // Near miss: a separation plant that treats a feed is sized on the feed.
        Fact("Tamsen Rare Earth Co buys mixed rare earth carbonate from two mines in Yunnan. Its Kunming separation plant can treat 9,000 tonnes a year.", 9_000)
            .ProductId.Should().Be("mrec");
        // Near miss: a supply to separators is no separation plant's size; it keeps the concentrate (dev5 F18).
        Fact("Kalulu Minerals Ltd shipped 3,400 tonnes of rare earth concentrate in the first nine months. The company sells most of its output to Chinese separators but has agreed to supply 1,200 tonnes a year to a US buyer.", 1_200)
            .ProductId.Should().Be("rare-earth-concentrate");
    }

    [Fact]
    public void National_reserves_with_no_material_are_of_rare_earths_not_a_refined_product_named_before()
    {
        // §84 (dev7 H40): "... a 1,200 tpa separation plant in Louisiana to process heavy rare earth carbonate ... Brazil's
        // geological service estimates national reserves of 21 million tonnes": rare earths, not the carbonate.
        const string text = "Cordillera Tierras Raras SpA said it will build a 900 tpa plant in Antofagasta to refine heavy rare earth carbonate from its clay project. "
                            + "Chile's geological service estimates national reserves of 4.5 million tonnes.";
        Fact(text, 4_500_000).ProductId.Should().Be("rare-earths");
        Fact(text, 900).ProductId.Should().Be("heavy-rare-earth-concentrate");
        // Near miss: a company's own carbonate stock after the same sentence keeps the carbonate.
        Fact("Cordillera Tierras Raras SpA refines heavy rare earth carbonate in Antofagasta. The company holds 300 tonnes in its warehouse.", 300)
            .ProductId.Should().Be("heavy-rare-earth-concentrate");
    }

    [Fact]
    public void The_first_kilograms_produced_with_no_window_are_one_batch()
    {
        // §84 (dev7 H35): "has produced its first 10 kilograms of separated dysprosium oxide and 25 kg of terbium oxide": a first
        // batch, one_off (dev7 note 9), for both figures of the list.
        const string text = "Kelda Resources Limited reports that its subsidiary has produced its first 40 kilograms of neodymium oxide and 12 kg of dysprosium oxide from end-of-life motors.";
        Fact(text, 0.04).Period.Should().Be(Periods.OneOff);
        Fact(text, 0.012).Period.Should().Be(Periods.OneOff);
        // Near miss: the first tonnes with no window are output so far (§70, dev5 F14).
        Single("Aurum Rare Earths Ltd said it had produced the first 260 tonnes of mixed rare earth carbonate at its Kalahari project.")
            .Period.Should().Be(Periods.Cumulative);
    }

    [Fact]
    public void A_lot_sent_back_is_one_delivery_not_the_window_of_the_purchases_before()
    {
        // §84 (dev7 H37): "Arnold took only 3.5 tons in 2025. Arnold said the terbium was off-specification and that it had
        // returned 800 kg": one lot.
        const string text = "Lone Star Alloys LLC said a motor maker had agreed to buy 6 tonnes of terbium metal a year and took only 2.1 tonnes of it in 2025. "
                            + "The motor maker said the terbium was off-specification and that it had returned 400 kg.";
        var returned = Fact(text, 0.4);
        returned.Period.Should().Be(Periods.OneOff);
        returned.Measure.Should().Be(Measures.Shipment);
        // Near miss: a return rate written with its own window keeps it.
        Fact(text.Replace("returned 400 kg.", "returned 400 kg in 2025."), 0.4).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void An_amount_restated_in_another_unit_shares_the_window_and_measure_of_the_figure_it_restates()
    {
        // §84 (dev7 H21): "Trial mining in the quarter moved 38,000 wmt of ore to the run-of-mine pad, equal to 34,200 dmt": the
        // dry tonnes are the same quarter's, not unknown.
        const string text = "Trial mining in the quarter moved 52,000 wmt of ore to the run-of-mine pad at Mabura, equal to 46,800 dmt.";
        Fact(text, 46_800).Period.Should().Be(Fact(text, 52_000).Period);
        Fact(text, 46_800).Measure.Should().Be(Fact(text, 52_000).Measure);
        var monthly = "Marula Minerals Limited reported that in October the company mined 8,200 wmt of ore, or about 7,300 dmt. Shares rose 3% on Tuesday. The company treated 21,500 wet tonnes of ore in the quarter.";
        Fact(monthly, 7_300).Period.Should().Be(Periods.Month);
        // Near miss: a second figure with its own clause after "and" is no restatement.
        Fact("Trial mining in the quarter moved 52,000 wmt of ore to the pad, and the company expects to mine 200,000 tonnes a year from 2027.", 200_000)
            .Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void Amounts_over_several_years_or_up_to_a_deadline_are_summed_over_the_term()
    {
        // §84 (dev8 J04): "Iluka has agreed to take 3,000 tonnes of our xenotime concentrate over the first three years": a total.
        Single("Ural Separation Works has agreed to take 2,400 tonnes of loparite concentrate over the first four years of operation.")
            .Period.Should().Be(Periods.Cumulative);
        // §84 (dev8 J12): trial mining in two years joined sums both campaigns.
        Single("Trial mining at the Kvarts North zone in 2021 and 2022 produced about 6,500 tonnes of loparite ore.")
            .Period.Should().Be(Periods.Cumulative);
        // §84 (dev8 J20): a state body's purchases for its stockpile up to a deadline.
        Fact("Japan Organization for Metals and Energy Security holds about 800 tonnes of rare earth oxides at its Tsuruga warehouse and will buy an additional 450 tonnes by the end of 2029, the ministry said.", 450)
            .Period.Should().Be(Periods.Cumulative);
        // Near misses: one trial campaign is one lot; one purchase for the stockpile with no deadline stays one lot.
        Single("Kvarts Minerals will start trial mining next summer, extracting 20,000 tonnes of ore.").Period.Should().Be(Periods.OneOff);
        Single("Japan Organization for Metals and Energy Security said it had bought 38 tonnes of dysprosium oxide in a tender.").Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void A_sample_of_a_stated_size_is_one_lot_whatever_month_it_went_in()
    {
        // §84 (dev8 J05): "In March we sent a first bulk sample of 120 tonnes of concentrate to a prospective customer": one_off.
        const string text = "Tanga Minerals Ltd said it sent a bulk sample of 80 tonnes of monazite concentrate to a Japanese refiner in September. "
                            + "The company plans to ship about 1,500 tonnes a month from mid-2027.";
        Fact(text, 80).Period.Should().Be(Periods.OneOff);
        // Near miss: a monthly rate stays a month.
        Fact(text, 1_500).Period.Should().Be(Periods.Month);
    }

    [Fact]
    public void Metals_and_alloys_named_in_the_sentence_before_are_the_metal_product_of_the_figures_after()
    {
        // §84 (dev8 J32): "Japan's imports of rare earth metals and alloys rose 22% in the first ten months ... Imports totalled
        // 1,840 tonnes in January-October": rare-earth-metal, as in the figure's own sentence (§80 rule 3).
        const string text = "South Korea's imports of rare earth metals and alloys rose 15% in the first nine months of 2026, customs data showed. "
                            + "Imports totalled 960 tonnes in January-September, up from 835 tonnes a year earlier.";
        Fact(text, 960).ProductId.Should().Be("rare-earth-metal");
        Fact(text, 835).ProductId.Should().Be("rare-earth-metal");
        // Near miss: bare "rare earths" in the sentence before stay the group.
        Fact("South Korea's imports of rare earths rose 15% in the first nine months of 2026, customs data showed. Imports totalled 960 tonnes in January-September.", 960)
            .ProductId.Should().Be("rare-earths");
    }

    [Fact]
    public void The_ore_of_an_ionic_clay_project_is_the_clay()
    {
        // §84 (dev8 J09, J10, J07): "the Caldeira Ionic Clay Rare Earth Project ... The global resource now totals 1.52 billion
        // tonnes at 2,410 ppm TREO"; "Pela Ema ionic clay mine ... The mine processed 3.9 million tonnes of clay": ionic-clay.
        const string text = "Andina Clay Metals Ltd is pleased to report an upgraded Mineral Resource for the Puno Sur Ionic Clay Rare Earth Project in southern Peru. "
                            + "The resource now totals 410 million tonnes at 1,650 ppm TREO. "
                            + "A plant treating 3 Mtpa of clay would produce about 9,000 tonnes a year of mixed rare earth carbonate.";
        Fact(text, 410_000_000).ProductId.Should().Be("ionic-clay");
        Fact(text, 3_000_000).ProductId.Should().Be("ionic-clay");
        // Near misses: a hard-rock deposit named in the figure's sentence keeps the ore; with no ionic clay named, the ore stays.
        Fact(text + " Its hard-rock Cerro Alto carbonatite prospect hosts 22 million tonnes at 1.8% TREO.", 22_000_000).ProductId.Should().Be("rare-earth-ore");
        Single("Andina Clay Metals Ltd said its Puno Sur project has a resource of 410 million tonnes at 1,650 ppm TREO.").ProductId.Should().Be("rare-earth-ore");
    }

    [Fact]
    public void An_amount_over_calendar_years_is_summed_over_them()
    {
        // §84 (dev8 J03): "covers an initial 2,000 tonnes of MREC over calendar 2026 to 2028": cumulative, not the year 2026.
        Single("The binding offtake with Kolbe Trading GmbH covers an initial 1,500 tonnes of MREC over calendar 2027 to 2029.").Period.Should().Be(Periods.Cumulative);
        // Near miss: one calendar year stays a year.
        Single("The binding offtake with Kolbe Trading GmbH covers 1,500 tonnes of MREC in calendar 2027.").Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_bare_metal_after_a_metal_and_an_alloy_is_the_metal_named_before()
    {
        // §84 (dev8 J06): "turned out 412 tonnes of NdPr metal and 96 tonnes of NdFeB alloy in the first nine months of 2026, up
        // from 175 tonnes of metal in the same period a year earlier": NdPr metal, not the alloy named last.
        const string text = "Hai Phong Rare Metals JSC said its plant produced 265 tonnes of NdPr metal and 80 tonnes of NdFeB alloy in the first nine months of 2026, up from 190 tonnes of metal in the same period a year earlier.";
        Fact(text, 190).ProductId.Should().Be("ndpr-metal");
        Fact(text, 80).ProductId.Should().Be("ndfeb-alloy");
        // Near miss: with no metal product named before, bare metal stays rare earth metal in general.
        Single("Magnet makers in Ningbo bought roughly 300 tonnes of metal last month.").ProductId.Should().Be("rare-earth-metal");
    }

    [Fact]
    public void A_metal_and_an_alloy_joined_are_the_metal_product()
    {
        // §84 (dev8 J15): "capacity of 1,000 tpa of NdPr metal and NdFeB alloy": rare-earth-metal ("metals and alloys"), not the
        // first product of the list.
        Single("Kestrel Alloys Ltd will build a plant on Teesside with capacity of 1,500 tpa of NdPr metal and NdFeB alloy, the company said.")
            .ProductId.Should().Be("rare-earth-metal");
        // Near misses: one metal stays itself; two oxides joined keep their rules.
        Single("Kestrel Alloys Ltd produced 320 tonnes of NdPr metal in 2025.").ProductId.Should().Be("ndpr-metal");
        Single("Kestrel Alloys Ltd produced 40 tonnes of dysprosium oxide and terbium oxide in 2025.").ProductId.Should().Be("hreo");
    }

    [Theory]
    [InlineData("Dunmore Refining expects its refinery to produce 6,000 t/y of separated rare earth oxides. About 4,400 t/y of that will be NdPr oxide.", 4_400, "ndpr-oxide")]
    [InlineData("Kestrel Minerals produced 900 t of mixed oxides last year; some 120 t of it was dysprosium oxide.", 120, "dysprosium-oxide")]
    [InlineData("Dunmore Refining plans 2,000 tpa of output, and 700 tpa of this is expected to be separated NdPr oxide.", 700, "ndpr-oxide")]
    public void A_part_of_the_figure_before_named_after_a_copula_is_of_that_material(string text, double value, string product)
    {
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Fact]
    public void A_part_of_it_that_was_sold_keeps_the_material_of_the_whole()
    {
        Fact("Kestrel Minerals sold 500 t of NdPr oxide last year; some 120 t of it was sold to Japanese buyers.", 120).ProductId.Should().Be("ndpr-oxide");
    }

    [Theory]
    [InlineData("BEIJING, Nov 20 (Reuters) - China exported 4,018 tonnes of rare earths in October, customs data showed. Imports of rare earth ores from Myanmar rose to 12,350 tonnes, the highest since March.")]
    [InlineData("BEIJING, Nov 20 (Reuters) - China exported 4,018 tonnes of rare earths in October, customs data showed. Imports of rare earth ores from Myanmar rose to 12,350 tonnes, their highest level since March.")]
    public void A_record_since_a_month_is_not_an_amount_summed_since_it(string text)
    {
        var fact = Fact(text, 12_350);
        fact.Period.Should().Be("month");
        fact.PeriodDetail.Should().NotBe("March");
    }

    [Fact]
    public void An_amount_shipped_since_a_month_is_summed_since_it()
    {
        Fact("Kestrel Minerals has shipped 4,000 tonnes of concentrate since March.", 4_000).Period.Should().Be("cumulative");
    }

    [Fact]
    public void The_company_is_the_storys_company_not_a_partner_whose_name_ends_in_Company()
    {
        var text = "PERTH, Oct 30 (ASX announcement) - Lynas Rare Earths provides its activities report for the quarter. It signed a binding "
                   + "offtake with Hyundai Motor Company for electric-vehicle magnets. During the quarter the company stockpiled 86,000 tonnes of ore.";
        Fact(text, 86_000).SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void A_unit_named_in_apposition_after_the_opening_companys_short_name_owns_what_it_did()
    {
        // §83 (dev5 F17): "Ionic also said its Belfast recycling subsidiary, Ionic Technologies, processed 26 tonnes": the unit
        // acts in its own clause; the opening short name only says who said it.
        const string text = "Ionic Rare Earths said a licence was granted for its project. "
                            + "Ionic also said its Welsh recycling subsidiary, Tallis Technologies, processed 26 tonnes of magnet scrap in the September quarter.";
        Fact(text, 26).SubjectName.Should().Be("Tallis Technologies");
        // Near miss: a sentence opening with the short name, no unit named after it, stays the company.
        Fact("Ionic Rare Earths said a licence was granted. Ionic also said its plant processed 26 tonnes of magnet scrap in the quarter.", 26)
            .SubjectId.Should().Be("ionic-rare-earths");
    }

    [Fact]
    public void What_a_regulators_condition_on_a_licensee_is_about_is_the_licensees()
    {
        // §83 (dev7 H16): "Malaysia's Atomic Energy Licensing Board renewed the operating licence of Lynas Malaysia's plant ...,
        // on condition that it removes the ... residue now stored on site, which totals about 1.1 million tonnes": Lynas Malaysia's.
        Fact("The Kestrel Radiation Safety Agency renewed the licence of Tarvik Separation Ltd's plant for five years on condition that it removes the radioactive residue stored at the site, which totals about 260,000 tonnes.", 260_000)
            .SubjectName.Should().Be("Tarvik Separation Ltd");
        Fact("The Kestrel Radiation Safety Agency ordered Tarvik Separation Ltd to remove the residue at its plant, which totals about 260,000 tonnes.", 260_000)
            .SubjectName.Should().Be("Tarvik Separation Ltd");
        // Near miss: the agency's own figure, with no condition on a licensee, is not given to the company named.
        Fact("The Kestrel Radiation Safety Agency, which licenses Tarvik Separation Ltd, said it had stored 260,000 tonnes of residue at its own depot.", 260_000)
            .SubjectName.Should().NotBe("Tarvik Separation Ltd");
    }

    [Fact]
    public void The_unit_or_the_units_output_is_the_organisation_described_as_a_unit()
    {
        // §83 (dev7 H02): "X, the Shenzhen-listed arm of Y, reported ... The parent group, formed by merging ... Z and W, ...
        // Terbium oxide and dysprosium oxide together made up 1,150 tonnes of the unit's output": X's, not nobody's.
        const string text = "Karsten Separation Oy, the Finnish arm of Tarvik Group Ltd, reported sales of 3,100 tonnes of oxides. "
                            + "The parent group, formed by Halvern Mining Ltd and Osric Metals Ltd, received a new licence. "
                            + "Neodymium and praseodymium oxides made up 950 tonnes of the unit's output, the annual report showed.";
        Fact(text, 950).SubjectName.Should().Be("Karsten Separation Oy");
        const string opener = "Tarvik Group Ltd said Karsten Separation Oy, its Finnish subsidiary, separated 2,400 tonnes of oxides in 2025. "
                              + "Tarvik Group Ltd will list in Helsinki. The unit blamed a shortage of feed for the shortfall against its 3,000-tonne nameplate.";
        Fact(opener, 3_000).SubjectName.Should().Be("Karsten Separation Oy");
    }

    [Fact]
    public void A_units_candidate_named_after_the_one_organisation_does_not_block_the_one_organisation_fallback()
    {
        // §83 (dev7 H18): "Mkango Resources ... Mkango Polska, its Polish subsidiary, will refine ... The mineral reserve was
        // increased to 34.5 Mt": the unit does not make a second organisation, so the reserve is Mkango's, not nobody's.
        const string text = "Mkango Resources said its Songwe Hill project will produce 16,400 tonnes a year of concentrate. "
                            + "Mkango Polska, its Polish subsidiary, will refine the concentrate. Upfront capital was put at $325 million. "
                            + "The mineral reserve was increased to 34.5 Mt at 1.52% TREO.";
        Fact(text, 34_500_000).SubjectId.Should().Be("mkango");
        // Near miss: a second, unrelated candidate still leaves the reserve to nobody.
        const string other = "Mkango Resources said its Songwe Hill project will produce 16,400 tonnes a year of concentrate. "
                             + "Tarvik Metals Ltd will refine the concentrate. Upfront capital was put at $325 million. "
                             + "The mineral reserve was increased to 34.5 Mt at 1.52% TREO.";
        Fact(other, 34_500_000).SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_deposits_global_resource_is_the_holders_not_a_world_total()
    {
        // §83 (dev8 J09): "Meteoric Resources NL ... is pleased to report an upgraded Mineral Resource Estimate for the Caldeira
        // project ... in Brazil. The global resource now totals 1.52 billion tonnes": the holder's, not nobody's.
        const string text = "Harrow Minerals Ltd is pleased to report an upgraded Mineral Resource Estimate for its Tallis project in Brazil. "
                            + "The global resource now totals 410 million tonnes at 1,900 ppm TREO.";
        Fact(text, 410_000_000).SubjectName.Should().Be("Harrow Minerals Ltd");
        // Near miss: global demand stays nobody's.
        Fact("Harrow Minerals Ltd is pleased to report an upgraded resource. Global demand for magnets will reach 300,000 tonnes by 2035.", 300_000)
            .SubjectName.Should().BeNull();
    }

    [Fact]
    public void In_a_research_note_the_company_after_coverage_of_is_the_covered_company()
    {
        // §83 (dev8 J23): "Jefferies initiates coverage of USA Rare Earth with a Buy rating. Our thesis rests on the Stillwater
        // magnet plant, where phase one has nameplate of 1,200 tpa": the covered company's, not nobody's.
        const string text = "Initiation: Ucore (UCU) - Buy\n\nJefferies initiates coverage of Ucore Rare Metals with a Buy rating. "
                            + "Our thesis rests on the Alexandria complex, where phase one has nameplate of 2,000 tpa of separated oxides. "
                            + "The acquisition of Less Common Metals would give it alloy capacity.";
        Fact(text, 2_000).SubjectId.Should().Be("ucore");
        // Near miss: no research note, the plant of an unnamed holder stays as before (not the company after "coverage of").
        Fact("Halvern Securities said the newspaper's coverage of Tarvik Magnetics Inc was unfair. The Osric magnet plant, where phase one has nameplate of 1,200 tpa of sintered NdFeB, is owned by Dunmore Metals Ltd.", 1_200)
            .SubjectName.Should().NotBe("Tarvik Magnetics Inc");
    }

    [Fact]
    public void A_gapped_list_with_the_remaining_and_a_relative_clause_on_the_previous_figure_keep_their_holders()
    {
        // §83 (dev8 J29): "China Northern Rare Earth Group received 203,000 tonnes of the mining quota and China Rare Earth Group the
        // remaining 82,000 tonnes, which include the entire medium and heavy allocation of 19,150 tonnes": 82,000 and 19,150 t
        // are China Rare Earth Group's.
        const string text = "Halvern Metals Ltd received 120,000 tonnes of the mining quota and Osric Minerals Ltd the remaining 40,000 tonnes, "
                            + "which include the entire heavy rare earth allocation of 9,500 tonnes.";
        Fact(text, 40_000).SubjectName.Should().Be("Osric Minerals Ltd");
        Fact(text, 9_500).SubjectName.Should().Be("Osric Minerals Ltd");
        Fact("Halvern Metals Ltd received 120,000 tonnes of the quota and Osric Minerals Ltd the rest of the 40,000 tonnes allocated.", 120_000)
            .SubjectName.Should().Be("Halvern Metals Ltd");
    }

    [Fact]
    public void A_sentence_opening_with_the_award_is_about_its_recipient()
    {
        // §83 (dev8 J13): "The Department of Defense has awarded Ucore Rare Metals US$22.4 million ... The award supports a first
        // phase with capacity of 2,000 tonnes per annum": Ucore's, not nobody's.
        const string text = "The Department of Energy has awarded Tarvik Metals Corp. US$18 million to expand its plant in Ohio, the department said. "
                            + "The award supports a first phase with capacity of 1,500 tonnes per annum of rare earth oxides.";
        Fact(text, 1_500).SubjectName.Should().Be("Tarvik Metals Corp.");
        const string loan = "Export Finance Australia approved a A$90 million loan to Halvern Minerals Ltd for its refinery. "
                            + "The loan will fund a plant able to process 20,000 tonnes a year of concentrate.";
        Fact(loan, 20_000).SubjectName.Should().Be("Halvern Minerals Ltd");
    }

    [Fact]
    public void A_company_anaphor_after_a_sentence_that_moves_to_another_place_and_company_is_that_company()
    {
        // §83 (dev8 J12): "Vital Metals ... Vital ... Some 1,400 kilometres to the east, Torngat Metals is preparing a feasibility
        // study. The company expects the mine to produce 38,000 tonnes a year": Torngat's, not the company mentioned most.
        const string text = "Halvern Minerals Ltd has published a resource for its Tallis project. Halvern Minerals Ltd will decide in 2027 whether to restart mining. "
                            + "Some 900 kilometres to the west, Osric Metals Ltd is preparing a feasibility study. "
                            + "The company expects the mine to produce 21,000 tonnes a year of concentrate.";
        Fact(text, 21_000).SubjectName.Should().Be("Osric Metals Ltd");
        // Near miss: with no move to another place, the company mentioned most keeps it.
        const string plain = "Halvern Minerals Ltd has published a resource for its Tallis project. Halvern Minerals Ltd will decide in 2027 whether to restart mining. "
                             + "Analysts said Osric Metals Ltd is also preparing a study. "
                             + "The company expects the mine to produce 21,000 tonnes a year of concentrate.";
        Fact(plain, 21_000).SubjectName.Should().Be("Halvern Minerals Ltd");
    }

    [Fact]
    public void A_unit_the_parent_supplies_is_the_recipient_not_the_figures_subject()
    {
        // §83 (dev8 J15): "USA Rare Earth will supply LCM with up to 600 tonnes a year of NdPr oxide": the parent supplies, its
        // unit only receives.
        Fact("Lynas Rare Earths will supply Lynas Malaysia with up to 600 tonnes a year of mixed carbonate from 2027.", 600)
            .SubjectId.Should().Be("lynas");
        // Near miss: the unit that acts after its parent is named keeps its own figure.
        Fact("Lynas Rare Earths said Lynas Malaysia produced 1,820 tonnes of NdPr oxide in the quarter.", 1_820)
            .SubjectId.Should().Be("lynas-malaysia");
    }

    [Fact]
    public void A_volume_a_body_is_permitted_to_put_through_is_a_quota()
    {
        // §82 (dev7 H12): "Lynas's Kuantan facility is permitted to process 10,500 tonnes of NdPr equivalent a year": a limit set
        // on the plant, a quota, not its capacity.
        Single("Kestrel Rare Earths Bhd is now permitted to process up to 6,000 tonnes of NdPr oxide a year at its Pahang refinery.")
            .Measure.Should().Be("quota");
        Single("Under its new licence Marlow Metals Ltd is allowed to export no more than 800 tonnes of mixed rare earth carbonate a year.")
            .Measure.Should().Be("quota");
        // A permitted volume with no "up to" is still a ceiling: at most that much.
        var permitted = Single("Kestrel Rare Earths Bhd's Pahang refinery is permitted to process 6,000 tonnes of NdPr oxide a year.");
        permitted.Measure.Should().Be("quota");
        permitted.Min.Should().BeNull();
        permitted.Max.Should().Be(6_000);
        // Near misses: a plant built or designed to process a volume is its size; a plant that plans to process it keeps its own cue.
        Single("Kestrel Rare Earths Bhd built its Pahang refinery to process 6,000 tonnes of NdPr oxide a year.").Measure.Should().Be("capacity");
        Single("Kestrel Rare Earths Bhd is able to process 6,000 tonnes of NdPr oxide a year at its Pahang refinery.").Measure.Should().Be("capacity");
    }

    [Fact]
    public void A_ceiling_raised_or_set_to_a_figure_gives_only_a_maximum()
    {
        // §82 (dev7 H06): "For the whole of 2026 the ceiling on related-party purchases was raised to 250,000 tonnes": at most.
        var raised = Single("Jiangxi Hengfa Rare Earth Co. said the ceiling on its purchases of concentrate from its parent was raised to 30,000 tonnes for 2027.");
        raised.Min.Should().BeNull();
        raised.Max.Should().Be(30_000);
        var set = Single("Jiangxi Hengfa Rare Earth Co. said the cap on its 2027 purchases of concentrate was set at 18,000 tonnes.");
        set.Min.Should().BeNull();
        set.Max.Should().Be(18_000);
        // Near miss: a figure raised to with no ceiling word is a plain figure; "capacity" is no cap.
        Single("Jiangxi Hengfa Rare Earth Co. said its purchases of concentrate were raised to 30,000 tonnes in 2027.").Min.Should().Be(30_000);
        Single("Jiangxi Hengfa Rare Earth Co. said its separation capacity was raised to 30,000 tonnes a year.").Min.Should().Be(30_000);
    }

    [Fact]
    public void Tonnes_of_a_fuel_or_gas_equivalent_and_products_without_rare_earths_are_no_facts()
    {
        // §82 (dev7 H36, H32): "used 1.26 million tonnes of standard coal equivalent"; "would produce 1,500 tons a year of iron
        // nitride magnets, which contain no rare earths": no rare-earth mass at all.
        NoFact("Jiangxi Hengfa Rare Earth Co. produced 6,200 tonnes of separated oxides in 2026 and used 310,000 tonnes of standard coal equivalent.", 310_000);
        NoFact("Jiangxi Hengfa Rare Earth Co. produced 6,200 tonnes of separated oxides in 2026 and emitted 420,000 tonnes of CO2 equivalent.", 420_000);
        NoFact("A rival in Nagoya said its factory would make 2,000 tonnes a year of ferrite magnets, which contain no rare earths, from 2028.", 2_000);
        NoFact("Harrow Motors Ltd said it would build 5,000 tonnes a year of rare-earth-free motors from 2028.", 5_000);
        // Near misses: heavy-rare-earth-free magnets still hold neodymium; a rare-earth figure beside the coal stays.
        Single("Proterial will supply 3,000 tonnes of heavy-rare-earth-free NdFeB magnets annually from fiscal 2027.").Max.Should().Be(3_000);
        Fact("Jiangxi Hengfa Rare Earth Co. produced 6,200 tonnes of separated oxides in 2026 and used 310,000 tonnes of standard coal equivalent.", 6_200)
            .Measure.Should().Be("production");
    }

    [Fact]
    public void A_figure_in_an_of_which_clause_after_another_commodity_is_a_mass_of_that_commodity()
    {
        // §82 (dev7 H06): "The concentrate is produced from Bayan Obo iron ore, of which Baotou Steel mined some 16 million tonnes
        // last year": a mass of iron ore, no rare-earth fact.
        NoFact("The concentrate comes from iron ore, of which the parent mined about 9 million tonnes last year.", 9_000_000);
        // Near miss: "of which" after a rare-earth material keeps the figure.
        Single("The concentrate comes from monazite sand, of which the parent mined about 90,000 tonnes last year.").Max.Should().Be(90_000);
    }

    [Fact]
    public void What_comes_off_a_line_is_made_there()
    {
        // §82 (dev7 H17): "The company's first heavy rare earths, 4 tonnes of dysprosium oxide, came off the Malaysian line in
        // September": output, not other.
        Single("Harrow Magnetics Co. said its first 6 tonnes of terbium oxide came off the new line at its Oita plant in October.")
            .Measure.Should().Be("production");
        Single("Harrow Magnetics Co. said its first heavy rare earths, 4 tonnes of dysprosium oxide, rolled off the Oita line in September.")
            .Measure.Should().Be("production");
        // Near miss: a figure that came off a ship is no output.
        Single("Harrow Magnetics Co. said 6 tonnes of terbium oxide came off the ship at Kobe in October.").Measure.Should().NotBe("production");
    }

    [Fact]
    public void Ramping_up_to_a_rate_and_mining_give_output()
    {
        // §82 (dev7 H21): "Lindian expects to ramp up to around 1,300 tonnes of concentrate per month by mid-2027": output.
        Single("Chimala Minerals Ltd expects to ramp up to around 1,300 tonnes of monazite concentrate per month by mid-2027.")
            .Measure.Should().Be("production");
        Single("Harrow Magnetics Co. said the line is ramping up to 40 tonnes of terbium oxide a month.").Measure.Should().Be("production");
        // "mined 42,000 wmt of ore": what is mined is output.
        Single("Trial mining at the Chimala project of Chimala Minerals Ltd mined 42,000 wmt of ore in the quarter.").Measure.Should().Be("production");
        // Near miss: scaling up to a yearly rate stays the plant's size (§74).
        Single("Harrow Magnetics Co. said its Oita factory is scaling up to 1,000 tonnes of NdFeB magnets a year.").Measure.Should().Be("capacity");
    }

    [Fact]
    public void Material_toll_processed_for_another_party_is_feed_handled()
    {
        // §82 (dev7 H30, dev6 G13): "Ucore will toll-process 160 tonnes of mixed rare earth carbonate from a Brazilian supplier
        // during the 2026 commissioning period": other, not capacity or output.
        Single("Harrow Magnetics Co. will toll-process 250 tonnes of mixed rare earth carbonate for a Vietnamese miner next year.")
            .Measure.Should().Be("other");
        Single("Harrow Magnetics Co. toll treated 900 tonnes of concentrate for Chimala Minerals Ltd in 2025.").Measure.Should().Be("other");
        // Near miss: processing with no toll stays as before.
        Single("Harrow Magnetics Co. will process 250 tonnes of mixed rare earth carbonate next year.").Measure.Should().NotBe("other");
    }

    [Fact]
    public void A_cut_to_a_stock_is_a_change_not_the_stock()
    {
        // §82 (dev7 H16): "cut its residue stockpile by at least 450,000 tonnes by 2030": other.
        var cut = Single("The regulator told Siam Rare Earth Refining Co. to reduce its thorium residue stockpile by at least 90,000 tonnes by 2029.");
        cut.Measure.Should().Be("other");
        cut.Period.Should().Be("cumulative");
        Single("Siam Rare Earth Refining Co. drew down its carbonate inventories by 1,200 tonnes in the quarter.").Measure.Should().Be("other");
        // Near miss: a stock that stands at a figure is the stock.
        Single("Siam Rare Earth Refining Co. said its thorium residue stockpile stood at 90,000 tonnes in June.").Measure.Should().Be("stockpile");
    }

    [Fact]
    public void A_stock_word_in_an_aside_after_the_figure_does_not_take_its_measure()
    {
        // §82 (dev7 H36): "Radioactive waste residue generated during smelting totalled 61,400 tonnes, all stored at a licensed
        // facility": residue generated in the year, other.
        var generated = Single("At Siam Rare Earth Refining Co., residue generated at the Rayong plant totalled 14,200 tonnes, all stored in lined cells on site.");
        generated.Measure.Should().Be("other");
        generated.Period.Should().Be("year");
        // Near miss: with no cue of its own before the figure, the stock word decides.
        Single("At Siam Rare Earth Refining Co., residue at the Rayong plant totalled 14,200 tonnes, all stored in lined cells on site.")
            .Measure.Should().Be("stockpile");
    }

    [Fact]
    public void Material_stockpiled_at_a_place_that_a_verb_only_means_to_move_is_a_stock()
    {
        // §82 (dev7 H16): "despite requests from miners to ship 80,000 tonnes of ionic clay ore stockpiled at the Bukit Merah
        // site": a stock, not a shipment.
        Single("Miners in Nakhon Si Thammarat have asked for permission to sell 25,000 tonnes of monazite sand stockpiled at the Khanom jetty.")
            .Measure.Should().Be("stockpile");
        // Near miss: a shipment made of stored material stays a flow.
        Single("Siam Rare Earth Refining Co. shipped 1,800 tonnes of mixed carbonate stored at its Rayong warehouse in September.")
            .Measure.Should().Be("shipment");
    }

    [Fact]
    public void Material_that_could_be_recovered_and_ore_a_body_holds_are_resources()
    {
        // §82 (dev7 H36, H22): "containing an estimated 15 million tonnes of rare earth oxides that could be recovered in future";
        // "a second rare earth project, Wigu Hill, held an estimated 3.3 million tonnes of ore".
        const string text = "Ganzhou Huaxin Rare Earth Co. said its Longhu tailings pond now holds about 48 million tonnes of tailings, containing an estimated 1.9 million tonnes of rare earth oxides that could be recovered in future.";
        Fact(text, 1_900_000).Measure.Should().Be("resource");
        Fact("Ganzhou Huaxin Rare Earth Co. expects to produce 3,000 tonnes of oxide a year. A neighbouring prospect, Shixing, held an estimated 6.5 million tonnes of ore, the company said.", 6_500_000)
            .Measure.Should().Be("resource");
        // Near misses: a warehouse holding oxide is a stock; what a plant can recover a year is output.
        Single("Ganzhou Huaxin Rare Earth Co. said its warehouse held 420 tonnes of oxide at year-end.").Measure.Should().Be("stockpile");
        Single("Ganzhou Huaxin Rare Earth Co. said the plant could recover 500 tonnes of oxide a year.").Measure.Should().Be("production");
    }

    [Fact]
    public void A_partitive_of_a_figure_the_story_already_gave_is_no_new_fact()
    {
        // §82 (dev7 H22): "Tanzania exported 2,870 tonnes of rare earth concentrate ... no local buyer had bought any of the 2,870
        // tonnes": one fact, the export.
        var facts = TestFiles.Recognize("Zambezi Minerals Ltd exported 1,900 tonnes of monazite concentrate in the quarter. "
                                        + "No local buyer has bought any of the 1,900 tonnes under the country's beneficiation rule.").Tonnages;
        facts.Should().ContainSingle().Which.Measure.Should().Be("export");
        // Near miss: a partitive of a figure the story has not given is a fact of its own.
        Single("Zambezi Minerals Ltd said local buyers had bought some of the 600 tonnes of concentrate offered in the quarter.")
            .Max.Should().Be(600);
    }

    [Fact]
    public void An_aside_after_the_figure_does_not_lend_its_cue_and_a_participle_aside_is_no_cue()
    {
        // §82 (dev8 J15, J30): "UK consumption of rare earth magnets is estimated at about 4,600 tonnes a year, nearly all of it
        // imported from China": demand, not imports; "Exports of yttrium oxide, used in thermal barrier coatings for jet engines,
        // remained depressed at just 18 tonnes in September": an export, not a use.
        Single("Canadian consumption of rare earth magnets is estimated at about 2,300 tonnes a year, almost all of it imported from Asia.")
            .Measure.Should().Be("other");
        Single("Exports of cerium oxide from Canada, used in glass polishing, fell to just 35 tonnes in September.").Measure.Should().Be("export");
        // Near miss: with no cue of its own before the figure, the aside's cue still decides.
        Single("Canada took in about 2,300 tonnes of rare earth magnets last year, almost all of it imported from Asia.").Measure.Should().Be("import");
    }

    [Fact]
    public void Material_thrown_away_is_other()
    {
        // §82 (dev8 J40): "HyProMag estimates that the UK throws away more than 1,000 tonnes of scrap magnets a year, most of it
        // shredded with steel": other.
        const string text = "Canadian consumption of rare earth magnets is about 2,300 tonnes a year. Canada throws away more than 400 tonnes of scrap magnets a year, most of it shredded with steel.";
        Fact(text, 400).Measure.Should().Be("other");
        Single("Harrow Recycling Ltd said Canadian recyclers discarded about 120 tonnes of magnet swarf in 2025.").Measure.Should().Be("other");
    }

    [Fact]
    public void Shapes_without_a_cue_word_keep_their_measure_in_a_sentence_after_a_figure()
    {
        // §82 (dev8 J05, J22, J33): the sentence before's measure does not take over a permitted volume, one unit's use or an
        // estimate of material in a deposit.
        const string text = "Tanager Minerals Ltd produced 2,150 tonnes of concentrate in the quarter. "
                            + "The approval granted by the state government allows the company to mine up to 3 Mtpa of ore. "
                            + "A typical electric bus carries about 10 kilograms of NdFeB magnets. "
                            + "The Geological Survey of Canada has estimated 85,000 tonnes of rare earth oxide in a carbonatite complex near Thunder Bay.";
        var quota = Fact(text, 3_000_000);
        quota.Measure.Should().Be("quota");
        quota.Min.Should().BeNull();
        Fact(text, 0.01).Measure.Should().Be("intensity");
        Fact(text, 85_000).Measure.Should().Be("resource");
        // Near miss: an estimate of a flow with no deposit after it is no resource.
        Fact("Tanager Minerals Ltd exported 2,150 tonnes of concentrate in the quarter. Analysts have estimated 3,000 tonnes of exports for the next quarter.", 3_000)
            .Measure.Should().NotBe("resource");
    }

    [Fact]
    public void A_label_with_a_mining_verb_gives_output()
    {
        // §82 (dev8 J03): "- Yangibana ore mined: 182,000t at 1.04% TREO": output.
        Single("Tanager Minerals Ltd quarterly report. Ore mined: 96,000t at 1.3% TREO.").Measure.Should().Be("production");
    }

    [Fact]
    public void A_bracketed_window_cell_after_a_grade_is_the_rows_figure_and_an_averaged_throughput_is_feed()
    {
        // §82 (dev8 J03): "- Yangibana ore mined: 182,000t at 1.04% TREO (June quarter: 151,000t)"; "- Beneficiation plant
        // throughput: averaged 1,950 tpd in September against a design rate of 2,100 tpd".
        const string row = "Tanager Minerals Ltd quarterly report. Ore mined: 96,000t at 1.3% TREO (June quarter: 88,000t).";
        var cell = Fact(row, 88_000);
        cell.Measure.Should().Be("production");
        cell.ProductId.Should().Be("rare-earth-ore");
        Fact("Tanager Minerals Ltd quarterly report. Plant throughput: averaged 1,950 tpd in September against a design rate of 2,100 tpd.", 1_950)
            .Measure.Should().Be("other");
        // Near miss: the design rate stays capacity.
        Fact("Tanager Minerals Ltd quarterly report. Plant throughput: averaged 1,950 tpd in September against a design rate of 2,100 tpd.", 2_100)
            .Measure.Should().Be("capacity");
    }

    [Fact]
    public void Lower_case_mt_graded_like_ore_is_million_tonnes_and_a_bracketed_unit_definition_is_no_figure()
    {
        // §82 (dev8 J09, J25): "The Measured and Indicated portion is 612 mt at 2,780 ppm TREO"; "Quantities are expressed in short
        // dry tons (2,000 pounds) unless otherwise stated".
        Single("Tanager Minerals Ltd said the Indicated portion of the resource is 214 mt at 1,900 ppm TREO.").Max.Should().Be(214_000_000);
        TestFiles.Recognize("Tanager Minerals Ltd sold 300 short tons of concentrate. Quantities are in short tons (2,000 pounds) unless stated otherwise.")
            .Tonnages.Should().ContainSingle();
        // Near misses: metric tonnes of a refined product at a price stay tonnes; a concentrate's grade is no ore grade.
        Single("A Baotou trader sold 300 mt of Pr-Nd oxide at 615,000 yuan/mt.").Max.Should().Be(300);
        Single("Tanager Minerals Ltd shipped 5,000 mt at 55% TREO in the quarter.").Max.Should().Be(5_000);
    }

    [Fact]
    public void A_second_estimate_listed_after_the_first_is_a_resource_too()
    {
        // §82 (dev8 J33): "GSI has estimated 1.11 lakh tonnes of rare earth oxide in a carbonatite complex ... and nearly 2.5
        // million tonnes of rare earth-bearing ore at a new block in Odisha's Rayagada district".
        const string text = "NEW DELHI: The Geological Survey of India (GSI) has estimated 1.11 lakh tonnes of rare earth oxide in a carbonatite complex in Rajasthan's Barmer district and nearly 2.5 million tonnes of rare earth-bearing ore at a new block in Odisha's Rayagada district, the Ministry of Mines told Parliament on Wednesday.";
        TestFiles.Recognize(text).Tonnages.Should().HaveCount(2).And.OnlyContain(f => f.Measure == "resource");
    }

    [Fact]
    public void A_plant_or_stage_sized_or_rated_at_a_figure_is_its_capacity_and_a_company_limited_is_no_cap()
    {
        // §82 (dev8 J05): "The approval ... allows us to mine up to 5 Mtpa of mineral sands ..., although stage one is sized at
        // 2.5 Mtpa": the stage's size, a plain figure.
        var sized = Single("VHM Limited said stage one is sized at 2.5 Mtpa of mineral sands.");
        sized.Measure.Should().Be("capacity");
        sized.Min.Should().Be(2_500_000);
        Single("Tanager Minerals Ltd said its new kiln is rated at 120 tonnes a day of concentrate.").Measure.Should().Be("capacity");
        // Near miss: a lower-case "limited" still makes a cap.
        Single("Exports of concentrate were limited this year to shipments at 5,000 tonnes.").Min.Should().BeNull();
    }

    [Fact]
    public void Make_up_is_a_share_not_a_verb_of_making()
    {
        // §82 (dev8 J09): "The Measured and Indicated portion is 612 mt at 2,780 ppm TREO. Magnet rare earth oxides make up 24% of
        // the contained TREO, equivalent to some 880,000 tonnes of MREO": the resource of the sentence before, not output.
        const string text = "Tanager Minerals Ltd said its resource now totals 1.5 billion tonnes at 2,400 ppm TREO. The Indicated portion is 214 mt at 1,900 ppm TREO. "
                            + "Magnet rare earth oxides make up 24% of the contained TREO, equivalent to some 860,000 tonnes of MREO, which places the project among the largest magnet metal deposits outside China.";
        Fact(text, 860_000).Measure.Should().Be("resource");
        // Near miss: "made" with an object stays output.
        Single("Tanager Minerals Ltd made 860 tonnes of MREO last year.").Measure.Should().Be("production");
    }

    [Fact]
    public void A_state_funder_named_beside_the_one_company_does_not_make_its_project_figures_nobodys()
    {
        var text = "PERTH, Oct 30 (ASX announcement) - Lynas Rare Earths provides its activities report for the quarter.\n\n"
                   + "- Export Finance Australia confirmed its A$200 million loan commitment\n\n"
                   + "The Hollis project is designed to produce 4,440 tonnes per annum of NdPr oxide once in steady state.";
        Fact(text, 4_440).SubjectId.Should().Be("lynas");
    }

    [Theory]
    [InlineData("PERTH, Oct 30 (ASX announcement) - Lynas Rare Earths Ltd (ASX: LYC) provides its activities report for the quarter.\n\n"
                + "- Binding offtake with Hyundai Motor Company for electric-vehicle magnets\n\n"
                + "Hollis is designed to produce 4,440 tonnes per annum of NdPr oxide once in steady state.", "Lynas Rare Earths Limited")]
    [InlineData("Kestrel Minerals Ltd is pleased to announce the results of its definitive feasibility study.\n\n"
                + "- Memorandum of understanding with Hyundai Motor Company and Lynas Rare Earths\n\n"
                + "Hollis is designed to produce 4,440 tonnes per annum of NdPr oxide once in steady state.", "Kestrel Minerals Ltd")]
    public void In_a_companys_own_release_a_figure_naming_nobody_is_the_releasing_companys(string text, string company)
    {
        Fact(text, 4_440).SubjectName.Should().Be(company);
    }

    [Fact]
    public void The_older_value_after_up_from_the_does_not_take_the_new_values_year()
    {
        var text = "PERTH - Dunmore Refining now expects its refinery to produce 6,000 t/y of separated rare earth oxides once it reaches "
                   + "steady state in 2028, up from the 5,500 t/y in its 2022 final investment decision.";
        Fact(text, 5_500).PeriodDetail.Should().NotBe("2028");
        Fact(text, 6_000).PeriodDetail.Should().Be("2028");

        // The older value named by what it was: "an earlier target of", "its previous guidance of".
        var target = "Dunmore Refining now expects to produce 4,800 tonnes a year of NdPr oxide from 2029, up from an earlier target of 4,440 tonnes.";
        Fact(target, 4_440).PeriodDetail.Should().BeNull();
        Fact(target, 4_800).PeriodDetail.Should().Be("from 2029");
    }

    [Theory]
    [InlineData("During the quarter Kestrel Minerals moved 1.2 million tonnes of waste at the pre-strip and stockpiled 86,000 tonnes of ore.", 1_200_000)]
    [InlineData("The open pit will move a total of 41 million tonnes of waste.", 41_000_000)]
    [InlineData("Kestrel Minerals removed 300,000 tonnes of overburden in October.", 300_000)]
    public void Waste_rock_or_overburden_moved_to_reach_ore_is_no_fact(string text, double value)
    {
        NoFact(text, value);
    }

    [Fact]
    public void Waste_named_as_a_feed_stays_a_fact()
    {
        TestFiles.Recognize("Kestrel Recycling will process 5,000 tonnes of waste magnets a year.").Tonnages.Should().ContainSingle(f => f.Min == 5_000);
    }

    [Fact]
    public void A_bank_that_signs_a_broker_note_is_no_second_company_for_the_notes_unnamed_figures()
    {
        const string Note = "BROKER NOTE - Hastings Technology Metals (HAS): Yangibana funding closes\n\nMacquarie Research, 3 March 2027\n\n"
                            + "We model steady state output of 3,200 tpa of NdPr oxide from FY30, in line with the feasibility study.";
        Single(Note).SubjectId.Should().Be("hastings");

        const string Candidate = "BROKER NOTE - Kestrel Rare Earths Ltd (KRE) has closed its funding.\n\nMacquarie Research, 3 March 2027\n\n"
                                 + "We model steady state output of 3,200 tpa of NdPr oxide from FY30, in line with the feasibility study.";
        Single(Candidate).SubjectName.Should().Be("Kestrel Rare Earths Ltd");
    }

    [Fact]
    public void The_headlines_one_company_owns_figures_a_text_that_names_nobody_reports_but_never_trade_or_a_world_total()
    {
        static IReadOnlyList<TonnageFact> Read(string file) =>
            ExtractionPipeline.CreateDefault().Extract(new RawDocument("story.txt", System.Text.Encoding.UTF8.GetBytes(file))).Entities.Tonnages;

        // The reader keeps the headline apart from the main text, so the text itself names nobody.
        var facts = Read("Arafura Rare Earths lifts Nolans output target\n\nSYDNEY, Oct 30 (Reuters) - The Australian miner said on Thursday it now "
                         + "expects to produce 4,800 tonnes a year of NdPr oxide from 2029, up from an earlier target of 4,440 tonnes.\n\n"
                         + "World demand for NdPr oxide will reach 90,000 tonnes by 2030, the company said.\n\n"
                         + "China's exports of the oxide rose to 12,000 tonnes last year.");
        facts.Single(f => f.Min == 4_800).SubjectId.Should().Be("arafura");
        facts.Single(f => f.Min == 4_440).SubjectId.Should().Be("arafura");
        facts.Single(f => f.Min == 90_000).SubjectName.Should().BeNull();
        facts.Single(f => f.Min == 12_000).SubjectId.Should().Be("CN");

        // A headline naming two companies decides nothing, and a text that names its company keeps it.
        Read("Arafura and Lynas lift output targets\n\nSYDNEY, Oct 30 (Reuters) - The miner expects to produce 4,800 tonnes a year of NdPr oxide from 2029.")
            .Single().SubjectId.Should().NotBe("arafura").And.NotBe("lynas");
        Read("Arafura lifts output target\n\nSYDNEY, Oct 30 (Reuters) - Iluka Resources expects to produce 4,800 tonnes a year of NdPr oxide from 2029.")
            .Single().SubjectId.Should().Be("iluka");
    }

    [Fact]
    public void A_window_that_dates_a_rule_or_belongs_to_another_figures_verb_phrase_is_not_the_figures_detail()
    {
        var exports = "China's exports of rare earths fell 6.2% in October from the previous month to 4,120 metric tons, customs data showed, "
                      + "as exporters waited for licences under the controls Beijing introduced in April.";
        Fact(exports, 4_120).PeriodDetail.Should().Be("October");

        var circuit = "The heavy rare earths circuit made its first 1.5 tonnes of dysprosium oxide in September and would be able to separate "
                      + "up to 1,500 tonnes a year of heavy rare earth feed once fully commissioned.";
        Fact(circuit, 1.5).PeriodDetail.Should().Be("September");
        Fact(circuit, 1_500).PeriodDetail.Should().BeNull();

        // A window shared by a list of figures under one verb stays with each of them.
        var list = "In 2025 Kestrel Minerals produced 10,000 tonnes of rare earth oxide and 2,600 tonnes of NdPr oxide.";
        Fact(list, 2_600).PeriodDetail.Should().Be("2025");

        // "the first ten months of the year" names the window of a year-to-date total.
        Fact("Exports in the first ten months of the year reached 48,650 tons, down 3.1% from a year earlier.", 48_650)
            .PeriodDetail.Should().Be("first ten months of the year");
    }

    [Fact]
    public void A_part_that_accounted_for_some_of_a_running_total_is_summed_over_the_same_span()
    {
        // period33 (dev8 J32): "Imports totalled 1,840 tonnes in January-October ... Shipments from China accounted for 1,290 tonnes".
        var text = "SEOUL, Oct 15 (Yonhap) - South Korea's imports of rare earth metals reached 2,760 tonnes in January-September, up from "
                   + "2,300 tonnes a year earlier, customs data showed. Shipments from Vietnam accounted for 1,020 tonnes.";
        Fact(text, 1_020).Period.Should().Be(Periods.Cumulative);
        // Near miss: a part of a month's figure stays in the month.
        var month = "SEOUL, Oct 15 (Yonhap) - South Korea's imports of rare earth metals reached 640 tonnes in September, up from "
                    + "580 tonnes a year earlier, customs data showed. Shipments from Vietnam accounted for 210 tonnes.";
        Fact(month, 210).Period.Should().Be(Periods.Month);
    }

    [Theory]
    [InlineData("Sandline Minerals said feed will come from a stockpile of monazite and xenotime concentrate, which the company put at 400,000 tonnes.", 400_000)]
    [InlineData("Redcliff Resources said it will sell 20,000 tonnes a year of bastnaesite and monazite concentrate to the refinery.", 20_000)]
    public void Two_minerals_joined_before_one_concentrate_are_a_mixed_mineral_concentrate(string text, double value)
    {
        // period33 (dev8 J01): "a stockpile of monazite and xenotime concentrate held at Eneabba, which Iluka put at 1.1 million tonnes".
        Fact(text, value).ProductId.Should().Be("rare-earth-concentrate");
    }

    [Fact]
    public void Two_concentrates_each_with_its_own_figure_stay_apart()
    {
        var text = "Tarni Sands will sell 8,000 tonnes a year of monazite concentrate and 1,500 tonnes of xenotime concentrate.";
        Fact(text, 8_000).ProductId.Should().Be("monazite");
        Fact(text, 1_500).ProductId.Should().Be("xenotime");
    }

    [Theory]
    [InlineData(900)]
    [InlineData(1.5)]
    public void A_plans_quantities_are_for_the_fiscal_year_a_figureless_sentence_before_names(double value)
    {
        // period33 (dev8 J25): "... may be acquired or disposed of during fiscal year 2027. The listed quantities are not forecasts.
        // Potential acquisitions include up to 1,100 short tons of NdPr oxide ...".
        var text = "WASHINGTON, Oct 1 - The agency announced the largest quantities of materials it may buy or sell during fiscal year 2027. "
                   + "The quantities are not forecasts. Potential acquisitions include up to 900 tonnes of NdPr oxide and up to 20 tonnes of "
                   + "dysprosium oxide. Potential disposals include up to 1,500 kg of europium oxide.";
        Fact(text, value).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_plan_sentence_naming_two_fiscal_years_gives_no_year_to_the_figures_after()
    {
        // Near miss: two fiscal years named before are no single window of the plan.
        var text = "WASHINGTON, Oct 1 - The agency compared what it may buy during fiscal 2026 and during fiscal 2027. "
                   + "Potential acquisitions include up to 900 tonnes of NdPr oxide.";
        Fact(text, 900).Period.Should().NotBe(Periods.Year);
    }

    [Fact]
    public void For_the_year_names_a_years_window()
    {
        // period33: "The plan also lists 44,000 pounds of samarium-cobalt alloy for the year" read one_off before.
        Fact("The plan also lists 44,000 tonnes of samarium-cobalt alloy for the year.", 44_000).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void Last_month_takes_the_month_before_the_datelines_month_as_its_detail()
    {
        // period33: "fell to 4,612 tonnes last month" should carry the month's name when the dateline gives the month.
        var text = "BEIJING, November 20 (Xinhua) -- Imports of rare earth compounds from Myanmar fell to 2,110 tonnes last month, customs data showed.";
        var fact = Fact(text, 2_110);
        fact.Period.Should().Be(Periods.Month);
        fact.PeriodDetail.Should().Be("October");
        var january = "SYDNEY, Jan 8 (Reuters) - Kestrel Minerals said output of mixed rare earth oxide fell to 612 tonnes last month.";
        Fact(january, 612).PeriodDetail.Should().Be("December");
        // Near miss: with no dateline, no month is guessed.
        Fact("Imports of rare earth compounds from Myanmar fell to 2,110 tonnes last month.", 2_110).PeriodDetail.Should().BeNull();
    }

    [Fact]
    public void A_running_total_to_date_of_lots_for_testing_is_cumulative()
    {
        // period33: "has sold 3 tonnes of carbonate to date to European buyers for testing" read one lot.
        Fact("Northvale Metals said it has sold 3 tonnes of carbonate to date to European buyers for testing.", 3).Period.Should().Be(Periods.Cumulative);
        // Near miss: a lot for testing with no running total stays one lot (product31).
        Fact("Northvale Metals said it sold 2 tonnes of carbonate to European buyers for testing.", 2).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void A_figure_in_apposition_to_a_first_cargo_is_one_lot_whatever_the_month()
    {
        // period33: "shipped its first cargo, 2,000 tonnes of monazite concentrate, to China in February" read month.
        Fact("SAO PAULO, March 9 - Serra Azul Minerais said it shipped its first cargo, 2,000 tonnes of monazite concentrate, to China in February.", 2_000)
            .Period.Should().Be(Periods.OneOff);
        // Near miss: a month's shipments with no first lot named stay the month's.
        Fact("SAO PAULO, March 9 - Atlantica Sands shipped 1,400 tonnes of monazite concentrate to China in February.", 1_400)
            .Period.Should().Be(Periods.Month);
    }

    [Fact]
    public void A_group_term_restated_in_brackets_as_a_product_is_that_product()
    {
        // period33: "output of heavy rare earths (dysprosium and terbium oxides) reached 18 tonnes" read the group term.
        Fact("Pentland Rare Earths said output of heavy rare earths (dysprosium and terbium oxides) reached 18 tonnes in the first half.", 18)
            .ProductId.Should().Be("hreo");
        // Near miss: with no bracket the group term stays.
        Fact("Kestrel Minerals said output of heavy rare earths reached 11 tonnes in the first half.", 11).ProductId.Should().Be("heavy-rare-earths");
    }

    [Fact]
    public void When_a_material_was_put_under_control_dates_that_act_not_the_figure()
    {
        // period33 (dev8 J30): "licences covering more than 4,200 tonnes of the seven ... rare earths it placed under control in April
        // 2025 - ... - along with magnets containing them, since general licences were introduced in October" read April's month.
        var text = "BEIJING, Nov 12 (Reuters) - China's commerce ministry said it had approved export licences covering more than 3,600 tonnes of the "
                   + "five heavy rare earths it put under control in April 2025 - terbium, dysprosium, lutetium, scandium and yttrium - along with "
                   + "magnets made from them, since general licences were introduced in September.";
        Fact(text, 3_600).Period.Should().Be(Periods.Cumulative);
        // Near miss: licences issued in a month cover that month (dev6 G03).
        Fact("BEIJING, Nov 13 - The ministry said licences issued in October alone covered 2,870 tonnes of products.", 2_870).Period.Should().Be(Periods.Month);
    }

    [Fact]
    public void What_a_bulk_sample_yielded_is_one_batch_and_a_publication_month_is_no_window()
    {
        // period33 (dev8 J10): "Its maiden resource of 510 Mt was published in August, and the company says a pilot plant ... has produced
        // 1.5 tonnes of mixed rare earth carbonate, containing neodymium ..., from a bulk sample" read August's month.
        var text = "SAO PAULO, Sept 3 - Its maiden resource of 320 Mt was published in June, and Serra Verde Minerais says a pilot plant has produced "
                   + "2.1 tonnes of mixed rare earth carbonate, containing neodymium and praseodymium, from a bulk sample.";
        Fact(text, 2.1).Period.Should().Be(Periods.OneOff);
        Fact("SAO PAULO, Sept 3 - Its maiden resource of 320 Mt was published in June, and Serra Verde Minerais says a pilot plant has produced 2.1 tonnes of mixed rare earth carbonate.", 2.1)
            .Period.Should().NotBe(Periods.Month);
        // Near miss: output in a month stays the month's.
        Fact("SAO PAULO, Sept 3 - Atlantica Sands said its pilot plant produced 0.8 tonnes of mixed rare earth carbonate in June.", 0.8).Period.Should().Be(Periods.Month);
    }

    [Fact]
    public void A_mineral_that_only_says_what_the_host_is_rich_in_names_the_ore()
    {
        // period33 (dev8 J10; dev7b H26 agrees, dev7 H26 read eudialyte): "monazite-rich sands ... Its maiden resource of 510 Mt".
        var text = "Serra Verde Minerais is drilling its Bahia province, where monazite-rich sands grade as high as 40% TREO. Its maiden resource of 320 Mt was published in June.";
        Fact(text, 320_000_000).ProductId.Should().Be("rare-earth-ore");
        // Near miss: the mineral as the figure's own material stays the mineral.
        Fact("Serra Verde Minerais said the resource includes 1.1 million tonnes of monazite.", 1_100_000).ProductId.Should().Be("monazite");
    }

    [Fact]
    public void Respectively_pairs_joined_figures_with_as_many_joined_products_in_order()
    {
        // period33 (dev9 K29, K38): "cut output of dysprosium oxide and terbium oxide to ... 110 t and 38 t in October, respectively,
        // from 150 t and 52 t in September" read heavy rare earth oxides for every figure.
        var text = "SHANGHAI, Sept 9 (SMM) - Smelters in Sichuan lifted output of lanthanum oxide and cerium oxide to 2,400 t and 3,900 t in August, "
                   + "respectively, from 2,100 t and 3,500 t in July.";
        Fact(text, 2_400).ProductId.Should().Be("lanthanum-oxide");
        Fact(text, 3_900).ProductId.Should().Be("cerium-oxide");
        Fact(text, 2_100).ProductId.Should().Be("lanthanum-oxide");
        Fact(text, 3_500).ProductId.Should().Be("cerium-oxide");
        var three = "Contained dysprosium oxide, terbium oxide and yttrium oxide at the Kestrel deposit are estimated at 900 t, 140 t and 6,000 t respectively.";
        Fact(three, 900).ProductId.Should().Be("dysprosium-oxide");
        Fact(three, 140).ProductId.Should().Be("terbium-oxide");
        Fact(three, 6_000).ProductId.Should().Be("yttrium-oxide");
    }

    [Fact]
    public void Respectively_after_one_product_named_twice_keeps_that_product()
    {
        // Near miss (tonnages.md T21): two quotas of one product.
        var text = "The 2023 quota for rare earths mining and rare earths separation was set at 240,000 tonnes and 230,000 tonnes of rare earth oxides, respectively.";
        Fact(text, 240_000).ProductId.Should().Be("reo");
        Fact(text, 230_000).ProductId.Should().Be("reo");
    }

    [Theory]
    [InlineData("Product | Q3 2026 | Q2 2026\nNdPr oxide | 1,020 t | 980 t\nRare earth metals | 640 t | 610 t\nNotes: Output rose on stronger demand.", 980, "per_quarter", "Q2 2026")]
    [InlineData("Item | Oct 2026 | Sep 2026\nRare earth metals | 388 t | 402 t\nCerium oxide | 612 t | 655 t\nImporters said arrivals were steady.", 655, "month", "Sep 2026")]
    [InlineData("Product | FY2026 | FY2025\nMixed rare earth carbonate | 12,400 t | 11,100 t\nNdPr oxide | 3,100 t | 2,950 t\nThe Company sold all of its output.", 3_100, "year", "FY2026")]
    public void A_table_cell_takes_its_columns_window(string table, double value, string period, string detail)
    {
        // period33 (dev9 K05 and its decision 5): "Product | Q3 2026 | Q2 2026" over "NdPr metal | 3,150 t | 2,990 t" read unknown.
        var fact = Fact(table, value);
        fact.Period.Should().Be(period);
        fact.PeriodDetail.Should().Be(detail);
    }

    [Fact]
    public void A_table_rows_rare_earth_metals_label_is_the_metal_product()
    {
        // period33 (dev9 K05): "Rare earth metals | 6,420 t | 6,080 t" read the group term.
        Fact("Product | Q3 2026 | Q2 2026\nRare earth metals | 640 t | 610 t\nNotes: Output rose.", 640).ProductId.Should().Be("rare-earth-metal");
        // Near miss: the group term in prose stays the group.
        Fact("Kestrel Minerals said rare earths output reached 640 t.", 640).ProductId.Should().NotBe("rare-earth-metal");
    }

    [Fact]
    public void Trades_recorded_month_to_date_are_a_running_total()
    {
        // period33 (dev9 K14): "The Baotou Rare Earth Products Exchange recorded 1,140 mt of Pr-Nd oxide traded month-to-date" read one trade.
        var text = "SHANGHAI, Nov 24 (SMM) - About 200 mt of Pr-Nd oxide traded in eastern China on Monday. The Baotou exchange recorded 950 mt of Pr-Nd oxide traded month-to-date.";
        Fact(text, 950).Period.Should().Be(Periods.Cumulative);
        // Near miss: one day's trades stay one lot.
        Fact(text, 200).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void Rare_earths_joined_before_oxides_are_rare_earths_in_general()
    {
        // period33 (dev9 K08): "Exports of unwrought rare earths and oxides, a separate category, fell to 3,410 tons from 4,020 tons" read reo.
        Fact("Exports of unwrought rare earths and oxides fell to 2,810 tons in October.", 2_810).ProductId.Should().Be("rare-earths");
        // Near miss: oxides alone stay the oxide basis.
        Fact("Exports of rare earth oxides fell to 2,810 tons in October.", 2_810).ProductId.Should().Be("reo");
    }

    [Theory]
    [InlineData("The Odisha unit handles roughly 45 tonnes of monazite feed per shift, the company said in August.", 45)]
    [InlineData("Each of the two smelting workshops produces 3.2 tonnes of rare earth metal per shift, working three shifts a day.", 3.2)]
    [InlineData("Each truck carries 28 tonnes of carbonate across the border.", 28)]
    public void A_rate_per_shift_or_truck_is_per_unit(string text, double value)
    {
        // period33 (dev9 decision 4, K37): per-shift, per-workshop or per-truck figures are per_unit, never aggregated; before,
        // "per shift" was unknown (§58) and "per shift, working three shifts a day" took the day.
        Fact(text, value).Period.Should().Be(Periods.PerUnit);
    }

    [Fact]
    public void One_campaigns_yield_is_one_lot()
    {
        // period33 (dev9 K37): "The first campaign of the new fluoride line yielded 620 tonnes of rare earth fluoride" read a year.
        Fact("BAOTOU, Nov 3 (Xinhua) -- The first campaign of the new chloride line yielded 410 tonnes of rare earth chloride.", 410).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void An_older_value_in_brackets_after_previously_keeps_the_window()
    {
        // period33 (dev9 K20): "Our FY29 production forecast falls to 1,350 t (previously 2,100 t)" left the older value unknown.
        Fact("Kestrel Minerals said its 2027 production forecast falls to 1,250 t (previously 1,900 t) to reflect a slower ramp-up.", 1_900).Period.Should().Be(Periods.Year);
    }

    [Fact]
    public void A_yearly_rate_for_testing_stays_a_rate()
    {
        // period33 (dev9 K27): "signed a memorandum with Japan's JOGMEC to supply up to 200 tonnes of concentrate a year for testing" read one lot.
        Fact("The government signed a memorandum with Japan's JOGMEC to supply up to 150 tonnes of concentrate a year for testing.", 150).Period.Should().Be(Periods.PerYear);
        // Near miss: one lot for testing stays one lot (product31).
        Fact("Kestrel Minerals sent 2 tonnes of concentrate to Japan for testing.", 2).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void Tonnes_of_rare_earth_metal_in_the_singular_are_the_metal_product()
    {
        // period33 (dev9 K37): "produces 4.5 tonnes of rare earth metal per shift" read the group term (products.csv had only the plural).
        Fact("Each of the two smelting workshops produces 3.2 tonnes of rare earth metal per shift.", 3.2).ProductId.Should().Be("rare-earth-metal");
        // Near miss: rare earths with no form stay the group.
        Fact("Kestrel Minerals produced 3.2 tonnes of rare earths in the quarter.", 3.2).ProductId.Should().Be("rare-earths");
    }

    [Fact]
    public void Heavy_mineral_concentrate_is_heavy_mineral_sands_not_the_mineral_named_before()
    {
        // period33 (dev9 K33): "fed by monazite from Iluka's stockpile of about 1 million tonnes of heavy mineral concentrate" read monazite.
        var text = "The refinery will be fed by monazite from the company's stockpile of about 800,000 tonnes of heavy mineral concentrate at Eneabba.";
        Fact(text, 800_000).ProductId.Should().Be("heavy-mineral-sands");
        // Near miss: a mineral's own concentrate stays the mineral.
        Fact("Atlantica plans to produce 9,000 tonnes of monazite concentrate a year.", 9_000).ProductId.Should().Be("monazite");
    }

    [Fact]
    public void The_pronoun_It_is_the_company_opening_the_sentence_before_not_the_text_s_first_company()
    {
        // §88: in a news-in-brief round-up, "It currently makes about 1,200 tonnes a year" after "Bergmann ... will expand"
        // went to the round-up's first company (the most mentioned, ties to the earliest).
        var roundup = "Quellon Metals said its pilot plant produced 85 tonnes of carbonate in October.\n\n"
                      + "Dorrigan Magnetics AG will expand its magnet line to 2,500 tonnes a year by 2028. It currently makes about 1,200 tonnes of magnets a year.";
        Fact(roundup, 1_200).SubjectName.Should().Be("Dorrigan Magnetics AG");
        var item = "LONDON, Nov 18 (Argus) - Quellon Metals said its pilot plant produced 85 tonnes of carbonate in October.\n\n"
                   + "Dorrigan Magnetics AG, the company said, will add a line. It shipped 300 tonnes of magnets in October.";
        Fact(item, 300).SubjectName.Should().Be("Dorrigan Magnetics AG");
        // Near misses: an impersonal "It is expected that" keeps the figure's own subject; a research firm opening the sentence
        // before is no company the pronoun stands for.
        var impersonal = "Quellon Metals produced 85 tonnes of carbonate in October. Dorrigan Magnetics AG will add a line. "
                         + "It is expected that Quellon Metals will make 400 tonnes of carbonate next year.";
        Fact(impersonal, 400).SubjectName.Should().Be("Quellon Metals");
        var source = "Quellon Metals produced 85 tonnes of carbonate in October and Quellon Metals expects more. BloombergNEF sees prices rising. "
                     + "It also shipped 300 tonnes of carbonate to Japan.";
        Fact(source, 300).SubjectName.Should().Be("Quellon Metals");
    }

    [Fact]
    public void The_plant_acting_before_a_figure_is_the_plant_of_the_company_that_opened_its_plant_not_its_customer()
    {
        // §88 (dev8 J24): "In its first year the plant will import about 400 tonnes ..., the company said" after "GM said each
        // of its drive units uses 2 kg" went to GM, the customer the text names most.
        var text = "SUMTER, S.C. - Kelvar Magnetics opened its rare earth magnet plant in Sumter on Tuesday, and most of its output will go to "
                   + "General Motors under a long-term agreement. GM said each of its drive units uses just under 2 kg of NdFeB magnets. "
                   + "In its first year the plant will import about 400 tonnes of NdFeB alloy from Germany, the company said. "
                   + "At full rates the site will need some 600 tonnes of NdPr oxide a year.";
        Fact(text, 400).SubjectName.Should().Be("Kelvar Magnetics");
        Fact(text, 600).SubjectName.Should().Be("Kelvar Magnetics");
        // Near miss: a company named before the figure keeps it.
        var named = "SUMTER, S.C. - Kelvar Magnetics opened its rare earth magnet plant in Sumter on Tuesday. General Motors said the plant "
                    + "would let it buy 300 tonnes of magnets a year. Separately, General Motors said the plant in Ohio will make 900 tonnes of motors.";
        Fact(named, 900).SubjectId.Should().Be("general-motors");
    }

    [Theory]
    [InlineData("One large separator in Jiangxi sold 50 tonnes of Pr-Nd metal to a magnet maker on Wednesday.", 50)]
    [InlineData("A Baotou-based smelter bought 120 tonnes of oxide at the tender.", 120)]
    [InlineData("Another producer shipped 80 tonnes of oxide to Japan.", 80)]
    public void One_unnamed_producer_s_deal_is_nobody_s_not_the_previous_sentence_s_exchange(string deal, double value)
    {
        // §88 (dev8 J31): "One large separator in Jiangxi sold 50 mt ..." after the exchange's volume went to the exchange.
        var text = "On the Kestrel Rare Earth Products Exchange, around 300 tonnes of Pr-Nd oxide has traded so far in November. " + deal;
        var fact = Fact(text, value);
        fact.SubjectName.Should().BeNull();
        // Near miss: a named producer keeps its deal.
        Fact("On the Kestrel Rare Earth Products Exchange, around 300 tonnes of Pr-Nd oxide has traded so far in November. "
             + "One large separator, Tarvo Rare Earth Co., sold 50 tonnes of Pr-Nd metal.", 50).SubjectName.Should().Be("Tarvo Rare Earth Co.");
    }

    [Fact]
    public void A_stock_exchange_a_filing_is_made_with_is_no_second_company_for_a_table_s_figures()
    {
        // §88 (dev9 K05): "... Q3 2026 operating data (unaudited), filed with the Shanghai Stock Exchange" then a text table:
        // the exchange counted as a second company, so the rows had no subject.
        var table = "Tarvo Rare Earth Co - Q3 2026 operating data (unaudited), filed with the Shanghai Stock Exchange\n"
                    + "Product | Q3 2026 | Q2 2026\nRare earth oxides | 24,600 t | 23,100 t\n";
        Fact(table, 24_600).SubjectName.Should().Be("Tarvo Rare Earth Co");
        // Near miss: an exchange whose traded volume is a figure still counts, so an unnamed survey figure keeps no subject.
        var market = "SHANGHAI, Nov 24 (SMM) - On the Baotou Rare Earth Products Exchange, 1,260 mt of PrNd oxide has been traded so far in November. "
                     + "Tarvo Rare Earth Co kept its December listed price for PrNd oxide. SMM's weekly survey put PrNd oxide inventories at separators at roughly 2,100 mt.";
        Fact(market, 2_100).SubjectName.Should().BeNull();
    }

    [Fact]
    public void A_base_invested_by_a_parent_and_operated_by_its_unit_is_the_unit_s()
    {
        // §88 (dev9 K37): "The base, invested by P and operated by its listed unit U, ... The base has an annual designed
        // capacity of 20,000 tonnes" had no subject: "base" was no plant noun and "invested by P and operated by" no operator.
        var text = "The base, invested by Kestrel Steel Group Co. and operated by its listed unit Tarvo Rare Earth Co., has entered production. "
                   + "The base has an annual designed capacity of 20,000 tonnes of metals and alloys.";
        Fact(text, 20_000).SubjectName.Should().Be("Tarvo Rare Earth Co.");
    }

    [Theory]
    [InlineData("In 2025 the city produced 55,000 tonnes of NdFeB magnet blanks.", 55_000)]
    [InlineData("The province's smelters made 12,000 tonnes of oxide last year.", 12_000)]
    public void What_a_city_or_province_makes_as_a_whole_is_nobody_s(string sentence, double value)
    {
        // §88 (dev9 K37): a city's output after a company's plant figures went to the company.
        var text = "Tarvo Rare Earth Co. said its base has an annual designed capacity of 20,000 tonnes of metals. " + sentence;
        Fact(text, value).SubjectName.Should().BeNull();
        // Near miss: a company named before the figure keeps it.
        Fact(text + " Tarvo Rare Earth Co. said the city will buy 300 tonnes of its alloy.", 300).SubjectName.Should().Be("Tarvo Rare Earth Co.");
    }

    [Fact]
    public void A_sum_over_two_named_companies_is_nobody_s()
    {
        // §88 (dev9 K18): "Vestas and Siemens Gamesa together installed turbines needing some 11,000 tonnes of magnets" went to
        // the first company, and the next sentences carried it on.
        var text = "A 15 MW turbine uses around 9 tonnes of magnets. Kestrel Wind AG and Tarvo Turbines Ltd together installed turbines needing "
                   + "some 11,000 tonnes of magnets in 2025. Outside China, separated NdPr output is expected to rise to 21,000 tonnes in 2026.";
        Fact(text, 11_000).SubjectName.Should().BeNull();
        Fact(text, 21_000).SubjectName.Should().BeNull();
        // Near miss: one company with a partner after the figure keeps it.
        Fact("Tarvo Turbines Ltd installed turbines needing some 11,000 tonnes of magnets together with Kestrel Wind AG.", 11_000)
            .SubjectName.Should().Be("Tarvo Turbines Ltd");
    }

    [Fact]
    public void A_country_opening_the_clause_a_speaker_reports_is_the_figure_s_subject()
    {
        // §88 (dev8 J40): "HyProMag estimates that the UK throws away more than 1,000 tonnes of scrap magnets a year" went to
        // the speaker.
        Fact("Kestrel Recycling Ltd estimates that the UK throws away more than 1,000 tonnes of scrap magnets a year.", 1_000)
            .SubjectId.Should().Be("GB");
        // Near miss: a company after the country in the clause keeps the figure.
        Fact("Kestrel Recycling Ltd says that Germany's Tarvo Metals AG recycles 500 tonnes of magnets a year.", 500)
            .SubjectName.Should().Be("Tarvo Metals AG");
    }

    [Theory]
    [InlineData("But to be clear, we do not plan to add the 2,500 tons of extra separation capacity we talked about last year.", 2_500)]
    [InlineData("Halvern Minerals has scrapped its plan for a 4,000-tonne-a-year magnet plant in Ohio.", 4_000)]
    [InlineData("The plant made 320 tonnes of NdPr oxide in the quarter, not 3,200 tonnes.", 3_200)]
    [InlineData("One rival that promised 4,000 t of oxide for this year has since withdrawn the forecast.", 4_000)]
    public void A_withdrawn_or_denied_figure_is_no_fact(string text, double value)
    {
        // measure33 probes; dev9 K25 ("produced 410 tonnes ..., not 4,100 tonnes"), K09 ("One producer that promised 3,000 t of
        // oxide for this year no longer expects to exceed 1,800 t").
        NoFact(text, value);
    }

    [Theory]
    [InlineData("If Chinese exports of heavy rare earths fell by another 2,000 tonnes, prices could double, analysts said.", 2_000)]
    [InlineData("Analyst: If you lost the 1,500-ton contract with the automaker, what would that mean for guidance?", 1_500)]
    [InlineData("Had India kept the shipments at home, domestic magnet makers would have had an extra 1,000 tonnes, officials said.", 1_000)]
    [InlineData("Suppose China cut magnet exports by 10,000 tonnes next year.", 10_000)]
    public void A_supposed_or_counterfactual_change_is_other(string text, double value)
    {
        // dev9 convention (3): a hypothetical change is measure "other" (not exports, not an offtake).
        Fact(text, value).Measure.Should().Be("other");
    }

    [Theory]
    [InlineData("The refinery did not reach 1,500 tonnes of NdPr oxide output this year.", 1_500)]
    [InlineData("Kestrel no longer expects to exceed 900 tonnes of NdPr oxide in 2026.", 900)]
    [InlineData("Taronga Rare Earths no longer expects to reach 6,000 tonnes of annual output in 2027.", 6_000)]
    public void A_level_negated_as_a_ceiling_is_a_maximum(string text, double value)
    {
        // dev9 convention (2), K09: "did not reach 2,000 tonnes of output", "no longer expects to exceed 1,800 t".
        var fact = Fact(text, value);
        fact.Min.Should().BeNull();
        fact.Max.Should().Be(value);
    }

    [Fact]
    public void A_floor_and_a_ceiling_of_one_amount_are_one_range()
    {
        // dev9 K11: "will deliver not less than 150 metric tons and up to 400 metric tons of NdFeB strip-cast alloy per year".
        var fact = Single("Under the agreement, the Supplier will deliver not less than 200 metric tons and up to 500 metric tons of NdPr metal per year to the Company.");
        fact.Min.Should().Be(200);
        fact.Max.Should().Be(500);
    }

    [Fact]
    public void A_governments_export_cap_is_a_quota_with_a_maximum_and_a_paragraph_number_starts_no_range()
    {
        // dev9 K32 ("Laos has set an export cap of 15,000 tonnes of concentrate for 2027"), K04 ("(Corrects tonnage in paragraph 3
        // to 1,200 tonnes from 12,000 tonnes ...)").
        var cap = Single("Vietnam has set an export cap of 20,000 tonnes of concentrate for 2027.");
        cap.Measure.Should().Be("quota");
        cap.Min.Should().BeNull();
        TestFiles.Recognize("(Corrects tonnage in paragraph 3 to 1,200 tonnes from 12,000 tonnes)").Tonnages.Should().NotContain(f => f.Min == 3 || f.Min == 12_000);
    }

    [Theory]
    [InlineData("Lynas could beat guidance if the Kalgoorlie plant reaches its design rate of 13,500 tonnes a year earlier than planned.", 13_500)]
    [InlineData("Taronga no longer exports to China, and shipped 410 tonnes of mixed carbonate to Japan in the quarter.", 410)]
    [InlineData("If approved, the plant would produce 5,000 tonnes of NdPr oxide a year.", 5_000)]
    [InlineData("We do not plan to add capacity, and we produced 1,240 tonnes of NdPr oxide in the quarter.", 1_240)]
    public void A_stated_figure_beside_a_condition_or_negation_stays(string text, double value)
    {
        TestFiles.Recognize(text).Tonnages.Should().ContainSingle(f => f.Min == value);
    }

    [Fact]
    public void An_adjectival_figure_repeated_in_a_supposition_is_no_new_fact()
    {
        // dev8 J22: "Noveon wants to reach 10,000 tons by 2030. ... so a 10,000-ton industry would cover several million vehicles".
        const string text = "Kestrel Magnetics can make 2,000 tonnes of magnets a year and wants to reach 8,000 tonnes by 2030. "
                            + "Each EV motor needs about 2 kg of NdFeB, so an 8,000-tonne industry would supply some four million cars, the company said.";
        TestFiles.Recognize(text).Tonnages.Where(f => f.Min == 8_000).Should().ContainSingle().Which.Evidence.Sentence.Should().Contain("wants to reach");
        // Near miss: a plant's size in a supposition, given for the first time, stays.
        TestFiles.Recognize("Analysts said a 3,000-tonne separation plant would cost about $400 million to build in Texas.").Tonnages.Should().ContainSingle(f => f.Min == 3_000);
    }

    [Fact]
    public void A_corrections_notice_gives_only_the_corrected_value_once()
    {
        const string text = "SYDNEY, Nov 20 (Reuters) - A story published on Nov 18 about Taronga Rare Earths Ltd incorrectly reported the company's output. "
                            + "This story corrects the NdPr oxide production figure to 1,240 tonnes from 12,400 tonnes in paragraph 2.\n\n"
                            + "Taronga produced 1,240 tonnes of NdPr oxide in the three months to September, up from 1,105 tonnes a year earlier.";
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Should().NotContain(f => f.Min == 12_400);
        facts.Where(f => f.Min == 1_240).Should().ContainSingle().Which.Measure.Should().Be("production");
    }

    [Fact]
    public void A_deck_line_repeating_the_bodys_figure_gives_the_bodys_fact_only()
    {
        // dev8 J02: "Deal covers as much as 1,000 tons a year; debt package nearly complete" above "agreed to sell as much as 1,000
        // metric tons a year of neodymium-praseodymium oxide ... to Nordmag GmbH".
        const string text = "Kestrel Signs Second Buyer for NdPr Oxide\nDeal covers as much as 800 tons a year; financing nearly complete\n"
                            + "(Bloomberg) -- Kestrel Rare Earths Ltd. agreed to sell as much as 800 metric tons a year of NdPr oxide to Osaka-based magnet maker Hanabi KK for five years, the company said.";
        TestFiles.Recognize(text).Tonnages.Where(f => f.Max == 800).Should().ContainSingle().Which.Measure.Should().Be("offtake");
    }

    [Theory]
    [InlineData("Under the new terms, Kestrel will supply Hanabi with as much as 40% of the NdPr oxide it refines in Texas, or about 900 tonnes a year at current rates.", 900, "offtake")]
    [InlineData("Kestrel has agreed to supply 30% of the concentrate that the mine produces, or roughly 2,000 tonnes a year, to Hanabi.", 2_000, "offtake")]
    [InlineData("The Mount Clere plant separates about 120 tonnes a year of dysprosium and terbium.", 120, "capacity")]
    [InlineData("Canada took in about 2,300 tonnes of rare earth magnets last year, almost all of it imported from Asia.", 2_300, "import")]
    public void A_verb_describing_the_base_of_a_share_is_not_the_restated_figures_measure(string text, double value, string measure)
    {
        // dev8 J39: "Lynas will supply ... with as much as 65% of the dysprosium and terbium it separates in Malaysia, or about 120
        // tonnes a year at current rates" is an offtake, not the separation plant's size.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The study envisages output of 3,000 tonnes of concentrate a year, containing 410 tonnes of NdPr oxide and 25 tonnes of terbium oxide, from a plant designed to process 1 million tonnes of ore a year.", 25, "production")]
    [InlineData("Kestrel produced 2,000 tonnes of NdPr oxide and 300 tonnes of dysprosium oxide, and exported 500 tonnes to Japan.", 300, "production")]
    [InlineData("Kestrel produced 2,000 tonnes of NdPr oxide and 300 tonnes of dysprosium oxide, and exported 500 tonnes to Japan.", 500, "export")]
    public void The_last_member_of_a_list_closed_by_a_comma_keeps_the_lists_measure(string text, double value, string measure)
    {
        // dev8 J04: "carrying about 279 tonnes of dysprosium oxide and 38 tonnes of terbium oxide, from a beneficiation plant designed
        // to treat roughly 600,000 tonnes of ore a year": 38 is output like 279, not the plant's size.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_corrections_notice_naming_no_material_repeats_the_bodys_figure()
    {
        // dev9 K04: "(Corrects tonnage in paragraph 3 to 1,200 tonnes from 12,000 tonnes ...)" above "VTRE will ship 1,200 tonnes
        // of separated oxides a year for three years".
        const string text = "CORRECTED-Vietnam ionic clay venture signs first offtake\n(Corrects tonnage in paragraph 3 to 1,200 tonnes from 12,000 tonnes)\n"
                            + "HANOI, Nov 23 (Reuters) - Kestrel Rare Earth JSC has agreed to supply separated oxides to a Japanese trading house.\n"
                            + "Under the deal, Kestrel will ship 1,200 tonnes of separated oxides a year for three years.";
        TestFiles.Recognize(text).Tonnages.Where(f => f.Min == 1_200).Should().ContainSingle().Which.Evidence.Sentence.Should().Contain("Under the deal");
    }

    [Theory]
    [InlineData("Japan rare earth imports, October 2026 (trade statistics; tonnes, gross weight)\nItem | Oct 2026 | Sep 2026\nNdFeB magnets: 214 t (Sep: 198 t)", 214, "import")]
    [InlineData("Kestrel Rare Earth Co - Q3 2026 operating data (unaudited)\nProduct | Q3 2026 | Q2 2026\nRare earth oxides | 24,600 t | 23,100 t\nNdPr metal | 3,150 t | 2,990 t", 2_990, "production")]
    [InlineData("Kestrel Rare Earth Co - Q3 2026 operating data (unaudited)\nProduct | Q3 2026 | Q2 2026\nMagnet alloy sold to affiliates | 980 t | 1,050 t", 980, "sales")]
    public void A_table_row_with_no_measure_word_counts_what_its_caption_names(string text, double value, string measure)
    {
        // dev9 convention (5), K36 and K05: every cell of a text table is a fact of the caption's measure; a row with its own
        // measure word ("sold") keeps it.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Fact]
    public void Prose_after_a_table_does_not_take_the_captions_measure()
    {
        const string text = "Japan rare earth imports, October 2026 (trade statistics; tonnes)\nNdFeB magnets: 214 t (Sep: 198 t)\n"
                            + "Separately, the recycler Kestrel said its Osaka warehouse held 70 tonnes of magnet scrap.";
        Fact(text, 70).Measure.Should().NotBe("import");
    }

    [Fact]
    public void Bare_cells_of_a_table_under_a_caption_in_tonnes_are_tonnages()
    {
        // dev9 K36: "Japan rare earth imports, October 2026 (Ministry of Finance trade statistics; tonnes, gross weight)" over
        // "Cerium compounds | 612 | 655 | 540".
        const string text = "Korea rare earth imports, October 2026 (customs statistics; tonnes, gross weight)\nItem | Oct 2026 | Sep 2026 | Oct 2025\n"
                            + "Lanthanum compounds | 712 | 655 | 1,040\nRare earth metals | 288 | 302 | 351";
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Select(f => f.Min).Should().Contain([712, 655, 1_040, 288, 302, 351]);
        facts.Should().NotContain(f => f.Min == 2026 || f.Min == 2025);
        facts.Single(f => f.Min == 712).Measure.Should().Be("import");
        facts.Single(f => f.Min == 1_040).Period.Should().Be("month"); // the caption's window, as each column's
        // Near miss: without a unit in the caption, bare cells are no tonnages (they may be counts or money).
        TestFiles.Recognize("Korea rare earth imports, October 2026 (customs statistics; US$ million)\nLanthanum compounds | 712 | 655").Tonnages.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Exports of rare earth metals and alloys, a separate category, fell to 2,410 tons from 3,020 tons.", 2_410, "export")]
    [InlineData("CFO: Our overseas sales in the third quarter were about 1,400 tonnes, which is 30% of shipments.", 1_400, "export")]
    [InlineData("Q (analyst): You guided to 250 tonnes of NdPr oxide from the Mount Clere plant this year.", 250, "production")]
    [InlineData("The Tallis plant will not hit its 4,000-tonne design rate before 2029.", 4_000, "capacity")]
    [InlineData("We are not yet at the 3,075-ton annual NdPr rate the circuit was built for.", 3_075, "capacity")]
    public void Measure_words_of_calls_filings_and_customs_notes(string text, double value, string measure)
    {
        // dev9 K08 ("a separate category" is no separating), K34 (overseas sales are exports), K26 ("guided to"), K09 ("its
        // 5,000-tonne design rate"), K01 ("the 6,075-ton annual NdPr rate the circuit was built for").
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The company will separate 2,000 tonnes of concentrate a year at the new plant.", 2_000, "capacity")]
    [InlineData("Kestrel's sales in the third quarter were about 1,400 tonnes of NdPr oxide.", 1_400, "sales")]
    public void Near_misses_of_call_and_customs_measure_words_keep_their_measure(string text, double value, string measure)
    {
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Kestrel Mining will build a concentrator to produce 37,000 tonnes a year of bastnaesite concentrate.", 37_000, "capacity")]
    [InlineData("Kestrel Mining expects to produce 37,000 tonnes a year of bastnaesite concentrate from 2028.", 37_000, "production")]
    [InlineData("The facility processed 100 short tons of coal ash per day and produced about 35 metric tons of mixed rare earth oxide last year.", 35, "production")]
    public void A_plant_built_to_make_a_yearly_amount_is_sized_by_it(string text, double value, string measure)
    {
        // dev9 K30 ("will build a concentrator to produce 37,000 tonnes a year"); near misses: an expectation with no plant, and
        // past output. (K23's "a facility that will process ... per day and produce about 35 t a year" is capacity in dev9 but
        // production in dev5 F40, nearly the same sentence: a convention conflict, left.)
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Of the 150 tonnes of mixed oxide that Kestrel expects to make in 2027, 100 tonnes have already been committed to Solvay, the company said.", 100, "offtake")]
    [InlineData("Of the 5,000 tonnes it produced last year, 3,000 tonnes were exported to Japan.", 3_000, "export")]
    [InlineData("Of the 5,000 tonnes it produced last year, 3,000 tonnes came from the Mount Clere mine.", 3_000, "production")]
    public void A_cue_in_a_fronted_partitive_is_the_wholes(string text, double value, string measure)
    {
        // dev9 K16: "Of the 120 tonnes of mixed oxide that Cyclic expects to make in 2027, 90 tonnes have already been committed to
        // Solvay" is an offtake; a part with no verb of its own keeps the whole's measure.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("In 2026 the Corporation processed 3,400 tonnes of carbonate feed, purchased from the Kestrel mine, under an agreement providing for up to 5,000 tonnes over three years.", 5_000, "offtake")]
    [InlineData("In 2026 the Corporation processed 3,400 tonnes of carbonate feed, purchased from the Kestrel mine, under an agreement providing for up to 5,000 tonnes over three years.", 3_400, "other")]
    public void The_amount_a_supply_agreement_provides_for_is_an_offtake(string text, double value, string measure)
    {
        // dev9 K39: "under an agreement providing for up to 6,000 tonnes over three years"; the feed processed stays other.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Kestrel Minerals shipped one hundred and twenty tonnes of concentrate in May.", 120)]
    [InlineData("Kestrel Minerals sold two thousand five hundred tonnes of ore last year.", 2_500)]
    [InlineData("Kestrel Minerals made forty-five tonnes of NdPr oxide in the quarter.", 45)]
    [InlineData("Kestrel Minerals sold three hundred tonnes of mixed carbonate in June.", 300)]
    [InlineData("Kestrel Minerals made seventeen tonnes of dysprosium oxide in the quarter.", 17)]
    [InlineData("Kestrel Minerals shipped a thousand and fifty tonnes of concentrate in May.", 1_050)]
    public void A_number_written_in_several_words_is_read_whole(string text, double tonnes)
    {
        var fact = Single(text);
        fact.Min.Should().Be(tonnes);
        fact.Max.Should().Be(tonnes);
    }

    [Fact]
    public void Number_words_that_are_not_one_amount_stay_apart()
    {
        // A range in words and a hyphenated adjective are no compound number.
        var range = Single("Kestrel Minerals expects to ship ten to fifteen tonnes of concentrate a month.");
        (range.Min, range.Max).Should().Be((10, 15));
        Single("Kestrel Minerals signed a twenty-year deal to sell 1,500 tonnes a year of NdPr oxide.").Min.Should().Be(1_500);
    }

    [Theory]
    [InlineData("Lynas Rare Earths reported results on Wednesday. The company produced 2,580 tonnes of NdPr oxide in the September quarter, short of the 2,700 tonnes analysts at Kestrel Capital Partners had expected.")]
    [InlineData("Lynas Rare Earths reported results on Wednesday. The company produced 2,580 tonnes of NdPr oxide in the September quarter, short of the 2,700 tonnes Citi had expected.")]
    public void The_firm_whose_analysts_expected_a_figure_is_not_the_anaphors_company(string text)
    {
        // "short of the 2,700 tonnes analysts at X had expected" gave the company's own 2,580 t to X, the analysts' employer.
        Fact(text, 2_580).SubjectId.Should().Be("lynas");
        Fact(text, 2_700).SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void A_row_whose_label_gives_the_unit_has_a_fact_for_each_year()
    {
        // dev10 L07: "NdPr oxide supply (t): 2025 68,000; 2026E 74,500; 2027E 81,000" in a broker's note gave no fact at all.
        var text = "Kestrel Capital - sector update. We raise our price deck by 9%. Key model outputs:\n"
                   + "NdPr oxide supply (t): 2025 68,000; 2026E 74,500; 2027E 81,000.\n"
                   + "NdPr oxide demand (kt): 2025 71; 2026E 79.8; 2027E 87.4.\n";
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Select(f => f.Min).Should().Equal(68_000, 74_500, 81_000, 71_000, 79_800, 87_400);
        facts.Should().OnlyContain(f => f.Period == "year" && f.ProductId == "ndpr-oxide" && f.SubjectId == null && f.SubjectName == null);
        facts.Take(3).Should().OnlyContain(f => f.Measure == "production");
        facts.Skip(3).Should().OnlyContain(f => f.Measure == "other");
        facts.Select(f => f.PeriodDetail).Should().Equal("2025", "2026E", "2027E", "2025", "2026E", "2027E");
    }

    [Theory]
    [InlineData("Kestrel Minerals said the update was due. Mine output: 2025 68,000; 2026E 74,500.")]
    [InlineData("Kestrel Minerals said prices rose 12% in 2025 and 2026.")]
    public void Numbers_after_years_without_a_unit_are_no_tonnages(string text)
    {
        // The unit must be in the row's label ("(t):"); bare numbers elsewhere stay numbers.
        TestFiles.Recognize(text).Tonnages.Should().BeEmpty();
    }

    [Fact]
    public void Bare_figures_under_a_data_in_metric_tons_note_are_tonnes_of_its_basis()
    {
        // dev10 L03, a USGS Mineral Commodity Summaries page written as prose: the unit and basis are declared once.
        var text = "RARE EARTHS (Data in metric tons of rare-earth-oxide (REO) equivalent unless otherwise specified)\n"
                   + "Domestic Production and Use: The estimated value of compounds was $310 million, 18% more than in 2025. End uses were catalysts, 58%.\n"
                   + "Salient Statistics-United States: Imports of rare-earth compounds and metals, 8,200e in 2026.\n"
                   + "World Mine Production and Reserves: United States: 2025, 48,000; 2026, 52,000e; reserves 1,900,000. "
                   + "Australia: 14,500; 16,000e; reserves 5,700,000 (footnote 4: other reserves were about 3,300,000). "
                   + "World total (rounded): 390,000; 420,000e; reserves more than 90,000,000.";
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Select(f => f.Min).Should().Equal(8_200, 48_000, 52_000, 1_900_000, 14_500, 16_000, 5_700_000, 3_300_000, 390_000, 420_000, 90_000_000);
        facts.Should().OnlyContain(f => f.ProductId == "reo");
        facts.Single(f => f.Min == 8_200).Measure.Should().Be("import");
        facts.Single(f => f.Min == 16_000).Should().Match<TonnageFact>(f => f.Measure == "production" && f.Period == "year" && f.PeriodDetail == "2026" && f.SubjectId == "AU");
        facts.Single(f => f.Min == 5_700_000).Should().Match<TonnageFact>(f => f.Measure == "reserve" && f.Period == "none" && f.SubjectId == "AU");
        facts.Single(f => f.Min == 390_000).SubjectId.Should().BeNull();
        facts.Single(f => f.Min == 90_000_000).Max.Should().BeNull(); // "more than"
        facts.Where(f => f.Min is 52_000 or 16_000 or 420_000).Should().OnlyContain(f => f.Qualifier == "about", "an 'e' marks an estimate");
        facts.Single(f => f.Min == 48_000).Qualifier.Should().Be("none");
    }

    [Fact]
    public void A_summary_table_laid_out_in_columns_takes_each_columns_year()
    {
        var text = "RARE EARTHS\n(Data in metric tons, rare-earth-oxide (REO) equivalent, unless otherwise noted)\n"
                   + "World Mine Production and Reserves: Reserves for Australia were revised.\n"
                   + "Mine production Reserves\n2024 2025e\n"
                   + "United States 45,000 51,000 1,900,000\n"
                   + "China 270,000 270,000 44,000,000\n";
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Select(f => (f.Min, f.Measure, f.PeriodDetail, f.SubjectId)).Should().Equal(
            (45_000, "production", "2024", "US"), (51_000, "production", "2025e", "US"), (1_900_000, "reserve", null, "US"),
            (270_000, "production", "2024", "CN"), (270_000, "production", "2025e", "CN"), (44_000_000, "reserve", null, "CN"));
        facts.Where(f => f.PeriodDetail == "2025e").Should().OnlyContain(f => f.Qualifier == "about", "the column's 'e' marks its figures as estimates");
        facts.Where(f => f.PeriodDetail == "2024").Should().OnlyContain(f => f.Qualifier == "none");
    }

    [Theory]
    [InlineData("Kestrel Minerals will expand its separation plant from 720 tonnes to 2,200 tonnes a year of NdPr oxide.", 720, "ndpr-oxide", "per_year")]
    [InlineData("The capacity of Kestrel Minerals' plant is being raised from 10,000 tonnes to 19,000 tonnes of monazite per annum.", 10_000, "monazite", "per_year")]
    public void The_old_value_of_a_change_is_a_fact_of_the_new_values_material_and_rate(string text, double old, string product, string period)
    {
        // dev5 F04, F37, dev10 L04: "from X tonnes to Y tonnes" kept only Y; every annotator records X too.
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Should().HaveCount(2);
        var fact = facts.Single(f => f.Min == old);
        fact.ProductId.Should().Be(product);
        fact.Period.Should().Be(period);
        fact.Measure.Should().Be(facts.Single(f => f.Min != old).Measure);
    }

    [Fact]
    public void Daily_with_a_capital_inside_a_sentence_is_a_name_not_a_rate()
    {
        // dev5 F04: "lifting its annual capacity ... to 25,000 tonnes, China Daily reported" read the new capacity as per day.
        var text = "Kestrel Magnetics lifted its annual capacity for NdFeB magnets from 15,000 tonnes to 25,000 tonnes, China Daily reported.";
        Fact(text, 25_000).Period.Should().Be("per_year");
        Single("Kestrel Magnetics has magnet capacity of 25,000 tonnes, China Daily reported.").Period.Should().NotBe("per_day");
        Single("Daily output at the Kestrel plant reached 40 tonnes of concentrate.").Period.Should().Be("per_day");
    }

    [Fact]
    public void A_small_number_after_an_ordinal_noun_is_no_ranges_low_end()
    {
        // dev10 L19: "8,500 t of concentrate in year 1 and 12,000 t in year 2" gave a range of 1 to 12,000 t.
        var facts = TestFiles.Recognize("Kestrel Minerals expects ramp-up output of 8,500 t of concentrate in year 1 and 12,000 t in year 2.").Tonnages;
        facts.Select(f => (f.Min, f.Max)).Should().Equal((8_500, 8_500), (12_000, 12_000));
        facts.Should().OnlyContain(f => f.Period == "year");
        Single("Kestrel Minerals expects to sell between 1 and 2 tonnes of terbium oxide.").Should().Match<TonnageFact>(f => f.Min == 1 && f.Max == 2);
    }

    [Theory]
    [InlineData("Kestrel Minerals reported Scope 1 and 2 emissions of 21,400 t CO2e last year.")]
    [InlineData("Kestrel Minerals emitted 10.0 t CO2e per tonne of oxide.")]
    public void Emissions_in_tonnes_of_co2_equivalent_are_no_tonnage(string text)
    {
        // dev10 L18 (an ESG report): tonnes of CO2e are emissions, not material.
        TestFiles.Recognize(text).Tonnages.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ex-China supply: we model 2027E NdPr oxide output outside China of 21,500 t.", 21_500, "2027E")]
    [InlineData("Market balance 2027E: a deficit of 6,400 t of NdPr oxide in our base case.", 6_400, "2027E")]
    public void A_brokers_estimate_year_is_the_figures_year(string text, double value, string detail)
    {
        // dev10 L07: "2027E" (estimate) was no window at all, so the figures had an unknown period.
        var fact = Fact(text, value);
        fact.Period.Should().Be("year");
        fact.PeriodDetail.Should().Be(detail);
    }

    [Fact]
    public void A_figure_the_narrative_repeats_from_the_highlights_is_one_fact()
    {
        // dev10 L01: a quarterly report's bullet and its narrative gave the same 1.6 t of dysprosium oxide twice (once as a delivery).
        var text = "Kestrel Minerals - Quarterly Activities Report\nHighlights\n"
                   + "• First separated heavy rare earths: 1.6 tonnes of dysprosium oxide\n"
                   + "• NdPr production of 2,310 tonnes\n"
                   + "Operations\n"
                   + "NdPr output of 2,310 tonnes was a quarterly record. The first 1.6 tonnes of dysprosium oxide were delivered to a Japanese customer in September. "
                   + "The company also produced 2,310 tonnes of lanthanum carbonate.";
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Where(f => f.Min == 1.6).Should().ContainSingle().Which.Measure.Should().NotBe("shipment", "the bullet says what the figure is");
        facts.Where(f => f.Min == 2_310).Should().HaveCount(2, "the NdPr figure is repeated, the lanthanum carbonate one is another product");
    }

    [Theory]
    [InlineData("Kestrel Magnetics, a maker of sintered neodymium magnets for motors, raised capacity at its Osaka works. It made 3,650 tonnes of magnets in the year to March.", 3_650, "sintered-ndfeb-magnet")]
    [InlineData("The Kestrel plant has a nameplate of 1,200 tonnes a year of sintered NdFeB magnets. During the quarter it produced 6.5 tonnes of qualification magnets.", 6.5, "sintered-ndfeb-magnet")]
    [InlineData("Kestrel Magnetics makes sintered magnets in Osaka. Each traction motor it supplies holds about 1.4 kg of magnets.", 0.0014, "ndfeb-magnet")]
    [InlineData("Kestrel Magnetics makes sintered NdFeB magnets in Osaka. The company was founded in 1961. Its president is Taro Ueda. Japan imported 9,800 tonnes of magnets last year.", 9_800, "ndfeb-magnet")]
    [InlineData("Kestrel Magnetics exported 2,100 tonnes of magnets last year.", 2_100, "ndfeb-magnet")]
    public void Bare_magnets_near_a_sintered_kind_are_sintered(string text, double value, string product)
    {
        // dev8 J19/J23, dev9 K11/K15 (dev8 decision 12): in a passage about sintered NdFeB magnets, a bare "magnets" within two
        // sentences is sintered; a per-vehicle content stays plain NdFeB (dev5 F06/F30, dev6 G17, dev8 J19), and so does a bare
        // "magnets" three sentences or more away (dev4 E37, dev5 F30/F38).
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("The Kestrel base processes 150,000 tonnes of bastnaesite-monazite mixed concentrate a year.", 150_000, "rare-earth-concentrate")]
    [InlineData("The study assumes a 15,000 tpa monazite-xenotime flotation concentrate feed to the hydrometallurgical plant.", 15_000, "rare-earth-concentrate")]
    [InlineData("Kestrel Mining shipped 4,000 tonnes of monazite concentrate in May.", 4_000, "monazite")]
    [InlineData("Kestrel Mining shipped 4,000 tonnes of bastnaesite-bearing ore in May.", 4_000, "rare-earth-ore")]
    public void Two_minerals_hyphenated_before_one_concentrate_are_a_mixed_concentrate(string text, double value, string product)
    {
        // dev9 K37 "bastnaesite-monazite mixed concentrate" (rare-earth-concentrate); §89 rule 2 took only "and"/"/" and a bare
        // "concentrate" right after the second mineral. Near misses: one mineral's concentrate, and a mineral-bearing ore.
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("Kestrel Resources said its Ngala deposit hosts a resource of 58 million tonnes grading 1.4% TREO. Its Polish unit, Kestrel Polska, has not started its 2,000 tpa separation plant.", 2_000, "reo")]
    [InlineData("The refinery produced 640 tonnes of rare earth oxides in the first nine months. The buyer is Sojitz. The chairman said Kestrel wants to lift refinery capacity to 3,000 tonnes a year by 2028.", 3_000, "reo")]
    [InlineData("Kestrel processed 9,200 tonnes of concentrate in the quarter. Its Malaysian refinery capacity will rise to 12,000 tonnes a year.", 12_000, "reo")]
    [InlineData("Kestrel processed 9,200 tonnes of concentrate in the quarter. It plans a 4,000-tonne metal refinery in Johor.", 4_000, "rare-earth-concentrate")]
    [InlineData("Kestrel plans a 2,000 tpa separation plant to make NdPr oxide.", 2_000, "ndpr-oxide")]
    [InlineData("Kestrel plans a 2,000 tpa separation plant in Johor.", 2_000, null)]
    [InlineData("The company plans a 6,000 tpa cracking and leaching plant to produce mixed rare earth carbonate.", 6_000, "mrec")]
    [InlineData("Kestrel also plans a 2,500 tpa refinery to turn part of the carbonate into separated NdPr oxide by 2031.", 2_500, "ndpr-oxide")]
    [InlineData("Kestrel will build a 3,000-tonne-a-year refinery to treat monazite concentrate.", 3_000, "monazite")]
    public void A_separation_plant_or_refinery_with_no_material_is_sized_in_oxide(string text, double value, string? product)
    {
        // dev9 K03 ("its 2,000 tpa separation plant" after an ore resource), K04 ("lift refinery capacity to 3,000 tonnes a year"
        // with no material); §84 rule 3 read only "separation plant/facility/capacity" before the figure and only over a carried
        // feed. Near misses: a metal refinery keeps what is carried; a plant sized before its noun "to make/produce X" or "to turn
        // ... into X" is sized on X, as one "to treat X" is sized on its feed (§80).
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("China approved export licences for more than 12,000 tonnes of magnets in the third quarter. He noted that China Northern Rare Earth alone holds a smelting and separation quota of 129,200 tonnes this year.", 129_200, "reo")]
    [InlineData("The United States imported 8,300 tons of rare earth compounds and metals. China's mining quota was 270,000 tons.", 270_000, "reo")]
    [InlineData("The United States imported 8,300 tons of rare earth compounds and metals. China's export licences covered 5,000 tons.", 5_000, "rare-earths")]
    [InlineData("China raised its 2025 rare earth smelting and separation quota to 127,000 tonnes.", 127_000, "rare-earths")]
    public void A_mining_or_separation_quota_is_not_of_a_product_carried_from_before(string text, double value, string product)
    {
        // dev9 K28: China's mining and smelting/separation quotas are set in REO (dev, dev2-dev8 gold), so one with no material of
        // its own does not take the magnets or compounds of the sentence before. Near misses: licences (not a production quota)
        // keep what is carried; a quota whose own sentence names rare earths keeps the group (tune V50).
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("The project's ore reserve is 29.8 Mt at 3.0% TREO. Kestrel has binding offtakes with Hyundai Motor and Kia for 1,500 tpa, and with Siemens Gamesa for up to 1,100 tpa of NdPr oxide.", 1_500, "ndpr-oxide")]
    [InlineData("Kestrel signed supply deals with Hanwa for 3,000 tpa and with Solvay for 2,000 tpa of monazite concentrate.", 3_000, "monazite")]
    [InlineData("Kestrel produced 9,000 tonnes of mixed rare earth carbonate last year. It sold 1,500 tonnes to Shenghe, and Solvay bought 700 tonnes of NdPr oxide.", 1_500, "mrec")]
    public void Two_parties_volumes_side_by_side_share_the_material_after_the_second(string text, double value, string product)
    {
        // dev9 K20: the first party's "for 1,500 tpa" took the ore of the sentence before. Near miss: a second clause with its own
        // verb and subject does not lend its material back.
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("Chairman: In the first three quarters we sold 21,300 tonnes of NdFeB magnets. Investor 2: Exports were weak in the second quarter. Has that recovered? CFO: Our overseas sales in the third quarter were about 2,400 tonnes.", 2_400, "ndfeb-magnet")]
    [InlineData("Q: How much NdPr oxide did you make? A: We made 1,020 tonnes of NdPr oxide in the quarter. Q: And the outlook? What about next year? A: We expect about 1,300 tonnes.", 1_300, "ndpr-oxide")]
    public void A_question_turn_between_does_not_break_the_thread(string text, double value, string product)
    {
        // dev9 K34: an investor's question (a statement and a question) between the chairman's figures and the CFO's answer.
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Fact]
    public void Two_statements_between_still_break_the_thread()
    {
        var fact = Fact("Kestrel sold 21,300 tonnes of NdFeB magnets in the year. The chairman retired in May. Shares fell 3% on Tuesday. Is that a worry? Exports reached 2,400 tonnes.", 2_400);
        fact.ProductId.Should().BeNull();
    }

    [Theory]
    [InlineData("Output of mixed carbonate climbed to 3,500 tons a month. Chinese buyers bought more than 30,000 tons of Myanmar material in the first nine months.", 30_000, null)]
    [InlineData("Kestrel processed 9,200 tonnes of concentrate in the quarter. Traders said a Ganzhou separator bought 600 tonnes of Laotian feed.", 600, null)]
    [InlineData("Kestrel processed 9,200 tonnes of concentrate in the quarter. A Ganzhou separator bought 600 tonnes of Laotian monazite.", 600, "monazite")]
    [InlineData("Kestrel processed 9,200 tonnes of concentrate in the quarter. A Ganzhou separator bought 600 tonnes of the material.", 600, "rare-earth-concentrate")]
    public void A_mass_named_only_by_its_origin_takes_no_material(string text, double value, string? product)
    {
        // dev9 K21 ("more than 30,000 tons of Myanmar material", gold null); near misses: an origin before a named mineral, and a
        // definite "the material" that points back.
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("Korea imported 390 tonnes of rare earth metals in October. Imports of NdFeB magnets were 214 tonnes. Of the metals, 301 t came from China.", 301, "rare-earth-metal")]
    [InlineData("Kestrel made 410 tonnes of NdPr oxide and 90 tonnes of NdPr metal in the quarter. It also shipped 120 tonnes of mixed carbonate. Of the oxide, 250 t went to Japan.", 250, "ndpr-oxide")]
    [InlineData("Korea imported 390 tonnes of rare earth metals in October. Imports of NdFeB magnets were 214 tonnes, and 120 t came from China.", 120, "ndfeb-magnet")]
    [InlineData("The tender covers 120 tonnes of terbium oxide. The refiner produced 1,650 tonnes of rare earth oxides in fiscal 2025. Of the oxides, 1,100 t went to magnet makers.", 1_100, "reo")]
    public void A_sentence_opening_of_the_form_word_is_of_that_forms_product(string text, double value, string product)
    {
        // dev9 K36: "Of the metals, 301 t came from China" after a magnets line took the magnets; near miss: a figure with no
        // fronted partitive keeps the thread.
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("Hanau made 1,020 tonnes of NdFeB magnets. We hold about 45 days of oxide and metal inventory, which is around 170 tonnes.", 170, "rare-earths")]
    [InlineData("Kestrel holds 170 tonnes of rare earth oxide and metal in its warehouse.", 170, "rare-earths")]
    [InlineData("Kestrel sold 170 tonnes of rare earth oxide as metal prices fell.", 170, "reo")]
    public void Oxide_joined_with_a_singular_other_form_is_rare_earths_in_general(string text, double value, string product)
    {
        // dev9 K26 ("oxide and metal inventory ... around 170 tonnes", gold rare-earths); §80 rule 6 took only plural forms.
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("China also imported about 130,000 tonnes of rare earth ores and concentrates last year, mostly from Myanmar and Laos.", 130_000, "rare-earth-concentrate")]
    [InlineData("China's imports of rare earth ores and compounds from Myanmar fell 23% in September to 3,150 tonnes.", 3_150, "rare-earths")]
    [InlineData("Kestrel mined 410,000 tonnes of rare earth ore in the quarter.", 410_000, "rare-earth-ore")]
    public void Ores_joined_with_another_form_are_that_form_or_the_group(string text, double value, string product)
    {
        // dev10 L09 and dev3 D03 ("ores and concentrates" -> rare-earth-concentrate), dev10 L22 ("ores and compounds" -> rare-earths).
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData("China's imports of rare earth compounds from Myanmar fell to 3,150 tonnes in September. Imports from Laos, a smaller but growing source of ionic clay feed, rose to 1,870 tonnes.", 1_870, "rare-earths")]
    [InlineData("Imports of mixed rare earth carbonate from Laos rose to 1,870 tonnes.", 1_870, "mrec")]
    public void What_a_party_is_a_source_of_in_an_aside_is_not_the_figures_material(string text, double value, string? product)
    {
        // dev10 L22: the aside "a smaller but growing source of ionic clay feed" gave the figure ionic clay; the customs heading of
        // the sentence before (rare earth compounds) is the material. Near miss: a measure noun's own material.
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Theory]
    [InlineData(19_150, "heavy-rare-earths")]
    public void A_quota_share_for_a_named_group_keeps_that_group(double value, string product)
    {
        // dev10 L09: a later share naming its own group ("allocated to ionic clay heavy rare earths") took the REO of the national
        // quota because the share before it was "of the mining quota".
        const string text = "China's Ministry of Industry and Information Technology set the 2026 mining quota at 290,000 tonnes of rare earth oxide equivalent. China Northern Rare Earth received 204,000 tonnes of the mining quota for light rare earths mined at Bayan Obo, while China Rare Earth Group got the rest, including all 19,150 tonnes allocated to ionic clay heavy rare earths in the south.";
        Fact(text, value).ProductId.Should().Be(product);
    }

    [Fact]
    public void A_quota_share_with_no_group_keeps_the_quotas_basis()
    {
        const string text = "The ministry set the 2026 mining quota at 290,000 tonnes of rare earth oxide equivalent. China Northern Rare Earth received 204,000 tonnes of the mining quota and China Rare Earth Group 86,000 tonnes.";
        Fact(text, 204_000).ProductId.Should().Be("reo");
        Fact(text, 86_000).ProductId.Should().Be("reo");
    }

    [Theory]
    [InlineData("Kestrel Mining trucks concentrate to the port. Each truck carries 28 to 32 tonnes of mixed carbonate.", 28, "shipment", "per_unit")]
    [InlineData("Every railcar holds about 70 tonnes of ore, the company said.", 70, "shipment", "per_unit")]
    [InlineData("Output climbed to 3,500 tons a month in October. Each truck carries 28 to 32 tons of carbonate.", 28, "shipment", "per_unit")]
    [InlineData("A typical electric truck carries about 8 kg of NdFeB magnets.", 0.008, "intensity", "per_unit")]
    [InlineData("Each 15 MW turbine carries about 9 tonnes of NdFeB magnets.", 9, "intensity", "per_unit")]
    public void The_load_of_one_haulage_vehicle_is_a_shipment_per_load(string text, double value, string measure, string period)
    {
        // dev9 K21 "Each truck carries 28 to 32 tons of carbonate" (shipment per_unit); what one product carries stays intensity.
        var fact = Fact(text, value);
        fact.Measure.Should().Be(measure);
        fact.Period.Should().Be(period);
    }

    [Theory]
    [InlineData("Demand from magnet makers in Japan is running at about 6,500 tonnes of NdPr oxide a year, a trader said.", 6_500, "other")]
    [InlineData("Exports of mixed carbonate are running at 1,200 tonnes a month, customs data show.", 1_200, "export")]
    [InlineData("Output at the Kestrel plant is running at 900 tonnes of NdPr oxide a month.", 900, "production")]
    [InlineData("Amid strong demand, the Kestrel plant is running at 900 tonnes of NdPr oxide a month.", 900, "production")]
    public void A_flow_running_at_a_rate_keeps_its_own_measure(string text, double value, string measure)
    {
        // dev9 K38 "Demand from wind turbine makers is running at about 900 t a year" is demand (other), not a plant's run rate.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The bulk carrier Sea Lark loaded 12,000 tonnes of monazite concentrate at Port Louis on Monday.", 12_000, "shipment")]
    [InlineData("India's monazite reserves are put at 11 million tonnes, although just 3 lakh tonnes have been mined since 2012.", 300_000, "production")]
    [InlineData("India's monazite reserves are put at 11 million tonnes.", 11_000_000, "reserve")]
    public void A_cargo_loaded_and_ore_that_has_been_mined_keep_their_verbs(string text, double value, string measure)
    {
        // dev9 K40 "just 1.2 lakh tonnes have been mined since 2010" (production, not the reserve before it); a vessel loading
        // a cargo ships it (measure34 probe p04).
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Kerala Minerals and Metals Ltd will hand over about 2,000 tonnes of monazite-bearing tailings to IREL for rare earth recovery.", 2_000, "shipment", "one_off", "about")]
    [InlineData("Kestrel handed over 300 tonnes of concentrate to the state stockpile agency.", 300, "shipment", "one_off", "none")]
    [InlineData("Kestrel exported over 300 tonnes of concentrate in May.", 300, "export", "month", "more_than")]
    public void Material_handed_over_is_moved_and_over_is_no_hedge(string text, double value, string measure, string period, string qualifier)
    {
        // dev9 K40 "will hand over about two thousand tonnes of monazite-bearing sand tailings to IREL" (shipment one_off); the
        // "over" of "hand over" is no "more than"; a plain "over 300 tonnes" still is.
        var fact = Fact(text, value);
        fact.Measure.Should().Be(measure);
        fact.Period.Should().Be(period);
        fact.Qualifier.Should().Be(qualifier);
    }

    [Theory]
    [InlineData("Dysprosium oxide supply, at about 2,300 tonnes, is more than 90% Chinese.", 2_300, "production")]
    [InlineData("NdPr oxide supply is forecast at 114,500 tonnes this year.", 114_500, "production")]
    [InlineData("Kestrel agreed to supply 500 tonnes of NdPr oxide a year to Harlow.", 500, "offtake")]
    public void A_products_market_supply_is_output(string text, double value, string measure)
    {
        // dev9 K18 "Dysprosium oxide supply, at about 2,300 tonnes, is more than 90% Chinese": a market's supply named by its
        // product, like "World supply" (§44), not a supply deal.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("We are not yet at the 6,075-ton annual NdPr rate the circuit was built for.", 6_075, "per_year")]
    [InlineData("Kestrel plans a 5,000-tonne magnet plant in Texas.", 5_000, "per_year_implied")]
    public void An_adjectival_plant_size_followed_by_annual_is_yearly(string text, double value, string period)
    {
        // dev9 K01 "the 6,075-ton annual NdPr rate the circuit was built for" (per_year); a bare adjectival size stays implied.
        Fact(text, value).Period.Should().Be(period);
    }

    [Theory]
    [InlineData("The Chavara unit treats around 240 tonnes of monazite a month and produced 120 tonnes of neodymium oxide in the April-September half.", 120, "half_year")]
    [InlineData("The Chavara unit treats around 240 tonnes of monazite a month and produced 120 tonnes of neodymium oxide in the April-September half.", 240, "month")]
    [InlineData("The plant makes 500 tonnes of oxide a month and 400 tonnes of metal.", 400, "month")]
    public void A_joined_clause_with_its_own_window_drops_the_rate_before(string text, double value, string period)
    {
        // dev9 K40: the "a month" of the treating clause is not the window of the half-year output joined after it by "and";
        // a figure joined without a verb or window of its own still shares the rate.
        Fact(text, value).Period.Should().Be(period);
    }

    [Theory]
    [InlineData("The company is targeting 5,000 t per year of concentrate by 2028 after a US$150 million expansion.", 5_000, "production")]
    [InlineData("Harlow is targeting 45,000 t of separation capacity by 2030.", 45_000, "capacity")]
    [InlineData("Kestrel targets exports of 2,000 tonnes of concentrate next year.", 2_000, "export")]
    [InlineData("Phase one has nameplate of 1,200 tpa of sintered NdFeB and management targets 4,800 tpa by the end of 2028.", 4_800, "capacity")]
    public void A_targeted_figure_is_output_unless_its_phrase_names_another_measure(string text, double value, string measure)
    {
        // dev9 K25 "is targeting 5,000 t per year of concentrate by 2028 after a US$150 million expansion" (production, dev6 (2)):
        // the expansion after "after" is the means, not the figure's measure.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Imports of rare earth compounds from France, mainly Solvay's La Rochelle output, were 85 t in October.", 85, "import")]
    [InlineData("Exports of magnets to Germany, largely Kestrel's Ningbo production, came to 410 tonnes in October.", 410, "export")]
    [InlineData("Kestrel, mainly a trader, produced 410 tonnes of oxide in October.", 410, "production")]
    public void A_cue_in_an_aside_of_sources_is_not_the_figures(string text, double value, string measure)
    {
        // dev9 K36 "Imports of compounds from France, mainly Solvay's La Rochelle output, were 85 t" (import, not production).
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The line is built for 1,500 tonnes a year and we expect roughly 600 tonnes of magnets in 2027.", 600, "production", "year")]
    [InlineData("The Kestrel plant is designed to make 2,000 tonnes of NdPr oxide a year, and the company expects about 1,400 tonnes in 2027.", 1_400, "production", "year")]
    [InlineData("The Kestrel plant is designed to make 2,000 tonnes of NdPr oxide a year, and the company expects about 1,400 tonnes in 2027.", 2_000, "capacity", "per_year")]
    [InlineData("Kestrel shipped 300 tonnes of magnets in 2025 and expects 400 tonnes in 2026.", 400, "shipment", "year")]
    public void An_amount_expected_in_a_window_after_a_plants_size_is_its_output(string text, double value, string measure, string period)
    {
        // dev9 K26 "The line is built for 1,500 tonnes a year and we expect roughly 600 tonnes in 2027" (production, year).
        var fact = Fact(text, value);
        fact.Measure.Should().Be(measure);
        fact.Period.Should().Be(period);
    }

    [Theory]
    [InlineData("NdPr oxide supply (t): 2025 68,000; 2026E 74,500; 2027E 81,000.", 74_500, "year")]
    [InlineData("Market balance 2027E: a deficit of 6,400 t of NdPr oxide in our base case.", 6_400, "year")]
    [InlineData("Ramp-up: 8,500 t of concentrate in year 1 and 12,000 t in year 2.", 12_000, "year")]
    public void A_forecast_year_and_a_studys_numbered_year_are_years(string text, double value, string period)
    {
        // dev10 L07 broker table "2026E 74,500; 2027E 81,000" and L19 "8,500 t of concentrate in year 1 and 12,000 t in year 2".
        Fact(text, value).Period.Should().Be(period);
    }

    [Fact]
    public void A_number_after_a_label_word_is_no_range_start()
    {
        // dev10 L19: "in year 1 and 12,000 t" was read as a range from 1 to 12,000.
        var facts = TestFiles.Recognize("Ramp-up: 8,500 t of concentrate in year 1 and 12,000 t in year 2.").Tonnages;
        facts.Should().Contain(f => f.Min == 12_000 && f.Max == 12_000);
        facts.Should().NotContain(f => f.Min == 1);
        var range = Single("Kestrel sold between 1 and 2 tonnes of terbium oxide in May.");
        (range.Min, range.Max).Should().Be((1, 2));
    }

    [Fact]
    public void Tonnes_of_carbon_dioxide_equivalent_written_after_the_unit_are_no_material()
    {
        // dev10 L18: "Scope 1 and 2 emissions: 21,400 t CO2e, equal to 10.0 t CO2e per tonne of oxide" are emissions.
        var facts = TestFiles.Recognize("Separated rare earth oxides produced: 2,140 t. Scope 1 and 2 emissions: 21,400 t CO2e, equal to 10.0 t CO2e per tonne of oxide.").Tonnages;
        facts.Should().ContainSingle().Which.Min.Should().Be(2_140);
    }

    [Fact]
    public void A_definite_figure_the_story_already_gave_is_the_same_fact()
    {
        // dev10 L38 (decision (1)): "The 9.2 tonnes of carbonate were stored on site" and "The 250-tonne delivery, trucked about
        // 2,300 km" repeat the Highlights bullets; a definite figure with a new value is still a fact.
        var facts = TestFiles.Recognize("Highlights\n- Kestrel's pilot plant produced 9.2 tonnes of heavy rare earth carbonate in the quarter.\n- First 250 tonnes of xenotime concentrate delivered to Harlow.\nOperations\nThe 9.2 tonnes of carbonate were stored on site pending a sales decision. The 250-tonne delivery, trucked about 2,300 km, is the first of twelve planned parcels. The 40 tonnes of concentrate still on site will follow in December.").Tonnages;
        facts.Count(f => f.Min == 9.2).Should().Be(1);
        facts.Count(f => f.Min == 250).Should().Be(1);
        facts.Should().Contain(f => f.Min == 40);
    }

    [Theory]
    [InlineData("He said the operation moves roughly 4 million tonnes of clay a year.", 4_000_000, "production", "per_year")]
    [InlineData("The Harlow pit moved 2.5 million tonnes of ore in 2025.", 2_500_000, "production", "year")]
    [InlineData("Trial mining in the quarter moved 38,000 t of ore to the run-of-mine pad.", 38_000, "production", "per_quarter")]
    public void Earth_a_mine_moves_is_mined(string text, double value, string measure, string period)
    {
        // dev10 L10 "the operation moves roughly 4 million tonnes of clay a year" (production per_year, not a resource); waste
        // moved stays no fact (§85).
        var fact = Fact(text, value);
        fact.Measure.Should().Be(measure);
        fact.Period.Should().Be(period);
        NoFact("Kestrel moved 1.2 million tonnes of waste at the pre-strip.", 1_200_000);
    }

    [Fact]
    public void A_number_after_a_unit_label_is_no_ranges_low_end()
    {
        // measure34 (with main's ordinal rule for small numbers after "year", "phase", "Scope"): "Unit 2 and 2,500 tonnes" is the
        // unit's label and one figure, not a range from 2.
        var facts = TestFiles.Recognize("Kestrel sold its Unit 2 and 2,500 tonnes of stockpiled ore to Harlow last year.").Tonnages;
        facts.Should().Contain(f => f.Min == 2_500 && f.Max == 2_500);
        facts.Should().NotContain(f => f.Min == 2);
    }

    [Fact]
    public void A_role_a_filing_defines_for_a_name_is_that_name()
    {
        // dev9 K39/K11 (subject34): "Neo ... Inc. (\"Neo\" or \"the Corporation\")", then "The Corporation's Narva magnet plant is
        // designed for 2,000 tonnes" after a sentence about its unit; "X Ltd (the \"Supplier\") ... the Supplier will deliver".
        const string text = "Extract from the 2026 Annual Report - Tarvik Magnetics Corp. (\"Tarvik\" or \"the Corporation\"). "
            + "The Corporation's refinery is owned and operated by its subsidiary Kerro Oxide Oy (\"Kerro\"). Kerro Oxide Oy has a nameplate capacity of about 3,000 tonnes of separated oxides per year. "
            + "The Corporation's Tampere magnet plant (the \"Tampere Plant\") is designed for 1,500 tonnes per year of sintered magnets. It shipped 210 tonnes in 2026. "
            + "On March 3, 2026, the Corporation entered into a supply agreement with Baltic Alloys AB (the \"Supplier\"). "
            + "Under the agreement, the Supplier will deliver up to 300 tonnes of NdFeB alloy per year to the Tampere Plant.";
        Fact(text, 3_000).SubjectName.Should().Be("Kerro Oxide Oy");
        Fact(text, 1_500).SubjectName.Should().Be("Tarvik Magnetics Corp.");
        Fact(text, 210).SubjectName.Should().Be("Tarvik Magnetics Corp.");
        Fact(text, 300).SubjectName.Should().Be("Baltic Alloys AB");
    }

    [Fact]
    public void A_role_word_no_filing_defines_changes_nothing()
    {
        // Near miss: "the Facility" defined after no name, and "the Company" never defined, keep the sentence's own reading.
        const string text = "Kerro Oxide Oy said the refinery (the \"Facility\") processed 4,000 tonnes of feed in 2026. The Facility has a capacity of 5,000 tonnes a year.";
        Fact(text, 5_000).SubjectName.Should().Be("Kerro Oxide Oy");
    }

    [Theory]
    [InlineData("Tarrant Minerals said its Pilbara concentrator, run by subsidiary Tarrant Operations Pty Ltd, produced 6,200 tonnes of monazite concentrate in the quarter.", 6_200, "Tarrant Operations Pty Ltd")]
    [InlineData("Kestrel Metals said its Teesside refinery, operated by its wholly owned unit Kestrel Refining Ltd, will process 400 tonnes of scrap a year.", 400, "Kestrel Refining Ltd")]
    [InlineData("Harwell Metals, whose Teesside refinery is run by Kestrel Refining Ltd, sold 900 tonnes of oxide in the half.", 900, "Harwell Metals")]
    [InlineData("Kestrel Metals said its Teesside refinery, run by Kestrel Refining Ltd, buys ore from Tarrant Minerals, which shipped 700 tonnes in May.", 700, "Tarrant Minerals")]
    public void A_plant_with_its_operator_in_apposition_is_the_operators(string text, double value, string subject)
    {
        // dev9 K31 (subject34): "Ionic Rare Earths said its Belfast recycling plant, run by subsidiary Ionic Technologies
        // International, produced 4.8 tonnes": the named operator; near misses: "whose refinery is run by" (the owner acts), and
        // another company named after the operator.
        Fact(text, value).SubjectName.Should().Be(subject);
    }

    [Fact]
    public void The_company_in_a_news_in_brief_item_is_that_items_company()
    {
        // dev9 K03 (subject34): "In brief: HyProMag said its Tyseley plant processed 85 tonnes ... The company targets 350 tonnes a
        // year in 2027" after items about other companies, one of them mentioned twice: the item's own company.
        const string text = "MINING BRIEFS\n"
            + "In brief: Okavango Rare Earths said drilling lifted the resource at its Kalahari project to 41 million tonnes. Okavango Rare Earths also raised A$20 million.\n"
            + "In brief: Solent Recycling said its Southampton plant processed 62 tonnes of magnet swarf in October. The company targets 500 tonnes a year in 2028.\n"
            + "In brief: Velmar Chemicals said it sold 900 tonnes of cerium carbonate in the half.";
        Fact(text, 500).SubjectName.Should().Be("Solent Recycling");
        Fact(text, 41_000_000).SubjectName.Should().Be("Okavango Rare Earths");
    }

    [Theory]
    [InlineData("Kestrel Minerals plans to produce 5,000 t/yr of separated oxides by 2030, roughly 12pc of the EU's current demand of about 41,000 t/yr.", 41_000, "European Union")]
    [InlineData("Kestrel Minerals plans to produce 5,000 t/yr of oxides, a fifth of Japan's consumption of NdPr oxide at 25,000 t/yr.", 25_000, "Japan")]
    [InlineData("Kestrel Minerals plans to produce 5,000 t/yr of oxides by 2030, up from its current output of 3,000 t/yr.", 3_000, "Kestrel Minerals")]
    public void A_figure_after_a_possessors_demand_is_the_possessors(string text, double value, string subject)
    {
        // dev9 K24 (subject34): "LKAB plans to produce 7,000 t/yr ..., roughly 18pc of the EU's current demand of about 39,000 t/yr"
        // is the EU's; near miss: the company's own output after "its".
        Fact(text, value).SubjectName.Should().Be(subject);
    }

    [Fact]
    public void A_producer_in_a_mainly_aside_of_a_trade_figure_is_its_origin()
    {
        // dev9 K36 (subject34): "Imports of compounds from France, mainly Solvay's La Rochelle output, were 85 t" after Japan's
        // imports: the producer in the aside says where the material came from; the importer stays the country.
        const string text = "South Korea's imports of rare earth magnets rose 9.4% in October to 1,260 tonnes, customs data showed on Tuesday. "
            + "Imports of rare earth metals from Japan, mainly Kestrel Metals' output, were 44 tonnes.";
        Fact(text, 44).SubjectId.Should().Be("KR");
    }

    [Fact]
    public void A_partner_that_trades_on_its_own_account_keeps_its_figure()
    {
        // Near miss: a country that exports in its own right ("Vietnam exported") is not a share of the reported trade.
        const string text = "South Korea's exports of rare earth magnets rose to 1,260 tonnes in October, customs data showed. Vietnam exported 310 tonnes of magnets in the month.";
        Fact(text, 310).SubjectId.Should().Be("VN");
    }

    [Fact]
    public void A_figure_an_executives_we_opens_is_the_call_companys()
    {
        // dev9 K01/K26 (subject34): "We sold 48 tonnes of NdFeB magnets in the quarter, most of it to General Motors", "We bought
        // 60 tonnes from HyProMag's German unit and we hold ... inventory, which is around 170 tonnes": the company holding the call.
        const string text = "Kestrel Magnetics third-quarter 2026 earnings call - edited transcript.\n"
            + "Operator: Our first question comes from Dana Whitfield.\n"
            + "Dana Whitfield: Where did sales land?\n"
            + "Anna Berg (CFO): We sold 48 tonnes of NdFeB magnets in the quarter, most of it to General Motors. "
            + "We bought 60 tonnes of recycled alloy from HyProMag's German unit and we hold about 45 days of oxide inventory, which is around 170 tonnes.";
        Fact(text, 48).SubjectName.Should().Be("Kestrel Magnetics");
        Fact(text, 170).SubjectName.Should().Be("Kestrel Magnetics");
    }

    [Fact]
    public void Question_and_answer_labels_are_turns_of_a_call_transcript()
    {
        // dev9 K01/K26 (subject34): turns written "Q (Whitfield): " and "A (CFO): " make a call transcript as named speakers do.
        const string text = "Shin-Etsu Chemical Q3 FY2026 analyst call - partial transcript\n"
            + "Operator: Next question, please.\n"
            + "Q (analyst, Ridge Partners): And Hanau?\n"
            + "A (CFO): We bought 60 tonnes of recycled alloy from HyProMag's German unit and we hold about 45 days of oxide inventory, which is around 170 tonnes.";
        Fact(text, 170).SubjectId.Should().Be("shin-etsu");

        // Near miss: the line of a plant run by a named operator, with no "we" before its figure, stays the operator's.
        const string plant = "Shin-Etsu Chemical Q3 FY2026 analyst call - partial transcript\n"
            + "Operator: Next question, please.\n"
            + "Q (analyst, Ridge Partners): And Texas?\n"
            + "A (CEO): Our Texas plant, run by Kestrel Operations LLC, will ship between 90 and 110 tonnes of magnets in 2026. The line is built for 1,500 tonnes a year.";
        Fact(plant, 1_500).SubjectName.Should().Be("Kestrel Operations LLC");
    }

    [Theory]
    [InlineData("SHANGHAI, Nov 24 (SMM) - About 500 mt of Pr-Nd oxide changed hands in Baotou, with one Inner Mongolia smelter selling 60 mt to a magnet maker in Ningbo.", 60, null)]
    [InlineData("LONDON, Nov 21 (Fastmarkets) - Terbium prices eased; one Rotterdam trader bought about 1.5 t of dysprosium oxide from a Chinese separator.", 1.5, null)]
    [InlineData("Kestrel Minerals sold 500 tonnes of concentrate in the quarter, with its Perth plant selling 60 tonnes to a magnet maker in Ningbo.", 60, "Kestrel Minerals")]
    public void One_unnamed_trader_acting_in_a_later_clause_is_nobodys(string text, double value, string? subject)
    {
        // dev9 K14 (subject34): "with one Jiangxi separator selling 80 mt to a magnet maker in Ningbo" is an unnamed party's spot
        // deal (nobody's), not China's; near miss: the company's own plant in that clause.
        Fact(text, value).SubjectName.Should().Be(subject);
    }

    [Fact]
    public void A_company_named_in_passing_in_a_market_report_takes_no_unowned_figure()
    {
        // dev9 K38 (subject34): after market-wide figures, "China Rare Earth Group accounts for about two-thirds of heavy
        // separation" does not make the warehouse stocks and the demand that follow that group's.
        const string text = "LONDON, Nov 21 (Fastmarkets) - European terbium oxide prices eased this week. "
            + "A Hamburg trader said he bought 1.5 t of dysprosium oxide at $780/kg. Lynas Rare Earths accounts for most of the heavy rare earth supply outside China. "
            + "Rotterdam warehouse stocks of terbium oxide were estimated at 3-4 t. Demand from wind turbine makers is running at about 1,200 t a year of NdPr oxide, a market participant said.";
        Fact(text, 4).SubjectName.Should().BeNull();
        Fact(text, 1_200).SubjectName.Should().BeNull();
    }

    [Fact]
    public void The_one_company_of_a_text_still_takes_a_figure_when_it_opens_the_figures()
    {
        // Near miss: a company's own text, whose first figures are its own, keeps the one-company reading.
        const string text = "Kestrel Minerals Ltd reports its feasibility study for the Tarn project. The study outlines output of 14,800 tpa of concentrate. Ore reserves stand at 13.2 million tonnes.";
        Fact(text, 13_200_000).SubjectName.Should().Be("Kestrel Minerals Ltd");
    }

    [Fact]
    public void A_project_a_state_body_names_strategic_keeps_its_owners_figures()
    {
        // dev9 K10 (subject34): a timeline line "2026: The EU names Tanbreez a strategic project; the resource is upgraded to 45
        // million tonnes" is the resource of the company whose project the text wrote it as, not the EU's.
        const string text = "Kestrel Minerals Corp's Tarn project in southern Greenland has moved slowly.\n\n"
            + "2023: Drilling outlines a resource of 28.2 million tonnes at 0.38% TREO.\n\n"
            + "2026: The EU names Tarn a strategic project; the resource is upgraded to 45 million tonnes.\n\n"
            + "2029 (planned): Commercial production of 85,000 tonnes a year of concentrate.";
        Fact(text, 45_000_000).SubjectName.Should().Be("Kestrel Minerals Corp");
        Fact(text, 85_000).SubjectName.Should().Be("Kestrel Minerals Corp");
    }

    [Fact]
    public void Our_plant_in_a_companys_own_report_is_the_companys()
    {
        // dev10 L18 (subject34): "Neo Performance Materials - 2025 Sustainability Report" then "Our Narva magnet plant ... produced
        // 310 t" with the company's unit named in a section header: the report's company, as in its own release (§85).
        const string text = "Neo Performance Materials - 2025 Sustainability Report (excerpt)\n"
            + "Environmental performance: rare earth separation (NPM Silmet, Sillamae, Estonia)\n"
            + "Magnet manufacturing\n"
            + "Our Tartu magnet plant, opened in 2025, produced 290 t of sintered NdFeB magnets in its first full year of operation.";
        Fact(text, 290).SubjectId.Should().Be("neo-performance");
    }

    [Fact]
    public void A_change_restated_in_the_narrative_after_a_highlight_is_still_one_fact_each()
    {
        // Found uploading a quarterly report: the old value of a change in a highlight was replaced by its shared form, and the
        // narrative's repeat of it was then kept as a second fact.
        var text = "Kestrel Minerals - Quarterly Activities Report\nHighlights\n"
                   + "• Capacity of the Kestrel plant raised from 4,440 tonnes to 4,800 tonnes of NdPr oxide per annum\n"
                   + "Operations\n"
                   + "Kestrel Minerals said the plant's capacity had been raised from 4,440 tonnes to 4,800 tonnes of NdPr oxide per annum.";
        var facts = TestFiles.Recognize(text).Tonnages;
        facts.Select(f => f.Min).Should().BeEquivalentTo([4_440d, 4_800d]);
    }

    [Fact]
    public void A_reserve_cell_of_a_summary_table_has_no_window()
    {
        // Found uploading a USGS-style page: China's reserve took the window of the year named earlier in the text.
        var text = "RARE EARTHS\n" + "(Data in metric tons, rare-earth-oxide (REO) equivalent, unless otherwise noted)\n" + "Domestic Production and Use: One mine in California produced rare-earth concentrates in 2025. The estimated value of compounds and metals imported was $190 million, 6% less than in 2024.\n" + "World Mine Production and Reserves: Reserves for Australia and Brazil were revised based on company reports.\n" + "                        Mine production          Reserves\n" + "                        2024        2025e\n" + "United States           45,000      51,000       1,900,000\n" + "Australia               13,000      13,000       5,700,000\n" + "Burma                   31,000      31,000       NA\n" + "China                  270,000     270,000      44,000,000\n" + "World total (rounded)  390,000     390,000      90,000,000\n";
        TestFiles.Recognize(text).Tonnages.Single(f => f.Min == 44_000_000).Should()
            .Match<TonnageFact>(f => f.Measure == "reserve" && f.Period == "none" && f.PeriodDetail == null);
    }

    [Fact]
    public void A_row_label_ending_with_an_estimate_year_dates_every_figure_of_its_row()
    {
        // dev10 L07: only the first figure after "Market balance 2027E:" took the year.
        var facts = TestFiles.Recognize("Market balance 2027E: a deficit of 6,400 t of NdPr oxide in our base case, widening to 14,000 t in the bull case and turning into a 1,500 t surplus in the bear case.").Tonnages;
        facts.Should().HaveCount(3).And.OnlyContain(f => f.Period == "year" && f.PeriodDetail == "2027E");
    }

    [Theory]
    [InlineData("Rare earth separation output in Baotou reached 9.6 wan tonnes of REO in the first ten months, the municipal bureau said.", 96_000, "production")]
    [InlineData("The national mining quota for 2026 was set at 27 wan tonnes, according to the Ministry of Industry and Information Technology.", 270_000, "quota")]
    [InlineData("Its new smelting line is designed to handle 3 wan tonnes of rare earth concentrate a year.", 30_000, "capacity")]
    public void Wan_tonnes_of_chinese_state_media_are_tens_of_thousands_of_tonnes(string text, double value, string measure)
    {
        // measure35 probe (a Xinhua story): "9.6 wan tonnes" (万吨) was no figure at all.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Norvik Metals said it holds an option over 800 tonnes a year of NdPr oxide from the Tarn refinery once it is built.", 800)]
    [InlineData("The agency has first refusal over 1,200 tonnes of dysprosium oxide from the project.", 1_200)]
    [InlineData("Halden Magnetics also holds an option on a further 400 tonnes per year of NdPr oxide from 2029.", 400)]
    public void An_option_over_tonnes_is_an_exact_offtake(string text, double value)
    {
        // dev10 L06 (measure35): "it holds an option over 500 tonnes a year from Iluka's Eneabba refinery" gave "more than 500 t"
        // of output: "over" belongs to the option, and a right to buy is a contracted supply.
        var fact = Fact(text, value);
        fact.Should().Match<TonnageFact>(f => f.Min == value && f.Max == value && f.Measure == "offtake");
    }

    [Fact]
    public void Over_before_a_sold_figure_is_still_more_than()
    {
        // Near miss of the option rule.
        Fact("Caldor Resources said it sold over 300 tonnes of NdPr oxide in the quarter.", 300).Max.Should().BeNull();
    }

    [Theory]
    [InlineData("Each tonne of sintered magnets required about 0.3 t of NdPr metal, the company said.", 0.3)]
    [InlineData("Every tonne of alloy used roughly 0.28 tonnes of praseodymium-neodymium metal last year.", 0.28)]
    [InlineData("A 12 MW offshore wind turbine can hold more than 600 kg of rare earth magnets, the chief executive said.", 0.6)]
    [InlineData("A large direct-drive wind turbine can hold up to two tonnes of permanent magnets.", 2)]
    public void What_one_unit_required_or_can_hold_is_an_intensity(string text, double value)
    {
        // dev10 L18 "Each tonne of magnets required about 0.31 t of NdPr metal" (other) and L29 "a direct-drive offshore wind turbine
        // rated at 15 MW can hold more than half a tonne of them" (a resource) (measure35).
        Fact(text, value).Should().Match<TonnageFact>(f => f.Measure == "intensity" && f.Period == "per_unit");
    }

    [Theory]
    [InlineData("The company's Rotterdam warehouse holds about 420 tonnes of NdPr oxide for customers.", "stockpile")]
    [InlineData("Each year the plant required about 300 tonnes of mixed carbonate from Lynas.", "other")]
    public void A_store_holding_or_a_yearly_need_is_no_intensity(string text, string measure)
    {
        // Near misses of the rule above: a warehouse is no product, and "each year" no unit.
        TestFiles.Recognize(text).Tonnages.Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The study has the project producing 9,000 tonnes a year of mixed rare earth carbonate, with mining of about 3 Mtpa of clay.", 3_000_000)]
    [InlineData("Annual mining of around 1.5 million tonnes of ore will feed the concentrator, Harlow Minerals said.", 1_500_000)]
    public void Mining_of_a_figure_is_production(string text, double value)
    {
        // dev10 L40 "with mining of about 5 Mtpa of clay" was other (measure35): a second figure's own unknown material made the
        // clay another commodity's mass.
        Fact(text, value).Should().Match<TonnageFact>(f => f.Measure == "production" && f.Period == "per_year");
    }

    [Fact]
    public void Mining_of_clay_in_an_ionic_clay_story_is_the_clay()
    {
        const string text = "Meteoric Resources' study for its Caldeira ionic clay project has it producing 13,600 tonnes a year of mixed rare earth carbonate over a 20-year life, with mining of about 5 Mtpa of clay.";
        Fact(text, 5_000_000).Should().Match<TonnageFact>(f => f.Measure == "production" && f.ProductId == "ionic-clay");
    }

    [Theory]
    [InlineData("Under the agreement Harbin Magnetics will receive 2,000 tonnes a year of NdPr oxide from Tarn Rare Earths for five years.", 2_000, "offtake")]
    [InlineData("Corvane Metals expects to receive about 12,000 tonnes per year of monazite concentrate from the Belford joint venture.", 12_000, "offtake")]
    [InlineData("A further 8,000 wmt is due to be shipped before the end of March under the company's offtake with a Chinese refiner, Tessel Resources said.", 8_000, "offtake")]
    [InlineData("Tessel Resources shipped 5,100 tonnes of concentrate to Lianyungang in the quarter under its offtake with a Chinese refiner.", 5_100, "shipment")]
    public void Material_a_party_will_receive_or_a_tranche_still_to_ship_under_an_offtake_is_an_offtake(string text, double value, string measure)
    {
        // dev10 L36 "Energy Fuels to receive 7,000-8,000 tpa of monazite concentrate" (production) and L13 "A further 12,000 wmt is
        // due to be shipped before the end of June 2027 under the company's offtake" (a shipment); a past cargo stays a shipment.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Nordfjell Minerals' Sauda project, which the company says holds an estimated 6.2 million tonnes of TREO, was added to the list.", 6_200_000, "resource")]
    [InlineData("The Tarn deposit holds about 410,000 tonnes of contained rare earth oxide, Kestrel Minerals said.", 410_000, "resource")]
    [InlineData("The company's Rotterdam warehouse holds about 420 tonnes of NdPr oxide for customers.", 420, "stockpile")]
    public void What_a_project_or_deposit_holds_is_a_resource(string text, double value, string measure)
    {
        // dev10 L25 "Rare Earths Norway's Fen project, which the company says holds an estimated 8.8 million tonnes of TREO" was a
        // stockpile (measure35); a warehouse's holding stays one.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("TOKYO, Nov 19 - Japan Organization for Metals and Energy Security (JOGMEC) has invited bids to supply 30 tonnes of dysprosium oxide for the national stockpile, according to a tender notice.", 30, "stockpile")]
    [InlineData("SEOUL - Korea Mine Rehabilitation and Mineral Resources Corp. has asked traders to supply 40 tonnes of terbium oxide for its strategic reserve.", 40, "stockpile")]
    public void What_others_are_asked_to_supply_for_a_state_stockpile_goes_into_it(string text, double value, string measure)
    {
        // dev10 L14 (measure35): the supply verb made the state agency the seller, an offtake.
        Fact(text, value).Should().Match<TonnageFact>(f => f.Measure == measure && f.Period == "one_off");
    }

    [Theory]
    [InlineData("A second magnet plant, announced in July, would add 5,000 t/a of NdFeB magnets from 2029, Calder Magnetics said.", 5_000, "capacity")]
    [InlineData("The expansion, due in 2028, will add 3,000 tonnes a year of separated oxide, Tarn Rare Earths said.", 3_000, "capacity")]
    public void What_a_planned_plant_will_add_after_an_aside_is_capacity(string text, double value, string measure)
    {
        // dev10 L08 "A second magnet plant, announced in July, would add 7,000 t/a from 2029" was production (measure35).
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Consensus: the median 2027 supply forecast among the brokers we track is 82,000 t of NdPr oxide.", 82_000, "production")]
    [InlineData("Our supply estimate for 2026 is 71,000 tonnes of NdPr oxide, below consensus.", 71_000, "production")]
    [InlineData("Tarn Rare Earths will supply 1,500 tonnes of NdPr oxide to Halden Magnetics under the contract.", 1_500, "offtake")]
    public void A_supply_forecast_is_a_markets_output(string text, double value, string measure)
    {
        // dev10 L07 "the median 2027E supply forecast among nine brokers we track is 79,300 t" was an offtake (measure35).
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("From January to October, the region produced 13.5 wan tonnes of rare earth concentrate calculated as REO, namely 135,000 tonnes, up 8.2 percent.", 135_000)]
    [InlineData("In 2025, China's output of rare earth smelting and separation products reached about 25.4 wan tonnes, or 254,000 tonnes, the paper said.", 254_000)]
    public void The_same_mass_written_twice_is_one_fact(string text, double value)
    {
        // dev11 M04, M40 (measure35): "wan tonnes" restated in tonnes gave two facts.
        TestFiles.Recognize(text).Tonnages.Should().ContainSingle().Which.Min.Should().Be(value);
    }

    [Fact]
    public void A_cargo_restated_in_dry_tonnes_stays_two_facts()
    {
        // Near miss: another unit's restatement (dev10 L13) is not the same mass.
        TestFiles.Recognize("The vessel sailed loaded with 4,820 wet metric tonnes of monazite concentrate, or about 4,510 dmt, Lindian said.").Tonnages.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Exports of 5 kilograms or less per contract for scientific research are exempt from licensing.", 0.005, null, 0.005d)]
    [InlineData("Bidders must offer lots of 20 tonnes or more of NdPr oxide.", 20d, 20d, null)]
    [InlineData("It shipped 2,000 tonnes of concentrate, or more than half of its output.", 2_000d, 2_000d, 2_000d)]
    public void A_bound_written_after_the_figure_keeps_one_end(string text, double value, double? min, double? max)
    {
        // dev11 M06 "Exports of 5 kilograms or less per contract" was exact (measure35); "or more than half" is a restatement.
        Fact(text, value).Should().Match<TonnageFact>(f => f.Min == min && f.Max == max);
    }

    [Theory]
    [InlineData("Article 1. The second batch of total quantity control indicators for 2026 is hereby issued: rare earth mining 135,000 tonnes and smelting and separation 127,000 tonnes, calculated as rare earth oxide (REO).", 135_000)]
    [InlineData("Article 3. China Rare Earth Group shall receive 38,200 tonnes of the mining indicators, and China Northern Rare Earth shall receive 96,800 tonnes.", 38_200)]
    public void Total_quantity_control_indicators_are_quotas(string text, double value)
    {
        // dev11 M05 (measure35): the translated name of China's quotas, and a group's share of them, were other and offtake.
        Fact(text, value).Measure.Should().Be("quota");
    }

    [Theory]
    [InlineData("Every electric car carries, on average, about 2 kilograms of rare earth magnets.", 0.002)]
    [InlineData("So a 15-megawatt Siemens Gamesa unit carries around ten tonnes of magnets.", 10)]
    [InlineData("A decommissioned 3-megawatt turbine yields close to 2 tonnes of magnets.", 2)]
    public void One_product_carrying_on_average_or_yielding_is_an_intensity(string text, double value)
    {
        // dev11 M33, M34 (measure35): an averaging aside, a "unit" and a turbine taken apart broke the per-unit reading.
        Fact(text, value).Measure.Should().Be("intensity");
    }

    [Theory]
    [InlineData("Serra Verde has agreed to send 1,200 tons a year of concentrate to a separator in the US from 2027.", 1_200, "offtake")]
    [InlineData("IREL's own samarium-cobalt magnet plant at Visakhapatnam will be scaled to 500 tonnes under the magnet scheme.", 500, "capacity")]
    [InlineData("A mine in Laos yields about 900 tonnes of concentrate a year.", 900, "production")]
    public void A_supply_agreed_to_and_a_plant_scaled_to_a_size(string text, double value, string measure)
    {
        // dev11 M38 "has agreed to send 1,200 tons a year" and M20 "will be scaled to 500 tonnes" were production (measure35);
        // a mine's yield is no per-unit figure.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("A trade of 20 tonnes was heard at 568,000 yuan/t ex-works Baotou on Thursday, a source at a separator said.", 20, "sales")]
    [InlineData("Total spot volume for Pr-Nd oxide in the week was estimated at 310 tonnes, up by a fifth on the week before.", 310, "sales")]
    [InlineData("Chinese NdPr oxide exports totalled 312 tonnes in October, according to customs data.", 312, "export")]
    public void A_deal_or_the_spot_volume_of_a_price_report_is_sold(string text, double value, string measure)
    {
        // dev11 M12 (measure35): both were other.
        Fact(text, value).Measure.Should().Be(measure);
    }

    [Fact]
    public void The_yearly_feed_a_planned_park_is_to_take_is_capacity()
    {
        // dev11 M25 "the park is planned to take 300,000 tonnes of apatite concentrate per year" was an offtake (measure35).
        Fact("In a first stage, the park is planned to take 300,000 tonnes of apatite concentrate per year, LKAB said.", 300_000).Measure.Should().Be("capacity");
    }

    [Fact]
    public void A_localitys_unnamed_makers_with_a_combined_figure_are_nobody()
    {
        // dev10 L23 (subject35): "The city's magnet material producers now have combined capacity of 180,000 tonnes" after a
        // company's own figures is a city-wide total of unnamed makers, nobody's, not the company's.
        const string text = "GANZHOU, Nov 23 - Kestrel Rare Earth Co separated 18,600 tonnes of rare earth oxides in the first ten months. "
            + "The city's magnet makers now have combined capacity of 95,000 tonnes, and the prefecture's recycling plants hold total capacity of 40,000 tonnes of scrap. "
            + "The province's separation plants together processed 52,000 tonnes of feed in 2025.";
        Fact(text, 18_600).SubjectName.Should().Be("Kestrel Rare Earth Co");
        Fact(text, 95_000).SubjectName.Should().BeNull();
        Fact(text, 40_000).SubjectName.Should().BeNull();
        Fact(text, 52_000).SubjectName.Should().BeNull();
        // Near miss: the company's own plants holding a combined figure stay the company's.
        Fact("Kestrel Rare Earth Co said its three plants now have combined capacity of 30,000 tonnes.", 30_000).SubjectName.Should().Be("Kestrel Rare Earth Co");
    }

    [Fact]
    public void A_figure_that_is_the_passive_subject_of_a_trade_verb_is_the_route_countrys()
    {
        // dev10 L04 (subject35): "As per DGCI&S data, 53,748 tonnes of rare earth magnets were imported into India in 2025-26"
        // after the company's figures is India's import, not the company's.
        const string text = "Kestrel Sands Ltd produced 4,850 tonnes of monazite in 2025. "
            + "As per customs data, 2,340 tonnes of rare earth magnets were imported into India in 2025. "
            + "Separately, 150 tonnes of NdPr oxide were exported from Vietnam to Japan in the month.";
        Fact(text, 2_340).SubjectId.Should().Be("IN");
        Fact(text, 150).SubjectId.Should().Be("VN");
        // Near miss: a company acting in the figure's clause keeps it.
        Fact("Kestrel Sands Ltd said 300 tonnes of concentrate it bought were imported into India in May.", 300).SubjectName.Should().Be("Kestrel Sands Ltd");
    }

    [Fact]
    public void A_name_acting_in_a_with_clause_right_before_the_figure_is_its_subject()
    {
        // dev10 L28 (subject35): "The Ministry of Heavy Industries has selected five bidders to set up 6,000 tonnes per annum of
        // ... capacity under the scheme, with Sona Comstar winning the largest block of 1,500 tonnes a year": the company.
        const string text = "NEW DELHI: The Ministry of Heavy Industries has selected five bidders to set up 6,000 tonnes per annum of sintered rare earth permanent magnet capacity under the scheme, with Kestrel Magnetics Ltd winning the largest block of 1,500 tonnes a year, people aware of the matter said.";
        Fact(text, 6_000).SubjectId.Should().Be("IN");
        Fact(text, 1_500).SubjectName.Should().Be("Kestrel Magnetics Ltd");
        Fact("Alpha Rare Earth Corp said its plant processed 620 tonnes of concentrate in October, with Hanoi-based Beta Minerals JSC taking a further 410 tonnes for its pilot line.", 410)
            .SubjectName.Should().Be("Beta Minerals JSC");
        // Near miss: a name after ", with" that does not act on the figure leaves it with the sentence's company.
        Fact("Alpha Rare Earth Corp signed an offtake, with Beta Minerals JSC as the buyer of 500 tonnes a year.", 500).SubjectName.Should().Be("Alpha Rare Earth Corp");
    }

    [Fact]
    public void A_banks_revised_forecast_for_a_company_makes_its_later_figures_the_companys()
    {
        // dev10 L08 (subject35): "Jefferies has raised its forecast for MP Materials' 2027 NdPr oxide output ..." then "The bank now
        // expects the largest U.S. rare earth miner to produce ... 45,000-47,000t" and "the analysts model sales of 850 t":
        // the bank's model of the company, as in a research note; not the bank's, nor the country's.
        const string text = "Jefferies has raised its forecast for Kestrel Rare Earths Ltd's 2027 NdPr oxide output to 4,100 tonnes from 3,600 tonnes. "
            + "The bank now expects the U.S. rare earth miner to produce concentrate containing 45,000t of REO in 2026. "
            + "On magnets, the analysts model sales of 850 t of NdFeB magnets in 2027, short of the plant's 1,000 t/a nameplate.";
        Fact(text, 4_100).SubjectName.Should().Be("Kestrel Rare Earths Ltd");
        Fact(text, 45_000).SubjectName.Should().Be("Kestrel Rare Earths Ltd");
        Fact(text, 850).SubjectName.Should().Be("Kestrel Rare Earths Ltd");
        Fact(text, 1_000).SubjectName.Should().Be("Kestrel Rare Earths Ltd");
    }

    [Fact]
    public void A_possessors_demand_stated_with_a_verb_is_the_possessors()
    {
        // dev10 L27 (subject35): "Japan's demand for NdPr is about 6,000 tonnes a year, according to industry estimates, and
        // roughly 30% is now met by Lynas": Japan's demand, not the supplier's named after it.
        const string text = "Kestrel Rare Earths Ltd will supply 7,200 tonnes of NdPr oxide to Japanese buyers over five years. "
            + "Japan's demand for NdPr is about 6,000 tonnes a year, according to industry estimates, and roughly 30% is now met by Kestrel Rare Earths Ltd. "
            + "Germany's consumption of sintered magnets stood at 9,000 tonnes in 2025, with most of it supplied by Kestrel Rare Earths Ltd.";
        Fact(text, 6_000).SubjectId.Should().Be("JP");
        Fact(text, 9_000).SubjectId.Should().Be("DE");
        // Near miss: the company's own demand stays the company's.
        Fact("Kestrel Rare Earths Ltd's demand for feed is about 12,000 tonnes a year.", 12_000).SubjectName.Should().Be("Kestrel Rare Earths Ltd");
    }

    [Fact]
    public void Material_the_clause_says_belongs_to_a_name_is_that_owners()
    {
        // dev10 L17 (subject35): "It also ruled that 640 tonnes of carbonate held in a bonded warehouse in Rotterdam belonged to
        // Hanse" after sentences on the supplier Kestrel: the owner's, not the supplier's.
        const string text = "A tribunal has ordered Alpha Rare Metals Ltd to pay damages to Beta Magnetics GmbH. Alpha Rare Metals Ltd delivered only 2,250 tonnes of carbonate in total. "
            + "It also ruled that 640 tonnes of carbonate held in a bonded warehouse in Rotterdam belonged to Beta Magnetics GmbH. "
            + "A further 75 tonnes stored in Antwerp was owned by Gamma Trading Ltd, the tribunal found.";
        Fact(text, 2_250).SubjectName.Should().Be("Alpha Rare Metals Ltd");
        Fact(text, 640).SubjectName.Should().Be("Beta Magnetics GmbH");
        Fact(text, 75).SubjectName.Should().Be("Gamma Trading Ltd");
        // Near miss: a name after the figure that only receives it leaves the sentence's company.
        Fact("Alpha Rare Metals Ltd sold 300 tonnes of carbonate to Beta Magnetics GmbH.", 300).SubjectName.Should().Be("Alpha Rare Metals Ltd");
    }

    [Fact]
    public void The_recipient_of_a_delivery_under_an_offtake_is_not_the_offtakes_subject()
    {
        // dev10 L38 (subject35): "• First 250 tonnes of xenotime concentrate delivered to Iluka at Eneabba under the 3,000-tonne
        // offtake" in a company's quarterly report: the offtake is the reporting supplier's, not the buyer's.
        const string text = "Kestrel Minerals Limited (ASX: KML) - Quarterly Activities Report, September 2026\nHighlights\n"
            + "• Pilot plant produced 9.2 tonnes of heavy rare earth carbonate in the quarter\n"
            + "• First 250 tonnes of xenotime concentrate delivered to Iluka at Eneabba under the 3,000-tonne offtake\n"
            + "Operations\nKestrel Minerals Limited ran the pilot plant for 71 days in the quarter.";
        Fact(text, 3_000).SubjectName.Should().Be("Kestrel Minerals Limited");
    }

    [Fact]
    public void A_research_note_on_several_companies_gives_each_sections_figures_to_its_company()
    {
        // dev11 M32 (subject35): "Macquarie Equities Research | ..." then "Arafura Rare Earths (ARU) - Outperform ..." and later
        // "Lynas (LYC) - Neutral ... We model FY27 NdPr production of 9,600 t": each section's model figures are its company's.
        const string text = "Kestrel Equities Research | Australian rare earths | 23 November 2026\n"
            + "Arafura Rare Earths (ARU) - Outperform, TP A$0.42\n"
            + "Nolans nameplate is 4,440 tpa of NdPr oxide at the Nolans refinery. We model the refinery at 100% of nameplate from FY30.\n"
            + "Lynas (LYC) - Neutral, TP A$10.10\n"
            + "Q1 NdPr volumes were in line. We model FY27 NdPr production of 9,600 t, 3% below consensus.";
        Fact(text, 4_440).SubjectId.Should().Be("arafura");
        Fact(text, 9_600).SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void A_term_or_campaign_whose_length_is_written_before_its_noun_is_summed_over()
    {
        // dev10 L27 (period35): "Lynas will also supply 7,200 tonnes of NdPr oxide to JARE over the five-year term of the deal" had
        // no window; a probe abstract's "Over a six-month campaign the pilot plant processed 12.4 t of swarf" had none either.
        Fact("Kestrel Rare Metals will also supply 4,800 tonnes of NdPr oxide to Hanse Magnetics over the four-year term of the agreement.", 4_800)
            .Period.Should().Be("cumulative");
        Fact("Over a nine-month campaign the Tarn pilot plant processed 14.6 tonnes of magnet scrap.", 14.6).Period.Should().Be("cumulative");
        // Near miss: a rate written in the clause stays a rate.
        Fact("Kestrel Rare Metals will supply 600 tonnes a year of NdPr oxide over the four-year term of the agreement.", 600)
            .Period.Should().Be("per_year");
    }

    [Fact]
    public void A_sentence_on_the_plan_takes_the_fiscal_year_the_plan_was_named_with()
    {
        // dev10 L15 (period35): "Annual Materials Plan for fiscal 2027 ... lists potential acquisitions of up to 450 short tons ...
        // On the disposal side, the plan allows sales of up to 600 short tons of lanthanum oxide" had no window for the sales.
        const string text = "The Kestrel Agency's stockpile plan for fiscal 2028, released on Monday, lists potential acquisitions of up to 220 tonnes of dysprosium oxide. "
            + "Quantities in it are ceilings, not commitments, officials said. The plan also allows disposals of up to 380 tonnes of cerium oxide.";
        Fact(text, 380).Period.Should().Be("year");
        // Near miss: a sentence that does not go on about the plan keeps its own reading.
        const string other = "The Kestrel Agency's stockpile plan for fiscal 2028, released on Monday, lists potential acquisitions of up to 220 tonnes of dysprosium oxide. "
            + "Quantities in it are ceilings, not commitments, officials said. Separately, Hanse Magnetics hopes to sell up to 380 tonnes of cerium oxide to carmakers.";
        Fact(other, 380).Period.Should().NotBe("year");
    }

    [Fact]
    public void A_figure_that_sizes_a_contract_with_no_rate_is_the_contracts_total()
    {
        // dev10 L38 (period35): "First 250 tonnes of xenotime concentrate delivered to Iluka at Eneabba under the 3,000-tonne offtake"
        // left the offtake's 3,000 t with no period.
        Fact("Kestrel Rare Metals signed a 4,500-tonne offtake with Hanse Magnetics for NdPr oxide on Tuesday.", 4_500).Period.Should().Be("cumulative");
        // Near miss: a yearly rate written with the figure stays a rate.
        Fact("Kestrel Rare Metals signed a 4,500-tonne-a-year offtake with Hanse Magnetics for NdPr oxide on Tuesday.", 4_500).Period.Should().Be("per_year");
    }

    [Fact]
    public void The_size_of_each_lot_is_per_unit()
    {
        // dev10 L14 (period35): "bidders must offer lots of at least 500 kg" in a stockpile tender was a month's shipment; a probe
        // price report's "Typical lots in Europe were 100-500 kg" was a year's exports.
        var lots = Fact("The Kestrel Agency has invited bids for 20 tonnes of terbium oxide, and bidders must offer lots of at least 250 kg by the end of March.", 0.25);
        lots.Period.Should().Be("per_unit");
        lots.Measure.Should().Be("other");
        Fact("Buyers said typical lots in Rotterdam were 200-400 kg of dysprosium oxide.", 0.2).Period.Should().Be("per_unit");
        // Near miss: one lot named in the singular is one lot.
        Fact("A trader sold a lot of 400 kg of dysprosium oxide to a Japanese magnet maker on Tuesday.", 0.4).Period.Should().Be("one_off");
    }

    [Fact]
    public void One_deal_and_a_passive_sale_to_one_buyer_are_one_lot()
    {
        // dev10 L21 (period35): "One deal for 50 mt of Pr-Nd oxide was concluded at 565,000 yuan/mt in Baotou" read as a year's
        // sales; a probe price report's "after 5 tonnes were sold to a Japanese trader" too.
        Fact("Pr-Nd oxide rose in Ganzhou. One deal for 30 mt of Pr-Nd oxide was concluded at 571,000 yuan/mt, market participants said.", 30)
            .Period.Should().Be("one_off");
        Fact("Dysprosium oxide was steady in Rotterdam after 4 tonnes were sold to a Korean magnet maker.", 4).Period.Should().Be("one_off");
        // Near miss: a year's sales named as such keep the year.
        Fact("Kestrel Rare Metals sold 4,100 tonnes of NdPr oxide in 2025 to a Korean magnet maker and two traders.", 4_100).Period.Should().Be("year");
    }

    [Fact]
    public void A_sale_to_one_buyer_does_not_take_a_window_from_another_sentence()
    {
        // dev10 L12 (period35): a newsletter item "Vital Metals sold the remaining 1,200 dmt of bastnaesite concentrate stockpiled at
        // Saskatoon to an unnamed buyer for C$3.1 million" took the month of an earlier item's "10 tonnes a month by March".
        const string text = "The council aims to reach a steady 12 tonnes a month by April.\n\n"
            + "Kestrel Rare Metals sold the remaining 900 dmt of monazite concentrate stored at Tarn to an unnamed buyer for C$2.4 million.";
        Fact(text, 900).Period.Should().Be("one_off");
        // Near miss: a sale whose own sentence names its window keeps it.
        Fact("In 2025, Kestrel Rare Metals sold 4,100 tonnes of NdPr oxide to a Korean magnet maker.", 4_100).Period.Should().Be("year");
    }

    [Fact]
    public void An_amount_to_be_delivered_by_a_deadline_is_summed_up_to_it()
    {
        // dev10 L13, L16 (period35): "A further 12,000 wmt is due to be shipped before the end of June 2027 under the company's
        // offtake" was June's; "will release 45 tons of rare earth oxides ... by the end of December" one lot.
        Fact("Another 8,000 wmt of monazite concentrate is due to be shipped before the end of May 2027 under Kestrel Rare Metals' offtake with a Chinese processor.", 8_000)
            .Period.Should().Be("cumulative");
        Fact("Kestrel Rare Metals will release 60 tonnes of NdPr oxide from its inventory to domestic magnet makers by the end of November.", 60)
            .Period.Should().Be("cumulative");
        // Near miss: a lot shipped in a month is that month's.
        Fact("Kestrel Rare Metals shipped 60 tonnes of NdPr oxide to domestic magnet makers in November.", 60).Period.Should().Be("month");
    }

    [Fact]
    public void A_markets_demand_in_a_named_or_target_year_is_that_years()
    {
        // A probe think-tank report (period35): "The IRF puts 2025 demand at 86,000 t" and "demand climbs to 205,000 t by 2040" had no
        // window (dev6 G27 annotates "is on course to exceed 400,000 tonnes by 2035" as that year).
        Fact("The institute puts 2026 demand for NdPr oxide at 91,000 tonnes.", 91_000).Period.Should().Be("year");
        Fact("In its fast scenario, global demand for NdPr oxide climbs to 188,000 tonnes by 2045.", 188_000).Period.Should().Be("year");
        // Near miss: a yearly rate written in the clause stays a rate.
        Fact("Robots could add 9,000 tonnes of magnet demand a year by 2045.", 9_000).Period.Should().Be("per_year");
    }

    [Fact]
    public void Clay_after_a_sibling_figure_of_a_product_is_the_ionic_clay_not_another_commodity()
    {
        // dev10 L40 (period35): "producing an average of 13,600 tonnes a year of mixed rare earth carbonate over a 20-year life, with
        // mining of about 5 Mtpa of clay" in an ionic clay story made the clay a mass of something else (no material, other).
        const string text = "Brazil's ionic clay developers are racing to start output.\n\n"
            + "Kestrel's study has the Tarn project producing an average of 9,200 tonnes a year of mixed rare earth carbonate, with mining of about 4 Mtpa of clay.";
        Fact(text, 4_000_000).ProductId.Should().Be("ionic-clay");
        // Near miss: a mass of another named material after a sibling figure stays foreign (no product, not the magnets).
        Fact("Kestrel made 4,600 tonnes of magnets and 2,100 tonnes of soft magnetic alloys last year.", 2_100).ProductId.Should().BeNull();
    }

    [Fact]
    public void Swarf_is_magnet_scrap()
    {
        // A probe recycling abstract (period35): "recovery of rare earth elements from sintered NdFeB grinding swarf. ... the pilot plant
        // processed 12.4 t of swarf" was sintered magnets, and "treating 2,000 tonnes of swarf per year" had no material.
        const string text = "We report pilot-scale recovery of rare earths from sintered NdFeB grinding swarf. Over the trial the pilot plant processed 9.6 t of swarf. "
            + "A scaled plant treating 1,500 tonnes of swarf per year would produce roughly 380 t of oxide annually.";
        Fact(text, 9.6).ProductId.Should().Be("magnet-scrap");
        Fact(text, 1_500).ProductId.Should().Be("magnet-scrap");
    }

    [Fact]
    public void A_basis_calculated_as_rare_earth_oxide_after_the_figures_is_theirs()
    {
        // dev11 M05 (period35): an MIIT notice's "rare earth mining 135,000 tonnes and smelting and separation 127,000 tonnes,
        // calculated as rare earth oxide (REO)" gave rare earths, not REO.
        const string text = "Article 1. The first batch of total quantity control indicators for 2027 is hereby issued: rare earth mining 142,000 tonnes and smelting and separation 133,500 tonnes, calculated as rare earth oxide (REO).";
        Fact(text, 142_000).ProductId.Should().Be("reo");
        Fact(text, 133_500).ProductId.Should().Be("reo");
    }

    [Fact]
    public void A_bare_concentrate_between_keeps_the_storys_mineral_concentrate()
    {
        // dev11 M16 (period35): "3,150 t of monazite concentrate produced in the quarter" then a table row "Concentrate produced | t |
        // 3,150" and "Stage 1 is designed for 15,300 tpa of concentrate": the bare row label stopped the story's monazite.
        const string text = "Kestrel Rare Metals - Quarterly Activities Report\n"
            + "Highlights\n"
            + "- 2,480 t of monazite concentrate produced in the quarter at an average 54.1% TREO\n"
            + "Operations summary\n"
            + "Item\tUnit\tSep Qtr 2026\tJun Qtr 2026\n"
            + "Ore mined\tt\t181,300\tnil\n"
            + "Concentrate produced\tt\t2,480\tnil\n"
            + "Concentrate stocks at 30 Sep\tt\t1,880\t-\n"
            + "Stage 1 is designed for 12,600 tpa of concentrate.";
        Fact(text, 12_600).ProductId.Should().Be("monazite");
    }

    [Fact]
    public void A_chemical_reagent_is_no_fact_but_process_water_is()
    {
        // dev11 M22, dev7 H15/H36, dev4 E19 and probe stories (measure36): "Each tonne of carbonate requires roughly 7 tonnes of ammonium
        // sulphate", "consumed about 4.2 tonnes of sulphuric acid" were kept as `other` facts; every set leaves reagents out.
        NoFact("Each tonne of oxide at the Tarn plant needs about 3.5 tonnes of hydrochloric acid and 2 tonnes of sodium hydroxide.", 3.5);
        NoFact("Kestrel said the separation plant would consume 38,000 tonnes of ammonium bicarbonate a year.", 38_000);
        NoFact("The plant consumed 3,000 tonnes of sodium carbonate last year.", 3_000);
        // Near miss: a reagent word as a grade names rare-earth material.
        Fact("Kestrel bought 95 tonnes of reagent-grade oxide in the quarter.", 95).Should().NotBeNull();
        // Near miss: process water held at a site stays an `other` fact (tune U05).
        Fact("Kestrel Minerals said its tailings dam holds about 25,000 tonnes of process water that must be treated.", 25_000).Measure.Should().Be("other");
    }

    [Fact]
    public void The_size_of_a_change_is_other_in_the_window_of_the_figure_it_changes()
    {
        // dev11 M02 and probe stories (measure36): "October arrivals were up by 460t, or 11.6pc, on the month" was an import per_day (a
        // later "open daily"), "down by 48 tonnes from September" and "an increase of 21 tonnes on the month" exports, "up 1,200 tonnes
        // from last year" a quota.
        const string customs = "Kestrel Customs said Ruritania imported 2,310t of mixed rare earth compounds in October, against 2,050t in September. "
            + "October arrivals were up by 260t on the month, when the border was open daily.";
        var change = Fact(customs, 260);
        change.Measure.Should().Be(Measures.Other);
        change.Period.Should().Be("month");
        var exports = Fact("Ruritania exported 188 tonnes of NdPr oxide in October, down by 35 tonnes from September.", 35);
        exports.Measure.Should().Be(Measures.Other);
        exports.Period.Should().Be("month");
        Fact("Tarvik province has been allocated 12,300 tonnes of the 2026 mining quota, up 900 tonnes from last year.", 900).Measure.Should().Be(Measures.Other);
        Fact("Exports of oxides rose to 74 tonnes in October, an increase of 16 tonnes on the month.", 16).Measure.Should().Be(Measures.Other);
        // Near misses: the new value after "rose to", an "up to" bound and a verb's particle keep their measures.
        Fact("Exports of oxides rose by a third to 74 tonnes in October.", 74).Measure.Should().Be(Measures.Export);
        Fact("Ruritania exported up to 74 tonnes of oxides in October.", 74).Measure.Should().Be(Measures.Export);
    }

    [Fact]
    public void An_editors_note_restating_a_figure_or_repeating_the_wrong_one_adds_no_fact()
    {
        // dev11 M10 and a probe story (measure36): "Editor's note: ... It is about 1 million tonnes, not 1 billion tonnes" kept the
        // stockpile a second time, and "An earlier version of this report gave the October figure as 3,120 tonnes" kept the wrong value.
        const string text = "Kestrel Minerals said its Tarn refinery will draw on a stockpile of roughly 800,000 tonnes of monazite concentrate.\n\n"
            + "Editor's note: An earlier version of this story misstated the size of the Tarn stockpile. It is about 800,000 tonnes, not 8 million tonnes.";
        TestFiles.Recognize(text).Tonnages.Should().ContainSingle().Which.Min.Should().Be(800_000);
        const string report = "Ruritania exported 271 tonnes of NdPr oxide in October, customs data showed.\n\n"
            + "An earlier version of this report gave the October figure as 2,710 tonnes.";
        TestFiles.Recognize(report).Tonnages.Should().ContainSingle().Which.Min.Should().Be(271);
        // Near miss: a first figure set against a denied one, with no earlier fact of its value, stays.
        Fact("The mine produced 410 tonnes of concentrate in the third quarter, not 4,100 tonnes.", 410).Should().NotBeNull();
    }
    [Fact]
    public void The_weight_of_a_thing_compared_is_no_fact()
    {
        // dev11 M07 and a probe story (measure36): "the shortfall weighs more than a carrier's island superstructure; the entire Eiffel
        // Tower, at 7,300 tonnes, would not fill it" and "weighing more than three Tokyo Towers, which at 4,000 tonnes each would not
        // match it" were kept as magnet facts.
        const string text = "Ruritania used about 12,000 tonnes of NdFeB magnets last year, weighing more than two ocean liners; the Kestrel Bridge, at 6,500 tonnes, would not balance it.";
        Fact(text, 12_000).Should().NotBeNull();
        NoFact(text, 6_500);
        // Near misses: a figure of a material after the comparison stays; "weighing" a plan is no comparison.
        Fact("Its magnet output weighs more than last year's, at 4,100 tonnes of NdFeB magnets.", 4_100).Should().NotBeNull();
        Fact("The plant's capacity is 1,500 tonnes per year, and the company is weighing a second phase that would double that to 3,000 tonnes.", 3_000).Should().NotBeNull();
    }

    [Fact]
    public void A_total_over_a_week_is_cumulative()
    {
        // dev11 M12 and a probe story (measure36): "Total spot volume for oxide in the week was estimated at 310 tonnes" was a year's sales,
        // "Spot transactions totalled about 150 tonnes of PrNd oxide this week" other with no period (dev11 decision 4: cumulative).
        var volume = Fact("Dysprosium oxide was steady. Total spot volume for Pr-Nd oxide in the week was estimated at 240 tonnes, traders said.", 240);
        volume.Measure.Should().Be(Measures.Sales);
        volume.Period.Should().Be("cumulative");
        var spot = Fact("Spot transactions totalled about 95 tonnes of PrNd oxide this week, sources said.", 95);
        spot.Measure.Should().Be(Measures.Sales);
        spot.Period.Should().Be("cumulative");
        // Near misses: one release dated to the week is one lot, and a month's total said this week keeps its month.
        Fact("Kestrel Rare Earth Group released 120 tonnes of dysprosium oxide from its reserves this week.", 120).Period.Should().NotBe("cumulative");
        Fact("Ruritania's exports of NdPr oxide totalled 410 tonnes in October, the ministry said this week.", 410).Period.Should().Be("month");
    }

    [Fact]
    public void One_deal_consignment_or_campaign_named_by_the_figure_is_one_lot()
    {
        // dev11 M12, M29 and probe stories (measure36): "A trade of 20 tonnes was heard at 568,000 yuan/t" was a year's sales, "sold 80
        // tonnes ... in a one-time deal last month" a month's, "which produced 210 tonnes of bastnaesite concentrate during its 2023 trial
        // mining campaign" a month's output.
        Fact("A trade of 15 tonnes was heard at 571,000 yuan/t ex-works Baotou on Thursday, a source said.", 15).Period.Should().Be("one_off");
        Fact("Kestrel Rare Earths sold 60 tonnes of neodymium oxide to a Japanese buyer in a one-time deal last month.", 60).Period.Should().Be("one_off");
        Fact("Tarvik Metals will complete a demonstration plant, which produced 180 tonnes of bastnaesite concentrate during its 2024 trial mining campaign.", 180).Period.Should().Be("one_off");
        // Near misses: a month's exports stay the month's; a campaign with a length is summed over it.
        Fact("Ruritania exported 410 tonnes of NdPr oxide in October, a single month record.", 410).Period.Should().Be("month");
        Fact("The pilot plant processed 12 tonnes of ore over a six-month campaign.", 12).Period.Should().NotBe("one_off");
        // dev12 P24: a trial with its length is summed over it, not one run.
        Fact("Under the plan, Kestrel would produce up to 1,500 metric tons of rare earth concentrate during a three-year trial from 2027.", 1_500).Period.Should().Be("cumulative");
    }

    [Fact]
    public void A_supply_over_its_first_years_is_cumulative()
    {
        // dev11 M28 (measure36): "MP Materials will supply 12,000 tonnes of bastnaesite concentrate to the venture over its first three years
        // of operation" had no period ("over the first three years" was read).
        Fact("Under a separate agreement, Kestrel Minerals will supply 9,000 tonnes of bastnaesite concentrate to the venture over its first three years of operation.", 9_000)
            .Period.Should().Be("cumulative");
        // Near miss: a yearly rate over the first years stays a rate.
        Fact("Kestrel Minerals will supply 3,000 tonnes a year of concentrate to the venture over its first three years of operation.", 3_000)
            .Period.Should().Be("per_year");
    }

    [Fact]
    public void The_largest_partners_share_of_a_running_total_is_summed_over_its_span()
    {
        // dev11 M23 (measure36): "In the first ten months, exports totalled 8,960 tonnes, up 53% on the same period of 2025. South Korea
        // remained the largest buyer with 4,410 tonnes" took the month of the story's first figure.
        const string text = "Ruritania's exports of rare earths reached 1,020 tonnes in October, up from 940 tonnes in September. "
            + "In the first ten months, exports totalled 7,450 tonnes, up 31% on the same period of 2025. Japan remained the largest buyer with 3,120 tonnes, followed by Korea.";
        Fact(text, 3_120).Period.Should().Be("cumulative");
        // Near miss: a partner's figure with a month of its own keeps it.
        const string month = "In the first ten months, exports totalled 7,450 tonnes. Japan remained the largest buyer with 380 tonnes in October.";
        Fact(month, 380).Period.Should().Be("month");
    }

    [Fact]
    public void What_a_supply_agreement_provides_for_is_its_offtake()
    {
        // A probe ASX quarterly (measure36): "The agreement provides for the sale of 9,000 tonnes of MREC in total over its term" was a sale.
        const string text = "A first tranche of 150 tonnes of MREC was delivered to Kestrel Trading in August under the offtake agreement. "
            + "The agreement provides for the sale of 6,500 tonnes of MREC in total over its term.";
        var total = Fact(text, 6_500);
        total.Measure.Should().Be(Measures.Offtake);
        total.Period.Should().Be("cumulative");
        // Near miss: a sale with no agreement stays a sale.
        Fact("Kestrel said the sale of 650 tonnes of MREC to a trader was completed in August.", 650).Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void A_sentence_opening_on_the_figure_before_splits_it_with_its_measure_and_window()
    {
        // dev11 M19 and a probe story (measure36): "The volume is planned at up to about 65 tonnes a year ... Of the total, about 50 tonnes
        // is expected to be dysprosium oxide and about 15 tonnes terbium oxide" had no period.
        const string text = "Ruritania will have two trading houses jointly take in dysprosium and terbium produced by Kestrel Rare Earths. "
            + "The volume is planned at about 48 tonnes a year, equivalent to roughly 20% of domestic demand for the two elements. "
            + "Of the total, about 36 tonnes is expected to be dysprosium oxide and about 12 tonnes terbium oxide.";
        var dysprosium = Fact(text, 36);
        dysprosium.Period.Should().Be("per_year");
        Fact(text, 12).Period.Should().Be("per_year");
        // Near miss: a part with a window of its own keeps it.
        const string month = "Kestrel exported 480 tonnes of oxides in the quarter. Of that, 120 tonnes went out in September.";
        Fact(month, 120).Period.Should().Be("month");
    }

    [Fact]
    public void A_vehicles_load_in_a_relative_clause_is_a_shipment_per_load()
    {
        // dev11 M22 (measure36): "buyers pay a levy equal to about 20% of value on each truck, which typically carries 30 tonnes of
        // carbonate" was an other fact.
        var load = Fact("Local sources say buyers pay a levy of about 15% of value on each truck, which typically carries 28 tonnes of carbonate.", 28);
        load.Measure.Should().Be(Measures.Shipment);
        // Near miss: a plant "which can take" a yearly feed is no vehicle's load.
        Fact("The Tarn hub, which can take 2,700 tonnes of scrap a year, opened in May.", 2_700).Measure.Should().NotBe(Measures.Shipment);
    }

    [Fact]
    public void The_next_member_of_a_split_and_a_weeks_total_said_of_a_country_keep_their_windows()
    {
        // Probe stories (measure36): "Of that, about 30 tonnes will be dysprosium oxide and 10 tonnes terbium oxide" gave the second part no
        // period; "Spot transactions totalled about 150 tonnes of PrNd oxide this week" in a story about China was read as the month's exports.
        const string text = "Ruritania will have two trading houses jointly take in dysprosium and terbium produced by Kestrel Rare Earths. "
            + "The volume is planned at about 44 tonnes a year, roughly 25% of the country's demand for the two elements. "
            + "Of that, about 32 tonnes will be dysprosium oxide and 12 tonnes terbium oxide.";
        Fact(text, 12).Period.Should().Be("per_year");
        const string china = "BEIJING, Nov 19 (Asian Metal) - China's Tarn province has been allocated 18,400 tonnes of the 2026 mining quota. "
            + "A Baotou-based separator said its production in November would reach about 900 tonnes of PrNd oxide. "
            + "Spot transactions totalled about 140 tonnes of PrNd oxide this week, sources said.";
        Fact(china, 140).Period.Should().Be("cumulative");
    }

    [Fact]
    public void What_one_is_sitting_on_is_a_resource_or_a_stock()
    {
        // dev11 M21 (measure36): "Malaysia exported about 2,430 tonnes of rare earth ores and concentrates in 2023. \"We are sitting on an
        // estimated 16.1 million tonnes of non-radioactive rare earth elements,\" he said" was an export of the year.
        const string text = "The minister said Ruritania exported about 1,900 tonnes of rare earth ores and concentrates in 2023, mostly to China. "
            + "\"We are sitting on an estimated 12.4 million tonnes of rare earth elements. Selling them as dirt is not an option,\" he said.";
        var resource = Fact(text, 12_400_000);
        resource.Measure.Should().Be(Measures.Resource);
        resource.Period.Should().Be("none");
        // Near miss: unsold material one sits on is a stock.
        Fact("Traders said Kestrel was sitting on about 2,000 tonnes of unsold NdPr oxide.", 2_000).Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void The_yearly_rate_a_plant_reaches_in_a_phase_is_its_capacity()
    {
        // dev12 P10, P19 (measure36): "shipped 640 tonnes of magnets in the first nine months ..., and is scheduled to reach 5,000 tonnes a
        // year in a second phase" was a shipment; "aims to reach 5,000 tonnes a year of carbonate in phase one" too.
        const string text = "The Tarn plant, which opened in 2025 with capacity of 1,500 tonnes a year, shipped 420 tonnes of magnets in the first nine months of this year, "
            + "according to the company, and is scheduled to reach 4,000 tonnes a year in a second phase.";
        Fact(text, 4_000).Measure.Should().Be(Measures.Capacity);
        Fact("Kestrel shipped its first cargo in May and aims to reach 3,000 tonnes a year of carbonate in phase one.", 3_000).Measure.Should().Be(Measures.Capacity);
        // Near miss: what a stage will produce stays output.
        Fact("Kestrel says stage one of its Tarn project will produce 16,000tpa of mixed rare earth concentrate once the plant is built.", 16_000).Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void Deals_for_an_amount_over_a_week_are_sales_summed_over_it()
    {
        // dev12 P04 (measure36): "Deals for about 180t were reported during the week, against 140t in the previous week" were offtakes with
        // no period (weekly traded volumes: sales, cumulative).
        const string text = "Pr-Nd oxide prices edged up on thin trade. Deals for about 160t were reported during the week, against 120t in the previous week.";
        var week = Fact(text, 160);
        week.Measure.Should().Be(Measures.Sales);
        week.Period.Should().Be("cumulative");
        Fact(text, 120).Measure.Should().Be(Measures.Sales);
        // Near miss: a supply deal for a yearly amount stays an offtake.
        Fact("Kestrel signed two supply deals for about 600 tonnes a year of NdPr oxide.", 600).Measure.Should().NotBe(Measures.Sales);
    }

    [Fact]
    public void A_month_up_to_a_day_is_a_running_total()
    {
        // dev12 P04 (measure36): "Pr-Nd oxide volumes in the month to 17 November reached 1,240t, the exchange said" was a month's sales.
        Fact("On the Baotou exchange, Pr-Nd oxide volumes in the month to 18 November reached 1,150t, the exchange said.", 1_150).Period.Should().Be("cumulative");
        // Near miss: the three months to a date are a quarter.
        Fact("Kestrel Resources shipped 4.8 kt of concentrate in the three months to September 30, the miner said.", 4_800).Period.Should().NotBe("cumulative");
    }

    [Fact]
    public void Ionic_clay_before_a_product_noun_is_only_where_the_product_comes_from()
    {
        // dev11 M38 (product36): "Laos ... shipped about 15,000 tons of ionic clay concentrate to China last year" was ionic clay (the
        // clay rule read "of ionic clay" and stopped there).
        Fact("Brazil's ionic clay miners are ramping up. Myanmar shipped about 21,000 tons of ionic clay concentrate to China last year.", 21_000)
            .ProductId.Should().Be("rare-earth-concentrate");
        // Near miss: clay itself stays the ionic clay.
        Fact("The ionic clay project will mine 3.2 million tonnes of clay a year.", 3_200_000).ProductId.Should().Be("ionic-clay");
    }

    [Fact]
    public void A_note_in_brackets_between_the_unit_and_its_material_is_skipped()
    {
        // dev11 M36 (product36): "intends to purchase 42,000 tonnes (dry weight, REO 50%) of rare earth concentrate" had no material
        // (the comma in the brackets ended the phrase).
        Fact("The Company intends to purchase 36,500 tonnes (dry weight, REO 50%) of rare earth concentrate from its parent in the second quarter.", 36_500)
            .ProductId.Should().Be("rare-earth-concentrate");
        Fact("Kestrel will raise the plant's capacity to 12,000 tonnes (dry basis, about 60% TREO) of monazite a year.", 12_000)
            .ProductId.Should().Be("monazite");
    }

    [Fact]
    public void What_a_product_is_based_on_or_derived_from_is_not_its_material()
    {
        // dev11 M40 "3.6 wan tonnes of bastnaesite-based rare earth oxide equivalent" was bastnaesite; M39 "600 t/yr of recycled
        // magnet feed-derived oxides" magnets; dev10 L26 "4,000 tonnes a year of cerium- and lanthanum-based products" (product36).
        Fact("Sichuan mined 41,000 tonnes of bastnaesite-based rare earth oxide equivalent last year.", 41_000).ProductId.Should().Be("reo");
        Fact("The Lacq line includes 450 t/yr of recycled magnet feed-derived oxides.", 450).ProductId.Should().Be("reo");
        Fact("The site already makes about 3,000 tonnes a year of cerium- and lanthanum-based products for catalysts.", 3_000).ProductId.Should().Be("rare-earth-products");
        Fact("The pilot will also make 300 kg of apatite-based phosphate by-product for testing.", 0.3).ProductId.Should().BeNull();
        // Near miss: a mineral-bearing ore is still ore.
        Fact("The plant will treat 0.6 Mtpa of eudialyte-bearing ore.", 600_000).ProductId.Should().Be("rare-earth-ore");
    }

    [Fact]
    public void A_figure_that_is_the_subject_of_a_copula_is_what_the_copula_names()
    {
        // dev11 M19 (product36): "Of the total, about 50 tonnes is expected to be dysprosium oxide and about 15 tonnes terbium oxide"
        // gave the 50 tonnes no material.
        const string text = "Kestrel will receive up to 80 tonnes a year of heavy rare earths from the plant. Of the total, about 60 tonnes is expected to be dysprosium oxide and about 20 tonnes terbium oxide.";
        Fact(text, 60).ProductId.Should().Be("dysprosium-oxide");
        Fact(text, 20).ProductId.Should().Be("terbium-oxide");
        Fact("IREL made 400 tonnes of neodymium oxide. Around 110 tonnes was samarium-europium-gadolinium concentrate.", 110).ProductId.Should().Be("seg-concentrate");
    }

    [Fact]
    public void A_bulk_sample_with_no_material_of_its_own_is_ore()
    {
        // dev11 M24 "We shipped a 10-tonne bulk sample to a laboratory in Saskatoon" and dev9 K29 "A bulk sample of 25 t was shipped to
        // Japan" had no material or the contained TREO of the sentence before (product36).
        Fact("The plant would produce 900 tonnes a year of concentrate. We shipped a 12-tonne bulk sample to a laboratory in Perth in 2025.", 12)
            .ProductId.Should().Be("rare-earth-ore");
        Fact("The plant would make 330 tonnes of contained TREO a year. A bulk sample of 30 t was shipped to Japan in September.", 30)
            .ProductId.Should().Be("rare-earth-ore");
        // Near miss: a bulk sample of a named material keeps it.
        Fact("Kestrel shipped a 20-tonne bulk sample of monazite concentrate to Germany.", 20).ProductId.Should().Be("monazite");
    }

    [Fact]
    public void Magnets_taken_out_of_retired_equipment_are_magnet_scrap()
    {
        // dev11 M34 "A decommissioned 3-megawatt turbine yields close to 2 tonnes of magnets" and dev3 D29 "each electric vehicle it
        // processes yields about 1.5 kilograms of magnet material" were magnets, not scrap (product36).
        Fact("A dismantled 4-megawatt turbine gives up roughly 2.5 tonnes of magnets.", 2.5).ProductId.Should().Be("magnet-scrap");
        Fact("Kestrel said each hybrid car it processes yields about 1.2 kilograms of NdFeB magnets.", 0.0012).ProductId.Should().Be("magnet-scrap");
        // Near miss: magnets in new equipment stay magnets.
        Fact("A new direct-drive 15MW turbine uses about 9 tonnes of NdFeB magnets.", 9).ProductId.Should().Be("ndfeb-magnet");
    }

    [Fact]
    public void A_material_calculated_as_rare_earth_oxide_is_counted_as_oxide()
    {
        // dev11 M04 (product36): "the region produced 13.5 wan tonnes of rare earth concentrate calculated as rare earth oxide, namely
        // 135,000 tonnes" was concentrate.
        Fact("From January to September, the province produced 84,000 tonnes of rare earth concentrate calculated as rare earth oxide.", 84_000)
            .ProductId.Should().Be("reo");
        Fact("Kestrel sold 2,400 tonnes of mixed rare earth carbonate, expressed as REO, in the half.", 2_400).ProductId.Should().Be("reo");
        // Near miss: a grade "as REO content" names no basis of the figure.
        Fact("Kestrel sold 2,400 tonnes of mixed rare earth carbonate last year.", 2_400).ProductId.Should().Be("mrec");
    }

    [Fact]
    public void A_bare_oxide_before_the_figure_is_the_storys_specific_oxide()
    {
        // dev11 M12 (product36): a price report on Pr-Nd oxide, then "Total spot volume for oxide in the week was estimated at 310
        // tonnes" was REO.
        const string text = "Kestrel's assessment of praseodymium-neodymium oxide rose to 571,000 yuan per tonne on Friday. "
            + "A trade of 15 tonnes of metal was heard in Baotou. Total spot volume for oxide in the week was estimated at 280 tonnes.";
        Fact(text, 280).ProductId.Should().Be("ndpr-oxide");
        // Near miss: with REO named after the specific oxide, the bare oxide stays REO.
        const string generic = "Kestrel's assessment of praseodymium-neodymium oxide rose on Friday. China's output of rare earth oxides rose too. "
            + "Total spot volume for oxide in the week was estimated at 280 tonnes.";
        Fact(generic, 280).ProductId.Should().Be("reo");
    }

    [Fact]
    public void A_table_row_labelled_with_a_bare_concentrate_is_the_storys_mineral_concentrate()
    {
        // dev11 M16 (product36): "Concentrate stocks at 30 Sep | t | 2,150" after "3,150 t of monazite concentrate produced" was
        // generic concentrate.
        const string text = "Kestrel Rare Metals - Quarterly Activities Report\n"
            + "Highlights\n"
            + "- 2,480 t of monazite concentrate produced in the quarter at an average 54.1% TREO\n"
            + "Operations summary\n"
            + "Item\tUnit\tSep Qtr 2026\tJun Qtr 2026\n"
            + "Ore mined\tt\t181,300\tnil\n"
            + "Concentrate produced\tt\t2,480\tnil\n"
            + "Concentrate stocks at 30 Sep\tt\t1,880\t-\n";
        Fact(text, 1_880).ProductId.Should().Be("monazite");
        Fact(text, 181_300).ProductId.Should().Be("rare-earth-ore");
    }

    [Fact]
    public void A_translated_notices_group_adjective_in_brackets_names_the_group()
    {
        // dev11 M05 (product36): "rock-type (light) rare earths account for 125,880 tonnes and ion-adsorption type (medium and heavy)
        // rare earths for 9,120 tonnes" were rare earths, and "China Rare Earth Group shall receive 38,200 tonnes of the mining
        // indicators" was not the REO of the indicators.
        const string text = "Notice of the Ministry of Industry and Information Technology on Issuing the 2027 Total Quantity Control Indicators\n\n"
            + "To the competent departments of all provinces: to safeguard the security of China's rare earth industrial chain, the following is notified.\n\n"
            + "Article 1. The first batch of total quantity control indicators for 2027 is hereby issued: rare earth mining 142,000 tonnes and smelting and separation 133,500 tonnes, calculated as rare earth oxide (REO).\n\n"
            + "Article 2. Of the mining indicators in Article 1, rock-type (light) rare earths account for 131,200 tonnes and ion-adsorption type (medium and heavy) rare earths for 10,800 tonnes.\n\n"
            + "Article 3. China Rare Earth Group shall receive 41,100 tonnes of the mining indicators.";
        Fact(text, 131_200).ProductId.Should().Be("light-rare-earths");
        Fact(text, 10_800).ProductId.Should().Be("medium-heavy-rare-earths");
        Fact(text, 41_100).ProductId.Should().Be("reo");
    }

    [Fact]
    public void Joined_heavy_elements_after_a_copula_are_the_heavy_rare_earths()
    {
        // dev11 M06 (product36): "licences ... covered 2,840 tonnes of the controlled items, of which 1,120 tonnes were dysprosium and
        // terbium products" had no material.
        Fact("Licences approved this year covered 2,100 tonnes of controlled items, of which 870 tonnes were dysprosium and terbium products.", 870)
            .ProductId.Should().Be("heavy-rare-earths");
    }

    [Fact]
    public void Gazetteer_names_for_oxide_in_concentrate_and_alloys()
    {
        // dev12 P30 "produced about 45,000 tonnes of rare earth oxide in concentrate in 2024 and roughly 47,500 tonnes in 2025" (the
        // second was concentrate), P08 "600 tons of neodymium-iron-boron alloy" (magnets), P40 "sold 3mt of Dy-Fe" (none) (product36).
        const string text = "Kestrel produced about 38,000 tonnes of rare earth oxide in concentrate in 2024 and roughly 41,200 tonnes in 2025.";
        Fact(text, 38_000).ProductId.Should().Be("reo");
        Fact(text, 41_200).ProductId.Should().Be("reo");
        Fact("Kestrel signed a deal to buy 450 tons of neodymium-iron-boron alloy over three years.", 450).ProductId.Should().Be("ndfeb-alloy");
        Fact("A Ganzhou-based producer sold 4mt of Dy-Fe to a magnet plant in Ningbo.", 4).ProductId.Should().Be("dyfe-alloy");
    }

    [Fact]
    public void A_material_on_a_rare_earth_oxide_basis_is_counted_as_oxide()
    {
        // dev12 P06 (product36): "China Northern produced 96,400 tons of rare earth concentrate on a REO basis in 2025" was concentrate.
        Fact("Kestrel produced 71,300 tons of rare earth concentrate on a REO basis in 2025, its annual report showed.", 71_300).ProductId.Should().Be("reo");
    }

    [Fact]
    public void Quota_shares_keep_a_group_they_name_and_do_not_pass_it_on()
    {
        // dev12 P06 (product36): "received 108,900 tons of the mining quota, all of it light rare earths" took the quota's REO, and the
        // next group's "remaining 33,100 tons" took the light rare earths.
        const string text = "The Ministry of Industry and Information Technology set China's first-batch mining quota at 150,000 tons of rare earth oxide. "
            + "China Northern Rare Earth received 112,000 tons of the mining quota, all of it light rare earths. "
            + "China Rare Earth Group was allotted the remaining 38,000 tons, including 20,100 tons of medium and heavy rare earths.";
        Fact(text, 112_000).ProductId.Should().Be("light-rare-earths");
        Fact(text, 38_000).ProductId.Should().Be("reo");
        Fact(text, 20_100).ProductId.Should().Be("medium-heavy-rare-earths");
    }

    [Fact]
    public void A_part_of_that_is_of_the_figure_counted_the_same_way()
    {
        // dev12 P12 (product36): "designed to produce 4,440tpa of NdPr oxide from 13.3Mt of ore ..., and Arafura has now contracted about
        // 3,200tpa of that" had no material (and the next sentence's offtake took the ore).
        const string text = "Tarn is designed to produce 5,100tpa of NdPr oxide from 15.2Mt of ore mined over its first decade, and Kestrel has now contracted about 3,600tpa of that. "
            + "It has already agreed to supply up to 1,200tpa to Hyundai Motor.";
        Fact(text, 3_600).ProductId.Should().Be("ndpr-oxide");
        Fact(text, 1_200).ProductId.Should().Be("ndpr-oxide");
    }

    [Fact]
    public void A_hundred_million_tonnes_taking_an_oxide_basis_from_before_is_ore()
    {
        // dev12 P11 (product36): "containing some 210,000 tonnes of TREO, within a wider resource of 510 million tonnes" was TREO.
        const string text = "Tarn hosts a high-grade zone of 1.1 million tonnes at 14% total rare earth oxide, containing some 154,000 tonnes of TREO, within a wider resource of 430 million tonnes.";
        Fact(text, 430_000_000).ProductId.Should().Be("rare-earth-ore");
        Fact(text, 154_000).ProductId.Should().Be("treo");
        // Near miss: tens of millions of tonnes may be contained oxide (national reserves).
        Fact("Kestrel produced 12,000 tonnes of REO last year. It puts contained REO in its deposits at 21 million tonnes.", 21_000_000)
            .ProductId.Should().NotBe("rare-earth-ore");
    }

    [Fact]
    public void A_graded_body_of_a_named_feedstock_is_that_feedstock()
    {
        // dev12 P03 (product36): "will treat 2.2-million tonnes a year of gypsum reclaimed from two stacks that together hold some
        // 35-million tonnes grading 0.44% total rare earth oxide" was ore.
        const string text = "The project will treat 1.8-million tonnes a year of phosphogypsum reclaimed from three stacks that together hold some 41-million tonnes grading 0.38% total rare earth oxide.";
        Fact(text, 41_000_000).ProductId.Should().Be("phosphogypsum");
        // Near miss: a graded resource after an ore figure stays ore.
        Fact("The mill will treat 0.9 Mt of ore a year from a deposit of 28 Mt grading 1.9% TREO.", 28_000_000).ProductId.Should().Be("rare-earth-ore");
    }

    [Fact]
    public void Bare_clay_mined_is_the_ionic_clay_the_story_names_later()
    {
        // dev11 M37 (product36): "allowing the extraction of up to 5.0 million tonnes of clay a year" had no material; the release
        // named "heavy rare earth ionic clay sources" only in a quote further down.
        const string text = "Uganda's ministry has granted a mining licence over Tarn, allowing the extraction of up to 4.2 million tonnes of clay a year for 20 years. "
            + "The managing director said Tarn becomes one of the few heavy rare earth ionic clay sources outside China.";
        Fact(text, 4_200_000).ProductId.Should().Be("ionic-clay");
        // Near miss: with no ionic clay in the story, clay stays no rare-earth material.
        Fact("The brick maker will dig up to 4.2 million tonnes of clay a year, the company said.", 4_200_000).ProductId.Should().NotBe("ionic-clay");
    }

    [Fact]
    public void The_company_in_a_digest_of_announcements_is_the_company_whose_heading_opens_the_item()
    {
        // dev11 M36 (subject36): a digest of several listed companies' announcements, each under its own heading ("Shenghe Resources
        // Holding Co., Ltd. Announcement on Operating Data ...") and each writing "the Company", gave the second item's output to
        // the first item's company. Real companies because the headings must be known names; figures invented.
        const string text = "Rare earth company announcements, daily digest\n"
            + "JL MAG Rare-Earth Co., Ltd. Announcement on Signing a Long-Term Supply Agreement\n"
            + "The Company signed an agreement to supply 2,600 tonnes of sintered NdFeB magnets to a European motor maker over three years.\n"
            + "Shenghe Resources Holding Co., Ltd. Announcement on Operating Data for October 2026\n"
            + "In October 2026, the Company produced 1,450 tonnes of rare earth oxides. The Company's inventory stood at 380 tonnes at month-end.";
        Fact(text, 2_600).SubjectId.Should().Be("jl-mag");
        Fact(text, 1_450).SubjectId.Should().Be("shenghe");
        Fact(text, 380).SubjectId.Should().Be("shenghe");
        // Near miss: a single company's announcement keeps "the Company" its filer after a customer is named.
        const string single = "Shenghe Resources Holding Co., Ltd. Announcement on Operating Data for October 2026\n"
            + "The Company sold rare earth oxides to JL MAG Rare-Earth Co., Ltd. under a framework agreement.\n"
            + "In October 2026, the Company produced 1,450 tonnes of rare earth oxides.";
        Fact(single, 1_450).SubjectId.Should().Be("shenghe");
    }

    [Fact]
    public void We_in_a_letter_to_shareholders_is_the_company_that_signs_it()
    {
        // dev11 M13 (subject36): a chairman's letter ("Dear Shareholders, ... Our updated Mineral Resource holds 4.4 Mt ... In June we
        // agreed to supply 1,000 tonnes a year ... Paul Atherley / Chairman, Pensana Plc") names its company only in the sign-off,
        // so its figures had no subject.
        const string text = "Dear Fellow Shareholders,\n"
            + "The past year tested every part of our business. Our Kallio separation plant in Finland produced 3,150 tonnes of separated rare earth oxides. "
            + "We also signed a supply agreement with a German automotive supplier, under which we will deliver 400 tonnes a year of NdPr oxide from 2027. "
            + "At the Rautio deposit, drilling lifted the Mineral Resource to 61 million tonnes. "
            + "Our customer Valdora Motors AG took 120 tonnes of oxide in the year.\n"
            + "Henrik Salo\n"
            + "Chairman, Nordvik Rare Metals Corp.";
        Fact(text, 3_150).SubjectName.Should().Be("Nordvik Rare Metals Corp.");
        Fact(text, 400).SubjectName.Should().Be("Nordvik Rare Metals Corp.");
        Fact(text, 61_000_000).SubjectName.Should().Be("Nordvik Rare Metals Corp.");
        // Near miss: another company acting in the figure's clause keeps its figure.
        Fact(text, 120).SubjectName.Should().Be("Valdora Motors AG");
    }

    [Fact]
    public void We_in_a_transcript_turn_is_the_company_in_the_speakers_label()
    {
        // dev11 M08 (subject36): a panel transcript's "RAHUL MENON (CTO, Noveon Magnetics): Right. Our recycled feed this year will be
        // close to 700 tonnes" had no subject past the turn's first sentence, and a later turn under the surname alone ("OKAFOR:")
        // took the previous speaker's company.
        const string text = "Podcast transcript: Recycling at scale\n"
            + "HOST (Maria Feld, editor): Welcome back. Tom, how big is Grafton now?\n"
            + "TOM OKAFOR (COO, Grafton Magnet Recovery Ltd): We processed about 420 tonnes of magnet scrap last year.\n"
            + "FELD: Lena, Ostrava Recycling is newer.\n"
            + "LENA DVORAKOVA (CEO, Ostrava Recycling a.s.): Yes. Our pilot line handled 35 tonnes of swarf in the first half.\n"
            + "FELD: Tom, could you match that?\n"
            + "OKAFOR: Not this decade. Our permit caps us at 1,000 tonnes a year of feed.";
        Fact(text, 420).SubjectName.Should().Be("Grafton Magnet Recovery Ltd");
        Fact(text, 35).SubjectName.Should().Be("Ostrava Recycling");
        Fact(text, 1_000).SubjectName.Should().Be("Grafton Magnet Recovery Ltd");
    }

    [Fact]
    public void A_named_assets_figures_belong_to_the_subsidiary_the_text_says_holds_it()
    {
        // dev11 M17 and M37 (subject36): "The Songwe Project is held by Lancaster Exploration Limited, a wholly-owned subsidiary of the
        // Corporation" before a reserve table, and "The Company's Ugandan subsidiary, Rwenzori Rare Metals Limited, holds a 60%
        // interest in Makuutu" after the Makuutu figures: the project figures had no subject or the country's.
        const string heldBy = "3.2 Mwamba Rare Earths Project, Tanzania\n"
            + "The Mwamba Project is held by Mwamba Minerals Limited, a 70%-owned Tanzanian subsidiary of the Corporation. "
            + "The Indicated Resource of 58 Mt includes 540,000 t of contained TREO.";
        Fact(heldBy, 58_000_000).SubjectName.Should().Be("Mwamba Minerals Limited");
        Fact(heldBy, 540_000).SubjectName.Should().Be("Mwamba Minerals Limited");
        const string holds = "Kora Mineral Resource increased to 142 Mt at 0.91% TREO.\n"
            + "The Company's Kenyan subsidiary, Tana Exploration Limited, holds a 60% interest in Kora.";
        Fact(holds, 142_000_000).SubjectName.Should().Be("Tana Exploration Limited");
        // Near miss: another company acting on the asset before the figure keeps its figure.
        const string other = "The Company's Kenyan subsidiary, Tana Exploration Limited, holds a 60% interest in Kora. "
            + "Halvern Metals Corp. estimates that Kora could produce 4,000 tonnes a year of carbonate.";
        Fact(other, 4_000).SubjectName.Should().Be("Halvern Metals Corp.");
    }

    [Fact]
    public void A_state_registered_deposit_is_the_countrys_not_a_company_named_later()
    {
        // dev12 P28 and dev11 M26 (subject36): "Kazakhstan has confirmed a resource of 15 million tonnes at the Zhana Kazakhstan deposit,
        // the Ministry of Industry and Construction said. The deposit ... contains an estimated 270,000 tonnes of rare earth oxides"
        // gave the 270,000 t to Kazatomprom, a company first named in the next paragraph.
        const string text = "ASTANA - Kazakhstan has confirmed a preliminary resource of 12 million tonnes of ore at the Kosha deposit, the Ministry of Industry said.\n\n"
            + "The deposit contains an estimated 210,000 tonnes of rare earth oxides.\n\n"
            + "Zhambyl Metals Corp. said it would build a processing plant near the city.";
        Fact(text, 210_000).SubjectId.Should().Be("KZ");
        // Near miss: a company that the text named before the deposit anaphor keeps it.
        const string named = "ASTANA - Zhambyl Metals Corp. said it had confirmed a resource of 12 million tonnes of ore at its Kosha deposit in Kazakhstan.\n\n"
            + "The deposit contains an estimated 210,000 tonnes of rare earth oxides.";
        Fact(named, 210_000).SubjectName.Should().Be("Zhambyl Metals Corp.");
    }

    [Fact]
    public void The_window_closing_a_list_of_amounts_covers_every_member()
    {
        // Found using the CLI on a results story: "it made 12 t of dysprosium oxide and 3 t of terbium oxide in the third
        // quarter" gave the 12 t the previous sentence's half year.
        const string text = "Lynas said it made 40 tonnes of samarium oxide in the second half.\n\n"
            + "It made 12 t of dysprosium oxide and 3 t of terbium oxide in the third quarter.";
        Fact(text, 12).Period.Should().Be(Periods.PerQuarter);
        Fact(text, 12).PeriodDetail.Should().Be("third quarter");
        Fact(text, 3).PeriodDetail.Should().Be("third quarter");
        // Near miss: a member with a window of its own keeps it.
        const string own = "It made 12 t of dysprosium oxide in the second half and 3 t of terbium oxide in the third quarter.";
        Fact(own, 12).Period.Should().Be(Periods.HalfYear);
    }

    [Fact]
    public void Deals_with_several_buyers_for_a_combined_amount_are_an_offtake_of_the_company_that_signed_them()
    {
        // dev13 Q06: "the Perth-based developer has already signed binding deals with Hyundai Motor and Germany's Siemens Gamesa
        // for a combined 1,800 tonnes a year" was read as production (and, after a capacity clause, as capacity).
        const string text = "Arafura Rare Earths has signed binding deals with Hyundai Motor and Germany's Siemens Gamesa for a combined 1,800 tonnes a year of NdPr oxide.";
        Fact(text, 1_800).Measure.Should().Be(Measures.Offtake);
        Fact("Arafura has signed deals with two carmakers for a total of 900 tonnes a year of NdPr oxide.", 900).Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_relative_clause_after_an_apposition_is_about_the_name_the_apposition_describes()
    {
        // dev14 R01 (subject37): "LS Eco Energy will ... pass about 450 tons a year of NdPr metal to Hanbit Magnetics, a magnet maker in
        // Ulsan, which in turn has a contract to deliver 1,800 tons of sintered NdFeB magnets" gave the 1,800 t to LS Eco Energy.
        const string chain = "Tarnow Metals Corp. will pass about 300 tons a year of NdPr metal to Orlen Magnetics Ltd, a magnet maker in Gdansk, "
            + "which in turn has a contract to deliver 900 tons of sintered NdFeB magnets annually to a carmaker.";
        Fact(chain, 900).SubjectName.Should().Be("Orlen Magnetics Ltd");
        Fact(chain, 300).SubjectName.Should().Be("Tarnow Metals Corp.");
        // dev14 R19: "e-VAC Magnetics, the U.S. unit of Germany's Vacuumschmelze, which will buy 500 t/y" gave it to the parent.
        const string unit = "Kestrel Rare Earths Inc. has signed an offtake with Brightwater Magnetics LLC, the U.S. unit of Japan's Hanno Metals Corp., "
            + "which will buy 400 t/y of NdPr oxide.";
        Fact(unit, 400).SubjectName.Should().Be("Brightwater Magnetics LLC");
        // Near miss: an apposition that names its own company keeps the relative clause on that company.
        const string named = "Tarnow Metals Corp. will sell oxide to Orlen Magnetics Ltd, a customer of Hanno Metals Corp., which can process 700 tons a year.";
        Fact(named, 700).SubjectName.Should().Be("Hanno Metals Corp.");
    }

    [Fact]
    public void A_named_venture_takes_the_plant_it_was_formed_to_build()
    {
        // dev14 R24 and dev13 Q39 (subject37): "Ma'aden and MP Materials have formed a joint venture to build ... refinery ... The
        // venture, Ma'aden MP Rare Earths Co, will be 51% owned by Ma'aden. Its refinery is to have capacity to produce 3,000 t/y"
        // gave the refinery to Ma'aden: the venture's name, made of the partners' aliases, was no candidate, and "Its refinery"
        // went to the first partner. Known partners (the rule needs their aliases); the venture and its figures are invented.
        const string text = "Lynas and Iluka have formed a joint venture to build a heavy rare earth refinery in Western Australia.\n\n"
            + "The venture, Lynas Iluka Separation Pty Ltd, will be 60% owned by Lynas. Its refinery is to have capacity to produce 1,400 t/y of dysprosium oxide.";
        var result = TestFiles.Recognize(text);
        result.Candidates.Should().Contain(c => c.Name == "Lynas Iluka Separation Pty Ltd");
        Fact(text, 1_400).SubjectName.Should().Be("Lynas Iluka Separation Pty Ltd");
        // An apostrophe inside a partner's alias does not cut the venture's name.
        TestFiles.Recognize("Ma'aden and Lynas have formed a joint venture. The venture, Ma'aden Lynas Separation Co, will be 51% owned by Ma'aden.")
            .Candidates.Should().Contain(c => c.Name == "Ma'aden Lynas Separation Co");
        const string named = "Lynas and Iluka have formed a joint venture to build a heavy rare earth refinery.\n\n"
            + "Lynas will hold 60% of the venture, named Lynas Iluka Separation Pty Ltd, and Iluka 40%. "
            + "The refinery, at Eneabba, will have capacity to produce 1,400 tonnes of dysprosium oxide a year.";
        Fact(named, 1_400).SubjectName.Should().Be("Lynas Iluka Separation Pty Ltd");
        // Near miss: a venture that the text formed to build something else leaves the company's own plant with the company.
        const string other = "Lynas and Iluka have formed a joint venture to build a mine in Western Australia.\n\n"
            + "The venture, Lynas Iluka Mining Pty Ltd, will be 60% owned by Lynas. The refinery in Kalgoorlie will have capacity to produce 1,400 t/y of dysprosium oxide.";
        Fact(other, 1_400).SubjectName.Should().NotBe("Lynas Iluka Mining Pty Ltd");
    }

    [Fact]
    public void A_plant_built_by_a_company_named_next_and_a_dateline_citys_totals()
    {
        // dev14 R12 (subject37): "A ... magnet plant with an annual capacity of 20,000 tonnes went into operation ... Built by Baotou
        // Tianhe Magnetics ..., the plant will supply ..." gave the capacity to China; "Baotou's output of NdFeB magnets reached
        // 85,000 tonnes ... The city aims to lift its total magnet capacity to 300,000 tonnes" gave both to the company.
        const string text = "GANZHOU, Nov. 3 (Xinhua) -- A sintered NdFeB magnet plant with an annual capacity of 8,000 tonnes went into operation on Monday in Ganzhou.\n"
            + "Built by Qilu Cixing Magnet Co., Ltd. at a cost of 900 million yuan, the plant will supply magnets for wind turbines.\n"
            + "Ganzhou's output of NdFeB magnets reached 31,000 tonnes in the first nine months, according to local officials. "
            + "The city aims to lift its total magnet capacity to 90,000 tonnes by 2030.";
        Fact(text, 8_000).SubjectName.Should().Be("Qilu Cixing Magnet Co., Ltd.");
        Fact(text, 31_000).SubjectName.Should().BeNull();
        Fact(text, 90_000).SubjectName.Should().BeNull();
        // Near misses: a fronted participle about another noun leaves the plant alone; a company's possessive total stays the company's.
        const string other = "A sintered NdFeB magnet plant with an annual capacity of 8,000 tonnes went into operation on Monday in Ganzhou.\n"
            + "Built by Qilu Cixing Magnet Co., Ltd. at a cost of 900 million yuan, the warehouse will store magnets.";
        Fact(other, 8_000).SubjectName.Should().NotBe("Qilu Cixing Magnet Co., Ltd.");
        const string company = "GANZHOU, Nov. 3 (Xinhua) -- Qilu Cixing Magnet Co., Ltd. opened a plant.\n"
            + "Qilu's output of NdFeB magnets reached 31,000 tonnes in the first nine months.";
        Fact(company, 31_000).SubjectName.Should().NotBeNull();
    }

    [Fact]
    public void A_local_units_name_may_end_in_its_country_before_a_cued_apposition()
    {
        // dev14 R36 (subject37): "Tanbreez Mining Greenland, the local subsidiary of U.S.-listed Critical Metals Corp., has increased the
        // resource at its Tanbreez rare earth project ... to 51 million tonnes" was no candidate (the run stopped at the country),
        // so the project's figures went to the parent.
        const string text = "Kvarn Minerals Norway, the local subsidiary of Halvern Metals Corp., has increased the resource at its Kvarn project to 30 million tonnes.";
        TestFiles.Recognize(text).Candidates.Should().Contain(c => c.Name == "Kvarn Minerals Norway");
        Fact(text, 30_000_000).SubjectName.Should().Be("Kvarn Minerals Norway");
        // Near miss: a name followed by its country and a comma that opens no apposition keeps the country out of the name.
        TestFiles.Recognize("Halvern Metals Corp. drills at Kvarn Minerals in Norway, the company said.")
            .Candidates.Should().NotContain(c => c.Name.EndsWith("Norway", StringComparison.Ordinal));
    }

    [Fact]
    public void A_customs_bodys_total_of_smuggling_cases_is_its_countrys()
    {
        // dev14 R14 (subject37): "China's customs authorities have handled 58 rare earth smuggling cases so far this year, involving
        // 1,160 tonnes of rare earths, the General Administration of Customs (GAC) said" gave the total to the GAC, not China.
        const string text = "Customs authorities have handled 41 rare earth smuggling cases so far this year, involving 870 tonnes of rare earths, "
            + "the General Administration of Customs said on Monday.";
        Fact(text, 870).SubjectId.Should().Be("CN");
        // Near miss: a company's own figure in a sentence about smuggling stays the company's.
        const string company = "Halvern Metals Corp. said smuggling had cut its sales to 300 tonnes of rare earth oxide this year.";
        Fact(company, 300).SubjectName.Should().Be("Halvern Metals Corp.");
    }

    [Fact]
    public void An_asset_owned_by_a_listed_company_is_that_companys()
    {
        // dev14 R22 (subject37): "the Ngualla project, owned by Australia-listed Peak Rare Earths, ... Ngualla is designed to produce
        // 32,000 tons ... and has a resource of 170 million tons" left the three figures with no subject: the listing between
        // "owned by" and the name hid the owner.
        const string text = "Most of the permits went to the Kasulu project, owned by Australia-listed Halvern Metals Corp., which China's Shenghe Resources took control of last year. "
            + "Kasulu is designed to produce 18,000 tons of concentrate a year.";
        Fact(text, 18_000).SubjectName.Should().Be("Halvern Metals Corp.");
        // Near miss: an asset whose owner the text never writes keeps no company.
        const string unowned = "Most of the permits went to the Kasulu project, the commission said. Kasulu is designed to produce 18,000 tons of concentrate a year.";
        Fact(unowned, 18_000).SubjectName.Should().NotBe("Halvern Metals Corp.");
    }

    [Fact]
    public void That_plant_run_by_a_named_subsidiary_is_the_subsidiarys()
    {
        // dev12 P25 (subject37): "... refined at its planned plant in Pulawy, Poland. That plant, run by subsidiary Mkango Polska, is
        // designed to separate 2,000 tonnes a year" gave the capacity to the story's first company.
        const string text = "Halvern Metals Corp. said its Kora mine would start next year. "
            + "Tarnow Metals Corp. expects its ore to be refined at its planned plant in Gdansk. "
            + "That plant, run by subsidiary Tarnow Separation Ltd, is designed to separate 1,600 tonnes a year of rare earth oxides.";
        Fact(text, 1_600).SubjectName.Should().StartWith("Tarnow Separation");
        // Near miss: "That plant" with no operator named keeps the company that owns it.
        const string owned = "Halvern Metals Corp. said its Kora mine would start next year. "
            + "Tarnow Metals Corp. expects its ore to be refined at its planned plant in Gdansk. That plant is designed to separate 1,600 tonnes a year of rare earth oxides.";
        Fact(owned, 1_600).SubjectName.Should().NotStartWith("Tarnow Separation");
    }

    [Fact]
    public void What_an_export_licence_or_permit_covers_is_a_quota()
    {
        // dev14 R11, R22, R35, R37 (and dev6 G03, dev12 P21, dev13 Q16; measure37): "China approved export licenses for about 2,300
        // tons of rare earth magnets", "has issued permits for the export of 18,500 metric tons", "received Chinese export licenses
        // covering 38 tons", "Its state licence caps output at 1,000 tonnes a year" were read as exports or output.
        Fact("Beijing approved export licences covering about 640 tonnes of terbium compounds bound for buyers in France in October.", 640)
            .Measure.Should().Be(Measures.Quota);
        Fact("Zambia's Mining Cadastre has issued permits for the export of 7,200 tonnes of rare earth concentrate this year.", 7_200)
            .Measure.Should().Be(Measures.Quota);
        Fact("Kestrel Minerals said its provincial licence caps output at 900 tonnes of carbonate a year.", 900)
            .Measure.Should().Be(Measures.Quota);
        // Near miss: exports in a sentence that only mentions licences elsewhere stay exports.
        Fact("Despite the new export licences, China exported 640 tonnes of terbium compounds in October.", 640)
            .Measure.Should().Be(Measures.Export);
    }

    [Fact]
    public void Output_expected_at_full_rate_is_production_not_capacity()
    {
        // dev3 D05, dev4 E39, dev13 Q35 (measure37): "Carester expects to produce around 800 tonnes of dysprosium and terbium oxides a
        // year at full capacity", "The plant is expected to yield roughly 1,500 tonnes of separated NdPr oxide annually at full rate"
        // were read as the plant's capacity.
        Fact("Halvern Metals expects to produce around 420 tonnes of NdPr oxide a year at full capacity.", 420)
            .Measure.Should().Be(Measures.Production);
        Fact("The Kora refinery is expected to yield roughly 950 tonnes of separated oxides annually at full rate.", 950)
            .Measure.Should().Be(Measures.Production);
        // Near miss: what a plant could make at full capacity is its size.
        Fact("The Kora refinery could produce 950 tonnes of separated oxides a year at full capacity.", 950)
            .Measure.Should().Be(Measures.Capacity);
    }

    [Fact]
    public void The_size_an_expansion_takes_a_yearly_capacity_to_repeats_no_rate()
    {
        // dev14 R01, R26, dev12 P38, dev9 K39 (measure37): "a separation plant with capacity of 2,000 tons of oxides a year and plans to
        // double that to 4,000 tons by 2029", "initial capacity of 2,000 metric tons of sintered magnets a year, which Neo plans to
        // expand to 5,000 tons by 2030" gave the new size the first size's "a year" (per_year; the sets say per_year_implied).
        const string doubled = "Halvern Metals runs a refinery with capacity of 1,400 tons of oxides a year and plans to double that to 2,800 tons by 2031.";
        Fact(doubled, 2_800).Period.Should().Be(Periods.PerYearImplied);
        Fact(doubled, 1_400).Period.Should().Be(Periods.PerYear);
        Fact("The plant has initial capacity of 900 tonnes of magnets a year, which Kestrel plans to expand to 2,400 tonnes by 2030.", 2_400)
            .Period.Should().Be(Periods.PerYearImplied);
        // Near miss: a new size that writes its own rate keeps it.
        Fact("The plant has initial capacity of 900 tonnes of magnets a year, which Kestrel plans to expand to 2,400 tonnes a year by 2030.", 2_400)
            .Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void What_a_state_body_or_country_buys_for_or_under_a_named_stockpile_is_its_stockpile()
    {
        // dev14 R30, dev13 Q06 (measure37): "JOGMEC invites bids for the supply of up to 80 tonnes of terbium oxide (Tb4O7, purity
        // 99.99% or higher) for the national rare metals stockpile" (the decimal point ended the look-ahead; "rare metals" was not
        // a stockpile kind) and "The Australian government will buy up to 1,500 tonnes a year of NdPr oxide from Arafura ... under
        // the Critical Minerals Strategic Reserve" were offtakes.
        var tender = Fact("JOGMEC invites bids for the supply of up to 25 tonnes of dysprosium oxide (Dy2O3, purity 99.9% or higher) for the national rare metals stockpile.", 25);
        tender.Measure.Should().Be(Measures.Stockpile);
        tender.Period.Should().Be(Periods.OneOff);
        Fact("The Australian government will buy up to 700 tonnes a year of NdPr oxide from the Kora project under the Critical Minerals Strategic Reserve.", 700)
            .Measure.Should().Be(Measures.Stockpile);
        // Near miss: a company's purchase from a seller, with no reserve, stays an offtake.
        Fact("Hanwa will buy up to 700 tonnes a year of NdPr oxide from Kestrel Minerals under a ten-year agreement.", 700)
            .Measure.Should().Be(Measures.Offtake);
    }

    [Fact]
    public void A_resource_word_inside_a_name_does_not_stop_a_held_amount_being_a_stock()
    {
        // dev14 R06 (measure37): "The Korea Mine Rehabilitation and Mineral Resources Corp. (KOMIR), which manages the strategic stockpile,
        // currently holds about 1,150 tons of rare earths" was an offtake: "Resources" in the name blocked the held amount.
        Fact("The Korea Mine Rehabilitation and Mineral Resources Corp. (KOMIR), which manages the strategic stockpile, currently holds about 870 tons of rare earths.", 870)
            .Measure.Should().Be(Measures.Stockpile);
        // Near miss: a body of ore that holds a tonnage is a resource.
        Fact("The Kora deposit holds about 87 million tonnes of ore.", 87_000_000).Measure.Should().Be(Measures.Resource);
    }

    [Fact]
    public void A_ceiling_a_condition_sets_is_a_maximum_and_a_cut_to_a_stored_residue_by_a_deadline_month_is_a_total()
    {
        // dev14 R39 (measure37): "stored water leach purification residue at the site must not exceed 1.2 million tonnes" was read as
        // "more than" (min only), and "submit a plan by June 2027 to reduce the stored residue by 300,000 tonnes" had no period.
        var ceiling = Fact("The permit requires that stored residue at the Kora site must not exceed 640,000 tonnes.", 640_000);
        ceiling.Min.Should().BeNull();
        ceiling.Max.Should().Be(640_000);
        Fact("Halvern Metals must submit a plan by March 2028 to reduce the stored residue by 90,000 tonnes.", 90_000)
            .Period.Should().Be(Periods.Cumulative);
        // Near miss: a level that must be passed is a minimum.
        Fact("To qualify, output must exceed 640 tonnes of NdPr oxide a year.", 640).Min.Should().Be(640);
    }

    [Fact]
    public void A_figure_in_apposition_to_another_commodity_is_no_fact()
    {
        // dev14 R34 (measure37): "The project will also produce merchant-grade phosphoric acid, about 144,000 tonnes a year, which
        // Arafura plans to sell" was a sales fact on NdPr oxide, the material of the sentence before.
        const string text = "Kora is designed to produce about 2,100 tonnes of NdPr oxide a year. "
            + "The project will also produce merchant-grade phosphoric acid, about 87,000 tonnes a year, which it plans to sell to fertiliser makers.";
        NoFact(text, 87_000);
        Fact(text, 2_100).ProductId.Should().Be("ndpr-oxide");
        // Near miss: a rare-earth figure in apposition stays.
        Fact("The plant will also produce mixed rare earth carbonate, about 870 tonnes a year, for sale to Chinese separators.", 870)
            .ProductId.Should().Be("mrec");
    }

    [Fact]
    public void What_a_deposit_contains_after_a_yearly_output_is_a_resource()
    {
        // dev14 R03 (measure37): "The company plans to produce 85,000 tons of concentrate a year from a deposit it says contains 45 million
        // tons of ore" gave the ore the output's "a year" (production per_year).
        var ore = Fact("Halvern Metals plans to produce 36,000 tonnes of concentrate a year from a deposit it says contains 61 million tonnes of ore.", 61_000_000);
        ore.Measure.Should().Be(Measures.Resource);
        ore.Period.Should().Be(Periods.None);
        // Near miss: a yearly amount that a stream contains stays output.
        Fact("Halvern Metals will produce 36,000 tonnes of concentrate a year, containing about 9,000 tonnes of TREO.", 9_000)
            .Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_total_traded_in_the_week_to_a_day_is_cumulative()
    {
        // dev14 R10 (measure37): "Trading on the Baotou Rare Earth Products Exchange totalled 340t of NdPr oxide in the week to 21
        // November, against 295t the previous week" left the 340t unknown (the week to a day read as a weekly rate).
        Fact("Trading on the Ganzhou exchange totalled 170t of dysprosium oxide in the week to 14 March, against 150t the previous week.", 170)
            .Period.Should().Be(Periods.Cumulative);
        // Near miss (§58): one company's shipment in the week to a day stays unknown.
        Fact("The company shipped 64 t of the oxide to magnet makers in the week to March 14, a trader said.", 64)
            .Period.Should().Be(Periods.Unknown);
    }

    [Fact]
    public void A_countrys_reserves_with_no_material_are_of_rare_earths()
    {
        // dev13 Q28, dev4 E21 (measure37): "The U.S. Geological Survey this year put the country's reserves at 3.5 million tons, down from
        // 22 million tons", "The Geological Survey of Brazil estimates national reserves at 21 million tonnes" had no product; the
        // sets (dev, dev4, dev7, dev12, dev13) write rare-earths.
        const string text = "VIENTIANE - Laos is reviewing its mining law. "
            + "The geology department this year put the country's reserves at 1.4 million tons, down from 2.6 million tons.";
        Fact(text, 1_400_000).ProductId.Should().Be("rare-earths");
        Fact(text, 2_600_000).ProductId.Should().Be("rare-earths");
        // Near miss: a named material stays.
        Fact("Laos holds reserves of 1.4 million tonnes of rare earth oxides.", 1_400_000).ProductId.Should().Be("reo");
    }

    [Fact]
    public void Minor_metals_recovered_from_residues_are_another_commodity()
    {
        // dev13 Q13 (measure37): "The group already recovers about 30 tons a year of indium and germanium from zinc residues" was a
        // rare-earth fact of the zinc group.
        NoFact("Nordzink said it already recovers about 45 tons a year of indium and tellurium from zinc residues, and plans a rare earth circuit.", 45);
        // Near miss: rare earths recovered from the same residues stay.
        Fact("Nordzink said it plans to recover about 45 tons a year of rare earth oxides from zinc residues.", 45).ProductId.Should().Be("reo");
    }

    [Fact]
    public void Price_report_lots_and_totals_get_the_window_of_the_lot_or_the_span()
    {
        // dev13 Q09 (measure37): "China Northern Rare Earth sold all 1,200t offered at its monthly tender" (month), "Trading on the
        // Baotou Rare Earth Products Exchange was brisk, with 436t of NdPr oxide changing hands this week" (one trade) and "European
        // buyers reported receiving licensed cargoes totalling about 40t ... since early October" (one cargo).
        Fact("Prices rose after Ganzhou Rare Earth Group sold all 600t offered at its monthly tender in Ganzhou.", 600)
            .Period.Should().Be(Periods.OneOff);
        Fact("Trading on the Ganzhou exchange was brisk, with 218t of NdPr oxide changing hands this week.", 218)
            .Period.Should().Be(Periods.Cumulative);
        Fact("Japanese buyers reported receiving licensed cargoes totalling about 30t of terbium oxide since early September.", 30)
            .Period.Should().Be(Periods.Cumulative);
        // Near misses: one trade that changed hands stays one lot; a record since a month sums nothing.
        Fact("About 1.5 tonnes of terbium metal changed hands between traders on Tuesday.", 1.5).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void A_countrys_reserves_do_not_take_a_companys_product_from_the_sentence_before()
    {
        // dev12 P24 and dev Y06 (measure37): "Vietnam Rare Earth JSC ... exported 310 tons of separated oxides last year. ... The government
        // estimates national reserves at 22 million tons" gave the reserves the company's oxides (reo); the sets write rare-earths.
        const string text = "Lao Rare Earth Co. exported 140 tons of separated oxides last year.\n\n"
            + "The government estimates national reserves at 1.9 million tons.";
        Fact(text, 1_900_000).ProductId.Should().Be("rare-earths");
        // Near miss (dev5 F01): a unit note's basis holds for the reserves too.
        const string noted = "World mine production rose to an estimated 390,000 tons in 2025. Data are in metric tons of rare-earth-oxide (REO) equivalent. "
            + "On reserves, Laos holds 1.9 million tons.";
        Fact(noted, 1_900_000).ProductId.Should().Be("reo");
    }

    [Fact]
    public void A_yearly_rate_one_builds_is_a_capacity()
    {
        // dev14 R09 (measure37): "The scheme aims to build 6,000 tpa of integrated magnet manufacturing in the country" after an award
        // "secured 600 tpa" was an offtake.
        const string text = "Kestrel Magnetics secured 400 tpa under the scheme. The scheme aims to build 3,000 tpa of integrated magnet manufacturing in the country.";
        Fact(text, 3_000).Measure.Should().Be(Measures.Capacity);
        // Near miss: one lot used to build something is no plant size.
        Fact("The company used 40 tonnes of NdPr oxide to build prototype motors in 2025.", 40).Measure.Should().NotBe(Measures.Capacity);
    }

    [Fact]
    public void An_owners_estimated_endowment_is_a_resource()
    {
        // dev14 R08 (measure37): "Our estimated 16.1 million tonnes of non-radioactive rare earth elements must benefit the rakyat" was
        // an `other` figure with an unknown period.
        var endowment = Fact("\"Our estimated 4.2 million tonnes of rare earth elements must benefit the people,\" the minister said.", 4_200_000);
        endowment.Measure.Should().Be(Measures.Resource);
        endowment.Period.Should().Be(Periods.None);
        // Near miss: an estimated output with its own cue stays output.
        Fact("Its estimated 4,200 tonnes of NdPr oxide output last year beat forecasts.", 4_200).Measure.Should().Be(Measures.Production);
    }

    [Fact]
    public void In_a_companys_own_release_a_country_written_after_the_figure_does_not_take_it_from_the_company()
    {
        // dev15 S01 and S17 (release37): "Lynas Rare Earths Limited – Annual Report 2026 ... production for the year ended 30 June
        // 2026 was 14,620t, as ... the upgraded Malaysian plant operated at design rates" had no subject: the country after the
        // figure (a site, a destination) blocked the releasing company.
        const string text = "Kestrel Ridge Minerals Limited – Annual Report 2026\nOperating review\n"
            + "Concentrate production for the year ended 30 June 2026 was 4,260t, as the expanded Brazilian plant operated at design rates for most of the year.";
        Fact(text, 4_260).SubjectName.Should().Be("Kestrel Ridge Minerals Limited");
        // Near miss: a country written before the figure keeps it.
        const string before = "Kestrel Ridge Minerals Limited – Annual Report 2026\nOperating review\n"
            + "Brazil's concentrate production for the year ended 30 June 2026 was 4,260t, as the expanded plant operated at design rates for most of the year.";
        Fact(before, 4_260).SubjectId.Should().Be("BR");
    }

    [Fact]
    public void Material_dispatched_to_a_named_place_or_unit_is_a_shipment()
    {
        // dev15 S01 and S17 (release37): "The Kalgoorlie facility dispatched 19,750t of mixed rare earth carbonate (MREC) to Lynas
        // Malaysia during the year" was read as sales.
        const string text = "The mine dispatched 3,150t of mixed rare earth carbonate to Vietnam during the year.";
        Fact(text, 3_150).Measure.Should().Be(Measures.Shipment);
        // Near miss: dispatched to customers (or to nobody named) is a sale.
        Fact("The mine also dispatched 220t of concentrate to customers during the year.", 220).Measure.Should().Be(Measures.Sales);
        // Near miss (review): a month after "to" is a window's end, not a destination.
        Fact("The mine dispatched 5,140t of concentrate in the year to June.", 5_140).Measure.Should().NotBe(Measures.Shipment);
    }

    [Fact]
    public void A_sales_volume_line_item_of_a_quarterly_report_is_for_the_reports_quarter()
    {
        // dev15 S01 and S14 (release37): "• NdPr oxide sales volume of 694 metric tons at a realized price of $68.90 per kilogram"
        // under a third-quarter results release had no window, as "Sales of" had (§58).
        const string text = "Kestrel Ridge Minerals Limited – Quarterly Activities Report for the quarter ended 30 September 2026\nHIGHLIGHTS\n"
            + "• Concentrate production of 1,120t\n• Concentrate sales volume of 980t at an average price of US$4.10/kg\n"
            + "• Concentrate sales volume is expected to reach 1,500t";
        Fact(text, 980).Period.Should().Be(Periods.PerQuarter);
        // Near miss: a volume expected, not reported, takes no window from the report.
        Fact(text, 1_500).Period.Should().NotBe(Periods.PerQuarter);
    }

    [Fact]
    public void A_markets_traded_volume_over_a_week_or_a_month_is_summed_over_it()
    {
        // dev15 S34 and S35, dev12 P20 and P40, dev11 M04, dev4 E11 (release37): "Asian Metal recorded about 26t of dysprosium oxide
        // and 4.5t of terbium oxide traded in the domestic market over the week", "compared with 1,820 tonnes in the whole of
        // October" were read as one trade each.
        const string week = "Market sources said about 14t of terbium oxide and 3t of dysprosium oxide traded in Ganzhou over the week.";
        Fact(week, 14).Period.Should().Be(Periods.Cumulative);
        Fact(week, 3).Period.Should().Be(Periods.Cumulative);
        Fact("Dealers said 940 tonnes of Pr-Nd oxide changed hands in Baotou during August, as magnet makers restocked.", 940).Period.Should().Be(Periods.Month);
        // Near miss: one day's volume stays one lot, and a single lot after a week's volume is one lot too.
        Fact("About 85 tonnes of Pr-Nd oxide changed hands on Wednesday, traders said.", 85).Period.Should().Be(Periods.OneOff);
        const string lot = "Around 6 tonnes of terbium oxide were reported traded in Rotterdam this week. A single 300kg lot of dysprosium metal was sold to a Czech magnet maker.";
        Fact(lot, 6).Period.Should().Be(Periods.Cumulative);
        Fact(lot, 0.3).Period.Should().Be(Periods.OneOff);
    }

    [Fact]
    public void A_stock_sized_in_days_of_imports_stays_a_stock()
    {
        // dev15 S28 (release37): "KOMIR's rare earth stock now stands at 2,950 tonnes, and the government aims to raise it to 6,000
        // tonnes by 2030, equivalent to about 100 days of imports" read both figures as imports.
        const string text = "The agency's rare earth stock now stands at 1,860 tonnes, and it aims to raise it to 4,000 tonnes by 2031, equivalent to about 90 days of imports.";
        Fact(text, 1_860).Measure.Should().Be(Measures.Stockpile);
        Fact(text, 4_000).Measure.Should().Be(Measures.Stockpile);
        // Near miss: imports over a window are imports.
        Fact("Ruritania imported 1,860 tonnes of rare earths in the first 90 days of the year.", 1_860).Measure.Should().Be(Measures.Import);
    }

    [Fact]
    public void A_part_of_a_stockpile_purchase_is_bought_in_the_same_window()
    {
        // dev15 S28 (release37): "KOMIR has purchased 1,240 tonnes of rare earth oxides for the public stockpile so far this year
        // through October, including 36 tonnes of dysprosium and terbium oxides" gave the 36 t no window (a stock held).
        const string text = "The agency has purchased 820 tonnes of rare earth oxides for the public stockpile so far this year, including 24 tonnes of dysprosium oxide.";
        Fact(text, 820).Period.Should().Be(Periods.Cumulative);
        Fact(text, 24).Period.Should().Be(Periods.Cumulative);
        // Near miss: a stock held, with a part "including", has no window.
        const string held = "The public stockpile holds 2,100 tonnes of rare earth oxides, including 60 tonnes of dysprosium oxide.";
        Fact(held, 60).Period.Should().Be(Periods.None);
    }

    [Fact]
    public void In_a_companys_own_release_a_figure_under_a_heading_naming_its_unit_is_the_units()
    {
        // dev15 S08 (release37): "Australian Strategic Materials Ltd (ASX: ASM) – Quarterly Activities Report ... Korean Metals Plant
        // (KMP), Ochang, South Korea • Production of 38.6 tonnes of metals and alloys" gave the plant's figures to the releaser;
        // also dev10 L18 (NPM Silmet's section of a Neo Performance release).
        const string text = "Australian Strategic Materials Ltd (ASX: ASM) – Quarterly Activities Report, March 2027\n"
            + "Korean Metals Plant (KMP), Ochang\n"
            + "• Production of 41.5 tonnes of metals and alloys in the quarter\n"
            + "Dubbo Project\n"
            + "The Dubbo Project Ore Reserve remains 19.4Mt.";
        Fact(text, 41.5).SubjectId.Should().Be("ksm-metals");
        // Near miss: under a heading that names no company, the figure stays the releaser's.
        Fact(text, 19_400_000).SubjectId.Should().Be("asm");
    }

    [Fact]
    public void A_domestic_figure_in_a_state_bodys_own_summary_is_its_countrys()
    {
        // dev15 S22 (release37): "U.S. Geological Survey, Mineral Commodity Summaries ... The domestic mine produced an estimated
        // 48,000 tons of REO" gave the country's output to the USGS.
        const string text = "U.S. Geological Survey, Mineral Commodity Summaries, January 2027\nRARE EARTHS\n"
            + "The domestic mine produced an estimated 51,000 tons of REO in mineral concentrates. Domestic production of separated NdPr oxide was an estimated 2,900 tons.";
        Fact(text, 51_000).SubjectId.Should().Be("US");
        Fact(text, 2_900).SubjectId.Should().Be("US");
        // Near miss: a state body's own stock, with "domestic" only after the figure, stays the body's.
        const string stock = "Defense Logistics Agency, Strategic Materials annual report\n"
            + "The agency holds 1,200 tons of NdPr oxide, about 40 days of domestic demand.";
        Fact(stock, 1_200).SubjectId.Should().Be("us-dla");
    }

    [Fact]
    public void A_letterhead_line_over_a_report_title_line_makes_the_text_the_companys_own_release()
    {
        // dev15 S04 (release37): "Hastings Technology Metals Ltd (ASX: HAS)" over "Quarterly Activities Report – September 2026
        // Quarter" was not read as Hastings' own release, so "The Brockman ... project has a Mineral Resource of 36.2Mt", after a
        // partner was named, had no subject.
        const string text = "Kestrel Ridge Minerals Ltd (ASX: KRM)\nQuarterly Activities Report – March 2027 Quarter\nOfftake\n"
            + "The Company agreed terms with Halvern Metals Corp., which will buy all Stage 1 concentrate.\nTarn Project\n"
            + "The Tarn heavy rare earths project has a Mineral Resource of 41.7Mt at 0.25% TREO.";
        Fact(text, 41_700_000).SubjectName.Should().Be("Kestrel Ridge Minerals Ltd");
        // Near miss: a letterhead over a news-like title is no report, and the rule does not choose between the two companies.
        Fact(text.Replace("Quarterly Activities Report – March 2027 Quarter", "Tarn drilling update", StringComparison.Ordinal), 41_700_000)
            .SubjectName.Should().BeNull();
    }

    [Fact]
    public void Uranium_oxide_written_as_its_formula_is_another_commodity()
    {
        // dev15 S10 (release37): "the Company sold 150,000 pounds of U3O8 at an average realized price of $78.40 per pound" was
        // kept as a 68-tonne rare-earth sale.
        TestFiles.Recognize("On the uranium side, the Company sold 120,000 pounds of U3O8 during the quarter.").Tonnages.Should().BeEmpty();
        // Near miss: the rare-earth sale beside it stays.
        Single("The Company sold 850 tonnes of REO in monazite during the quarter.").Measure.Should().Be(Measures.Sales);
    }

    [Fact]
    public void A_whole_stockpile_sold_is_one_sale()
    {
        // dev15 S13 (release37): "has agreed to sell its remaining 1,240 tonne stockpile of bastnaesite concentrate ... to the
        // Saskatchewan Research Council" was read as a stock held.
        var sold = Single("Kestrel Ridge Minerals Ltd has agreed to sell its remaining 860 tonne stockpile of monazite concentrate to a processor.");
        sold.Measure.Should().Be(Measures.Sales);
        sold.Period.Should().Be(Periods.OneOff);
        // Near miss: a stockpile held stays a stock.
        Single("Kestrel Ridge Minerals Ltd holds an 860 tonne stockpile of monazite concentrate at the mine.").Measure.Should().Be(Measures.Stockpile);
    }

    [Fact]
    public void A_combined_quota_after_company_shares_stays_the_countrys_when_the_sentence_names_only_others()
    {
        // dev12 P06 (round2b): "Last year's combined mining quota for the full year was 270,000 tons, according to company
        // filings on the Shanghai Stock Exchange" went to the group allotted a share in the sentence before.
        const string text = "China's Ministry of Industry and Information Technology set the first-batch mining quota at 150,000 tons of rare earth oxide. "
            + "China Northern Rare Earth received 110,000 tons of the mining quota. China Rare Earth Group was allotted the remaining 40,000 tons. "
            + "Last year's combined mining quota was 280,000 tons, according to company filings on the Shanghai Stock Exchange.";
        Fact(text, 280_000).SubjectId.Should().Be("CN");
        // Near miss: a share that names its holder in its own sentence stays the holder's.
        Fact(text, 40_000).SubjectId.Should().Be("china-rare-earth-group");
    }

    [Fact]
    public void A_quiet_sentence_on_the_same_trade_flow_does_not_break_the_exporters_thread()
    {
        // dev9 K08 (round2b): "China's exports of rare earth magnets fell ... to 4,730 metric tons. October exports were still up
        // 11.8% ... Shipments to Germany ... were 512 tons, while the United States took 301 tons" left the partner rows nobody's.
        const string text = "China's exports of rare earth magnets fell to 3,900 tons in September. "
            + "September exports were still up 8% from a year earlier. Shipments to France were 410 tons.";
        Fact(text, 410).SubjectId.Should().Be("CN");
        // Near miss: a sentence in between on another topic still breaks the thread.
        Fact(text.Replace("September exports were", "Prices were", StringComparison.Ordinal), 410).SubjectId.Should().BeNull();
    }

    [Fact]
    public void A_place_then_a_distance_opening_a_sentence_turns_to_the_company_after_it()
    {
        // dev12 P18 (round2b): "In Lacq, 200 km to the south, Carester's Caremag plant is due to start in 2027. It is designed to
        // treat 2,000 tonnes ..." gave the plant's figures to Solvay, named as a customer in the sentence before.
        const string text = "Kestrel Ridge Minerals Ltd will double its separation line. "
            + "Halvern Metals Corp. has agreed to supply Kestrel Ridge Minerals Ltd with 300 tonnes a year of mixed oxide. "
            + "In Tarnville, 150 km to the north, Brightwater Rare Earths Ltd's new plant is due to start in 2028. "
            + "It is designed to treat 1,400 tonnes of magnet scrap a year.";
        Fact(text, 1_400).SubjectName.Should().Be("Brightwater Rare Earths Ltd");
        // Near miss: a place alone before the company (no distance) is no turn the rule reads.
        Fact(text.Replace(", 150 km to the north,", ",", StringComparison.Ordinal), 1_400).SubjectName.Should().NotBe("Brightwater Rare Earths Ltd");
    }

    [Fact]
    public void A_surveys_stocks_at_unnamed_plants_are_nobodys()
    {
        // dev9 K14 (round2b): "An SMM survey showed inventories at 21 separation plants fell to roughly 4,600 mt" took the
        // exchange named in the sentence before.
        const string text = "The Baotou Rare Earth Products Exchange recorded 1,020 tonnes of Pr-Nd oxide traded month-to-date. "
            + "A trade survey showed inventories at 18 separation plants fell to roughly 3,900 tonnes.";
        Fact(text, 3_900).SubjectId.Should().BeNull();
        // Near miss: the exchange's own volume stays the exchange's.
        Fact(text, 1_020).SubjectId.Should().Be("baotou-exchange");
    }

    [Fact]
    public void A_figure_an_estimate_sets_for_a_named_country_is_that_countrys()
    {
        // dev12 P24 (round2b): "the U.S. Geological Survey cut its own estimate for Vietnam to 3.5 million tons" went to the US.
        const string text = "The government estimates national reserves at 18 million tons, though the U.S. Geological Survey cut its own estimate for Laos to 2.1 million tons last year.";
        Fact(text, 2_100_000).SubjectId.Should().Be("LA");
        // Near miss: the survey's own figure with no country after "estimate for" is not moved to a country named elsewhere.
        Fact("The U.S. Geological Survey said Laos exported 2,100 tons in 2025, and put its estimate for the year's imports at 900 tons.", 2_100)
            .SubjectId.Should().Be("LA");
    }

    [Fact]
    public void A_customs_figure_after_a_quotation_is_the_countrys_not_the_main_companys()
    {
        // dev12 P21 (round2b): after a trader's quotation, "Exports of samarium-cobalt magnets ... fell to 38 tons in October from
        // 52 tons a year earlier, customs data showed" went to the magnet maker the story had named.
        const string text = "BEIJING, Nov 3 (Reuters) - China approved more licences. Magnet maker JL Mag Rare-Earth said it exported 3,900 tons of magnets in 2025. "
            + "\"It is better than before,\" said a trader. Exports of samarium-cobalt magnets fell to 41 tons in October, customs data showed.";
        Fact(text, 41).SubjectId.Should().Be("CN");
        // Near miss: without a customs or trade source the figure keeps the story's company.
        Fact(text.Replace(", customs data showed.", ".", StringComparison.Ordinal), 41).SubjectId.Should().Be("jl-mag");
    }

    [Fact]
    public void A_citys_aim_to_build_capacity_is_a_regional_target()
    {
        // dev9 K06 (round2b): "The city aims to build magnet capacity of more than 100,000 tonnes by 2027, according to the
        // bureau" went to the local group named in the sentence before.
        const string text = "Ganzhou Rare Earth Group Co., Ltd. separated 8,700 tonnes of ion-adsorption rare earth oxides. "
            + "The city aims to build magnet capacity of more than 90,000 tonnes by 2028, according to the bureau.";
        Fact(text, 90_000).SubjectId.Should().BeNull();
        // Near miss: the company's own figure stays the company's.
        Fact(text, 8_700).SubjectId.Should().Be("ganzhou-rare-earth-group");
    }

    [Fact]
    public void A_country_opening_the_sentence_before_a_relative_clause_keeps_its_figure()
    {
        // dev12 P28 (round2b): "Kazakhstan, which signed a critical minerals partnership with the European Union in 2022 ..., wants
        // rare earth output of at least 5,000 tonnes a year by 2035" went to the EU named inside the clause.
        Single("Uzbekistan, which signed a minerals partnership with the European Union in 2024, wants rare earth output of at least 3,000 tonnes a year by 2033.")
            .SubjectId.Should().Be("UZ");
        // Near miss: an organisation that opens the sentence's main clause after the country's aside keeps the figure.
        Single("Uzbekistan, which signed a minerals partnership in 2024, said the European Union wants to buy 3,000 tonnes a year.")
            .SubjectId.Should().NotBe("UZ");
    }

    [Fact]
    public void A_basis_in_brackets_after_the_unit_is_the_figures_product()
    {
        // dev15 S36 (round2a): "China imported an estimated 3,900t (REO basis) of mixed rare earth oxide and carbonate from Myanmar
        // in October, up from 2,600t in September" took the product from the "of" phrase, not the stated basis.
        const string text = "Laos exported an estimated 1,450t (REO basis) of mixed rare earth carbonate to Vietnam in March, up from 980t in February.";
        Fact(text, 1_450).ProductId.Should().Be("reo");
        Fact(text, 980).ProductId.Should().Be("reo");
        // Near miss: a grade note in brackets is no basis; the "of" phrase names the product.
        Single("The company intends to buy 6,200 tonnes (dry weight, REO 45%) of rare earth concentrate next year.").ProductId.Should().NotBe("reo");
    }

    [Fact]
    public void A_ceiling_before_a_further_amount_is_a_maximum()
    {
        // dev15 S03 (round2a): "BMS also holds an option to take up to a further 400 tpa" was read as exactly 400 t.
        var option = Single("The buyer also holds an option to take up to a further 250 tpa of NdPr oxide.");
        option.Min.Should().BeNull();
        option.Max.Should().Be(250);
        // Near miss: a further amount with no ceiling word stays exact.
        Single("The buyer agreed to take a further 250 tpa of NdPr oxide.").Min.Should().Be(250);
    }

    [Fact]
    public void The_figures_of_a_table_the_text_calls_maximum_quantities_are_ceilings()
    {
        // dev11 M30 (round2a): "The Annual Materials Plan (AMP) lists the maximum quantities of materials that may be acquired ..."
        // over "Terbium oxide | kg | 2,000" gave exact amounts, where dev8 J25, dev10 L15 and dev15 S32 give such plans max only.
        const string table = "Material | Unit | FY 2029 Quantity\nDysprosium oxide | t | 35\nNdPr oxide | t | 900\n";
        const string text = "Reserve Agency - Materials Plan for Fiscal Year 2029\n"
            + "The plan lists the maximum quantities of materials that may be acquired during the fiscal year.\n" + table;
        var ceiling = Fact(text, 900);
        ceiling.Min.Should().BeNull();
        ceiling.Max.Should().Be(900);
        // Near miss: with no such note the table's figures are exact.
        Fact("Reserve Agency - Materials Plan for Fiscal Year 2029\nThe plan lists materials acquired during the fiscal year.\n" + table, 900)
            .Min.Should().Be(900);
    }

    [Fact]
    public void A_hedged_ceiling_is_a_maximum()
    {
        // dev11 M19 (round2a): "The volume is planned at up to about 65 tonnes a year" was read as about 65 t, not at most 65 t.
        var ceiling = Single("The volume is planned at up to about 40 tonnes a year of terbium oxide.");
        ceiling.Min.Should().BeNull();
        ceiling.Max.Should().Be(40);
        // Near miss: "ramp up to around" names the level reached, no ceiling (dev7 H21).
        Single("The company expects to ramp up to around 900 tonnes of concentrate per month by mid-2028.").Min.Should().Be(900);
    }

    [Fact]
    public void A_headings_year_covers_every_member_of_the_list_it_opens()
    {
        // dev15 S22 (round2a): "World Mine Production and Reserves (2025e): China, mine production 270,000, ...; Australia, mine
        // production 17,000; World total (rounded), mine production 400,000" gave the later members no window.
        const string note = "RARE EARTHS\n[Data in metric tons of rare-earth-oxide (REO) equivalent unless otherwise specified]\n";
        const string text = note + "Mine Production and Reserves (2027e): Brazil, mine production 3,100, reserves 21,000,000; Vietnam, mine production 1,400; World total (rounded), mine production 9,000.";
        Fact(text, 3_100).Period.Should().Be(Periods.Year);
        Fact(text, 1_400).Period.Should().Be(Periods.Year);
        Fact(text, 9_000).Period.Should().Be(Periods.Year);
        Fact(text, 21_000_000).Period.Should().Be(Periods.None);
        // Near miss: a heading with no year in brackets gives none.
        Fact(note + "Mine Production and Reserves: Brazil, mine production 3,100, reserves 21,000,000; Vietnam, mine production 1,400.", 1_400).Period.Should().NotBe(Periods.Year);
    }

    [Fact]
    public void A_month_before_a_product_and_its_output_names_the_window()
    {
        // dev15 S38 (round2a): "SMM expects November Pr-Nd oxide output of 7,700-7,900 mt" had no window, where "November output"
        // had one.
        Single("The consultancy expects March NdPr oxide output of 6,100-6,300 tonnes in China.").Period.Should().Be(Periods.Month);
        // Near miss: a month that dates something else, with a determiner before the output, names no window of the figure.
        Single("Since March the company's NdPr oxide output capacity has reached 6,100 tonnes a year.").Period.Should().Be(Periods.PerYear);
    }

    [Fact]
    public void A_quarter_right_after_a_mass_unit_is_a_rate()
    {
        // dev15 S15 (round2a): "you talked about reaching 1,000 metric tons a quarter of NdPr oxide by mid-2027" had no window: "a
        // quarter of" was read as a fraction.
        Single("The company talked about reaching 650 metric tons a quarter of NdPr oxide by 2028.").Period.Should().Be(Periods.PerQuarter);
        // Near miss: "a quarter of the world's supply" after a figure is a share, no rate.
        Single("It shipped 650 tonnes in 2026, a quarter of the world's supply.").Period.Should().NotBe(Periods.PerQuarter);
    }
}
