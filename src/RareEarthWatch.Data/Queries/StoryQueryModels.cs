namespace RareEarthWatch.Data.Queries;

/// <summary>
/// Filters of the story list. Each value may be a code or a name: country "JP" or "Japan",
/// organisation "irel" or "IREL (India) Limited", element "Nd" or "neodymium". <see cref="Q"/>
/// searches titles and article text.
/// </summary>
public sealed record StoryFilter(
    string? Country = null,
    string? Organisation = null,
    string? Element = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Q = null,
    int Page = 1,
    int PageSize = StoryFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

public sealed record StoryListItem(int Id, string Title, DateOnly? Published, int SourceCount, IReadOnlyList<string> Outlets);

public sealed record StoryPage(int Total, int Page, int PageSize, IReadOnlyList<StoryListItem> Items)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>A filter value with the number of stories (not mentions) that carry it.</summary>
public sealed record Facet(string Key, string Name, int Stories);

public sealed record StoryFacets(IReadOnlyList<Facet> Countries, IReadOnlyList<Facet> Organisations, IReadOnlyList<Facet> Elements);

/// <summary>A filter as resolved against the reference data: the keys it stands for and their display names.</summary>
public sealed record ResolvedFilter(
    string? CountryCode,
    string? CountryName,
    string? OrganisationId,
    string? OrganisationName,
    string? ElementSymbol,
    string? ElementName,
    IReadOnlyList<string> Problems);

public sealed record StoryDetail(
    int Id,
    string Title,
    DateOnly? Published,
    DateTime? PublishedUtc,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<OrganisationFact> Organisations,
    IReadOnlyList<CountryFact> Countries,
    IReadOnlyList<ElementFact> Elements,
    IReadOnlyList<TonnageView> Tonnages,
    IReadOnlyList<EvidenceView> RareEarths,
    IReadOnlyList<CandidateFact> Candidates);

/// <summary>A name in the story that looks like an organisation but is not in the reference data yet.</summary>
public sealed record CandidateFact(int Id, string Name, IReadOnlyList<EvidenceView> Evidence);

public sealed record SourceView(
    int ArticleId,
    string? Title,
    string? Outlet,
    string? Agency,
    string FileName,
    DateOnly? Published,
    DateTime? PublishedUtc,
    int? PublishedOffsetMinutes,
    string? PublishedSource,
    string Format,
    DateTime ImportedUtc,
    string? DatelineCity,
    string? CanonicalUrl,
    bool PublishedHasTimeZone = true,
    bool PublishedHasTime = true,
    string? Authors = null)
{
    /// <summary>The publication time as the source printed it, in its own offset.</summary>
    public DateTimeOffset? PublishedLocal => PublishedUtc is { } utc && PublishedOffsetMinutes is { } minutes
        ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified).AddMinutes(minutes), TimeSpan.FromMinutes(minutes))
        : null;
}

/// <summary>A sentence that proves a fact, with the span to highlight and the source it came from.</summary>
public sealed record EvidenceView(int ArticleId, string SourceLabel, string Sentence, int HighlightStart, int HighlightLength, int SentenceStart = 0)
{
    /// <summary>Where the matched span starts in the article's stored main text.</summary>
    public int MainTextStart => SentenceStart + HighlightStart;
}

public sealed record OrganisationFact(string Id, string Name, string Kind, string? CountryCode, IReadOnlyList<EvidenceView> Evidence);

public sealed record CountryFact(string Code, string Name, IReadOnlyList<EvidenceView> Evidence);

public sealed record ElementFact(string Symbol, string Name, IReadOnlyList<string> Products, IReadOnlyList<EvidenceView> Evidence);

public sealed record TonnageView(
    double? Min,
    double? Max,
    string Unit,
    string? Qualifier,
    string? Material,
    string? ElementSymbol,
    string? Basis,
    string? Measure,
    string Period,
    string? SubjectId,
    string? SubjectName,
    IReadOnlyList<EvidenceView> Evidence,
    string? SubjectKind = null,
    string? PeriodDetail = null,
    string? ProductId = null)
{
    /// <summary>Every element the material names ("Nd|Pr", "Dy|Tb" as a list); empty when it names none.</summary>
    public IReadOnlyList<string> ElementSymbols =>
        string.IsNullOrEmpty(ElementSymbol) ? [] : ElementSymbol.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The page of the subject: an organisation's or a country's; a candidate (not yet reviewed) has none.</summary>
    public string? SubjectPath => (SubjectKind, SubjectId) switch
    {
        (_, null) => null,
        ("country", var code) => $"/countries/{code}",
        ("organisation", var id) => $"/organisations/{id}",
        _ => null,
    };
}

/// <summary>A tonnage as listed on the dashboard, with the story it belongs to.</summary>
public sealed record LatestTonnage(int StoryId, string StoryTitle, DateOnly? Published, TonnageView Tonnage);

/// <summary>The latest tonnages about one subject, and how many distinct tonnages the stored stories give for it in all.</summary>
public sealed record TonnageSlice(IReadOnlyList<LatestTonnage> Items, int Total)
{
    public bool IsPartial => Total > Items.Count;
}

public sealed record DashboardView(
    int Stories,
    int Sources,
    int Organisations,
    int Countries,
    IReadOnlyList<StoryListItem> LatestStories,
    StoryFacets Top,
    IReadOnlyList<LatestTonnage> LatestTonnages);

public sealed record OrganisationView(
    string Id,
    string Name,
    string Kind,
    string? CountryCode,
    string? CountryName,
    string? ParentId,
    string? ParentName,
    IReadOnlyList<string> Aliases,
    string Origin,
    bool Edited,
    string? MergedIntoId,
    bool Retired);

/// <summary>An organisation of the reference data, for lists and pickers.</summary>
public sealed record OrganisationSummary(string Id, string Name, string Kind, string? CountryCode, string Origin);

public sealed record CountryView(string Code, string Name, string? Region);

public sealed record ElementView(string Symbol, string Name, int AtomicNumber, string Group)
{
    /// <summary>The key that stands for "rare earths" in general in element filters and facets.</summary>
    public const string RareEarthsKey = "REE";

    public const string RareEarthsName = "rare earths (general)";

    public bool IsRareEarthsTag => Symbol == RareEarthsKey;
}

public sealed record UploadView(
    int Id,
    string FileName,
    long SizeBytes,
    string Origin,
    DateTime ReceivedUtc,
    string Status,
    string? Reason,
    int? StoryId,
    string? StoryTitle,
    int Attempts,
    bool CanRetry);

/// <summary>What is needed to show where an article's text came from in its stored raw file.</summary>
public sealed record ArticleSourceInfo(int ArticleId, int StoryId, string StoryTitle, string FileName, string Sha256, string MainText, string Format);

/// <summary>A candidate organisation awaiting review, with where it was seen.</summary>
public sealed record CandidateView(
    int Id,
    string Name,
    string? KindHint,
    string? CountryCode,
    DateTime FirstSeenUtc,
    int Stories,
    IReadOnlyList<CandidateEvidence> Evidence);

public sealed record CandidateEvidence(int StoryId, string StoryTitle, string Sentence, int HighlightStart, int HighlightLength);
