using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText;

/// <summary>
/// The article read from a file: its format, its main text (paragraphs separated by a blank
/// line, nothing but the article itself) and its metadata.
/// </summary>
public sealed record ReadArticle(DocumentFormat Format, string MainText, ArticleMetadata Metadata);
