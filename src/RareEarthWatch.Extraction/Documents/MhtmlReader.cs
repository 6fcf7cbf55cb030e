using MimeKit;

namespace RareEarthWatch.Extraction.Documents;

/// <summary>
/// Reads a saved "single file" page (MHTML: a MIME message with a multipart/related body) with
/// MimeKit and returns its HTML part: the multipart's root (its <c>start</c> parameter) when that
/// is HTML, else the first text/html part.
/// </summary>
internal static class MhtmlReader
{
    private const string NoHtmlMessage =
        "This MHTML file holds no HTML page: save the article again in the browser (\"Save page as… Web page, single file\") and upload the new file.";

    private static readonly string[] LocationHeaders = ["Snapshot-Content-Location", "Content-Location"];

    public static LoadedDocument Read(byte[] content, int sniffBytes)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            throw new DocumentRejectedException("This MHTML file is damaged and cannot be read: save the article again in the browser and upload the new file.", ex);
        }

        var html = FindHtmlPart(message.Body) ?? throw new DocumentRejectedException(NoHtmlMessage);
        using var decoded = new MemoryStream();
        html.Content?.DecodeTo(decoded);
        var bytes = decoded.ToArray();
        if (bytes.Length == 0)
        {
            throw new DocumentRejectedException(NoHtmlMessage);
        }

        var encoding = TextDecoder.Choose(bytes, html.ContentType.Charset, lookForMarkupCharset: true, sniffBytes);
        var location = LocationHeaders.Select(h => message.Headers[h]).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? html.ContentLocation?.ToString();
        var subject = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject.Trim();
        return new LoadedDocument(DocumentFormat.Mhtml, PooledText.Decode(bytes, encoding), encoding.Name, encoding.Source, location?.Trim(), subject);
    }

    private static MimePart? FindHtmlPart(MimeEntity? body)
    {
        if (body is MultipartRelated related && related.Root is MimePart { } root && IsHtml(root))
        {
            return root;
        }

        if (body is MimePart single)
        {
            return IsHtml(single) ? single : null;
        }

        // Iterate (no recursion) over nested multiparts.
        var pending = new Stack<MimeEntity>();
        if (body is not null)
        {
            pending.Push(body);
        }

        while (pending.Count > 0)
        {
            var entity = pending.Pop();
            switch (entity)
            {
                case MimePart part when IsHtml(part):
                    return part;
                case Multipart multipart:
                    for (var i = multipart.Count - 1; i >= 0; i--)
                    {
                        pending.Push(multipart[i]);
                    }

                    break;
            }
        }

        return null;
    }

    private static bool IsHtml(MimePart part) => part.ContentType.IsMimeType("text", "html");
}
