using System.Globalization;
using System.Text;

namespace RareEarthWatch.Extraction.Tests.Reading.Benchmark;

/// <summary>
/// C# port of the extraction benchmark's metric (tests/data/extraction-benchmark/score.py): word
/// tokens (Python's Unicode \w+), multisets of 4-token shingles, page precision and recall, then
/// the means over pages and F1 of the means.
/// </summary>
public static class ShingleMetric
{
    public const int ShingleSize = 4;

    public sealed record PageScore(string Id, double Precision, double Recall, bool HasPrediction, bool Exact, int TrueTokens, int PredictedTokens)
    {
        public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
    }

    public sealed record Overall(double F1, double Precision, double Recall, double Accuracy, int EmptyPredictions);

    /// <summary>Runs of word characters as Python 3's re \w sees them: letters, digits and numerals of any script, and '_'.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    public static PageScore Score(string id, string truth, string? prediction)
    {
        var t = Tokens(truth);
        var p = Tokens(prediction);
        var ts = Shingles(t);
        var ps = Shingles(p);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in ps)
        {
            var inTruth = ts.GetValueOrDefault(shingle);
            tp += Math.Min(count, inTruth);
            fp += Math.Max(0, count - inTruth);
        }

        foreach (var (shingle, count) in ts)
        {
            fn += Math.Max(0, count - ps.GetValueOrDefault(shingle));
        }

        double precision, recall;
        if (fp == 0 && fn == 0)
        {
            precision = recall = 1;
        }
        else
        {
            precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        }

        return new PageScore(id, precision, recall, tp + fp > 0, t.SequenceEqual(p, StringComparer.Ordinal), t.Count, p.Count);
    }

    public static Overall Aggregate(IReadOnlyList<PageScore> pages)
    {
        var precisions = pages.Where(p => p.HasPrediction).Select(p => p.Precision).ToList();
        var recalls = pages.Where(p => p.TrueTokens > 0).Select(p => p.Recall).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new Overall(f1, precision, recall, pages.Count == 0 ? 0 : pages.Average(p => p.Exact ? 1.0 : 0.0), pages.Count(p => p.PredictedTokens == 0));
    }

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        if (tokens.Count < ShingleSize)
        {
            shingles[string.Join('\u0001', tokens)] = 1;
            return shingles;
        }

        for (var i = 0; i + ShingleSize <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(ShingleSize));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    private static bool IsWord(Rune rune) =>
        rune.Value == '_' || Rune.GetUnicodeCategory(rune) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
