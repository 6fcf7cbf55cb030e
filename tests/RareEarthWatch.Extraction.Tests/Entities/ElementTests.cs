namespace RareEarthWatch.Extraction.Tests.Entities;

public sealed class ElementTests
{
    private static List<string> Symbols(string text) => TestFiles.Recognize(text).Elements.Select(e => e.Symbol).ToList();

    [Theory]
    [InlineData("Neodymium and dysprosium prices rose.", "Nd,Dy")]
    [InlineData("Prices of neodynium rose.", "Nd")]
    [InlineData("It sells Nd2O3 and Tb4O7.", "Nd,Tb")]
    [InlineData("NdPr prices rose.", "Nd,Pr")]
    [InlineData("Dy/Tb supply is tight.", "Dy,Tb")]
    [InlineData("Neodymium (Nd) is key.", "Nd")]
    [InlineData("NdFeB magnets are in demand.", "Nd")]
    [InlineData("It makes SmCo5 magnets.", "Sm")]
    [InlineData("The firm used about 8,000 tons of praseodymium-neodymium raw materials.", "Nd,Pr")]
    [InlineData("Neodymium-praseodymium prices slipped.", "Nd,Pr")]
    [InlineData("The plant also makes cerium-based polishing powders, at roughly 3,000 t/yr of cerium oxide equivalent.", "Ce")]
    [InlineData("Demand for rare earth polishing powder from glass makers fell.", "Ce")]
    public void Names_and_chemical_notation(string text, string expected)
    {
        Symbols(text).Should().BeEquivalentTo(expected.Split(','));
    }

    [Theory]
    [InlineData("PM Lawrence Wong said Singapore must remain exceptional.")]
    [InlineData("The EU and the US agreed.")]
    [InlineData("The plant in La Rochelle reopened.")]
    [InlineData("It came 2nd. Nd alone is not notation. Mr Ho and Ms Lu met. Y is a letter. TM.")]
    [InlineData("Ferrite magnets contain no rare earths.")]
    public void Bare_symbols_and_lookalikes_are_not_elements(string text)
    {
        Symbols(text).Should().BeEmpty();
    }

    [Fact]
    public void Products_attach_to_their_elements()
    {
        var entities = TestFiles.Recognize("IREL supplies neodymium oxide and NdFeB magnets.");
        entities.Elements.Should().ContainSingle().Which.Products.Should().BeEquivalentTo(["neodymium oxide", "NdFeB magnets"]);
    }

    [Theory]
    [InlineData("Halden Minerals Ltd aims to make 400 tonnes of dysprosium and terbium oxides a year.", "Dy", "dysprosium oxide")]
    [InlineData("Halden Minerals Ltd aims to make 400 tonnes of dysprosium and terbium oxides a year.", "Tb", "terbium oxide")]
    [InlineData("The refinery will sell neodymium, praseodymium and terbium metals.", "Nd", "neodymium metal")]
    [InlineData("The refinery will sell neodymium, praseodymium and terbium metals.", "Pr", "praseodymium metal")]
    public void Listed_elements_share_the_product_noun_after_them(string text, string symbol, string product)
    {
        TestFiles.Recognize(text).Elements.Should().ContainSingle(e => e.Symbol == symbol).Which.Products.Should().Equal(product);
    }

    [Fact]
    public void An_element_not_listed_with_the_product_does_not_get_it()
    {
        var entities = TestFiles.Recognize("Dysprosium prices rose while terbium oxide fell.");
        entities.Elements.Should().ContainSingle(e => e.Symbol == "Dy").Which.Products.Should().BeEmpty();
    }

    [Fact]
    public void Generic_rare_earths_are_a_tag_not_seventeen_elements()
    {
        var entities = TestFiles.Recognize("China restricted exports of rare earths and rare earth magnets.");
        entities.Elements.Should().BeEmpty();
        entities.MentionsRareEarths.Should().BeTrue();
        entities.RareEarthsEvidenceOrEmpty.Should().HaveCount(2);
    }

    [Fact]
    public void Common_word_magnets_alone_are_no_element()
    {
        var entities = TestFiles.Recognize("The partner would produce the magnets.");
        entities.Elements.Should().BeEmpty();
        entities.MentionsRareEarths.Should().BeFalse();
    }

    [Theory]
    [InlineData("The Kestrel circuit will yield 120 tpa of separated Dy and Tb.", "Dy,Tb")]
    [InlineData("Heavy oxides (Dy, Tb) make up a tenth of the basket.", "Dy,Tb")]
    [InlineData("The grade is reported for Nd, Pr, Dy or Tb.", "Nd,Pr,Dy,Tb")]
    [InlineData("Output of Sm & Gd rose.", "Sm,Gd")]
    public void Two_letter_symbols_in_a_list_are_elements(string text, string expected) =>
        Symbols(text).Should().BeEquivalentTo(expected.Split(','));

    [Theory]
    [InlineData("Ho and Lu said the deal was done.")]
    [InlineData("La, Ce et Pm are words too: La and Ce met Er.")]
    [InlineData("Harrow Co and Sm Ltd signed; Dy alone is not notation.")]
    public void Lists_of_word_like_symbols_or_non_rare_earths_are_not_elements(string text) =>
        Symbols(text).Should().BeEmpty();

    [Theory]
    [InlineData("The deposit grades 8% TREO, with Nd+Pr at 25% of the basket.", "Nd,Pr")]
    [InlineData("Dy+Tb make up 1% of the basket.", "Dy,Tb")]
    [InlineData("It scored A+B on the survey.", "")]
    public void Symbols_joined_by_plus_are_elements(string text, string expected) =>
        Symbols(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The mill produced 29 t of Dy oxide and 4 t of Tb oxide.", "Dy,Tb")]
    [InlineData("Gd metal and La oxide prices were flat.", "Gd,La")]
    public void A_symbol_before_oxide_or_metal_names_the_product(string text, string expected) =>
        Symbols(text).Should().BeEquivalentTo(expected.Split(','));

    [Theory]
    [InlineData("Scandium Ridge Mining Corp said it would build a refinery.", "")]
    [InlineData("Lanthanum Capital Partners bought shares in a dysprosium project.", "Dy")]
    [InlineData("Scandium Ridge Mining Corp said scandium prices rose.", "Sc")]
    public void An_element_name_inside_an_organisation_candidates_name_is_not_the_element(string text, string expected) =>
        Symbols(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
}
