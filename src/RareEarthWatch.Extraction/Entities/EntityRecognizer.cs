using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Entities;

/// <summary>Finds organisations, countries, elements and tonnages in main text. PLACEHOLDER.</summary>
public sealed class EntityRecognizer(Gazetteer gazetteer)
{
    public Gazetteer Gazetteer { get; } = gazetteer;

    public ArticleEntities Recognize(string mainText, ArticleMetadata metadata) =>
        Gazetteer.Organisations.Count >= 0 ? ArticleEntities.Empty : ArticleEntities.Empty;
}
