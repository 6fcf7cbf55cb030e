using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RareEarthWatch.Benchmarks;

/// <summary>
/// Classes of pages named from the page itself (its markup and its visible text), plus the length
/// of the true article: used to compare extractors class by class. Nothing here names a site.
/// </summary>
internal static class PageClasses
{
    private const int ShortArticleTokens = 300;
    private const int LongArticleTokens = 1000;
    private const int SmallPageBytes = 100 * 1024;
    private const int LargePageBytes = 300 * 1024;
    private const int MinCommentSectionChars = 200;
    private const double MinParagraphMarkupShare = 0.5;

    /// <summary>The classes one page belongs to, as "dimension: value".</summary>
    public static IReadOnlyList<string> Of(BenchmarkPage page, int trueTokens)
    {
        using var document = new HtmlParser().ParseDocument(page.Html);
        var body = document.Body;
        var classes = new List<string>
        {
            "all pages",
            "script: " + DominantScript(body?.TextContent ?? string.Empty),
            "html lang: " + LanguageClass(document.DocumentElement.GetAttribute("lang")),
            "JSON-LD articleBody: " + (document.QuerySelectorAll("script[type='application/ld+json']").Any(s => s.TextContent.Contains("\"articleBody\"", StringComparison.Ordinal)) ? "yes" : "no"),
            "<article> elements: " + ArticleCount(document.QuerySelectorAll("article").Length),
            "itemprop=articleBody: " + (document.QuerySelector("[itemprop='articleBody' i]") is null ? "no" : "yes"),
            "comment section with text: " + (HasCommentSection(body) ? "yes" : "no"),
            "text in <p>: " + (ParagraphShare(body) >= MinParagraphMarkupShare ? "mostly" : "little (div/br/td text)"),
            "article length: " + (trueTokens < ShortArticleTokens ? "short (<300 words)" : trueTokens > LongArticleTokens ? "long (>1000 words)" : "medium"),
            "page size: " + (page.Bytes.Length < SmallPageBytes ? "<100 KB" : page.Bytes.Length > LargePageBytes ? ">300 KB" : "100-300 KB"),
        };
        return classes;
    }

    private static string ArticleCount(int count) => count switch
    {
        0 => "none",
        1 => "one",
        _ => "several (multi-article page)",
    };

    private static string LanguageClass(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            return "missing";
        }

        return lang.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "other";
    }

    private static string DominantScript(string text)
    {
        int latin = 0, cyrillic = 0, cjk = 0, arabic = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            switch (c)
            {
                case < '\u0250':
                    latin++;
                    break;
                case >= '\u0400' and < '\u0530':
                    cyrillic++;
                    break;
                case >= '\u0600' and < '\u0780':
                    arabic++;
                    break;
                case (>= '\u3040' and < '\u30FF') or (>= '\u4E00' and < '\u9FFF') or (>= '\uAC00' and < '\uD7AF') or (>= '\u1100' and < '\u11FF'):
                    cjk++;
                    break;
                default:
                    other++;
                    break;
            }
        }

        var best = new[] { ("Latin", latin), ("Cyrillic", cyrillic), ("CJK/Hangul", cjk), ("Arabic", arabic), ("other", other) }.MaxBy(s => s.Item2);
        return best.Item1 == "Latin" ? "Latin" : "non-Latin (" + best.Item1 + ")";
    }

    private static bool HasCommentSection(IElement? body) =>
        body is not null && body.QuerySelectorAll("[id],[class]").Any(e =>
        {
            var name = (e.GetAttribute("class") + " " + e.Id).ToLower(CultureInfo.InvariantCulture);
            return (name.Contains("comment", StringComparison.Ordinal) || name.Contains("disqus", StringComparison.Ordinal))
                && e.TextContent.Length >= MinCommentSectionChars;
        });

    private static double ParagraphShare(IElement? body)
    {
        if (body is null)
        {
            return 0;
        }

        foreach (var e in body.QuerySelectorAll("script,style,noscript").ToList())
        {
            e.Remove();
        }

        var total = body.TextContent.Count(char.IsLetterOrDigit);
        var inParagraphs = body.QuerySelectorAll("p").Where(p => p.ParentElement?.Closest("p") is null).Sum(p => p.TextContent.Count(char.IsLetterOrDigit));
        return total == 0 ? 0 : (double)inParagraphs / total;
    }
}
