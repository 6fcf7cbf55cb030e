using System.Text.RegularExpressions;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>
/// The calendar or fiscal window a figure's own words name, as written: "2024", "fiscal 2026", "FY25", "2024-25",
/// "the September quarter", "Q3 2025", "1H25", "the nine months to December", "calendar 2025", "year-to-date", "the first half of 2025", "the first year" (of a contract or a plant), "May", "January-October", "by 2030". It says
/// which year, quarter or month a <see cref="TonnageFact.Period"/> of "year" or "per_quarter" is (docs/domain/tonnages.md
/// calls it period_detail). Only the figure's own clause is read: a window carried over from an earlier figure or
/// sentence has no detail here, and a month without a year stays without one (never guessed from the publication date).
/// </summary>
internal static partial class PeriodDetails
{
    /// <summary>
    /// The window named nearest the figure in <paramref name="segment"/> (the figure's clause, the figure at
    /// <paramref name="figureAt"/>, <paramref name="figureLength"/> characters long): the first one after the figure, else
    /// the last one before it; null when the clause names none, or only a window of another length than
    /// <paramref name="period"/>.
    /// </summary>
    public static string? Find(string segment, int figureAt, int figureLength, string period)
    {
        var detail = Nearest(segment, figureAt, figureLength);
        // "600 tonnes a month from the September quarter": a window of another length says when, not which month.
        // "about 40,000 t next year" after "3,000 t/month in the December quarter": a year is not named by a quarter or a half.
        // "8,000 tonnes of annual capacity, due to start trial production in the fourth quarter": a quarter or a half says when
        // a yearly rate starts, not which year it is for.
        return detail is not null && ((period is Periods.Month or Periods.Year or Periods.PerYear && Regex.IsMatch(detail, @"quarter|half|\b[QH][1-4]\b|\b[12]H"))
                                      || (period == Periods.HalfYear && Regex.IsMatch(detail, @"quarter|\bQ[1-4]\b")))
            ? null
            : detail;
    }

    private static string? Nearest(string segment, int figureAt, int figureLength)
    {
        if (figureAt < 0 || figureAt + figureLength > segment.Length)
        {
            return null;
        }

        Match? before = null;
        foreach (Match match in Window().Matches(segment))
        {
            if (ComparedBefore().IsMatch(segment.AsSpan(0, match.Index)))
            {
                continue; // "production of 312 tonnes, up 64% from the second quarter": the window compared with, not the figure's
            }

            if (RecordSince().IsMatch(segment.AsSpan(0, match.Index)))
            {
                continue; // "rose to 12,350 tonnes, the highest since March": the month a record is measured from, not the figure's
            }

            if (PolicyDated().IsMatch(segment.AsSpan(0, match.Index)))
            {
                continue; // "fell to 4,120 tons, as exporters waited under the controls Beijing introduced in April": when a rule came, not the figure's window
            }

            if (match.Index >= figureAt + figureLength)
            {
                return Tidy(match.Value);
            }

            if (match.Index + match.Length <= figureAt)
            {
                before = match;
            }
        }

        // "45 tonnes over the twelve months to September, up from 30 tonnes": the window before "up from" is the other figure's.
        return before is null || ComparedAfter().IsMatch(segment.AsSpan(before.Index + before.Length, figureAt - before.Index - before.Length))
            ? null
            : Tidy(before.Value);
    }

    private static string Tidy(string window)
    {
        var text = Spaces().Replace(window.Trim().TrimEnd('.'), " ");
        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
    }

