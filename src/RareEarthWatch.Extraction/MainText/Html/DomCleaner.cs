using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// Removes what is never article text: scripts, styles, media, forms' controls, hidden elements,
/// then page furniture (nav, header, footer, aside, ARIA landmarks of furniture, and blocks whose
/// class or id names boilerplate). Furniture that holds most of the page's text is kept: some sites
/// wrap the whole article in a "header" or "sidebar-layout" element.
/// </summary>
internal static partial class DomCleaner
{
    /// <summary>Removes the never-text and hidden elements and the comments the page's survey found in the body.</summary>
    public static void RemoveNonText(PageSurvey survey)
    {
        foreach (var element in survey.NonText)
        {
            element.Remove();
        }

        foreach (var comment in survey.Comments)
        {
            comment.Parent?.RemoveChild(comment);
        }
    }

    /// <summary>Elements that are never article text.</summary>
    internal static bool IsNeverText(string tag) => tag switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "math" or "canvas" or "iframe" or "object" or "embed"
            or "button" or "input" or "select" or "textarea" or "option" or "dialog" or "video" or "audio" or "picture" or "img"
            or "source" or "link" or "meta" or "figcaption" or "map" or "label" => true,
        _ => false,
    };

    /// <summary>Removes furniture; <paramref name="keep"/> elements (and their ancestors) are never removed.</summary>
    public static void RemoveFurniture(IElement root, TextStats stats, double maxBoilerplateShare, bool byName, IReadOnlyList<IElement> keep)
    {
        var total = Math.Max(1, stats.ParagraphText(root));
        var ancestors = new List<IElement>();
        foreach (var k in keep)
        {
            for (var e = k; e is not null; e = e.ParentElement)
            {
                ancestors.Add(e);
            }
        }

        var isKept = MembershipOf(keep);
        var isKeptAncestor = MembershipOf(ancestors);

        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && !isKeptAncestor(element) && IsFurniture(element, byName)
                && (ClassPatterns.IsDiscussion(element) || (double)stats.ParagraphText(element) / total < maxBoilerplateShare))
            {
                doomed.Add(element);
                continue;
            }

            if (isKept(element))
            {
                // Inside the marked article body only names of boilerplate count, not landmarks.
                CollectInsideBody(element, stats, maxBoilerplateShare, byName, doomed);
                continue;
            }

            // Children by index: AngleSharp finds a sibling by searching its parent's child list.
            var childNodes4 = element.ChildNodes;
            for (var c4 = childNodes4.Length - 1; c4 >= 0; c4--)
            {
                if (childNodes4[c4] is not IElement child)
                {
                    continue;
                }

                stack.Push(child);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    /// <summary>
    /// A membership test for a few elements (usually one article body and its ancestors): searched by reference,
    /// which spares hashing every element of the page (an object's first identity hash is a slow path); a set when many.
    /// </summary>
    private static Func<IElement, bool> MembershipOf(IReadOnlyList<IElement> elements) =>
        elements.Count <= 32 ? element => HoldsReference(elements, element) : new HashSet<IElement>(elements, ReferenceEqualityComparer.Instance).Contains;

    private static bool HoldsReference(IReadOnlyList<IElement> elements, IElement element)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            if (ReferenceEquals(elements[i], element))
            {
                return true;
            }
        }

        return false;
    }

    private static void CollectInsideBody(IElement body, TextStats stats, double maxShare, bool byName, List<IElement> doomed)
    {
        var total = Math.Max(1, stats.ParagraphText(body));
        var stack = new Stack<IElement>();
        // Children by index: AngleSharp finds a sibling by searching its parent's child list.
        var childNodes5 = body.ChildNodes;
        for (var c5 = childNodes5.Length - 1; c5 >= 0; c5--)
        {
            if (childNodes5[c5] is not IElement child)
            {
                continue;
            }

            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (IsFurniture(element, byName) && (double)stats.ParagraphText(element) / total < maxShare)
            {
                doomed.Add(element);
                continue;
            }

            // Children by index: AngleSharp finds a sibling by searching its parent's child list.
            var childNodes6 = element.ChildNodes;
            for (var c6 = childNodes6.Length - 1; c6 >= 0; c6--)
            {
                if (childNodes6[c6] is not IElement child)
                {
                    continue;
                }

                stack.Push(child);
            }
        }
    }

    private static bool IsFurniture(IElement element, bool byName)
    {
        var tag = element.LocalName;
        if (tag is "html" or "body" or "main")
        {
            return false;
        }

        if (tag is "nav" or "header" or "footer" or "aside" or "menu" || ClassPatterns.IsFurnitureRole(element.GetAttribute("role")))
        {
            return true;
        }

        // Reader discussion is never the article; other names only count on the first reading.
        if (tag is "article" || !ClassPatterns.IsFurnitureByName(element, byName))
        {
            return false;
        }

        // A span or link inside a sentence is part of it whatever its class says (a press release's
        // "legendSpanClass" dateline, a "dateline" span before the first words), unless it is text
        // for screen readers only.
        return !IsInRunningText(element) || ClassPatterns.IsScreenReaderOnly(element);
    }

    /// <summary>True for a text-level element with words of its own beside it in the same parent (mid-sentence).</summary>
    private static bool IsInRunningText(IElement element)
    {
        if (!IsTextLevel(element.LocalName) || element.ParentElement is not { } parent)
        {
            return false;
        }

        var siblings = parent.ChildNodes;
        for (var i = 0; i < siblings.Length; i++)
        {
            if (siblings[i] is IText text && HasLetterOrDigit(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTextLevel(string tag) => tag is
        "span" or "a" or "b" or "strong" or "i" or "em" or "abbr" or "time" or "small" or "font" or "cite" or "q" or "u" or "mark" or "sub" or "sup";

    /// <summary>
    /// Removes sections that a label heading opens ("12 Comments", "Related stories", "Most read"):
    /// the heading and the wrappers it is the first child of. <paramref name="headings"/> are the
    /// h2-h6 elements under <paramref name="root"/>, in document order.
    /// </summary>
    public static void RemoveLabelledSections(IElement root, IReadOnlyList<IElement> headings, int maxLabelWords)
    {
        var doomed = new List<IElement>();
        foreach (var heading in headings)
        {
            if (!BoilerplateRules.IsEndLabel(DomWalk.Text(heading), maxLabelWords))
            {
                continue;
            }

            var container = heading;
            while (container.ParentElement is { } parent && parent != root && parent.FirstElementChild == container
                && parent.LocalName is "section" or "div" or "aside" && !HoldsArticle(parent))
            {
                container = parent;
            }

            if (container != heading)
            {
                doomed.Add(container);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    /// <summary>True when the element is or holds the page's headline or a marked article body.</summary>
    private static bool HoldsArticle(IElement element) =>
        DomWalk.SelfAndDescendants(element).Any(e => e.LocalName is "h1" or "article" or "main" || ClassPatterns.IsMarkedBody(e));

    /// <summary>Hidden by the hidden attribute, aria-hidden or an inline style.</summary>
    internal static bool IsHidden(IElement element)
    {
        // One look at each attribute, instead of a search of the list per attribute name.
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { } attribute)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "hidden":
                    return true;
                case "aria-hidden" when string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase):
                    return true;
                case "style" when HiddenStyle().IsMatch(attribute.Value):
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
