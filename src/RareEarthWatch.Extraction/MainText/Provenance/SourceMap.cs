namespace RareEarthWatch.Extraction.MainText.Provenance;

/// <summary>
/// A run of main text and where it came from in the decoded source (a value: the aligner extends the
/// last run character by character, and a page has tens of thousands of characters). When
/// <see cref="Length"/> equals <see cref="SourceLength"/> the run maps character for character;
/// otherwise it is one character of main text written differently in the source (an entity such as
/// <c>&amp;amp;</c>, or a run of white space and line breaks read as one space).
/// </summary>
/// <param name="MainTextStart">Offset of the run in <see cref="ReadArticle.MainText"/>.</param>
/// <param name="Length">Characters of main text in the run.</param>
/// <param name="SourceStart">Offset in the decoded source text (<see cref="SourceMap.SourceText"/>).</param>
/// <param name="SourceLength">Characters of source the run covers.</param>
public readonly record struct TextSpanOrigin(int MainTextStart, int Length, int SourceStart, int SourceLength);

/// <summary>
/// Where each character of the main text came from in the decoded page (the HTML markup of an
/// HTML or MHTML page, the text of a text file), so evidence can point back into the original.
/// Characters the reader wrote itself (the blank line between paragraphs, a space between table
/// cells) have no origin. Runs are ordered by <see cref="TextSpanOrigin.MainTextStart"/>.
/// </summary>
public sealed class SourceMap
{
    private readonly Lazy<string> sourceText;

    /// <param name="spans">The runs, in main-text order, not overlapping.</param>
    /// <param name="sourceText">The decoded source the runs point into.</param>
    public SourceMap(IReadOnlyList<TextSpanOrigin> spans, string sourceText)
        : this(spans, sourceText.Length, () => sourceText)
    {
    }

    /// <param name="spans">The runs, in main-text order, not overlapping.</param>
    /// <param name="sourceLength">Characters in the decoded source.</param>
    /// <param name="sourceText">Makes the decoded source when it is first asked for (a page is decoded again from its bytes).</param>
    public SourceMap(IReadOnlyList<TextSpanOrigin> spans, int sourceLength, Func<string> sourceText)
    {
        Spans = spans;
        SourceLength = sourceLength;
        this.sourceText = new Lazy<string>(sourceText, LazyThreadSafetyMode.PublicationOnly);
    }

    public static SourceMap Empty { get; } = new([], string.Empty);

    /// <summary>The runs, in main-text order, not overlapping.</summary>
    public IReadOnlyList<TextSpanOrigin> Spans { get; }

    /// <summary>The decoded source the runs point into.</summary>
    public string SourceText => sourceText.Value;

    /// <summary>Length of the decoded source.</summary>
    public int SourceLength { get; }

    /// <summary>The source offset of one main-text character, or null when the reader wrote that character itself.</summary>
    public int? SourceOffset(int mainTextOffset)
    {
        if (Find(mainTextOffset) is not { } span)
        {
            return null;
        }

        return span.Length == span.SourceLength
            ? span.SourceStart + (mainTextOffset - span.MainTextStart)
            : span.SourceStart;
    }

    /// <summary>
    /// The source range covering a main-text range: from the origin of its first character that has
    /// one to the end of the origin of its last; null when none of its characters has an origin.
    /// </summary>
    public (int Start, int Length)? SourceRange(int mainTextStart, int length)
    {
        int? first = null, last = null;
        for (var i = mainTextStart; i < mainTextStart + length && first is null; i++)
        {
            first = SourceOffset(i);
        }

        for (var i = mainTextStart + length - 1; i >= mainTextStart && last is null; i--)
        {
            if (Find(i) is { } span)
            {
                last = span.Length == span.SourceLength
                    ? span.SourceStart + (i - span.MainTextStart) + 1
                    : span.SourceStart + span.SourceLength;
            }
        }

        return first is { } f && last is { } l && l > f ? (f, l - f) : null;
    }

    private TextSpanOrigin? Find(int mainTextOffset)
    {
        int lo = 0, hi = Spans.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var span = Spans[mid];
            if (mainTextOffset < span.MainTextStart)
            {
                hi = mid - 1;
            }
            else if (mainTextOffset >= span.MainTextStart + span.Length)
            {
                lo = mid + 1;
            }
            else
            {
                return span;
            }
        }

        return null;
    }
}
