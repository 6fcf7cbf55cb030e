using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>Who a tonnage is about, and numbers written with dot thousands (invented companies and figures).</summary>
public sealed class TonnageSubjectAndNumberTests
{
    private static TonnageFact Single(string text, string? language = null) =>
        TestFiles.Recognizer.Recognize(text, ArticleMetadata.Empty with { Language = language }).Tonnages.Should().ContainSingle().Subject;

    [Fact]
    public void Speaker_before_another_organisation_is_not_the_subject()
    {
        var fact = Single("Lynas Rare Earths said MP Materials would produce 5,000 tonnes of NdPr oxide a year.");
        fact.SubjectId.Should().Be("mp-materials");
        fact.SubjectKind.Should().Be(SubjectKinds.Organisation);
    }

    [Fact]
    public void A_nationality_before_a_company_noun_refers_back_to_the_company_not_the_country()
    {
        var fact = Single("Lynas Rare Earths said on Wednesday it had produced its first dysprosium oxide in Malaysia. "
            + "The Australian miner said the Kuantan facility would be able to process about 1,500 tonnes a year of heavy rare earth feedstock.");
        fact.SubjectId.Should().Be("lynas");
        fact.SubjectKind.Should().Be(SubjectKinds.Organisation);
    }

    [Fact]
    public void A_two_word_nationality_before_a_company_noun_refers_back_to_the_company()
    {
        var fact = Single("Iluka Resources defended the budget for its Eneabba refinery on Monday. "
            + "The Western Australian refinery is designed to produce 5,500 tonnes a year of separated oxides.");
        fact.SubjectId.Should().Be("iluka");
        Single("Kestrel Bay Mining Corp raised A$30 million. The South African miner expects to produce 800 tonnes of NdPr oxide in 2028.")
            .SubjectName.Should().Be("Kestrel Bay Mining Corp");
    }

    [Fact]
    public void The_dateline_country_yields_to_a_country_named_before_the_figure()
    {
        Single("HANOI, May 3 (Reuters) - Japan's imports of rare earth oxides from Vietnam rose to 1,150 tonnes in April.")
            .SubjectId.Should().Be("JP");
        Single("NEW DELHI (Reuters) - Rare earth exports fell to 640 tonnes in the month.").SubjectId.Should().Be("IN");
    }

    [Fact]
    public void A_place_based_anaphor_refers_back_to_the_main_organisation()
    {
        var facts = TestFiles.Recognizer.Recognize(
            "Shares of Iluka Resources rose 3% in Sydney. The Perth-based miner expects to sell 52,000 tonnes of monazite concentrate this year.",
            ArticleMetadata.Empty).Tonnages;
        facts.Should().ContainSingle().Which.SubjectId.Should().Be("iluka");

        // The customs agency is named more often, but a producer is a company.
        var quota = TestFiles.Recognizer.Recognize(
            "Exports rose, the General Administration of Customs said. The General Administration of Customs did not comment. "
            + "Shares of China Northern Rare Earth Group rose. The Baotou-based producer was allocated about 140,000 tonnes of the mining quota.",
            ArticleMetadata.Empty).Tonnages;
        quota.Should().ContainSingle().Which.SubjectId.Should().Be("china-northern-rare-earth");
    }

