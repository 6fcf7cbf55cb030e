using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.MainText.Provenance;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText;

/// <summary>
/// The article read from a file: its format, its main text (paragraphs separated by a blank
/// line, nothing but the article itself) and its metadata; and, for every character of the main
/// text, where in the decoded page it came from (<see cref="Source"/>).
/// </summary>
public sealed record ReadArticle(DocumentFormat Format, string MainText, ArticleMetadata Metadata)
{
    /// <summary>Where each main-text character came from in the decoded page; empty when the article was built by hand.</summary>
    public SourceMap Source { get; init; } = SourceMap.Empty;
}
