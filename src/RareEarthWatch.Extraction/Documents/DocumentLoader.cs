using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Documents;

/// <summary>
/// First stage of reading: checks the bytes (empty, too large, binary), decides the format from
/// the content (MHTML, HTML, plain text; the file name only breaks no ties) and decodes the text.
/// </summary>
internal sealed class DocumentLoader(int maxDocumentBytes, ReadingOptions options)
{
    public LoadedDocument Load(RawDocument raw)
    {
        var content = raw.Content;
        ContentSniffer.RejectUnreadable(content, maxDocumentBytes, options.MaxControlByteShare, options.SniffBytes);
        TextDecoder.EnsureCodePages();

        var preview = TextDecoder.Preview(content, options.SniffBytes);
        if (string.IsNullOrWhiteSpace(preview.Replace('\u00A0', ' ')) && content.Length <= options.SniffBytes)
        {
            throw new DocumentRejectedException("The file contains no text: save the article again and upload the saved file.");
        }

        if (ContentSniffer.IsMhtml(preview))
        {
            return MhtmlReader.Read(content, options.SniffBytes);
        }

        if (ContentSniffer.IsHtml(preview))
        {
            var encoding = TextDecoder.Choose(content, transportCharset: null, lookForMarkupCharset: true, options.SniffBytes);
            return new LoadedDocument(DocumentFormat.Html, PooledText.Decode(content, encoding), encoding.Name, encoding.Source);
        }

        var text = TextDecoder.Decode(content, transportCharset: null, lookForMarkupCharset: false, options.SniffBytes);
        ContentSniffer.RejectData(text.Text);
        return new LoadedDocument(DocumentFormat.PlainText, PooledText.Of(text.Text), text.EncodingName, text.Source);
    }
}
