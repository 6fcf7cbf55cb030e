using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.Entities;
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
    TextFingerprint Fingerprint);
