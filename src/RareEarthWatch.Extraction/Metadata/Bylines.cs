using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RareEarthWatch.Extraction.MainText;
using RareEarthWatch.Extraction.MainText.Html;

namespace RareEarthWatch.Extraction.Metadata;

/// <summary>
/// Reads authors from the byline a reader sees ("By Jane Doe and John Roe | Reuters"). Used only
/// when the page names no author in structured data. The byline is looked for in the article:
/// marked-up author names (rel=author, itemprop=author) and elements named "byline"/"author" in the
/// article that holds the headline, never in sidebars, teasers or comments.
/// </summary>
internal static partial class Bylines
{
    /// <summary>Names in a byline have at most this many words, and a byline line at most this many characters.</summary>
    private const int MaxNameWords = 5;

    private const int MaxBylineChars = 200;

    /// <summary>Elements searched for a byline (bounded work on huge pages).</summary>
    private const int MaxCandidates = 50;

    /// <summary>Authors and wire agency a byline names.</summary>
    public sealed record Byline(IReadOnlyList<string> Names, string? Agency);

    /// <summary>
    /// The text of byline-like elements of the article in document order: inside the &lt;article&gt;
    /// holding the headline (else &lt;main&gt;, else the body), outside furniture and discussion.
    /// </summary>
    public static IEnumerable<string> VisibleLines(IElement? body, IElement? headline)
    {
        if (body is null)
        {
            yield break;
        }

        var scope = (headline is null ? null : DomWalk.SelfOrAncestor(headline, "article"))
            ?? DomWalk.FirstDescendant(body, "article") ?? DomWalk.FirstDescendant(body, "main") ?? body;
        var seen = 0;
        foreach (var element in DomWalk.Descendants(scope))
        {
            if (!IsBylineElement(element) || InFurniture(element, scope))
            {
                continue;
            }

            if (++seen > MaxCandidates)
            {
                yield break;
            }

            var text = DomWalk.Text(element);
            if (text.Length is > 0 and <= MaxBylineChars)
            {
                yield return text;
            }
        }
    }

    /// <summary>The names and agency of a byline line; no names when it does not read as one.</summary>
    public static Byline Parse(string line)
    {
        var text = TextTools.NormalizeSpace(line);
        text = Lead().Replace(text, string.Empty);
        // The byline ends at a separator, a date or a stamp: "Jane Doe | Updated 14 Aug".
        var cut = Tail().Match(text);
        if (cut.Success)
        {
            text = text[..cut.Index];
        }

        var names = new List<string>();
        string? agency = null;
        foreach (var part in Separator().Split(text))
        {
            var name = part.Trim(' ', ',', '.', ';', ':', '(', ')');
            if (name.Length == 0)
            {
                continue;
            }

            if (WireAgencies.Find(name) is { } wire)
            {
                agency ??= wire;
                continue;
            }

            if (IsName(name) && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return new Byline(names, agency);
    }

    private static bool IsBylineElement(IElement element)
    {
        if (element.LocalName == "a" && (element.GetAttribute("rel") ?? string.Empty).Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return false;
        }

        // No pattern reaches across the space that would join class and id: each is judged alone.
        var kinds = KindsOf(cls) | KindsOf(id);
        return (kinds & BylineKind) != 0 && (kinds & NotBylineKind) == 0;
    }

    private const byte BylineKind = 1;
    private const byte NotBylineKind = 2;

    /// <summary>Distinct class or id values remembered per thread; the cache is emptied when it reaches this size.</summary>
    private const int MaxCachedNames = 8192;

    [ThreadStatic]
    private static Dictionary<string, byte>? nameKinds;

    /// <summary>Whether a class or id value reads as a byline's name and as a name that is no byline's (each pattern run once per distinct value).</summary>
    private static byte KindsOf(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return 0;
        }

        nameKinds ??= new Dictionary<string, byte>(StringComparer.Ordinal);
        if (!nameKinds.TryGetValue(name, out var kinds))
        {
            if (nameKinds.Count >= MaxCachedNames)
            {
                nameKinds.Clear();
            }

            kinds = (byte)((BylineName().IsMatch(name) ? BylineKind : 0) | (NotByline().IsMatch(name) ? NotBylineKind : 0));
            nameKinds[name] = kinds;
        }

        return kinds;
    }

    private static bool InFurniture(IElement element, IElement scope)
    {
        for (var e = element.ParentElement; e is not null && e != scope; e = e.ParentElement)
        {
            if (e.LocalName is "aside" or "nav" or "footer" || ((KindsOf(e.GetAttribute("class")) | KindsOf(e.Id)) & NotBylineKind) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two to five words, each capitalised or a name particle, no digits; not a role ("Staff Writer", "Our Correspondent", "Web Desk").</summary>
    private static bool IsName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxNameWords
            && !name.Any(char.IsDigit)
            && words.All(w => char.IsUpper(w[0]) || Particle().IsMatch(w))
            && !Role().IsMatch(words[^1]);
    }

    [GeneratedRegex(@"^(?:writers?|reporters?|correspondents?|desk|staff|editors?|bureau|team|contributors?|newsroom)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"^\W*(?:(?:written|words|reported|posted|story|text)\s+)?(?:by|author|authors|von|por|par|oleh)\b[:\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s*(?:[|•·—–]|\s-\s|\b(?:updated|published|posted|last\s+updated|first\s+published|on)\b|\d{1,4}[:/.\-]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|binti|al|el|la|le|y|e|st\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Particle();

    [GeneratedRegex(@"byline|author[-_]?name|\bauthor\b|article[-_]?author|post[-_]?author|writer", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineName();

    [GeneratedRegex(@"comment|related|recommend|teaser|sidebar|promo|newsletter|more[-_]|bio\b|author[-_]?bio|avatar|card|list|widget", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotByline();
}
