using System.Text;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>Missing is null, and a date without a time zone is never passed off as UTC; authors come from the visible byline when nothing structured names them.</summary>
public sealed class MetadataHonestyTests
{
    private const string Body = "<p>Lynas Rare Earths said on Monday it had produced its first heavy rare earth oxide in Malaysia, a milestone for supply outside China and for magnet makers.</p>"
        + "<p>The company said dysprosium output from its Kuantan plant would reach commercial volumes by the middle of next year, pending approvals from the regulator.</p>"
        + "<p>Analysts said the move would ease pressure on magnet makers in Japan and South Korea, who have scrambled for supply since April this year.</p>";

    private static ReadArticle Read(string head, string beforeBody = "", string outside = "") => TestFiles.NewReader().Read(new RawDocument(
        "page.html",
        Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"en\"><head><title>Lynas output</title>{head}</head><body>{outside}<article><h1>Lynas output</h1>{beforeBody}{Body}</article></body></html>")));

    [Fact]
    public void Date_with_offset_has_a_time_zone() =>
        Read("""<meta property="article:published_time" content="2025-05-19T08:30:00+08:00">""").Metadata
            .Should().Match<Metadata.ArticleMetadata>(m => m.PublishedHasTimeZone && m.PublishedHasTime && m.Published == new DateTimeOffset(2025, 5, 19, 8, 30, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void Date_without_zone_is_flagged_not_utc()
    {
        var meta = Read("""<meta property="article:published_time" content="2025-05-19T08:30:00">""").Metadata;

        meta.PublishedHasTimeZone.Should().BeFalse();
        meta.PublishedHasTime.Should().BeTrue();
        meta.Published!.Value.DateTime.Should().Be(new DateTime(2025, 5, 19, 8, 30, 0));
        meta.PublishedSource.Should().Be("meta:article:published_time (no time zone)");
    }

    [Fact]
    public void Date_alone_has_no_time_and_no_zone() =>
        Read("""<meta name="date" content="2025-05-19">""").Metadata
            .Should().Match<Metadata.ArticleMetadata>(m => !m.PublishedHasTime && !m.PublishedHasTimeZone && m.Published!.Value.Date == new DateTime(2025, 5, 19));

    [Fact]
    public void Visible_stamp_without_zone_is_flagged() =>
        Read(string.Empty, beforeBody: "<p>Published: May 19, 2025 08:30</p>").Metadata
            .Should().Match<Metadata.ArticleMetadata>(m => m.Published != null && !m.PublishedHasTimeZone && m.PublishedHasTime);

    [Fact]
    public void No_date_means_no_zone_claim() =>
        Read(string.Empty).Metadata.Should().Match<Metadata.ArticleMetadata>(m => m.Published == null && m.PublishedSource == null && !m.PublishedHasTimeZone && !m.PublishedHasTime);

    [Fact]
    public void Byline_gives_the_authors_when_nothing_structured_does()
    {
        var meta = Read(string.Empty, beforeBody: """<div class="article-byline">By <a href="/jane">Jane Doe</a> and John Roe | May 19, 2025</div>""").Metadata;

        meta.Authors.Should().Equal("Jane Doe", "John Roe");
        meta.AuthorsSource.Should().Be("byline");
    }

    [Fact]
    public void Byline_naming_a_wire_gives_the_agency() =>
        Read(string.Empty, beforeBody: """<p class="byline">By Jane Doe, Reuters</p>""").Metadata
            .Should().Match<Metadata.ArticleMetadata>(m => m.Authors.Count == 1 && m.Authors[0] == "Jane Doe" && m.Agency == "Reuters");

    [Fact]
    public void Rel_author_link_is_a_byline() =>
        Read(string.Empty, beforeBody: """<span>Words: <a rel="author" href="/a/ana">Ana Souza</a></span>""").Metadata.Authors.Should().Equal("Ana Souza");

    [Fact]
    public void Structured_author_wins_over_the_byline()
    {
        var meta = Read("""<meta name="author" content="Maria Lopez">""", beforeBody: """<p class="byline">By Jane Doe</p>""").Metadata;

        meta.Authors.Should().Equal("Maria Lopez");
        meta.AuthorsSource.Should().Be("structured");
    }

    [Fact]
    public void Byline_of_a_teaser_in_a_sidebar_is_not_the_author() =>
        Read(string.Empty, outside: """<aside><div class="teaser"><a href="/x">Other story</a><div class="byline">By Someone Else</div></div></aside>""")
            .Metadata.Should().Match<Metadata.ArticleMetadata>(m => m.Authors.Count == 0 && m.AuthorsSource == null);

    [Fact]
    public void Byline_line_that_is_not_a_name_gives_no_author() =>
        Read(string.Empty, beforeBody: """<p class="byline">By our staff</p>""").Metadata.Authors.Should().BeEmpty();

    [Fact]
    public void Plain_text_byline_gives_the_author()
    {
        const string Text = "Lynas output rises\n\nBy Jane Doe\n\nLynas Rare Earths said on Monday it had produced its first heavy rare earth oxide in Malaysia, a milestone.\n\nThe company said dysprosium output from its Kuantan plant would reach commercial volumes next year.\n";
        var meta = TestFiles.NewReader().Read(new RawDocument("a.txt", Encoding.UTF8.GetBytes(Text))).Metadata;

        meta.Authors.Should().Equal("Jane Doe");
    }

    [Fact]
    public void A_source_meta_naming_a_wire_is_the_agency() =>
        Read("""<meta name="author" content="Zhang Wei"><meta name="source" content="Xinhua">""").Metadata
            .Should().Match<Metadata.ArticleMetadata>(m => m.Agency == "Xinhua" && m.Authors.Count == 1 && m.Authors[0] == "Zhang Wei");

    [Fact]
    public void A_source_meta_naming_no_wire_gives_no_agency() =>
        Read("""<meta name="source" content="China Daily Website">""").Metadata.Agency.Should().BeNull();

    [Fact]
    public void A_news_release_dateline_gives_the_city_and_no_agency()
    {
        var meta = Read(string.Empty, beforeBody: "<p><i>Company on track to reach 1,000 tonnes per year of NdPr capacity in 2027</i></p>"
            + "<p><span class=\"legendSpanClass\">LAKEWOOD, Colo.</span>, Nov. 19, 2026 /PRNewswire/ -- Energy Fuels Inc. today announced record production of separated NdPr oxide at its mill in Utah.</p>").Metadata;
        meta.DatelineCity.Should().Be("Lakewood");
        meta.Agency.Should().BeNull();
    }

    [Fact]
    public void A_json_ld_author_typed_as_an_organisation_is_no_author() =>
        Read("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lynas output","author":{"@type":"Organization","name":"The Yomiuri Shimbun"}}</script>""")
            .Metadata.Authors.Should().BeEmpty();

    [Fact]
    public void A_json_ld_author_typed_as_a_person_and_an_organisation_is_kept() =>
        Read("""<script type="application/ld+json">{"@type":"BlogPosting","headline":"Lynas output","author":{"@type":["Person","Organization"],"name":"Tom Hargreaves"}}</script>""")
            .Metadata.Authors.Should().Equal("Tom Hargreaves");

    [Fact]
    public void A_json_ld_author_organisation_that_is_a_wire_is_the_agency() =>
        Read("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lynas output","author":{"@type":"Organization","name":"Reuters"}}</script>""")
            .Metadata.Agency.Should().Be("Reuters");
}
