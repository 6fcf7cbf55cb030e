using System.Buffers;
using System.Net;
using RareEarthWatch.Extraction.MainText.Html;

namespace RareEarthWatch.Extraction.MainText.Provenance;

/// <summary>A paragraph of main text and the source position its element starts at (0 when unknown).</summary>
internal readonly record struct SourcedParagraph(string Text, int SourceHint);

/// <summary>
/// Finds where the paragraphs of the main text came from in the decoded source. The source is read
/// once, from the first paragraph's element on, as the text a reader sees (tags, comments, scripts and
/// styles skipped, entities decoded, white space runs as one space), each character remembering its
/// source range; then each paragraph is matched against it in order, from its element's position:
/// runs that match are recorded; after a mismatch (text the reader removed, such as a caption) the
/// next <see cref="AnchorChars"/> characters are looked for a little further on. Work is linear in the
/// source plus bounded searches.
/// </summary>
internal static class SourceAligner
{
    /// <summary>Characters that must match for a run to start (fewer at the end of a paragraph).</summary>
    private const int AnchorChars = 12;

    /// <summary>Visible source characters searched for the start of a paragraph (from its element on).</summary>
    private const int MaxStartSearch = 65_536;

    /// <summary>Searching may look at most this many times the source's length in all, so a page whose text cannot be found ends in linear time (the rest stays without origin).</summary>
    private const int MaxSearchPerSourceChar = 8;

    /// <summary>Visible source characters searched to pick a paragraph up again after a mismatch.</summary>
    private const int MaxGapSearch = 4_000;

    /// <summary>Mismatches after which the rest of a paragraph is left without origin.</summary>
    private const int MaxResyncs = 64;

    private static readonly SearchValues<char> TagEndOrQuote = SearchValues.Create(">\"'");

