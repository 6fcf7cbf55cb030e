using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>
/// Tables copied from a page or a spreadsheet into text, their cells split by bars or tabs: the header row and the caption
/// above it say what every figure cell is (docs/entities.md, dev9 convention (5)). Invented companies and figures; real
/// companies only where the subject needs the gazetteer.
/// </summary>
public sealed class CopiedTableTests
{
    [Fact]
    public void Each_figure_cell_takes_its_columns_year_the_captions_unit_and_its_rows_company()
    {
        const string Text = "Table 3. Sintered NdFeB output of selected magnet makers (tonnes of magnet blanks)\n"
                            + "Company | 2025 | 2026E\n"
                            + "JL Mag | 29,800 (a) | 38,000\n"
                            + "Ningbo Yunsheng | 11,200 | 9,000-10,000 (b)\n"
                            + "Two-company total | 41,000 | n.a.\n"
                            + "Notes: (a) Company-reported. (b) Range reflects the Anhui expansion.";
        var facts = TestFiles.Recognize(Text).Tonnages;
        facts.Select(f => (f.Min, f.Max, f.PeriodDetail, f.SubjectId)).Should().Equal(
            (29_800, 29_800, "2025", "jl-mag"), (38_000, 38_000, "2026E", "jl-mag"),
            (11_200, 11_200, "2025", "ningbo-yunsheng"), (9_000, 10_000, "2026E", "ningbo-yunsheng"),
            (41_000, 41_000, "2025", null));
        facts.Should().OnlyContain(f => f.Measure == "production" && f.Period == "year" && f.ProductId == "sintered-ndfeb-magnet");
    }

    [Fact]
    public void A_tab_separated_model_with_an_empty_corner_aligns_its_years_to_the_right_and_skips_zero_cells()
    {
        const string Text = "Model changes (NdPr oxide, t)\n\tFY27E\tFY28E\tFY30E\nNew\t0\t1,100\t4,440\nOld\t0\t800\t4,440\n";
        var facts = TestFiles.Recognize(Text).Tonnages;
        // The old model's FY30E figure repeats the new one's for the same year: one fact (dev11 M32).
        facts.Select(f => (f.Min, f.PeriodDetail)).Should().Equal((1_100, "FY28E"), (4_440, "FY30E"), (800, "FY28E"));
        facts.Should().OnlyContain(f => f.ProductId == "ndpr-oxide");
    }

    [Fact]
    public void A_reserve_table_reads_millions_of_tonnes_of_ore_and_thousands_of_tonnes_contained_and_skips_the_grade()
    {
        const string Text = "The following table summarizes Mineral Reserves at the Project.\n"
                            + "Category\tTonnes (Mt)\tTREO (%)\tContained TREO ('000 t)\n"
                            + "Proven\t8.5\t1.62\t137.7\n"
                            + "Probable\t10.1\t1.48\t149.5\n";
        var facts = TestFiles.Recognize(Text).Tonnages;
        facts.Select(f => (f.Min, f.ProductId)).Should().Equal(
            (8_500_000, "rare-earth-ore"), (137_700, "treo"), (10_100_000, "rare-earth-ore"), (149_500, "treo"));
        facts.Should().OnlyContain(f => f.Measure == "reserve" && f.Period == "none");
    }

    [Fact]
    public void Rows_that_give_their_own_unit_are_converted_and_take_their_labels_material()
    {
        const string Text = "Potential acquisitions\nMaterial | Unit | FY 2027 Quantity\n"
                            + "Neodymium-praseodymium oxide | ST | 400\nSamarium-cobalt alloy | lb | 50,000\nTerbium oxide | kg | 2,000\n";
        var facts = TestFiles.Recognize(Text).Tonnages;
        facts.Select(f => f.ProductId).Should().Equal("ndpr-oxide", "smco-alloy", "terbium-oxide");
        facts[0].Min.Should().BeApproximately(362.873896, 1e-6);
        facts[1].Min.Should().BeApproximately(22.6796185, 1e-6);
        facts[2].Min.Should().Be(2);
        facts.Should().OnlyContain(f => f.PeriodDetail == "FY 2027");
    }

    [Fact]
    public void A_capacity_column_and_a_product_column_name_each_rows_figure()
    {
        const string Text = "Project | Member State | Capacity (t/yr) | Product\n"
                            + "Silmet expansion (NPM Silmet) | Estonia | 3,000 | NdPr oxide\n"
                            + "Pulawy (Example Polska) | Poland | 2,000 | MREC feed\n";
        var facts = TestFiles.Recognize(Text).Tonnages;
        facts.Select(f => (f.Min, f.Measure, f.Period, f.ProductId)).Should().Equal(
            (3_000, "capacity", "per_year", "ndpr-oxide"), (2_000, "capacity", "per_year", "mrec"));
    }

