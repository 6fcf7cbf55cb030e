using RareEarthWatch.Extraction.Documents;

namespace RareEarthWatch.Data.Model;

/// <summary>
/// One source of a story: a file an analyst uploaded, what the extractor read from it, and the
/// facts found in its main text. The raw file is kept (by SHA-256) so it can be read again.
/// </summary>
public sealed class Article
{
    private readonly List<Mention> _mentions = [];
    private readonly List<Tonnage> _tonnages = [];
    private readonly List<FingerprintBand> _bands = [];
    private readonly List<CandidateMention> _candidateMentions = [];

    public int Id { get; private set; }
    public int StoryId { get; private set; }
    public Story Story { get; private set; } = null!;

    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public required long SizeBytes { get; init; }
    public DocumentFormat Format { get; set; }
    public required DateTime ImportedUtc { get; init; }
    public int ExtractorVersion { get; set; }

    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Agency { get; set; }
    public string? CanonicalUrl { get; set; }
    public string? Authors { get; set; }
    public string? DatelineCity { get; set; }
    public string? Language { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateOnly? PublishedDate { get; set; }
    public int? PublishedOffsetMinutes { get; set; }

    /// <summary>False when the page gave no time zone: the time is the page's clock time, not UTC.</summary>
    public bool PublishedHasTimeZone { get; set; }

    /// <summary>False when the page gave a date without a time.</summary>
    public bool PublishedHasTime { get; set; }
    public string? PublishedSource { get; set; }
    public string MainText { get; set; } = "";
    public byte[] Fingerprint { get; set; } = [];

    /// <summary>
    /// Why the latest attempt to read it again from its raw file failed (it keeps what the earlier reading stored), or null;
    /// cleared when it is read again successfully or an upload of the same bytes restores its raw file.
    /// </summary>
    public string? RereadFailure { get; set; }

    /// <summary>When the attempt of <see cref="RereadFailure"/> was made.</summary>
    public DateTime? RereadFailedUtc { get; set; }

    public IReadOnlyCollection<Mention> Mentions => _mentions;
    public IReadOnlyCollection<Tonnage> Tonnages => _tonnages;
    public IReadOnlyCollection<FingerprintBand> Bands => _bands;
    public IReadOnlyCollection<CandidateMention> CandidateMentions => _candidateMentions;

    public void AddMention(Mention mention) => _mentions.Add(mention);

    public void AddTonnage(Tonnage tonnage) => _tonnages.Add(tonnage);

    public void AddBand(string key) => _bands.Add(new FingerprintBand { Key = key });

    public void AddCandidateMention(CandidateMention mention) => _candidateMentions.Add(mention);

    /// <summary>Drops every fact and band key, before the article is read again.</summary>
    public void ClearFacts()
    {
        _mentions.Clear();
        _tonnages.Clear();
        _bands.Clear();
        _candidateMentions.Clear();
    }
}
