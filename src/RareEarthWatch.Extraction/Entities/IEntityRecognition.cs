using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Entities;

/// <summary>
/// Recognition as the pipeline uses it. The app's implementation follows the reference data as
/// analysts correct it; <see cref="GazetteerRecognition"/> uses one fixed gazetteer.
/// </summary>
public interface IEntityRecognition
{
    ArticleEntities Recognize(string mainText, ArticleMetadata metadata);
}

/// <summary>Recognition against one fixed gazetteer (the built-in files, or a folder of them).</summary>
public sealed class GazetteerRecognition(EntityRecognizer recognizer) : IEntityRecognition
{
    public ArticleEntities Recognize(string mainText, ArticleMetadata metadata) => recognizer.Recognize(mainText, metadata);
}
