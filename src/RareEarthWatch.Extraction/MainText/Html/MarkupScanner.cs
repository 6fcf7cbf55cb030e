namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// A cheap linear pass over the markup before parsing. It counts start tags and estimates the
/// nesting depth (start tags minus end tags, leaving out void elements, self-closed tags, elements
/// whose end tag is optional, and raw-text content), so pathological pages are refused in linear
/// time; and it cuts out what is never text and that the parser would otherwise spend most of its
/// time on: comments, &lt;style&gt;, inline &lt;svg&gt; and &lt;script&gt; other than JSON-LD (kept for
/// metadata). The cuts are recorded, so a position in the parsed text maps back to the page.
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

    /// <summary>Elements whose content is text up to their end tag, which the scan skips and keeps.</summary>
    private static readonly HashSet<string> KeptRawText = new(StringComparer.OrdinalIgnoreCase) { "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes" };

    /// <summary>
    /// Elements that reading removes whole whatever they hold, as long as they hold nothing it reads first (see
    /// <see cref="WholeEnd"/>): menus (a &lt;nav&gt; holding no paragraph is furniture on every path of the cleaner)
    /// and the never-text elements with content (<see cref="DomCleaner.IsNeverText"/>).
    /// </summary>
    private static readonly Dictionary<string, int> CutWhole = new[]
    {
        "nav", "select", "button", "picture", "video", "audio", "figcaption", "label", "dialog", "canvas", "object", "map", "noscript", "iframe",
    }.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Elements that never sit inside a line of text: white space between two of their tags ("&lt;/p&gt;\n  &lt;p&gt;") is
    /// layout of the source, never a space of the text (the reader breaks blocks there anyway), so it is cut rather than
    /// parsed into a text node. Table cells are not among them (a space between cells separates their words).
    /// </summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "meta", "link", "title", "base", "script",
        "div", "p", "ul", "ol", "li", "dl", "dt", "dd", "section", "article", "aside", "header", "footer", "nav", "main",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "form", "fieldset", "hr", "table",
    };

    /// <summary>
    /// What the scan does with an element, by its name: one look-up per tag. <paramref name="CutWhole"/> is its index in
    /// <see cref="CutWhole"/> plus one, 0 when it is not one; <paramref name="Block"/>: one of <see cref="Blocks"/>.
    /// </summary>
    private readonly record struct TagRole(bool NoDepth, bool KeptRawText, int CutWhole, bool Block);

    private static readonly Dictionary<string, TagRole> Roles = NoDepth.Concat(KeptRawText).Concat(CutWhole.Keys).Concat(Blocks)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToDictionary(
            name => name,
            name => new TagRole(NoDepth.Contains(name), KeptRawText.Contains(name), CutWhole.TryGetValue(name, out var index) ? index + 1 : 0, Blocks.Contains(name)),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What the scan found, and the markup with the never-text parts cut out: in a pooled buffer (returned on dispose, so
    /// parse it and read the document before that), or the input itself when nothing was cut.
    /// </summary>
    public sealed class Result(int startTags, int maxDepth, ReadOnlyMemory<char> markup, char[]? rented, SourceOffsets offsets) : IDisposable
    {
        private char[]? rented = rented;
        private bool disposed;

        /// <summary>Start tags counted (stops counting past the limit).</summary>
        public int StartTags { get; } = startTags;

        /// <summary>Deepest estimated nesting (stops past the limit).</summary>
        public int MaxDepth { get; } = maxDepth;

        /// <summary>The markup left to parse.</summary>
        public ReadOnlyMemory<char> Markup => disposed ? throw new ObjectDisposedException(nameof(Result)) : markup;

        /// <summary>The markup left to parse, as a string (tests and diagnostics).</summary>
        public string Text => Markup.ToString();

        /// <summary>Maps a position in <see cref="Markup"/> back to the input.</summary>
        public SourceOffsets Offsets { get; } = offsets;

        public void Dispose()
        {
            if (rented is { } buffer)
            {
                rented = null;
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }

            disposed = true;
        }
    }

    /// <summary>The cuts of the page being scanned, one list per thread (a page makes thousands).</summary>
    [ThreadStatic]
    private static List<(int Start, int End)>? cutList;

    private const int MaxKeptCuts = 1 << 16;

    /// <summary>Scans until the end, or until either limit is passed.</summary>
    public static Result Scan(ReadOnlyMemory<char> markup, int maxTags, int maxDepth)
    {
        var html = markup.Span;
        int tags = 0, depth = 0, deepest = 0, i = 0, preformatted = 0;
        // After the '>' of a block tag: where white space up to the next block tag starts (-1: not after a block tag).
        var gapFrom = -1;
        var cuts = cutList ??= [];
        cuts.Clear();
        var roles = Roles.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> notBefore = stackalloc int[CutWhole.Count];
        while (i < html.Length && tags <= maxTags && deepest <= maxDepth)
        {
            var lt = IndexOf(html, '<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var gap = gapFrom;
            gapFrom = -1;
            if (html[lt..].StartsWith("<!--", StringComparison.Ordinal))
            {
                i = CommentEnd(html, lt);
                cuts.Add((lt, i));
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
            roles.TryGetValue(name, out var role);
            var gt = IndexOf(html, '>', nameEnd);
            if (gt < 0)
            {
                break;
            }

            i = gt + 1;
            if (role.Block && gap >= 0 && preformatted == 0 && lt > gap && html[gap..lt].IsWhiteSpace())
            {
                cuts.Add((gap, lt));
            }

            if (IsPreformatted(name))
            {
                preformatted = Math.Max(0, preformatted + (closing ? -1 : 1));
            }

            if (closing)
            {
                if (!role.NoDepth && depth > 0)
                {
                    depth--;
                }

                gapFrom = role.Block ? i : -1;
                continue;
            }

            tags++;
            var selfClosed = html[gt - 1] == '/';
            var isScript = name.Equals("script", StringComparison.OrdinalIgnoreCase);
            if (isScript || name.Equals("style", StringComparison.OrdinalIgnoreCase) || (name.Equals("svg", StringComparison.OrdinalIgnoreCase) && !selfClosed))
            {
                var close = EndOf(html, i, name);
                var keep = isScript && html[lt..gt].Contains("ld+json", StringComparison.OrdinalIgnoreCase);
                if (!keep)
                {
                    cuts.Add((lt, close.After));
                }

                i = keep ? close.Start : close.After;
                continue;
            }

            if (!selfClosed && role.CutWhole > 0 && i >= notBefore[role.CutWhole - 1])
            {
                // Each region is searched once: after a failure, elements of that name inside it (or, when it never
                // closes, anywhere after it) are parsed as they are, so a page of unclosed or nested elements stays linear.
                var (wholeEnd, searched) = WholeEnd(html, i, name);
                if (wholeEnd is { } end)
                {
                    cuts.Add((lt, end));
                    i = end;
                    continue;
                }

                notBefore[role.CutWhole - 1] = searched;
            }

            if (IsCutVoid(name, html, nameEnd, gt))
            {
                cuts.Add((lt, gt + 1));
                continue;
            }

            if (role.KeptRawText)
            {
                i = EndOf(html, i, name).Start;
                continue;
            }

            CutUnreadAttributes(html, name, nameEnd, gt, cuts);
            if (!selfClosed && !role.NoDepth)
            {
                deepest = Math.Max(deepest, ++depth);
            }

            gapFrom = role.Block ? i : -1;
        }

        var result = cuts.Count == 0
            ? new Result(tags, deepest, markup, null, SourceOffsets.Identity)
            : Cut(markup, cuts, tags, deepest);
        if (cuts.Capacity > MaxKeptCuts)
        {
            // A huge page does not leave its list behind on the thread.
            cutList = null;
        }

        return result;
    }

    /// <summary>
    /// Cuts the attributes of a start tag that reading never looks at (see <see cref="IsRead"/>):
    /// on news pages they are a fifth of the markup left after scripts and styles (data-* state of
    /// scripts, srcset, src, the href of every link, alt, title, event handlers). The tag's attributes are read as the HTML tokenizer reads them (quoted, unquoted,
    /// bare names); only the attribute itself is cut, never the white space around it, so the tag
    /// tokenizes to the same other attributes. A tag whose quoted value holds a '&gt;' (so
    /// <paramref name="gt"/> is not its end) is left whole.
    /// </summary>
    private static void CutUnreadAttributes(ReadOnlySpan<char> html, ReadOnlySpan<char> tagName, int from, int gt, List<(int Start, int End)> cuts)
    {
        var firstCut = cuts.Count;
        var p = from;
        while (true)
        {
            while (p < gt && (IsTagSpace(html[p]) || html[p] == '/'))
            {
                p++;
            }

            if (p >= gt)
            {
                return;
            }

            // An attribute name runs to white space, '/', '>' or '=' (a '=' as its first character belongs to it).
            var nameStart = p++;
            while (p < gt && !IsTagSpace(html[p]) && html[p] is not ('/' or '=' or '>'))
            {
                p++;
            }

            var nameEnd = p;
            var end = p;
            var q = p;
            while (q < gt && IsTagSpace(html[q]))
            {
                q++;
            }

            if (q < gt && html[q] == '=')
            {
                q++;
                while (q < gt && IsTagSpace(html[q]))
                {
                    q++;
                }

                if (q < gt && html[q] is '"' or '\'')
                {
                    var close = IndexOf(html, html[q], q + 1);
                    if (close < 0 || close > gt)
                    {
                        // The '>' the scan stopped at is inside a quoted value: leave the tag as it is.
                        cuts.RemoveRange(firstCut, cuts.Count - firstCut);
                        return;
                    }

                    q = close + 1;
                }
                else
                {
                    while (q < gt && !IsTagSpace(html[q]))
                    {
                        q++;
                    }

                    if (html[q - 1] == '/')
                    {
                        // "data-x=1/>": the '/' belongs to the value; cut out, it would make the tag self-closing.
                        p = q;
                        continue;
                    }
                }

                end = q;
                p = q;
            }

            // The white space before the attribute stays: it may be all that separates its neighbours.
            if (IsUnread(tagName, html[nameStart..nameEnd]))
            {
                cuts.Add((nameStart, end));
            }
        }
    }

    /// <summary>
    /// Void elements that reading removes as never text and no stage looks at first: images and form inputs, and every
    /// &lt;link&gt; but the canonical one (the parser would start a failing load for each stylesheet, icon and preload). They
    /// hold no content, so the start tag alone is cut, when no quoted value hides its end.
    /// </summary>
    private static bool IsCutVoid(ReadOnlySpan<char> name, ReadOnlySpan<char> html, int nameEnd, int gt)
    {
        var cut = name.Length switch
        {
            3 => name.Equals("img", StringComparison.OrdinalIgnoreCase),
            4 => name.Equals("link", StringComparison.OrdinalIgnoreCase) && !html[nameEnd..gt].Contains("canonical", StringComparison.OrdinalIgnoreCase),
            5 => name.Equals("input", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        return cut && EndsAt(html, nameEnd, gt);
    }

    /// <summary>True when the tag whose attributes start at <paramref name="from"/> ends at <paramref name="gt"/> (no quoted value holds that '&gt;').</summary>
    private static bool EndsAt(ReadOnlySpan<char> html, int from, int gt)
    {
        for (var p = from; p < gt; p++)
        {
            if (html[p] == '=')
            {
                var q = p + 1;
                while (q < gt && IsTagSpace(html[q]))
                {
                    q++;
                }

                if (q < gt && html[q] is '"' or '\'')
                {
                    var close = IndexOf(html, html[q], q + 1);
                    if (close < 0 || close > gt)
                    {
                        return false;
                    }

                    p = close;
                }
            }
        }

        return true;
    }

    /// <summary>Elements whose white space is text: nothing is cut inside them.</summary>
    private static bool IsPreformatted(ReadOnlySpan<char> name) =>
        name.Equals("pre", StringComparison.OrdinalIgnoreCase) || name.Equals("listing", StringComparison.OrdinalIgnoreCase);

    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>
    /// The attributes some stage of reading looks at (class, id and itemprop name furniture and bodies; hidden, aria-hidden
    /// and style hide; role marks landmarks; rel, href, content, property, name, http-equiv, charset, lang, datetime,
    /// type and itemtype carry metadata), and the few the HTML tree builder itself reads (type of an input, encoding of
    /// MathML annotations, shadowrootmode of a template, the font attributes that end foreign content). Every other
    /// attribute (src, alt, title, on* handlers, aria labels, widths...) is cut before parsing.
    /// </summary>
    private static bool IsRead(ReadOnlySpan<char> name) => name.Length switch
    {
        2 => Is(name, "id"),
        3 => Is(name, "rel"),
        4 => Is(name, "role") || Is(name, "href") || Is(name, "name") || Is(name, "lang") || Is(name, "type") || Is(name, "face") || Is(name, "size"),
        5 => Is(name, "class") || Is(name, "style") || Is(name, "color"),
        6 => Is(name, "hidden"),
        7 => Is(name, "content") || Is(name, "charset"),
        8 => Is(name, "itemprop") || Is(name, "itemtype") || Is(name, "property") || Is(name, "datetime") || Is(name, "encoding"),
        9 => Is(name, "itemscope"),
        10 => Is(name, "http-equiv"),
        11 => Is(name, "aria-hidden"),
        14 => Is(name, "shadowrootmode"),
        _ => false,
    };

    private static bool Is(ReadOnlySpan<char> name, string attribute) => name.Equals(attribute, StringComparison.OrdinalIgnoreCase);

    /// <summary>An attribute (by its name) that no stage of reading looks at; the href of a link in the body is one: only a &lt;link&gt;'s is read.</summary>
    private static bool IsUnread(ReadOnlySpan<char> tagName, ReadOnlySpan<char> name)
    {
        if (!IsRead(name))
        {
            return true;
        }

        return name.Equals("href", StringComparison.OrdinalIgnoreCase) && tagName.Equals("a", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Where an element of <see cref="CutWhole"/> whose content starts at <paramref name="from"/> ends, when it can be cut
    /// before parsing without changing what reading finds: it closes properly (nested elements of the same name
    /// counted) and holds nothing that reading looks at before it removes the element (no paragraph, h1, article,
    /// main, time, itemprop, author or byline names, marked body) and nothing the scan must see (scripts, comments,
    /// raw text). Otherwise no end, and the element is parsed like any other; Searched is how far the search read.
    /// </summary>
    private static (int? End, int Searched) WholeEnd(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        var depth = 1;
        var at = from;
        while (true)
        {
            var lt = IndexOf(html, '<', at);
            if (lt < 0 || lt + name.Length + 2 >= html.Length)
            {
                return (null, html.Length);
            }

            var closing = html[lt + 1] == '/';
            var nameAt = closing ? lt + 2 : lt + 1;
            if (html.Slice(nameAt, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && nameAt + name.Length < html.Length && html[nameAt + name.Length] is '>' or ' ' or '\t' or '\n' or '\r' or '\f' or '/')
            {
                depth += closing ? -1 : 1;
                if (depth == 0)
                {
                    var gt = IndexOf(html, '>', nameAt);
                    if (gt < 0)
                    {
                        return (null, html.Length);
                    }

                    return HoldsReadMarkup(html[from..lt]) ? (null, gt + 1) : (gt + 1, gt + 1);
                }
            }

            at = lt + 1;
        }
    }

    private static readonly System.Buffers.SearchValues<string> ReadInsideFurniture = System.Buffers.SearchValues.Create(
        ["<p>", "<p ", "<h1", "<article", "<main", "<time", "<script", "itemprop", "author", "byline", "body", "content", "story", "<!--", "<svg", "<style", "<textarea", "<title", "<xmp", "<noscript", "<iframe", "<noembed", "<noframes", "<plaintext", "<template"],
        StringComparison.OrdinalIgnoreCase);

    private static bool HoldsReadMarkup(ReadOnlySpan<char> content) => content.ContainsAny(ReadInsideFurniture);

    /// <summary>The position after a comment starting at <paramref name="lt"/>: "&lt;!--&gt;" and "&lt;!---&gt;" end at once, as the HTML parser reads them.</summary>
    public static int CommentEnd(ReadOnlySpan<char> html, int lt)
    {
        var open = lt + 4;
        if (open < html.Length && html[open] == '>')
        {
            return open + 1;
        }

        if (open + 1 < html.Length && html[open] == '-' && html[open + 1] == '>')
        {
            return open + 2;
        }

        var end = open < html.Length ? html[open..].IndexOf("-->", StringComparison.Ordinal) : -1;
        return end < 0 ? html.Length : open + end + 3;
    }

    /// <summary>The first <paramref name="c"/> at or after <paramref name="from"/>, or -1 (string.IndexOf on a span).</summary>
    private static int IndexOf(ReadOnlySpan<char> html, char c, int from)
    {
        if (from >= html.Length)
        {
            return -1;
        }

        var at = html[from..].IndexOf(c);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Where the end tag of a raw-text element starts, and the position after it (the end of the input when it has none).</summary>
    private static (int Start, int After) EndOf(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        var at = from;
        while (true)
        {
            var end = at < html.Length ? html[at..].IndexOf("</", StringComparison.Ordinal) : -1;
            if (end < 0)
            {
                return (html.Length, html.Length);
            }

            end += at;
            if (end + 2 + name.Length <= html.Length && html.Slice(end + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var gt = IndexOf(html, '>', end);
                return (end, gt < 0 ? html.Length : gt + 1);
            }

            at = end + 2;
        }
    }

    private static Result Cut(ReadOnlyMemory<char> html, List<(int Start, int End)> cuts, int tags, int deepest)
    {
        var kept = html.Length - cuts.Sum(c => c.End - c.Start);
        var keptStarts = new int[cuts.Count + 1];
        var sourceStarts = new int[cuts.Count + 1];
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, kept));
        var source = html.Span;
        int from = 0, to = 0;
        for (var k = 0; k <= cuts.Count; k++)
        {
            var end = k < cuts.Count ? cuts[k].Start : source.Length;
            keptStarts[k] = to;
            sourceStarts[k] = from;
            source[from..end].CopyTo(buffer.AsSpan(to));
            to += end - from;
            from = k < cuts.Count ? cuts[k].End : source.Length;
        }

        return new Result(tags, deepest, buffer.AsMemory(0, kept), buffer, new SourceOffsets(keptStarts, sourceStarts));
    }
}

/// <summary>Maps positions in a text cut out of a source back to the source: segment starts in both, in order.</summary>
internal sealed class SourceOffsets(int[] keptStarts, int[] sourceStarts)
{
    public static SourceOffsets Identity { get; } = new([0], [0]);

    /// <summary>The source position of position <paramref name="kept"/> of the cut text.</summary>
    public int ToSource(int kept)
    {
        var k = Array.BinarySearch(keptStarts, kept);
        if (k < 0)
        {
            k = ~k - 1;
        }

        // Several segments can start at the same kept position (adjacent cuts): the last one holds the text.
        while (k + 1 < keptStarts.Length && keptStarts[k + 1] == kept)
        {
            k++;
        }

        k = Math.Max(k, 0);
        return sourceStarts[k] + (kept - keptStarts[k]);
    }
}
