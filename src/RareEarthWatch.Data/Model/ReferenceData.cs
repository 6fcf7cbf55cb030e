namespace RareEarthWatch.Data.Model;

/// <summary>An organisation of the reference data; <see cref="Id"/> is the gazetteer's stable slug.</summary>
public sealed class Organisation
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? CountryCode { get; set; }
    public string? ParentId { get; set; }
    public string? Aliases { get; set; }
}

/// <summary>A country by ISO 3166-1 alpha-2 code.</summary>
public sealed class Country
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? Region { get; set; }
}

/// <summary>One of the 17 rare-earth elements.</summary>
public sealed class Element
{
    public required string Symbol { get; init; }
    public required string Name { get; set; }
    public required int AtomicNumber { get; set; }
    public required string Group { get; set; }
}
