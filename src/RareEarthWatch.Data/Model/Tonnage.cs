namespace RareEarthWatch.Data.Model;

/// <summary>A quantity of material stated in an article, in metric tonnes, with its evidence.</summary>
public sealed class Tonnage
{
    public int Id { get; private set; }
    public int ArticleId { get; private set; }
    public Article Article { get; private set; } = null!;
    public double? Min { get; init; }
    public double? Max { get; init; }
    public required string Unit { get; init; }
    public required string UnitAsWritten { get; init; }
    public string? Qualifier { get; init; }
    public string? Material { get; init; }
    public string? ElementSymbol { get; init; }
    public string? ProductId { get; init; }
    public string? Basis { get; init; }
    public string? Measure { get; init; }
    public required string Period { get; init; }

    /// <summary>The window the figure's own words name, as written ("2024", "fiscal 2026", "September quarter"), or null.</summary>
    public string? PeriodDetail { get; init; }
    public string? SubjectId { get; init; }
    public string? SubjectName { get; init; }

    /// <summary>organisation, country or candidate (an organisation not in the reference data).</summary>
    public string? SubjectKind { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required int SentenceStart { get; init; }
    public required string Sentence { get; init; }
}
