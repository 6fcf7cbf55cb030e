using RareEarthWatch.Extraction.Stories;
using RareEarthWatch.Extraction.Tests.Reading;

namespace RareEarthWatch.Extraction.Tests.Stories;

/// <summary>Copies of one story score high, different stories on the same topic score low.</summary>
public sealed class TextFingerprintTests
{
    private static readonly string BusinessStandard = TestFiles.ReadSeed("irel-japan-korea-magnets-business-standard.txt").MainText;
    private static readonly string Syndicated = TestFiles.ReadSeed("irel-japan-korea-magnets-daily8-syndicated.txt").MainText;

    private const string OtherRareEarthStory =
        "Lynas Rare Earths said on Wednesday it had produced its first dysprosium oxide at its plant in Malaysia, the first " +
        "separated heavy rare earths made outside China in decades. The Australian miner said the facility would process " +
        "heavy rare earth feedstock once the circuit was commissioned. China controls nearly all of the world's heavy rare " +
        "earths separation capacity and added dysprosium and terbium to its export-control list in April.";

    [Fact]
    public void The_two_seed_copies_are_one_story_despite_edits_and_reordering()
    {
        var a = TextFingerprint.Compute(BusinessStandard);
        var b = TextFingerprint.Compute(Syndicated);
        a.Containment(b).Should().BeGreaterThan(0.7);
        a.BandKeys().Intersect(b.BandKeys()).Should().NotBeEmpty("copies must meet as candidates through the index");
    }

    [Fact]
    public void A_different_rare_earth_story_does_not_match()
    {
        var a = TextFingerprint.Compute(BusinessStandard);
        var other = TextFingerprint.Compute(OtherRareEarthStory);
        a.Containment(other).Should().BeLessThan(0.2);
    }

    [Fact]
    public void A_text_matches_itself_exactly_and_survives_storage()
    {
        var a = TextFingerprint.Compute(Syndicated);
        var stored = TextFingerprint.FromBytes(a.ToBytes());
        stored.Similarity(a).Should().Be(1.0);
        stored.ShingleCount.Should().Be(a.ShingleCount);
    }

    [Fact]
    public void Case_and_punctuation_do_not_change_the_fingerprint()
    {
        var a = TextFingerprint.Compute("The state miner has the capacity to produce 400-500 metric tons of neodymium annually.");
        var b = TextFingerprint.Compute("THE STATE MINER HAS THE CAPACITY TO PRODUCE 400 500 METRIC TONS OF NEODYMIUM ANNUALLY");
        a.Similarity(b).Should().Be(1.0);
    }

    [Fact]
    public void Text_too_short_to_compare_matches_nothing()
    {
        var tiny = TextFingerprint.Compute("Rare earths");
        tiny.ShingleCount.Should().Be(0);
        tiny.BandKeys().Should().BeEmpty();
        tiny.Containment(TextFingerprint.Compute(Syndicated)).Should().Be(0);
    }
}
