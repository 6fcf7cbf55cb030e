using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>Seed irel-japan-korea-magnets-business-standard.txt: a syndicated Reuters story as plain text.</summary>
public sealed class BusinessStandardSeedTests
{
    private static readonly ReadArticle Article = TestFiles.ReadSeed("irel-japan-korea-magnets-business-standard.txt");

    private static string Text => Article.MainText;

    [Fact]
    public void Business_standard_copy_is_plain_text() => Article.Format.Should().Be(DocumentFormat.PlainText);

    [Fact]
    public void Business_standard_copy_keeps_the_capacity_sentence() => Text.Should().Contain("400-500 metric tons of neodymium");

    [Fact]
    public void Business_standard_copy_starts_with_the_pull_quote_sentence_then_the_first_body_paragraph() =>
        Text.Should().StartWith("Japan's Ministry of Economy, Trade and Industry, in charge of rare earths, did not immediately respond to a Reuters email seeking comment.\n\nIndia's state-owned miner IREL is seeking");

    [Fact]
    public void Business_standard_copy_ends_with_the_last_body_paragraph() =>
        Text.Should().EndWith("The company is also exploring potential rare earth mining opportunities in Argentina, Australia, Malawi and Myanmar, the source said.");

    [Fact]
    public void Business_standard_copy_drops_the_date_line() => Text.Should().NotContain("2025-08-14");

    [Fact]
    public void Business_standard_copy_drops_the_headline() =>
        Text.Should().NotContain("IREL seeks Japan, South Korea partnerships for rare earth magnet production");

    [Fact]
    public void Business_standard_copy_drops_the_standfirst_that_repeats_a_body_paragraph() =>
        Text.Should().NotContain("this year, source said");

    [Fact]
    public void Business_standard_copy_keeps_the_standfirst_paragraph_once_in_the_body() =>
        CountOf(Text, "The miner aims to formalise talks").Should().Be(1);

    [Fact]
    public void Business_standard_copy_keeps_the_pull_quote_once() =>
        CountOf(Text, "did not immediately respond to a Reuters email").Should().Be(1);

    [Fact]
    public void Business_standard_copy_drops_the_dateline_line() => Text.Should().NotContain("Reuters NEW DELHI");

    [Fact]
    public void Business_standard_copy_drops_the_last_updated_stamp() => Text.Should().NotContain("Last Updated");

    [Fact]
    public void Business_standard_copy_drops_the_first_published_stamp() => Text.Should().NotContain("First Published");

    [Fact]
    public void Business_standard_copy_drops_the_reporting_credits() => Text.Should().NotContain("Reporting by");

    [Fact]
    public void Business_standard_copy_drops_the_disclaimer() => Text.Should().NotContain("syndicated feed");

    [Fact]
    public void Business_standard_copy_has_no_whitespace_only_paragraphs() =>
        Text.Split("\n\n").Should().OnlyContain(p => p.Trim().Length > 0 && p == p.Trim());

    [Fact]
    public void Business_standard_copy_separates_paragraphs_by_one_blank_line() => Text.Should().NotContain("\n\n\n");

    [Fact]
    public void Business_standard_copy_has_the_title() =>
        Article.Metadata.Title.Should().Be("IREL seeks Japan, South Korea partnerships for rare earth magnet production");

    [Fact]
    public void Business_standard_copy_is_published_at_the_first_published_stamp_in_ist() =>
        Article.Metadata.Published.Should().Be(new DateTimeOffset(2025, 8, 14, 20, 41, 0, new TimeSpan(5, 30, 0)));

    [Fact]
    public void Business_standard_copy_keeps_the_ist_offset() =>
        Article.Metadata.Published!.Value.Offset.Should().Be(new TimeSpan(5, 30, 0));

    [Fact]
    public void Business_standard_copy_records_that_the_first_published_stamp_won() =>
        Article.Metadata.PublishedSource.Should().Be("text:First Published");

    [Fact]
    public void Business_standard_copy_names_reuters_as_the_agency() => Article.Metadata.Agency.Should().Be("Reuters");

    [Fact]
    public void Business_standard_copy_has_new_delhi_as_the_dateline_city() => Article.Metadata.DatelineCity.Should().Be("New Delhi");

    [Fact]
    public void Business_standard_copy_names_the_outlet_from_the_syndication_note() => Article.Metadata.Outlet.Should().Be("Business Standard");

    [Fact]
    public void Business_standard_copy_names_the_reporters_from_the_credits() =>
        Article.Metadata.Authors.Should().Equal("Neha Arora", "Jekaterina Golubkova");

    [Theory]
    [InlineData("Grab")]
    [InlineData("WeRide")]
    [InlineData("Singapore")]
    [InlineData("CNA")]
    [InlineData("Reporting by")]
    [InlineData("First Published")]
    [InlineData("Hashtags")]
    public void Business_standard_copy_contains_nothing_of_the_page_around_the_story(string boilerplate) =>
        Text.Should().NotContain(boilerplate);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
