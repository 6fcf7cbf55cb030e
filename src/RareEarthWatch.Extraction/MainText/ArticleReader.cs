using System.Text;
using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText;

/// <summary>Reads a raw file into its main text and metadata. PLACEHOLDER.</summary>
public sealed class ArticleReader(ExtractionOptions options)
{
    public ExtractionOptions Options { get; } = options;

    public ReadArticle Read(RawDocument raw) =>
        new(DocumentFormat.PlainText, Encoding.UTF8.GetString(raw.Content.AsSpan(0, Math.Min(raw.Content.Length, Options.MaxDocumentBytes))), ArticleMetadata.Empty);
}
