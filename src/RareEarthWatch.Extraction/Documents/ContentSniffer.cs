using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RareEarthWatch.Extraction.Documents;

/// <summary>
/// Decides what a file is from its bytes, never from its name alone: known binary signatures
/// (PDF, ZIP/Office, images, archives) and other binary data are refused with a message that says
/// what to do; MIME headers with multipart/related are MHTML; markup is HTML; the rest is text.
/// </summary>
internal static partial class ContentSniffer
{
    private const string SaveAdvice =
        "open the article in a browser and save it as a web page (.html or .mhtml), or copy its text into a .txt file, then upload that.";

    private static readonly (byte[] Signature, int Offset, string What)[] BinarySignatures =
    [
        ("%PDF-"u8.ToArray(), 0, "a PDF"),
        ([0x50, 0x4B, 0x03, 0x04], 0, "a ZIP archive or an Office/EPUB document"),
        ([0x50, 0x4B, 0x05, 0x06], 0, "an empty ZIP archive"),
        ([0x1F, 0x8B], 0, "a gzip-compressed file"),
        ([0x89, 0x50, 0x4E, 0x47], 0, "a PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image"),
        ("GIF8"u8.ToArray(), 0, "a GIF image"),
        ("WEBP"u8.ToArray(), 8, "a WebP image"),
        ("ftyp"u8.ToArray(), 4, "a video or HEIC image"),
        ([0x49, 0x49, 0x2A, 0x00], 0, "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], 0, "a TIFF image"),
        ([0xD0, 0xCF, 0x11, 0xE0], 0, "an old Office document (.doc/.xls)"),
        ("Rar!"u8.ToArray(), 0, "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], 0, "a 7-Zip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], 0, "a program"),
        ("{\\rtf"u8.ToArray(), 0, "an RTF document"),
    ];

    /// <summary>Throws <see cref="DocumentRejectedException"/> for files that cannot be an article.</summary>
    public static void RejectUnreadable(ReadOnlySpan<byte> content, int maxBytes, double maxControlShare, int sniffBytes)
    {
        if (content.IsEmpty)
        {
            throw new DocumentRejectedException("The file is empty: save the article again and upload the saved file.");
        }

        if (content.Length > maxBytes)
        {
            var (size, limit) = (Size(content.Length), Size(maxBytes));
            if (size == limit)
            {
                // Rounded alike ("20.0 MB, more than the 20.0 MB"): the exact counts say it.
                (size, limit) = (Bytes(content.Length), Bytes(maxBytes));
            }

            throw new DocumentRejectedException(
                $"The file is {size}, more than the {limit} an article may have: save only the article page (\"Web page, HTML only\" or a .txt copy of its text) and upload that.");
        }

        foreach (var (signature, offset, what) in BinarySignatures)
        {
            if (content.Length >= offset + signature.Length && content.Slice(offset, signature.Length).SequenceEqual(signature))
            {
                throw new DocumentRejectedException($"This looks like {what}, not a saved web page or text file: {SaveAdvice}");
            }
        }

        var head = content[..Math.Min(content.Length, sniffBytes)];
        if (TextDecoder.DetectBom(head) is null && ControlShare(head) > maxControlShare)
        {
            throw new DocumentRejectedException($"This file holds binary data, not a saved web page or text file: {SaveAdvice}");
        }
    }

    /// <summary>
    /// Throws <see cref="DocumentRejectedException"/> for a text file that is JSON data as a whole (an export or a
    /// settings file picked by mistake): it would otherwise become a story titled with its first line of braces.
    /// </summary>
    public static void RejectData(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 2 || !((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']')))
        {
            return;
        }

        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            return;
        }

        throw new DocumentRejectedException($"This file holds JSON data, not a saved web page or text file: {SaveAdvice}");
    }

    /// <summary>True when the preview starts with MIME headers announcing a multipart/related body (a saved "single file" page).</summary>
    public static bool IsMhtml(string preview)
    {
        var headerEnd = HeaderEnd().Match(preview);
        var headers = headerEnd.Success ? preview[..headerEnd.Index] : preview;
        return MimeHeaderBlock().IsMatch(headers) && MultipartRelated().IsMatch(headers);
    }

    /// <summary>True when the text is markup: it opens with a tag of an HTML page, or holds &lt;html&gt; and &lt;body&gt;.</summary>
    public static bool IsHtml(string preview) =>
        HtmlStart().IsMatch(preview) || (HtmlTag().IsMatch(preview) && BodyTag().IsMatch(preview));

    private static double ControlShare(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                control++;
            }
        }

        return head.IsEmpty ? 0 : (double)control / head.Length;
    }

    /// <summary>"17 KB", "20.0 MB" (a small limit in megabytes would read "0.0 MB").</summary>
    private static string Size(long bytes) => bytes switch
    {
        < 1024 => Bytes(bytes),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
    };

    private static string Bytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    [GeneratedRegex(@"\r?\n\r?\n")]
    private static partial Regex HeaderEnd();

    [GeneratedRegex(@"\A\s*(?:[A-Za-z][A-Za-z0-9\-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+", RegexOptions.CultureInvariant)]
    private static partial Regex MimeHeaderBlock();

    [GeneratedRegex(@"^Content-Type:\s*multipart/related", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MultipartRelated();

    [GeneratedRegex(@"\A[\s\uFEFF]*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml|!--|div|p|article|main|section|h[1-6]|link|script|style|base)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<html\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<body\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyTag();
}
