using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Extraction.Tests.Pipeline;

/// <summary>The app swaps in analysts' organisations with WithOrganisations; nothing else of the reference data may be lost.</summary>
public sealed class GazetteerCopyTests
{
    [Fact]
    public void WithOrganisations_keeps_every_other_list_of_the_reference_data()
    {
        var gazetteer = Gazetteer.Load();
        var copy = gazetteer.WithOrganisations([]);

        copy.Organisations.Should().BeEmpty();
        foreach (var property in typeof(Gazetteer).GetProperties().Where(p => p.Name != nameof(Gazetteer.Organisations)))
        {
            property.GetValue(copy).Should().BeSameAs(property.GetValue(gazetteer), property.Name);
        }
    }
}
