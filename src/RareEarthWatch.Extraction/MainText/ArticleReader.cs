using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.MainText.Html;
using RareEarthWatch.Extraction.MainText.PlainText;
using RareEarthWatch.Extraction.MainText.Provenance;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText;

/// <summary>
/// Reads a raw file into its main text and metadata, in stages: load (refuse unreadable files,
/// decide the format from the content, decode) → main text (HTML/MHTML or plain-text extractor) →
/// metadata (ordered sources, the winner recorded). Pure and synchronous: no I/O, no network.
/// </summary>
/// <exception cref="DocumentRejectedException">The file is not a readable article; the message says why and what to do.</exception>
public sealed class ArticleReader(ExtractionOptions options)
{
    /// <summary>What separates the paragraphs of the main text.</summary>
    public const string ParagraphSeparator = "\n\n";

    private readonly DocumentLoader loader = new(options.MaxDocumentBytes, options.Reading);
    private readonly HtmlArticleExtractor html = new(options.Reading);
    private readonly PlainTextExtractor text = new(options.Reading);

    public ExtractionOptions Options { get; } = options;

    /// <summary>Receives the HTML extractor's decisions when set (tests and diagnostics only).</summary>
    internal Action<string>? Trace
    {
        get => html.Trace;
        set => html.Trace = value;
    }

    public ReadArticle Read(RawDocument raw)
    {
        using var loaded = loader.Load(raw);
        var isText = loaded.Format == DocumentFormat.PlainText;
        var (paragraphs, candidates) = isText
            ? Unsourced(text.Extract(loaded.Content.ToText()))
            : html.Extract(loaded);

        var metadata = candidates.Resolve(raw.Received);
        if (metadata.Outlet is null && loaded.Format != DocumentFormat.PlainText)
        {
            metadata = metadata with { Outlet = HtmlMetadataReader.HostOf(metadata.CanonicalUrl) };
        }

        var mainText = string.Join(ParagraphSeparator, paragraphs.Select(p => p.Text));
        return new ReadArticle(loaded.Format, mainText, metadata)
        {
            Source = SourceAligner.Map(loaded.Content.Chars, loaded.Content.Later, paragraphs, markup: !isText, ParagraphSeparator),
        };
    }

    private static (IReadOnlyList<SourcedParagraph>, MetadataCandidates) Unsourced((IReadOnlyList<string> Paragraphs, MetadataCandidates Metadata) read) =>
        (read.Paragraphs.Select(p => new SourcedParagraph(p, 0)).ToList(), read.Metadata);
}