    [Fact]
    public void A_quarter_column_gives_a_quarter_and_a_row_label_names_the_measure()
    {
        const string Text = "Operations summary\nItem\tUnit\tSep Qtr 2026\tJun Qtr 2026\n"
                            + "Ore mined\tt\t212,400\tnil\nConcentrate shipped\tt\t1,000\tnil\nConcentrate stocks at 30 Sep\tt\t2,150\t-\n";
        var facts = TestFiles.Recognize(Text).Tonnages;
        facts.Select(f => (f.Min, f.Measure)).Should().Equal((212_400, "production"), (1_000, "shipment"), (2_150, "stockpile"));
        facts[0].Period.Should().Be("per_quarter");
    }

    [Fact]
    public void A_header_of_words_with_no_unit_anywhere_makes_no_figures()
    {
        const string Text = "Company | Employees | Sites\nExample Magnetics | 1,200 | 3\nSample Motors | 4,500 | 7\n";
        TestFiles.Recognize(Text).Tonnages.Should().BeEmpty();
    }

    [Fact]
    public void A_price_or_grade_column_under_a_tonnes_caption_holds_no_masses()
    {
        const string Text = "Spot deals this week (tonnes)\nProduct | Volume | Price (yuan/t) | Grade (%)\nNdPr oxide | 20 | 561,000 | 99.5\n";
        TestFiles.Recognize(Text).Tonnages.Select(f => f.Min).Should().Equal(20);
    }

    [Theory]
    [InlineData("EXAMPLE RARE EARTHS SAYS Q1 NDPR OUTPUT 2,214 T VS 1,982 T IN Q4", 2)]
    [InlineData("The Model T weighed about 1,200 T in our notes, said the curator.", 0)]
    public void A_capital_T_is_tonnes_only_in_a_wire_flash_written_in_capitals(string text, int count) =>
        TestFiles.Recognize(text).Tonnages.Should().HaveCount(count);

    [Fact]
    public void A_wire_flash_in_capitals_names_its_company_and_its_products()
    {
        const string Text = "SYDNEY, Oct 23 (Reuters) -\n\nLYNAS SAYS Q1 NDPR OUTPUT 2,214 T VS 1,982 T IN Q4\n\n"
                            + "LYNAS MALAYSIA CIRCUIT PRODUCED 12 T DY OXIDE, 3 T TB OXIDE IN Q1\n\nLYNAS SAYS EU AND PR TEAMS UNCHANGED";
        var entities = TestFiles.Recognize(Text);
        entities.Tonnages.Select(f => (f.Min, f.ProductId, f.SubjectId)).Should().Equal(
            (2_214, "ndpr-oxide", "lynas"), (1_982, "ndpr-oxide", "lynas"),
            (12, "dysprosium-oxide", "lynas-malaysia"), (3, "terbium-oxide", "lynas-malaysia"));
        // Two capitals alone ("EU", "PR") are no element in a line of capitals.
        entities.Elements.Select(e => e.Symbol).Should().BeEquivalentTo(["Nd", "Pr", "Dy", "Tb"]);
    }

    [Fact]
    public void A_wire_flash_on_the_line_of_its_dateline_is_read_as_a_flash()
    {
        const string Text = "SYDNEY, Oct 23 (Reuters) - LYNAS SAYS Q1 NDPR OUTPUT 2,214 T\n\nLYNAS SAYS Q1 REVENUE A$210 MLN";
        TestFiles.Recognize(Text).Tonnages.Should().ContainSingle()
            .Which.Should().Match<TonnageFact>(f => f.Min == 2_214 && f.ProductId == "ndpr-oxide" && f.SubjectId == "lynas");
    }

    [Fact]
    public void A_highlight_repeated_in_a_table_under_a_shorter_name_is_one_fact()
    {
        const string Text = "Highlights\n- 3,150 t of monazite concentrate produced in the quarter\n\nOperations summary\n"
                            + "Item\tUnit\tSep Qtr 2026\nConcentrate produced\tt\t3,150\n";
        TestFiles.Recognize(Text).Tonnages.Should().ContainSingle(f => f.Min == 3_150).Which.ProductId.Should().Be("monazite");
    }

    [Fact]
    public void Prose_after_a_table_closes_it_even_when_the_prose_has_a_figure()
    {
        const string Text = "Output (tonnes)\nCompany | 2025\nExample Magnetics | 1,200\n"
                            + "Example Magnetics said it expects to reach 6,000 tonnes of capacity by 2027.\n"
                            + "Staff | 410 | 380\n";
        TestFiles.Recognize(Text).Tonnages.Select(f => f.Min).Should().Equal(1_200, 6_000);
    }
}
