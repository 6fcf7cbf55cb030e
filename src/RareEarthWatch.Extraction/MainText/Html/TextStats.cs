using System.Buffers;
using AngleSharp.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// Text length and link-text length of every element under a root, computed once bottom-up with
/// an explicit stack (white space counted as one character per run, roughly). The figures by element live in a pooled
/// array, returned on dispose.
/// </summary>
internal sealed class TextStats : IDisposable
{
    /// <summary>Figures by the element's <see cref="ElementOrigin.Ordinal"/> (below <see cref="ordinals"/>); elements the parser made without a tag of the page are in <see cref="others"/>.</summary>
    private Figures[] byOrdinal;
    private readonly int ordinals;
    private readonly Dictionary<IElement, Figures> others = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Measures every element under <paramref name="root"/>. With <paramref name="survey"/> the same
    /// walk also lists, in document order, the outermost &lt;article&gt;s, the h1-h3 headings and the
    /// outermost elements named as the article body (<see cref="ClassPatterns.IsMarkedBody"/>) under the root.
    /// </summary>
    /// <param name="elements">How many elements the parser created (ordinals run below it).</param>
    public TextStats(IElement root, int minParagraphChars, bool survey = false, int elements = 0)
    {
        ordinals = elements;
        byOrdinal = ArrayPool<Figures>.Shared.Rent(elements);
        Array.Clear(byOrdinal, 0, elements);
        IElement? openArticle = null, openMarked = null;
        // One frame per open element, summing its children as they finish: no look-up of a child's
        // figures, so an element is hashed only when it has text to record.
        var frames = new List<Frame> { new(root) };
        while (frames.Count > 0)
        {
            var top = frames.Count - 1;
            var frame = frames[top];
            var childNodes = frame.Element.ChildNodes;
            if (frame.Next < childNodes.Length)
            {
                var child = childNodes[frame.Next];
                frame.Next++;
                if (child is IElement element)
                {
                    frames[top] = frame;
                    if (survey)
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

                    frames.Add(new Frame(element));
                    continue;
                }

                if (child.NodeType == NodeType.Text)
                {
                    var (length, c) = Measure(child.TextContent);
                    frame.Text += length;
                    frame.Commas += c;
                }

                frames[top] = frame;
                continue;
            }

            frames.RemoveAt(top);
            var done = frame.Element;
            if (done == openArticle)
            {
                openArticle = null;
            }

            if (done == openMarked)
            {
                openMarked = null;
            }

            var tag = done.LocalName;
            var (text, link, commas, paragraph) = (frame.Text, frame.Link, frame.Commas, frame.Paragraph);
            if (tag == "a")
            {
                link = text;
            }

            if ((IsParagraphTag(tag) || (tag is "div" or "section" or "td" && !frame.HasBlockChild))
                && paragraph == 0 && text - link >= minParagraphChars)
            {
                paragraph = text - link;
            }

            // Elements without text are left out: a lookup of a missing element reads zeros.
            if (text > 0)
            {
                var ordinal = ElementOrigin.OrdinalOf(done);
                if ((uint)ordinal < (uint)ordinals)
                {
                    byOrdinal[ordinal] = new Figures(text, link, commas, paragraph);
                }
                else
                {
                    others[done] = new Figures(text, link, commas, paragraph);
                }
            }

            if (top > 0)
            {
                var parent = frames[top - 1];
                parent.HasBlockChild |= IsParagraphTag(tag) || tag is "div" or "section" or "article" or "ul" or "ol" or "table";
                parent.Text += text;
                parent.Link += link;
                parent.Commas += commas;
                parent.Paragraph += paragraph;
                frames[top - 1] = parent;
            }
        }
    }

    /// <summary>An element being measured: the next child to visit and the sums of those visited.</summary>
    private struct Frame(IElement element)
    {
        public readonly IElement Element = element;
        public int Next;
        public int Text;
        public int Link;
        public int Commas;
        public int Paragraph;
        public bool HasBlockChild;
    }

    private static bool IsParagraphTag(string tag) => tag is "p" or "pre" or "blockquote" or "li" or "h2" or "h3" or "h4" or "h5" or "h6" or "dd";

    /// <summary>The outermost &lt;article&gt; elements under the root (surveyed only).</summary>
    public List<IElement> Articles { get; } = [];

    /// <summary>The h1, h2 and h3 elements under the root (surveyed only).</summary>
    public List<IElement> TitleHeadings { get; } = [];

    /// <summary>The outermost elements named as the article body under the root (surveyed only).</summary>
    public List<IElement> MarkedBodies { get; } = [];

    public int TextLength(IElement element) => Of(element).Text;

    /// <summary>Characters of unlinked text in paragraphs (p, li, quotes, and divs holding only text) of some length: article-like text.</summary>
    public int ParagraphText(IElement element) => Of(element).Paragraph;

    public int Commas(IElement element) => Of(element).Commas;

    public double LinkDensity(IElement element) => Of(element) is { Text: > 0 } s ? (double)s.Link / s.Text : 0;

    /// <summary>An element's figures; zeros for one without text (or not under the root).</summary>
    private Figures Of(IElement element)
    {
        var ordinal = ElementOrigin.OrdinalOf(element);
        return (uint)ordinal < (uint)ordinals ? byOrdinal[ordinal] : others.GetValueOrDefault(element);
    }

    public void Dispose()
    {
        if (byOrdinal.Length > 0)
        {
            ArrayPool<Figures>.Shared.Return(byOrdinal);
            byOrdinal = [];
        }
    }

    /// <summary>Characters of text (white space runs as one), of linked text, commas, and characters in article-like paragraphs.</summary>
    private readonly record struct Figures(int Text, int Link, int Commas, int Paragraph);

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
