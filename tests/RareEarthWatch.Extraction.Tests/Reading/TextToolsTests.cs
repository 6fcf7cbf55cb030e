using System.Text;
using FluentAssertions;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>The allocation-free text helpers the block filter uses agree with the plain ones they replace.</summary>
public sealed class TextToolsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Related stories", 2)]
    [InlineData("  Most Read from Bloomberg Businessweek: ", 5)]
    [InlineData("Lynas said output of NdPr rose 12% to 2,000 t in the quarter.", 14)]
    [InlineData("稀土 出口", 2)]
    public void Has_at_most_words_agrees_with_the_word_count(string text, int words)
    {
        TextTools.WordCount(text).Should().Be(words);
        TextTools.HasAtMostWords(text, words).Should().BeTrue();
        if (words > 0)
        {
            TextTools.HasAtMostWords(text, words - 1).Should().BeFalse();
        }
    }

    [Theory]
    [InlineData("China tightens rare-earth export rules", "China Tightens Rare Earth Export Rules!", true)]
    [InlineData("China tightens rare-earth export rules", "China tightens rare-earth export rules, again", false)]
    [InlineData("China tightens rare-earth export rules", "China tightens", false)]
    [InlineData("Ölpreis steigt", "ÖLPREIS — steigt", true)]
    public void Has_key_agrees_with_comparing_keys(string title, string text, bool same)
    {
        var key = TextTools.Key(title);

        TextTools.HasKey(text, key).Should().Be(same);
        (TextTools.Key(text) == key).Should().Be(same);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("  lead and\u00a0trail \n", "lead and trail")]
    [InlineData("zero\u200bwidth  gaps\t\tand tabs", "zero width gaps and tabs")]
    [InlineData(" \n\t ", "")]
    [InlineData("", "")]
    public void Normalize_space_from_a_string_or_a_builder_gives_the_same_text(string text, string expected)
    {
        TextTools.NormalizeSpace(text).Should().Be(expected);

        // A builder in several chunks, as the block collector fills it one text node at a time.
        var builder = new StringBuilder(2);
        foreach (var part in text.Chunk(3))
        {
            builder.Append(part);
        }

        TextTools.NormalizeSpace(builder).Should().Be(expected);
    }
}

/// <summary>Furniture lines, and the blog shortcode kept apart from them so the furniture pattern compiles.</summary>
public sealed class FurnitureLineTests
{
    [Theory]
    [InlineData("Advertisement", true)]
    [InlineData("  Story continues below advertisement ", true)]
    [InlineData("[caption id=\"attachment_12\" align=\"alignnone\"]Lynas plant at Kalgoorlie[/caption]", true)]
    [InlineData("[embed]https://example.org/video[/embed]", true)]
    [InlineData("[caption]opened but never closed", false)]
    [InlineData("Lynas said it would share the cost of the plant.", false)]
    public void A_line_of_furniture_is_recognised(string line, bool furniture) =>
        BoilerplateRules.IsFurniture(line).Should().Be(furniture);
}
