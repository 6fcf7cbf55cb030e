namespace RareEarthWatch.Extraction.Metadata;

/// <summary>
/// Collects what each source says about the article (in the order the reader trusts the sources)
/// and resolves it: the first non-empty value of each field wins, and the winning date's source is
/// recorded in <see cref="ArticleMetadata.PublishedSource"/>.
/// </summary>
internal sealed partial class MetadataCandidates
{
    private readonly List<(string Value, string Source)> titles = [];
    private readonly List<(DateTimeOffset Value, string Source, int Rank, bool HasZone, bool HasTime)> published = [];
    private readonly List<string> outlets = [];
    private readonly List<string> agencies = [];
    private readonly List<string> canonicalUrls = [];
    private readonly List<string> authors = [];
    private readonly List<string> bylineAuthors = [];
    private readonly List<string> cities = [];
    private readonly List<string> languages = [];
    private DatelineDate? datelineDate;

    /// <summary>True once a structured source has named an author.</summary>
    public bool HasAuthors => authors.Count > 0;

    public string? BestTitle => titles.Count > 0 ? titles[0].Value : null;

    public void AddTitle(string? value, string source) => Add(titles, Clean(value), source);

    /// <summary>
    /// A publication date; a lower <paramref name="rank"/> wins over a higher one, ties go to the first added.
    /// Without a zone, <paramref name="value"/> holds the page's clock time at offset zero and the source says "(no time zone)".
    /// </summary>
    public void AddPublished(DateTimeOffset? value, string source, int rank, bool hasZone, bool hasTime)
    {
        if (value is { } v)
        {
            published.Add((v, hasZone ? source : $"{source} (no time zone)", rank, hasZone, hasTime));
        }
    }

    public void AddOutlet(string? value) => Add(outlets, Clean(value));

    public void AddAgency(string? value) => Add(agencies, Clean(value));

    public void AddCanonicalUrl(string? value) => Add(canonicalUrls, Clean(value));

    public void AddAuthor(string? value) => Add(authors, Clean(value));

    /// <summary>An author read from the visible byline: used only when no structured source names one.</summary>
    public void AddBylineAuthor(string? value) => Add(bylineAuthors, Clean(value));

    public void AddDatelineCity(string? value) => Add(cities, Clean(value));

    public void AddLanguage(string? value) => Add(languages, Clean(value));

    /// <summary>The date of the dateline that opens the text: used only when nothing else on the page dates the article.</summary>
    public void AddDatelineDate(DatelineDate? value) => datelineDate ??= value;

    /// <param name="received">
    /// When the file was saved or uploaded: it gives the year to a dateline that writes only the month and day
    /// ("SYDNEY, Oct 30 (Reuters) -"), as wire copy does.
    /// </param>
    public ArticleMetadata Resolve(DateTimeOffset? received = null)
    {
        if (published.Count == 0 && datelineDate is { } dateline && dateline.Resolve(received) is { } day)
        {
            var source = dateline.Year is null ? ArticleMetadata.DatelineYearFromReceipt : "text:dateline";
            published.Add((new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), $"{source} (no time zone)", int.MaxValue, false, false));
        }

        var date = published.Count == 0 ? default : published.OrderBy(p => p.Rank).First();
        return new ArticleMetadata
        {
            Title = BestTitle,
            Published = published.Count == 0 ? null : date.Value,
            PublishedSource = published.Count == 0 ? null : date.Source,
            Outlet = outlets.FirstOrDefault(),
            Agency = agencies.FirstOrDefault(),
            CanonicalUrl = canonicalUrls.FirstOrDefault(),
            Authors = authors.Count > 0 ? [.. authors] : [.. bylineAuthors],
            AuthorsSource = authors.Count > 0 ? "structured" : bylineAuthors.Count > 0 ? "byline" : null,
            PublishedHasTimeZone = published.Count > 0 && date.HasZone,
            PublishedHasTime = published.Count > 0 && date.HasTime,
            DatelineCity = cities.FirstOrDefault(),
            Language = languages.FirstOrDefault(),
        };
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Some pages encode their meta content twice ("&amp;#8216;"): what is left after parsing is still an entity.
        if (value.Contains('&', StringComparison.Ordinal) && LeftoverEntity().IsMatch(value))
        {
            value = System.Net.WebUtility.HtmlDecode(value);
        }

        return MainText.TextTools.NormalizeSpace(value);
    }

    [System.Text.RegularExpressions.GeneratedRegex("&(#[0-9]{2,6}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")]
    private static partial System.Text.RegularExpressions.Regex LeftoverEntity();

    private static void Add(List<string> list, string? value)
    {
        if (value is not null && !list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    private static void Add(List<(string, string)> list, string? value, string source)
    {
        if (value is not null)
        {
            list.Add((value, source));
        }
    }
}
