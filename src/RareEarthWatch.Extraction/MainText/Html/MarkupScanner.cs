namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// A cheap pass over the markup before parsing, so pathological pages are refused in linear time:
/// counts start tags and estimates the nesting depth (start tags minus end tags, leaving out void
/// elements, self-closed tags, elements whose end tag is optional, and script/style/comment content).
/// </summary>
internal static class MarkupScanner
{
    private static readonly HashSet<string> NoDepth = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        // optional end tags: browsers close them implicitly
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
    };

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "noscript"];

    public sealed record Result(int StartTags, int MaxDepth);

    /// <summary>Scans until the end, or until either limit is passed.</summary>
    public static Result Scan(string html, int maxTags, int maxDepth)
    {
        int tags = 0, depth = 0, deepest = 0, i = 0;
        while (i < html.Length && tags <= maxTags && deepest <= maxDepth)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[lt + 1] == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var gt = html.IndexOf('>', nameEnd);
            if (gt < 0)
            {
                break;
            }

            i = gt + 1;
            if (closing)
            {
                if (!NoDepth.Contains(name) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            tags++;
            var selfClosed = html[gt - 1] == '/';
            if (RawTextElements.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (!selfClosed && !NoDepth.Contains(name))
            {
                deepest = Math.Max(deepest, ++depth);
            }
        }

        return new Result(tags, deepest);
    }
}
