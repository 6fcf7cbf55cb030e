namespace RareEarthWatch.Extraction.Entities;

/// <summary>An organisation of the reference data (companies.csv).</summary>
public sealed record OrganisationEntry(
    string Id,
    string Name,
    string Kind,
    string? CountryCode,
    string? ParentId,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AmbiguousAliases,
    IReadOnlyList<string>? OtherRoles = null)
{
    /// <summary>Roles besides <see cref="Kind"/> (companies.csv other_roles: "armed group", "bank", ...).</summary>
    public IReadOnlyList<string> Roles => OtherRoles ?? [];

    /// <summary>News outlets, price reporters and research firms are usually the source, not the subject.</summary>
    public bool IsSourceKind => Kind is "news outlet" or "price reporting agency" or "research firm";
}

/// <summary>A country of the reference data (countries.csv).</summary>
public sealed record CountryEntry(
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Abbreviations,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    string? Region,
    IReadOnlyList<string>? ContextRequired = null)
{
    /// <summary>
    /// Terms of this country (names, demonyms, abbreviations) that also mean something else
    /// (Georgia, Jordan, Chad, Turkey, bare "Korean"): they count only with supporting context.
    /// </summary>
    public IReadOnlyList<string> ContextRequiredTerms => ContextRequired ?? [];
}

/// <summary>A rare-earth element of the reference data (elements.csv).</summary>
public sealed record ElementEntry(
    string Symbol,
    string Name,
    int AtomicNumber,
    string Group,
    IReadOnlyList<string> Aliases);

/// <summary>A rare-earth product, intermediate, mineral or group term (products.csv).</summary>
public sealed record ProductEntry(
    string Id,
    string Name,
    IReadOnlyList<string> ElementSymbols,
    string Form,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AmbiguousAliases,
    bool ContainsRareEarths,
    string? Basis = null);

/// <summary>A dateline city (datelines.csv), used only in dateline position.</summary>
public sealed record DatelineEntry(string City, string CountryCode, IReadOnlyList<string> AltSpellings);

/// <summary>
/// A phrase that contains a country word but is not a mention of that country (blockers.csv):
/// "Indian Ocean", "New South Wales" (AU), "Inner Mongolia" (CN). <see cref="CountryCode"/> is the country it does
/// mean, if any.
/// </summary>
public sealed record BlockerEntry(string Phrase, string? CountryCode);

/// <summary>
/// A word that marks an organisation name the gazetteer does not know (org-designators.csv). <see cref="Role"/>:
/// <c>legal</c> (legal form that ends a name: Ltd, GmbH, Holdings), <c>sector</c> (sector head that ends a name:
/// Rare Earths, Mining), <c>body</c> (Agency, Commission), <c>prefix</c> (a body named by what follows: "Ministry of"),
/// <c>generic</c> (not distinctive on its own: National, Global), <c>title</c> (a job title after a name: CEO) and
/// <c>noise</c> (capitalised words stripped from the start of a name: The, However, Monday).
/// <see cref="KindHint"/> is the organisation kind the designator suggests (miner, ministry...).
/// </summary>
public sealed record DesignatorEntry(string Phrase, string Role, string? KindHint);

/// <summary>
/// A state or province (regions.csv) that names its country in a dateline after a city ("CLEVELAND, Ohio -",
/// "ST. JOSEPH, Mich. (AP)"). Never a country mention in running text.
/// </summary>
public sealed record RegionEntry(string Name, string CountryCode, IReadOnlyList<string> Abbreviations);

/// <summary>
/// A country word with an everyday reading in general news (everyday-words.csv). <see cref="Role"/>: <c>heritage</c> (a word a
/// demonym describes as an American's heritage: "the Korean-American author"), <c>given-name</c> (a country name that is also a
/// given name: "Kenya Moore said") and <c>surname</c> (also a surname: "Kathy Ireland praised").
/// </summary>
public sealed record EverydayWordEntry(string Word, string Role);
