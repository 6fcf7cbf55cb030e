using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>Seed irel-japan-korea-magnets-daily8-syndicated.txt: an aggregator's copy with site furniture and unrelated teasers after it.</summary>
public sealed class Daily8SeedTests
{
    private static readonly ReadArticle Article = TestFiles.ReadSeed("irel-japan-korea-magnets-daily8-syndicated.txt");

    private static string Text => Article.MainText;

    [Fact]
    public void Aggregator_copy_has_the_first_line_as_title() =>
        Article.Metadata.Title.Should().Be("Indian miner IREL seeks Japan, South Korea partnerships for rare earth magnet production");

    [Fact]
    public void Aggregator_copy_keeps_the_fifteen_article_lines_as_paragraphs() => Text.Split("\n\n").Should().HaveCount(15);

    [Fact]
    public void Aggregator_copy_starts_with_the_first_article_line() =>
        Text.Should().StartWith("The company is looking at both Japan and South Korea");

    [Fact]
    public void Aggregator_copy_ends_with_the_last_article_line() =>
        Text.Should().EndWith("opportunities in Argentina, Australia, Malawi and Myanmar, the source said.");

    [Fact]
    public void Aggregator_copy_keeps_the_capacity_sentence() => Text.Should().Contain("400 to 500 metric tons of neodymium");

    [Fact]
    public void Aggregator_copy_drops_the_title() => Text.Should().NotContain("Indian miner IREL seeks");

    [Fact]
    public void Aggregator_copy_has_no_date() => Article.Metadata.Published.Should().BeNull();

    [Fact]
    public void Aggregator_copy_has_no_date_source() => Article.Metadata.PublishedSource.Should().BeNull();

    [Theory]
    [InlineData("Grab")]
    [InlineData("WeRide")]
    [InlineData("Singapore")]
    [InlineData("CNA")]
    [InlineData("Reporting by")]
    [InlineData("First Published")]
    [InlineData("Hashtags")]
    [InlineData("Try Our AI Features")]
    [InlineData("AI can do for you")]
    [InlineData("Comments")]
    [InlineData("No comments yet")]
    [InlineData("Related Articles")]
    [InlineData("cricket")]
    public void Aggregator_copy_contains_nothing_after_the_article(string boilerplate) => Text.Should().NotContain(boilerplate);
}
