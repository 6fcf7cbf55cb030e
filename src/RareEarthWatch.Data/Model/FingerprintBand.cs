namespace RareEarthWatch.Data.Model;

/// <summary>A locality-sensitive hash key of an article's text: articles sharing a key are candidate copies.</summary>
public sealed class FingerprintBand
{
    public int Id { get; private set; }
    public int ArticleId { get; private set; }
    public required string Key { get; init; }
}
