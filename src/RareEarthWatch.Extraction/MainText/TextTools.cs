using System.Text;
using System.Text.RegularExpressions;

namespace RareEarthWatch.Extraction.MainText;

/// <summary>Small text helpers shared by the plain-text and HTML extractors.</summary>
internal static partial class TextTools
{
    /// <summary>Collapses every run of white space (including no-break and zero-width spaces) to one space and trims.</summary>
    public static string NormalizeSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Runs of letters and digits (what the benchmark's metric counts as words).</summary>
    public static MatchCollection WordMatches(string text) => Word().Matches(text);

    public static int WordCount(string text) => Word().Count(text);

    /// <summary>The words of a text in lower case, for comparing paragraphs.</summary>
    public static HashSet<string> WordSet(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

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
    public static string Key(string text) =>
        string.Concat(Word().Matches(text).Select(m => m.Value.ToLowerInvariant()));

    public static bool HasLetterOrDigit(string text) => text.Any(char.IsLetterOrDigit);

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?。！？…][""'”’»)\]]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
