using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.MainText.Provenance;
using RareEarthWatch.Extraction.Metadata;
using RareEarthWatch.Extraction.Stories;

namespace RareEarthWatch.Extraction;

/// <summary>All that the pipeline found in one file.</summary>
public sealed record ExtractionResult(
    string FileName,
    DocumentFormat Format,
    ArticleMetadata Metadata,
    string MainText,
    ArticleEntities Entities,
    TextFingerprint Fingerprint)
{
    /// <summary>Where each character of <see cref="MainText"/> came from in the decoded page.</summary>
    public SourceMap Source { get; init; } = SourceMap.Empty;
}
