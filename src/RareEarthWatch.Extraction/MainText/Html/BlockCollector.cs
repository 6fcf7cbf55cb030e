using System.Text;
using AngleSharp.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>One run of text between block boundaries, with what the reader needs to judge it.</summary>
/// <param name="Text">The text, white space collapsed.</param>
/// <param name="Tag">The innermost block element holding it ("p", "h2", "li", "div", ...).</param>
/// <param name="LinkChars">Characters of the text inside links.</param>
/// <param name="InQuote">Inside a blockquote.</param>
/// <param name="Owner">The block element holding it.</param>
internal sealed record TextBlock(string Text, string Tag, int LinkChars, bool InQuote, IElement Owner)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}

/// <summary>
/// Turns elements into text blocks, in document order, without recursion: every block element
/// (and every &lt;br&gt;) ends the current block; inline elements (a, b, span...) join their text.
/// </summary>
internal static class BlockCollector
{
    private static bool IsBlock(string tag) => tag is
        "address" or "article" or "aside" or "blockquote" or "caption" or "center" or "dd" or "details" or "div" or "dl" or "dt" or "fieldset" or "figure" or "footer" or "form" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "header" or "hr" or "li" or "main" or "nav" or "ol" or "p" or "pre" or "section" or "summary" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "ul" or "body" or "html";

    public static List<TextBlock> Collect(IEnumerable<IElement> roots)
    {
        var blocks = new List<TextBlock>();
        foreach (var root in roots)
        {
            Collect(root, blocks);
        }

        return blocks;
    }

    private static void Collect(IElement root, List<TextBlock> blocks)
    {
        var text = new StringBuilder();
        var linkChars = 0;
        var linkDepth = 0;
        var quoteDepth = 0;
        var owners = new Stack<IElement>();
        owners.Push(root);

        void Flush()
        {
            var value = TextTools.NormalizeSpace(text);
            if (value.Length > 0)
            {
                blocks.Add(new TextBlock(value, owners.Peek().LocalName, Math.Min(linkChars, value.Length), quoteDepth > 0, owners.Peek()));
            }

            text.Clear();
            linkChars = 0;
        }

        // (node, exiting): exiting entries close an element.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var isBlock = IsBlock(element.LocalName);
                if (exit)
                {
                    if (isBlock)
                    {
                        Flush();
                        owners.Pop();
                        if (element.LocalName == "blockquote")
                        {
                            quoteDepth--;
                        }
                    }
                    else if (element.LocalName == "a")
                    {
                        linkDepth--;
                    }

                    continue;
                }

                if (element.LocalName == "br")
                {
                    Flush();
                    continue;
                }

                if (isBlock)
                {
                    Flush();
                    owners.Push(element);
                    if (element.LocalName == "blockquote")
                    {
                        quoteDepth++;
                    }
                }
                else if (element.LocalName == "a")
                {
                    linkDepth++;
                }
                else if (element.LocalName is "td" or "th")
                {
                    // Cells of a row stay apart as in a table copied as text ("JL Mag | 25,100 | 29,800"), so the row can be read
                    // column by column; the first cell of a row, or one after a block inside the row, opens with a space.
                    text.Append(HasText(text) ? " | " : " ");
                }

                stack.Push((element, true));
                // Children by index: AngleSharp finds a sibling by searching its parent's child list.
                var childNodes11 = element.ChildNodes;
                for (var c11 = childNodes11.Length - 1; c11 >= 0; c11--)
                {
                    var child = childNodes11[c11];
                    stack.Push((child, false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                var value = node.TextContent;
                text.Append(value);
                if (linkDepth > 0)
                {
                    linkChars += value.AsSpan().Trim().Length;
                }
            }
        }

        Flush();
    }

    private static bool HasText(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
