namespace RareEarthWatch.Extraction.Tests.Entities;

public sealed class OrganisationTests
{
    private static List<string> Orgs(string text) => TestFiles.Recognize(text).Organisations.Select(o => o.Id).ToList();

    [Fact]
    public void Longest_match_wins()
    {
        Orgs("Toyota Tsusho said it would invest.").Should().Equal("toyota-tsusho");
        Orgs("China Northern Rare Earth raised prices.").Should().Equal("china-northern-rare-earth");
        TestFiles.Recognize("China Northern Rare Earth raised prices.").Countries.Should().BeEmpty();
    }

    [Fact]
    public void Aliases_match_without_case_on_word_boundaries()
    {
        Orgs("Shares of LYNAS RARE EARTHS rose.").Should().Equal("lynas");
        Orgs("The Lynasville council met.").Should().BeEmpty();
    }

    [Fact]
    public void Ambiguous_alias_needs_the_full_name_in_the_article()
    {
        Orgs("MP said the committee would meet.").Should().BeEmpty();
        Orgs("MP Materials runs Mountain Pass. MP said output rose.").Should().Equal("mp-materials");
        TestFiles.Recognize("MP Materials runs Mountain Pass. MP said output rose.").Organisations[0].Evidence.Should().HaveCount(2);
    }

    [Fact]
    public void Ambiguous_alias_is_case_sensitive()
    {
        Orgs("MP Materials said mp output rose.").Should().Equal("mp-materials");
        TestFiles.Recognize("MP Materials said mp output rose.").Organisations[0].Evidence.Should().ContainSingle();
    }

    [Fact]
    public void Acronym_defined_in_the_text_counts()
    {
        var entities = TestFiles.Recognize("The Ministry of Economy, Trade and Industry (METI) said it would help. METI declined to comment.");
        entities.Organisations.Should().ContainSingle().Which.Evidence.Should().HaveCount(3);
    }

    [Fact]
    public void Possessive_country_counts_as_a_country_too()
    {
        var entities = TestFiles.Recognize("Japan's Ministry of Economy, Trade and Industry declined to comment.");
        entities.Organisations.Select(o => o.Id).Should().Equal("meti");
        entities.Countries.Select(c => c.Code).Should().Equal("JP");
    }

    [Fact]
    public void Country_word_inside_a_name_is_not_a_country()
    {
        var entities = TestFiles.Recognize("Indian Rare Earths signed with Toyotsu Rare Earths India.");
        entities.Organisations.Select(o => o.Id).Should().BeEquivalentTo(["irel", "toyotsu-rare-earths-india"]);
        entities.Countries.Should().BeEmpty();
    }

    [Fact]
    public void Short_form_resolves_to_the_organisation_already_named_and_never_adds_a_third()
    {
        Orgs("Toyotsu Rare Earths India buys chloride. Toyotsu said it was pleased.").Should().Equal("toyotsu-rare-earths-india");
        Orgs("Toyotsu said it was pleased.").Should().Equal("toyota-tsusho");
        Orgs("Toyota Tsusho owns a unit. Toyota said it was pleased.").Should().Equal("toyota-tsusho");
    }

    [Fact]
    public void Sources_are_not_subjects()
    {
        Orgs("Reuters reported the deal, according to Argus and Benchmark Mineral Intelligence.").Should().BeEmpty();
        Orgs("The ministry did not respond to a Reuters email.").Should().BeEmpty();
    }

    [Fact]
    public void Common_word_alias_counts_when_used_as_a_proper_noun()
    {
        Orgs("Drivers react to Grab investing in robotaxis.").Should().Equal("grab");
        Orgs("Grab a coffee before the meeting.").Should().BeEmpty();
    }

    [Fact]
    public void Bare_parent_name_after_a_unit_is_the_parent()
    {
        var entities = TestFiles.Recognize("Lynas Malaysia said its plant ran at capacity. Lynas said prices would rise.");
        entities.Organisations.Select(o => o.Id).Should().BeEquivalentTo(["lynas-malaysia", "lynas"]);
        entities.Organisations.Single(o => o.Id == "lynas").Evidence.Single().Sentence.Should().Be("Lynas said prices would rise.");
    }

    [Fact]
    public void Short_form_that_is_not_the_start_of_the_parent_name_stays_the_unit()
    {
        var entities = TestFiles.Recognize("IREL approached Toyotsu Rare Earths India. IREL met Toyotsu last week.");
        entities.Organisations.Select(o => o.Id).Should().BeEquivalentTo(["irel", "toyotsu-rare-earths-india"]);
    }

    [Fact]
    public void National_body_of_another_country_is_not_the_gazetteer_body()
    {
        var entities = TestFiles.Recognize("Brazil's Ministry of Mines and Energy approved the licence.");
        entities.Organisations.Should().BeEmpty();
        entities.Candidates.Select(c => c.Name).Should().Equal("Ministry of Mines and Energy");
        entities.Candidates[0].CountryCode.Should().Be("BR");
        TestFiles.Recognize("India's Ministry of Mines approved the licence.").Organisations.Select(o => o.Id).Should().Equal("india-ministry-of-mines");
    }

    // Branch reference-orgs: users and the policy side of the supply chain (invented sentences).
    [Fact]
    public void Users_and_policy_bodies_are_organisations()
    {
        Orgs("Boeing and Airbus buy magnets from Shin-Etsu.").Should().Equal("boeing", "airbus", "shin-etsu");
        Orgs("Goldwind and Vestas build direct-drive turbines.").Should().Equal("goldwind", "vestas");
        Orgs("The International Monetary Fund and the World Bank met.").Should().Equal("imf", "world-bank");
        var sec = TestFiles.Recognize("The U.S. Securities and Exchange Commission opened an inquiry.");
        sec.Organisations.Select(o => o.Id).Should().Equal("sec");
        sec.Countries.Select(c => c.Code).Should().Equal("US");
        Orgs("Anglo American said copper output rose.").Should().Equal("anglo-american");
        TestFiles.Recognize("Anglo American said copper output rose.").Countries.Should().BeEmpty();
    }

    [Fact]
    public void Common_words_places_and_tickers_are_not_the_new_organisations()
    {
        Orgs("Miners work in the Amazon rainforest near Rio de Janeiro.").Should().BeEmpty();
        Orgs("Long-dated U.S. Treasury yields slipped.").Should().BeEmpty();
        Orgs("Zephyr Metals (NYSE: ZPH) and Borealis Ltd (ASX: BRL) rose while the Nasdaq fell.").Should().BeEmpty();
        Orgs("He said the GE of the plant was late.").Should().BeEmpty();
        Orgs("General Electric said GE would grow.").Should().Equal("general-electric");
    }

    [Fact]
    public void A_longer_name_that_starts_with_a_known_name_is_not_that_organisation()
    {
        Orgs("The Federal Reserve Bank of Kansas City published a survey.").Should().BeEmpty();
        Orgs("The Federal Reserve raised rates.").Should().Equal("federal-reserve");
    }

    [Fact]
    public void News_outlets_are_sources_not_organisations()
    {
        var entities = TestFiles.Recognize("The New York Times and the BBC reported that Toyota Motor cut output.");
        entities.Organisations.Select(o => o.Id).Should().Equal("toyota-motor");
    }

    [Fact]
    public void An_ambiguous_alias_after_of_and_a_capitalised_word_ends_another_name() =>
        Orgs("Officials at the Ministry of Commerce said permits for 40 firms were processed.").Should().NotContain("us-doc");
}
