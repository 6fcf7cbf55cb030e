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

    [Theory]
    [InlineData("SYDNEY, Oct 30 (Reuters) - ", "2026-11-25T09:00:00Z", "2026-10-30", true)]
    [InlineData("SYDNEY, Dec 30 (Reuters) - ", "2026-11-25T09:00:00Z", "2025-12-30", true)]
    [InlineData("TOKYO/SYDNEY, May 2 (Reuters) - ", "2026-05-01T20:00:00Z", "2026-05-02", true)]
    [InlineData("SHANGHAI, Nov. 14 (SMM) -- ", "2026-11-25T09:00:00Z", "2026-11-14", true)]
    [InlineData("LAKEWOOD, Colo., Nov. 19, 2024 /PRNewswire/ -- ", "2026-11-25T09:00:00Z", "2024-11-19", false)]
    [InlineData("PERTH, Western Australia, October 30, 2025 -- ", null, "2025-10-30", false)]
    public void A_dateline_dates_a_story_that_has_no_other_date_taking_the_year_from_when_the_file_was_received_when_it_writes_none(
        string dateline, string? received, string expected, bool yearInferred)
    {
        var text = "Harrow Metals restarts its mill\n\n" + dateline + "Harrow Metals Corp said on Monday it had restarted the mill at its Kestrel project after a two-month shutdown.";
        var document = new RawDocument("wire.txt", Encoding.UTF8.GetBytes(text))
        {
            Received = received is null ? null : DateTimeOffset.Parse(received, System.Globalization.CultureInfo.InvariantCulture),
        };

        var metadata = Pipeline.Extract(document).Metadata;

        DateOnly.FromDateTime(metadata.Published!.Value.DateTime).Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        metadata.PublishedSource.Should().StartWith("text:dateline");
        metadata.PublishedSource!.Contains("year from when the file was received", StringComparison.Ordinal).Should().Be(yearInferred);
        metadata.PublishedHasTime.Should().BeFalse();
        metadata.PublishedHasTimeZone.Should().BeFalse();
    }

    [Fact]
    public void A_dateline_without_a_year_leaves_the_story_undated_when_nobody_says_when_the_file_came_and_never_beats_a_page_date()
    {
        const string Wire = "Harrow Metals restarts its mill\n\nSYDNEY, Oct 30 (Reuters) - Harrow Metals Corp said on Monday it had restarted the mill at its Kestrel project after a two-month shutdown.";
        Pipeline.Extract(new RawDocument("wire.txt", Encoding.UTF8.GetBytes(Wire))).Metadata.Published.Should().BeNull();

        // A sentence that opens with a name and a date is no dateline: the city of a dateline is written in capitals.
        const string Sentence = "Harrow Metals restarts its mill\n\nHarrow Metals, Oct 30 - the company said on Monday it had restarted the mill at its Kestrel project.";
        Pipeline.Extract(new RawDocument("s.txt", Encoding.UTF8.GetBytes(Sentence)) { Received = DateTimeOffset.UnixEpoch.AddYears(56) }).Metadata.Published.Should().BeNull();

        const string Html = "<html><head><meta property=\"article:published_time\" content=\"2025-08-14T20:41:00+05:30\"></head><body><article><h1>Harrow Metals restarts its mill</h1>"
            + "<p>NEW DELHI, Aug 15 (Reuters) - Harrow Metals Corp said on Monday it had restarted the mill at its Kestrel project after a two-month shutdown for maintenance.</p>"
            + "<p>The company expects to process about 1.2 million tonnes of ore in the coming year, its chief executive said in a statement.</p>"
            + "</article></body></html>";
        var page = Pipeline.Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(Html)) { Received = DateTimeOffset.UnixEpoch.AddYears(56) }).Metadata;
        page.Published.Should().Be(new DateTimeOffset(2025, 8, 14, 20, 41, 0, new TimeSpan(5, 30, 0)));
        page.PublishedSource.Should().NotStartWith("text:dateline");
    }
}
