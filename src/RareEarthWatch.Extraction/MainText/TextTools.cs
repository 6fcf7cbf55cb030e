using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace RareEarthWatch.Extraction.MainText;

/// <summary>Small text helpers shared by the plain-text and HTML extractors.</summary>
internal static partial class TextTools
{
    /// <summary>Collapses every run of white space (including no-break and zero-width spaces) to one space and trims.</summary>
    public static string NormalizeSpace(string text) => IsNormalized(text) ? text : NormalizeSpace(text.AsSpan());

    /// <summary>True when no space needs collapsing, trimming or replacing by ' '.</summary>
    private static bool IsNormalized(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (previousSpace || c != ' ')
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
        }

        return !previousSpace || text.Length == 0;
    }

    /// <summary>The text of a builder with its white space normalized as <see cref="NormalizeSpace(string)"/> does, without copying it to a string first.</summary>
    public static string NormalizeSpace(StringBuilder text)
    {
        var normalizer = new SpaceNormalizer(text.Length);
        foreach (var chunk in text.GetChunks())
        {
            normalizer.Append(chunk.Span);
        }

        return normalizer.Finish();
    }

    private static string NormalizeSpace(ReadOnlySpan<char> text)
    {
        var normalizer = new SpaceNormalizer(text.Length);
        normalizer.Append(text);
        return normalizer.Finish();
    }

    /// <summary>Writes text into a pooled buffer with runs of space as one ' ', none at the start or end.</summary>
    private ref struct SpaceNormalizer(int capacity)
    {
        private readonly char[] buffer = ArrayPool<char>.Shared.Rent(capacity);
        private int length;
        private bool pendingSpace;

        public void Append(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (IsSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
            }
        }

        /// <summary>The text written, and the buffer back to the pool.</summary>
        public readonly string Finish()
        {
            var text = length == 0 ? string.Empty : new string(buffer, 0, length);
            ArrayPool<char>.Shared.Return(buffer);
            return text;
        }
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Runs of letters and digits (what the benchmark's metric counts as words).</summary>
    public static MatchCollection WordMatches(string text) => Word().Matches(text);

    /// <summary>
    /// True when the text holds at most <paramref name="max"/> words (as <see cref="WordCount"/> counts them); stops reading at
    /// the word past the limit, so a label test on a long paragraph reads only its first words.
    /// </summary>
    public static bool HasAtMostWords(ReadOnlySpan<char> text, int max)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var word = IsWordChar(c);
            if (word && !inWord && ++count > max)
            {
                return false;
            }

            inWord = word;
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> has the <see cref="Key"/> <paramref name="key"/>, without building its key.</summary>
    public static bool HasKey(string text, string key)
    {
        var at = 0;
        foreach (var c in text)
        {
            if (!IsWordChar(c))
            {
                continue;
            }

            if (at == key.Length || char.ToLowerInvariant(c) != key[at])
            {
                return false;
            }

            at++;
        }

        return at == key.Length;
    }

    /// <summary>How many runs of word characters (as the regex \w sees them) the text holds; no allocation.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var word = IsWordChar(c);
            if (word && !inWord)
            {
                count++;
            }

            inWord = word;
        }

        return count;
    }

    /// <summary>The words of a text in lower case, for comparing paragraphs.</summary>
    public static HashSet<string> WordSet(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                set.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return set;
    }

    /// <summary>A character the regex \w matches: letters, non-spacing marks, decimal digits, connector punctuation, ZWNJ/ZWJ.</summary>
    public static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_')
        {
            return true;
        }

        if (c < '\u0080')
        {
            return false;
        }

        return c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>Share of the shorter text's words found in the other (0 when either has none).</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return (double)small.Count(large.Contains) / small.Count;
    }

    /// <summary>True when the text ends like a sentence (full stop, question or exclamation mark, closing quote after one).</summary>
    public static bool EndsSentence(string text) => SentenceEnd().IsMatch(text);

    /// <summary>A key for "same text": letters and digits only, lower case.</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    public static bool HasLetterOrDigit(string text) => text.Any(char.IsLetterOrDigit);

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?。！？…][""'”’»)\]]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
