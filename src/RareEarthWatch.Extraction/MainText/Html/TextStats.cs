using AngleSharp.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// Text length and link-text length of every element under a root, computed once bottom-up with
/// an explicit stack (white space counted as one character per run, roughly).
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, (int Text, int Link, int Commas, int Paragraph)> stats = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Measures every element under <paramref name="root"/>. With <paramref name="survey"/> the same
    /// walk also lists, in document order, the outermost &lt;article&gt;s, the h1-h3 headings and the
    /// outermost elements named as the article body (<see cref="ClassPatterns.IsMarkedBody"/>) under the root.
    /// </summary>
    public TextStats(IElement root, int minParagraphChars, bool survey = false)
    {
        IElement? openArticle = null, openMarked = null;
        var stack = new Stack<(IElement Element, bool Visited)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, visited) = stack.Pop();
            if (!visited)
            {
                if (survey && element != root)
                {
                    switch (element.LocalName)
                    {
                        case "article" when openArticle is null:
                            Articles.Add(element);
                            openArticle = element;
                            break;
                        case "h1" or "h2" or "h3":
                            TitleHeadings.Add(element);
                            break;
                        default:
                            break;
                    }

                    if (openMarked is null && ClassPatterns.IsMarkedBody(element))
                    {
                        MarkedBodies.Add(element);
                        openMarked = element;
                    }
                }

                stack.Push((element, true));
                // Children by index: AngleSharp finds a sibling by searching its parent's child list.
                var childNodes1 = element.ChildNodes;
                for (var c1 = childNodes1.Length - 1; c1 >= 0; c1--)
                {
                    if (childNodes1[c1] is not IElement child)
                    {
                        continue;
                    }

                    stack.Push((child, false));
                }

                continue;
            }

            if (element == openArticle)
            {
                openArticle = null;
            }

            if (element == openMarked)
            {
                openMarked = null;
            }

            int text = 0, link = 0, commas = 0, paragraph = 0;
            var hasBlockChild = false;
            // Children by index: AngleSharp finds a sibling by searching its parent's child list.
            var childNodes2 = element.ChildNodes;
            for (var c2 = 0; c2 < childNodes2.Length; c2++)
            {
                var child = childNodes2[c2];
                if (child is IElement e)
                {
                    hasBlockChild |= IsParagraphTag(e.LocalName) || e.LocalName is "div" or "section" or "article" or "ul" or "ol" or "table";
                    stats.TryGetValue(e, out var s);
                    text += s.Text;
                    link += s.Link;
                    commas += s.Commas;
                    paragraph += s.Paragraph;
                }
                else if (child.NodeType == NodeType.Text)
                {
                    var (length, c) = Measure(child.TextContent);
                    text += length;
                    commas += c;
                }
            }

            if (element.LocalName == "a")
            {
                link = text;
            }

            if ((IsParagraphTag(element.LocalName) || (element.LocalName is "div" or "section" or "td" && !hasBlockChild))
                && paragraph == 0 && text - link >= minParagraphChars)
            {
                paragraph = text - link;
            }

            // Elements without text are left out: a lookup of a missing element reads zeros.
            if (text > 0)
            {
                stats[element] = (text, link, commas, paragraph);
            }
        }
    }

    private static bool IsParagraphTag(string tag) => tag is "p" or "pre" or "blockquote" or "li" or "h2" or "h3" or "h4" or "h5" or "h6" or "dd";

    /// <summary>The outermost &lt;article&gt; elements under the root (surveyed only).</summary>
    public List<IElement> Articles { get; } = [];

    /// <summary>The h1, h2 and h3 elements under the root (surveyed only).</summary>
    public List<IElement> TitleHeadings { get; } = [];

    /// <summary>The outermost elements named as the article body under the root (surveyed only).</summary>
    public List<IElement> MarkedBodies { get; } = [];

    public int TextLength(IElement element) => stats.TryGetValue(element, out var s) ? s.Text : 0;

    /// <summary>Characters of unlinked text in paragraphs (p, li, quotes, and divs holding only text) of some length: article-like text.</summary>
    public int ParagraphText(IElement element) => stats.TryGetValue(element, out var s) ? s.Paragraph : 0;

    public int Commas(IElement element) => stats.TryGetValue(element, out var s) ? s.Commas : 0;

    public double LinkDensity(IElement element) =>
        stats.TryGetValue(element, out var s) && s.Text > 0 ? (double)s.Link / s.Text : 0;

    private static (int Length, int Commas) Measure(string text)
    {
        int length = 0, commas = 0;
        var inSpace = false;
        foreach (var c in text)
        {
            if (TextTools.IsSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                }

                inSpace = true;
                continue;
            }

            inSpace = false;
            length++;
            if (c is ',' or '，' or '、' or '،')
            {
                commas++;
            }
        }

        return (length, commas);
    }
}
