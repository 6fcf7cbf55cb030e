using System.Text;
using System.Text.RegularExpressions;

namespace RareEarthWatch.Extraction.Documents;

/// <summary>
/// Turns bytes into text. Order of evidence, as the HTML standard sniffs it: a byte-order mark,
/// then the transport's charset (the MHTML part's Content-Type), then for HTML a
/// <c>&lt;meta charset&gt;</c> / <c>&lt;meta http-equiv="Content-Type"&gt;</c> / XML declaration,
/// then detection: strictly valid UTF-8 is UTF-8, anything else is Windows-1252.
/// </summary>
internal static partial class TextDecoder
{
    private const int Utf32LeBomLength = 4;
    private const int Utf16BomLength = 2;
    private const int Utf8BomLength = 3;
    private const int Windows1252CodePage = 1252;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Legacy names that browsers read as a wider encoding (WHATWG Encoding Standard).</summary>
    private static readonly Dictionary<string, string> BrowserAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iso-8859-1"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["latin1"] = "windows-1252",
        ["l1"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["ascii"] = "windows-1252",
        ["cp1252"] = "windows-1252",
        ["gb2312"] = "gbk",
        ["gb_2312-80"] = "gbk",
        ["x-gbk"] = "gbk",
        ["iso-8859-9"] = "windows-1254",
        ["x-sjis"] = "shift_jis",
        ["sjis"] = "shift_jis",
        ["utf8"] = "utf-8",
    };

    /// <summary>Registers the code-page encodings (Windows-1252, Shift_JIS, GBK...) once per process.</summary>
    public static void EnsureCodePages()
    {
        // The static constructor does the work; this method only triggers it.
    }

    /// <summary>The encoding announced by a byte-order mark, and the mark's length.</summary>
    public static (Encoding Encoding, int Length)? DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= Utf32LeBomLength && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), Utf32LeBomLength);
        }

        if (bytes.Length >= Utf8BomLength && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (new UTF8Encoding(false), Utf8BomLength);
        }

        if (bytes.Length >= Utf16BomLength && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), Utf16BomLength);
        }

        if (bytes.Length >= Utf16BomLength && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), Utf16BomLength);
        }

        return null;
    }

    /// <summary>A view of the first bytes good enough to look for markup and MIME headers.</summary>
    public static string Preview(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        var bom = DetectBom(bytes);
        var head = bytes[..Math.Min(bytes.Length, maxBytes)];
        return bom is { } b
            ? b.Encoding.GetString(head[b.Length..])
            : Encoding.Latin1.GetString(head);
    }

    /// <summary>Decodes <paramref name="bytes"/>; see the class summary for the order of evidence.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? transportCharset, bool lookForMarkupCharset, int sniffBytes)
    {
        var encoding = Choose(bytes, transportCharset, lookForMarkupCharset, sniffBytes);
        return new DecodedText(encoding.Decode(bytes), encoding.Name, encoding.Source);
    }

    /// <summary>The encoding of <paramref name="bytes"/>, decided as the class summary says, without decoding them.</summary>
    public static ChosenEncoding Choose(ReadOnlySpan<byte> bytes, string? transportCharset, bool lookForMarkupCharset, int sniffBytes)
    {
        if (DetectBom(bytes) is { } bom)
        {
            return new ChosenEncoding(bom.Encoding, bom.Length, "bom");
        }

        if (Resolve(transportCharset) is { } transport)
        {
            return new ChosenEncoding(transport, 0, "mhtml part charset");
        }

        if (lookForMarkupCharset && FindMarkupCharset(Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, sniffBytes)])) is { } declared
            && Resolve(declared.Charset) is { } markup)
        {
            return new ChosenEncoding(markup, 0, declared.Source);
        }

        return Detect(bytes);
    }

    /// <summary>Valid UTF-8 is UTF-8; anything else is read as Windows-1252 (which decodes every byte).</summary>
    public static ChosenEncoding Detect(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes)
        ? new ChosenEncoding(new UTF8Encoding(false), 0, "detected utf-8")
        : new ChosenEncoding(Encoding.GetEncoding(Windows1252CodePage), 0, "detected windows-1252 (not valid utf-8)");

    /// <summary>The charset named by a &lt;meta&gt; tag or an XML declaration in the head of a page.</summary>
    public static (string Charset, string Source)? FindMarkupCharset(string head)
    {
        foreach (Match meta in MetaTag().Matches(head))
        {
            var tag = meta.Value;
            var charset = CharsetAttribute().Match(tag);
            if (!charset.Success)
            {
                continue;
            }

            var source = tag.Contains("http-equiv", StringComparison.OrdinalIgnoreCase)
                ? "meta http-equiv content-type"
                : "meta charset";
            return (charset.Groups["name"].Value, source);
        }

        var xml = XmlDeclaration().Match(head);
        return xml.Success ? (xml.Groups["name"].Value, "xml declaration") : null;
    }

    /// <summary>The encoding a browser would use for a declared name; null if the name is unknown.</summary>
    public static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim().Trim('"', '\'');
        if (BrowserAliases.TryGetValue(name, out var alias))
        {
            name = alias;
        }

        // A page cannot declare UTF-16 in a tag it wrote in an ASCII-compatible encoding.
        if (name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || name.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase))
        {
            name = "utf-8";
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding is UTF8Encoding ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*\bencoding\s*=\s*[""'](?<name>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();
}

/// <summary>Decoded text, the encoding's web name and the evidence that chose it.</summary>
internal sealed record DecodedText(string Text, string EncodingName, string Source);

/// <summary>The encoding chosen for a file's bytes, how many leading bytes (a byte-order mark) it skips, and the evidence that chose it.</summary>
internal sealed record ChosenEncoding(Encoding Encoding, int Skip, string Source)
{
    /// <summary>The encoding's web name ("utf-8", "windows-1252", "shift_jis"...).</summary>
    public string Name => Encoding.WebName;

    public string Decode(ReadOnlySpan<byte> bytes) => Encoding.GetString(bytes[Skip..]);
}
