namespace RareEarthWatch.Data.Model;

public enum CandidateStatus
{
    Unreviewed,
    Accepted,
    Rejected,
}

/// <summary>
/// A name that looks like an organisation (legal suffix, "Rare Earths", "Ministry of ...") but is
/// not in the reference data, waiting for an analyst to accept or reject it.
/// </summary>
public sealed class OrganisationCandidate
{
    public int Id { get; private set; }
    public required string Name { get; init; }
    public string? KindHint { get; set; }
    public string? CountryCode { get; set; }
    public CandidateStatus Status { get; set; }
    public required DateTime FirstSeenUtc { get; init; }
    public DateTime? ReviewedUtc { get; set; }

    /// <summary>The organisation it became (accepted as new, or as another name of an existing one).</summary>
    public string? OrganisationId { get; set; }
}

/// <summary>One place an article names a candidate, with its sentence.</summary>
public sealed class CandidateMention
{
    public int Id { get; private set; }
    public int ArticleId { get; private set; }
    public int CandidateId { get; private set; }
    public required OrganisationCandidate Candidate { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required int SentenceStart { get; init; }
    public required string Sentence { get; init; }
}
