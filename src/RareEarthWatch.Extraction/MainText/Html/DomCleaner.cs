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
    private static readonly HashSet<string> NeverText = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "button", "input", "select", "textarea", "option", "dialog", "video", "audio", "picture", "img",
        "source", "link", "meta", "figcaption", "map", "label",
    };

    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "header", "footer", "aside", "menu",
    };

    private static readonly HashSet<string> ProtectedTags = new(StringComparer.Ordinal)
    {
        "html", "body", "main",
    };

    public static void RemoveNonText(IElement root)
    {
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && (NeverText.Contains(element.LocalName) || IsHidden(element)))
            {
                doomed.Add(element);
                continue;
            }

            // Children by index: AngleSharp finds a sibling by searching its parent's child list.
            var childNodes3 = element.ChildNodes;
            for (var c3 = childNodes3.Length - 1; c3 >= 0; c3--)
            {
                if (childNodes3[c3] is not IElement child)
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

        RemoveComments(root);
    }

    /// <summary>Removes furniture; <paramref name="keep"/> elements (and their ancestors) are never removed.</summary>
    public static void RemoveFurniture(IElement root, TextStats stats, double maxBoilerplateShare, bool byName, ISet<IElement> keep)
    {
        var total = Math.Max(1, stats.ParagraphText(root));
        var keepAncestors = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var k in keep)
        {
            for (var e = k; e is not null; e = e.ParentElement)
            {
                keepAncestors.Add(e);
            }
        }

        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && !keepAncestors.Contains(element) && IsFurniture(element, byName)
                && (ClassPatterns.IsDiscussion(element) || (double)stats.ParagraphText(element) / total < maxBoilerplateShare))
            {
                doomed.Add(element);
                continue;
            }

            if (keep.Contains(element))
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
        if (ProtectedTags.Contains(tag))
        {
            return false;
        }

        if (FurnitureTags.Contains(tag) || ClassPatterns.IsFurnitureRole(element.GetAttribute("role")))
        {
            return true;
        }

        if (tag is "article" || ClassPatterns.IsMarkedBody(element))
        {
            return false;
        }

        // Reader discussion is never the article; other names only count on the first reading.
        if (!byName)
        {
            return ClassPatterns.IsDiscussion(element);
        }

        return ClassPatterns.IsBoilerplate(element) || ClassPatterns.IsUnlikely(element);
    }

    /// <summary>
    /// Removes sections that a label heading opens ("12 Comments", "Related stories", "Most read"):
    /// the heading and the wrappers it is the first child of.
    /// </summary>
    public static void RemoveLabelledSections(IElement root, int maxLabelWords)
    {
        var doomed = new List<IElement>();
        foreach (var heading in DomWalk.Descendants(root).Where(e => e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6").ToList())
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

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    private static void RemoveComments(IElement root)
    {
        var comments = new List<INode>();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            // Children by index: AngleSharp finds a sibling by searching its parent's child list.
            var childNodes7 = node.ChildNodes;
            for (var c7 = 0; c7 < childNodes7.Length; c7++)
            {
                var child = childNodes7[c7];
                if (child.NodeType == NodeType.Comment)
                {
                    comments.Add(child);
                }
                else if (child.NodeType == NodeType.Element)
                {
                    stack.Push(child);
                }
            }
        }

        foreach (var comment in comments)
        {
            comment.Parent?.RemoveChild(comment);
        }
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
