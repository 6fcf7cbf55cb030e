namespace RareEarthWatch.Extraction.Entities;

/// <summary>The reference data the recognisers match against. PLACEHOLDER: replaced by the CSV loader.</summary>
public sealed class Gazetteer
{
    public IReadOnlyList<OrganisationEntry> Organisations { get; init; } = [];
    public IReadOnlyList<CountryEntry> Countries { get; init; } = [];
    public IReadOnlyList<ElementEntry> Elements { get; init; } = [];
    public IReadOnlyList<ProductEntry> Products { get; init; } = [];

    /// <summary>The same reference data with another list of organisations (as analysts have corrected it).</summary>
    public Gazetteer WithOrganisations(IReadOnlyList<OrganisationEntry> organisations) =>
        new() { Organisations = organisations, Countries = Countries, Elements = Elements, Products = Products };

    /// <summary>Loads the data files from <paramref name="directory"/>, or the embedded copies when it is null.</summary>
    public static Gazetteer Load(string? directory = null) => new();
}
