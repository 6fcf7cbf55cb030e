namespace RareEarthWatch.Extraction.Metadata;

/// <summary>
/// Facts about the article around its text. Missing is <c>null</c>, never a guess.
/// <see cref="PublishedSource"/> records which source won (e.g. "json-ld:datePublished",
/// "meta:article:published_time", "text:date line"), because the chosen date is evidence too.
/// </summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? PublishedSource { get; init; }
    public string? Outlet { get; init; }
    public string? Agency { get; init; }
    public string? CanonicalUrl { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? DatelineCity { get; init; }
    public string? Language { get; init; }
}