    /// <summary>Elements whose content is never text: script, style, svg, noscript, template, textarea, title (any case).</summary>
    private static bool IsSkipped(ReadOnlySpan<char> name) => name.Length switch
    {
        3 => name.Equals("svg", StringComparison.OrdinalIgnoreCase),
        5 => name.Equals("style", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase),
        6 => name.Equals("script", StringComparison.OrdinalIgnoreCase),
        8 => name.Equals("noscript", StringComparison.OrdinalIgnoreCase) || name.Equals("template", StringComparison.OrdinalIgnoreCase)
            || name.Equals("textarea", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <param name="source">The decoded source.</param>
    /// <param name="sourceText">Makes the same source as a string when the map is asked for it (after the buffer is gone).</param>
    public static SourceMap Map(ReadOnlyMemory<char> source, Func<string> sourceText, IReadOnlyList<SourcedParagraph> paragraphs, bool markup, string separator)
    {
        if (paragraphs.Count == 0 || source.Length == 0)
        {
            return new SourceMap([], source.Length, sourceText);
        }

        var from = Math.Clamp(paragraphs.Min(p => p.SourceHint), 0, source.Length);
        using var stream = new VisibleText(source, from, markup);
        var spans = new List<TextSpanOrigin>();
        var budget = ((long)MaxSearchPerSourceChar * source.Length) + MaxStartSearch;
        var cursor = 0;
        var mainStart = 0;
        foreach (var paragraph in paragraphs)
        {
            var start = Math.Max(cursor, stream.IndexAtOrAfter(paragraph.SourceHint));
            cursor = Align(paragraph.Text, mainStart, stream, start, spans, ref budget);
            mainStart += paragraph.Text.Length + separator.Length;
        }

        return new SourceMap(spans, source.Length, sourceText);
    }

    private static int Align(string text, int mainStart, VisibleText stream, int at, List<TextSpanOrigin> spans, ref long budget)
    {
        var j = 0;
        var v = at;
        var first = true;
        var resyncs = 0;
        while (j < text.Length && resyncs <= MaxResyncs && budget > 0)
        {
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (j >= text.Length)
            {
                break;
            }

            var found = FindAnchor(text, j, stream, v, first ? MaxStartSearch : MaxGapSearch, ref budget);
            if (found < 0)
            {
                // Skip to the next word of the paragraph and look again.
                resyncs++;
                while (j < text.Length && text[j] != ' ')
                {
                    j++;
                }

                continue;
            }

            first = false;
            v = found;
            while (j < text.Length && stream.Has(v))
            {
                var c = stream.Chars[v];
                if (text[j] == c)
                {
                    Add(spans, mainStart + j, stream.Starts[v], stream.Ends[v] - stream.Starts[v]);
                    j++;
                    v++;
                }
                else if (text[j] == ' ')
                {
                    j++;
                }
                else if (c == ' ')
                {
                    v++;
                }
                else
                {
                    resyncs++;
                    break;
                }
            }

            if (!stream.Has(v))
            {
                break;
            }
        }

        return v;
    }

    /// <summary>Where, from <paramref name="from"/> on, the stream reads as the next anchor of the text (spaces on either side are ignored).</summary>
    private static int FindAnchor(string text, int j, VisibleText stream, int from, int window, ref long budget)
    {
        var end = (int)Math.Min(int.MaxValue, (long)from + window);
        var firstChar = text[j];
        var p = from;
        while (p < end && stream.Has(p))
        {
            var hit = stream.Chars.AsSpan(p, Math.Min(stream.Count, end) - p).IndexOf(firstChar);
            if (hit < 0)
            {
                p = Math.Min(stream.Count, end);
                continue;
            }

            p += hit;
            budget -= AnchorChars;
            if (Matches(text, j, stream, p))
            {
                budget -= p - from;
                return p;
            }

            p++;
        }

        budget -= p - from;
        return -1;
    }

    private static bool Matches(string text, int j, VisibleText stream, int v)
    {
        var matched = 0;
        while (matched < AnchorChars && j < text.Length)
        {
            if (!stream.Has(v))
            {
                return false;
            }

            if (text[j] == stream.Chars[v])
            {
                matched++;
                j++;
                v++;
            }
            else if (text[j] == ' ')
            {
                j++;
            }
            else if (stream.Chars[v] == ' ')
            {
                v++;
            }
            else
            {
                return false;
            }
        }

        return matched > 0;
    }

    private static void Add(List<TextSpanOrigin> spans, int main, int source, int sourceLength)
    {
        if (spans.Count > 0)
        {
            var last = spans[^1];
            if (sourceLength == 1 && last.Length == last.SourceLength
                && last.MainTextStart + last.Length == main && last.SourceStart + last.SourceLength == source)
            {
                spans[^1] = last with { Length = last.Length + 1, SourceLength = last.SourceLength + 1 };
                return;
            }
        }

        spans.Add(new TextSpanOrigin(main, 1, source, sourceLength));
    }

    /// <summary>The position after a tag, a comment, or an element whose content is never text.</summary>
    private static int SkipTag(ReadOnlySpan<char> source, int lt)
    {
        if (source[lt..].StartsWith("<!--", StringComparison.Ordinal))
        {
            return MarkupScanner.CommentEnd(source, lt);
        }

        var nameStart = source[lt + 1] == '/' ? lt + 2 : lt + 1;
        var nameEnd = nameStart;
        while (nameEnd < source.Length && (char.IsAsciiLetterOrDigit(source[nameEnd]) || source[nameEnd] == '-'))
        {
            nameEnd++;
        }

        // The end of the tag: the first '>' outside a quoted attribute value (a quote right after '=' opens one).
        var i = nameEnd;
        while (true)
        {
            var next = i < source.Length ? source[i..].IndexOfAny(TagEndOrQuote) : -1;
            if (next < 0)
            {
                i = source.Length;
                break;
            }

            i += next;
            if (source[i] == '>')
            {
                break;
            }

            if (i > 0 && source[i - 1] == '=')
            {
                var closeQuote = source[(i + 1)..].IndexOf(source[i]);
                if (closeQuote < 0)
                {
                    i = source.Length;
                    break;
                }

                i += 1 + closeQuote;
            }

            i++;
        }

        var after = Math.Min(source.Length, i + 1);
        if (source[lt + 1] == '/' || nameEnd == nameStart || source[i - 1] == '/'
            || !IsSkipped(source[nameStart..nameEnd]))
        {
            return after;
        }

        var close = string.Concat("</", source[nameStart..nameEnd]);
        var endTag = source[after..].IndexOf(close, StringComparison.OrdinalIgnoreCase);
        if (endTag < 0)
        {
            return source.Length;
        }

        endTag += after;
        var gt = source[endTag..].IndexOf('>');
        return gt < 0 ? source.Length : endTag + gt + 1;
    }

    /// <summary>A character reference at <paramref name="at"/> ("&amp;amp;", "&amp;#8217;", "&amp;#x2019;"), decoded, and its length.</summary>
    private static (char Value, int Length)? Entity(ReadOnlySpan<char> source, int at)
    {
        const int MaxEntityLength = 33;
        var end = source.Slice(at + 1, Math.Min(MaxEntityLength, source.Length - at - 1)).IndexOf(';');
        if (end < 0)
        {
            return null;
        }

        end += at + 1;
        var name = source[(at + 1)..end];
        foreach (var ch in name)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '#')
            {
                return null;
            }
        }

        // Pages repeat the same few references: each distinct one is decoded once per thread.
        entities ??= new Dictionary<string, char?>(StringComparer.Ordinal);
        var lookup = entities.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = source[at..(end + 1)];
        if (!lookup.TryGetValue(span, out var value))
        {
            if (entities.Count >= MaxCachedEntities)
            {
                entities.Clear();
            }

            var raw = span.ToString();
            var decoded = WebUtility.HtmlDecode(raw);
            value = decoded == raw || decoded.Length == 0 ? null : decoded.Length == 1 ? decoded[0] : '\uFFFD';
            entities[raw] = value;
        }

        return value is { } c ? (c, end + 1 - at) : null;
    }

