using System.Collections.Frozen;

namespace RareEarthWatch.Extraction.Entities.Text;

/// <summary>
/// Splits main text into sentences. A line break always ends a sentence (paragraphs are separated by "\n\n");
/// '.', '!' and '?' end one when followed by white space and an upper-case letter, a digit, a quote or a bracket,
/// except after a known abbreviation ("Dr.", "Co.", "No."), a single letter (initials, "U.S.") or inside a
/// number ("1.5", "No.18").
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Words that end with a full stop without ending the sentence (compared without case).</summary>
    public static IReadOnlyList<string> DefaultAbbreviations { get; } =
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Ft", "Co", "Corp", "Inc", "Ltd", "Pvt", "Pty", "Sdn", "Bhd", "Bros",
        "No", "Nos", "vs", "approx", "est", "ca", "cf", "e.g", "i.e", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Gov", "Sen", "Rep", "Jr", "Sr", "Fig", "Lt", "Col",
        "Capt", "Hon", "Adm", "Rs", "Messrs", "Dept", "Govt", "Mln", "Bln",
    ];

    public static SentenceSplitter Default { get; } = new(DefaultAbbreviations);

    private readonly FrozenSet<string> abbreviations;

    public SentenceSplitter(IEnumerable<string> abbreviations) =>
        this.abbreviations = abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }
                else
                {
                    continue;
                }
            }

            if (c is '\n' or '\r')
            {
                Add(text, sentences, start, i);
                start = -1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
            {
                next++;
            }

            var endsLine = next >= text.Length || text[next] is '\n' or '\r';
            if (!endsLine && !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && !endsLine && IsAbbreviationBefore(text, i) && !(IsLegalSuffixBefore(text, i) && OpensSentence(text, next)))
            {
                continue;
            }

            Add(text, sentences, start, end);
            start = -1;
            i = end - 1;
        }

        if (start >= 0)
        {
            Add(text, sentences, start, text.Length);
        }

        return sentences;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018';

    private bool IsAbbreviationBefore(string text, int dot)
    {
        var wordEnd = dot;
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (wordStart == wordEnd)
        {
            return false;
        }

        var word = text.AsSpan(wordStart, wordEnd - wordStart);

        // "Mt" after a number is million tonnes, not Mount: "reserves of 12.9 Mt. The company ..." ends there
        // ("Mt. Weld" and "Mt Weld" stay one sentence).
        if (word is "Mt" && IsAfterNumber(text, wordStart))
        {
            return false;
        }

        // A unit after a slash ("7.2 million yuan/mt. Metal plants ...", "$/kg.") or a lower-case "mt" is never Mount.
        if ((wordStart > 0 && text[wordStart - 1] == '/') || word is "mt")
        {
            return false;
        }

        var lastDot = word.LastIndexOf('.');
        var lastPart = lastDot >= 0 ? word[(lastDot + 1)..] : word;

        // Initials and dotted acronyms: "J. Smith", "U.S. officials".
        if (lastPart.Length == 1 && char.IsUpper(lastPart[0]))
        {
            return true;
        }

        return abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
               || abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastPart);
    }

    /// <summary>
    /// A company's legal suffix before the stop ("Lynas Rare Earths Ltd.", "Neo Performance Materials Inc."): the name may
    /// end a sentence there, which <see cref="OpensSentence"/> decides from the next word.
    /// </summary>
    private static bool IsLegalSuffixBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start > 0 && text[start - 1] == ' ' && LegalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, dot - start));
    }

    private static readonly FrozenSet<string> LegalSuffixes = FrozenSet.ToFrozenSet(["Ltd", "Inc", "Corp", "Bhd", "Pty", "Pvt"], StringComparer.Ordinal);

    /// <summary>
    /// The word after a legal suffix opens a new sentence when it is one no name goes on with: an article, a pronoun or a
    /// conjunction ("... Ltd. The company said", "... Inc. It will"), never a capitalised name ("Co. Ltd.", "Ltd. Chief").
    /// </summary>
    private static bool OpensSentence(string text, int next)
    {
        var end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > next && SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(next, end - next));
    }

    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
        ["The", "It", "Its", "This", "That", "These", "Those", "He", "She", "They", "We", "Their", "His", "Her", "A", "An", "But", "In", "On", "At", "Under", "Last", "Earlier", "Separately", "Meanwhile", "Shares"],
        StringComparer.Ordinal);

    private static bool IsAfterNumber(string text, int wordStart)
    {
        var i = wordStart;
        while (i > 0 && text[i - 1] is ' ' or '\u00A0')
        {
            i--;
        }

        return i > 0 && char.IsDigit(text[i - 1]);
    }

    private static void Add(string text, List<Sentence> sentences, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, text[start..end]));
        }
    }
}