    [Fact]
    public void Source_after_according_to_is_not_the_subject()
    {
        var fact = Single("According to Adamas Intelligence, Lynas Rare Earths produced 10,000 tonnes of REO in 2024.");
        fact.SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void Agent_of_a_passive_sentence_is_the_subject()
    {
        var fact = Single("About 2,000 tonnes of concentrate will be shipped by MP Materials this year.");
        fact.SubjectId.Should().Be("mp-materials");
    }

    [Fact]
    public void Organisation_candidate_can_be_the_subject()
    {
        var fact = Single("Kestrel Bay Mining Corp plans to produce 3,000 tonnes of rare earth carbonate a year.");
        fact.SubjectId.Should().BeNull();
        fact.SubjectName.Should().Be("Kestrel Bay Mining Corp");
        fact.SubjectKind.Should().Be(SubjectKinds.Candidate);
    }

    [Fact]
    public void Dot_thousands_follow_the_language_of_the_source()
    {
        Single("Die Anlage soll 1.200 t Seltene Erden verarbeiten.", "de").Min.Should().Be(1200);
        Single("The plant will process 1.200 t of ore.", "en").Min.Should().Be(1.2);
        Single("The plant will process 1.200 t of ore.").Min.Should().Be(1.2);
        Single("Reserves stand at 1.200.000 t of ore.").Min.Should().Be(1_200_000);
    }

    [Fact]
    public void Culture_lookup_accepts_unknown_languages()
    {
        RareEarthWatch.Extraction.Entities.Recognisers.TonnageRecogniser.GroupsThousandsWithDot("de").Should().BeTrue();
        RareEarthWatch.Extraction.Entities.Recognisers.TonnageRecogniser.GroupsThousandsWithDot("en").Should().BeFalse();
        RareEarthWatch.Extraction.Entities.Recognisers.TonnageRecogniser.GroupsThousandsWithDot("xx-not-a-language").Should().BeFalse();
        RareEarthWatch.Extraction.Entities.Recognisers.TonnageRecogniser.GroupsThousandsWithDot(null).Should().BeFalse();
    }

    [Fact]
    public void Speaker_who_is_referred_back_to_stays_the_subject()
    {
        var fact = Single("Lynas Rare Earths said on Monday it had agreed with MP Materials to supply 1,500 tonnes of NdPr oxide a year.");
        fact.SubjectId.Should().Be("lynas");
    }

    [Fact]
    public void Company_anaphor_can_refer_to_a_candidate()
    {
        var entities = TestFiles.Recognize("Kestrel Bay Mining Corp raised A$30 million. The company expects to produce 800 tonnes of NdPr oxide in 2028. LKAB declined to comment.");
        entities.Tonnages.Should().ContainSingle().Which.SubjectName.Should().Be("Kestrel Bay Mining Corp");
    }

    [Theory]
    [InlineData("Dunmore Refining expects the refinery to produce between 5,500 tonnes and 6,000 tonnes of separated oxides a year.", 5500, 6000, "per_year")]
    [InlineData("Kestrel Minerals produced between about 2,000 t and 2,400 t of concentrate in the quarter.", 2000, 2400, "per_quarter")]
    [InlineData("Output at Dunmore Refining will be 3,000 t/y to 3,500 t/y of NdPr oxide.", 3000, 3500, "per_year")]
    [InlineData("Kestrel Minerals shipped 1,200 tonnes–1,300 tonnes of concentrate in October.", 1200, 1300, "month")]
    public void A_range_with_its_unit_at_both_ends_is_one_figure(string text, double min, double max, string period)
    {
        var fact = Single(text);
        (fact.Min, fact.Max, fact.Period).Should().Be((min, max, period));
    }

    [Theory]
    [InlineData("Kestrel Minerals said exports fell 300 tonnes to 2,000 tonnes in October.")]
    [InlineData("Kestrel Minerals cut its output guidance by 200 tonnes to 1,800 tonnes of concentrate.")]
    [InlineData("Kestrel Minerals shipped 1,200 tonnes and 1,300 tonnes of concentrate in two cargoes.")]
    [InlineData("Kestrel Minerals raised its target from 1,200 tonnes to 1,500 tonnes of concentrate.")]
    public void A_step_a_change_or_two_lots_are_not_a_range(string text)
    {
        TestFiles.Recognize(text).Tonnages.Should().NotBeEmpty().And.OnlyContain(t => t.Min == t.Max);
    }

    [Fact]
    public void Torque_in_pound_feet_is_not_a_mass() =>
        TestFiles.Recognize("The motor gives 406 lb-ft of torque and 335 horsepower.").Tonnages.Should().BeEmpty();

    [Fact]
    public void Body_name_continues_with_of_and_a_place()
    {
        TestFiles.Recognize("John Smith, the president of the Reserve Bank of Westland, spoke on Monday.")
            .Candidates.Select(c => c.Name).Should().Equal("Reserve Bank of Westland");
    }
}
