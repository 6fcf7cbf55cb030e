namespace RareEarthWatch.Extraction.Entities;

/// <summary>Everything recognised in one article's main text, each fact with its evidence.</summary>
public sealed record ArticleEntities(
    IReadOnlyList<OrganisationMatch> Organisations,
    IReadOnlyList<CountryMatch> Countries,
    IReadOnlyList<ElementMatch> Elements,
    IReadOnlyList<TonnageFact> Tonnages,
    bool MentionsRareEarths = false,
    IReadOnlyList<Evidence>? RareEarthsEvidence = null,
    IReadOnlyList<CandidateMatch>? Candidates = null)
{
    public static ArticleEntities Empty { get; } = new([], [], [], []);

    /// <summary>
    /// Organisations the reference data does not know, found by their designators ("Serra Verde Group", "Ministry of
    /// Mines and Energy"): unreviewed candidates for an analyst to accept or reject. Never null.
    /// </summary>
    public IReadOnlyList<CandidateMatch> Candidates { get; init; } = Candidates ?? [];

    /// <summary>
    /// Where the text speaks of rare earths generically ("rare earths", "REE", "REO", "heavy rare earths", "rare earth
    /// magnets"): these do not add all 17 elements to <see cref="Elements"/>. Empty when <see cref="MentionsRareEarths"/> is false.
    /// </summary>
    public IReadOnlyList<Evidence> RareEarthsEvidenceOrEmpty => RareEarthsEvidence ?? [];

    /// <summary>
    /// The city of a dateline that opens the text ("PERTH —", "SAO PAULO -", "NEW DELHI:"), as a city of the reference data,
    /// in title case; null when the text opens with none. Fills the metadata's dateline city when no wire dateline gave one.
    /// </summary>
    public string? DatelineCity { get; init; }
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
/// (<see cref="Unit"/> is "t"); an open bound is <c>null</c>. <see cref="Period"/> uses the vocabulary of
/// docs/domain/tonnages.md: per_year, per_year_implied, per_quarter, per_day, per_unit, year, half_year, month,
/// one_off, cumulative, none (stocks such as reserves), unknown. <see cref="ElementSymbol"/> is the element the
/// material names; for a product naming several it holds them pipe-separated ("Nd|Pr" for NdPr oxide).
/// <see cref="SubjectId"/>/<see cref="SubjectName"/> name the organisation or country it is about;
/// <see cref="SubjectKind"/> (<see cref="SubjectKinds"/>) says which, and for an organisation candidate (not in the
/// reference data) <see cref="SubjectId"/> is null and <see cref="SubjectName"/> is the candidate's name.
/// <see cref="PeriodDetail"/> is the window the figure's own words name, as written ("2024", "fiscal 2026", "September
/// quarter", "1H25", "May"), or null.
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
    Evidence Evidence,
    string? SubjectKind = null,
    string? PeriodDetail = null);

/// <summary>What <see cref="TonnageFact.SubjectName"/> is: a gazetteer organisation, a country, or an organisation candidate (no id).</summary>
public static class SubjectKinds
{
    public const string Organisation = "organisation";
    public const string Country = "country";
    public const string Candidate = "candidate";
}

/// <summary>
/// An organisation name not in the reference data, found by a designator (legal form, sector head, "Ministry of ...").
/// <see cref="Name"/> is the longest form written in the text; <see cref="KindHint"/> the kind its designator suggests
/// (miner, ministry, company...); <see cref="CountryCode"/> a country the text attaches to it ("Brazil's Serra Verde
/// Group"), or null. Repeated mentions and short forms ("Serra Verde") are merged into one candidate.
/// </summary>
public sealed record CandidateMatch(string Name, string? KindHint, string? CountryCode, IReadOnlyList<Evidence> Evidence);
