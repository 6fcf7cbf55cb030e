namespace RareEarthWatch.Extraction.Entities;

/// <summary>The reference data the recognisers match against. PLACEHOLDER: replaced by the CSV loader.</summary>
public sealed class Gazetteer
{
    public IReadOnlyList<OrganisationEntry> Organisations { get; init; } = [];
    public IReadOnlyList<CountryEntry> Countries { get; init; } = [];
    public IReadOnlyList<ElementEntry> Elements { get; init; } = [];
    public IReadOnlyList<ProductEntry> Products { get; init; } = [];

    /// <summary>Loads the data files from <paramref name="directory"/>, or the embedded copies when it is null.</summary>
    public static Gazetteer Load(string? directory = null) => new();
}
