using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Matching;

/// <summary>A phrase matched in the text: tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>).</summary>
public sealed record PhraseMatch(int FirstToken, int EndToken, int Start, int Length, IReadOnlyList<PhraseTarget> Targets)
{
    public int End => Start + Length;

    /// <summary>
    /// True when only one or two list words (<paramref name="separators"/>: commas, "and", "or"...) stand between this
    /// match and the <paramref name="next"/> one: two items of one list.
    /// </summary>
    public bool ListedBefore(PhraseMatch next, IReadOnlyList<Token> tokens, ISet<string> separators)
    {
        var gap = next.FirstToken - EndToken;
        if (gap is < 1 or > 2)
        {
            return false;
        }

        for (var t = EndToken; t < next.FirstToken; t++)
        {
            if (!separators.Contains(tokens[t].Text))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Finds gazetteer phrases in tokenised text, longest match first, left to right, without overlaps.
/// Phrases are indexed by their first token (case-insensitive), so the cost per token is a dictionary lookup
/// plus a check of the few phrases that start with it. Each phrase token is compared with or without case;
/// a phrase can require the text to be capitalised (proper names). A short parenthetical inside a phrase
/// ("neodymium-praseodymium (NdPr) oxide") is skipped.
/// </summary>
public sealed class PhraseMatcher
{
    /// <summary>Longest parenthetical (in tokens, brackets excluded) skipped inside a phrase.</summary>
    public const int MaxSkippedParentheticalTokens = 3;

    private readonly Dictionary<string, List<Pattern>> byFirstToken = new(StringComparer.OrdinalIgnoreCase);

    public int PatternCount { get; private set; }

    /// <summary>Adds a phrase. <paramref name="caseSensitive"/> decides per token whether case must match.</summary>
    public void Add(string phrase, PhraseTarget target, Func<Token, bool> caseSensitive, bool requireCapital)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var pattern = new Pattern(
            [.. tokens.Select(t => t.Text)],
            [.. tokens.Select(caseSensitive)],
            requireCapital && char.IsUpper(tokens[0].Text[0]),
            target,
            // "Australian Rare Earths" is a name; "Australian rare earths" is what Australia mines: a name written in capitals
            // must end in a capital too.
            requireCapital && tokens.Count > 1 && tokens[^1].IsWord && char.IsUpper(tokens[^1].Text[0]));
        if (!byFirstToken.TryGetValue(pattern.Tokens[0], out var list))
        {
            list = [];
            byFirstToken[pattern.Tokens[0]] = list;
        }

        // The same phrase with the same target is stored once.
        if (list.Exists(p => p.Target == target && p.Tokens.AsSpan().SequenceEqual(pattern.Tokens)
                             && p.CaseSensitive.AsSpan().SequenceEqual(pattern.CaseSensitive)))
        {
            return;
        }

        list.Add(pattern);
        PatternCount++;
    }

    /// <summary>
    /// Finds matches left to right; at each token the longest phrase wins (all its meanings are kept). Tokens marked in
    /// <paramref name="inCapitals"/> stand in a line written all in capitals ("LYNAS SAYS Q1 NDPR OUTPUT 2,214 T"): there an
    /// acronym or formula is matched without its case ("NDPR", "DY OXIDE") when it cannot be a chance pair of letters: a
    /// phrase of two tokens or more, or one token of four letters or more ("PR" or "EU" alone stay unread).
    /// </summary>
    public List<PhraseMatch> Match(IReadOnlyList<Token> tokens, int fromToken = 0, int toToken = int.MaxValue, IReadOnlyList<bool>? inCapitals = null)
    {
        var result = new List<PhraseMatch>();
        var end = Math.Min(tokens.Count, toToken);
        var targets = new List<PhraseTarget>();
        var i = fromToken;
        while (i < end)
        {
            var best = 0;
            targets.Clear();
            if (byFirstToken.TryGetValue(tokens[i].Text, out var candidates))
            {
                foreach (var pattern in candidates)
                {
                    var consumed = pattern.MatchAt(tokens, i, end, inCapitals is not null && inCapitals[i]);
                    if (consumed > best)
                    {
                        best = consumed;
                        targets.Clear();
                        targets.Add(pattern.Target);
                    }
                    else if (consumed == best && consumed > 0 && !targets.Contains(pattern.Target))
                    {
                        targets.Add(pattern.Target);
                    }
                }
            }

            if (best == 0)
            {
                i++;
                continue;
            }

            var first = tokens[i];
            var last = tokens[i + best - 1];
            result.Add(new PhraseMatch(i, i + best, first.Start, last.End - first.Start, [.. targets]));
            i += best;
        }

        return result;
    }

    private sealed record Pattern(string[] Tokens, bool[] CaseSensitive, bool RequireCapital, PhraseTarget Target, bool RequireLastCapital = false)
    {
        /// <summary>Number of text tokens consumed, or 0 when the phrase does not match at <paramref name="start"/>.</summary>
        public int MatchAt(IReadOnlyList<Token> text, int start, int end, bool inCapitals = false)
        {
            const int MinCapitalsWordLength = 4;
            var ignoreCase = inCapitals && (Tokens.Length > 1 || Tokens[0].Length >= MinCapitalsWordLength);
            if (RequireCapital && !char.IsUpper(text[start].Text[0]))
            {
                return 0;
            }

            var j = start;
            var k = 0;
            var skipped = false;
            while (k < Tokens.Length)
            {
                if (j >= end)
                {
                    return 0;
                }

                if (Same(text[j].Text, k, ignoreCase))
                {
                    j++;
                    k++;
                    continue;
                }

                if (k > 0 && !skipped && text[j].Text == "(" && SkipParenthetical(text, j, end) is var after && after > 0)
                {
                    skipped = true;
                    j = after;
                    continue;
                }

                return 0;
            }

            return RequireLastCapital && !char.IsUpper(text[j - 1].Text[0]) ? 0 : j - start;
        }

        private bool Same(string token, int k, bool ignoreCase) =>
            string.Equals(token, Tokens[k], CaseSensitive[k] && !ignoreCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

        private static int SkipParenthetical(IReadOnlyList<Token> text, int open, int end)
        {
            for (var j = open + 1; j < end && j <= open + MaxSkippedParentheticalTokens + 1; j++)
            {
                if (text[j].Text == ")")
                {
                    return j > open + 1 ? j + 1 : 0;
                }
            }

            return 0;
        }
    }
}
