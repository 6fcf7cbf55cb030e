namespace RareEarthWatch.Extraction.Entities;

/// <summary>Everything recognised in one article's main text, each fact with its evidence.</summary>
public sealed record ArticleEntities(
    IReadOnlyList<OrganisationMatch> Organisations,
    IReadOnlyList<CountryMatch> Countries,
    IReadOnlyList<ElementMatch> Elements,
    IReadOnlyList<TonnageFact> Tonnages)
{
    public static ArticleEntities Empty { get; } = new([], [], [], []);
}

/// <summary>An organisation from the gazetteer (<see cref="Id"/> is its stable slug).</summary>
public sealed record OrganisationMatch(
    string Id,
    string Name,
    string Kind,
    string? CountryCode,
    string? ParentId,
    IReadOnlyList<Evidence> Evidence);

/// <summary>A country by ISO 3166-1 alpha-2 code.</summary>
public sealed record CountryMatch(string Code, string Name, IReadOnlyList<Evidence> Evidence);

/// <summary>A rare-earth element, with the products it was mentioned as (e.g. "neodymium oxide").</summary>
public sealed record ElementMatch(
    string Symbol,
    string Name,
    IReadOnlyList<string> Products,
    IReadOnlyList<Evidence> Evidence);

/// <summary>
/// A quantity of material. <see cref="Min"/> and <see cref="Max"/> are in metric tonnes
/// (<see cref="Unit"/> is "t"); an open bound is <c>null</c>. <see cref="Period"/> is one of
/// per_year, per_quarter, per_month, per_day, half_year, year, cumulative, one_off, unknown.
/// <see cref="SubjectId"/>/<see cref="SubjectName"/> name the organisation or country it is about.
/// </summary>
public sealed record TonnageFact(
    double? Min,
    double? Max,
    string Unit,
    string UnitAsWritten,
    string? Qualifier,
    string? Material,
    string? ElementSymbol,
    string? ProductId,
    string? Basis,
    string? Measure,
    string Period,
    string? SubjectId,
    string? SubjectName,
    Evidence Evidence);
