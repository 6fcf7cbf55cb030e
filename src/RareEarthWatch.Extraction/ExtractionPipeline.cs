using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.MainText;
using RareEarthWatch.Extraction.Stories;

namespace RareEarthWatch.Extraction;

/// <summary>
/// load → main text and metadata → entities and tonnages → fingerprint. Pure and synchronous:
/// no I/O beyond the bytes it is given.
/// </summary>
public sealed class ExtractionPipeline(ArticleReader reader, IEntityRecognition recognition)
{
    /// <summary>
    /// Stored with every article, so articles read by an older extractor can be found and re-read: the web app re-reads them
    /// in the background when it starts. Raise it with every change that alters what is read from a stored file.
    /// 2: period details of tonnages, the release and plain-text rules of 2026-11-23.
    /// 3: the entity and tonnage rule rounds of 2026-11-23 to 2026-11-25 (docs/entities-rounds.md §10–§90) and dates read
    /// from datelines. Version 2 was not raised while those rounds landed, so a database filled before them kept their
    /// older facts until someone re-analysed by hand.
    /// 4: the rule round of the early morning of 2026-11-25 (§91–§95: tables with the unit written once, old values of
    /// changes, highlights, ships and places as candidates, ambiguous aliases the headline names in full).
    /// 5: the morning of 2026-11-25 (§96–§100): tables copied with bars or tabs kept as rows and read column by column, HTML
    /// table cells joined with " | ", a headline closing with its date, estimate marks in statistical tables.
    /// 6: the late morning of 2026-11-25 (§101–§104): wire flashes in capitals kept one line each and read without case,
    /// forecasters' figures, and that round's subject, product, measure and period rules.
    /// 7: the afternoon of 2026-11-25 (§105–): a plain-text notice keeps the issuer that signs it off above its closing
    /// date, and that session's rules.
    /// </summary>
    public const int Version = 7;

    /// <summary>Builds a pipeline with default options and the built-in gazetteer (for tools and tests).</summary>
    public static ExtractionPipeline CreateDefault(ExtractionOptions? options = null)
    {
        options ??= new ExtractionOptions();
        return new ExtractionPipeline(
            new ArticleReader(options),
            new GazetteerRecognition(new EntityRecognizer(Gazetteer.Load(options.GazetteerDirectory))));
    }

    /// <exception cref="Documents.DocumentRejectedException">The file is not a readable article.</exception>
    public ExtractionResult Extract(RawDocument document)
    {
        var article = reader.Read(document);
        var entities = recognition.Recognize(article.MainText, article.Metadata);
        var metadata = article.Metadata.DatelineCity is null && entities.DatelineCity is { } city
            ? article.Metadata with { DatelineCity = city }
            : article.Metadata;
        return new ExtractionResult(
            document.FileName,
            article.Format,
            metadata,
            article.MainText,
            entities,
            TextFingerprint.Compute(article.MainText))
        {
            Source = article.Source,
        };
    }
}
