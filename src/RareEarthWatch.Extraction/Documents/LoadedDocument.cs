namespace RareEarthWatch.Extraction.Documents;

/// <summary>
/// A file after loading: its format decided from its content, its text decoded, the encoding
/// used (and which source named it), and what the container said about the page, if anything.
/// </summary>
/// <param name="Format">What the file turned out to be.</param>
/// <param name="Content">The decoded text: the HTML markup for HTML and MHTML, the text itself for plain text (a pooled buffer, returned on dispose).</param>
/// <param name="EncodingName">The web name of the encoding used to decode the bytes.</param>
/// <param name="EncodingSource">Which source decided the encoding ("bom", "meta charset", "mhtml part", "detected utf-8", ...).</param>
/// <param name="SourceUrl">The page's address as the MHTML container recorded it, if any.</param>
/// <param name="ContainerTitle">The MHTML container's Subject (the page title the browser saw), if any.</param>
internal sealed record LoadedDocument(
    DocumentFormat Format,
    PooledText Content,
    string EncodingName,
    string EncodingSource,
    string? SourceUrl = null,
    string? ContainerTitle = null) : IDisposable
{
    public void Dispose() => Content.Dispose();
}
