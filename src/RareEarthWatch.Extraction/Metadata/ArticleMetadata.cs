namespace RareEarthWatch.Extraction.Metadata;

/// <summary>
/// Facts about the article around its text. Missing is <c>null</c>, never a guess.
/// <see cref="PublishedSource"/> records which source won (e.g. "json-ld:datePublished",
/// "meta:article:published_time", "text:date line"), because the chosen date is evidence too.
/// A page that gives its date without a time zone yields <see cref="Published"/> at offset zero
/// with <see cref="PublishedHasTimeZone"/> false: that is the clock time the page showed, in a zone
/// it did not state, and must be shown so ("14 Aug 2025 20:41, time zone not stated"), never as UTC.
/// <see cref="Authors"/> come from structured data (JSON-LD, meta author, wire credits) and, when
/// the page has none, from the visible byline of the article.
/// </summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? PublishedSource { get; init; }

    /// <summary>
    /// The <see cref="PublishedSource"/> of a date read from a dateline that writes no year ("SYDNEY, Oct 30 (Reuters) -"):
    /// its year is the upload's, which pages say next to the date.
    /// </summary>
    public const string DatelineYearFromReceipt = "text:dateline (year from when the file was received)";

    /// <summary>True when <paramref name="publishedSource"/> says the year was taken from the upload, not the page.</summary>
    public static bool YearFromReceipt(string? publishedSource) =>
        publishedSource?.StartsWith(DatelineYearFromReceipt, StringComparison.Ordinal) == true;
    public string? Outlet { get; init; }
    public string? Agency { get; init; }
    public string? CanonicalUrl { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? DatelineCity { get; init; }
    public string? Language { get; init; }

    /// <summary>True when the page stated the time zone or UTC offset of <see cref="Published"/>; false when it did not (or there is no date).</summary>
    public bool PublishedHasTimeZone { get; init; }

    /// <summary>True when the page stated a time of day for <see cref="Published"/>; false for a date alone (then the time reads 00:00 and means nothing).</summary>
    public bool PublishedHasTime { get; init; }

    /// <summary>Where <see cref="Authors"/> came from: "structured" (JSON-LD, meta, wire credits), "byline" (the visible "By ..." line), or null when there are none.</summary>
    public string? AuthorsSource { get; init; }
}
