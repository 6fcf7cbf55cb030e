using System.Text;
using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>Format by content, character sets, and the files the reader refuses.</summary>
public sealed class DocumentLoadingTests
{
    private const string English = "Rare earth magnet prices rose sharply after the export controls, the ministry said.";
    private const string French = "Les prix des aimants à base de terres rares ont fortement augmenté, a déclaré le ministère.";
    private const string Japanese = "レアアース磁石の価格は輸出規制の後に急騰したと経済産業省は述べた。";
    private const string Chinese = "稀土磁铁价格在出口管制后大幅上涨，商务部表示。";

    static DocumentLoadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ReadArticle Read(string name, byte[] content, ExtractionOptions? options = null) =>
        TestFiles.NewReader(options).Read(new RawDocument(name, content));

    private static byte[] Page(string charsetMeta, string paragraph, Encoding encoding) =>
        encoding.GetBytes($"<!DOCTYPE html><html><head>{charsetMeta}<title>T</title></head><body><article><p>{paragraph}</p></article></body></html>");

    [Fact]
    public void Txt_file_holding_html_is_read_as_html() =>
        Read("article.txt", Encoding.UTF8.GetBytes($"<html><body><p>{English}</p></body></html>")).Format.Should().Be(DocumentFormat.Html);

    [Fact]
    public void Txt_file_holding_html_yields_the_paragraph_without_tags() =>
        Read("article.txt", Encoding.UTF8.GetBytes($"<html><body><p>{English}</p></body></html>")).MainText.Should().Be(English);

    [Fact]
    public void Html_file_holding_plain_text_is_read_as_plain_text() =>
        Read("article.html", Encoding.UTF8.GetBytes($"Title line\n\n{English}\n")).Format.Should().Be(DocumentFormat.PlainText);

    [Fact]
    public void Mhtml_file_is_read_as_mhtml() => Read("page.mhtml", Mhtml("utf-8", English, Encoding.UTF8)).Format.Should().Be(DocumentFormat.Mhtml);

    [Fact]
    public void Mhtml_file_yields_the_text_of_its_html_part() =>
        Read("page.mhtml", Mhtml("utf-8", English, Encoding.UTF8)).MainText.Should().Be(English);

    [Fact]
    public void Mhtml_file_gives_its_snapshot_location_as_canonical_url() =>
        Read("page.mhtml", Mhtml("utf-8", English, Encoding.UTF8)).Metadata.CanonicalUrl.Should().Be("https://example.com/news/magnets");

