using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Tests.Entities;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Default.Split(text).Select(s => s.Text).ToList();

    [Theory]
    [InlineData("The U.S. Department of Defense bought shares. It paid $400 million.", 2)]
    [InlineData("Dr. Smith met Lynas Co. officials. They agreed.", 2)]
    [InlineData("China's Announcement No.18 covers seven elements. No. 57 added five more.", 2)]
    [InlineData("Output rose 1.5 times to 3.2 kt. Prices fell.", 2)]
    [InlineData("J. R. Smith of the U.K. firm spoke. He left.", 2)]
    [InlineData("He said: \"We will grow.\" The shares rose.", 2)]
    [InlineData("First paragraph without a full stop\n\nSecond paragraph.", 2)]
    [InlineData("Is it viable? Analysts doubt it! Shares fell.", 3)]
    [InlineData("Ore reserves rose to 21.4 Mt. The miner also raised its resource estimate.", 2)]
    [InlineData("The Mt. Weld mine and Mt Weld concentrator ran all year.", 1)]
    [InlineData("Terbium oxide held at 7.2 million yuan/mt. Metal plants were estimated to hold 2,500 mt of oxide.", 2)]
    [InlineData("Prices rose to 612,500 yuan per mt. Traders said demand was firm.", 2)]
    [InlineData("The oxide goes to Toyota Tsusho Corp. The trader will sell it on to magnet makers.", 2)]
    [InlineData("Arafura signed with Hyundai Motor Co. Ltd. It will take 1,500 tonnes a year.", 2)]
    [InlineData("Lynas Rare Earths Ltd. Chief Executive Amanda Lacaze said output rose.", 1)]
    [InlineData("The deal with Neo Performance Materials Inc. was signed on Monday.", 1)]
    public void Splits_at_sentence_ends_only(string text, int expected)
    {
        Split(text).Should().HaveCount(expected);
    }

    [Fact]
    public void Sentences_are_exact_substrings()
    {
        const string Text = "  Lynas Rare Earths Ltd. said on Monday output rose.\n\nThe U.S. plant opens in 2026.  ";
        foreach (var sentence in SentenceSplitter.Default.Split(Text))
        {
            Text.Substring(sentence.Start, sentence.Text.Length).Should().Be(sentence.Text);
            sentence.Text.Should().Be(sentence.Text.Trim());
        }
    }
}