    /// <summary>Distinct character references remembered per thread; the cache is emptied when it reaches this size.</summary>
    private const int MaxCachedEntities = 4096;

    [ThreadStatic]
    private static Dictionary<string, char?>? entities;

    /// <summary>
    /// The text a reader sees in the source from a position on, read lazily as far as it is asked
    /// for: in markup, tags, comments and never-text elements skipped and entities decoded; white
    /// space runs read as one space. Each character keeps the source range it was read from.
    /// </summary>
    private sealed class VisibleText(ReadOnlyMemory<char> source, int from, bool markup) : IDisposable
    {
        /// <summary>Visible characters read per refill.</summary>
        private const int Chunk = 4096;

        private int position = from;
        private bool inSpace;

        public char[] Chars { get; private set; } = ArrayPool<char>.Shared.Rent(Chunk);

        public int[] Starts { get; private set; } = ArrayPool<int>.Shared.Rent(Chunk);

        public int[] Ends { get; private set; } = ArrayPool<int>.Shared.Rent(Chunk);

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(Chars);
            ArrayPool<int>.Shared.Return(Starts);
            ArrayPool<int>.Shared.Return(Ends);
        }

        public int Count { get; private set; }

        /// <summary>True when visible character <paramref name="index"/> exists (reading on as needed).</summary>
        public bool Has(int index)
        {
            while (index >= Count && position < source.Length)
            {
                Fill(Count + Chunk);
            }

            return index < Count;
        }

        /// <summary>The first visible character whose source starts at or after <paramref name="sourcePosition"/>.</summary>
        public int IndexAtOrAfter(int sourcePosition)
        {
            while (position <= sourcePosition && position < source.Length)
            {
                Fill(Count + Chunk);
            }

            var i = Array.BinarySearch(Starts, 0, Count, sourcePosition);
            return i >= 0 ? i : ~i;
        }

        private void Fill(int target)
        {
            var page = source.Span;
            while (Count < target && position < page.Length)
            {
                var c = page[position];
                var start = position;
                if (markup && c == '<' && position + 1 < page.Length && (char.IsAsciiLetter(page[position + 1]) || page[position + 1] is '/' or '!' or '?'))
                {
                    position = SkipTag(page, position);
                    continue;
                }

                var length = 1;
                if (markup && c == '&' && Entity(page, position) is { } entity)
                {
                    c = entity.Value;
                    length = entity.Length;
                }

                position += length;
                if (TextTools.IsSpace(c))
                {
                    if (inSpace)
                    {
                        Ends[Count - 1] = position;
                        continue;
                    }

                    inSpace = true;
                    c = ' ';
                }
                else
                {
                    inSpace = false;
                }

                if (Count == Chars.Length)
                {
                    Chars = Grow(Chars);
                    Starts = Grow(Starts);
                    Ends = Grow(Ends);
                }

                Chars[Count] = c;
                Starts[Count] = start;
                Ends[Count] = position;
                Count++;
            }
        }

        private static T[] Grow<T>(T[] array)
        {
            var bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
            array.CopyTo(bigger, 0);
            ArrayPool<T>.Shared.Return(array);
            return bigger;
        }
    }
}
