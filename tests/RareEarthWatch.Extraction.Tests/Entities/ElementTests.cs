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
}