    [Fact]
    public void Mhtml_provenance_points_into_the_decoded_html_part()
    {
        var article = Read("page.mht", Mhtml("gb2312", Chinese, Encoding.GetEncoding("gb2312")));
        var range = article.Source.SourceRange(0, article.MainText.Length)!.Value;

        article.Source.SourceText.Should().StartWith("<!DOCTYPE html>");
        article.Source.SourceText.Substring(range.Start, range.Length).Should().Be(Chinese);
    }

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("utf-16")]
    public void Html_provenance_decodes_the_page_again_the_same_way(string encodingName)
    {
        // The page is read from a pooled buffer; the source shown later is decoded again from the bytes (BOM skipped).
        var encoding = Encoding.GetEncoding(encodingName);
        var meta = encodingName == "utf-16" ? string.Empty : $"<meta charset=\"{encodingName}\">";
        var bytes = encoding.GetPreamble().Concat(Page(meta, Japanese, encoding)).ToArray();

        var article = Read("page.html", bytes);
        var range = article.Source.SourceRange(0, article.MainText.Length)!.Value;

        article.MainText.Should().Be(Japanese);
        article.Source.SourceText.Should().StartWith("<!DOCTYPE html>");
        article.Source.SourceLength.Should().Be(article.Source.SourceText.Length);
        article.Source.SourceText.Substring(range.Start, range.Length).Should().Be(Japanese);
    }

    [Fact]
    public void Pooled_text_is_the_decoded_page_until_disposed_and_a_string_after()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(French)).ToArray();
        var encoding = TextDecoder.Choose(bytes, transportCharset: null, lookForMarkupCharset: true, sniffBytes: 1024);
        var text = PooledText.Decode(bytes, encoding);
        var later = text.Later;

        new string(text.Chars.Span).Should().Be(French);
        text.Dispose();

        text.Invoking(t => t.Chars).Should().Throw<ObjectDisposedException>();
        later().Should().Be(French);
        text.ToText().Should().Be(French);
    }

    [Fact]
    public void Mhtml_part_charset_gb2312_is_decoded() =>
        Read("page.mht", Mhtml("gb2312", Chinese, Encoding.GetEncoding("gb2312"))).MainText.Should().Be(Chinese);

    [Fact]
    public void Meta_charset_windows_1252_is_decoded() =>
        Read("a.html", Page("<meta charset=\"windows-1252\">", French, Encoding.GetEncoding(1252))).MainText.Should().Be(French);

    [Fact]
    public void Meta_http_equiv_iso_8859_1_is_decoded() =>
        Read("a.html", Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", French, Encoding.GetEncoding("iso-8859-1"))).MainText.Should().Be(French);

    [Fact]
    public void Meta_charset_shift_jis_is_decoded() =>
        Read("a.html", Page("<meta charset=\"Shift_JIS\">", Japanese, Encoding.GetEncoding("shift_jis"))).MainText.Should().Be(Japanese);

    [Fact]
    public void Meta_charset_gbk_is_decoded() =>
        Read("a.html", Page("<meta charset=\"gbk\">", Chinese, Encoding.GetEncoding("gbk"))).MainText.Should().Be(Chinese);

    [Fact]
    public void Undeclared_utf8_is_detected() =>
        Read("a.html", Page(string.Empty, French, new UTF8Encoding(false))).MainText.Should().Be(French);

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_are_read_as_windows_1252() =>
        Read("a.txt", Encoding.GetEncoding(1252).GetBytes($"Title\n\n{French}\n")).MainText.Should().Be(French);

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_decoded() =>
        Read("a.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"Title\n\n{French}\n")).ToArray()).MainText.Should().Be(French);

    [Fact]
    public void Utf16_big_endian_html_with_a_byte_order_mark_is_decoded() =>
        Read("a.html", Encoding.BigEndianUnicode.GetPreamble().Concat(Page(string.Empty, Japanese, Encoding.BigEndianUnicode)).ToArray()).MainText.Should().Be(Japanese);

    [Fact]
    public void Byte_order_mark_wins_over_a_contradicting_meta_charset() =>
        Read("a.html", Encoding.UTF8.GetPreamble().Concat(Page("<meta charset=\"windows-1252\">", French, new UTF8Encoding(false))).ToArray()).MainText.Should().Be(French);

    [Fact]
    public void Empty_file_is_rejected_with_advice() =>
        Reject("empty.html", []).Should().Be("The file is empty: save the article again and upload the saved file.");

    [Fact]
    public void Whitespace_only_file_is_rejected() =>
        Reject("blank.txt", Encoding.UTF8.GetBytes(" \n\t\n ")).Should().StartWith("The file contains no text");

    [Fact]
    public void Pdf_is_rejected_as_a_pdf() =>
        Reject("article.html", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")).Should().StartWith("This looks like a PDF, not a saved web page or text file:");

    [Fact]
    public void Zip_is_rejected_as_an_archive() =>
        Reject("article.txt", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).Should().StartWith("This looks like a ZIP archive");

    [Fact]
    public void Png_is_rejected_as_an_image() =>
        Reject("article.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).Should().StartWith("This looks like a PNG image");

    [Fact]
    public void Jpeg_is_rejected_as_an_image() =>
        Reject("photo.mhtml", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]).Should().StartWith("This looks like a JPEG image");

    [Fact]
    public void Other_binary_data_is_rejected() =>
        Reject("data.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 32)).ToArray()).Should().StartWith("This file holds binary data");

    [Theory]
    [InlineData(2048, 1024, "The file is 2 KB, more than the 1 KB an article may have")]
    [InlineData(17_064, 10_000, "The file is 17 KB, more than the 10 KB an article may have")]
    [InlineData(10_001, 10_000, "The file is 10,001 bytes, more than the 10,000 bytes an article may have")]
    [InlineData(21 * 1024 * 1024, 20 * 1024 * 1024, "The file is 21.0 MB, more than the 20.0 MB an article may have")]
    public void File_over_the_size_limit_is_rejected_with_its_size_and_the_limit_in_readable_units(int size, int limit, string message) =>
        Reject("big.html", Enumerable.Repeat((byte)'a', size).ToArray(), new ExtractionOptions { MaxDocumentBytes = limit }).Should().StartWith(message);

    [Fact]
    public void Mhtml_without_an_html_part_is_rejected() =>
        Reject("page.mhtml", Encoding.ASCII.GetBytes(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n"))
            .Should().StartWith("This MHTML file holds no HTML page");

    [Fact]
    public void A_page_that_declares_itself_a_list_of_stories_is_rejected()
    {
        var teasers = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<div class=\"story-card\"><h2><a href=\"/news/{i}\">Story {i}</a></h2><p>{English} The company expects to produce {i},000 tonnes a year from 2027.</p></div>"));
        var page = "<html><head><title>Rare earths news</title><script type=\"application/ld+json\">"
                   + "{\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\",\"name\":\"Rare earths\",\"mainEntity\":{\"@type\":\"ItemList\"}}"
                   + $"</script></head><body><main><h1>Rare earths</h1>{teasers}</main></body></html>";
        Reject("topic.html", Encoding.UTF8.GetBytes(page)).Should().StartWith("This page lists several stories");
    }

    [Fact]
    public void A_listing_type_written_with_unicode_escapes_is_still_a_listing()
    {
        var teasers = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<div class=\"story-card\"><h2><a href=\"/news/{i}\">Story {i}</a></h2><p>{English}</p></div>"));
        var page = "<html><head><title>Search</title><script type=\"application/ld+json\">"
                   + "{\"@type\":\"\\u0053earchResultsPage\",\"name\":\"Search\"}"
                   + $"</script></head><body><main><h1>Search</h1>{teasers}</main></body></html>";
        Reject("search.html", Encoding.UTF8.GetBytes(page)).Should().StartWith("This page lists several stories");
    }

    [Fact]
    public void An_article_page_whose_json_ld_also_names_a_collection_is_read()
    {
        var page = "<html><head><title>T</title><script type=\"application/ld+json\">"
                   + "{\"@graph\":[{\"@type\":\"CollectionPage\",\"name\":\"Rare earths\"},{\"@type\":\"NewsArticle\",\"headline\":\"T\"}]}"
                   + $"</script></head><body><article><p>{English}</p></article></body></html>";
        Read("article.html", Encoding.UTF8.GetBytes(page)).MainText.Should().Be(English);
    }

    [Theory]
    [InlineData("export.txt", "{\"file\": \"notes.txt\", \"tonnages\": [{\"value\": 2250, \"unit\": \"t\"}]}")]
    [InlineData("list.json", "\n[\n  {\"title\": \"Lynas output\"},\n  {\"title\": \"MP Materials output\"},\n]\n")]
    public void A_text_file_of_json_data_is_refused_with_what_to_upload_instead(string name, string json) =>
        Reject(name, Encoding.UTF8.GetBytes(json)).Should().StartWith("This file holds JSON data, not a saved web page or text file:")
            .And.Contain("copy its text into a .txt file");

    [Theory]
    [InlineData("[Updated] Lynas lifts NdPr output\n\nLynas Rare Earths said NdPr output rose to 2,250 tonnes in the quarter. [Reuters]")]
    [InlineData("{Draft} Quota notice\n\nChina set the first batch of mining quotas at 135,000 tonnes, the ministry said. {end}")]
    public void A_text_that_only_starts_and_ends_with_brackets_is_still_an_article(string text) =>
        Read("note.txt", Encoding.UTF8.GetBytes(text)).MainText.Should().Contain("tonnes");

    private static string Reject(string name, byte[] content, ExtractionOptions? options = null)
    {
        var act = () => Read(name, content, options);
        return act.Should().Throw<DocumentRejectedException>().Which.Message;
    }

    private static byte[] Mhtml(string charset, string paragraph, Encoding encoding)
    {
        var html = encoding.GetBytes($"<!DOCTYPE html><html><head><title>T</title></head><body><article><p>{paragraph}</p></article></body></html>");
        var header = Encoding.ASCII.GetBytes(
            "From: <Saved by Blink>\r\n"
            + "Snapshot-Content-Location: https://example.com/news/magnets\r\n"
            + "Subject: T\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
            + "------MultipartBoundary--abc\r\n"
            + $"Content-Type: text/html; charset=\"{charset}\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "Content-Location: https://example.com/news/magnets\r\n\r\n"
            + Convert.ToBase64String(html, Base64FormattingOptions.InsertLineBreaks) + "\r\n"
            + "------MultipartBoundary--abc--\r\n");
        return header;
    }
}
