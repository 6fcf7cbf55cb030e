using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>A byline names people; a role in the byline's place ("By Staff Writer") is no author.</summary>
public sealed class BylineTests
{
    [Theory]
    [InlineData("By Jane Marsh and Ravi Menon", "Jane Marsh|Ravi Menon")]
    [InlineData("By Staff Writer", "")]
    [InlineData("By Our Correspondent", "")]
    [InlineData("By Web Desk | Updated 14 Aug", "")]
    [InlineData("By Special Correspondent and Jane Marsh", "Jane Marsh")]
    public void Roles_are_not_authors(string line, string expected) =>
        Bylines.Parse(line).Names.Should().Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries));
}
