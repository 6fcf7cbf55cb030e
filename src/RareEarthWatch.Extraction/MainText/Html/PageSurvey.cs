using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// One walk over the freshly parsed page, in document order, that finds what the later stages would
/// otherwise each walk the whole tree for: the nesting depth (stopping past the limit); for the
/// metadata, the ld+json scripts ("script[type='application/ld+json']", values compared ignoring
/// case as the selector does), the body's first h1, the first time[datetime] of the first
/// &lt;article&gt; (else of the body, else of the page) and the first link[rel='canonical']; for the
/// cleaning, the body's never-text and hidden elements (outermost only), its comments outside them,
/// and its h2-h6 headings outside them. Nothing is changed here: the metadata is read from the
/// whole tree first, then the cleaner removes what was found.
/// </summary>
internal sealed class PageSurvey
{
    public int Depth { get; private set; }

    public List<IElement> JsonLdScripts { get; } = [];

    public IElement? BodyH1 { get; private set; }

    public IElement? Time { get; private set; }

    public IElement? Canonical { get; private set; }

    /// <summary>Never-text and hidden elements of the body, outermost ones only, in document order.</summary>
    public List<IElement> NonText { get; } = [];

    /// <summary>Comment nodes of the body outside <see cref="NonText"/>.</summary>
    public List<INode> Comments { get; } = [];

    /// <summary>h2-h6 elements of the body outside <see cref="NonText"/>, in document order.</summary>
    public List<IElement> Headings { get; } = [];

    /// <summary>Surveys the page; stops early (with <see cref="Depth"/> past the limit) on a page nested deeper than <paramref name="maxDepth"/>.</summary>
    public static PageSurvey Take(IHtmlDocument document, int maxDepth)
    {
        var found = new PageSurvey();
        var body = document.Body;
        IElement? article = null;
        IElement? timeInArticle = null, timeInBody = null, timeInPage = null;
        // Pre-order: an element is inside the body (the first article, a removed element) while it is
        // deeper than that element, until the walk leaves it; -1 = not met yet, -2 = left.
        int bodyDepth = -1, articleDepth = -1, removedDepth = -1;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((document.DocumentElement, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > found.Depth)
            {
                found.Depth = depth;
                if (depth > maxDepth)
                {
                    return found;
                }
            }

            if (bodyDepth >= 0 && depth <= bodyDepth)
            {
                bodyDepth = -2;
            }

            if (articleDepth >= 0 && depth <= articleDepth)
            {
                articleDepth = -2;
            }

            if (removedDepth >= 0 && depth <= removedDepth)
            {
                removedDepth = -1;
            }

            var inBody = bodyDepth >= 0;
            var tag = element.LocalName;
            switch (tag)
            {
                case "script":
                    if (string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        found.JsonLdScripts.Add(element);
                    }

                    break;
                case "h1":
                    if (inBody && found.BodyH1 is null)
                    {
                        found.BodyH1 = element;
                    }

                    break;
                case "time":
                    if (element.HasAttribute("datetime"))
                    {
                        timeInPage ??= element;
                        if (inBody)
                        {
                            timeInBody ??= element;
                        }

                        if (articleDepth >= 0)
                        {
                            timeInArticle ??= element;
                        }
                    }

                    break;
                case "link":
                    if (found.Canonical is null && string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                    {
                        found.Canonical = element;
                    }

                    break;
                case "article":
                    if (article is null)
                    {
                        article = element;
                        articleDepth = depth;
                    }

                    break;
                default:
                    break;
            }

            var cleaning = inBody && removedDepth < 0;
            if (cleaning)
            {
                if (DomCleaner.IsNeverText(tag) || DomCleaner.IsHidden(element))
                {
                    found.NonText.Add(element);
                    removedDepth = depth;
                    cleaning = false;
                }
                else if (tag is "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    found.Headings.Add(element);
                }
            }

            if (element == body && bodyDepth == -1)
            {
                bodyDepth = depth;
                cleaning = true;
            }

            // Children by index: AngleSharp finds a sibling by searching its parent's child list.
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                var node = children[c];
                if (node is IElement child)
                {
                    stack.Push((child, depth + 1));
                }
                else if (cleaning && node.NodeType == NodeType.Comment)
                {
                    found.Comments.Add(node);
                }
            }
        }

        found.Time = article is not null ? timeInArticle ?? timeInPage
            : body is not null ? timeInBody ?? timeInPage
            : timeInPage;
        return found;
    }
}