    private const string Year = @"(?:19|20)\d{2}";
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    /// <summary>
    /// Windows, most specific first at each position: quarters and halves (with their year), fiscal years, month ranges,
    /// months after a preposition (with their year), then a year after a preposition or before an output word.
    /// </summary>
    [GeneratedRegex(
        @"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|March|June|September|December)[\s-]quarter(?:\s+(?:of\s+)?(?:fiscal\s+|FY\s?)?" + Year + @"|\s+of\s+(?:fiscal\s+)?(?:the\s+)?(?:year|FY\s?\d{2,4}))?"
        + @"|\bQ[1-4](?:\s*(?:FY\s?)?(?:" + Year + @"|\d{2}\b))?"
        + @"|(?:the\s+)?(?:first|second)[\s-]half(?:\s+(?:of\s+)?(?:fiscal\s+|FY\s?)?" + Year + @")?"
        + @"|(?:the\s+)?(?:March|June|September|December)[\s-]half\b(?![\s-](?:a|an|the|their|its|hour|point|per)\b)(?:\s+(?:of\s+)?(?:fiscal\s+|FY\s?)?" + Year + @")?"
        + @"|\b[12]H\s?(?:FY\s?)?\d{2}\b|\bH[12]\s*(?:FY\s?)?(?:" + Year + @"|\d{2}\b)?"
        + @"|(?:the\s+)?(?:first\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[012])\s+months\s+(?:to|ended|ending|through)\s+(?:" + Month + @")\b\.?(?:\s+\d{1,2}\b)?(?:,?\s+" + Year + @")?"
        + @"|(?:the\s+)?first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+(?:the\s+year|(?:fiscal\s+)?" + Year + @")"
        + @"|\bcalendar\s+(?:year\s+)?" + Year + @"|\b(?i:year[\s-]to[\s-]date)\b"
        + @"|\b(?:first|second|third)[\s-](?:full\s+)?year\b"
        + @"|\b(?:(?:fiscal|financial)\s+)?year\s+(?:to|ended|ending)\s+(?:" + Month + @")\b\.?(?:\s+\d{1,2}\b)?,?\s+" + Year
        + @"|\b(?:fiscal|financial)\s+(?:year\s+)?" + Year + @"(?:[-/–]\d{2,4})?|\bFY\s?\d{2}(?:\d{2})?(?:[-/–]\d{2})?[eEfF]?\b"
        + @"|\b(?:" + Month + @")\.?\s*(?:-|–|—|to|through)\s*(?:" + Month + @")\.?(?:\s+" + Year + @")?"
        + @"|(?<=\b(?i:in|during|for|of|since|until|by)\s+)(?:" + Month + @")\b\.?(?:\s+" + Year + @")?"
        + @"|(?<=\b(?i:in|during|for|of|since|until|by|from|through|to)\s+)" + Year + @"(?:[-/–]\d{2}\b)?"
        + @"|\b(?i:by|from)\s+" + Year + @"|\b" + Year + @"(?:[EF](?=\s))?(?=\s+(?:[\p{L}-]+\s+){0,3}?(?:output|production|sales|exports|imports|quota|quotas|shipments|volumes?|target|guidance|purchases?|supply)\b)"
        + @"|\b" + Year + @"[EF](?=\s*:)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Window();

    [GeneratedRegex(@"\b(?i:up|down|higher|lower|rose|fell|rising|falling)\s+(?:(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|(?i:per\s?cent|percent))\s+)?(?i:from|on|over|than|compared\s+(?:with|to))\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedBefore();

    // "up from an earlier target of ", "down from its previous guidance of ": the older value named by what it was.
    [GeneratedRegex(@"\b(?i:up|down|higher|lower)\s+from\s+(?:(?i:the|its|their|an|a)\s+)?(?:(?i:earlier|previous|prior|original|initial|old)\s+)?(?:(?i:target|forecast|guidance|estimate|plan|projection|outlook)\s+of\s+)?(?:(?i:about|around|some|roughly|nearly|an\s+estimated|estimated)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedAfter();

    /// <summary>"the controls Beijing introduced in ", "rules that took effect on ": the date a rule or policy came, before a window.</summary>
    [GeneratedRegex(@"\b(?i:introduced|imposed|announced|unveiled|enacted|tightened|took\s+effect|came\s+into\s+(?:force|effect))\s+(?i:in|on|from|since|during|last|this)\s+(?:(?i:the|late|early|mid)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyDated();


    /// <summary>"the highest since ", "its lowest level since ", "the most since ": a record compared with a date.</summary>
    [GeneratedRegex(@"\b(?i:highest|lowest|most|least|biggest|largest|smallest|strongest|weakest|best|worst|fastest|slowest|high|low|level|levels|pace|rate|time)\s+(?i:since)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex RecordSince();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
