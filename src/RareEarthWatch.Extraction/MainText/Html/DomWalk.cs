using AngleSharp.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>Tree walks with explicit stacks: no recursion, so a page nested thousands deep cannot overflow the stack.</summary>
internal static class DomWalk
{
    /// <summary>The elements under <paramref name="root"/> (not itself) in document order.</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            PushChildren(stack, element);
        }
    }

    /// <summary>The element and its descendants in document order.</summary>
    public static IEnumerable<IElement> SelfAndDescendants(IElement root)
    {
        yield return root;
        foreach (var element in Descendants(root))
        {
            yield return element;
        }
    }

    /// <summary>Text of a node with white space collapsed, read without recursion.</summary>
    public static string Text(INode root)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                sb.Append(node.TextContent);
                continue;
            }

            // Children by index: AngleSharp finds a sibling by searching its parent's child list.
            var childNodes13 = node.ChildNodes;
            for (var c13 = childNodes13.Length - 1; c13 >= 0; c13--)
            {
                var child = childNodes13[c13];
                stack.Push(child);
            }
        }

        return TextTools.NormalizeSpace(sb);
    }

    /// <summary>The element itself or its nearest ancestor named <paramref name="localName"/>, as Closest(name) finds it, without a selector.</summary>
    public static IElement? SelfOrAncestor(IElement element, string localName)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == localName)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The first element under <paramref name="root"/> in document order named <paramref name="localName"/>, as QuerySelector(name) finds it, without a selector.</summary>
    public static IElement? FirstDescendant(IElement root, string localName)
    {
        foreach (var element in Descendants(root))
        {
            if (element.LocalName == localName)
            {
                return element;
            }
        }

        return null;
    }

    private static void PushChildren(Stack<IElement> stack, IElement element)
    {
        // Children by index: AngleSharp finds a sibling by searching its parent's child list.
        var childNodes14 = element.ChildNodes;
        for (var c14 = childNodes14.Length - 1; c14 >= 0; c14--)
        {
            if (childNodes14[c14] is not IElement child)
            {
                continue;
            }

            stack.Push(child);
        }
    }
}
