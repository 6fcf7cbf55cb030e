using System.Text;

namespace RareEarthWatch.Data.Queries;

/// <summary>
/// What the story search looks for: every word must appear (in the title or a source's text), and a phrase in
/// double quotes must appear as written. Quotes are never searched for themselves; runs of spaces count as one.
/// </summary>
public static class SearchTerms
{
    private static readonly char[] Quotes = ['"', '“', '”', '„'];

    public static IReadOnlyList<string> Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var terms = new List<string>();
        var quoted = false;
        var current = new StringBuilder();
        foreach (var c in query)
        {
            if (Array.IndexOf(Quotes, c) >= 0)
            {
                Flush(terms, current, asPhrase: quoted);
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                Flush(terms, current, asPhrase: false);
            }
            else
            {
                current.Append(c);
            }
        }

        Flush(terms, current, asPhrase: quoted);
        return terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>A LIKE pattern that finds the term anywhere, with LIKE's own characters escaped by a backslash.</summary>
    public static string LikePattern(string term) =>
        "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static void Flush(List<string> terms, StringBuilder current, bool asPhrase)
    {
        var text = asPhrase
            ? string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : current.ToString().Trim();
        if (text.Length > 0)
        {
            terms.Add(text);
        }

        current.Clear();
    }
}
