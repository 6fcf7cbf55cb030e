namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>
/// The seed aggregator's unrelated "Related Articles" block (Cases/seed-related-articles): its names are found when
/// that text is given, which shows the lists are data-driven, and they never leak into the IREL story.
/// </summary>
public sealed class SeedRelatedArticlesTests
{
    private static readonly Lazy<string> Text = new(() =>
        File.ReadAllText(Path.Combine(TestFiles.CasesDirectory, "seed-related-articles", "main-text.txt")));

    [Fact]
    public void Grab_and_WeRide_are_found_in_their_own_text()
    {
        TestFiles.Recognize(Text.Value).Organisations.Select(o => o.Id).Should().Contain(["grab", "weride"]);
    }

    [Fact]
    public void Outlets_of_the_block_are_sources_not_organisations()
    {
        TestFiles.Recognize(Text.Value).Organisations.Select(o => o.Id)
            .Should().NotContain(["cna", "independent-singapore", "tech-in-asia"]);
    }

    [Fact]
    public void Singapore_India_and_the_UK_are_found_in_their_own_text()
    {
        TestFiles.Recognize(Text.Value).Countries.Select(c => c.Code).Should().Contain(["SG", "IN", "GB", "CN"]);
    }

    [Fact]
    public void PM_Lawrence_Wong_is_not_promethium_and_the_block_has_no_elements()
    {
        TestFiles.Recognize(Text.Value).Elements.Should().BeEmpty();
    }

    [Fact]
    public void Money_in_the_block_is_not_a_tonnage()
    {
        TestFiles.Recognize(Text.Value).Tonnages.Should().BeEmpty();
    }
}
