namespace RareEarthWatch.Data.Model;

public enum OrganisationOrigin
{
    /// <summary>From the project's reference file (companies.csv); refreshed from it at start-up until an analyst edits it.</summary>
    ReferenceFile,

    /// <summary>Added by an analyst.</summary>
    Analyst,

    /// <summary>A candidate found in articles and accepted by an analyst.</summary>
    Candidate,
}

/// <summary>
/// An organisation of the reference data; <see cref="Id"/> is a stable slug. Analysts can add
/// aliases, merge it into another organisation, or retire it as "not an organisation"; their
/// changes win over the reference file from then on (<see cref="EditedUtc"/> is set).
/// </summary>
public sealed class Organisation
{
    public const char AliasSeparator = '|';

    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? CountryCode { get; set; }
    public string? ParentId { get; set; }

    /// <summary>Names matched case-insensitively, <see cref="AliasSeparator"/>-separated.</summary>
    public string? Aliases { get; set; }

    /// <summary>Names matched case-sensitively and only with context (acronyms, tickers).</summary>
    public string? AmbiguousAliases { get; set; }

    public OrganisationOrigin Origin { get; set; }
    public DateTime? EditedUtc { get; set; }

    /// <summary>Set when an analyst merged this organisation into another: its names now find that one.</summary>
    public string? MergedIntoId { get; set; }

    /// <summary>Set when an analyst said this is not an organisation: it is no longer recognised.</summary>
    public bool Retired { get; set; }

    public IReadOnlyList<string> AliasList => Split(Aliases);

    public IReadOnlyList<string> AmbiguousAliasList => Split(AmbiguousAliases);

    public bool IsActive => MergedIntoId is null && !Retired;

    public static string? Join(IEnumerable<string> names)
    {
        // Names that differ only in case are both kept: "JL MAG" and "JL Mag", "DENSO" and "Denso" are matched as written.
        var list = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join(AliasSeparator, list);
    }

    private static string[] Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(AliasSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A name an analyst marked as "not an organisation": never recognised or proposed as one.</summary>
public sealed class ExcludedName
{
    public required string Name { get; init; }
    public required DateTime CreatedUtc { get; init; }
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
