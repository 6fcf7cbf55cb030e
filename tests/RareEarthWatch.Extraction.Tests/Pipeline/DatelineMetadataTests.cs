using System.Text;

namespace RareEarthWatch.Extraction.Tests.Pipeline;

/// <summary>A dateline without a wire agency ("PERTH —") still gives the story its dateline city, from the reference cities.</summary>
public sealed class DatelineMetadataTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void A_plain_dateline_fills_the_dateline_city_and_a_wire_dateline_keeps_its_own()
    {
        const string Html = "<html><body><article><h1>Harrow Metals restarts its mill</h1>"
            + "<p>PERTH — Harrow Metals Corp said on Monday it had restarted the mill at its Kestrel project after a two-month shutdown for maintenance.</p>"
            + "<p>The company expects to process about 1.2 million tonnes of ore in the coming year, its chief executive said in a statement.</p>"
            + "</article></body></html>";
        Pipeline.Extract(new RawDocument("perth.html", Encoding.UTF8.GetBytes(Html))).Metadata.DatelineCity.Should().Be("Perth");

        const string Wire = "Harrow Metals restarts its mill\n\nNEW DELHI, Aug 14 (Reuters) - Harrow Metals Corp said on Monday it had restarted the mill at its Kestrel project after a two-month shutdown.";
        var wire = Pipeline.Extract(new RawDocument("wire.txt", Encoding.UTF8.GetBytes(Wire))).Metadata;
        wire.DatelineCity.Should().Be("New Delhi");
        wire.Agency.Should().Be("Reuters");

        const string Label = "Harrow Metals results\n\nASX ANNOUNCEMENT - Harrow Metals Corp is pleased to report the results of its feasibility study for the Kestrel project.";
        Pipeline.Extract(new RawDocument("label.txt", Encoding.UTF8.GetBytes(Label))).Metadata.DatelineCity.Should().BeNull();
    }

    [Theory]
    [InlineData("KALGOORLIE, Australia, May 2 (Reuters) - ", "Kalgoorlie", "Reuters")]
    [InlineData("TOKYO/SYDNEY, May 2 (Reuters) - ", "Tokyo", "Reuters")]
    [InlineData("Kuantan (Malaysia), May 2 (AFP) - ", "Kuantan", "AFP")]
    [InlineData("BEIJING, March 3 (Xinhua) -- ", "Beijing", "Xinhua")]
    [InlineData("SHANGHAI, Nov 14 (SMM) - ", "Shanghai", "SMM")]
    [InlineData("LONDON (Fastmarkets) - ", "London", "Fastmarkets")]
    [InlineData("RIYADH, July 15 (Argus) - ", "Riyadh", "Argus")]
    public void A_wire_or_price_agency_dateline_with_a_country_or_several_cities_still_names_its_agency(string dateline, string city, string agency)
    {
        var text = "Harrow Metals restarts its mill\n\n" + dateline + "Harrow Metals Corp said on Monday it had restarted the mill at its Kestrel project after a two-month shutdown.";
        var metadata = Pipeline.Extract(new RawDocument("wire.txt", Encoding.UTF8.GetBytes(text))).Metadata;
        metadata.DatelineCity.Should().Be(city);
        metadata.Agency.Should().Be(agency);
    }
}
