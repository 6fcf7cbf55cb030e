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

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
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
                && (ClassPatterns.IsDiscussion(ClassPatterns.Signature(element)) || (double)stats.ParagraphText(element) / total < maxBoilerplateShare))
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

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
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
        for (var child = body.LastElementChild; child is not null; child = child.PreviousElementSibling)
        {
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

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
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
        var signature = ClassPatterns.Signature(element);
        if (!byName)
        {
            return ClassPatterns.IsDiscussion(signature);
        }

        return ClassPatterns.IsBoilerplate(signature) || ClassPatterns.IsUnlikely(signature);
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
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
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
