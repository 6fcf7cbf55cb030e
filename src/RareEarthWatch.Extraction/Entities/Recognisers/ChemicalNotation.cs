using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>
/// Reads element symbols written as chemistry: formulas ("Nd2O3", "NdFeB", "NdPr", "SmCo5"), symbols joined by
/// '/', '-' or '+' ("Dy/Tb", "Pr-Nd", "Nd+Pr"), two-letter symbols in a list ("Dy and Tb", "(Dy, Tb)") and a symbol in brackets ("(Nd)"). A bare "Nd", "PM", "EU" or "La" is never a symbol.
/// </summary>
public static partial class ChemicalNotation
{
    /// <summary>
    /// The symbols of a formula written as one word, or none when the word is not a formula: every part must be a
    /// chemical symbol, and there must be two parts or a digit ("Nd2O3", "NdPr"; not "Nd", "YES", "ScD").
    /// </summary>
    public static List<string> Symbols(string word, IReadOnlySet<string> chemicalSymbols)
    {
        var symbols = new List<string>();
        var digits = false;
        var i = 0;
        while (i < word.Length)
        {
            var c = word[i];
            if (char.IsDigit(c))
            {
                digits = true;
                i++;
                continue;
            }

            if (!char.IsAsciiLetterUpper(c))
            {
                return [];
            }

            if (i + 1 < word.Length && char.IsAsciiLetterLower(word[i + 1]))
            {
                var two = word.Substring(i, 2);
                if (!chemicalSymbols.Contains(two))
                {
                    return [];
                }

                symbols.Add(two);
                i += 2;
            }
            else
            {
                var one = c.ToString();
                if (!chemicalSymbols.Contains(one))
                {
                    return [];
                }

                symbols.Add(one);
                i++;
            }
        }

        return symbols.Count >= 2 || (symbols.Count == 1 && digits) ? symbols : [];
    }

    /// <summary>Rare-earth symbols written in chemical notation in <paramref name="text"/>, with their spans.</summary>
    public static IEnumerable<(string Symbol, int Start, int Length)> Find(
        string text,
        IReadOnlySet<string> chemicalSymbols,
        FrozenDictionary<string, ElementEntry> rareEarths)
    {
        foreach (Match word in FormulaWord().Matches(text))
        {
            if (PeriodCode().IsMatch(word.Value))
            {
                continue; // "FY26", "CY2025": a fiscal or calendar year, not fluorine and yttrium
            }

            var symbols = Symbols(word.Value, chemicalSymbols);
            if (!symbols.Exists(s => rareEarths.ContainsKey(s)))
            {
                continue;
            }

            // A one-letter rare-earth symbol (Y) counts only in a formula with digits (Y2O3), not in "YN".
            var hasDigit = word.Value.Any(char.IsDigit);
            foreach (var symbol in symbols.Distinct())
            {
                if (rareEarths.ContainsKey(symbol) && (symbol.Length > 1 || hasDigit))
                {
                    yield return (symbol, word.Index, word.Length);
                }
            }
        }

        foreach (Match joined in JoinedSymbols().Matches(text))
        {
            var parts = joined.Value.Split('/', '-', '\u2013', '+');
            if (!parts.All(chemicalSymbols.Contains) || !parts.Any(p => p.Length > 1 && rareEarths.ContainsKey(p)))
            {
                continue;
            }

            foreach (var part in parts.Distinct())
            {
                if (rareEarths.ContainsKey(part))
                {
                    yield return (part, joined.Index, joined.Length);
                }
            }
        }

        foreach (Match list in SymbolList().Matches(text))
        {
            var parts = list.Groups["symbol"].Captures.Select(c => c.Value).ToList();
            if (!parts.All(p => rareEarths.ContainsKey(p)) || parts.All(WordLikeSymbols.Contains))
            {
                continue;
            }

            foreach (var capture in list.Groups["symbol"].Captures.DistinctBy(c => c.Value))
            {
                yield return (capture.Value, capture.Index, capture.Length);
            }
        }

        foreach (Match bracketed in BracketedSymbol().Matches(text))
        {
            var symbol = bracketed.Groups[1].Value;
            if (rareEarths.TryGetValue(symbol, out var element)
                && (symbol.Length > 1 || PrecededByName(text, bracketed.Index, element.Name)))
            {
                yield return (symbol, bracketed.Index, bracketed.Length);
            }
        }
    }

    private static bool PrecededByName(string text, int bracket, string name)
    {
        var before = text.AsSpan(0, bracket).TrimEnd();
        return before.EndsWith(name, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[A-Z][a-z]?\d*){1,8}(?![\p{L}\p{N}])")]
    private static partial Regex FormulaWord();

    [GeneratedRegex(@"(?<![\p{L}\p{N}/\-+])[A-Z][a-z]?(?:[/\-\u2013+][A-Z][a-z]?)+(?![\p{L}\p{N}/\-+])")]
    private static partial Regex JoinedSymbols();

    /// <summary>Capitals then a two- or four-digit year ("FY26", "CY2025", "FY25"): a period code, not a formula.</summary>
    [GeneratedRegex(@"^[A-Z]{2,3}(?:\d{2}|\d{4})$")]
    private static partial Regex PeriodCode();

    /// <summary>
    /// Two-letter rare-earth symbols that are also words or names ("La", "Er", "Ho", "Lu", "Ce", "Eu", "Pm"): a list made only of
    /// them is not read as symbols ("Ho and Lu said").
    /// </summary>
    private static readonly FrozenSet<string> WordLikeSymbols = new[] { "La", "Ce", "Pm", "Eu", "Ho", "Er", "Lu" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Two or more two-letter symbols in a list ("Dy and Tb", "(Dy, Tb)", "Nd, Pr and Dy"): separated by commas, "and", "or"
    /// or "&amp;", each a whole word. Checked against the rare-earth symbols by the caller.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/\-])(?<symbol>[A-Z][a-z])(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?<symbol>[A-Z][a-z]))+(?![\p{L}\p{N}/\-])")]
    private static partial Regex SymbolList();

    [GeneratedRegex(@"\(([A-Z][a-z]?)\)")]
    private static partial Regex BracketedSymbol();
}
