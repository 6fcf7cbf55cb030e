namespace RareEarthWatch.Data.Model;

public enum MentionKind
{
    Organisation,
    Country,
    Element,

    /// <summary>"Rare earths" in general (rare earths, REE, REO...), not one element: its own tag.</summary>
    RareEarths,
}

/// <summary>
/// One piece of evidence that an article speaks of an organisation, a country or an element:
/// the matched span and its sentence, as offsets into the article's main text.
/// </summary>
public sealed class Mention
{
    public int Id { get; private set; }
    public int ArticleId { get; private set; }
    public Article Article { get; private set; } = null!;
    public required MentionKind Kind { get; init; }
    public string? OrganisationId { get; init; }
    public Organisation? Organisation { get; private set; }
    public string? CountryCode { get; init; }
    public Country? Country { get; private set; }
    public string? ElementSymbol { get; init; }
    public Element? Element { get; private set; }

    /// <summary>For elements: the product the element was named as ("neodymium oxide"), pipe-separated.</summary>
    public string? Products { get; init; }

    public required int Start { get; init; }
    public required int Length { get; init; }
    public required int SentenceStart { get; init; }
    public required string Sentence { get; init; }
}
