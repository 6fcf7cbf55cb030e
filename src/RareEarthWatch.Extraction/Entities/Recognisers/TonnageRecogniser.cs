using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Matching;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>
/// Finds quantities of material (docs/domain/tonnages.md) sentence by sentence and normalises them to metric tonnes.
/// Money, prices, percentages, grades, ages and years never match: a figure needs a mass unit right after it and no
/// currency before it. Material, basis, measure, period and subject come from the sentence by the rules in
/// docs/entities.md.
/// </summary>
public sealed class TonnageRecogniser(GazetteerIndex index, TonnageOptions options)
{
    private const string Number = @"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[\u00A0\u2009\u202F ]\d{3})+|\d+)(?:\.\d+)?(?![\d])";

    private static readonly string NumberWord = Alternation(TonnageLexicon.NumberWords.Keys);
    private static readonly string Multiplier = @"(?:(?i:" + Alternation(TonnageLexicon.Multipliers.Keys.Where(k => k.Length > 1)) + @")|m|k)(?![\p{L}\p{N}])";

    private const string Unit =
        @"(?<unit>(?i:(?:wet|dry)[\s-]+(?:metric[\s-]+)?(?:tonnes?|tons?)|metric[\s-]+tonnes?|metric[\s-]+tons?|short[\s-]+tons?|long[\s-]+tons?|kilotonnes?|kilotons?|tonnes?|tons?|kilogrammes?|kilograms?|kilos?|grammes?|grams?|pounds?|lbs?)"
        + @"|ktpa|ktpy|kt/a|kt/y|Mtpa|MTPA|mtpa|TPA|tpa|tpy|tpd|t/month|t/mth|t/yr|t/a|t/y|t/d|dmt|wmt|DMT|WMT|mmt|MMT|Mt(?!\.?\s+[A-Z][a-z])|MT|mt|kt|kg|lb|t|g(?!/))(?![\p{L}\p{N}/])(?![\s-]*(?i:ft|foot|feet)\b)";

    private const string UnitPeriod =
        @"(?<uperiod>(?:[\s-]+(?i:per[\s-]+annum|per[\s-]+year|a[\s-]+year|per[\s-]+day|a[\s-]+day|per[\s-]+month|a[\s-]+month)(?!\s+(?:earlier|ago|before|later)))?(?:\s*\((?:MTPA|mtpa|TPA|tpa|tpy)\))?)";

    private static readonly Regex QuantityRegex = new(
        @"(?<![\p{L}\p{N}.,'$€£¥₹])(?<![$€£¥₹]\s)"
        + @"(?:(?<vague>(?i:" + Alternation(TonnageLexicon.VagueQuantities) + @"))[\s-]+"
        + @"|(?<n1>" + Number + "|(?i:" + NumberWord + @"))(?<plus>\+)?(?:[\s-]*(?<m1>" + Multiplier + "))?"
        + @"(?:\s*(?<join>-|–|—|(?i:to)|(?i:and))\s*(?<n2>" + Number + "|(?i:" + NumberWord + @"))(?:[\s-]*(?<m2>" + Multiplier + "))?)?)"
        + @"[\s-]*" + Unit + UnitPeriod,
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A table header multiplier: "Production ('000 t): 12.5".</summary>
    private static readonly Regex HeaderQuantityRegex = new(
        @"\(\s*(?<hdr>'000)\s*(?<unit>t|tonnes)\s*\)\s*:?\s*(?<n1>" + Number + ")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A label word right before a number: "in year 1", "phase 2", "stage 1", "Line 3", "Unit 2", "No.".</summary>
    private static readonly Regex LabelWordBeforeRegex = new(
        @"(?i)\b(?:year|phase|stage|line|unit|train|module|level|tier|no\.)\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex QualifierRegex = new(
        @"(?:^|[^\p{L}])(?<q>(?i:" + Alternation(TonnageLexicon.Qualifiers.Keys.Where(k => k != "~")) + @"))\s*$|(?<q>~)\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "Daily" written with a capital inside a sentence is a name ("China Daily reported"), no rate.
    private static readonly Regex PerDayRegex = new(@"(?i:\b(?:per\s+day|a\s+day|each\s+day)\b|/day\b|\btpd\b|\b(?:on|in)\s+(?:its|a|the|their|one)\s+(?:best|record|peak|busiest|single)\s+day\b)|\bdaily\b|^\W*Daily\b|\bDAILY\b", RegexOptions.Compiled);

    private static readonly Regex PerYearRegex = new(
        @"(?i)\b(?:annually|(?!(?-i:Annual\s+\p{Lu}))(?<!\baccording\s+to\s+(?:its|the|their|an|a)\s+)annual(?!\s+(?:reports?|results|general|meetings?|accounts|filings?|reviews?)\b)(?!\s+(?:[\p{L}-]+\s+){0,3}(?:summar(?:y|ies)|yearbook|survey|bulletin|outlook)\b)|annuali[sz]ed|per[\s-]annum|per[\s-]year|a[\s-]year|each\s+year|every\s+year|yearly|on\s+an\s+annual\s+basis)\b(?!\s+(?:earlier|ago|before|later|after))|\bp\.a\.|/yr\b",
        RegexOptions.Compiled);

    /// <summary>", the first delivery since floods closed the road in 2024", ", its first shipment to Japan since 2019": an aside after
    /// a figure that says how long it has been since the last one (§76).</summary>
    private static readonly Regex FirstSinceAsideRegex = new(
        @"(?i),\s*(?:the|its|their)\s+first\s+(?:[\p{L}-]+\s+){0,2}?(?:delivery|deliveries|shipments?|cargo(?:e?s)?|consignments?|loads?|sales?|exports?|orders?|purchases?)\s+(?:(?:to|from|of|for|by)\s+[^,;]*?\s+)?(?:in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|an|\w+)\s+(?:years?|months?|decades?)|since\b[^,;]*)",
        RegexOptions.Compiled);

    /// <summary>"to be issued in the first quarter", "announced in March", "published during the half": when something was done.</summary>
    private static readonly Regex ActTimingRegex = new(
        @"(?i)\b(?:issued|announced|released|published|unveiled|disclosed|reported)\s+(?:(?:early|late|later|earlier)\s+)?(?:in|during|by|before|after)\s+"
        + @"(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|last|next|current|coming|same)\s+)?(?:quarter|half|month|Q[1-4]|H[12])\b"
        // "Its maiden resource of 510 Mt was published in August, and the company says ...": the month a statement was published,
        // closing its clause, dates the publication (period33); "licences issued in October alone covered" stays October's.
        + @"|\b(?:published|announced|unveiled|disclosed)\s+in\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d{2})?(?=\s*(?:[,;.]|$))",
        RegexOptions.Compiled);

    // "a quarter of global supply" is a share, but "the third quarter of 2026" is a quarter.
    private static readonly Regex PerQuarterRegex = new(
        @"(?i)\b(?:quarterly|per\s+quarter|a\s+quarter|each\s+quarter|every\s+quarter"
        + @"|(?:in|for|during|over)\s+the\s+(?:[\w-]+\s+)?quarter|(?:first|second|third|fourth|1st|2nd|3rd|4th|March|June|September|December)[\s-]quarter"
        // "Last quarter you did 2,004 tonnes", "up from 470 tonnes in the third quarter of last year" (§67, §70)
        + @"|(?<!\b(?:said|announced|reported|disclosed)\s+)(?:last|this|previous|prior|current|latest)\s+quarter"
        + @"|three\s+months\s+(?:to|ended|ending|through))\b(?!\s+of\b(?!\s+(?:(?:fiscal\s+)?(?:19|20)\d{2}|(?:last|this|the\s+(?:previous|prior))\s+year)\b))|\bQ[1-4]\b",
        RegexOptions.Compiled);

    private static readonly Regex HalfYearRegex = new(@"(?i)\b(?:(?:first|second)[\s-]half(?!\s+of\s+(?:the\s+|this\s+|last\s+|that\s+|next\s+)?(?:month|week|day|decade|January|February|March|April|May|June|July|August|September|October|November|December)\b)|half[\s-]year(?:ly)?|six\s+months|(?:in|for|during|over)\s+the\s+half|(?:March|June|September|December)[\s-]half(?![\s-](?:a|an|the|their|its|hour|point|per)\b))\b|\bH[12]\b|\b(?:[12]H|H[12])\s?(?:FY\s?)?\d{2}(?:\d{2})?\b", RegexOptions.Compiled);

    private static readonly string MonthNames = string.Join(
        '|',
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames)
            .Where(m => m.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(m => m.Length));

    /// <summary>"at the end of December", "at end-March 2026", "as of March 31": a date a level is read on.</summary>
    private static readonly Regex MonthEndDateRegex = new(
        @"\b(?i:at\s+(?:the\s+)?end(?:\s+of\s+|-)|as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?)(?:" + MonthNames + @")\b\.?(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d{2}\b)?",
        RegexOptions.Compiled);

    // "saying last month it aims to extract 600 tonnes": "last month" after a reporting verb dates the statement, not the figure.
    private static readonly Regex MonthRegex = new(
        @"\b(?i:in|during|for|of)\s+(?:" + MonthNames + @"|(?i:the\s+month))\b"
        // "expects November production to ease to 9,000 t", "October exports rose to": a month naming the measure (§49).
        + @"|\b(?:" + MonthNames + @")\s+(?i:output|production|exports|imports|shipments|sales|deliveries)\b"
        // "The Netherlands took 1.9t of the October total": a share of a month's total is that month's (§53).
        + @"|\b(?i:of|in)\s+(?i:the|that)\s+(?:" + MonthNames + @")\s+(?i:total|figure|tally|volume)\b"
        // "In its first month the plant processed 41 t", "in the opening month": the first month of running (§49).
        + @"|\b(?i:(?:its|the|their)\s+(?:first|opening|first\s+full)\s+month)\b(?!\s+(?:earlier|ago|before|later|after)\b)"
        // "March was a record month, with 820 tonnes": the month the figure was made in (§53).
        + @"|\b(?i:(?:a|its|the|their)\s+(?:new\s+)?record\s+month)\b"
        + @"|(?i)\b(?<!\b(?:said|saying|says|announced|reported|told\s+\w+)\s+)(?:(?:last|this|previous|past)\s+month|monthly|per\s+month|a\s+month|each\s+month|every\s+month)\b(?!\s+(?:earlier|ago|before|later|after))",
        RegexOptions.Compiled);

    /// <summary>"up to ", "as much as ": a most before the figure.</summary>
    private static readonly Regex UpToBeforeRegex = new(@"(?i)\b(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of|at\s+most)\s+$", RegexOptions.Compiled);

    /// <summary>"during fiscal year 2027", "in fiscal 2027", "for the 2027 fiscal year", "for FY2027": the one year a plan covers.</summary>
    private static readonly Regex PlanFiscalYearRegex = new(
        @"(?i)\b(?:during|in|for|over)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d{2}|(?:19|20)\d{2}\s+(?:fiscal|financial)\s+year|FY\s?(?:19|20)?\d{2})\b",
        RegexOptions.Compiled);

    /// <summary>
    /// One of the three sentences before <paramref name="sentence"/> holds no figure and names a single fiscal year ("may be
    /// acquired or disposed of during fiscal year 2027"), and no sentence between names a window of its own.
    /// </summary>
    private bool PlanYearBefore(SentenceIndex sentences, Sentence sentence)
    {
        var s = sentences.IndexOf(sentence.Start);
        for (var back = s - 1; back >= 0 && back >= s - 3; back--)
        {
            var earlier = sentences.Sentences[back];
            if (FindQuantities(earlier, false).Count == 0 && PlanFiscalYearRegex.Count(earlier.Text) == 1)
            {
                return true;
            }

            if (ExplicitWindowIn(earlier.Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A sentence that names a window of its own: a year, quarter, half, month or a running total.</summary>
    private static bool ExplicitWindowIn(string text) =>
        YearRegex.IsMatch(text) || PerQuarterRegex.IsMatch(text) || HalfYearRegex.IsMatch(text) || MonthRegex.IsMatch(text)
        || CumulativeRegex.IsMatch(text) || YearToDateRegex.IsMatch(text) || PerYearRegex.IsMatch(text);

    /// <summary>
    /// "the seven heavy rare earths it placed under control in April 2025", "put on its export control list in 2023": when the
    /// material was brought under controls dates that act, not a window the figure sums over (period33, dev8 J30).
    /// </summary>
    private static readonly Regex ControlActTimingRegex = new(
        @"(?i)\b(?:put|placed|brought|added|listed|included)\s+(?:them\s+|it\s+)?(?:under\s+(?:export\s+)?(?:controls?|licensing|licences?|licenses?)|on\s+(?:the|its|a|an)\s+(?:[\p{L}-]+\s+){0,2}?list)\s+(?:in|on|during)\s+(?:(?:"
        + MonthNames + @")\.?(?:\s+\d{1,2},?)?(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2})\b",
        RegexOptions.Compiled);

    /// <summary>Later in the figure's sentence, with no sentence break: "from a bulk sample", "from the first test sample".</summary>
    private static readonly Regex FromSampleAfterRegex = new(
        @"(?i)^[^;]*?\bfrom\s+(?:a|the|its|their|one)\s+(?:single\s+)?(?:bulk|trial|first|test)\s+samples?\b", RegexOptions.Compiled);

    /// <summary>
    /// In a text table written with "|" between cells, the header cell above the figure's cell and the window it names: the
    /// figure's column is the number of "|" before it in its line; the header is the first line of the block of "|" lines right
    /// above (at most twelve). Null when the figure is in no table cell or the header is not found.
    /// </summary>
    private static (string Cell, string? Period)? TableColumnHeader(SentenceIndex sentences, Sentence sentence, Quantity quantity)
    {
        var lineStart = sentence.Text.LastIndexOf('\n', Math.Max(0, quantity.Start - 1)) + 1;
        var before = sentence.Text.AsSpan(lineStart, quantity.Start - lineStart);
        var column = before.Count('|');
        if (column == 0)
        {
            return null;
        }

        // The lines above the figure's line: in the same sentence when the splitter kept the table together, else the sentences before.
        var lines = sentence.Text[..lineStart].Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var s = sentences.IndexOf(sentence.Start);
        for (var back = s - 1; back >= 0 && back >= s - 12 && lines.Count < 13; back--)
        {
            var earlier = sentences.Sentences[back].Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (!earlier.Any(l => l.Contains('|', StringComparison.Ordinal)))
            {
                break;
            }

            lines.InsertRange(0, earlier);
        }

        string? header = null;
        for (var i = lines.Count - 1; i >= 0 && lines[i].Contains('|', StringComparison.Ordinal); i--)
        {
            header = lines[i];
        }

        if (header is null)
        {
            return null;
        }

        var cells = header.Split('|');
        if (column >= cells.Length)
        {
            return null;
        }

        var cell = cells[column].Trim();
        return (cell, HeaderCellPeriod(cell));
    }

    /// <summary>The window a table's header cell names: "Q3 2026", "Jun Q 2026", "H1 FY26", "Oct 2026", "FY2026", "2025", "Jan-Oct 2026".</summary>
    private static string? HeaderCellPeriod(string cell)
    {
        if (YearToDateRegex.Match(cell) is { Success: true } toDate)
        {
            return MonthRangeWindow(toDate.Value) ?? Periods.Cumulative;
        }

        return HeaderQuarterRegex.IsMatch(cell) ? Periods.PerQuarter
            : HeaderHalfRegex.IsMatch(cell) ? Periods.HalfYear
            : HeaderMonthRegex.IsMatch(cell) ? Periods.Month
            : HeaderYearRegex.IsMatch(cell) ? Periods.Year
            : null;
    }

    private static readonly Regex HeaderQuarterRegex = new(
        @"(?i)\b(?:Q[1-4]|[1-4]Q|quarter|qtr)\b|\b(?:Mar|Jun|Sep|Sept|Dec)[a-z]*\.?\s+(?:Q|qtr|quarter)\b", RegexOptions.Compiled);

    private static readonly Regex HeaderHalfRegex = new(@"(?i)\b(?:H[12]|[12]H|half)\b", RegexOptions.Compiled);

    private static readonly Regex HeaderMonthRegex = new(
        @"^(?:" + MonthNames + @")\.?(?:\s+(?:19|20)?\d{2})?$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    private static readonly Regex HeaderYearRegex = new(
        @"(?i)^(?:(?:FY|CY|fiscal|financial|calendar|year)\s?)?(?:19|20)?\d{2}(?:[-/](?:19|20)?\d{2})?$|\bFY\s?\d{2,4}\b|\bfull[\s-]year\b", RegexOptions.Compiled);

    /// <summary>The mention opens its line (after a bullet at most) and a "|" stands between it and the figure: a table row's label.</summary>
    private static bool TableRowLabel(Sentence sentence, MaterialMention mention, Quantity quantity)
    {
        var at = mention.Start - sentence.Start;
        var lineStart = sentence.Text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return at >= lineStart && sentence.Text.AsSpan(lineStart, at - lineStart).Trim(" \t-•*").IsEmpty
               && quantity.Start > mention.End - sentence.Start
               && sentence.Text.AsSpan(mention.End - sentence.Start, quantity.Start - (mention.End - sentence.Start)).Contains('|');
    }

    /// <summary>"month-to-date", "to date", "quarter to date": a running total (the words of a sentence joined by spaces).</summary>
    private static readonly Regex TradedToDateRegex = new(@"(?i)\b(?:month|quarter|week|year)?\s*-?\s*to\s*-?\s*date\b", RegexOptions.Compiled);

    /// <summary>"per shift", "a shift", "each shift", "per truck", "per truckload", "per campaign", "per batch": a rate per unit of work.</summary>
    private static readonly Regex PerUnitRateRegex = new(@"(?i)\b(?:(?:per|a|each|every)\s+(?:shift|truck|truckload|campaign|batch|workshop)|(?:per|each|every)\s+(?:lorry|wagon|railcar|container|barge|carload|trailer))\b(?!\s*-)", RegexOptions.Compiled);

    /// <summary>"The first campaign of the new line yielded ", "its first production run produced ": one campaign's yield before the figure.</summary>
    private static readonly Regex FirstCampaignBeforeRegex = new(
        @"(?i)\b(?:the|its|their|a)\s+(?:first|second|third|initial|trial|pilot)\s+(?:production\s+)?(?:campaign|run|batch)\b[^,;.]{0,60}?\b(?:yielded|produced|made|delivered|returned|gave)\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+over|more\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"last month", "in the previous month": the month before the story's date.</summary>
    private static readonly Regex LastMonthRegex = new(@"(?i)\b(?:last|previous|past)\s+month\b(?!\s+(?:of|['’]s)\b)", RegexOptions.Compiled);

    /// <summary>A dateline opening the text: "BEIJING, November 20 (Xinhua) -", "SYDNEY, Nov 3 -" (month and day).</summary>
    private static readonly Regex DatelineMonthRegex = new(
        @"^\s*\p{Lu}[\p{Lu}\p{L} .'’/-]{1,40},\s+(?<month>" + MonthNames + @")\.?\s+\d{1,2}\b", RegexOptions.Compiled);

    /// <summary>A rate per month ("a month", "monthly", "per month", "/month"; not "a month earlier", nor "monthly" of a report).</summary>
    private static readonly Regex MonthRateRegex = new(
        @"(?i)\b(?:monthly(?!\s+(?:reports?|data|figures|statistics|survey|bulletin|update|basis\s+from))|per\s+month|a\s+month|each\s+month|every\s+month)\b(?!\s+(?:earlier|ago|before|later|after|of\b))|/month\b|/mth\b",
        RegexOptions.Compiled);

    /// <summary>An amount so far in a year: "January-October", "so far this year", "year to date", "in the first nine months".</summary>
    private static readonly Regex YearToDateRegex = new(
        @"\b(?:" + MonthNames + @")\.?\s*(?:-|–|—|(?i:to|through|until))\s*(?:" + MonthNames + @")\b"
        // "the highest since March", "its lowest level since June": a record compared with a month, not an amount summed since it.
        + @"|(?<!\b(?i:highest|lowest|most|least|biggest|largest|smallest|strongest|weakest|best|worst|fastest|slowest|high|low|level|levels|pace|rate|time)\s+)(?i:since)\s+(?:" + MonthNames + @")\b"
        + @"|(?i:since)\s+(?:[\p{L}-]+\s+){1,8}?(?i:in)\s+(?:" + MonthNames + @")\b" // "since controls took effect in April"
        + @"|(?i:since)\s+(?:[\p{L}-]+\s+){1,5}?(?i:took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force|(?:was|were)\s+(?:introduced|imposed))\b" // "since new controls took effect"
        + @"|(?<!\b(?i:fiscal|financial)\s+)(?i:year\s+(?:through|until|till))\s+(?:" + MonthNames + @")\b" // not "the fiscal year through March 2026", a fiscal year
        + @"|\(\s*(?:[2-57-9]|1[01])M\s*\)"
        + @"|(?i)\b(?:so\s+far\s+(?:this|in\s+the)\s+year|year[\s-]to[\s-]date|YTD|total\s+(?:[\p{L}-]+\s+){0,2}?this\s+year|this\s+year['’]s\s+total"
        + @"|first\s+(?:two|three|four|five|seven|eight|nine|ten|eleven|[2-57-9]|1[01])\s+months|first\s+(?:two|three|[23])\s+quarters"
        + @"|(?:two|four|five|seven|eight|nine|ten|eleven|[2457-9]|1[01])\s+months\s+(?:to|ended|ending|through)" // "in the nine months to December"
        + @"|(?:in|over|during|for)\s+the\s+(?:two|four|five|seven|eight|nine|ten|eleven|[2457-9]|1[01])\s+months)\b",
        RegexOptions.Compiled);

    /// <summary>"the previous estimate", "a maiden resource estimate", "the updated mineral resource estimate": a resource statement.</summary>
    private static readonly Regex ResourceEstimateRegex = new(
        @"(?i)\b(?:previous|earlier|prior|updated|new|maiden|resource|reserve|JORC|NI\s+43-101)\s+estimates?\b", RegexOptions.Compiled);

    /// <summary>The hedges a figure may carry between a cue and its number ("from about 900 t", "Burma at an estimated 31,000 tons").</summary>
    private const string HedgeWords = @"about|around|some|roughly|nearly|an\s+estimated|estimated";

    /// <summary>Text before a figure compared with the previous one ("from", "versus", "compared with"), with a hedge.</summary>
    private static readonly Regex ComparedMaterialRegex = new(
        @"(?i)\b(?:from|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>Text between two figures that makes the second a comparison with the first ("..., down from").</summary>
    private static readonly Regex ComparedWithRegex = new(@"(?i)\b(?:up|down|higher|lower)\s+from\s*$|\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s*$", RegexOptions.Compiled);

    /// <summary>"in the period", "over the same period" (not "the period to 2030"): the window named before.</summary>
    private static readonly Regex SamePeriodRegex = new(@"(?i)\b(?:in|over|during|for)\s+(?:the|that)\s+(?:(?:same|corresponding|comparable|equivalent|year-earlier|prior-year|review|reporting|reported|accounting)\s+)?period\b(?!\s+(?:to|until|through|from|of|between|ending|ended)\b)(?:\s+under\s+review\b)?|\b(?:in|over|during|for)\s+the\s+same\s+(?:twelve|12|three|six|nine|3|6|9)\s+months\b(?!\s+(?:to|until|through|ending|ended)\b)", RegexOptions.Compiled);

    /// <summary>"for January delivery", "for March shipment", "for delivery in June": when a lot is delivered, after the figure.</summary>
    private static readonly Regex DeliveryMonthRegex = new(
        @"^(?:[^,;]|,(?=\d))*?\bfor\s+(?:(?:" + MonthNames + @")\.?\s+(?:(?:19|20)\d{2}\s+)?(?i:delivery|shipment|loading|arrival|lifting)|(?i:delivery|shipment|loading)\s+in\s+(?:" + MonthNames + @"))\b",
        RegexOptions.Compiled);

    /// <summary>"(50 tonnes of dysprosium oxide) at 1,720 yuan per kg", "at $85/kg", "at an average of 605,000 yuan/mt", "at 1.62 million yuan/mt": the price a deal was done at, in the figure's clause.</summary>
    private static readonly Regex SoldAtPriceRegex = new(
        @"(?i)^[^,;]*?\bat\s+(?:an?\s+(?:average|price|average\s+price)\s+of\s+)?(?:(?:about|around|some|roughly|nearly)\s+)?(?:US\$|A\$|\$|€|¥|RMB\s?|CNY\s?|Rs\.?\s?)?\d[\d,.]*\s*(?:(?:million|mln|thousand|billion)\s+)?(?:yuan|dollars?|euros?|rupees|US\$|\$)?\s*(?:/\s*|per\s+|a\s+)(?:kg|kilogram|kilo|tonne|ton|t|mt|lb|pound)\b",
        RegexOptions.Compiled);

    /// <summary>"over five years", "over the next three years": the term a stock is built up over.</summary>
    private static readonly Regex StockBuiltOverYearsRegex = new(@"(?i)\bover\s+(?:the\s+(?:next|coming)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b", RegexOptions.Compiled);

    /// <summary>Between two figures, no clause break, ending in "a further", "another", "an additional" (hedges allowed).</summary>
    private static readonly Regex FurtherAmountRegex = new(
        @"(?i)^[^;.]*?\b(?:and|plus)\b[^;.,]*?\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>"seeks ", "is seeking up to ", "solicited ": what a notice or tender asks for, right before the figure.</summary>
    private static readonly Regex SoughtBeforeRegex = new(
        @"(?i)\b(?:seeks|seeking|sought|solicits|soliciting|solicited)\s+(?:(?:up\s+to|as\s+much\s+as|" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>How many sentences from the start (title and lead) may name the window a story opens on.</summary>
    private const int OpeningSentences = 3;

    /// <summary>"will", "expects to", "plans", "forecast": a sentence about what is to come.</summary>
    private static readonly Regex FutureRegex = new(
        @"(?i)\b(?:will|shall|would|expects?\s+to|expected\s+to|plans?\s+to|aims?\s+to|intends?\s+to|forecasts?|projected|targets?|guided|guidance)\b", RegexOptions.Compiled);

    /// <summary>A report of a window named in a story's opening: "its quarterly activities report for the three months ended",
    /// "half-year results", "quarterly production report" (§58), "third-quarter 2026 results", "first-half results", "Q3 FY26 results".</summary>
    private static readonly Regex ReportOfWindowRegex = new(
        @"(?i)\b(?:quarterly|quarter|half(?:[\s-]year(?:ly)?)?|interim|activities|production|operations|operating|Q[1-4]|H[12])\s+"
        + @"(?:(?:fiscal\s+|FY\s?)?(?:19|20)?\d{2}\s+)?(?:(?:activities|production|operations?|operating)\s+)?(?:reports?|results|updates?|review)\b"
        + @"|\b(?:earnings|results)\s+(?:conference\s+)?call\b",
        RegexOptions.Compiled);

    /// <summary>A report's line item with no verb: "Concentrate production of 3,420 t", "Sales of 3,050 t", "Ore mined of 182,000 t" (§58).</summary>
    private static readonly Regex ReportLineItemRegex = new(
        @"(?i)^\W*(?:[\p{L}-]+\s+){0,2}?(?:production|output|sales|shipments|exports|mined|processed|treated)\s+(?:of|at|was|were|totall?ed|reached)\s",
        RegexOptions.Compiled);

    /// <summary>A window fronted before a sentence's clauses: "Since January, ", "In the September quarter, ", "So far this year, " (§58).</summary>
    private static readonly Regex FrontedWindowRegex = new(
        @"^\W*(?:(?:Since|In|During|For|Over|Between|Through|Throughout)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|March|June|September|December|January|February|April|May|July|August|October|November|nine|six|three|twelve|ten|eleven|eight|seven|two|calendar|fiscal|financial)\b[\s\w-]{0,40}?|(?:19|20)\d{2})|So\s+far\s+this\s+year|Year[\s-]to[\s-]date)\s*,",
        RegexOptions.Compiled);

    /// <summary>
    /// The window a sentence names with no figure needed ("Production rose in the three months to March 31", "said in its
    /// half-year report"): a quarter, a half, a span so far, a month or a year; null when none. What "in the period" means
    /// when no figure before it had a window (§53).
    /// </summary>
    private static string? WindowNamed(string text)
    {
        text = ActTimingRegex.Replace(text, " ");
        return PerQuarterRegex.IsMatch(text) ? Periods.PerQuarter
            : HalfYearRegex.IsMatch(text) ? Periods.HalfYear
            : YearToDateRegex.Match(text) is { Success: true } toDate ? MonthRangeWindow(toDate.Value) ?? Periods.Cumulative
            : null;
    }

    /// <summary>Before a figure: a share of the figure before ("Of that,", "accounted for", "of which").</summary>
    private static readonly Regex ShareOfPreviousRegex = new(
        @"(?i)^\W*(?:of\s+(?:that|this|these|those|which|the\s+(?:total|amount|figure))\b|[^.;]*\b(?:accounted\s+for|made\s+up|of\s+which|of\s+the\s+total)\b)",
        RegexOptions.Compiled);

    /// <summary>
    /// The window a figure with none of its own takes from the figure before it: that figure's, except that after a
    /// year-to-date figure that interrupted a story about a month, quarter or half ("China shipped 4,626 tons of magnets last
    /// month ... Exports in the first ten months totalled 48,190 tons. Shipments to the United States dropped to 434 tons"),
    /// the story goes back to its month; a part of the year-to-date total ("of which", "accounted for") stays in it.
    /// </summary>
    private static string WindowAfter(TonnageFact previousFact, SubjectContext context, bool partsOf) =>
        previousFact.Period == Periods.Cumulative && !partsOf && context.WindowBeforeToDate is { } storyWindow ? storyWindow : previousFact.Period;

    /// <summary>
    /// "used 1.26 million tonnes of standard coal equivalent", "emitted 420,000 tonnes of CO2 equivalent": tonnes of a fuel or gas
    /// equivalent measure energy or emissions, not a mass of any material; "1,500 tons a year of iron nitride magnets, which contain
    /// no rare earths", "rare-earth-free motors": a product said to hold no rare earths (not "heavy-rare-earth-free") (measure32).
    /// </summary>
    private static readonly Regex NoMaterialMassAfterRegex = new(
        // "21,400 t CO2e", "10.0 tCO2-e per tonne of oxide": emissions, written right after the unit (dev10 L18).
        @"^\s*(?:CO2|CO₂|CO2e|CO₂e|CO2-e|CO2-eq|CO2eq)\b|^\s+(?:(?:a|per)\s+(?:year|annum)\s+)?of\s+(?:(?:(?:standard|hard|raw)\s+)?(?:coal|oil)\s+equivalent\b|(?:carbon\s+dioxide|CO2|CO₂|CO2e|greenhouse\s+gas(?:es)?)\b(?!\s+(?:from|in)\b)"
        + @"|(?:[\p{L}-]+\s+){0,4}?(?<!heavy[\s-])rare[\s-]earths?[\s-]free\b"
        // "moved 1.2 million tonnes of waste at the pre-strip", "of waste rock", "of overburden": rock moved to reach ore, when
        // the noun stands alone ("of waste magnets", "of mine waste from the old pit" are material) (§85).
        + @"|(?:waste(?:\s+rock)?|overburden)(?=\s*(?:[,.;:)]|$|(?:and|at|in|on|to|from\s+the\s+(?:pit|open\s+pit|pre-?strip)|during|over|last|this|so|since)\b)))"
        + @"|^[^;.]{0,80}?,\s*which\s+(?:contain|contains|use|uses|need|needs|require|requires)\s+no\s+rare[\s-]earths?\b"
        // "Scope 1 and 2 emissions: 21,400 t CO2e, equal to 10.0 t CO2e per tonne of oxide": a gas written right after the unit
        // (measure34; dev10 L18).
        + @"|^\s*(?:CO2|CO₂)(?:-?eq?)?\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"none of the ", "any of the ", "all of the ", "the rest of the ": a partitive of a definite figure.</summary>
    private static readonly Regex PartitiveOfTheBeforeRegex = new(
        @"(?i)\b(?:any|none|all|some|most|much|part|half|each|rest|remainder|bulk)\s+of\s+(?:the|those|these)\s+$", RegexOptions.Compiled);

    /// <summary>
    /// "though no local buyer had bought any of the 2,870 tonnes": a partitive of a definite figure the story already gave (same
    /// value) points back to it; it is no new fact (measure32).
    /// </summary>
    private static bool PointsBack(string sentence, Quantity quantity, TonnageFact fact, List<TonnageFact> facts) =>
        (PartitiveOfTheBeforeRegex.IsMatch(sentence.AsSpan(0, quantity.Start))
         // "• Browns Range pilot plant produced 9.2 tonnes ... The 9.2 tonnes of carbonate were stored on site", "The 250-tonne
         // delivery, trucked about 2,300 km": a definite figure the story already gave is the same fact told again (dev10
         // decision (1), L38; measure34).
         || DefiniteFigureBeforeRegex.IsMatch(sentence.AsSpan(0, quantity.Start)))
        && facts.Exists(f => f.Min == fact.Min && f.Max == fact.Max);

    /// <summary>A definite article or demonstrative right before a figure: "The 9.2 tonnes", "these 250 tonnes".</summary>
    private static readonly Regex DefiniteFigureBeforeRegex = new(@"(?i)\b(?:the|these|those|this|that)\s+$", RegexOptions.Compiled);

    /// <summary>"short dry tons (2,000 pounds)", "a tonne (1,000 kg)": a bracketed figure right after a unit word defines the unit.</summary>
    private static readonly Regex UnitWordOpenBeforeRegex = new(@"(?i)\b(?:tons?|tonnes?|t)\s*\(\s*$", RegexOptions.Compiled);

    /// <summary>A figure in brackets right after a unit word, closing the bracket right after its own unit: a unit's definition (dev8 J25).</summary>
    private static bool UnitDefinition(string sentence, Quantity quantity) =>
        UnitWordOpenBeforeRegex.IsMatch(sentence.AsSpan(0, quantity.Start)) && Regex.IsMatch(sentence.AsSpan(quantity.End), @"^\s*\)");

    private static bool NoMaterialMass(string sentence, Quantity quantity) =>
        NoMaterialMassAfterRegex.IsMatch(sentence.AsSpan(quantity.End));

    /// <summary>A cap verb, then (in the same clause) "at" right before the figure: "caps stored residue at ", "capped at ".</summary>
    // Lower-case "limited" only: "VHM Limited said stage one is sized at 2.5 Mtpa" names a company, no cap (measure32).
    private static readonly Regex CapAtRegex = new(@"\b(?:[Cc]aps?|[Cc]apped|[Cc]apping|[Ll]imits|limited|CAPS?|CAPPED)\b[^,;.]{0,80}?\b(?i:at)\s+$", RegexOptions.Compiled);

    /// <summary>A ceiling noun, then (in the same clause) a verb that sets it and "to"/"at" right before the figure: "the ceiling on
    /// related-party purchases was raised to ", "its export cap was set at ", "the limit ... lifted to about " (measure32).</summary>
    private static readonly Regex CeilingSetToRegex = new(
        @"(?i)\b(?:ceilings?|caps|cap|limits?)\b(?![-\u2010-])[^,;.]{0,80}?\b(?:raised|lifted|increased|set|cut|lowered|reduced|fixed|put|trimmed|kept|held)\s+(?:at|to)\s+(?:(?:" + HedgeWords + @")\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// The comma closing a fronted partitive of a figure ("Of the 120 tonnes ... in 2027, 90 tonnes"), when the sentence opens with
    /// "Of the/its/their", the phrase holds a figure and the part follows that comma (hedges allowed); else -1.
    /// </summary>
    private static int FrontedPartitiveEnd(List<Token> words, int firstWord)
    {
        if (words.Count < 3 || !words[0].Text.Equals("Of", StringComparison.Ordinal) || words[1].Text.ToLowerInvariant() is not ("the" or "its" or "their" or "this" or "that" or "these" or "those"))
        {
            return -1;
        }

        var c = firstWord - 1;
        while (c > 0 && words[c].Text.ToLowerInvariant() is "about" or "some" or "roughly" or "around" or "nearly" or "almost" or "over" or "only" or "just")
        {
            c--;
        }

        // The whole is a figure of its own ("Of the 120 tonnes ..."); "Of the mining quota, 126,500 tonnes was allocated" is a share
        // of the quota itself (dev2 B01, dev6 G40).
        return c > 1 && words[c].Text == "," && !words.Take(c).Skip(2).Any(t => t.Text is "," or ";" or ".")
               && words.Take(c).Skip(2).Any(t => t.Text.Length > 0 && char.IsDigit(t.Text[0])) ? c : -1;
    }

    /// <summary>"did not reach ", "will not exceed ", "no longer expects to exceed ": a level negated as a ceiling, right before the
    /// figure; the amount is below it (dev9 convention (2); measure33).</summary>
    private static readonly Regex NegatedCeilingBeforeRegex = new(
        @"(?i)(?:\b(?:did|does|do|will|would|could|may|might)\s*(?:not|n't)\s+|\bcannot\s+|\bno\s+longer\s+(?:expects?|sees|forecasts?|anticipates?|projects?)\s+(?:(?:it|output|production|sales)\s+)?to\s+|\b(?:is|are)\s+unlikely\s+to\s+)"
        + @"(?:reach|exceed|top|surpass|hit|pass|achieve|break)\s+$",
        RegexOptions.Compiled);

    /// <summary>"an export cap of ", "a full-year cap of ", "a ceiling of ": the level of a cap is a maximum (dev9 K32, K05; measure33).</summary>
    private static readonly Regex CeilingOfRegex = new(@"(?i)\b(?:caps?|ceilings?)\s+of\s+$", RegexOptions.Compiled);

    /// <summary>"an agreement providing for up to ", "a contract that provides for ": what a deal provides for, right before the figure.</summary>
    private static readonly Regex DealProvidesForRegex = new(
        @"(?i)\b(?:agreements?|contracts?|deals?|arrangements?)\s+(?:providing|that\s+provides?|which\s+provides?)\s+for\s+(?:(?:about|around|some|roughly|up\s+to|at\s+least|as\s+much\s+as|more\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"an export cap of ", "its import ceiling at ": the cap on a country's trade, right before the figure.</summary>
    private static readonly Regex TradeCapBeforeRegex = new(@"(?i)\b(?:export|import)\s+(?:caps?|ceilings?|limits?)\s+(?:of|at)\s+(?:(?:about|around|some|roughly|up\s+to)\s+)?$", RegexOptions.Compiled);

    /// <summary>"paragraph 3 ", "page 12 ": a number naming a place in a text, which no range starts from ("in paragraph 3 to 1,200 tonnes").</summary>
    private static readonly Regex ReferenceNumberBeforeRegex = new(@"(?i)\b(?:paragraphs?|paras?|pages?|items?|notes?|sections?|clauses?|articles?|lines?|rows?|tables?|figures?|charts?|slides?|appendix|schedules?)\s+$", RegexOptions.Compiled);

    /// <summary>"is permitted to process ", "was allowed to export ": a permitted volume is at most that much (measure32).</summary>
    private static readonly Regex PermittedToRegex = new(
        @"(?i)\b(?:permitted|allowed|authori[sz]ed|licen[sc]ed|entitled)\s+to\s+\p{Ll}+\s+$", RegexOptions.Compiled);

    /// <summary>Text between two figures that is only "from" ("to 2,900 tonnes from 2,400 tonnes"), perhaps after the first one's
    /// material ("to 2,500 tonnes of mixed rare earth carbonate from 3,000 tonnes") or a comma ("to between 9,000 and 9,500
    /// tonnes, from 10,500 tonnes previously"): the second is the earlier value.</summary>
    private static readonly Regex FromBetweenRegex = new(@"^\s*(?:of\s+(?:[\p{L}\p{N}-]+\s+){0,4}?[\p{L}\p{N}-]+\s*)?,?\s*(?:(?:by|in)\s+(?:19|20)\d{2}\s+)?(?:(?:(?:had|has|have)\s+been|was|were)\s+(?:restated|revised|adjusted|corrected)\s+(?:(?:up|down)(?:wards?)?\s+)?)?from\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>Text between the two ends of a change, the first written "from": " of metals and alloys to ", " to about " (§70).</summary>
    private static readonly Regex ToAfterFromRegex = new(@"(?i)^\s*(?:of\s+(?:[\p{L}\p{N}-]+\s+){0,4}?[\p{L}\p{N}-]+\s+)?to\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>Text between a rate and the earlier value it grew or fell from, in the same clause: " of rare earths a year by
    /// 2030, up from less than ", " a year, down from about " (§76). No other figure or sentence break stands between.</summary>
    private static readonly Regex UpFromBetweenRegex = new(@"(?i)^[^;:.()]{0,80}?,\s*(?:up|down)\s+from\s+(?:(?:" + HedgeWords + @"|less\s+than|more\s+than|fewer\s+than|under|over|below|above|almost|just(?:\s+(?:over|under))?)\s+)?$", RegexOptions.Compiled);

    /// <summary>Text between a plant's feed rate and its output in one clause: " of rare earth concentrate and produce about ",
    /// " of monazite and make " (§76). No comma, so a new clause ("; a second phase would lift ...") does not count.</summary>
    private static readonly Regex SharedRateVerbBetweenRegex = new(@"(?i)^\s*(?:of\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+\s+)?and\s+(?:to\s+)?(?:produce|make|yield|turn\s+out|recover|output|separate)\s+(?:(?:" + HedgeWords + @"|up\s+to|approximately)\s+)?$", RegexOptions.Compiled);

    /// <summary>"from ", "from about " right before a figure.</summary>
    private static readonly Regex FromBeforeRegex = new(@"(?i)\bfrom\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>A relative clause right after the figure whose subject is a region, not a country: "(tons of X) that Europe imported".</summary>
    private static readonly Regex RegionActsAfterRegex = new(
        @"^[^,;.]{0,80}?\b(?:that|which)\s+(?:Europe|Asia|Africa|North\s+America|South\s+America|Latin\s+America|the\s+West)\s+(?:imported|imports|exported|exports|consumed|consumes|bought|buys|used|uses|needs|needed|produced|produces)\b",
        RegexOptions.Compiled);

    /// <summary>"the ", "the roughly " right before a figure.</summary>
    private static readonly Regex TheBeforeFigureRegex = new(@"(?i)\bthe\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>From a figure's unit to a country opening its relative clause: " of concentrate that the ", " ".</summary>
    private static readonly Regex CountryClauseAfterFigureRegex = new(
        @"^(?:\s+of\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+(?:(?:that|which)\s+)?(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>A measure verb right after a country: " mined", " had imported", " exports".</summary>
    private static readonly Regex CountryVerbAfterRegex = new(
        @"^\s+(?:(?:had|has|have)\s+)?(?:mined|produced|exported|imported|shipped|consumed|bought|used|refined|separated|smelted|mines|produces|exports|imports|consumes|ships)\b",
        RegexOptions.Compiled);

    /// <summary>"held about ", "holds only ", "kept ": a verb of keeping right before the figure (hedges allowed).</summary>
    private static readonly Regex HeldBeforeFigureRegex = new(
        @"(?i)\b(?:held|holds|hold|holding|kept|keeps|stored)\s+(?:(?:only|about|around|roughly|some|nearly|almost|an\s+estimated|just)\s+)*$", RegexOptions.Compiled);

    /// <summary>After a held figure: a date it was held on, a stock word, or goods waiting to leave.</summary>
    private static readonly Regex HeldStockAfterRegex = new(
        @"(?i)^[^,;]*?\b(?:at\s+the\s+end\s+of|as\s+(?:of|at)|awaiting\s+(?:shipment|export|sale|delivery)|of\s+(?:feedstock|inventory|stocks?)\b|in\s+(?:its\s+|a\s+|the\s+)?(?:warehouses?|state\s+reserves?|bonded))",
        RegexOptions.Compiled);

    /// <summary>"in stock", "in storage", "in inventory" after a figure, in its clause.</summary>
    private static readonly Regex InStockRegex = new(@"^[^,;]*?\b(?:in\s+(?:stock|storage|inventory|inventories|stockpiles?|transit)|on\s+hand)\b", RegexOptions.Compiled | RegexOptions.IgnoreCase); // "on hand" (§61)

    /// <summary>A quota named, then set at a level right before the figure: "quotas for 2026, setting mining output at ".</summary>
    private static readonly Regex QuotaLevelRegex = new(
        @"(?i)\bquotas?\b[^.;]*?\b(?:set|sets|setting|fixed|fixes|fixing|pegged|pegging)\b[^.;]*\bat\s+(?:(?:about|around|some|roughly|nearly|approximately)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A state body allowing a level right before the figure: "the ministry allowed 285,000 tonnes of mining".</summary>
    private static readonly Regex QuotaAllowanceRegex = new(
        @"(?i)\b(?:ministry|ministries|government|authorities|regulators?|state|MIIT)\b[^.;,]{0,40}?\b(?:allowed|allows|permitted|permits)\s+(?:(?:about|around|some|roughly|nearly|approximately|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A share won or received: "won the largest allocation", "secured 1,050 tonnes each", "was allotted", "received".</summary>
    private static readonly Regex AllocationWonRegex = new(
        @"(?i)\b(?:allocations?|allotments?|allott?ed|allocated|won|wins|secured|secures|received|receives|awarded|granted)\b", RegexOptions.Compiled);

    /// <summary>A sentence that shares out a quota or a volume ("126,000 tons were allocated to light rare earths").</summary>
    private static readonly Regex AllocatesRegex = new(@"(?i)\b(?:allocat(?:e|es|ed|ing|ion)|allott?(?:ed|ing)?|allots|assign(?:ed|s)?|earmark(?:ed|s)?|apportion(?:ed|s)?)\b", RegexOptions.Compiled);

    /// <summary>A sentence that opens by sharing out a quota: "Of the mining quota, 132,000 tonnes is for light rare earths".</summary>
    private static readonly Regex ShareOfOpenerRegex = new(@"(?i)^\s*Of\s+(?:the|this|that|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:quotas?|allocations?)\s*,", RegexOptions.Compiled);

    /// <summary>After a share's figure, "(is) for" and at most two modifier words before its material.</summary>
    private static readonly Regex SharedForRegex = new(@"(?i)^\s*(?:(?:is|are|was|were|goes|go|went)\s+)?for\s+(?:[\p{L}-]+\s+){0,2}?$", RegexOptions.Compiled);

    /// <summary>What follows a figure that is shared out: "(were allocated) to", "(is) for" and at most two modifier words before the material.</summary>
    private static readonly Regex AllocatedToRegex = new(
        @"^\s*(?:(?:were|was|are|is|has\s+been|have\s+been|will\s+be|would\s+be)\s+)?(?:(?:allocated|allotted|alloted|assigned|earmarked|apportioned)\s+)?to\s+(?:[\p{L}-]+\s+){0,2}?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>Nouns that make a material word the name of who gets the share ("to magnet makers"), not of what is shared.</summary>
    private static readonly Regex RecipientNounRegex = new(@"^[\s-]*(?i:makers?|producers?|manufacturers?|companies|firms|users?|buyers?|plants?|industry|industries|sector|smelters?|refiners?|processors?)\b", RegexOptions.Compiled);

    /// <summary>
    /// Whether the material word ending at <paramref name="end"/> only describes a party or policy ("magnet makers", "India's magnet
    /// scheme") — unless the makers make something before <paramref name="limit"/> ("Chinese magnet makers produced 300,000 tonnes":
    /// what makers of a material make is that material).
    /// </summary>
    private static bool DescribesParty(string text, int end, int limit)
    {
        var agent = AgentNounAfterRegex.Match(text, end);
        if (!agent.Success || agent.Index != end)
        {
            return false;
        }

        var after = agent.Index + agent.Length;
        return !(MakerNounRegex.IsMatch(agent.Value) && limit > after && MakeVerbRegex.IsMatch(text.AsSpan(after, limit - after)));
    }

    /// <summary>", a growing source of ", "the main supplier of ": a material after it describes a party or place in an aside.</summary>
    private static readonly Regex SourceOfBeforeRegex = new(@",\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,4}?(?:source|sources|supplier|suppliers|exporter|exporters)\s+of\s+$", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex MakerNounRegex = new(@"(?i:makers?|producers?|manufacturers?|industry|industries|sector)$", RegexOptions.Compiled);

    /// <summary>What the makers make: a make verb, their output, or their capacity ("26 magnet producers with combined capacity of
    /// roughly 140,000 tonnes", product27).</summary>
    private static readonly Regex MakeVerbRegex = new(@"\b(?i:produced|produces|produce|producing|made|makes|make|making|manufactured|manufactures|output|turned\s+out|turn\s+out|capacity|capacities)\b", RegexOptions.Compiled);

    /// <summary>"magnet makers", "magnet supply chain", "oxide buyers", "India's magnet scheme": the material word before it describes a party or a policy, not a mass.</summary>
    private static readonly Regex AgentNounAfterRegex = new(@"\G[\s-]*(?i:makers?|producers?|manufacturers?|suppliers?|vendors?|companies|firms|users?|buyers?|customers?|supply\s+chains?|industry|industries|sector|schemes?|programmes?|programs?|policy|policies|subsidy|subsidies|incentives?)\b", RegexOptions.Compiled);

    private static readonly Regex RisingToRegex = new(@",\s*(?:rising|increasing|growing|expanding)\s+to\s+(?:(?:about|around|some|roughly|nearly)\s+)?$", RegexOptions.Compiled);

    /// <summary>Text between two figures that makes the second a part or a later stage of the first ("..., of which", ", rising to").</summary>
    /// <summary>"Its Longnan separation plant", "the separation facility": a plant that separates rare earths (period32; not "sells to Chinese separators", dev5 F18).</summary>
    private static readonly Regex SeparationPlantBeforeRegex = new(@"(?i)\b(?:separation\s+(?:plant|facility|line|complex|works|capacity)|refinery\s+capacity|refining\s+capacity)\b", RegexOptions.Compiled);

    /// <summary>" separation plant", " refinery" right after a figure used as an adjective ("its 2,000 tpa separation plant", "a 4,000-tonne
    /// refinery"), with at most one word between (product34).</summary>
    private static readonly Regex SeparationPlantAfterRegex = new(@"(?i)^(?:\s*-\s*|\s+)(?:(?:a\s+year|per\s+annum|per\s+year)\s+)?(?:(?!metals?\b|alloys?\b)[\p{L}]+\s+)?(?:separation\s+(?:plant|facility|line|complex|works)|refinery)\b", RegexOptions.Compiled);

    /// <summary>"national reserves of", "the country's resources of", "world reserves": a country's or the world's reserves (period32).</summary>
    private static readonly Regex NationalReservesBeforeRegex = new(@"(?i)\b(?:national|nationwide|domestic|country's|nation's|world|global)\s+(?:rare[- ]earths?\s+)?(?:reserves|resources)\s+(?:of|at|stand|stood|are|were|total|totalled|totaled)\b", RegexOptions.Compiled);

    /// <summary>"had returned 800 kg", "sent back some 400 kg": a lot sent back to its seller, right before the figure (period32).</summary>
    private static readonly Regex ReturnedBeforeRegex = new(@"(?i)\b(?:returned|sent\s+back|shipped\s+back|rejected)\s+(?:(?:about|around|some|roughly|nearly|another|a\s+further)\s+)?$", RegexOptions.Compiled);

    /// <summary>"(38,000 wmt of ore to the pad), equal to ", ", equivalent to about ", ", or about ": the next figure restates the
    /// same amount in another unit or basis; no figure, verb or clause break in between (period32).</summary>
    private static readonly Regex RestatedAmountBetweenRegex = new(@"(?i)^[^;:\d]{0,60}?,\s*(?:equal\s+to|equivalent\s+to|equating\s+to|or)\s+(?:(?:about|around|roughly|some|approximately|nearly|almost)\s+)?$", RegexOptions.Compiled);

    /// <summary>" (previously ", " (prior: ", " (was ": a bracket right after a figure giving its older value (period33).</summary>
    private static readonly Regex PreviouslyBetweenRegex = new(@"(?i)^\s*\(\s*(?:previously|prior|was|formerly|earlier\s+guidance)\s*:?\s*(?:(?:about|around|roughly|some|approximately)\s+)?$", RegexOptions.Compiled);

    /// <summary>"in 2021 and 2022": two years joined, the window of a campaign run over both (period32).</summary>
    private static readonly Regex TwoYearsJoinedRegex = new(@"(?i)\bin\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2}\b", RegexOptions.Compiled);

    private const string IonicClayProduct = "ionic-clay";

    /// <summary>"ionic clay", "ionic adsorption clay", "ion-adsorption clay": the deposit type named in a story (period32).</summary>
    private static readonly Regex IonicClayWordsRegex = new(@"(?i)\bion(?:ic)?[\s-]+(?:adsorption[\s-]+)?clays?\b", RegexOptions.Compiled);

    /// <summary>" of clay", " a year of clay", " of ore and clay": bare clay right after a figure (period32).</summary>
    private static readonly Regex ClayAfterRegex = new(@"^\s*(?:(?:a\s+year|per\s+annum|a\s+day)\s+)?of\s+(?:[\p{L}-]+\s+)?clay\b", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>Another deposit type in the figure's sentence: "hard-rock", "carbonatite", "monazite", "mineral sands" (period32).</summary>
    private static readonly Regex OtherDepositTypeRegex = new(@"(?i)\b(?:hard[\s-]rock|carbonatite|monazite|bastn[aä]e?site|xenotime|mineral\s+sands|pegmatite|syenite)\b", RegexOptions.Compiled);

    /// <summary>Ionic clay named before the figure in its sentence, or in the sentence before (or anywhere before when <paramref name="wholeStory"/>).</summary>
    private static bool IonicClayNamedBefore(SentenceIndex sentences, int s, int numberStart, bool wholeStory)
    {
        if (IonicClayWordsRegex.IsMatch(sentences.Sentences[s].Text.AsSpan(0, numberStart)))
        {
            return true;
        }

        for (var k = s - 1; k >= 0 && (wholeStory || k == s - 1); k--)
        {
            if (IonicClayWordsRegex.IsMatch(sentences.Sentences[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Regex SharedWindowRegex = new(@"(?i)\bof\s+which\b|,\s*(?:rising|increasing|growing|expanding)\s+to\s*$", RegexOptions.Compiled);

    /// <summary>Periods that are a time window or rate a following figure can share.</summary>
    private static readonly FrozenSet<string> WindowPeriods = new[]
    {
        Periods.Month, Periods.PerQuarter, Periods.HalfYear, Periods.Year, Periods.Cumulative, Periods.PerYear,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Text from a name to the figure that makes the figure the name's in a list ("Burma at 31,000 tons", "followed by Italy with 2,100 tonnes", "China's 44 million tonnes").</summary>
    private static readonly Regex ListedAtRegex = new(@"^(?:\s*(?i:at|with)\s+|['’]s?\s+)(?:(?i:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>Text from a name to the figure in a list without the verb ("and Malaysia 11,400 tonnes"): only a space and a hedge.</summary>
    private static readonly Regex GappedRegex = new(
        @"^\s+(?:the\s+(?:remaining|other|balance\s+of|rest\s+of)\s+|another\s+)?(?:(?i:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>"and", "," (or ", and") right before a name in a list, with its article ("the United States 45,000 tonnes").</summary>
    private static readonly Regex ListConjunctionBeforeRegex = new(@"(?:,|\band)\s*(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// "the country's", "the nation's", "national" before a measure word, and "the government" as the subject of a verb
    /// ("the government plans to secure offtake of ..."): the country of the article.
    /// </summary>
    private static readonly Regex CountryPossessiveRegex = new(@"\bthe\s+(?:country|nation)['’]s\b|\b[Tt]he\s+government\s+(?:also\s+)?(?:said\s+its\s+(?=strategic\s+reserves?\b)|plans|planned|will|would|aims|aimed|expects|expected|wants|intends|intended|targets|seeks|has|had|is|was|pushes|pushed|backs|backed|launched|approved|proposed|offers|offered)\b|\b(?:national|domestic)\s+(?:[\p{Ll}-]+\s+){0,3}(?:resources?|reserves?|output|production|exports?|imports?|stockpiles?)\b", RegexOptions.Compiled);

    /// <summary>
    /// "the country's"/"national ..." in the figure's own clause: not in a relative clause ("X, which runs most of the
    /// country's capacity, accounted for ...") and with no clause break or "and" between it and the figure.
    /// </summary>
    private static bool CountryPossessiveInClause(string textBefore)
    {
        if (textBefore.Contains(',', StringComparison.Ordinal))
        {
            textBefore = RelativeClauseBeforeRegex.Replace(textBefore, " ");
        }

        var last = CountryPossessiveRegex.Matches(textBefore).LastOrDefault();
        return last is not null && !ClauseBetweenRegex.IsMatch(textBefore.AsSpan(last.Index + last.Length));
    }

    /// <summary>A clause break or "and" (not the comma of "1,200").</summary>
    private static readonly Regex ClauseBetweenRegex = new(@"[,;](?=\s)|\band\b", RegexOptions.Compiled);

    /// <summary>
    /// Whether a name (offsets in the text) heads the figure in a list: "Burma at 31,000 tons", "China's 44 million
    /// tonnes", or after "and"/"," with only a space before the figure ("and Malaysia 11,400 tonnes").
    /// </summary>
    private static bool ListedBefore(Sentence sentence, int start, int end, Quantity quantity)
    {
        var between = sentence.Text[(end - sentence.Start)..quantity.NumberStart];
        return (ListedAtRegex.IsMatch(between) && !SuppliedWithBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start)))
               || (GappedRegex.IsMatch(between) && ListConjunctionBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start)));
    }

    /// <summary>"will supply General Motors with 1,000 tonnes": the name after a verb of supplying receives the figure, it is not listed with it.</summary>
    private static readonly Regex SuppliedWithBeforeRegex = new(@"(?i)\b(?:suppl(?:y|ies|ying|ied)|provid(?:e|es|ing|ed)|furnish(?:es|ing|ed)?|equip(?:s|ping|ped)?)\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>", its former joint venture with ", ", a unit of ", ", the partnership between ": an apposition naming a partner.</summary>
    private static readonly Regex VentureAppositionRegex = new(
        @"^\s*,\s+(?:its|their|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:joint\s+venture|venture|unit|subsidiary|affiliate|partnership)\s+(?:with|of|between)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// Text from a name to the figure that puts the figure in a relative clause about the name ("NPM Silmet in Sillamae,
    /// which can process up to 3,000 tonnes", "from Tarvik Metals Inc., which holds 35 t", "from X, whose plant separated 4,000 t"): the full stop of an abbreviated
    /// legal form, an optional place, "which"/"who"/"whose", then no clause break.
    /// </summary>
    private static readonly Regex RelativeClauseRegex = new(@"^\.?(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?\s*,?\s+(?:which|who|whose)\s+[^,;]*$", RegexOptions.Compiled);

    /// <summary>A possessive, at most four words of an asset ending in a plant noun, an optional place ("in California"), then
    /// ", which" and no clause break: "X's planned magnet facility, which is designed to make", "X's Mountain Pass mine in
    /// California, which produced".</summary>
    private static readonly Regex PossessionRelativeClauseRegex = new(
        @"^['’]s?\s+(?:[\p{L}\d-]+\s+){0,4}?(?:plant|facility|refinery|factory|mill|mine|project|complex|concentrator|smelter|hub|site|operations?)(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?\s*,\s+which\s+[^,;]*$",
        RegexOptions.Compiled);

    private static readonly Regex CumulativeRegex = new(
        @"(?i)\b(?:life[\s-]of[\s-](?:the[\s-])?mine|over\s+the\s+life|cumulative(?:ly)?|in\s+total\s+over|over\s+(?:the\s+(?:next|coming|first|initial)\s+)?\w+\s+(?:(?:fiscal|financial|calendar)\s+)?years|(?:over|across|during|throughout|spanning|between)\s+(?:(?:calendar|fiscal|financial)\s+(?:years?\s+)?)?(?:19|20)\d{2}\s*(?:[-–—]|to|and|through)\s*(?:19|20)?\d{2}|since\s+(?:19|20)\d{2}|since\s+(?:[\p{L}-]+\s+){1,5}?in\s+(?:19|20)\d{2}|since\s+(?:its|the|their)\s+(?:start|inception|launch|opening|commissioning|beginning)|since\s+(?:the|its|their)\s+(?:re[\s-]?opening|restart|resumption|start[\s-]?up)\b|since\s+(?:the\s+(?:[\p{L}-]+\s+){0,2}?(?:plant|mine|facility|refinery|line|pilot|project|operation|crossing|border|port|smelter|unit)|it|they)\s+(?:re)?(?:opened|began|started|commenced|came\s+on\s*(?:stream|line)|was\s+commissioned)|over\s+the\s+(?:(?:contract|agreement|offtake|supply|deal)['’]?s?\s+)?(?:term|duration)\b|over\s+the\s+(?:term|duration|life)\s+of\s+the\s+(?:contract|agreement|deal|offtake)|since\s+(?:operations|production|mining|output|shipments|deliveries|exports|imports)\s+(?:began|started|commenced|resumed)|since\s+(?:commissioning|inception|start[\s-]?up|first\s+(?:production|ore|output|shipments?)|production\s+began|the\s+start\s+of\s+(?:operations|production|mining))|(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?years|over\s+(?:the|its|their)\s+(?:[\p{L}-]+['’]s?\s+)?life\b|(?<!\bup[\s-])to[\s-]date|over\s+(?:the|its|a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:mine|project|operating|contract|asset)\s+life|so\s+far|over\s+the\s+(?:next\s+|coming\s+)?\w+\s+years\s+(?:to|through|until)\s+(?:19|20)\d{2})\b"
        // "delivered between March and May": an amount spread over a span of months is summed over it (product31).
        + @"|\b(?i:between)\s+(?:" + MonthNames + @")\.?\s+(?i:and)\s+(?:" + MonthNames + @")\b",
        RegexOptions.Compiled);

    private static readonly Regex YearRegex = new(
        // "8,500 t of concentrate in year 1": one year of a study's schedule (dev10 L19).
        @"(?i)\b(?:in|during)\s+year\s+(?:[1-9]|1\d|20)\b(?!\s*(?:to|-|–)\s*\d)|\b(?:in|during|for)\s+(?:19|20)\d{2}\b|\b(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d{2}\b|\b(?:in|for|over|during)\s+the\s+(?:(?:fiscal|financial)\s+)?year\s+(?:to|ended|ending)\b|\b(?:in|for|during)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year\b(?!\s+(?:earlier|before|ago|through|until|till|to|ended|ending)\b)|\b(?:this|last|next|previous|that|fiscal|financial|calendar)\s+(?:fiscal\s+|financial\s+)?year\b|\bthe\s+same\s+year\b|\b(?:whole|entire|all)\s+of\s+(?:19|20)\d{2}\b|\bthroughout\s+(?:19|20)\d{2}\b|\bFY\s?\d{2,4}\b|\bcalendar\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?\s+(?:business|fiscal|financial|calendar|reporting|accounting)\s+year\b|\b(?:twelve|12)\s+months\s+(?:to|ended|ending|through)\b|\b(?:in|over|during|for)\s+(?:the|its)\s+(?:first\s+)?(?:twelve|12)\s+months\b|\bfirst\s+full\s+year\b|\b(?:in|during|over)\s+(?:the|its|their)\s+(?:first|second|third)\s+year\b|\bfull[\s-]year\b|\bfirst[\s-]year\s+(?:[\p{L}-]+\s+){0,2}?(?:output|production|sales|volumes?)\b"
        // "we model 2027E NdPr oxide output", "the median 2027E supply forecast": a broker's estimate ("E") or forecast ("F") year.
        + @"|\b(?:19|20)\d{2}(?-i:[EF])?\s+(?:[\p{L}-]+\s+){0,3}?(?:output|production|sales|exports|imports|shipments|deliveries|volumes?|purchases?|purchasing|guidance|supply)\b(?!\s+(?:capacity|capacities|rate|run[\s-]rate)\b)"
        // "Market balance 2027E: a deficit of 6,400 t": a row label that ends with an estimate year.
        + @"|\b(?:19|20)\d{2}(?-i:[EF])\s*:"
        // "2026E 74,500", "2027F 81,000", "2025e": a broker's or survey's year of estimate or forecast as a table cell's label (measure34).
        + @"|\b(?:19|20)\d{2}[EF]\b"
        // "shipped about 160 tonnes to Japan in its best year, 2014": a year named in apposition (§76).
        + @"|\bin\s+(?:its|the|their|a)\s+(?:best|peak|record|worst|strongest|busiest|weakest|top|biggest|first|last|final)\s+(?:full\s+)?year\s*,\s*(?:19|20)\d{2}\b",
        RegexOptions.Compiled);

    /// <summary>A rate at full capacity, not an amount made: "once fully ramped up" (not "as the plant ramped up"), "at full capacity", "at full production".</summary>
    private static readonly Regex FullCapacityRegex = new(
        @"(?i)\b(?:(?:once|when|after)\s+(?:[\w-]+\s+){0,3}ramped[\s-]up|at\s+full\s+(?:capacity|production|output|rate)|full[\s-]scale\s+(?:production|output|operations?)|(?:once|when)\s+(?:fully\s+)?(?:complete|completed|built|finished))\b",
        RegexOptions.Compiled);

    /// <summary>"2,300 tons (" or "2,300 tons (about ": the text between an amount and the same amount in other units.</summary>
    private static readonly Regex ConversionOpenRegex = new(@"^\s*\(\s*(?:(?i:about|around|approximately|roughly|some|or)\s+)?$", RegexOptions.Compiled);

    /// <summary>", or 2,500 metric tons," after a figure in short tons: the same amount in metric units, set off by commas.</summary>
    private static readonly Regex ConversionCommaRegex = new(@"^\s*,\s*(?i:or)\s+(?:(?i:about|around|approximately|roughly|some)\s+)?$", RegexOptions.Compiled);

    /// <summary>Units that are not metric tonnes: a metric equivalent next to them is the figure to keep.</summary>
    private static readonly Regex NonMetricUnitRegex = new(@"^(?i:tons?\b|short|long|pounds?|lbs?)", RegexOptions.Compiled);

    /// <summary>A label before figures in a table written as prose ("Output: 1,200 t REO (Q3)").</summary>
    private static readonly Regex LabelLineRegex = new(@"^\s*[A-Z][\p{L} ()'/&-]{0,30}:\s", RegexOptions.Compiled);

    /// <summary>"its first 400 tonnes": one delivery, whatever the date.</summary>
    private static readonly Regex FirstBeforeRegex = new(@"(?i)\bfirst\s*$", RegexOptions.Compiled);

    private static readonly Regex GradeAfterRegex = new(@"^\s*(?i:at|grading|averaging|with)\s+(?:an?\s+)?(?:average\s+)?(?:grade\s+of\s+)?(?<grade>[\d.,]+)\s*(?:(?<percent>%|(?i:per\s?cent|percent))|(?i:ppm|g/t))", RegexOptions.Compiled);

    /// <summary>A grade in percent from which a figure is a concentrate, not ore ("118 tonnes at an average grade of 20% TREO").</summary>
    private const double ConcentrateGradePercent = 20;

    /// <summary>"at 1.2% TREO", "grading 2,500 ppm": an ore grade after the figure; "at 20% TREO" and richer is a concentrate's.</summary>
    private static bool OreGradeAfter(string after) =>
        GradeAfterRegex.Match(after) is { Success: true } grade
        && !(grade.Groups["percent"].Success
             && double.TryParse(grade.Groups["grade"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var percent)
             && percent >= ConcentrateGradePercent);

    /// <summary>
    /// "19.4 million tonnes of indicated resources", "44.9 Mt of mineral resources": a tonnage of a resource or reserve
    /// category (resource statements) is ore, whatever it contains.
    /// </summary>
    private static readonly Regex ResourceCategoryAfterRegex = new(
        @"^\s*(?i:of\s+(?:(?:measured|indicated|inferred|mineral|proven|proved|probable|ore)(?:\s+and\s+|,\s*|\s+))+(?:resources?|reserves?))\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "1.01 billion tonnes of mineralisation", "1.02 billion short tons of rhyolite", "88 million tonnes of syenite": a tonnage of
    /// the mineralised rock or its host rock is ore, not the mineral or the oxide the story names elsewhere (§76).
    /// </summary>
    private static readonly Regex HostRockAfterRegex = new(
        @"^\s*(?i:of\s+(?:(?:rare[\s-]earths?|REE|mineralised|mineralized|altered|weathered|fresh|alkaline|peralkaline|host|ore-bearing)\s+)?(?:mineralisation|mineralization|mineralised\s+material|mineralized\s+material|rhyolite|syenite|nepheline\s+syenite|granite|carbonatite|pegmatite|lujavrite|kakortokite|rock(?!\s+phosphate)))\b",
        RegexOptions.Compiled);

    private static readonly Regex DotThousandsSeveralRegex = new(@"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex DotThousandsRegex = new(@"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d|\d)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly ProductEntry? oreProduct = index.Gazetteer.Products.FirstOrDefault(p => p.Form == "ore");

    /// <summary>Heavy rare earth oxides (HREO): the product of several heavy rare earth elements joined before "oxides".</summary>
    private readonly ProductEntry? heavyOxide = index.Gazetteer.Products.FirstOrDefault(p => p.Id == "hreo");

    /// <summary>Heavy rare earths (group): several heavy rare earth elements joined with no oxide or metal named.</summary>
    private readonly ProductEntry? heavyGroup = index.Gazetteer.Products.FirstOrDefault(p => p.Id == "heavy-rare-earths");

    /// <summary>NdPr oxide: neodymium and praseodymium joined before "oxides".</summary>
    private readonly ProductEntry? ndprOxide = index.Gazetteer.Products.FirstOrDefault(p => p.Id == "ndpr-oxide");

    /// <summary>
    /// Common-word aliases of metal products ("rare earth metals" of rare-earth-metal): products.csv keeps them for the material of
    /// a tonnage, while the same words elsewhere name the group (rare-earths).
    /// </summary>
    private readonly Dictionary<string, string> metalWordsOfTonnage = index.Gazetteer.Products
        .Where(p => p.Form == "metal")
        .SelectMany(p => p.AmbiguousAliases.Select(a => (Alias: a, p.Id)))
        .DistinctBy(a => a.Alias, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(a => a.Alias, a => a.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Nationality adjectives, which describe an anaphor rather than end it ("The Australian miner").</summary>
    private readonly FrozenSet<string> demonyms = index.Gazetteer.Countries
        .SelectMany(c => c.Demonyms.Concat(c.Abbreviations.Where(IsOneWord)))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Country of each demonym that belongs to one country only ("Australian" → AU), for "The Australian miner".</summary>
    private readonly FrozenDictionary<string, string> demonymCountries = index.Gazetteer.Countries
        .SelectMany(c => c.Demonyms.Concat(c.Abbreviations.Where(IsOneWord)).Select(d => (Demonym: d, c.Code)))
        .GroupBy(x => x.Demonym, StringComparer.Ordinal)
        .Where(g => g.Select(x => x.Code).Distinct(StringComparer.Ordinal).Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);

    /// <summary>A country abbreviation that is one token ("UK", "US"; not "U.S."): "The UK recycler" is a descriptor.</summary>
    private static bool IsOneWord(string abbreviation) => abbreviation.All(char.IsLetter);

    public List<TonnageFact> Recognise(
        SentenceIndex sentences,
        ElementResult elements,
        OrganisationResult organisations,
        IReadOnlyList<Mention> countries,
        bool dotGroupsThousands = false,
        IReadOnlyList<CandidateMatch>? candidates = null,
        IReadOnlyList<string>? headlineOrganisations = null)
    {
        candidates ??= [];
        elements = elements with { Materials = GroupTermsWithFormHead(sentences, elements.Materials) };
        countries = countries.Where(m => !UnnamedCompanyDemonym(sentences, m)).ToList();
        var facts = new List<TonnageFact>();
        Material? previousMaterial = null;
        Material? outputMaterial = null;
        Material? storyMaterial = null; // the material of the story's last rare-earth figure that is not a contained restatement
        List<(double Tonnes, Material? Material)> priorFigures = []; // the figures of the (up to two) sentences before, with their materials
        var priorCount = 0;
        var previousSentence = int.MinValue;
        (string? Id, string? Name, string? Kind) previousSubject = (null, null, null);
        TonnageFact? previousFact = null;
        TonnageFact? previousCarry = null; // the previous fact, as the next sentence carries it on
        TonnageFact? lastQuota = null; // the story's last national quota
        TonnageFact? lastBasisQuota = null; // the story's last national quota stated on a basis (REO), not a group's portion
        string? reportWindow = null;
        string? lastWindow = null;
        string? windowBeforeToDate = null; // the month, quarter or half a year-to-date figure interrupted
        string? openingWindow = null; // the window the story opens on ("rose in the three months to March 31"), §53
        string? captionMeasure = null; // the measure a table's caption names, for its rows
        var captionAt = -1;
        string? captionWindow = null; // the window a table's caption names ("October 2026" a month, "Q3 2026" a quarter)
        var captionInTonnes = false; // the caption gives the unit of the table's bare cells ("...; tonnes, gross weight)")
        DeclaredTable? declared = null; // a statistical summary whose note gives the unit of every bare figure below it ("Data in metric tons")
        var correctionFacts = new List<TonnageFact>(); // figures a corrections notice gives again, which the story then states
        var deckFacts = new List<TonnageFact>(); // figures of a headline or deck line (no closing full stop)
        var highlightFacts = new List<TonnageFact>(); // figures of a release's "Highlights" bullets, which its narrative repeats
        var inHighlights = false;
        var callCompany = CallCompany(sentences, organisations, candidates);
        var coveredCompany = ResearchNoteCompany(sentences, organisations, candidates);
        var headlineCompany = HeadlineCompany(headlineOrganisations);
        var definedTerms = DefinedTerms(sentences, organisations, candidates);
        for (var s = 0; s < sentences.Sentences.Count; s++)
        {
            var sentence = sentences.Sentences[s];
            // "Highlights" (or "Key points") over bullet lines opens a release's summary; the first line that is no bullet closes it.
            inHighlights = HighlightsHeadingRegex.IsMatch(sentence.Text) || (inHighlights && BulletRegex.IsMatch(sentence.Text));
            if (s < OpeningSentences && openingWindow is null)
            {
                openingWindow = WindowNamed(sentence.Text);
                if (openingWindow is Periods.PerQuarter or Periods.HalfYear && reportWindow is null && ReportOfWindowRegex.IsMatch(sentence.Text))
                {
                    // "X today released its quarterly activities report for the three months ended 30 September": the story
                    // reports on that window, so past-tense amounts with no window of their own are for it (§58).
                    reportWindow = openingWindow;
                }
            }

            var quantities = FindQuantities(sentence, dotGroupsThousands);
            if (quantities.Count == 0 && captionInTonnes && s - captionAt <= CaptionReach)
            {
                quantities = BareTableCells(sentence.Text);
            }

            if (quantities.Count == 0)
            {
                quantities = YearLabelledCells(sentence.Text);
            }

            if (quantities.Count == 0 && declared is not null)
            {
                quantities = declared.Cells(sentence.Text);
            }

            if (quantities.Count == 0 && DataInTonsRegex.IsMatch(sentence.Text))
            {
                // "RARE EARTHS (Data in metric tons of rare-earth-oxide (REO) equivalent unless otherwise specified)": the note of a
                // statistical summary (USGS Mineral Commodity Summaries) gives the unit and basis of the bare figures below it.
                declared = new DeclaredTable(elements.Materials.FirstOrDefault(m => m.Start >= sentence.Start && m.End <= sentence.End
                                                                                    && m.ProductId is { } id && index.Products[id].Form == "basis") is { } basis
                    ? new Material(basis.ProductId, basis.ElementSymbol, basis.AttachedElements, false)
                    : null);
            }

            if (quantities.Count == 0)
            {
                // "Japan rare earth imports, October 2026 (Ministry of Finance trade statistics; tonnes)", "Separated oxide
                // production, Q3 2026:": a caption over a text table says what its rows count.
                if (CaptionMeasure(sentence.Text) is { } named)
                {
                    (captionMeasure, captionAt) = (named, s);
                    captionInTonnes = CaptionTonnesRegex.IsMatch(sentence.Text);
                    captionWindow = WindowNamed(sentence.Text) ?? (CaptionMonthRegex.IsMatch(sentence.Text) ? Periods.Month : null);
                }

                continue;
            }

            if (captionMeasure is not null && (s - captionAt > CaptionReach || !TableRowRegex.IsMatch(sentence.Text)))
            {
                captionMeasure = null; // prose after the table, or too far below the caption
            }

            var words = Tokenizer.Tokenize(sentence.Text);
            var materials = new Material?[quantities.Count];
            var sentenceFacts = new TonnageFact?[quantities.Count];
            for (var q = 0; q < quantities.Count; q++)
            {
                materials[q] = MaterialAfter(sentence, quantities, q, words, elements.Materials) ?? AllocatedTo(sentence, quantities, q, elements.Materials);
                materials[q] = SpecificBeforeBareForm(sentences, s, quantities[q], elements.Materials, materials[q]) ?? materials[q];
                materials[q] ??= MetalBeforeBareMetal(sentences, s, quantities[q], elements.Materials);
                materials[q] ??= FormOfFrontedPartitive(sentences, s, quantities[q], elements.Materials);
                materials[q] = StorysMineralConcentrate(sentences, s, quantities[q], elements.Materials, materials[q], organisations, candidates) ?? materials[q];
                if (materials[q] is null && OriginOnlyMaterialAfterRegex.Match(sentence.Text, quantities[q].End) is { Success: true } origin
                    && !elements.Materials.Any(m => m.Start >= sentence.Start + origin.Index && m.Start < sentence.Start + origin.Index + origin.Length))
                {
                    // "bought more than 30,000 tons of Myanmar material", "bought 600 tonnes of Laotian feed": a mass named only by
                    // where it came from says no form, so it takes none, not the product the sentence before named (dev9 K21, product34).
                    materials[q] = new Material(null, null, null, OreByGrade: false);
                }

                if (quantities[q].DeclaredUnit)
                {
                    materials[q] ??= declared?.Material; // a bare figure under "Data in metric tons of REO equivalent" is REO
                }
            }

            RespectivelyPaired(sentence, quantities, elements.Materials, materials);
            var ownMaterials = (Material?[])materials.Clone();
            for (var q = quantities.Count - 2; q >= 0; q--)
            {
                if (materials[q] is null && materials[q + 1] is not null
                    && (quantities[q].ChangeFrom || Coordinated(sentence, quantities[q], quantities[q + 1]) || ParallelLimitRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End, quantities[q + 1].Start - quantities[q].End))
                        // "putting mining at 148,000 tons and smelting and separation at 139,000 tons of rare earth oxide": two
                        // limits set side by side with "at" share the material written after the second (product31).
                        || (AtBeforeFigureRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q].NumberStart))
                            && ParallelAtRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End, quantities[q + 1].Start - quantities[q].End)))
                        // "offtakes with Hyundai and Kia for 1,500 tpa, and with Siemens Gamesa for up to 1,100 tpa of NdPr oxide": two
                        // parties' volumes side by side, each "for" a figure, share the material written after the second (product34).
                        || (ForBeforeFigureRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q].NumberStart))
                            && ParallelPartyForRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End, quantities[q + 1].Start - quantities[q].End)))))
                {
                    materials[q] = materials[q + 1];
                }
            }

            RespectiveMaterials(sentence, quantities, ownMaterials, materials);
            for (var q = 2; q < quantities.Count; q++)
            {
                materials[q] ??= TotalOfFigures(sentence, quantities, ownMaterials, q);
            }

            // The previous sentence's material: that of its last figure, or when it has none, the last material it names
            // ("... its first NdPr oxide separation circuit. Brightwater said the 1,800-tonne-a-year line ...").
            var carriedMaterial = previousSentence == s - 1 ? previousMaterial : s > 0 ? LastMaterialIn(sentences.Sentences[s - 1], elements.Materials) : null;
            // "... produced 410 tonnes in the third quarter. Shares fell 12%. It now expects capacity of 4,000 tonnes a year": one
            // sentence between with no figure and no material does not break the thread.
            carriedMaterial ??= previousSentence == s - 2 ? previousMaterial : null;
            // "... capacity at the end of September was 35,000 tonnes. Investor 2: Exports were weak in the second quarter. Has that
            // recovered? CFO: Our overseas sales in the third quarter were about 2,400 tonnes": a question turn between, naming no
            // material, does not break the thread either (dev9 K34, product34).
            carriedMaterial ??= previousSentence == s - 3 && QuestionsBetween(sentences, previousSentence, s, elements.Materials) ? previousMaterial : null;
            // "900 t a year of NdPr oxide from Peninsula Rare Earth Refining Sdn Bhd, starting with a 150-tonne cargo": a material
            // word inside a name is no material a figure after it can take.
            var sentenceNames = NamesIn(sentence, organisations, candidates);
            var materialsOutsideNames = sentenceNames.Count == 0
                ? elements.Materials
                : elements.Materials.Where(m => !sentenceNames.Exists(n => m.Start - sentence.Start >= n.Start && m.End - sentence.Start <= n.End)).ToList();
            var carried = new bool[quantities.Count];
            var threadMaterials = new Material?[quantities.Count]; // what the story goes on about, before the ore-scale rule
            for (var q = 0; q < quantities.Count; q++)
            {
                carried[q] = materials[q] is null;
                if (materials[q] is null && WindowCell(sentence.Text, quantities, q))
                {
                    // "Zircon sand production 58.4kt (June quarter: 55.1kt)": a bracketed cell gives the row's own figure for
                    // another window, so it is of the row's material, also when that is another commodity.
                    materials[q] = materials[q - 1];
                }

                // "made 4,600 tonnes of magnets and 2,100 tonnes of soft magnetic alloys": a figure with its own "of" phrase naming a
                // material the gazetteer does not know is a mass of something else, not of the material its sibling figure names (product23).
                if (materials[q] is null && q > 0 && ownMaterials[q - 1] is { Foreign: false } && UnknownOwnMaterial(sentence.Text, quantities[q]))
                {
                    materials[q] = new Material(null, null, null, OreByGrade: false, Foreign: true);
                }

                // "imports of NdFeB magnets fell to 2,118 tons ... from 2,465 tons a year earlier": a compared figure is of the same material.
                materials[q] ??= FeedNamedBefore(sentences, s, quantities[q], elements.Materials);
                materials[q] ??= ShareOfTotal(sentence, quantities, materials, q, previousSentence == s - 1 ? priorFigures : []);
                // "Its zircon sales fell to 9,800 tonnes, down from 11,200 tonnes": the compared figure of another commodity is of
                // that commodity too, and left out with it (§78).
                materials[q] ??= (q > 0 && ComparedWith(quantities, materials, q) is { } compared && (!compared.Foreign || compared.Commodity)
                                  && ComparedMaterialRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantities[q].Start - quantities[q - 1].End))
                                     ? compared
                                     : null)
                                 ?? OtherCommodityBefore(sentence, quantities[q], q > 0 ? quantities[q - 1].End : 0, words, elements.Materials)
                                 ?? MaterialBefore(sentence, quantities[q], q > 0 ? quantities[q - 1].End : 0, materialsOutsideNames) ?? carriedMaterial
                                 // "shipped 3,000 tonnes of monazite concentrate containing 1,500 tonnes of REO ... (two sentences with no
                                 // material) ... a further 9,000 tonnes of the material": a definite bare "the material/product" with
                                 // nothing carried is the story's last rare-earth figure's material, not its contained basis (product26).
                                 ?? (DefiniteMaterialAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End)) ? storyMaterial : null);
                if (materials[q] is { ProductId: { } pointedGroupId, Foreign: false } && index.Products[pointedGroupId] is { Form: "group term" } pointedGroup
                    && PointingCountAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End))
                    && (previousSentence == s - 1 ? priorFigures.Select(f => f.Material) : []).Concat(threadMaterials.Take(q))
                        .LastOrDefault(m => m is { Foreign: false, ProductId: { } pid } && pid != pointedGroupId
                                            && index.Products[pid] is { Form: not "group term", ElementSymbols.Count: > 1 } pp
                                            && pp.ElementSymbols.All(pointedGroup.ElementSymbols.Contains)) is { } pointedBack)
                {
                    // "to buy up to 100 tonnes a year of dysprosium and terbium oxides ... designed to produce about 160 tonnes a year
                    // of the two heavy rare earths": a counted definite group term points back to the product of that group the
                    // figures before were of (product27).
                    materials[q] = pointedBack;
                }

                if ((materials[q] is null || materials[q] is { ProductId: GenericRareEarths, Foreign: false })
                    && BasisTermsAfterRegex.Match(sentence.Text, quantities[q].End) is { Success: true } terms
                    && (terms.Groups["total"].Success ? "treo" : "reo") is var basisId && index.Products.ContainsKey(basisId))
                {
                    // "setting the mining quota at 142,000 tonnes and the smelting quota at 134,500 tonnes, both in rare earth oxide
                    // terms": a basis stated after the figures of its sentence is theirs.
                    materials[q] = new Material(basisId, null, null, OreByGrade: false);
                }

                if ((materials[q] is null || materials[q] is { ProductId: GenericRareEarths, Foreign: false })
                    && UnitNoteMaterial(sentences, s + 1, elements.Materials) is { } noted)
                {
                    // "World rare-earth mine production rose to 412,000 tons in 2025. Data are in metric tons of rare-earth-oxide (REO)
                    // equivalent": a unit note right after the figure gives its basis, as it does for the figures after it (product27).
                    materials[q] = noted;
                }

                carried[q] &= materials[q] is not null && ReferenceEquals(materials[q], carriedMaterial);
                var carriedFeed = carried[q] && materials[q] is { Foreign: false, ProductId: { } feedId } && index.Products[feedId].Form is "deposit type" or "ore" or "mineral" or "concentrate" or "carbonate" or "feedstock";
                if ((carriedFeed || materials[q] is null)
                    && (SeparationPlantBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q].NumberStart))
                        // "... a resource of 58 million tonnes. Its Polish unit has not started its 2,000 tpa separation plant" (dev9 K03,
                        // product34); with nothing carried, "a 5 ktpa separation plant" keeps no material (worked example T46).
                        || (carriedFeed && SeparationPlantAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End))))
                    && !words.Exists(w => TonnageLexicon.ThroughputVerbs.Contains(w.Text) || TonnageLexicon.PastFeedVerbs.Contains(w.Text))
                    && index.Products.ContainsKey("reo"))
                {
                    // "The unit blamed a shortage of ionic clay feed. Its Longnan separation plant ran at 72% of its 8,000-tonne
                    // nameplate": what a separation plant is sized on, with no material of its own and no feed verb, is the separated
                    // oxide it makes (tonnages.md), not the feed the sentence before named (period32).
                    materials[q] = new Material("reo", null, null, OreByGrade: false);
                    carried[q] = false;
                }

                if (index.Products.ContainsKey(IonicClayProduct)
                    && (materials[q] is { OreByGrade: true } || (materials[q] is null or { Foreign: false } && ClayAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End))))
                    && IonicClayNamedBefore(sentences, s, quantities[q].NumberStart, wholeStory: materials[q] is not { OreByGrade: true })
                    && !OtherDepositTypeRegex.IsMatch(sentence.Text))
                {
                    // "the Caldeira Ionic Clay Rare Earth Project ... The global resource now totals 1.52 billion tonnes at 2,410 ppm
                    // TREO", "Pela Ema ionic clay mine ... The mine processed 3.9 million tonnes of clay": the ore of an ionic clay
                    // project is the clay (dev8 J09, J10, J07; dev5 F17, dev6 G21 write the clay); a hard-rock or sand deposit
                    // named in the figure's sentence keeps the ore (period32).
                    materials[q] = new Material(IonicClayProduct, null, null, OreByGrade: false);
                    carried[q] = false;
                }

                if (carried[q] && materials[q] is { Foreign: false, ProductId: { } processedId } && processedId != GenericRareEarths
                    && index.Products[processedId].Form is not ("deposit type" or "ore" or "mineral" or "basis" or "group term")
                    && NationalReservesBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q].NumberStart)))
                {
                    // "... a plant to process heavy rare earth carbonate. Brazil's geological service estimates national reserves of
                    // 21 million tonnes": a country's reserves in the ground are no refined product a company's sentence before
                    // named; with no material of their own they are of rare earths (period32).
                    materials[q] = new Material(GenericRareEarths, null, null, OreByGrade: false);
                    carried[q] = false;
                }
                if (carried[q] && outputMaterial is not null && !ReferenceEquals(outputMaterial, materials[q])
                    && ShareOfOutputRegex.IsMatch(sentence.Text.AsSpan(q > 0 ? quantities[q - 1].End : 0, quantities[q].NumberStart - (q > 0 ? quantities[q - 1].End : 0))))
                {
                    // "... holds 20 million tonnes of ore. KOMIR will be entitled to buy 50% of output, or up to 750 tonnes annually": a
                    // share of the plant's output is of the output's material, not of the material the sentence before ended on (product23).
                    materials[q] = outputMaterial;
                    carried[q] = false;
                }
                threadMaterials[q] = materials[q];
                if (ownMaterials[q] is null && IsRefinedAtOreScale(quantities[q], materials[q]) && oreProduct is not null)
                {
                    // "a pilot making 500 kg of MREC a day, followed by a 4 Mtpa operation": nobody makes a million tonnes of a
                    // refined product, so a figure that size with no material of its own is the ore put through.
                    materials[q] = new Material(oreProduct.Id, null, null, OreByGrade: false);
                    carried[q] = false;
                }
            }

            // "The company used 3.1 million pounds of NdPr metal in 2025. It plans a second line that would lift capacity to
            // 2,000 tonnes a year": what a plant consumed is its feed, so an output figure with no material of its own takes
            // the material of the story's last output figure (the magnets), not the feed carried from the sentence before.
            var consumedBefore = previousSentence == s - 1 && previousFact is { Measure: Measures.Other } && s > 0
                && Tokenizer.Tokenize(sentences.Sentences[s - 1].Text).Exists(t => TonnageLexicon.ConsumptionVerbs.Contains(t.Text));

            var names = sentenceNames;
            var context = new SubjectContext(organisations, countries, candidates, previousSentence == s - 1 ? previousSubject : (null, null, null)) { LastFact = previousFact, Sentences = sentences, CallCompany = callCompany, CoveredCompany = coveredCompany, HeadlineCompany = headlineCompany, DefinedTerms = definedTerms, WindowBeforeToDate = windowBeforeToDate, Facts = facts };
            // "World mine production rose to 412,000 tons in 2025. Data are in metric tons of REO. China again led with 280,000
            // tons": a note with no figure and no measure word in between does not break the thread.
            var carriedFact = previousSentence == s - 1 || (previousSentence == s - 2 && QuietBetween(sentences.Sentences[s - 1].Text)) ? previousCarry : null;
            (string? Id, string? Name, string? Kind) sentenceFirst = (null, null, null);
            // "... allotting most of the 6,000 tonnes of annual capacity on offer. X won the largest allocation at 1,800 tonnes a year,
            // while Y and Z secured 1,050 tonnes each": shares of a capacity allotted in the sentence before are capacity, not quotas
            // or offtakes (§68; the same sentence already decides so, T10).
            var allottedCapacity = s > 0 && previousSentence == s - 1 && previousFact is { Measure: Measures.Capacity }
                && AllocatesRegex.IsMatch(sentences.Sentences[s - 1].Text)
                && sentences.Sentences[s - 1].Text.Contains("capacity", StringComparison.OrdinalIgnoreCase)
                && AllocationWonRegex.IsMatch(sentence.Text);
            var allottedProduct = allottedCapacity ? previousFact!.ProductId : null;
            var allottedPeriod = allottedCapacity ? previousFact!.Period : null;
            for (var q = 0; q < quantities.Count; q++)
            {
                var windowBefore = reportWindow;
                var fact = BuildFact(sentence, sentences, quantities, q, words, materials[q], names, q > 0 ? context with { SentenceFirst = sentenceFirst, PreviousFigureEnd = quantities[q - 1].End, PreviousInSentence = previousFact } : context, s > 0 ? sentences.Sentences[s - 1] : null, carriedFact, q > 0 ? previousFact : null, ref reportWindow, lastWindow ?? openingWindow, out var ownMeasure);
                if (consumedBefore && carried[q] && fact.Measure is Measures.Capacity or Measures.Production
                    && outputMaterial is not null && !ReferenceEquals(outputMaterial, materials[q]))
                {
                    materials[q] = outputMaterial;
                    reportWindow = windowBefore;
                    fact = BuildFact(sentence, sentences, quantities, q, words, materials[q], names, q > 0 ? context with { SentenceFirst = sentenceFirst, PreviousFigureEnd = quantities[q - 1].End, PreviousInSentence = previousFact } : context, s > 0 ? sentences.Sentences[s - 1] : null, carriedFact, q > 0 ? previousFact : null, ref reportWindow, lastWindow ?? openingWindow, out ownMeasure);
                }

                if (fact.Measure == Measures.Other && lastQuota is not null
                    && QuotaBatchBeforeRegex.IsMatch(sentence.Text.AsSpan(q > 0 ? quantities[q - 1].End : 0, quantities[q].NumberStart - (q > 0 ? quantities[q - 1].End : 0)))
                    && !words.Exists(w => TonnageLexicon.MeasureCues.ContainsKey(w.Text) && !InsideName(w, names)))
                {
                    // "In 2025 the two batches together totalled 270,000 tonnes for mining": quotas are issued in batches, so
                    // batches with no measure word of their own go on about the story's last quota: its measure, material and
                    // holder (not the material of an analyst's quote in between).
                    fact = fact with
                    {
                        Measure = Measures.Quota,
                        Material = lastQuota.Material,
                        ElementSymbol = lastQuota.ElementSymbol,
                        ProductId = lastQuota.ProductId,
                        Basis = lastQuota.Basis,
                        Period = fact.Period is Periods.Year or Periods.Cumulative ? fact.Period : Periods.Year,
                        SubjectId = lastQuota.SubjectId,
                        SubjectName = lastQuota.SubjectName,
                        SubjectKind = lastQuota.SubjectKind,
                    };
                }

                if (fact.Measure == Measures.Quota && (lastBasisQuota ?? lastQuota) is { ProductId: not null } shared
                    && (QuotaShareAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End))
                        // "..., while China Rare Earth Group got all 19,150 tonnes allocated to ionic clay heavy rare earths": a later share
                        // with a material of its own keeps it (dev10 L09, product34)
                        || (q > 0 && ownMaterials[q] is null && QuotaShareAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End)))))
                {
                    // "China Northern Rare Earth received 96,300 tonnes of the mining quota and China Rare Earth Group 45,700 tonnes",
                    // "compares with 135,000 tonnes of mining quota a year earlier": a share of the quota is of the quota's
                    // material (the REO basis of the last whole quota), not of the group portion named last; with nobody named, it is
                    // the quota's holder's.
                    fact = fact with { Material = shared.Material, ElementSymbol = shared.ElementSymbol, ProductId = shared.ProductId, Basis = shared.Basis };
                    if (names.Count == 0)
                    {
                        fact = fact with { SubjectId = shared.SubjectId, SubjectName = shared.SubjectName, SubjectKind = shared.SubjectKind };
                    }
                }

                if (fact.Measure == Measures.Quota && lastQuota is not null && fact.SubjectKind != SubjectKinds.Country && names.Count == 0
                    && TheQuotasBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q].NumberStart)))
                {
                    // "X was allotted 46,500 tonnes. Analysts said the quotas point to full-year volumes of around 290,000 tonnes":
                    // a sentence that names nobody and speaks of the quotas as a whole is about the national quota's holder, not
                    // the company allotted a share in the sentence before.
                    fact = fact with { SubjectId = lastQuota.SubjectId, SubjectName = lastQuota.SubjectName, SubjectKind = lastQuota.SubjectKind };
                }

                if (fact.Measure == Measures.Quota && carried[q] && fact.ProductId is { } carriedQuotaProduct
                    && carriedQuotaProduct is not ("reo" or "treo") && index.Products.TryGetValue("reo", out var reoEntry)
                    && index.Products[carriedQuotaProduct].Form is not ("ore" or "deposit type" or "mineral")
                    && ChineseQuotaKindRegex.IsMatch(sentence.Text))
                {
                    // "China approved export licences for 12,000 tonnes of magnets ... China Northern alone holds a smelting and separation
                    // quota of 129,200 tonnes this year": a mining or smelting/separation quota is set in tonnes of REO (dev9 K28; dev,
                    // dev2-dev8 gold), not in the product a sentence before named (product34).
                    fact = fact with { Material = reoEntry.Name, ElementSymbol = null, ProductId = "reo", Basis = reoEntry.Basis };
                }

                // "It has secured 150 tonnes of neodymium oxide from IREL": feed of another material bought for the plant stays an offtake.
                if (allottedCapacity && fact.Measure is Measures.Quota or Measures.Offtake && fact.ProductId == allottedProduct)
                {
                    // "... followed by Y with 1,500 tonnes, while Z secured 1,050 tonnes each": a share with no window of its own has
                    // the rate of the capacity allotted (§76), not a quota's year.
                    fact = fact with
                    {
                        Measure = Measures.Capacity,
                        Period = fact.PeriodDetail is null && allottedPeriod == Periods.PerYear && fact.Period is Periods.Year or Periods.Unknown or Periods.PerYearImplied
                            ? Periods.PerYear
                            : fact.Period,
                    };
                }

                if (fact.Measure == Measures.Quota && fact.SubjectKind == SubjectKinds.Country)
                {
                    lastQuota = fact;
                    if (fact.ProductId is { } quotaProduct && index.Products[quotaProduct].Form == "basis")
                    {
                        lastBasisQuota = fact;
                    }
                }

                if (captionMeasure is not null && fact.Measure == Measures.Other && materials[q]?.Foreign != true
                    && !words.Exists(w => TonnageLexicon.MeasureCues.ContainsKey(w.Text) && !InsideName(w, names)))
                {
                    // "Japan rare earth imports, October 2026 (...; tonnes)" over "NdFeB magnets: 214 t (Sep: 198 t)": a row with no
                    // measure word of its own counts what the caption names (dev9 convention (5), K36, K05; measure33).
                    fact = fact with { Measure = captionMeasure };
                }

                if (captionMeasure is not null && captionWindow is not null && fact.Period == Periods.Unknown)
                {
                    // "Japan rare earth imports, October 2026 (...)" over "Cerium compounds | 612 | 655 | 540": each cell is of the
                    // caption's kind of window (dev9 convention (5): every cell with its column's period).
                    fact = fact with { Period = captionWindow };
                }

                if (fact.Period == Periods.Unknown && RowLabelYearRegex.Match(sentence.Text) is { Success: true } labelYear)
                {
                    // "Market balance 2027E: a deficit of 6,400 t in our base case, widening to 14,000 t in the bull case": a row
                    // label that ends with a year dates every figure of its row (dev10 L07).
                    fact = fact with { Period = Periods.Year, PeriodDetail = fact.PeriodDetail ?? labelYear.Groups["year"].Value };
                }

                if (quantities[q].CellMeasure is { } cellMeasure)
                {
                    // A cell of a statistical table: the measure its row label or section names, and its column's year (a reserve none),
                    // whatever the rows before it were about.
                    fact = quantities[q].CellWindow is { } cellYear && cellMeasure != Measures.Reserve
                        ? fact with { Measure = cellMeasure, Period = Periods.Year, PeriodDetail = cellYear }
                        : cellMeasure == Measures.Reserve
                            ? fact with { Measure = cellMeasure, Period = Periods.None, PeriodDetail = null } // a stock has no window
                            : fact with { Measure = cellMeasure };
                    if (MarketRowRegex.IsMatch(sentence.Text) && sentenceNames.Count == 0
                        && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.End <= sentence.End))
                    {
                        // "NdPr oxide supply (t): 2025 68,000; 2026E 74,500" in a broker's note: a market's total, nobody's.
                        fact = fact with { SubjectId = null, SubjectName = null, SubjectKind = null };
                    }
                }

                if (Supposed(sentence.Text, quantities[q]))
                {
                    // "If Chinese exports fell by another 2,000 tonnes, prices could double": a supposed change, no amount made or
                    // traded; kept as "other" (dev9 convention (3); measure33).
                    fact = fact with { Measure = Measures.Other };
                }

                // "zircon sand sales of 62 kt", "ships around 27 million tonnes of iron ore products a year": a mass of another
                // commodity is no rare-earth fact (the annotators leave it out); it still threads its measure to the next row.
                if (materials[q] is not { Commodity: true } && !NoMaterialMass(sentence.Text, quantities[q]) && !UnitDefinition(sentence.Text, quantities[q])
                    && !facts.Exists(f => SameFact(f, fact))
                    && !PointsBack(sentence.Text, quantities[q], fact, facts)
                    && !Unasserted(sentence.Text, quantities, q, facts))
                {
                    facts.Add(fact);
                    sentenceFacts[q] = fact;
                    if (inHighlights && BulletRegex.IsMatch(sentence.Text))
                    {
                        highlightFacts.Add(fact);
                    }
                    if (CorrectionNoticeRegex.IsMatch(sentence.Text))
                    {
                        correctionFacts.Add(fact);
                    }
                    else if (s < DeckLines && !SentenceEndRegex.IsMatch(sentence.Text) && !inHighlights)
                    {
                        deckFacts.Add(fact);
                    }
                }

                if (q == 0)
                {
                    sentenceFirst = (fact.SubjectId, fact.SubjectName, fact.SubjectKind);
                }

                if (fact.SubjectName is not null)
                {
                    previousSubject = (fact.SubjectId, fact.SubjectName, fact.SubjectKind);
                }

                previousFact = fact;
                // "Rutile production 42.7kt (June quarter: 40.2kt)" then "Monazite-xenotime concentrate 8.2kt": a figure of
                // another commodity is `other`, but the next row with no measure word of its own goes on with its measure word.
                previousCarry = materials[q]?.Foreign == true && ownMeasure != fact.Measure ? fact with { Measure = ownMeasure } : fact;
                // "... lift output to 6,500 tonnes a year of concentrate, containing roughly 5,000 tonnes of TREO. It will sell 40% of
                // production, about 2,600 tonnes a year": a contained amount restates the output before it in another basis, so the
                // output's material stays that of the figure it restates (product24).
                if (threadMaterials[q] is { Foreign: false, ProductId: not null } storyOwn
                    && !(q > 0 && ContainedRestatementRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantities[q].Start - quantities[q - 1].End))))
                {
                    storyMaterial = storyOwn;
                }

                if (fact.Measure is Measures.Capacity or Measures.Production && threadMaterials[q] is { Foreign: false } output
                    && !(q > 0 && ContainedRestatementRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantities[q].Start - quantities[q - 1].End))))
                {
                    outputMaterial = output;
                }

                if (fact.Period is Periods.Month or Periods.PerQuarter or Periods.HalfYear or Periods.Year or Periods.Cumulative
                    // "Baogang will supply up to 420,000 tonnes in 2027. Its magnet unit made 9,300 tonnes in the period": a
                    // year ahead is a plan's, not the period the story reports on (§53; skipping every window of a sentence
                    // about the future moved a held-out row down, so only a year is skipped).
                    && !(fact.Period == Periods.Year && FutureRegex.IsMatch(sentence.Text)))
                {
                    windowBeforeToDate = fact.Period == Periods.Cumulative
                        ? lastWindow is Periods.Month or Periods.PerQuarter or Periods.HalfYear ? lastWindow : windowBeforeToDate
                        : null;
                    lastWindow = fact.Period;
                }
            }

            foreach (var (old, shared) in ShareChangeEnds(facts, quantities, sentenceFacts))
            {
                // The lists that remember facts by reference follow the replaced fact.
                foreach (var remembered in (List<TonnageFact>[])[highlightFacts, deckFacts, correctionFacts])
                {
                    if (remembered.FindIndex(f => ReferenceEquals(f, old)) is var at and >= 0)
                    {
                        remembered[at] = shared;
                    }
                }
            }

            priorFigures = (previousSentence == s - 1 ? priorFigures.TakeLast(priorCount) : []).Concat(quantities.Select((x, k) => (Tonnes: Tonnes(x), Material: threadMaterials[k]))).ToList();
            priorCount = quantities.Count;
            // "... a run-rate of 19,000 tonnes a year of MREC, containing about 4,200 tonnes of NdPr oxide. It agreed to sell 5,000
            // tonnes a year": a contained amount restates the output in another basis, so the next sentence goes on about the
            // output's material, not the contained one (product27).
            previousMaterial = threadMaterials.Where((m, k) => m is not null && !m.Foreign
                                                             && !(k > 0 && ContainedRestatementRegex.IsMatch(sentence.Text.AsSpan(quantities[k - 1].End, quantities[k].Start - quantities[k - 1].End))))
                                              .LastOrDefault()
                               ?? threadMaterials.LastOrDefault(m => m is not null && !m.Foreign);
            previousSentence = s;
        }

        RemoveRepeatedFigures(facts, correctionFacts, deckFacts);
        RemoveHighlightRepeats(facts, highlightFacts);
        return facts;
    }

    /// <summary>
    /// "raised from 10,000 tonnes to 19,000 tonnes of monazite per annum", "expand its plant from 720 tonnes to 2,200 tonnes a
    /// year": the old value of a change is of the new value's measure and rate, which the sentence writes once, after the new value.
    /// </summary>
    private static List<(TonnageFact Old, TonnageFact Shared)> ShareChangeEnds(List<TonnageFact> facts, List<Quantity> quantities, TonnageFact?[] sentenceFacts)
    {
        var replaced = new List<(TonnageFact Old, TonnageFact Shared)>();
        for (var q = 0; q + 1 < quantities.Count; q++)
        {
            if (!quantities[q].ChangeFrom || sentenceFacts[q] is not { } old || sentenceFacts[q + 1] is not { } changed)
            {
                continue;
            }

            var shared = old with
            {
                Period = old.Period is Periods.PerYearImplied or Periods.Unknown && changed.Period is Periods.PerYear or Periods.PerYearImplied or Periods.PerDay or Periods.Month
                    ? changed.Period
                    : old.Period,
                Measure = old.Measure == Measures.Other ? changed.Measure : old.Measure,
            };
            if (shared != old && facts.FindIndex(f => ReferenceEquals(f, old)) is var at and >= 0)
            {
                facts[at] = shared;
                sentenceFacts[q] = shared;
                replaced.Add((old, shared));
            }
        }

        return replaced;
    }

    /// <summary>"Market balance 2027E:", "Ex-China output 2026F:": a short row label that ends with an estimate or forecast year.</summary>
    private static readonly Regex RowLabelYearRegex = new(@"^\W*[\p{L}][\p{L}\s-]{0,40}?\s(?<year>(?:19|20)\d{2}[EF])\s*:", RegexOptions.Compiled);

    /// <summary>"Highlights", "Key points:", "QUARTER HIGHLIGHTS": the heading over a release's summary bullets.</summary>
    private static readonly Regex HighlightsHeadingRegex = new(
        @"^\W*(?:(?:[\p{L}-]+\s+){0,3})?(?i:highlights|key\s+points|key\s+highlights|at\s+a\s+glance|key\s+outcomes)\s*:?\s*$", RegexOptions.Compiled);

    /// <summary>A bullet line: "• ...", "- ...", "* ...", "▪ ...".</summary>
    private static readonly Regex BulletRegex = new(@"^\s*[•▪◦●*·-]\s+", RegexOptions.Compiled);

    /// <summary>
    /// "• First separated heavy rare earths at Lynas Malaysia: 1.6 tonnes of dysprosium oxide" in a release's highlights, then "the
    /// first 1.6 tonnes of dysprosium oxide were delivered to a Japanese customer" in its narrative: the narrative repeats the
    /// highlight, which says what the figure is; one fact (dev10 convention (1), L01).
    /// </summary>
    private static void RemoveHighlightRepeats(List<TonnageFact> facts, List<TonnageFact> highlightFacts)
    {
        foreach (var highlight in highlightFacts)
        {
            var at = facts.FindIndex(f => ReferenceEquals(f, highlight));
            if (at < 0)
            {
                continue;
            }

            var repeat = facts.FindIndex(at + 1, f => f.Min == highlight.Min && f.Max == highlight.Max && !highlightFacts.Exists(h => ReferenceEquals(h, f))
                                                      && (f.ProductId == highlight.ProductId || f.ProductId is null or GenericRareEarths));
            if (repeat >= 0)
            {
                facts.RemoveAt(repeat);
            }
        }
    }

    /// <summary>How many sentences below its caption a table's rows may run.</summary>
    private const int CaptionReach = 8;

    /// <summary>A line of a text table: cells split by "|", or a label, a colon and a figure ("NdPr oxide: 1,020 t (Q1: 980 t)").</summary>
    private static readonly Regex TableRowRegex = new(@"\||^\s*[\p{L}][^.:|;]{0,60}:\s*[~≈]?\d", RegexOptions.Compiled);

    /// <summary>"October 2026", "Oct 2026", "Sept. 2026": a month of a year in a caption.</summary>
    private static readonly Regex CaptionMonthRegex = new(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b", RegexOptions.Compiled);

    /// <summary>A caption's unit note: "(...; tonnes, gross weight)", "(in tonnes)", "(t)", ", metric tons".</summary>
    private static readonly Regex CaptionTonnesRegex = new(@"(?i)(?:[(;,]|\bin)\s*(?:metric\s+)?(?:tonnes|tons|t)\b(?!\s+of\b)", RegexOptions.Compiled);

    /// <summary>A bare number filling a cell of a "|" row: "| 612 |", "| 1,050" at the line's end.</summary>
    private static readonly Regex BareCellRegex = new(@"\|\s*(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?=\||$)", RegexOptions.Compiled);

    /// <summary>
    /// "Cerium compounds | 612 | 655 | 540" under a caption in tonnes ("Japan rare earth imports, October 2026 (...; tonnes, gross
    /// weight)"): each bare cell of a row that opens with a label is a tonnage (dev9 convention (5), K36; measure33).
    /// </summary>
    private static List<Quantity> BareTableCells(string text)
    {
        var cells = new List<Quantity>();
        var firstBar = text.IndexOf('|', StringComparison.Ordinal);
        if (firstBar <= 0 || !Regex.IsMatch(text.AsSpan(0, firstBar), @"\p{L}"))
        {
            return cells;
        }

        foreach (Match cell in BareCellRegex.Matches(text))
        {
            var group = cell.Groups["n"];
            var value = ParseNumber(group.Value);
            if (value <= 0 || (value is >= 1900 and <= 2100 && !group.Value.Contains(',', StringComparison.Ordinal) && !group.Value.Contains('.', StringComparison.Ordinal)))
            {
                continue; // a year in a header cell
            }

            cells.Add(new Quantity(group.Index, group.Index, group.Index + group.Length, value, null, 1, false, value, "t", null, "none", false, false));
        }

        return cells;
    }

    /// <summary>
    /// A row whose label gives the unit, then figures each after its year: "NdPr oxide supply (t): 2025 68,000; 2026E 74,500;
    /// 2027E 81,000", "Mine output (kt): 2026 12.5; 2027F 14". The label is at most eight words, the unit in parentheses
    /// right before the colon.
    /// </summary>
    private static readonly Regex UnitLabelledRowRegex = new(
        @"^\s*[\p{L}][^.:|;()]{0,80}?\((?<unit>t|tonnes|tons|metric\s+tons|kt|'000\s*t|000\s*t|thousand\s+tonnes)\)\s*:(?<cells>.+)$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>One cell of a year-labelled row: "2026E 74,500", "2025: 68,000", "FY27 1,200" ("E"/"F" mark an estimate or forecast).</summary>
    private static readonly Regex YearCellRegex = new(
        @"(?<![\d,.])(?<year>(?:(?:19|20)\d{2}|FY\d{2})(?:[EFP]|e)?)\s*[:,]?\s+(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%]|,\d|\s*(?:%|per\s*cent|percent))",
        RegexOptions.Compiled);

    /// <summary>
    /// The measure a unit-labelled row's label names: "supply", "output" or "production" a market's or producer's output,
    /// "demand" or "consumption" what is used ("other"), "exports" and "imports" trade; null when the label names none of them.
    /// </summary>
    private static string? RowLabelMeasure(string text) => LabelMeasure(text[..Math.Max(0, text.IndexOf('(', StringComparison.Ordinal))]);

    /// <summary>The measure a row label or a section heading names (see <see cref="RowLabelMeasure"/>).</summary>
    private static string? LabelMeasure(string label) =>
        RowLabelMeasureRegex.Match(label) is { Success: true } named
            ? named.Value.ToLowerInvariant() switch
            {
                "supply" or "output" or "production" => Measures.Production,
                "demand" or "consumption" => Measures.Other,
                "exports" => Measures.Export,
                "imports" => Measures.Import,
                _ => null,
            }
            : null;

    /// <summary>"NdPr oxide supply (t):", "Global magnet demand (kt):": a row label that counts a whole market.</summary>
    private static readonly Regex MarketRowRegex = new(@"(?i)^[^:(]*\b(?:supply|demand|consumption)\b[^:(]*\(", RegexOptions.Compiled);

    private static readonly Regex RowLabelMeasureRegex = new(
        @"(?i)\b(?:supply|output|production|demand|consumption|exports|imports)\b", RegexOptions.Compiled);

    /// <summary>"(Data in metric tons of ...)", "Data are in tonnes unless otherwise specified": a note that gives the unit of bare figures.</summary>
    private static readonly Regex DataInTonsRegex = new(
        @"(?i)^\W*(?:[\p{Lu}\s-]{0,40}\(\s*)?data\s+(?:are\s+)?in\s+(?:metric\s+)?(?:tons|tonnes)\b", RegexOptions.Compiled);

    /// <summary>
    /// A bare figure of a statistical summary: "8,200e", "52,000e", "1,900,000" or a small number standing alone after a colon
    /// or semicolon ("Brazil: 20; 1,800e"); not a year, a percentage, money or a footnote's number.
    /// </summary>
    private static readonly Regex DeclaredCellRegex = new(
        @"(?<![\w$€£¥.,/-])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<e>e)?(?![\w%]|[.,]\d|\s*(?:%|per\s*cent|percent|million|billion|[-–]\w))",
        RegexOptions.Compiled);

    private static readonly Regex CellYearLabelRegex = new(@"^(?:19|20)\d{2}$", RegexOptions.Compiled);

    /// <summary>"reserves 1,900,000", "reserves were about 3,300,000": a reserve cell, which has no year.</summary>
    private static readonly Regex ReserveCellBeforeRegex = new(@"(?i)\breserves?\b[^;:\d]{0,30}$", RegexOptions.Compiled);

    private static readonly Regex FootnoteBeforeRegex = new(@"(?i)\b(?:footnote|note|table|figure|see)\s*$", RegexOptions.Compiled);

    /// <summary>"World Mine Production and Reserves:", "Salient Statistics-United States:": the heading a row of a summary opens with.</summary>
    private static readonly Regex SectionHeadingRegex = new(@"^\s*(?<h>[\p{L}][^:.;\d]{2,60}):", RegexOptions.Compiled);

    /// <summary>
    /// A statistical summary under a unit note ("Data in metric tons of rare-earth-oxide (REO) equivalent"): its bare figures are
    /// tonnes of the note's basis, and it remembers the years of its columns and the measure its section heading names.
    /// </summary>
    private sealed class DeclaredTable(Material? material)
    {
        private readonly List<string> columnYears = [];
        private string? sectionMeasure;
        private bool sectionHasReserves;

        public Material? Material { get; } = material;

        /// <summary>
        /// The bare figures of a row ("United States: 2025, 48,000; 2026, 52,000e; reserves 1,900,000"), each with the year written
        /// before it; a row that writes no years ("Australia: 14,500; 16,000e; reserves 5,700,000") takes, in order, the years of
        /// the last row that did. Reserve cells have no year; cells with a year take the measure of the section heading.
        /// </summary>
        public List<Quantity> Cells(string text)
        {
            if (SectionHeadingRegex.Match(text) is { Success: true } heading && LabelMeasure(heading.Groups["h"].Value) is { } named)
            {
                sectionMeasure = named;
                sectionHasReserves = ReservesWordRegex.IsMatch(heading.Groups["h"].Value);
            }

            // "                 2025      2026e": a header row of years over columns laid out with spaces.
            var headerYears = ColumnYearRegex.Matches(text).Select(m => m.Groups["y"].Value).ToList();
            if (headerYears.Count > 1 && !Regex.IsMatch(ColumnYearRegex.Replace(text, ""), @"\d"))
            {
                columnYears.Clear();
                columnYears.AddRange(headerYears);
                return [];
            }

            var cells = new List<(Group Number, string? Year, bool Reserve)>();
            string? pendingYear = null;
            var previousEnd = 0;
            foreach (Match cell in DeclaredCellRegex.Matches(text))
            {
                var number = cell.Groups["n"];
                var before = text.AsSpan(previousEnd, number.Index - previousEnd);
                previousEnd = cell.Index + cell.Length;
                if (CellYearLabelRegex.IsMatch(number.Value))
                {
                    // "2025, 48,000": a year written before a cell labels it; "in 2026" after a cell is its window, no cell.
                    pendingYear = text.AsSpan(previousEnd).TrimStart().StartsWith(",") ? number.Value : null;
                    continue;
                }

                if (FootnoteBeforeRegex.IsMatch(text.AsSpan(0, number.Index))
                    || !(number.Value.Contains(',', StringComparison.Ordinal) || cell.Groups["e"].Success || CellOpensRegex.IsMatch(before)))
                {
                    pendingYear = null;
                    continue;
                }

                cells.Add((number, pendingYear, ReserveCellBeforeRegex.IsMatch(before)));
                pendingYear = null;
            }

            var yearsWritten = cells.Where(c => c.Year is not null).Select(c => c.Year!).ToList();
            if (yearsWritten.Count > 1)
            {
                columnYears.Clear();
                columnYears.AddRange(yearsWritten);
            }

            var quantities = new List<Quantity>();
            var column = 0;
            // "United States   43,000   45,000   1,900,000" under "Mine production ... Reserves": one cell more than the years is the reserve.
            var lastIsReserve = sectionHasReserves && yearsWritten.Count == 0 && columnYears.Count > 0 && cells.Count == columnYears.Count + 1
                                && !cells.Exists(c => c.Reserve);
            for (var c = 0; c < cells.Count; c++)
            {
                var (number, year, reserve) = cells[c];
                reserve |= lastIsReserve && c == cells.Count - 1;
                var value = ParseNumber(number.Value);
                if (value <= 0)
                {
                    continue;
                }

                var window = reserve ? null : year ?? (yearsWritten.Count == 0 && column < columnYears.Count ? columnYears[column] : null);
                column += reserve ? 0 : 1;
                var measure = reserve ? Measures.Reserve : window is not null ? sectionMeasure : null;
                var qualifier = QualifierRegex.Match(text, Math.Max(0, number.Index - 20), number.Index - Math.Max(0, number.Index - 20)) is { Success: true } hedge
                    ? TonnageLexicon.Qualifiers[hedge.Groups["q"].Value.ToLowerInvariant()]
                    : "none";
                quantities.Add(new Quantity(number.Index, number.Index, number.Index + number.Length, value, null, 1, false, value, "t", null, qualifier, false, false,
                    CellWindow: window, DeclaredUnit: true, CellMeasure: measure));
            }

            return quantities;
        }
    }

    /// <summary>"2026e", "2025": a year heading a column.</summary>
    private static readonly Regex ColumnYearRegex = new(@"(?<![\w,.])(?<y>(?:19|20)\d{2})e?(?![\w,.]\d?)", RegexOptions.Compiled);

    private static readonly Regex ReservesWordRegex = new(@"(?i)\breserves\b", RegexOptions.Compiled);

    /// <summary>"Brazil: 20;", "reserves 1,900,000", "about 3,300,000": what may open a cell that is a small bare number.</summary>
    private static readonly Regex CellOpensRegex = new(@"(?:[:;]\s*|\breserves?\b.*|\babout\s*)$", RegexOptions.Compiled);

    /// <summary>The cells of a row whose label gives the unit (<see cref="UnitLabelledRowRegex"/>), each a tonnage.</summary>
    private static List<Quantity> YearLabelledCells(string text)
    {
        var cells = new List<Quantity>();
        if (UnitLabelledRowRegex.Match(text) is not { Success: true } row)
        {
            return cells;
        }

        var unit = row.Groups["unit"].Value;
        var factor = unit.StartsWith('k') || unit.StartsWith('K') || unit.Contains("000", StringComparison.Ordinal)
                     || unit.StartsWith("thousand", StringComparison.OrdinalIgnoreCase) ? 1_000 : 1;
        var at = row.Groups["cells"].Index;
        foreach (Match cell in YearCellRegex.Matches(text, at))
        {
            var number = cell.Groups["n"];
            var value = ParseNumber(number.Value);
            if (value > 0)
            {
                cells.Add(new Quantity(number.Index, number.Index, number.Index + number.Length, value, null, factor, false, value, unit, null, "none", false, false,
                    CellWindow: cell.Groups["year"].Value, CellMeasure: RowLabelMeasure(text)));
            }
        }

        return cells;
    }

    /// <summary>"operating data", "operating statistics": a caption of a producer's output table.</summary>
    private static readonly Regex OperatingDataRegex = new(@"(?i)\boperating\s+(?:data|statistics|results)\b", RegexOptions.Compiled);

    /// <summary>
    /// The measure a table caption names: a line with no figure and no closing full stop (or ending in a colon) holding one measure
    /// word ("imports", "production", "exports"), or "operating data" (output); null for prose or a caption naming none or several.
    /// </summary>
    private static string? CaptionMeasure(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || (SentenceEndRegex.IsMatch(trimmed) && !trimmed.EndsWith(':')))
        {
            return null;
        }

        var named = Tokenizer.Tokenize(trimmed).Where(t => TonnageLexicon.MeasureCues.ContainsKey(t.Text))
            .Select(t => TonnageLexicon.MeasureCues[t.Text]).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 && named[0] is Measures.Production or Measures.Export or Measures.Import or Measures.Sales or Measures.Shipment
            ? named[0]
            : named.Count == 0 && OperatingDataRegex.IsMatch(trimmed) ? Measures.Production : null;
    }

    /// <summary>How many sentences from the start may be a headline or deck line.</summary>
    private const int DeckLines = 3;

    /// <summary>A sentence that closes with a full stop, question or exclamation mark (perhaps inside quotes or brackets); a
    /// headline or deck line does not.</summary>
    private static readonly Regex SentenceEndRegex = new(@"[.!?…][\s""'’”)\]]*$", RegexOptions.Compiled);

    /// <summary>"This story corrects the output figure to 1,240 tonnes from 12,400 tonnes", "Correction: ...": a corrections notice.</summary>
    private static readonly Regex CorrectionNoticeRegex = new(@"(?i)\b(?:corrects|corrected|correcting|correction|corrigendum)\b", RegexOptions.Compiled);

    /// <summary>
    /// "This story corrects the NdPr oxide production figure to 1,240 tonnes from 12,400 tonnes. ... Taronga produced 1,240 tonnes
    /// of NdPr oxide in the three months to September": the value a corrections notice gives is stated again in the story, which
    /// is the fact; "Deal covers as much as 1,000 tons a year" (a deck line) above "agreed to sell as much as 1,000 metric tons a
    /// year": a headline or deck line repeats the body's figure, and the body's sentence says what it is (dev8 J02; measure33).
    /// </summary>
    private static void RemoveRepeatedFigures(List<TonnageFact> facts, List<TonnageFact> correctionFacts, List<TonnageFact> deckFacts)
    {
        foreach (var repeated in correctionFacts.Concat(deckFacts))
        {
            var at = facts.FindIndex(f => ReferenceEquals(f, repeated));
            // A corrections notice names no material of its own ("Corrects tonnage in paragraph 3 to 1,200 tonnes"), so any later
            // figure of that value is the one it corrects (dev9 K04).
            var correction = correctionFacts.Exists(c => ReferenceEquals(c, repeated));
            if (at >= 0 && facts.Skip(at + 1).Any(f => f.Min == repeated.Min && f.Max == repeated.Max && !correctionFacts.Exists(c => ReferenceEquals(c, f)) && !deckFacts.Exists(d => ReferenceEquals(d, f))
                                                     && (correction || f.ProductId == repeated.ProductId || repeated.ProductId is null or GenericRareEarths)))
            {
                facts.RemoveAt(at);
            }
        }
    }

    /// <summary>"no longer expects to reach ", "does not plan to add the ", "has scrapped its plan for a ": a plan or forecast
    /// withdrawn or denied, in the figure's own clause.</summary>
    private static readonly Regex WithdrawnBeforeRegex = new(
        @"(?i)\b(?:no\s+longer\s+(?:expects?|plans?|intends?|aims?|targets?|sees|forecasts?|anticipates?|projects?|hopes?|wants?)"
        + @"|(?:do|does|did|will|would)\s*(?:not|n't)\s+(?:plan|intend|expect|aim|seek|want|hope)"
        + @"|(?:has|have|had)\s+no\s+(?:plans?|intention)"
        + @"|(?:scrapped|abandoned|dropped|shelved|withdrew|withdrawn|cancell?ed|ditched|ruled\s+out)\s+(?:its|the|their|a|an|plans?|any)\b)"
        + @"[^,;:.()]{0,100}$",
        RegexOptions.Compiled);

    /// <summary>"If Chinese exports fell by another ", "if you lost the ": a conditional clause (not yet closed by a comma) whose
    /// verb is a change or a loss, so its figure is supposed, not stated.</summary>
    private static readonly Regex SupposedChangeBeforeRegex = new(
        @"(?i)(?:(?:^|[,;:—–-]\s*)(?:if|should|unless|suppose|supposing|in\s+the\s+event\s+(?:that\s+)?)|\b(?:and|but|what|even|only)\s+if)\s"
        + @"[^,;:.()]{0,100}?\b(?:were\s+to|was\s+to|cut|cuts|fell|fall|falls|dropped|drop|drops|lost|lose|loses|halted|halt|halts|stopped|stop|stops|reduced|reduce|reduces|curbed|curb|curbs|banned|ban|bans|withheld|withhold|doubled|double|removed|remove)\b"
        + @"[^,;:.()]{0,80}$",
        RegexOptions.Compiled);

    /// <summary>", not ": a value denied right after the stated one ("410 tonnes in the third quarter, not 4,100 tonnes").</summary>
    private static readonly Regex DeniedValueBetweenRegex = new(@"(?i)^[^;:.()\d]{0,60}?,\s*not\s+$", RegexOptions.Compiled);

    /// <summary>"that promised ", "which had pledged about ": a promise in a relative clause right before the figure.</summary>
    private static readonly Regex PromisedBeforeRegex = new(
        @"(?i)\b(?:that|which|who)\s+(?:had\s+|has\s+)?(?:promised|pledged|forecast|projected|targeted|guided|planned)\s+(?:(?:about|around|some|roughly|up\s+to)\s+)?$", RegexOptions.Compiled);

    /// <summary>"no longer expects", "has since withdrawn", "scrapped": the sentence withdraws the promise.</summary>
    private static readonly Regex WithdrawnAfterRegex = new(@"(?i)\bno\s+longer\b|\b(?:withdrew|withdrawn|scrapped|abandoned|retracted)\b", RegexOptions.Compiled);

    /// <summary>A change supposed in a conditional clause or a counterfactual past: the figure is no amount made or traded; dev9 (3)
    /// records it as "other" ("Suppose China cut magnet exports by 10,000 tonnes next year").</summary>
    private static bool Supposed(string sentence, Quantity quantity) =>
        SupposedChangeBeforeRegex.IsMatch(sentence.AsSpan(0, quantity.NumberStart)) || CounterfactualBeforeRegex.IsMatch(sentence.AsSpan(0, quantity.NumberStart));

    /// <summary>"would have had an extra ", "could have been ": a counterfactual past in the figure's own clause.</summary>
    private static readonly Regex CounterfactualBeforeRegex = new(
        @"(?i)\b(?:would|could|might)\s+(?:not\s+)?have\s+(?:been|had|got|gotten|\p{Ll}+ed|\p{Ll}+en)\b[^,;:.()]{0,80}$", RegexOptions.Compiled);

    /// <summary>"a 10,000-ton industry would cover ": an adjectival figure in a supposition ("would", "could", "might").</summary>
    private static readonly Regex SupposedSizeAfterRegex = new(@"(?i)^\s*(?:[\p{L}-]+\s+){1,3}?(?:would|could|might)\s+(?!have\b)\p{Ll}+", RegexOptions.Compiled);

    /// <summary>"to 1,240 tonnes from ", "to 1,200 t, not ": in a corrections notice, the value after the corrected one is the wrong one.</summary>
    private static readonly Regex CorrectedFromBetweenRegex = new(@"(?i)^[^;:.()]{0,60}?(?:\bfrom|,?\s+not|\binstead\s+of|\brather\s+than)\s+(?:(?:about|around|some|roughly)\s+)?$", RegexOptions.Compiled);

    /// <summary>"incorrectly reported ", "wrongly said output was ": a wrong value a corrections notice repeats.</summary>
    private static readonly Regex WrongValueBeforeRegex = new(
        @"(?i)\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:\p{L}+\s+){0,1}(?:reported|stated|said|gave|put|quoted|listed|showed|described)\b[^;:.()]{0,80}$", RegexOptions.Compiled);

    /// <summary>
    /// A figure the sentence does not state as so: a plan withdrawn or denied ("no longer expects to reach 6,000 tonnes", "we do not
    /// plan to add the 2,500 tons"), a change supposed in a conditional clause ("If Chinese exports fell by another 2,000 tonnes,
    /// prices could double"), a counterfactual past ("would have had an extra 1,000 tonnes"), an adjectival figure the story gave
    /// already, in a supposition ("so a 10,000-ton industry would cover several million vehicles", dev8 J22), and the wrong value
    /// of a corrections notice ("corrects the output figure to 1,240 tonnes from 12,400 tonnes": only the corrected value) (measure33).
    /// </summary>
    private static bool Unasserted(string sentence, List<Quantity> quantities, int q, List<TonnageFact> facts)
    {
        var quantity = quantities[q];
        var before = sentence.AsSpan(0, quantity.NumberStart);
        if (WithdrawnBeforeRegex.IsMatch(before) && !NegatedCeilingBeforeRegex.IsMatch(sentence.AsSpan(0, quantity.Start)))
        {
            return true;
        }

        // "The mine produced 410 tonnes in the third quarter, not 4,100 tonnes": a value denied beside the stated one (dev9 K25).
        if (q > 0 && DeniedValueBetweenRegex.IsMatch(sentence.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End)))
        {
            return true;
        }

        // "One producer that promised 3,000 t of oxide for this year no longer expects to exceed 1,800 t": a promise the
        // sentence withdraws (dev9 K09).
        if (PromisedBeforeRegex.IsMatch(before) && WithdrawnAfterRegex.IsMatch(sentence.AsSpan(quantity.End)))
        {
            return true;
        }

        if (CorrectionNoticeRegex.IsMatch(sentence)
            && ((q > 0 && CorrectedFromBetweenRegex.IsMatch(sentence.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End)))
                || WrongValueBeforeRegex.IsMatch(before)))
        {
            return true;
        }

        return quantity.Start > 0 && Regex.IsMatch(sentence.AsSpan(0, quantity.Start), @"(?i)\ban?\s+$")
               && Regex.IsMatch(sentence.AsSpan(quantity.NumberStart, quantity.End - quantity.NumberStart), @"\d-\p{L}")
               && SupposedSizeAfterRegex.IsMatch(sentence.AsSpan(quantity.End))
               && facts.Exists(f => f.Min == Tonnes(quantity) || f.Max == Tonnes(quantity));
    }

    /// <summary>
    /// The material of the figure a compared figure ("up from 38 Mt") is compared with: the one before it, unless that one is
    /// written in another unit and an earlier one in the sentence in the same unit ("a resource of 45Mt ... for 540,000t of
    /// TREO, including 110,000 t NdPr oxide, up from 38 Mt" compares the resource, not the NdPr oxide).
    /// </summary>
    private static Material? ComparedWith(List<Quantity> quantities, Material?[] materials, int q)
    {
        if (quantities[q - 1].Factor != quantities[q].Factor)
        {
            for (var k = q - 2; k >= 0; k--)
            {
                if (quantities[k].Factor == quantities[q].Factor && materials[k] is not null)
                {
                    return materials[k];
                }
            }
        }

        return materials[q - 1];
    }

    /// <summary>" of the total", " of the separated total": the figure is a share of a total given before.</summary>
    private static readonly Regex OfTheTotalAfterRegex = new(@"^\s+of\s+(?:the|this|that)\s+(?:[a-z-]+\s+)?total\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"received the largest share, 98,600 tonnes", "the biggest share of ": the figure is a share of a total given before.</summary>
    private static readonly Regex LargestShareBeforeRegex = new(@"\b(?i:largest|biggest|lion's|single\s+largest)\s+(?i:share|allocation|portion)\s*(?:,|:|of|at|with)?\s*(?:(?i:about|around|some|roughly)\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static double Tonnes(Quantity quantity) => (quantity.Value2 ?? quantity.Value1 ?? 0) * quantity.Factor;

    /// <summary>
    /// "... output of separated praseodymium-neodymium oxide reached 71,300 tonnes. China Rare Earth Group, which controls most of
    /// the heavy rare earth capacity, accounted for 9,840 tonnes of the separated total", "a resource of 142Mt ... Indicated
    /// resources now account for 61Mt of the total": a share of "the total" is of the material of the last figure before it
    /// (in its sentence, else the sentence before) at least as large, not of a material word in between (product24).
    /// </summary>
    private static Material? ShareOfTotal(Sentence sentence, List<Quantity> quantities, Material?[] materials, int q, List<(double Tonnes, Material? Material)> prior)
    {
        if (!OfTheTotalAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End))
            && !LargestShareBeforeRegex.IsMatch(sentence.Text.AsSpan(q > 0 ? quantities[q - 1].End : 0, quantities[q].NumberStart - (q > 0 ? quantities[q - 1].End : 0))))
        {
            return null;
        }

        var tonnes = Tonnes(quantities[q]);
        for (var k = q - 1; k >= 0; k--)
        {
            if (Tonnes(quantities[k]) >= tonnes && materials[k] is { Foreign: false } own)
            {
                return own;
            }
        }

        return prior.LastOrDefault(f => f.Tonnes >= tonnes && f.Material is { Foreign: false }).Material;
    }

    /// <summary>" in total", " combined", " altogether" right after a figure; "a total of ", "combined " right before it.</summary>
    private static readonly Regex TotalAfterRegex = new(@"^\s+(?i:in\s+total|combined|altogether)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex TotalBeforeRegex = new(@"\b(?i:a\s+total\s+of|a\s+combined)\s+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "produced 38 tonnes of NdFeB alloy and 11 tonnes of NdPr metal in the quarter, and sold 44 tonnes in total": a total of
    /// the figures before it, which name different products of one form, is a mass of that form's generic product (metals
    /// and alloys → rare-earth-metal, oxides → reo, magnets → rare-earth-permanent-magnet), not of the last one (product24).
    /// </summary>
    private Material? TotalOfFigures(Sentence sentence, List<Quantity> quantities, Material?[] own, int q)
    {
        if (own[q] is not null
            || !(TotalAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End)) || TotalBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q].NumberStart))))
        {
            return null;
        }

        var products = own.Take(q).Where(m => m is { ProductId: not null, Foreign: false }).Select(m => m!.ProductId!).Distinct(StringComparer.Ordinal).ToList();
        if (products.Count < 2)
        {
            return null;
        }

        var forms = products.Select(id => index.Products[id]).ToList();
        var generic = forms.TrueForAll(p => p.Form is "metal" or "alloy") ? GenericMetalProduct
            : forms.TrueForAll(p => p.Form == "oxide" || p.Basis is "REO" or "NdPr oxide") ? "reo"
            : forms.TrueForAll(p => p.Form == "magnet" && p.ContainsRareEarths) ? "rare-earth-permanent-magnet"
            : null;
        return generic is not null && index.Products.ContainsKey(generic) ? new Material(generic, null, null, false) : null;
    }

    /// <summary>A figure of a million tonnes or more taking a refined product (carbonate, oxide, metal, magnets) from elsewhere.</summary>
    private bool IsRefinedAtOreScale(Quantity quantity, Material? material)
    {
        const double MillionTonnes = 1e6;
        // "a 2 mtpa open-pit mine": a small figure in "mtpa" is million tonnes when it is ore, and a refined product is not
        // made by the million.
        var factor = quantity.AmbiguousMtpa && !quantity.MtpaWrittenOut && quantity.WrittenValue < options.MtpaMillionBelow ? MillionTonnes : quantity.Factor;
        return material is { ProductId: { } id, Foreign: false, OreByGrade: false }
               && (quantity.Value2 ?? quantity.Value1 ?? 0) * factor >= MillionTonnes
               && index.Products[id].Basis is "carbonate" or "oxide" or "NdPr oxide" or "metal" or "magnet" or "product";
    }

    /// <summary>What the subject rules read besides the sentence; <see cref="Previous"/> is the subject of the last fact
    /// of the immediately preceding sentence (or empty).</summary>
    private sealed record SubjectContext(
        OrganisationResult Organisations,
        IReadOnlyList<Mention> Countries,
        IReadOnlyList<CandidateMatch> Candidates,
        (string? Id, string? Name, string? Kind) Previous)
    {
        /// <summary>The text's sentences (for names written earlier in the text).</summary>
        public SentenceIndex? Sentences { get; init; }

        /// <summary>The company whose call a transcript records (null when the text is not a call transcript).</summary>
        public (string? Id, string? Name, string? Kind)? CallCompany { get; init; }

        /// <summary>The company a broker's research note covers (§72), or null.</summary>
        public (string? Id, string? Name, string? Kind)? CoveredCompany { get; init; }

        /// <summary>The one company the story's headline names when the main text does not carry the headline (§90), or null.</summary>
        public (string? Id, string? Name, string? Kind)? HeadlineCompany { get; init; }

        /// <summary>The role words a filing defines for an organisation ("X Inc. (the \"Company\")", "Y Ltd (the \"Supplier\")"), by word.</summary>
        public Dictionary<string, (string? Id, string? Name, string? Kind)> DefinedTerms { get; init; } =
            new Dictionary<string, (string? Id, string? Name, string? Kind)>(StringComparer.Ordinal);

        /// <summary>The subject of the first fact of the current sentence (empty for its first figure).</summary>
        public (string? Id, string? Name, string? Kind) SentenceFirst { get; init; }

        /// <summary>Where the sentence's previous figure ends (offset in the sentence), or -1 for its first figure.</summary>
        public int PreviousFigureEnd { get; init; } = -1;

        /// <summary>The text's last fact so far, also across sentences without figures (or null).</summary>
        public TonnageFact? LastFact { get; init; }

        /// <summary>The text's facts so far (earlier sentences).</summary>
        public IReadOnlyList<TonnageFact> Facts { get; init; } = [];

        /// <summary>The fact of the sentence's previous figure (null for its first figure).</summary>
        public TonnageFact? PreviousInSentence { get; init; }

        /// <summary>The month, quarter or half a story reported on before a year-to-date figure interrupted it (or null).</summary>
        public string? WindowBeforeToDate { get; init; }
    }

    /// <summary>Spans (relative to the sentence) of the organisations and candidates named in it.</summary>
    private static List<(int Start, int End)> NamesIn(Sentence sentence, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates) =>
        organisations.Mentions
            .Where(m => m.Start >= sentence.Start && m.End <= sentence.End)
            .Select(m => (m.Start - sentence.Start, m.End - sentence.Start))
            .Concat(candidates.SelectMany(c => c.Evidence)
                .Where(e => e.Start >= sentence.Start && e.Start + e.Length <= sentence.End)
                .Select(e => (e.Start - sentence.Start, e.Start + e.Length - sentence.Start)))
            .ToList();

    private static bool SameFact(TonnageFact a, TonnageFact b) =>
        a.Min == b.Min && a.Max == b.Max && a.Material == b.Material && a.SubjectId == b.SubjectId
        && a.Period == b.Period && a.Measure == b.Measure
        // "270,000 tonnes of smelting output" for 2026 and "the two batches together totalled 270,000 tonnes" in 2025: two windows.
        && (a.PeriodDetail is null || b.PeriodDetail is null || a.PeriodDetail == b.PeriodDetail);

    /// <summary>A quantity found in a sentence (offsets relative to the sentence).</summary>
    private sealed record Quantity(
        int Start,
        int NumberStart,
        int End,
        double? Value1,
        double? Value2,
        double Factor,
        bool AmbiguousMtpa,
        double WrittenValue,
        string UnitAsWritten,
        string? UnitPeriod,
        string Qualifier,
        bool SmallMassUnit,
        bool MtpaWrittenOut,
        bool CommaConversion = false,
        string? CellWindow = null,
        bool DeclaredUnit = false,
        string? CellMeasure = null,
        bool ChangeFrom = false);

    /// <summary>What a figure is of; <see cref="Foreign"/> marks a mass of something that is not rare-earth material ("of process water").</summary>
    /// <param name="CoordinatedName">Set when several materials are joined ("dysprosium and terbium oxide"): their names together.</param>
    /// <param name="Commodity">Set when the foreign mass is another traded commodity ("62 kt" of zircon sand): no fact is kept for it.</param>
    private sealed record Material(string? ProductId, string? ElementSymbol, string? AttachedElements, bool OreByGrade, bool Foreign = false, string? CoordinatedName = null, bool Commodity = false);

    /// <summary>What may stand between two coordinated materials: "and", "or", a comma, ", and", "/", "-", "&amp;".</summary>
    /// <summary>
    /// "cut output of dysprosium oxide and terbium oxide to 110 t and 38 t in October, respectively, from 150 t and 52 t in
    /// September", "dysprosium oxide and terbium oxide are estimated at 1,560 t and 220 t respectively": in a sentence that says
    /// "respectively", a run of joined figures and a run of as many joined products pair in order; so does a run of as many
    /// figures compared with the first ("from", "against"). Before, the joined oxides were read as one heavy oxide group for each
    /// figure (dev9 K29, K38; period33).
    /// </summary>
    private static void RespectivelyPaired(Sentence sentence, List<Quantity> quantities, IReadOnlyList<MaterialMention> allMaterials, Material?[] materials)
    {
        if (quantities.Count < 2 || !RespectivelyRegex.IsMatch(sentence.Text))
        {
            return;
        }

        var mentions = allMaterials
            .Where(m => m.ProductId is not null && m.Start >= sentence.Start && m.End <= sentence.Start + sentence.Text.Length)
            .OrderBy(m => m.Start).ThenByDescending(m => m.Length)
            .ToList();
        mentions = mentions.Where((m, i) => !mentions.Exists(o => o != m && o.Start <= m.Start && o.End >= m.End && o.Length > m.Length)).ToList();
        var runs = new List<List<MaterialMention>>();
        foreach (var mention in mentions)
        {
            if (runs.Count > 0 && runs[^1][^1] is var last && mention.Start >= last.End
                && MaterialCoordinatorRegex.IsMatch(sentence.Text.AsSpan(last.End - sentence.Start, mention.Start - last.End)))
            {
                runs[^1].Add(mention);
            }
            else
            {
                runs.Add([mention]);
            }
        }

        var q = 0;
        List<MaterialMention>? paired = null;
        while (q < quantities.Count)
        {
            var end = q;
            while (end + 1 < quantities.Count && Coordinated(sentence, quantities[end], quantities[end + 1]))
            {
                end++;
            }

            var count = end - q + 1;
            if (count >= 2)
            {
                var runStart = sentence.Start + quantities[q].Start;
                var run = runs.LastOrDefault(r => r.Count == count && r[^1].End <= runStart)
                          ?? runs.FirstOrDefault(r => r.Count == count && r[0].Start >= sentence.Start + quantities[end].End);
                if (run is not null && run.Select(m => m.ProductId).Distinct(StringComparer.Ordinal).Count() == count)
                {
                    paired = run;
                }
                else if (paired is null || paired.Count != count || q == 0
                         || !ComparedMaterialRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantities[q].Start - quantities[q - 1].End)))
                {
                    paired = null;
                }

                if (paired is not null)
                {
                    for (var i = 0; i < count; i++)
                    {
                        materials[q + i] = new Material(paired[i].ProductId, paired[i].ElementSymbol, paired[i].AttachedElements, false);
                    }
                }
            }

            q = end + 1;
        }
    }

    private static readonly Regex RespectivelyRegex = new(@"(?i)\brespectively\b", RegexOptions.Compiled);

    private static readonly Regex MaterialCoordinatorRegex = new(@"^\s*(?:,|/|-|&|(?i:and|or)|,\s*(?i:and|or))\s*$", RegexOptions.CultureInvariant);

    private List<Quantity> FindQuantities(Sentence sentence, bool dotGroupsThousands)
    {
        var result = new List<Quantity>();
        var text = WithNumberWordsAsDigits(WithCommaThousands(sentence.Text, dotGroupsThousands));
        var matches = QuantityRegex.Matches(text).Concat(HeaderQuantityRegex.Matches(text)).OrderBy(m => m.Index).ToList();
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.Groups["join"].Success && m.Groups["n2"].Success && LabelWordBeforeRegex.IsMatch(text.AsSpan(0, m.Index))
                && QuantityRegex.Match(text, m.Groups["n2"].Index) is { Success: true } afterLabel && afterLabel.Index == m.Groups["n2"].Index)
            {
                // "Unit 2 and 3,000 t", "Line 120 to 4,000 t": a number after a label word is the label's, whatever its size; the
                // figure is the one after the join (measure34; main's ordinal rule below reads the small numbers it knows).
                m = afterLabel;
            }

            if (IsMoney(text, m.Index) || (IsPounds(m.Groups["unit"].Value) && (IsSterlingContext(text) || PoundsAsMoneyBeforeRegex.IsMatch(text.AsSpan(0, m.Index)))))
            {
                continue;
            }

            var prefixStart = Math.Max(0, m.Index - options.QualifierLookbackChars);
            var prefix = text[prefixStart..m.Index];
            var qualifierMatch = QualifierRegex.Match(prefix);
            var qualifier = qualifierMatch.Success ? TonnageLexicon.Qualifiers[qualifierMatch.Groups["q"].Value] : "none";
            if (qualifier == "none" && !qualifierMatch.Success
                && text.AsSpan(0, m.Index).Contains("estimat", StringComparison.OrdinalIgnoreCase)
                // "The previous estimate, published in 2024, was 132 Mt": a resource statement (a "resource estimate") is no hedge.
                && !ResourceEstimateRegex.IsMatch(text.AsSpan(0, m.Index)))
            {
                qualifier = "about";
            }
            else if (qualifier == "up_to" && RampedUpToRegex.IsMatch(prefix))
            {
                // "is scaling up to 1,000 tons of magnets a year", "has ramped up to 150 tonnes a month": "up" belongs to the
                // verb, "to" names the level reached; no ceiling.
                qualifier = "none";
            }
            else if (qualifier == "more_than" && HandedOverRegex.IsMatch(prefix))
            {
                // "will hand over about 2,000 tonnes of tailings to IREL", "handed over 300 tonnes": "over" belongs to the verb.
                qualifier = HandedOverHedgeRegex.Match(prefix) is { Success: true } hedge ? TonnageLexicon.Qualifiers[hedge.Groups["q"].Value] : "none";
            }
            else if (qualifier is "none" or "more_than" && NegatedCeilingBeforeRegex.IsMatch(text.AsSpan(0, m.Index)))
            {
                qualifier = "less_than"; // "did not reach 2,000 tonnes", "no longer expects to exceed 1,800 t": below that (dev9 (2))
            }
            else if (qualifier == "none" && !qualifierMatch.Success
                     && (CapAtRegex.IsMatch(text.AsSpan(0, m.Index)) || CeilingSetToRegex.IsMatch(text.AsSpan(0, m.Index))
                         || PermittedToRegex.IsMatch(text.AsSpan(0, m.Index)) || CeilingOfRegex.IsMatch(text.AsSpan(0, m.Index))))
            {
                qualifier = "up_to"; // "its licence caps stored residue at 1.2 million tonnes", "exports capped at 5,000 t": a ceiling
            }

            var (factor, unitPeriod, smallMass, ambiguousMtpa) = ReadUnit(m.Groups["unit"].Value);
            if (m.Groups["unit"].Value == "mt" && m.Groups["uperiod"].Value.Length == 0 && OreGradeAfter(text[(m.Index + m.Length)..]))
            {
                // "The Measured and Indicated portion is 612 mt at 2,780 ppm TREO": a tonnage graded like ore is a resource
                // statement's million tonnes (dev8 convention (2)); refined products are not graded in ppm (measure32).
                factor = 1e6;
            }
            var unitAsWritten = (m.Groups["unit"].Value + m.Groups["uperiod"].Value).Trim();
            if (unitPeriod is null && m.Groups["uperiod"].Value.Length > 0)
            {
                unitPeriod = PerDayRegex.IsMatch(m.Groups["uperiod"].Value) ? Periods.PerDay
                    : m.Groups["uperiod"].Value.Contains("month", StringComparison.OrdinalIgnoreCase) ? Periods.Month // "500 tonnes a month"
                    : Periods.PerYear;
            }

            var writtenOut = m.Groups["uperiod"].Value.Contains("annum", StringComparison.OrdinalIgnoreCase);
            if (m.Groups["vague"].Success)
            {
                result.Add(new Quantity(m.Index, m.Index, m.Index + m.Length, null, null, factor, false, 0, unitAsWritten, unitPeriod, "vague", smallMass, writtenOut));
                continue;
            }

            var m1 = MultiplierOf(m.Groups["m1"]);
            var m2 = MultiplierOf(m.Groups["m2"]);
            var n1 = ParseNumber(m.Groups["n1"].Value);
            double? n2 = m.Groups["n2"].Success ? ParseNumber(m.Groups["n2"].Value) : null;
            var header = MultiplierOf(m.Groups["hdr"]);
            var v1 = n1 * (m1 ?? m2 ?? header ?? 1);
            double? v2 = n2 * (m2 ?? m1 ?? 1);
            var numberStart = m.Groups["n1"].Index;
            var start = m.Index;

            var joinedByTo = m.Groups["join"].Value.Equals("to", StringComparison.OrdinalIgnoreCase);
            var yearAndFigure = v2 is not null && m.Groups["join"].Value.Equals("and", StringComparison.OrdinalIgnoreCase)
                && Regex.IsMatch(m.Groups["n1"].Value, @"^(?:19|20)\d{2}$") && !m.Groups["m1"].Success
                && !Regex.IsMatch(prefix, @"(?i)\bbetween\s*$");
            // "8,500 t in year 1 and 12,000 t in year 2", "Scope 1 and 2,400 t": a small number after an ordinal noun labels what
            // comes before it, and is no range's low end (dev10 L19).
            var labelAndFigure = v2 is not null && !m.Groups["m1"].Success && n1 < 100 && Regex.IsMatch(m.Groups["n1"].Value, @"^\d+$")
                && LabelNumberBeforeRegex.IsMatch(text.AsSpan(0, m.Groups["n1"].Index));
            if (v2 is not null && (joinedByTo && (DateBeforeRange(m, text) || ReferenceNumberBeforeRegex.IsMatch(text.AsSpan(0, m.Groups["n1"].Index))) || yearAndFigure || labelAndFigure))
            {
                // "1,000 tonnes in the second half of 2025 and 3,000 tonnes in 2026": a year, then the next figure (§53).
                // "forecast for the fiscal year to March 2027 to 10,200 tonnes": the first number is the date, not a range's low end.
                v1 = v2.Value;
                v2 = null;
                n1 = n2!.Value;
                numberStart = m.Groups["n2"].Index;
                start = numberStart;
                prefix = text[Math.Max(0, numberStart - options.QualifierLookbackChars)..numberStart];
            }

            var end = m.Index + m.Length;
            if (v2 is null && !m.Groups["hdr"].Success && i + 1 < matches.Count && RepeatedUnitUpperEnd(v1, m, matches[i + 1], text, prefix, factor) is { } upper)
            {
                // "between 5,500 tonnes and 6,000 tonnes", "2,000 t to 2,400 t", "3,000 t/y to 3,500 t/y": one range with its
                // unit written at both ends, not two figures.
                v2 = upper;
                var next = matches[++i];
                end = next.Index + next.Length;
                unitAsWritten = (next.Groups["unit"].Value + next.Groups["uperiod"].Value).Trim();
                var (_, nextPeriod, _, _) = ReadUnit(next.Groups["unit"].Value);
                unitPeriod ??= nextPeriod ?? (next.Groups["uperiod"].Value.Length == 0 ? null
                    : PerDayRegex.IsMatch(next.Groups["uperiod"].Value) ? Periods.PerDay
                    : next.Groups["uperiod"].Value.Contains("month", StringComparison.OrdinalIgnoreCase) ? Periods.Month
                    : Periods.PerYear);
            }

            var fromBefore = Regex.IsMatch(prefix, @"(?i)\bfrom\s*$");
            // "raised from 10,000 tonnes to 19,000 tonnes": the old value of a change, a fact of its own that shares the new value's
            // material, rate and measure (every annotator records it: dev5 F04, F37, dev10 L04).
            var changeFrom = fromBefore && i + 1 < matches.Count && Regex.IsMatch(text[(m.Index + m.Length)..matches[i + 1].Index], @"^\s*(?i:to)\s*$");
            if (fromBefore && v2 is not null && joinedByTo && !Regex.IsMatch(prefix, @"(?i)\brang\w*\s+from\s*$"))
            {
                // "increased from 220,000 to 470,000 tonnes" is a change: the new value is the fact.
                v1 = v2.Value;
                v2 = null;
            }
            if (m.Groups["plus"].Success)
            {
                qualifier = "more_than";
            }

            result.Add(new Quantity(
                start, numberStart, end, v1, v2, factor, ambiguousMtpa, n1, unitAsWritten, unitPeriod, qualifier, smallMass, writtenOut, ChangeFrom: changeFrom));
        }

        MergeFloorAndCeiling(result, text);
        MergeConversions(result, text);
        AddComparedBareNumbers(result, text);
        return result;
    }

    /// <summary>Text between a floor and a ceiling of one amount: " and up to ", " but no more than " (the first figure's unit before).</summary>
    private static readonly Regex FloorThenCeilingRegex = new(@"(?i)^\s*,?\s*(?:and|but|to)\s+(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|as\s+much\s+as)\s+$", RegexOptions.Compiled);

    /// <summary>
    /// "will deliver not less than 150 metric tons and up to 400 metric tons of NdFeB strip-cast alloy per year": a floor and a
    /// ceiling of one amount are one range (dev9 K11; measure33).
    /// </summary>
    private static void MergeFloorAndCeiling(List<Quantity> quantities, string text)
    {
        for (var i = quantities.Count - 2; i >= 0; i--)
        {
            var (floor, ceiling) = (quantities[i], quantities[i + 1]);
            if (floor.Qualifier == "at_least" && floor.Value2 is null && ceiling.Qualifier == "up_to" && ceiling.Value2 is null
                && floor.Value1 is { } low && ceiling.Value1 is { } high && low * floor.Factor < high * ceiling.Factor
                && floor.End <= ceiling.Start && FloorThenCeilingRegex.IsMatch(text.AsSpan(floor.End, ceiling.Start - floor.End)))
            {
                quantities[i] = floor with { End = ceiling.End, Value1 = low * floor.Factor / ceiling.Factor, Value2 = high, Factor = ceiling.Factor, Qualifier = "none", UnitAsWritten = ceiling.UnitAsWritten, UnitPeriod = ceiling.UnitPeriod ?? floor.UnitPeriod };
                quantities.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>
    /// ", up from 597 in the second quarter", " from 2,100 a year earlier", ", compared with 1,250": right after a figure, the
    /// old value of a change written without its unit, which is the figure's own. Not a year ("up from 2024"), not a share
    /// or money ("up from 12%"), not a count ("from 12 mines").
    /// </summary>
    private static readonly Regex ComparedBareNumberRegex = new(
        @"^(?:\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,3}?(?:in|for|during|over)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:quarter|half|year|month|period))?"
        + @"\s*,?\s*(?:(?:up|down)(?:\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))?\s+from|(?:compared|against)\s+(?:with|to)|versus|vs\.?|from)\s+"
        + @"(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?(?<n>" + Number + @")"
        + @"(?=\s*(?:[,;.)]|$|(?:in|a|the|last|previous|earlier|during|over|for|at|on|and|year|quarter|month|twelve|12|a\s+year)\b))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static void AddComparedBareNumbers(List<Quantity> quantities, string text)
    {
        const double Tolerance = 1e-9;
        for (var i = quantities.Count - 1; i >= 0; i--)
        {
            var figure = quantities[i];
            if (figure.Value1 is not { } value || figure.Value2 is not null
                || Math.Abs(value - figure.WrittenValue) > Tolerance // "1.2 million tonnes, up from 900,000": the scale is unclear
                || ComparedBareNumberRegex.Match(text[figure.End..]) is not { Success: true } compared)
            {
                continue;
            }

            var group = compared.Groups["n"];
            var start = figure.End + group.Index;
            var written = group.Value;
            var old = ParseNumber(written);
            var isYear = old is >= 1900 and <= 2100 && !written.Contains(',', StringComparison.Ordinal) && !written.Contains('.', StringComparison.Ordinal);
            if (isYear || old <= 0 || quantities.Exists(q => q.Start <= start && start < q.End))
            {
                continue;
            }

            quantities.Insert(i + 1, figure with
            {
                Start = start,
                NumberStart = start,
                End = start + group.Length,
                Value1 = old,
                Value2 = null,
                WrittenValue = old,
                Qualifier = "none",
                CommaConversion = false,
            });
        }
    }

    /// <summary>
    /// "2,300 tons (2,087 metric tons)", "1,000 short tons (907 metric tons)": one amount written in two units is one
    /// figure. The metric one is kept (it also shows that the bare "tons" were short tons); it takes the outer figure's
    /// place and hedge ("up to 2,300 tons (2,087 metric tons)" is up to 2,087 t).
    /// </summary>
    private static void MergeConversions(List<Quantity> quantities, string text)
    {
        const double LowestRatio = 0.5;
        const double HighestRatio = 2.5;
        for (var i = quantities.Count - 2; i >= 0; i--)
        {
            var outer = quantities[i];
            var inner = quantities[i + 1];
            if (outer.Value1 is not { } outerValue || inner.Value1 is not { } innerValue || outerValue <= 0)
            {
                continue;
            }

            var between = text[outer.End..inner.Start];
            var bracketed = ConversionOpenRegex.IsMatch(between) && text.AsSpan(inner.End).TrimStart().StartsWith(")");

            // "about 2,750 short tons, or 2,500 metric tons, of water": only a non-metric figure followed by a metric one,
            // so that alternatives ("1,000 tonnes, or 2,000 tonnes") stay two figures.
            var comma = !bracketed && ConversionCommaRegex.IsMatch(between)
                        && NonMetricUnitRegex.IsMatch(outer.UnitAsWritten) && !NonMetricUnitRegex.IsMatch(inner.UnitAsWritten);
            if (!bracketed && !comma)
            {
                continue;
            }

            var ratio = innerValue * inner.Factor / (outerValue * outer.Factor);
            if (ratio is < LowestRatio or > HighestRatio)
            {
                continue;
            }

            if (NonMetricUnitRegex.IsMatch(outer.UnitAsWritten) && !NonMetricUnitRegex.IsMatch(inner.UnitAsWritten))
            {
                quantities[i + 1] = inner with
                {
                    Start = outer.Start,
                    Qualifier = inner.Qualifier == "none" ? outer.Qualifier : inner.Qualifier,
                    UnitPeriod = inner.UnitPeriod ?? outer.UnitPeriod,
                    CommaConversion = comma,
                };
                quantities.RemoveAt(i);
            }
            else
            {
                // The metric figure first: it reaches past the brackets, so its material is read after them.
                quantities[i] = outer with { End = text.IndexOf(')', inner.End) + 1, UnitPeriod = outer.UnitPeriod ?? inner.UnitPeriod };
                quantities.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>"in year ", "Phase ", "stage ", "Train ", "Scope ": a noun a small number labels (an ordinal), not an amount of it.</summary>
    private static readonly Regex LabelNumberBeforeRegex = new(
        @"(?i)\b(?:year|phase|stage|scope|train|line|module|tier|level|section|paragraph|item|no\.?|number)\s*$", RegexOptions.Compiled);

    /// <summary>A year written bare after a month or a year word ("to March 2027 to", "fiscal 2027 to"): the date, not a number.</summary>
    private static readonly Regex DateYearBeforeRegex = new(
        @"\b(?:" + MonthNames + @"|(?i:fiscal|financial|calendar|year|FY|in|since|during))\.?\s*$", RegexOptions.Compiled);

    /// <summary>"... to March 2027 to 10,200 tonnes": a range joined by "to" whose first number is a bare year after a month or a year word.</summary>
    private static bool DateBeforeRange(Match m, string text) =>
        Regex.IsMatch(m.Groups["n1"].Value, @"^(?:19|20)\d{2}$") && !m.Groups["m1"].Success
        && DateYearBeforeRegex.IsMatch(text.AsSpan(0, m.Groups["n1"].Index));

    private static bool IsPounds(string unit) => unit.StartsWith("pound", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("lb", StringComparison.OrdinalIgnoreCase);

    /// <summary>A verb of money right before "N pounds": "will cost 85 million pounds", "worth", "invest", "raised", "a loan of".</summary>
    private static readonly Regex PoundsAsMoneyBeforeRegex = new(
        @"(?i)\b(?:cost|costs|costing|worth|invest|invests|invested|investing|investment\s+of|raise|raises|raised|raising|spend|spends|spent|spending|loan\s+of|grant\s+of|funding\s+of|budget\s+of|price\s+of|paid|pay|pays|valued\s+at|fined?)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|an\s+estimated|a\s+further|another)\s+)?$",
        RegexOptions.Compiled);

    private static bool IsSterlingContext(string text) =>
        text.Contains('£', StringComparison.Ordinal) || text.Contains("sterling", StringComparison.OrdinalIgnoreCase)
        || text.Contains("GBP", StringComparison.Ordinal);

    private static bool IsMoney(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.Length == 0)
        {
            return false;
        }

        if (before[^1] is '$' or '€' or '£' or '¥' or '₹')
        {
            return true;
        }

        var wordStart = before.LastIndexOfAny(' ', '(', '\u00A0');
        var word = before[(wordStart + 1)..].ToString();
        return TonnageLexicon.CurrencyWords.Contains(word);
    }

    /// <summary>Text between the two ends of a range whose unit is written at both ends: a dash, "to" or "and".</summary>
    private static readonly Regex RepeatedUnitJoinRegex = new(@"^\s*(?:-|–|—|(?i:to|and))\s*$", RegexOptions.Compiled);

    /// <summary>"between" (perhaps with a hedge) right before a range's low end.</summary>
    private static readonly Regex BetweenBeforeRegex = new(@"(?i)\bbetween\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>A change or a step before a figure ("fell 300 t to 2,000 t", "cut by 200 t to", "from 500 t to"): its "to" starts the new level.</summary>
    private static readonly Regex ChangeBeforeRegex = new(
        @"(?i)\b(?:from|by|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|dropped|drop(?:s|ping)?|declined?|declining|increased?|increasing|decreased?|decreasing|grew|grow(?:s|n|ing)?|climbed?|climbing|jumped?|jumping|slipped|slip(?:s|ping)?|eased?|easing|gained?|gaining|lost|los(?:es|ing)|added?|adding|cut(?:s|ting)?|reduced?|reducing|lowered?|lowering|raised?|raising|lifted|lift(?:s|ing)?|trimmed|trim(?:s|ming)?|boosted|boost(?:s|ing)?|up|down)\s+(?:(?:" + HedgeWords + @")\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// The upper end of a range written with its unit at both ends ("between 5,500 tonnes and 6,000 tonnes", "2,000 t to 2,400 t",
    /// "3,000 t/y-3,500 t/y"), or null. "and" needs "between" before the low end; "to" must not follow a change ("fell 300 t to
    /// 2,000 t" is a step and a level), and the ends must rise and share a unit.
    /// </summary>
    private static double? RepeatedUnitUpperEnd(double lowValue, Match low, Match high, string text, string prefix, double factor)
    {
        if (high.Groups["n2"].Success || high.Groups["vague"].Success || high.Groups["hdr"].Success || !high.Groups["n1"].Success
            || high.Index < low.Index + low.Length || ReadUnit(high.Groups["unit"].Value).Factor != factor)
        {
            return null;
        }

        var join = RepeatedUnitJoinRegex.Match(text, low.Index + low.Length, high.Index - (low.Index + low.Length));
        if (!join.Success)
        {
            return null;
        }

        var word = join.Value.Trim();
        if ((word.Equals("and", StringComparison.OrdinalIgnoreCase) && !BetweenBeforeRegex.IsMatch(prefix))
            || (word.Equals("to", StringComparison.OrdinalIgnoreCase) && ChangeBeforeRegex.IsMatch(prefix)))
        {
            return null;
        }

        var highValue = ParseNumber(high.Groups["n1"].Value) * (MultiplierOf(high.Groups["m1"]) ?? 1);
        return highValue > lowValue ? highValue : null;
    }

    private static double? MultiplierOf(Group group) =>
        group.Success && TonnageLexicon.Multipliers.TryGetValue(group.Value, out var value) ? value : null;

    /// <summary>
    /// True when the language writes thousands with a dot ("1.200 t" is 1,200 t in German or Spanish copy, 1.2 t in
    /// English copy; tonnages.md §3), by the number format of that language's culture.
    /// </summary>
    public static bool GroupsThousandsWithDot(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(language.Trim()).NumberFormat.NumberGroupSeparator == ".";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>"1.200.000" (several dot groups: thousands in any language) or, in a dot-grouping language, "1.200" written
    /// with commas instead: the same length, so offsets into the sentence stay valid.</summary>
    private static string WithCommaThousands(string text, bool dotGroupsThousands)
    {
        var regex = dotGroupsThousands ? DotThousandsRegex : DotThousandsSeveralRegex;
        return regex.Replace(text, m => m.Value.Replace('.', ','));
    }

    /// <summary>
    /// "one hundred and twenty", "two thousand five hundred", "forty-five": a number written in several words becomes its
    /// digits, padded with spaces to the same length so offsets into the sentence stay valid (one word is read as written).
    /// </summary>
    private static string WithNumberWordsAsDigits(string text)
    {
        if (!NumberWordStartRegex.IsMatch(text))
        {
            return text;
        }

        return CompoundNumberWordsRegex.Replace(text, m =>
        {
            if (!m.Value.Any(c => c is ' ' or '-'))
            {
                return m.Value;
            }

            double total = 0, current = 0;
            foreach (var word in m.Value.ToLowerInvariant().Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                switch (word)
                {
                    case "and":
                        break;
                    case "a":
                        current = 1;
                        break;
                    case "hundred":
                        current = (current == 0 ? 1 : current) * 100;
                        break;
                    case "thousand":
                        total += (current == 0 ? 1 : current) * 1000;
                        current = 0;
                        break;
                    default:
                        current += TonnageLexicon.NumberWords[word];
                        break;
                }
            }

            var digits = (total + current).ToString(CultureInfo.InvariantCulture);
            return digits.Length <= m.Length ? digits.PadRight(m.Length) : m.Value;
        });
    }

    private const string UnitWords = "one|two|three|four|five|six|seven|eight|nine";
    private const string TeenWords = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string TensWords = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private const string BelowHundredWords = "(?:(?:" + TensWords + ")(?:[ -](?:" + UnitWords + "))?|" + TeenWords + "|" + UnitWords + ")";
    private const string BelowThousandWords = "(?:(?:" + UnitWords + "|a)\\s+hundred(?:\\s+(?:and\\s+)?" + BelowHundredWords + ")?|" + BelowHundredWords + ")";

    /// <summary>"two thousand five hundred", "one hundred and twenty", "forty-five", "a thousand and fifty".</summary>
    private static readonly Regex CompoundNumberWordsRegex = new(
        @"(?i)\b(?:(?:" + BelowThousandWords + @"|a)\s+thousand(?:,?\s+(?:and\s+)?" + BelowThousandWords + ")?|" + BelowThousandWords + @")\b(?!-)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>What every number of several words holds: "hundred", "thousand" or a tens word joined to a unit ("forty-five").</summary>
    private static readonly Regex NumberWordStartRegex = new(@"(?i)\b(?:hundred|thousand|(?:" + TensWords + ")[ -](?:" + UnitWords + @"))\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static double ParseNumber(string written)
    {

        if (TonnageLexicon.NumberWords.TryGetValue(Regex.Replace(written.Trim(), @"\s+", " "), out var word))
        {
            return word;
        }

        var digits = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            if (char.IsDigit(c) || c == '.')
            {
                digits.Append(c);
            }
        }

        return double.Parse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>Factor to metric tonnes, the period a unit carries, whether it is a small mass (kg, g), and MTPA ambiguity.</summary>
    private static (double Factor, string? Period, bool SmallMass, bool AmbiguousMtpa) ReadUnit(string unit)
    {
        const double Thousand = 1e3;
        const double Million = 1e6;
        const double Kilogram = 1e-3;
        const double Gram = 1e-6;
        const double Pound = 0.00045359237;
        const double ShortTon = 0.90718474;
        const double LongTon = 1.0160469088;
        var upper = unit.ToUpperInvariant();
        return unit switch
        {
            "Mt" or "mmt" or "MMT" => (Million, null, false, false),
            "Mtpa" => (Million, Periods.PerYear, false, false),
            "MTPA" or "mtpa" => (1, Periods.PerYear, false, true),
            "MT" or "mt" or "t" => (1, null, false, false),
            "kt" => (Thousand, null, false, false),
            "ktpa" or "ktpy" or "kt/a" or "kt/y" => (Thousand, Periods.PerYear, false, false),
            "TPA" or "tpa" or "tpy" or "t/yr" or "t/a" or "t/y" => (1, Periods.PerYear, false, false),
            "tpd" or "t/d" => (1, Periods.PerDay, false, false),
            "t/month" or "t/mth" => (1, Periods.Month, false, false), // "2,500 t/month of feed"
            "kg" => (Kilogram, null, true, false),
            "g" => (Gram, null, true, false),
            "lb" => (Pound, null, false, false),
            _ when upper.StartsWith("SHORT", StringComparison.Ordinal) => (ShortTon, null, false, false),
            _ when upper.StartsWith("LONG", StringComparison.Ordinal) => (LongTon, null, false, false),
            _ when upper.StartsWith("KILOTON", StringComparison.Ordinal) => (Thousand, null, false, false),
            _ when upper.StartsWith("KILO", StringComparison.Ordinal) => (Kilogram, null, true, false),
            _ when upper.StartsWith("GRAM", StringComparison.Ordinal) => (Gram, null, true, false),
            _ when upper.StartsWith("POUND", StringComparison.Ordinal) || upper.StartsWith("LB", StringComparison.Ordinal) => (Pound, null, false, false),
            _ => (1, null, false, false),
        };
    }

    /// <summary>" of the metal", " a year of this alloy", " of the chloride": a figure whose own noun is a definite bare form word
    /// ("metal", "alloy", "chloride", "carbonate", "fluoride"; products.csv's form column).</summary>
    private static readonly Regex DefiniteMetalAfterRegex = new(@"^\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?:the|this|that)\s+(?<form>metal|alloy|chloride|carbonate|fluoride)s?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private const string HostOre = "rare-earth-ore";

    /// <summary>"-rich sands", "-bearing rock", " rich ore": right after a mineral, the host the mineral is found in.</summary>
    private static readonly Regex MineralRichHostAfterRegex = new(@"\G[\s-]*(?i:rich|bearing)[\s-]+(?i:sands?|rocks?|ores?|clays?|soils?|gravels?)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A form word right after a group term: "light rare earth chloride", "heavy rare earths concentrate".</summary>
    private static readonly Regex GroupFormHeadRegex = new(@"\G[\s-]+(?<form>(?i:chloride|carbonate|concentrate|fluoride|hydroxide))s?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "600 tonnes of mixed light rare earth chloride", "inventory of light rare earth carbonate was 600 t": a group term qualifying
    /// a form word says which elements the chloride (carbonate, concentrate...) holds; as a tonnage material it is that form's
    /// generic product, not the group (product26).
    /// </summary>
    private IReadOnlyList<MaterialMention> GroupTermsWithFormHead(SentenceIndex sentences, IReadOnlyList<MaterialMention> materials)
    {
        List<MaterialMention>? rewritten = null;
        for (var i = 0; i < materials.Count; i++)
        {
            var mention = materials[i];
            if (i > 0 && mention.ProductId is { } concentrateId && index.Products.TryGetValue(concentrateId, out var concentrate)
                && concentrate.Form == "concentrate" && materials[i - 1] is { ProductId: { } mineralId } mineral
                && index.Products.TryGetValue(mineralId, out var mineralProduct) && mineralProduct.Form == "mineral"
                && mention.Start - mineral.End is >= 0 and <= 2
                && sentences.Sentences.FirstOrDefault(x => x.Start <= mineral.Start && mention.End <= x.End) is { } pair
                && pair.Text.AsSpan(mineral.End - pair.Start, mention.Start - mineral.End).Trim(" -").IsEmpty)
            {
                // "apatite concentrate makes up about 4 million tonnes": a mineral's concentrate is that mineral (products.csv lists
                // "monazite concentrate" and "xenotime concentrate" as aliases; the rule covers every mineral) (product26).
                rewritten ??= materials.ToList();
                rewritten[i] = mention with { ProductId = mineralId, ElementSymbol = mineral.ElementSymbol };
                continue;
            }

            if (mention.ProductId is { } hostedId && index.Products.TryGetValue(hostedId, out var hosted) && hosted.Form == "mineral"
                && index.Products.ContainsKey(HostOre)
                && sentences.Sentences.FirstOrDefault(x => x.Start <= mention.Start && mention.End <= x.End) is { } host
                && MineralRichHostAfterRegex.IsMatch(host.Text, mention.End - host.Start))
            {
                // "where monazite-rich sands grade as high as 40% TREO. Its maiden resource of 510 Mt": a mineral that only says what
                // the host rock is rich in names the ore, not the mineral (dev8 J10; period33).
                rewritten ??= materials.ToList();
                rewritten[i] = mention with { ProductId = HostOre };
                continue;
            }

            if (mention.ProductId is not { } groupId || !index.Products.TryGetValue(groupId, out var group) || group.Form != "group term"
                || sentences.Sentences.FirstOrDefault(x => x.Start <= mention.Start && mention.End <= x.End) is not { } sentence
                || GroupFormHeadRegex.Match(sentence.Text, mention.End - sentence.Start) is not { Success: true } formHead
                || !GroupFormProducts.TryGetValue(formHead.Groups["form"].Value.ToLowerInvariant(), out var formProduct)
                || !index.Products.ContainsKey(formProduct))
            {
                continue;
            }

            rewritten ??= materials.ToList();
            rewritten[i] = mention with { ProductId = formProduct, ElementSymbol = null };
        }

        return rewritten ?? materials;
    }

    /// <summary>The generic product of each form word a group term may qualify.</summary>
    private static readonly FrozenDictionary<string, string> GroupFormProducts = new Dictionary<string, string>
    {
        ["chloride"] = "rare-earth-chloride",
        ["carbonate"] = "mrec",
        ["concentrate"] = "rare-earth-concentrate",
        ["fluoride"] = "rare-earth-fluoride",
        ["hydroxide"] = "rare-earth-hydroxide",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>" of oxide", " a year of the oxide" right after the unit: a bare form word (§76). Plural "oxides" is left alone
    /// ("separated oxides" is REO in the golds); a bare "concentrate" has its own rules (§62: the next sentence only).</summary>
    private static readonly Regex BareFormAfterRegex = new(@"^\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?:the\s+)?oxide\b(?!\s*-|\s+(?:of|makers?|producers?|buyers?|prices?)\b)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "... 720 tonnes a year of NdPr oxide. The first 12 tonnes of oxide were shipped": a bare "oxide" after the figure is the
    /// specific oxide the story named last, in its sentence or the one before, unless a generic one (REO, mixed rare earth oxide)
    /// was named after it (§76).
    /// </summary>
    private Material? SpecificBeforeBareForm(SentenceIndex sentences, int s, Quantity quantity, IReadOnlyList<MaterialMention> materials, Material? own)
    {
        if (own is not { ProductId: "reo", Foreign: false })
        {
            return null;
        }

        var sentence = sentences.Sentences[s];
        if (BareFormAfterRegex.Match(sentence.Text, quantity.End, sentence.Text.Length - quantity.End) is not { Success: true } bare
            || bare.Index != quantity.End)
        {
            return null;
        }

        var from = sentences.Sentences[Math.Max(0, s - 1)].Start;
        var figureStart = sentence.Start + quantity.NumberStart;
        var last = materials.LastOrDefault(m => m.Start >= from && m.End <= figureStart && m.ProductId is { } id
                                                && index.Products.TryGetValue(id, out var p) && (p.Form == "oxide" || id is "reo" or "treo"));
        if (last is not { ProductId: { } lastId } || lastId is "reo" or "treo" or "mixed-rare-earth-oxide")
        {
            return null;
        }

        return new Material(lastId, last.ElementSymbol, last.AttachedElements, false);
    }

    /// <summary>
    /// "turned out 412 tonnes of NdPr metal and 96 tonnes of NdFeB alloy ..., up from 175 tonnes of metal a year earlier": a bare
    /// "metal" with no material of its own is the metal product named last in its sentence or the one before, not the alloy
    /// named after it (dev8 J06; period32).
    /// </summary>
    private Material? MetalBeforeBareMetal(SentenceIndex sentences, int s, Quantity quantity, IReadOnlyList<MaterialMention> materials)
    {
        var sentence = sentences.Sentences[s];
        if (!BareMetalAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))
        {
            return null;
        }

        var from = sentences.Sentences[Math.Max(0, s - 1)].Start;
        var figureStart = sentence.Start + quantity.NumberStart;
        var last = materials.LastOrDefault(m => m.Start >= from && m.End <= figureStart && m.ProductId is { } id
                                                && index.Products.TryGetValue(id, out var p) && p.Form == "metal");
        return last is { ProductId: { } lastId } ? new Material(lastId, last.ElementSymbol, last.AttachedElements, false) : null;
    }

    /// <summary>"Of the metals, ", "Of the oxide, ", "Of these magnets, ": a sentence opening with a partitive of a bare form word.</summary>
    private static readonly Regex FrontedFormPartitiveRegex = new(@"^\s*(?i:of\s+(?:the|these|those|this|that)\s+)(?<form>(?i:metal|oxide|magnet|alloy|concentrate|carbonate))(?i:s)?\s*,", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "Rare earth metals | 388 | 402 | 451 / NdFeB magnets: 214 t / Of the metals, 301 t came from China and 64 t from Vietnam": a
    /// figure in a sentence that opens with "Of the metals," is of the last product of that form named in the three sentences
    /// before, not of the line right before (dev9 K36, product34).
    /// </summary>
    private Material? FormOfFrontedPartitive(SentenceIndex sentences, int s, Quantity quantity, IReadOnlyList<MaterialMention> materials)
    {
        var sentence = sentences.Sentences[s];
        if (FrontedFormPartitiveRegex.Match(sentence.Text) is not { Success: true } partitive || partitive.Index + partitive.Length > quantity.NumberStart)
        {
            return null;
        }

        var form = partitive.Groups["form"].Value.ToLowerInvariant();
        var from = sentences.Sentences[Math.Max(0, s - 3)].Start;
        var last = materials.LastOrDefault(m => m.Start >= from && m.End <= sentence.Start && m.ProductId is { } id
                                                && index.Products.TryGetValue(id, out var p)
                                                && (p.Form == form || (form == "metal" && p.Form == "alloy") || (form == "oxide" && p.Form == "basis")
                                                    || (p.Form == "group term" && MentionEndsWith(sentences, m, form))));
        if (last is not { ProductId: { } lastId })
        {
            return null;
        }

        // A group term written "rare earth metals" is the metal product.
        return index.Products[lastId].Form == "group term" && form == "metal" && index.Products.ContainsKey(GenericMetalProduct)
            ? new Material(GenericMetalProduct, null, null, false)
            : index.Products[lastId].Form == "group term" ? null : new Material(lastId, last.ElementSymbol, last.AttachedElements, false);
    }

    /// <summary>The mention's words end with the form word or its plural ("rare earth metals").</summary>
    private static bool MentionEndsWith(SentenceIndex sentences, MaterialMention mention, string form)
    {
        var k = sentences.IndexOf(mention.Start);
        if (k < 0)
        {
            return false;
        }

        var holder = sentences.Sentences[k];
        if (mention.End > holder.Start + holder.Text.Length)
        {
            return false;
        }

        var words = holder.Text.AsSpan(mention.Start - holder.Start, mention.End - mention.Start).TrimEnd();
        return words.EndsWith(form, StringComparison.OrdinalIgnoreCase) || words.EndsWith(form + "s", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>" of concentrate", " a year of concentrate", " of concentrates" right after the unit: a bare concentrate.</summary>
    private static readonly Regex BareConcentrateAfterRegex = new(@"^\s+(?:a\s+year\s+|per\s+annum\s+|a\s+month\s+)?of\s+concentrates?\b(?!\s*-)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"its neighbour", "a rival", "another miner": a party other than the story's own company.</summary>
    private static readonly Regex OtherPartyRegex = new(@"\b(?i:neighbou?rs?|rivals?|peers?|competitors?|another\s+(?:company|miner|producer|group|firm))\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "Stage 1 is designed to produce 15,000 tonnes per annum of monazite concentrate ... (a sentence on ore) ... Lindian expects
    /// to ramp up to around 1,300 tonnes of concentrate per month": a bare "concentrate" further on in the story is the mineral
    /// concentrate the story named last (no other concentrate since), when its sentence names no party that was not named by
    /// then (a neighbour's or another company's bare concentrate stays generic, §62) (product31).
    /// </summary>
    private Material? StorysMineralConcentrate(SentenceIndex sentences, int s, Quantity quantity, IReadOnlyList<MaterialMention> materials, Material? own,
        OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        if (own is not { ProductId: "rare-earth-concentrate", Foreign: false })
        {
            return null;
        }

        var sentence = sentences.Sentences[s];
        if (BareConcentrateAfterRegex.Match(sentence.Text, quantity.End, sentence.Text.Length - quantity.End) is not { Success: true } bare
            || bare.Index != quantity.End || OtherPartyRegex.IsMatch(sentence.Text))
        {
            return null;
        }

        var last = materials.LastOrDefault(m => m.End <= sentence.Start && m.ProductId is { } id && index.Products.TryGetValue(id, out var p)
                                                && (p.Form is "mineral" or "concentrate" || p.Basis == "concentrate"))
                   // "expects to ship its first 5,000 wet metric tonnes of concentrate ... Once at full rate, Longonjo will produce
                   // 40,000 dmt a year of monazite concentrate": when the story named no concentrate before, the one the next
                   // sentence names is it.
                   ?? (s + 1 < sentences.Sentences.Count && !materials.Any(m => m.End <= sentence.Start + quantity.NumberStart && m.ProductId is { } eid
                                                                                && index.Products.TryGetValue(eid, out var e) && (e.Form is "mineral" or "concentrate" || e.Basis == "concentrate"))
                       ? materials.FirstOrDefault(m => m.Start >= sentences.Sentences[s + 1].Start && m.End <= sentences.Sentences[s + 1].End
                                                       && m.ProductId is { } nid && index.Products.TryGetValue(nid, out var n)
                                                       && (n.Form is "mineral" or "concentrate" || n.Basis == "concentrate"))
                       : null);
        if (last is not { ProductId: { } mineralId } || index.Products[mineralId].Form != "mineral"
            || sentences.Sentences.FirstOrDefault(x => x.Start <= last.Start && last.End <= x.End) is not { } mineralSentence
            || !mineralSentence.Text.AsSpan(last.Start - mineralSentence.Start, last.Length).Contains("concentrate", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var namedBefore = organisations.Mentions.Where(m => m.End <= mineralSentence.End).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var candidatesBefore = candidates.Where(c => c.Evidence.Any(e => e.Start + e.Length <= mineralSentence.End)).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (organisations.Mentions.Any(m => m.Start >= sentence.Start && m.End <= sentence.End && !namedBefore.Contains(m.Id))
            || candidates.Any(c => !candidatesBefore.Contains(c.Name) && c.Evidence.Any(e => e.Start >= sentence.Start && e.Start + e.Length <= sentence.End)))
        {
            return null;
        }

        return new Material(mineralId, last.ElementSymbol, last.AttachedElements, false);
    }

    /// <summary>" of the material", " a year of this product" right after the unit.</summary>
    private static readonly Regex DefiniteMaterialAfterRegex = new(@"^\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?:the|this|that)\s+(?:material|product)s?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>", all of it for ", ", all of it as ", ", all of them ": an aside after a figure that names its whole material. "mostly
    /// for", "most of it" only name a part: dev3 D09 "46,500 tonnes, mostly for ionic clay heavy rare earths" keeps the quota's REO.
    /// "108,400 tonnes of the mining allocation, all of it light rare earths": a short "of the/its" phrase naming the whole may
    /// come between the figure and the aside (product27).</summary>
    private static readonly Regex AllOfItForAfterRegex = new(@"^(?:\s+of\s+(?:the|its|their)\s+[a-z-]+(?:\s+[a-z-]+){0,2})?\s*,\s*all\s+of\s+(?:it|them)\s+(?:(?:for|as|in)\s+)?", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>" of the contained oxide", " a year of the total": a part of a whole named after the figure.</summary>
    private static readonly Regex PartitiveOfTheAfterRegex = new(@"^\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?:the|its|their)\s", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"accounting for about ", "accounted for ", "made up ", "making up ": a part's verb right before the figure.</summary>
    private static readonly Regex AccountsForBeforeRegex = new(@"\b(?:accounting\s+for|accounted\s+for|accounts\s+for|making\s+up|made\s+up|makes\s+up)\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|up\s+to)\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>" of it", " of them" right after the unit.</summary>
    /// <summary>" of that will be ", " of it was ", " a year of this is ": a part of the figure before, then what it is.</summary>
    private static readonly Regex PartOfItIsAfterRegex = new(
        @"^\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?:that|this|it|them|those|these)\s+(?:(?:will|would|should|could|is\s+expected\s+to)\s+be|is|was|are|were)\s+",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>At most two lower-case words ("high-purity ", "separated heavy "), or nothing.</summary>
    private static readonly Regex TwoWordsAtMostRegex = new(@"^(?:[\p{Ll}-]+\s+){0,2}$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex OfItAfterRegex = new(@"^\s+(?:a\s+year\s+)?of\s+(?:it|them)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A definite or possessive bare form word: "its metal", "the alloy", "this chloride".</summary>
    private static readonly Regex FormWordBeforeRegex = new(@"\b(?i:its|their|the|this|that)\s+(?<form>metal|alloy|chloride|carbonate|fluoride)s?\b(?![-\s]+(?i:makers?|producers?|buyers?|users?|plants?|prices?)\b)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>" of metal" and " of metals" right after the unit, ending the phrase (not "of metal oxides", "of metal scrap").</summary>
    private static readonly Regex BareMetalAfterRegex = new(@"^\s+of\s+metals?(?=\s*(?:[,;.]|$|\s+(?:for|from|to|in|at|this|last|a|per|during|over|on)\b))", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private const string GenericMetalProduct = "rare-earth-metal";

    /// <summary>"monazite-bearing", "REE-rich", "clay-hosted": the material before it qualifies the head noun that follows.</summary>
    private static readonly Regex BearingAfterRegex = new(@"^[-\s](?i:bearing|rich|hosted)\b", RegexOptions.CultureInvariant);

    /// <summary>"rare earth metal and alloy", "rare earth metals and alloys" from a group term's words on: the metal product.</summary>
    private static readonly Regex MetalAndAlloyAfterRegex = new(@"^rare[\s-]+earths?[\s-]+metals?\s+(?:and|&)\s+alloys?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The metal product a group term's mention names as the material of a tonnage: "sold 14,300 tonnes of rare earth metals" (a
    /// metal product's common-word alias), "holds 2,100 mt of rare earth metal and alloy inventory" (product31); null otherwise.
    /// </summary>
    private string? MetalOfGroupWords(Sentence sentence, MaterialMention? mention)
    {
        if (mention is not { ProductId: { } groupId } || index.Products[groupId].Form != "group term")
        {
            return null;
        }

        if (metalWordsOfTonnage.TryGetValue(sentence.Text.Substring(mention.Start - sentence.Start, mention.Length), out var metalId))
        {
            return metalId;
        }

        return groupId == GenericRareEarths && MetalAndAlloyAfterRegex.IsMatch(sentence.Text.AsSpan(mention.Start - sentence.Start))
               && index.Products.ContainsKey(GenericMetalProduct)
            ? GenericMetalProduct
            : null;
    }

    /// <summary>" separation plant in Louisiana to process ", " refinery to treat ": a plant noun right after an adjectival figure, then
    /// (in its clause) the verb of what it is built to treat.</summary>
    private static readonly Regex SizedPlantFeedAfterRegex = new(
        @"^(?:\s+(?!(?:at|to|of|in|from|for|into|its|the|a|an|their|this|that)\b)[\p{L}-]+){0,2}?\s+(?:plant|refinery|facility|line|hub|separator|smelter|circuit|mill)\b[^,;.]{0,50}?\bto\s+(?:process|treat|refine|separate|handle|recycle|upgrade|convert)\s+(?:(?:its|the)\s+)?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>" cracking and leaching plant to produce ", " refinery to turn part of the carbonate into ": a plant noun right after an
    /// adjectival figure, then (in its clause) the verb of what it is built to make (product34).</summary>
    private static readonly Regex SizedPlantProductAfterRegex = new(
        @"^(?:\s+(?!(?:at|to|of|in|from|for|into|its|the|a|an|their|this|that)\b)[\p{L}-]+){0,3}?\s+(?:plant|refinery|facility|line|hub|separator|smelter|circuit|mill)\b[^,;.]{0,50}?\bto\s+(?:produce|make|manufacture|(?:turn|convert)\s+[^,;.]{0,40}?\binto)\s+(?:(?:its|the|separated|refined|finished|high[- ]purity)\s+)*",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"to turn/convert ... into": the feed named between is no product of the plant.</summary>
    private static readonly Regex TurnedIntoRegex = new(@"\b(?:turn|convert)\s", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"the " right before a mention: a definite reference.</summary>
    private static readonly Regex DefiniteBeforeRegex = new(@"\b(?i:the)\s+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "a stockpile of monazite and xenotime concentrate", "20,000 tonnes a year of bastnaesite and monazite concentrate": two
    /// minerals joined before one "concentrate" are a mixed mineral concentrate, not the first mineral named (period33, dev8 J01).
    /// Two concentrates each with its own figure stay apart.
    /// </summary>
    private bool JoinedMineralsConcentrate(Sentence sentence, MaterialMention? mention, IReadOnlyList<MaterialMention> materials)
    {
        if (mention?.ProductId is not { } id || !index.Products.TryGetValue(id, out var entry) || entry.Form != "mineral"
            || !index.Products.ContainsKey(MixedMineralConcentrate)
            || mention.Start < sentence.Start || mention.End > sentence.Start + sentence.Text.Length)
        {
            return false;
        }

        foreach (var other in materials)
        {
            if (other == mention || other.Start < sentence.Start || other.End > sentence.Start + sentence.Text.Length
                || other.ProductId is not { } otherId || otherId == id
                || !index.Products.TryGetValue(otherId, out var otherEntry) || otherEntry.Form != "mineral")
            {
                continue;
            }

            var (left, right) = other.Start > mention.Start ? (mention, other) : (other, mention);
            if (right.Start < left.End || !JoinedMineralsRegex.IsMatch(sentence.Text.AsSpan(left.End - sentence.Start, right.Start - left.End)))
            {
                continue;
            }

            var rightText = sentence.Text.AsSpan(right.Start - sentence.Start, right.Length);
            if (rightText.EndsWith("concentrate", StringComparison.OrdinalIgnoreCase) || rightText.EndsWith("concentrates", StringComparison.OrdinalIgnoreCase)
                || ConcentrateAfterRegex.IsMatch(sentence.Text.AsSpan(right.End - sentence.Start)))
            {
                return true;
            }
        }

        return false;
    }

    private const string MixedMineralConcentrate = "rare-earth-concentrate";
    /// <summary>
    /// "output of heavy rare earths (dysprosium and terbium oxides)", "sales of rare earths (mainly NdPr oxide)": a group term
    /// whose bracket right after it names a product in a form restates the group as that product (period33). Null when the
    /// bracket names no product, only elements or another group term ("rare earths (REEs)").
    /// </summary>
    private Material? BracketedFormOfGroup(Sentence sentence, MaterialMention? mention, IReadOnlyList<MaterialMention> materials)
    {
        if (mention?.ProductId is not { } id || !index.Products.TryGetValue(id, out var entry) || entry.Form != "group term"
            || mention.End > sentence.Start + sentence.Text.Length)
        {
            return null;
        }

        var after = sentence.Text.AsSpan(mention.End - sentence.Start);
        var open = BracketOpenAfterRegex.Match(sentence.Text, mention.End - sentence.Start);
        if (!open.Success || after.IndexOf(')') is not (var close and > 0))
        {
            return null;
        }

        var closeAt = mention.End + close;
        var inner = materials.FirstOrDefault(m => m.Start >= mention.End + open.Length && m.End <= closeAt);
        if (inner is null)
        {
            return null;
        }

        var restated = Coordinated(sentence, materials, inner, closeAt) ?? new Material(inner.ProductId, inner.ElementSymbol, inner.AttachedElements, false);
        return restated.ProductId is { } innerId && index.Products.TryGetValue(innerId, out var innerEntry) && innerEntry.Form != "group term"
            ? restated
            : null;
    }

    /// <summary>" (", " (mainly ", " (mostly ": a bracket opening right after a group term.</summary>
    private static readonly Regex BracketOpenAfterRegex = new(@"\G\s*\(\s*(?:(?:mainly|mostly|chiefly|largely|primarily|in\s+the\s+form\s+of)\s+)?", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);


    /// <summary>" and ", " & ", "/", " or ", "-" between two joined mineral names ("bastnaesite-monazite mixed concentrate", product34).</summary>
    private static readonly Regex JoinedMineralsRegex = new(@"^\s*(?:and|&|/|or|-|\u2013)\s*$", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"concentrate" right after a mineral name, also after a word of how it was made ("mixed", "flotation", "bulk").</summary>
    private static readonly Regex ConcentrateAfterRegex = new(@"^\s+(?:(?:mixed|flotation|bulk|combined|mineral)\s+)?concentrates?\b", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>" and salts", " and metals", " & compounds", " and metal inventory": another product form joined after oxides (singular
    /// too, product34; not " and metal prices/makers").</summary>
    private static readonly Regex OtherFormsJoinedAfterRegex = new(
        @"^\s*(?:,\s*)?(?:and|&)\s+(?:other\s+)?(?:salts?|metals?|compounds?|alloys?|chlorides?|carbonates?)\b(?!\s+(?:prices?|makers?|producers?|plants?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// "output of rare earth oxides and salts", "2,500 tonnes of separated oxides and metals": oxides joined with another form
    /// are rare earth products in general, not the oxide basis (product31).
    /// </summary>
    private bool OxidesAndOtherForms(Sentence sentence, MaterialMention? mention) =>
        mention is { ProductId: "reo" } && index.Products.ContainsKey(GenericRareEarths)
        && mention.Start >= sentence.Start && mention.End <= sentence.Start + sentence.Text.Length
        && (OtherFormsJoinedAfterRegex.IsMatch(sentence.Text.AsSpan(mention.End - sentence.Start))
            // "Exports of unwrought rare earths and oxides fell to 3,410 tons": the group joined before the oxides (dev9 K08; period33).
            || GroupJoinedBeforeOxidesRegex.IsMatch(sentence.Text.AsSpan(0, mention.Start - sentence.Start)));

    /// <summary>"rare earths and ", "rare earth metals & ": a group or metal words joined right before an oxides mention.</summary>
    private static readonly Regex GroupJoinedBeforeOxidesRegex = new(@"(?i)\brare[\s-]earths?(?:\s+(?:metals?|compounds?))?\s*,?\s+(?:and|&)\s+(?:their\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// "1.2 million tonnes of copper tailings", "48,000 tonnes of iron phosphate residue": another commodity's name right before a
    /// feedstock (tailings, residue) only says where the waste comes from; the figure is of the feedstock, which is reprocessed for
    /// rare earths (product31). Up to two words may stand between the commodity and the feedstock, with no comma or verb.
    /// </summary>
    private static bool ForeignQualifiesFeed(string sentence, Token foreign, int feedStart)
    {
        if (feedStart < foreign.Start + foreign.Text.Length)
        {
            return false;
        }

        var between = sentence.AsSpan(foreign.Start + foreign.Text.Length, feedStart - foreign.Start - foreign.Text.Length);
        return between.IndexOfAny(",;()") < 0 && between.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
               && !Regex.IsMatch(between.ToString(), @"\b(?:and|or|from|with|in|of|to|for)\b", RegexOptions.IgnoreCase);
    }

    private Material? MaterialAfter(Sentence sentence, List<Quantity> quantities, int q, List<Token> words, IReadOnlyList<MaterialMention> materials)
    {
        var quantity = quantities[q];
        var after = sentence.Text[quantity.End..];
        if ((OreGradeAfter(after) || ResourceCategoryAfterRegex.IsMatch(after) || HostRockAfterRegex.IsMatch(after)) && oreProduct is not null)
        {
            return new Material(oreProduct.Id, null, null, OreByGrade: true);
        }

        if (DefiniteMetalAfterRegex.Match(after) is { Success: true } definite
            && materials.LastOrDefault(m => m.End <= sentence.Start + quantity.NumberStart && m.ProductId is { } metalId
                                            && index.Products[metalId].Form.Equals(definite.Groups["form"].Value, StringComparison.OrdinalIgnoreCase)
                                            && !(m.Start >= sentence.Start && DescribesParty(sentence.Text, m.End - sentence.Start, quantity.NumberStart))) is { } metal)
        {
            // "A magnet alloy producer in Ganzhou said it bought only 15 tonnes of the alloy": a form word describing the party
            // ("magnet alloy producer") is not what "the alloy" points back to (product26); "of the chloride" after "mixed rare earth
            // chloride" is that chloride, not the carbonate feed named in between (product26).
            // "will produce 1,500 tonnes a year of NdPr metal ... signed a supply deal for 400 tonnes of the metal with a German
            // automotive supplier": "the metal" points back to the metal product the story named last ("the alloy" to the last alloy), not to
            // a material word in between ("magnet makers") (product24).
            return new Material(metal.ProductId, metal.ElementSymbol, metal.AttachedElements, false);
        }

        if (PartOfItIsAfterRegex.Match(after) is { Success: true } partIs
            && materials.FirstOrDefault(m => m.Start >= sentence.Start + quantity.End + partIs.Length && m.Start <= sentence.Start + sentence.Text.Length
                                             && TwoWordsAtMostRegex.IsMatch(sentence.Text.AsSpan(quantity.End + partIs.Length, m.Start - sentence.Start - quantity.End - partIs.Length))) is { } named)
        {
            // "About 4,400 t/y of that will be NdPr oxide", "some 900 t of it was dysprosium oxide": a part of the figure
            // before, named by what it is right after the copula.
            return new Material(named.ProductId, named.ElementSymbol, named.AttachedElements, false);
        }

        if (AllOfItForAfterRegex.Match(after) is { Success: true } allFor
            && materials.FirstOrDefault(m => m.Start == sentence.Start + quantity.End + allFor.Length) is { } allForMaterial)
        {
            // "received a mining allowance of 104,600 tonnes, all of it for light rare earths from Inner Mongolia": the aside
            // right after the figure names what it is all of (product26).
            return new Material(allForMaterial.ProductId, allForMaterial.ElementSymbol, allForMaterial.AttachedElements, false);
        }

        if (PartitiveOfTheAfterRegex.IsMatch(after)
            && AccountsForBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } accounts
            && materials.LastOrDefault(m => m.Start >= sentence.Start && m.End <= sentence.Start + accounts.Index) is { } part
            && sentence.Text.AsSpan(part.End - sentence.Start, accounts.Index - (part.End - sentence.Start)).Trim().IsEmpty)
        {
            // "with NdPr accounting for about 110 tpa of the contained oxide": what accounts for a part of a whole is the part's
            // material, not the whole's the "of the" phrase names (product26).
            return new Material(part.ProductId, part.ElementSymbol, part.AttachedElements, false);
        }

        if (OfItAfterRegex.IsMatch(after)
            && FormWordBeforeRegex.Matches(sentence.Text[..quantity.NumberStart]) is { Count: > 0 } formWords
            && materials.LastOrDefault(m => m.End <= sentence.Start + quantity.NumberStart && m.ProductId is { } formId
                                            && index.Products[formId].Form.Equals(formWords[^1].Groups["form"].Value, StringComparison.OrdinalIgnoreCase)
                                            && !(m.Start >= sentence.Start && DescribesParty(sentence.Text, m.End - sentence.Start, quantity.NumberStart))) is { } pointed)
        {
            // "Its metal is sold mainly to German magnet makers, who bought 380 tonnes of it last year": "of it" is the bare form
            // word ("its metal") the sentence opened with, which points back to the last product of that form (product26).
            return new Material(pointed.ProductId, pointed.ElementSymbol, pointed.AttachedElements, false);
        }

        // "Magnet makers in Ningbo bought roughly 300 tonnes of metal": bare "metal" with no metal product named before is
        // rare earth metal in general, not the oxide the story named last.
        if (BareMetalAfterRegex.IsMatch(after) && index.Products.ContainsKey(GenericMetalProduct)
            && !materials.Any(m => m.End <= sentence.Start + quantity.NumberStart && m.ProductId is { } metalId
                                   && index.Products[metalId].Form.Equals("metal", StringComparison.OrdinalIgnoreCase)))
        {
            return new Material(GenericMetalProduct, null, null, false);
        }

        if (SizedPlantProductAfterRegex.Match(after) is { Success: true } madePlant
            && !materials.Any(m => m.Start >= sentence.Start + quantity.End && m.Start < sentence.Start + quantity.End + madePlant.Length
                                   && !TurnedIntoRegex.IsMatch(madePlant.Value))
            && materials.FirstOrDefault(m => m.Start >= sentence.Start + quantity.End + madePlant.Length
                                             && m.Start <= sentence.Start + quantity.End + madePlant.Length + 1) is { ProductId: not null } made)
        {
            // "plans a 6,000 tpa cracking and leaching plant to produce mixed rare earth carbonate", "a 2,500 tpa refinery to turn
            // part of the carbonate into separated NdPr oxide": a plant sized before its noun is sized on what it is built to make
            // (product34), as one built to treat a feed is sized on the feed.
            return new Material(made.ProductId, made.ElementSymbol, made.AttachedElements, false);
        }

        if (SizedPlantFeedAfterRegex.Match(after) is { Success: true } sizedPlant
            && !materials.Any(m => m.Start >= sentence.Start + quantity.End && m.Start < sentence.Start + quantity.End + sizedPlant.Length)
            && materials.FirstOrDefault(m => m.Start >= sentence.Start + quantity.End + sizedPlant.Length
                                             && m.Start <= sentence.Start + quantity.End + sizedPlant.Length + 1) is { ProductId: not null } feed)
        {
            // "will build a 1,200 tpa separation plant in Louisiana to process heavy rare earth carbonate", "a 3,000-tonne-a-year
            // refinery to treat monazite concentrate": a plant sized before its noun is sized on what it is built to treat, when
            // nothing is named between the figure and the plant (product31).
            return new Material(feed.ProductId, feed.ElementSymbol, feed.AttachedElements, false);
        }

        var windowEnd = q + 1 < quantities.Count ? quantities[q + 1].Start : sentence.Text.Length;
        var count = 0;
        var first = true;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (word.Start < quantity.End)
            {
                continue;
            }

            if (first && quantity.CommaConversion && word.Text == ",")
            {
                first = false;
                continue; // "2,750 short tons, or 2,500 metric tons, of water": the closing comma of the conversion
            }

            first = false;

            if (word.Start >= windowEnd)
            {
                break;
            }

            if (JoinsParticiples(words, w))
            {
                continue; // "300 tonnes of illegally mined or smuggled rare earths", "of heavy and light oxides": the "or"/"and" joins two modifiers of one material
            }

            if (PlantFor(words, w, count))
            {
                continue; // "a 2,400-tonne-per-year line for heavy-rare-earth-free magnets": what the sized plant is for is its material (product23)
            }

            if (w + 2 < words.Count && word.Text.Equals("per", StringComparison.OrdinalIgnoreCase)
                && words[w + 1].Text.ToLowerInvariant() is "tonne" or "ton" or "t" or "kg" or "kilogram" or "unit"
                && words[w + 2].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                // "lowered dysprosium use to 0.4 kg per tonne of magnet": what follows "per tonne of" is the unit of output the
                // figure is counted against, not its material (product31).
                windowEnd = word.Start;
                break;
            }

            if (word.Text is "," or ";" or ":" || TonnageLexicon.MaterialStopWords.Contains(word.Text) || ClauseAs(words, w) || ++count > options.MaterialWindowWords)
            {
                windowEnd = word.Start;
                break;
            }
        }

        var from = sentence.Start + quantity.End;
        var to = sentence.Start + windowEnd;
        var mention = materials.FirstOrDefault(m => m.Start >= from && m.Start < to);
        if (mention is null && UnknownNounJoinedRegex.Match(sentence.Text, quantity.End, windowEnd - quantity.End) is { Success: true } joined
            && joined.Index + joined.Length == windowEnd && FeedJoinedAfterRegex.Match(sentence.Text, windowEnd, (q + 1 < quantities.Count ? quantities[q + 1].Start : sentence.Text.Length) - windowEnd) is { Success: true } feedWords
            && feedWords.Index == windowEnd
            && !joined.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(TonnageLexicon.ForeignMaterials.Contains)
            && materials.FirstOrDefault(m => m.Start - sentence.Start >= windowEnd && m.Start - sentence.Start < feedWords.Index + feedWords.Length
                                             && m.ProductId is { } fid && FeedForms.Contains(index.Products[fid].Form)) is { } joinedFeed)
        {
            // "a facility designed to take in 800 tonnes of end-of-life motors and magnet scrap a year": an "of" phrase of a noun the
            // gazetteer does not know, joined by "and"/"or" to a feed material, is a mixed feed of that material (product24).
            mention = joinedFeed;
        }
        if (mention?.ProductId is { } depositId && index.Products[depositId].Form == "deposit type"
            && materials.FirstOrDefault(m => m.Start >= mention.End && m.Start < to
                                             && sentence.Text.AsSpan(mention.End - sentence.Start, m.Start - mention.End).Trim(" -").IsEmpty) is { } head)
        {
            // "1,200 tonnes of ionic clay concentrate": the deposit type only says where the concentrate is from; but "80,000 tonnes
            // of ionic clay ore" is the deposit's ore, which the deposit type names more closely than generic ore (product31).
            mention = head.ProductId is "rare-earth-ore" ? mention : head;
        }
        var bearer = false;
        if (mention is not null && BearingAfterRegex.IsMatch(sentence.Text.AsSpan(mention.End - sentence.Start))
            && materials.FirstOrDefault(m => m.Start >= mention.End && m.Start < to) is { ProductId: { } bearerId } borne
            && (index.Products[bearerId].Basis == "ore"
                // "4.2 million tonnes of TREO-bearing apatite": an accounting basis bearing a mineral or feed only says what
                // it carries; the figure is of the mineral (product26).
                || (mention.ProductId is { } basisId && index.Products[basisId].Form == "basis")))
        {
            // "26,000 tonnes of monazite-bearing tin tailings", "xenotime-rich ore": what bears the mineral (ore, tailings, sands)
            // is the material, also when another metal's name qualifies it; a "monazite-rich concentrate" stays monazite.
            mention = borne;
            bearer = true;
        }
        else if (mention?.ProductId is { } bearingGroupId && index.Products[bearingGroupId].Form is "group term" or "basis" && oreProduct is not null
                 && BearingAfterRegex.Match(sentence.Text, mention.End - sentence.Start, sentence.Text.Length - (mention.End - sentence.Start)) is { Success: true } bearing
                 && bearing.Index == mention.End - sentence.Start
                 && words.FirstOrDefault(w => w.Start >= bearing.Index + bearing.Length && w.Text != "-") is { } borneWord
                 && sentence.Text.AsSpan(bearing.Index + bearing.Length, borneWord.Start - bearing.Index - bearing.Length).IsWhiteSpace()
                 && char.IsLetter(borneWord.Text[0]) && !TonnageLexicon.MaterialStopWords.Contains(borneWord.Text)
                 && !materials.Any(m => m.Start >= mention.End && m.Start < to))
        {
            // "20 tonnes a day of rare earth-bearing coal and clay", "REE-rich rock": rare earths borne by a rock the gazetteer
            // does not name as a material are the ore the plant is fed, not rare earths themselves; "coal" is no foreign mass
            // when it bears the rare earths (product27).
            return new Material(oreProduct.Id, null, null, OreByGrade: false);
        }
        if (mention is not null && GradeBefore(sentence.Text.AsSpan(0, mention.Start - sentence.Start))
            && materials.FirstOrDefault(m => m.Start >= mention.End && m.Start < to) is { } graded)
        {
            mention = graded; // "15,300 tonnes a year of 55% TREO concentrate": the TREO is the grade, the figure is of concentrate
        }

        var foreign = words.FindIndex(w => w.Start >= quantity.End && w.Start < windowEnd && TonnageLexicon.ForeignMaterials.Contains(w.Text));
        if (foreign >= 0 && !bearer && (mention is null || sentence.Start + words[foreign].Start < mention.Start)
            && !(mention?.ProductId is { } feedId && index.Products[feedId].Form == "feedstock"
                 && ForeignQualifiesFeed(sentence.Text, words[foreign], mention.Start - sentence.Start)))
        {
            // "40,000 tonnes of process water"; "86,400 tonnes of zircon sand" is another commodity, "of zircon tailings" is not.
            return new Material(null, null, null, OreByGrade: false, Foreign: true, Commodity: CommodityWord(sentence, words, foreign, windowEnd, materials));
        }

        // "sold 14,300 tonnes of rare earth metals": the figure's own material written with a metal product's common-word alias is
        // that product (products.csv keeps the alias for tonnage materials), not the group term the same words name elsewhere.
        if (MetalOfGroupWords(sentence, mention) is { } metalId)
        {
            mention = mention! with { ProductId = metalId };
        }

        if (OxidesAndOtherForms(sentence, mention))
        {
            return new Material(GenericRareEarths, null, null, false);
        }

        if (JoinedMineralsConcentrate(sentence, mention, materials))
        {
            return new Material(MixedMineralConcentrate, null, null, false);
        }

        if (BracketedFormOfGroup(sentence, mention, materials) is { } bracketedAfter)
        {
            return bracketedAfter;
        }

        // Joined materials may run past a list comma ("dysprosium, terbium and holmium"), not into the next figure.
        var joinLimit = sentence.Start + (q + 1 < quantities.Count ? quantities[q + 1].Start : sentence.Text.Length);
        return mention is null ? null : Coordinated(sentence, materials, mention, joinLimit) ?? new Material(mention.ProductId, mention.ElementSymbol, mention.AttachedElements, false);
    }

    /// <summary>
    /// In a sentence that shares out a quota, the material a figure is allotted to stands after "to": "126,000 tons were allocated to
    /// light rare earths and 16,000 tons to ion-adsorption heavy rare earths" (not the material of the figure before, nor the previous
    /// sentence's). Who gets the share ("to magnet makers") is no material.
    /// </summary>
    private Material? AllocatedTo(Sentence sentence, List<Quantity> quantities, int q, IReadOnlyList<MaterialMention> materials)
    {
        var sharedOut = ShareOfOpenerRegex.IsMatch(sentence.Text);
        if (!sharedOut && !AllocatesRegex.IsMatch(sentence.Text))
        {
            return null;
        }

        var quantity = quantities[q];
        var limit = q + 1 < quantities.Count ? quantities[q + 1].Start : sentence.Text.Length;
        foreach (var mention in materials)
        {
            var start = mention.Start - sentence.Start;
            if (start < quantity.End || start >= limit)
            {
                continue;
            }

            var end = Math.Min(mention.End - sentence.Start, sentence.Text.Length);
            // "Of the mining quota, 132,000 tonnes is for light rare earths": after a sharing-out opener, "for" names the share's material too.
            var between = sentence.Text.AsSpan(quantity.End, start - quantity.End);
            if (!(AllocatedToRegex.IsMatch(between) || (sharedOut && SharedForRegex.IsMatch(between)))
                || RecipientNounRegex.IsMatch(sentence.Text.AsSpan(end)))
            {
                return null;
            }

            // "to ion-adsorption heavy rare earths": a deposit type right before a material only says where it comes from.
            var head = mention;
            if (mention.ProductId is { } id && index.Products[id].Form == "deposit type"
                && materials.FirstOrDefault(m => m.Start >= mention.End && m.Start - sentence.Start < limit
                                                 && sentence.Text.AsSpan(end, m.Start - mention.End).Trim(" -").IsEmpty) is { } next)
            {
                head = next;
            }

            return new Material(head.ProductId, head.ElementSymbol, head.AttachedElements, false);
        }

        return null;
    }

    /// <summary>"to 2,100 tonnes last year as it processed more loparite": "as" before a pronoun or "the" opens a new clause,
    /// whose material is not the figure's.</summary>
    private static bool ClauseAs(List<Token> words, int w) =>
        words[w].Text is "as" && w + 1 < words.Count
        && words[w + 1].Text is "it" or "they" or "we" or "he" or "she" or "its" or "their" or "the";

    /// <summary>"50% of output", "half of its production", "all of the output": a share of the story's output before the figure.</summary>
    private static readonly Regex ShareOfOutputRegex = new(
        @"(?i)\b(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|half|a\s+third|a\s+quarter|two-thirds|all)\s+of\s+(?:(?:the|its|their|annual|planned|future|expected)\s+)*(?:output|production)\b",
        RegexOptions.CultureInvariant);

    /// <summary>" of end-of-life motors ", " of shredded hard drives ": an "of" phrase of one to three lower-case words, up to an "and"/"or" that ends the material window.</summary>
    private static readonly Regex UnknownNounJoinedRegex = new(@"\G\s+(?:a\s+year\s+)?of\s+(?<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"and magnet scrap", "or mine tailings": "and"/"or" and up to three words.</summary>
    private static readonly Regex FeedJoinedAfterRegex = new(@"\G(?:and|or)\s+(?:[\w-]+\s+){0,2}[\w-]+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Product forms that a plant is fed with: scrap, feedstock, minerals, ore, concentrate, carbonate, deposit types.</summary>
    private static readonly FrozenSet<string> FeedForms = new[] { "scrap", "feedstock", "mineral", "ore", "concentrate", "carbonate", "deposit type" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>" of feed", " a year of feedstock", " of such feed": a figure whose own noun is the bare word "feed".</summary>
    private static readonly Regex OfFeedAfterRegex = new(@"^\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?:the\s+|such\s+)?(?:feed|feedstock)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "... take in 800 tonnes of magnet scrap a year and recover 240 tonnes of mixed rare earth oxide. In its first month the plant
    /// processed 41 tonnes of feed.": a bare "feed" with no material named before it in its sentence is the feed material the one
    /// or two sentences before named last (scrap, ore, concentrate, mineral, carbonate), not their last material (the output).
    /// </summary>
    private Material? FeedNamedBefore(SentenceIndex sentences, int s, Quantity quantity, IReadOnlyList<MaterialMention> materials)
    {
        var sentence = sentences.Sentences[s];
        if (!OfFeedAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End))
            || materials.Any(m => m.Start >= sentence.Start && m.End <= sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        var from = sentences.Sentences[Math.Max(0, s - 2)].Start;
        var feed = materials.LastOrDefault(m => m.Start >= from && m.End <= sentence.Start && m.ProductId is { } id && FeedForms.Contains(index.Products[id].Form));
        return feed is null ? null : new Material(feed.ProductId, feed.ElementSymbol, feed.AttachedElements, false);
    }

    /// <summary>"2,100 tonnes of soft magnetic alloys": the figure's own "of" phrase, up to four lower-case words.</summary>
    private static readonly Regex OwnOfPhraseRegex = new(@"^\s+of\s+(?<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})", RegexOptions.CultureInvariant);

    /// <summary>Words that make an "of" phrase no other material: determiners, pronouns, measure and generic product nouns.</summary>
    private static readonly FrozenSet<string> GenericOfWords = new[]
    {
        "the", "a", "an", "its", "their", "this", "that", "these", "those", "it", "them", "which", "what", "each", "all", "both",
        "capacity", "production", "output", "feed", "feedstock", "material", "materials", "product", "products", "supply",
        "supplies", "demand", "imports", "exports", "sales", "shipments", "stock", "stocks", "inventory", "inventories",
        "annual", "new", "additional", "total", "combined", "contained", "equivalent", "finished", "separated", "refined",
        "processed", "mixed", "high-purity", "purity", "cargo", "shipment", "volume", "volumes", "reserves", "reserve",
        "resources", "resource", "consumption", "purchases", "use", "usage", "mining", "quota", "quotas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Product-form nouns that make an "of" phrase generic only as its first word ("of metals and alloys", not "of soft magnetic alloys").</summary>
    private static readonly FrozenSet<string> GenericOfFirstWords = new[]
    {
        "metal", "metals", "alloy", "alloys", "oxide", "oxides", "compounds", "mineral", "minerals",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the figure is followed by its own "of" phrase of lower-case words none of which is generic (the caller has found
    /// no known material there): "of soft magnetic alloys", not "of the oxide", "of annual capacity" or "of Lynas".
    /// </summary>
    private static bool UnknownOwnMaterial(string sentence, Quantity quantity)
    {
        var match = OwnOfPhraseRegex.Match(sentence, quantity.End, sentence.Length - quantity.End);
        if (!match.Success)
        {
            return false;
        }

        var words = match.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (GenericOfFirstWords.Contains(words[0]))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (TonnageLexicon.MaterialStopWords.Contains(word))
            {
                break;
            }

            if (GenericOfWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"for" right after a plant noun that an adjectival figure sizes ("a 5,000-tonne plant for NdPr oxide"): the material follows.</summary>
    private static bool PlantFor(List<Token> words, int w, int count) =>
        words[w].Text.Equals("for", StringComparison.OrdinalIgnoreCase) && count is >= 1 and <= 2 && w > 0
        && TonnageLexicon.AdjectivalHeads.TryGetValue(words[w - 1].Text, out var head) && head == Measures.Capacity;

    /// <summary>"mined or smuggled", "processed and unprocessed": and/or between two participles joins modifiers, not materials.</summary>
    private static bool JoinsParticiples(List<Token> words, int w) =>
        words[w].Text is "and" or "or" && w > 0 && w + 1 < words.Count
        && ((IsParticiple(words[w - 1].Text) && IsParticiple(words[w + 1].Text))
            || (TonnageLexicon.GroupAdjectives.Contains(words[w - 1].Text) && TonnageLexicon.GroupAdjectives.Contains(words[w + 1].Text)));

    private static bool IsParticiple(string word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]);

    /// <summary>
    /// "1,200 tonnes of dysprosium and terbium oxide", "Dy/Tb": materials joined by and/or/commas/slashes right after the first
    /// one all belong to the figure; the fact keeps the first one's product and carries every element ("Dy|Tb"). Null when
    /// nothing is joined to <paramref name="first"/> or a joined material names no element.
    /// </summary>
    private Material? Coordinated(Sentence sentence, IReadOnlyList<MaterialMention> materials, MaterialMention first, int to)
    {
        if ((first.ElementSymbol ?? first.AttachedElements) is not { } firstSymbols)
        {
            return null;
        }

        var symbols = new List<string>(firstSymbols.Split(Gazetteer.MultiValueSeparator));
        var names = new List<string> { MentionName(first) };
        var products = new List<string?> { first.ProductId };
        var last = first;
        foreach (var next in materials)
        {
            if (next == first)
            {
                continue;
            }

            if (next.Start == first.Start && next.Length == first.Length && next.ElementSymbol is { } same)
            {
                symbols.Add(same); // "Dy/Tb": one written span, several symbols
                names.Add(MentionName(next));
                products.Add(next.ProductId);
                continue;
            }

            if (next.Start < last.End)
            {
                continue;
            }

            if (next.Start >= to || (next.ElementSymbol ?? next.AttachedElements) is not { } more
                || !MaterialCoordinatorRegex.IsMatch(sentence.Text[(last.End - sentence.Start)..(next.Start - sentence.Start)]))
            {
                break;
            }

            symbols.AddRange(more.Split(Gazetteer.MultiValueSeparator));
            names.Add(MentionName(next));
            products.Add(next.ProductId);
            last = next;
        }

        if (names.Count == 1)
        {
            return null;
        }

        var name = names.Count == 2 ? $"{names[0]} and {names[1]}" : string.Join(", ", names[..^1]) + " and " + names[^1];
        var joined = string.Join(Gazetteer.MultiValueSeparator, symbols.Distinct(StringComparer.Ordinal));

        // "750 tonnes of dysprosium and terbium oxides": heavy rare earth elements joined before an oxide are heavy rare earth
        // oxides (HREO), not the oxide of the last one.
        var distinct = symbols.Distinct(StringComparer.Ordinal).ToList();
        if (first.ProductId is null && last.ProductId is { } lastProduct && index.Products.TryGetValue(lastProduct, out var lastEntry)
            && lastEntry.Form == "oxide" && heavyOxide is not null && distinct.Count > 1
            && symbols.TrueForAll(heavyOxide.ElementSymbols.Contains))
        {
            return new Material(heavyOxide.Id, joined, first.AttachedElements, false, CoordinatedName: name);
        }

        // "Terbium oxide and dysprosium oxide together made up 1,150 tonnes": heavy elements' own oxides joined are heavy rare earth
        // oxides too, as "dysprosium and terbium oxides" are (product31).
        if (heavyOxide is not null && distinct.Count > 1 && symbols.TrueForAll(heavyOxide.ElementSymbols.Contains)
            && products.TrueForAll(id => id is not null && index.Products.TryGetValue(id, out var own) && own.Form == "oxide"))
        {
            return new Material(heavyOxide.Id, joined, first.AttachedElements, false, CoordinatedName: name);
        }

        // "1,200 tonnes of neodymium and praseodymium oxides": the two magnet light rare earths joined before an oxide are NdPr
        // oxide, the traded mixed oxide (product29).
        if (first.ProductId is null && last.ProductId is { } lastOxide && index.Products.TryGetValue(lastOxide, out var lastOxideEntry)
            && lastOxideEntry.Form == "oxide" && ndprOxide is not null && distinct.Count == 2
            && distinct.TrueForAll(ndprOxide.ElementSymbols.Contains))
        {
            return new Material(ndprOxide.Id, joined, first.AttachedElements, false, CoordinatedName: name);
        }

        // "Japan consumed around 4,300 tonnes of neodymium and praseodymium": the two magnet light rare earths joined with no form
        // named are NdPr, read as NdPr oxide like bare "NdPr" (product31).
        if (first.ProductId is null && last.ProductId is null && ndprOxide is not null && distinct.Count == 2
            && distinct.TrueForAll(ndprOxide.ElementSymbols.Contains))
        {
            return new Material(ndprOxide.Id, joined, first.AttachedElements, false, CoordinatedName: name);
        }

        // "80 tonnes a year of dysprosium and terbium", "less than 100 tonnes of dysprosium and terbium compounds": heavy rare
        // earth elements joined with no oxide named are the heavy rare earths group, not the first element (product29).
        if (first.ProductId is null && heavyGroup is not null && distinct.Count > 1 && symbols.TrueForAll(heavyGroup.ElementSymbols.Contains)
            && (last.ProductId is null || index.Products.TryGetValue(last.ProductId, out var lastGroupEntry) && lastGroupEntry.Form is not ("oxide" or "metal" or "alloy")))
        {
            return new Material(heavyGroup.Id, joined, first.AttachedElements, false, CoordinatedName: name);
        }

        // "capacity of 1,000 tpa of NdPr metal and NdFeB alloy": a metal and an alloy joined are rare earth metals and alloys, the
        // metal product (as "rare earth metals and alloys" is, product31; dev8 J15; period32).
        var forms = products.Select(id => id is not null && index.Products.TryGetValue(id, out var joinedEntry) ? joinedEntry.Form : null).ToList();
        if (forms.Contains("metal") && forms.Contains("alloy") && forms.TrueForAll(f => f is "metal" or "alloy") && index.Products.ContainsKey(GenericMetalProduct))
        {
            return new Material(GenericMetalProduct, joined, first.AttachedElements, false, CoordinatedName: name);
        }

        return new Material(first.ProductId, joined, first.AttachedElements, false, CoordinatedName: name);
    }

    private string MentionName(MaterialMention mention) =>
        mention.ProductId is { } id && index.Products.TryGetValue(id, out var product) ? product.Name
        : mention.ElementSymbol is { } symbol && index.Elements.TryGetValue(symbol, out var element) ? element.Name
        : mention.ElementSymbol ?? string.Empty;

    private const string GenericRareEarths = "rare-earths";

    /// <summary>" a year of the two ", " of these ", " of both ": a counted or pointing determiner right before the figure's material.</summary>
    private static readonly Regex PointingCountAfterRegex = new(@"^\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?i:(?:the|these|those)\s+(?:two|three|four|five)|these|those|both)\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"Data are in metric tons of REO equivalent", "All figures are expressed in tonnes of TREO": a unit note.</summary>
    private static readonly Regex UnitNoteRegex = new(
        @"^\s*(?:(?:all|the)\s+)?(?:data|figures|numbers|quantities|amounts|tonnages)\s+(?:are|is)\s+(?:(?:given|expressed|stated|reported|shown)\s+)?in\s+(?:metric\s+)?(?:tons|tonnes)\s+of\s",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The basis a unit note sentence with no figure of its own names; null when sentence s is no such note.</summary>
    private Material? UnitNoteMaterial(SentenceIndex sentences, int s, IReadOnlyList<MaterialMention> materials)
    {
        if (s >= sentences.Sentences.Count || sentences.Sentences[s] is not { } note || !UnitNoteRegex.IsMatch(note.Text)
            || note.Text.Any(char.IsDigit))
        {
            return null;
        }

        return materials.FirstOrDefault(m => m.Start >= note.Start && m.End <= note.End && m.ProductId is { } id && index.Products[id].Form == "basis") is { } mention
            ? new Material(mention.ProductId, mention.ElementSymbol, mention.AttachedElements, false)
            : null;
    }

    /// <summary>
    /// The sentences strictly between <paramref name="from"/> and <paramref name="to"/> name no material, and all but one of them
    /// are questions (an interviewer's or analyst's turn in a transcript or a Q&amp;A).
    /// </summary>
    private bool QuestionsBetween(SentenceIndex sentences, int from, int to, IReadOnlyList<MaterialMention> materials)
    {
        var statements = 0;
        for (var k = from + 1; k < to; k++)
        {
            var between = sentences.Sentences[k];
            if (LastMaterialIn(between, materials) is not null)
            {
                return false;
            }

            if (!between.Text.TrimEnd().EndsWith('?'))
            {
                statements++;
            }
        }

        return statements <= 1 && to - from > 2;
    }

    private Material? LastMaterialIn(Sentence sentence, IReadOnlyList<MaterialMention> materials)
    {
        // "The metal will be sold to European magnet makers.": a material word describing a party is not carried (product24).
        // "The material grades above 50 per cent TREO ... Kestrel expects to ship a further 9,000 tonnes of the material": a basis
        // written as a grade ("50 per cent TREO", "2,400 ppm TREO") is no material a later figure takes (product26).
        var inSentence = materials.Where(m => m.Start >= sentence.Start && m.End <= sentence.End
                                              && !DescribesParty(sentence.Text, m.End - sentence.Start, sentence.Text.Length)
                                              && !GradeWordBefore(sentence.Text.AsSpan(0, m.Start - sentence.Start))).ToList();
        if (inSentence.Count == 0)
        {
            return null;
        }

        // "... is rich in dysprosium and terbium. ... reserves at 21 million tonnes": the last of materials listed together is
        // no more the thread's material than the others, so none is carried.
        var mention = inSentence[^1];
        if (inSentence.Count > 1 && CoordinatedMaterialsRegex.IsMatch(sentence.Text.AsSpan(inSentence[^2].End - sentence.Start, mention.Start - inSentence[^2].End)))
        {
            return null;
        }

        // "Japan's imports of rare earth metals and alloys rose 22% ... Imports totalled 1,840 tonnes": the metal product, as when
        // the words stand in the figure's own sentence (product31; dev8 J32; period32).
        return MetalOfGroupWords(sentence, mention) is { } metalId
            ? new Material(metalId, mention.ElementSymbol, mention.AttachedElements, false)
            : new Material(mention.ProductId, mention.ElementSymbol, mention.AttachedElements, false);
    }

    /// <summary>Text between two materials of one list: ", ", " and ", ", and ", " or ", " & ".</summary>
    private static readonly Regex CoordinatedMaterialsRegex = new(@"^\s*(?:,\s*)?(?:(?:and|or|&)\s+)?$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <param name="clauseStart">Offset (in the sentence) after the previous figure: a measure noun's material counts only after it.</param>
    private Material? MaterialBefore(Sentence sentence, Quantity quantity, int clauseStart, IReadOnlyList<MaterialMention> materials)
    {
        var start = sentence.Start;
        var end = sentence.Start + quantity.NumberStart;
        // "Imports of mixed rare earth carbonate from the country, the main feed for heavy rare earth separators, totalled
        // 14,200 tonnes": the material a measure noun names ("imports of X") beats a later one in an aside.
        // "the volumes would feed its magnet supply chain and cover a third of its needs of about 3,500 tonnes a year": a material
        // word that only describes who makes or buys ("magnet makers", "magnet supply chain") is no material of the figure (product24).
        // "allowance of 104,600 tonnes, all of it for light rare earths ..., while X was allotted 43,400 tonnes": the aside of the
        // figure before names that figure's material, not this one's (product26).
        var asideEnd = clauseStart > 0 && AllOfItForAfterRegex.Match(sentence.Text[clauseStart..]) is { Success: true } aside ? start + clauseStart + aside.Length : -1;
        var measured = materials.FirstOrDefault(m => m.Start >= start + clauseStart && m.End <= end && MeasureNounOfBefore(sentence.Text.AsSpan(0, m.Start - start)));
        if (MetalOfGroupWords(sentence, measured) is { } measuredMetal)
        {
            // "Sales of rare earth metals reached 21,400 tonnes": a measure noun's metal words are the metal product, as they are
            // after the figure ("sold 21,400 tonnes of rare earth metals") (product31).
            return new Material(measuredMetal, measured!.ElementSymbol, measured.AttachedElements, false);
        }

        var mention = measured
                      ?? materials.LastOrDefault(m => m.Start >= start && m.End <= end && m.Start != asideEnd && !DescribesParty(sentence.Text, m.End - start, quantity.NumberStart)
                                                      // "Imports from Laos, a smaller but growing source of ionic clay feed, rose to 1,870 tonnes": what
                                                      // a party or place is a source of describes it, not the figure (dev10 L22, product34).
                                                      && !SourceOfBeforeRegex.IsMatch(sentence.Text.AsSpan(0, m.Start - start)));
        mention = mention is null ? null : WholeOfListedPart(sentence, mention, end, materials) ?? mention;
        if (mention is null)
        {
            return null;
        }

        if (MetalOfGroupWords(sentence, mention) is { } rowMetal && TableRowLabel(sentence, mention, quantity))
        {
            // "Rare earth metals | 6,420 t | 6,080 t": a table row's label names the cells' material as the figure's own noun would
            // (dev9 K05; period33).
            return new Material(rowMetal, mention.ElementSymbol, mention.AttachedElements, false);
        }

        if (OxidesAndOtherForms(sentence, mention))
        {
            return new Material(GenericRareEarths, null, null, false); // "lifted output of rare earth oxides and salts to 121,600 tonnes"
        }

        if (JoinedMineralsConcentrate(sentence, mention, materials))
        {
            return new Material(MixedMineralConcentrate, null, null, false); // "a stockpile of monazite and xenotime concentrate, put at 1.1 Mt"
        }

        if (BracketedFormOfGroup(sentence, mention, materials) is { } bracketed)
        {
            return bracketed; // "output of heavy rare earths (dysprosium and terbium oxides) reached 18 tonnes"
        }

        if (mention is { ProductId: null, ElementSymbol: { } symbol } && DefiniteBeforeRegex.IsMatch(sentence.Text.AsSpan(0, mention.Start - start))
            && materials.LastOrDefault(m => m.End <= start && m.ProductId is { } earlierId && index.Products.TryGetValue(earlierId, out var earlier)
                                            && earlier.ElementSymbols.Count == 1 && earlier.ElementSymbols[0] == symbol) is { } named)
        {
            // "failed to pay for ... 2,200 pounds of terbium metal ... Arnold said that the terbium was off-specification and that it
            // had returned 800 kg": "the terbium" points back to the terbium product the story named, not to the bare element (product31).
            return new Material(named.ProductId, named.ElementSymbol, named.AttachedElements, false);
        }

        // "demand for dysprosium and terbium oxides combined is projected at 3,900 tonnes": materials joined before the figure
        // are one material, as they are after it ("3,900 tonnes of dysprosium and terbium oxides"), not the last of them (product29).
        var listFirst = mention;
        foreach (var earlier in materials.Where(m => m.Start >= start && m.End <= listFirst.Start).Reverse())
        {
            if (!MaterialCoordinatorRegex.IsMatch(sentence.Text.AsSpan(earlier.End - start, listFirst.Start - earlier.End)))
            {
                break;
            }

            listFirst = earlier;
        }

        return (listFirst != mention ? Coordinated(sentence, materials, listFirst, mention.End) : null)
               ?? new Material(mention.ProductId, mention.ElementSymbol, mention.AttachedElements, false);
    }

    /// <summary>
    /// "Total rare earth exports, including oxides, metals and compounds, reached 5,893 tonnes": a material listed in an aside
    /// ("including", "such as", "which include") that closes before the figure is a part of the material named before the
    /// aside, and the figure is a mass of that whole; null when the mention is in no such aside or nothing is named before it.
    /// </summary>
    private static MaterialMention? WholeOfListedPart(Sentence sentence, MaterialMention part, int figureStart, IReadOnlyList<MaterialMention> materials)
    {
        var cue = InclusionAsideRegex.Match(sentence.Text, 0, part.Start - sentence.Start);
        if (!cue.Success || part.End > figureStart || sentence.Text.AsSpan(part.End - sentence.Start, figureStart - part.End).IndexOf(',') < 0)
        {
            return null;
        }

        var cueStart = sentence.Start + cue.Index;
        return materials.LastOrDefault(m => m.Start >= sentence.Start && m.End <= cueStart);
    }

    /// <summary>An aside that lists parts, open up to the end of the text: ", including ", ", which include ", "(such as ", ", chiefly "
    /// ("1,120 tonnes of heavy rare earth oxides, chiefly dysprosium and terbium, ...", product23).</summary>
    private static readonly Regex InclusionAsideRegex = new(
        @"[,(]\s*(?i:including|such\s+as|comprising|which\s+(?:include|includes|included|comprise|comprises)|chiefly|mainly|mostly|largely|principally|primarily|notably|especially|particularly)\s+[^;:()\d]*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "Rio Tinto's copper output rose to 180,000 tonnes", "iron ore exports of 250 million tonnes", "production of graphite
    /// reached 20,000 tonnes": another commodity heading the measure before a figure (in its clause, with no rare-earth
    /// material between them) makes the figure a mass of that commodity, not of rare-earth material.
    /// </summary>
    private static Material? OtherCommodityBefore(Sentence sentence, Quantity quantity, int clauseStart, List<Token> words, IReadOnlyList<MaterialMention> materials)
    {
        for (var w = 0; w < words.Count && words[w].Start < quantity.NumberStart; w++)
        {
            if (words[w].Start < clauseStart || !TonnageLexicon.ForeignMaterials.Contains(words[w].Text))
            {
                continue;
            }

            var next = w + 1 < words.Count && TonnageLexicon.CommodityHeadWords.Contains(words[w + 1].Text) ? w + 2 : w + 1;
            var headsMeasure = next < words.Count && words[next].Start < quantity.NumberStart && TonnageLexicon.MeasureCues.ContainsKey(words[next].Text);
            var afterMeasureOf = w >= 2 && words[w - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && TonnageLexicon.MeasureCues.ContainsKey(words[w - 2].Text);
            // "Production of zircon reached 18,000 tonnes and ilmenite 65,000 tonnes": a commodity written right before the figure
            // (a gapped clause or a table-like list) names what the figure is of (product24).
            var rightBefore = next >= words.Count || words[next].Start >= quantity.NumberStart;
            // "Chile, the world's second-largest lithium producer with 49,000 tonnes of output": the producer of another commodity
            // is sized by its own output (product27).
            var producerWith = next + 1 < words.Count && words[next].Start < quantity.NumberStart
                && words[next].Text.ToLowerInvariant() is "producer" or "producers" or "miner" or "miners"
                && words[next + 1].Text.Equals("with", StringComparison.OrdinalIgnoreCase);
            var from = sentence.Start + words[w].Start;
            // "produced from Bayan Obo iron ore, of which Baotou Steel mined some 16 million tonnes": "of which" right after the
            // commodity points back to it, so the figure in that relative clause is a mass of the commodity (measure32).
            if (next + 2 < words.Count && words[next].Text == "," && words[next + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
                && words[next + 2].Text.Equals("which", StringComparison.OrdinalIgnoreCase) && words[next + 2].Start < quantity.NumberStart
                && !materials.Any(m => m.Start >= sentence.Start + words[next].Start && m.End <= sentence.Start + quantity.NumberStart)
                && !ClauseBreakRegex.IsMatch(sentence.Text.AsSpan(words[next + 2].Start, quantity.NumberStart - words[next + 2].Start)))
            {
                return new Material(null, null, null, OreByGrade: false, Foreign: true, Commodity: CommodityWord(sentence, words, w, quantity.NumberStart, materials));
            }

            if ((headsMeasure || afterMeasureOf || rightBefore || producerWith)
                && !materials.Any(m => m.Start >= from && m.End <= sentence.Start + quantity.NumberStart)
                && !ClauseBreakRegex.IsMatch(sentence.Text.AsSpan(words[w].Start, quantity.NumberStart - words[w].Start)))
            {
                return new Material(null, null, null, OreByGrade: false, Foreign: true, Commodity: CommodityWord(sentence, words, w, quantity.NumberStart, materials));
            }
        }

        return null;
    }

    /// <summary>
    /// Whether word <paramref name="w"/> names another traded commodity that is the material itself, not a qualifier of a waste
    /// body rare earths are recovered from ("zircon tailings", "copper slag"), up to <paramref name="end"/>. A commodity joined
    /// to a rare-earth material ("tin and rare earth concentrate", "niobium/REE concentrate") is a mixed product, not another
    /// commodity.
    /// </summary>
    private static bool CommodityWord(Sentence sentence, List<Token> words, int w, int end, IReadOnlyList<MaterialMention> materials)
    {
        if (!TonnageLexicon.OtherCommodities.Contains(words[w].Text)
            || words.Skip(w + 1).TakeWhile(t => t.Start < end).Take(3).Any(t => TonnageLexicon.WasteBodies.Contains(t.Text)))
        {
            return false;
        }

        var after = sentence.Start + words[w].Start + words[w].Text.Length;
        return !materials.Any(m => m.Start >= after && m.Start - after <= 6
                                   && MixedJoinRegex.IsMatch(sentence.Text.AsSpan(after - sentence.Start, m.Start - after))
                                   && !TonnageLexicon.CommodityHeadWords.Contains(sentence.Text.Substring(m.Start - sentence.Start, m.Length)));
    }

    /// <summary>
    /// "concentrate held at the Tarvik yard totalled ", "oxide held in bonded warehouses stood at about ": a material noun, "held
    /// at/in/on" a place, then a verb of amounting, right before the figure.
    /// </summary>
    private static readonly Regex HeldStockBeforeRegex = new(
        @"(?i)\b(?:concentrates?|oxides?|carbonates?|metals?|materials?|products?|ores?|tailings|stocks?|inventor(?:y|ies)|feed|sands?|magnets?|alloys?|chlorides?|hydroxides?|monazite|xenotime)\s+(?:held|stored|kept)\s+(?:at|in|on)\s+[^,;:.]{1,60}?\s+(?:totall?ed|totals|amounted\s+to|stood\s+at|came\s+to|was|were)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated)\s+)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"you did [about] N": lower-case "did" after a word (not a question's opening "Did"), right before the figure.</summary>
    private static bool DidFigure(List<Token> words, int firstWord)
    {
        var k = firstWord - 1;
        while (k >= 0 && words[k].Text.ToLowerInvariant() is "about" or "around" or "roughly" or "some" or "nearly" or "almost" or "just" or "over" or "under" or "approximately")
        {
            k--;
        }

        return k >= 1 && words[k].Text == "did" && char.IsLetter(words[k - 1].Text[0])
               && words[k - 1].Text.ToLowerInvariant() is not ("what" or "how" or "why" or "where" or "when" or "which");
    }

    /// <summary>"scaling up to ", "ramped up to ", "scale up to about ": a verb of growing to a level before the figure.</summary>
    /// <summary>The words between a plant's size and a later figure: "and we expect roughly", ", and the company expects about".</summary>
    private static readonly Regex ExpectsAfterSizeRegex = new(
        @"^[^.;]*?\b(?:and|but|while)\s+(?:(?:we|it|they|management|the\s+(?:company|group|firm|plant|line))\s+)?(?:now\s+)?(?:expects?|anticipates?|forecasts?|sees?|projects?|estimates?)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|an\s+estimated|output\s+of|production\s+of)\s+)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"hand over", "handed over", "turned over", "passed over" right before the figure (hedges between).</summary>
    private static readonly Regex HandedOverRegex = new(
        @"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|pass|passes|passed|passing)\s+over\s+(?:(?:about|around|roughly|some|approximately|nearly|almost|an\s+estimated)\s+)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The hedge after "hand over" ("hand over about 2,000 tonnes").</summary>
    private static readonly Regex HandedOverHedgeRegex = new(
        @"\bover\s+(?<q>about|around|roughly|some|approximately|nearly|almost|an\s+estimated)\s+$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Right after an adjectival figure, a yearly word ("-ton annual NdPr rate", "-tonne yearly capacity").</summary>
    private static readonly Regex AnnualRightAfterRegex = new(
        @"^\s*(?:annual|yearly|annuali[sz]ed|per[\s-]year|a[\s-]year)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex RampedUpToRegex = new(
        @"\b(?:scal|ramp)(?:e|es|ed|ing|s|ped|ping)?\s+up\s+to\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"scale(s/d/ing) up to [hedge] N": word <paramref name="firstWord"/> is the figure's first word.</summary>
    private static bool ScaledUpTo(List<Token> words, int firstWord)
    {
        var k = firstWord - 1;
        while (k >= 0 && TonnageLexicon.PlantSizeHedges.Contains(words[k].Text) && words[k].Text.ToLowerInvariant() is not ("up" or "to"))
        {
            k--;
        }

        return k >= 2 && words[k].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && words[k - 1].Text.Equals("up", StringComparison.OrdinalIgnoreCase)
               && words[k - 2].Text.ToLowerInvariant() is "scale" or "scales" or "scaled" or "scaling";
    }

    /// <summary>What joins a commodity to a rare-earth material in a mixed product: " and ", " or ", "/", "-", ", ".</summary>
    private static readonly Regex MixedJoinRegex = new(@"^\s*(?:and|or|/|-|&|,)\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A grade written right before a material: "50 per cent ", "2.1% ", "2,400 ppm ", "3pc ".</summary>
    private static bool GradeWordBefore(ReadOnlySpan<char> text) =>
        GradeBefore(text) || GradeUnitBeforeRegex.IsMatch(text.TrimEnd().ToString());

    private static readonly Regex GradeUnitBeforeRegex = new(@"\d\s*(?:ppm|pc|g/t)$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>Whether the text ends with a percentage ("55% ", "55 per cent ").</summary>
    private static bool GradeBefore(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith("%") || trimmed.EndsWith("per cent", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("percent", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the text ends with a measure cue and "of" ("Imports of ", "output of the ").</summary>
    private static bool MeasureNounOfBefore(ReadOnlySpan<char> text)
    {
        var match = MeasureNounOfRegex.Match(text.ToString());
        return match.Success && TonnageLexicon.MeasureCues.ContainsKey(match.Groups["noun"].Value);
    }

    private static readonly Regex MeasureNounOfRegex = new(@"(?<noun>\p{L}+)\s+of\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// "3 tonnes of dysprosium oxide and 1 tonne of terbium oxide in 2026, rising to 48 tonnes and 14 tonnes a year": a
    /// pair of bare figures compared with a pair of figures of two materials takes those materials in order.
    /// </summary>
    private static void RespectiveMaterials(Sentence sentence, List<Quantity> quantities, Material?[] own, Material?[] materials)
    {
        for (var q = 2; q + 1 < quantities.Count; q++)
        {
            var between = sentence.Text.AsSpan(quantities[q - 1].End, quantities[q].Start - quantities[q - 1].End);
            if (own[q] is null && own[q + 1] is null && own[q - 2] is { } first && own[q - 1] is { } second
                && first.ProductId != second.ProductId
                && Coordinated(sentence, quantities[q], quantities[q + 1]) && (q + 2 >= quantities.Count || !Coordinated(sentence, quantities[q + 1], quantities[q + 2]))
                && Regex.IsMatch(sentence.Text[quantities[q - 2].End..quantities[q - 1].Start], @"^\s*(?:of\s+[^,;]*?)?\s+(?i:and)\s+$")
                && (RisingToRegex.IsMatch(between) || ComparedMaterialRegex.IsMatch(between)))
            {
                materials[q] = first;
                materials[q + 1] = second;
            }
        }
    }

    /// <summary>" of Myanmar material", " of Laotian feed", " of Chinese-origin feedstock": a mass named only by its origin (product34).</summary>
    private static readonly Regex OriginOnlyMaterialAfterRegex = new(
        @"\G\s+of\s+(?:(?:raw|unprocessed|imported)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:[- ]origin)?\s+(?:material|materials|feed|feedstock|supply|product|products|cargo|cargoes)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"240,000 metric tons and 230,000 metric tons of REO": the first shares the material of the second.</summary>
    private static bool Coordinated(Sentence sentence, Quantity left, Quantity right) =>
        Regex.IsMatch(sentence.Text[left.End..right.Start], @"^\s*(?:,|(?i:and|or)|,\s*(?i:and|or))\s*$");

    /// <summary>" and smelting and separation at ": a second item set "at" a figure, with no verb of its own.</summary>
    private static readonly Regex ParallelAtRegex = new(@"^\s*(?:,\s*)?and\s+(?:[a-z-]+\s+){1,4}at\s+(?:(?:about|around|some|roughly|nearly)\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>", and with Siemens Gamesa for up to ", " and to Kia for ": a second party's volume "for" a figure, with no verb of its own.</summary>
    private static readonly Regex ParallelPartyForRegex = new(@"^\s*(?:,\s*)?and\s+(?:with|to|from)\s+[^,;.\d]{1,60}?\s+for\s+(?:(?:up\s+to|about|around|some|roughly|nearly|as\s+much\s+as|a\s+further|another)\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"with Hyundai for ", "to Kia for up to ": "for" right before a figure.</summary>
    private static readonly Regex ForBeforeFigureRegex = new(@"\bfor\s+(?:(?:up\s+to|about|around|some|roughly|nearly|as\s+much\s+as)\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"putting mining at ", "set the cap at about ": "at" right before a figure.</summary>
    private static readonly Regex AtBeforeFigureRegex = new(@"\bat\s+(?:(?:about|around|some|roughly|nearly)\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// "setting the mining quota at 142,000 tonnes and the smelting and separation quota at 134,000 tonnes of rare earth oxide": two
    /// limits or capacities set side by side share the material written after the second (product27).
    /// </summary>
    private static readonly Regex ParallelLimitRegex = new(
        @"^\s*(?:,\s*)?and\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,4}(?:quota|allocation|allowance|capacity|ceiling|cap|limit|target)s?\s+(?:at|of|to)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private TonnageFact BuildFact(
        Sentence sentence,
        SentenceIndex sentences,
        List<Quantity> quantities,
        int q,
        List<Token> words,
        Material? material,
        List<(int Start, int End)> names,
        SubjectContext context,
        Sentence? previousSentence,
        TonnageFact? previousFact,
        TonnageFact? previousInSentence,
        ref string? reportWindow,
        string? lastWindow,
        out string ownMeasure)
    {
        var quantity = quantities[q];
        var segmentStart = q > 0 ? quantities[q - 1].End : 0;
        var segmentEnd = q + 1 < quantities.Count ? quantities[q + 1].Start : sentence.Text.Length;
        var segment = sentence.Text[segmentStart..segmentEnd];

        var product = material?.ProductId is { } productId ? index.Products[productId] : null;
        var periodSegment = PeriodSegment(sentence.Text, segmentStart, segmentEnd, quantity, q + 1 < quantities.Count);
        var ownClause = OwnClause(periodSegment, periodSegment.LastIndexOf(sentence.Text[quantity.Start..quantity.End], StringComparison.Ordinal), quantity.End - quantity.Start);
        var ownPeriod = OwnClausePeriod(quantity, ownClause);
        var explicitPeriod = ownPeriod;
        if (explicitPeriod is null && ownClause is { } compared && SameWindowRegex.IsMatch(compared.Tail) && previousInSentence is not null
            && WindowPeriods.Contains(previousInSentence.Period) && previousInSentence.Period != Periods.PerYear)
        {
            // "Exports in January-October reached 71.5t, down from 93t in the same period last year": the window of the
            // figure it is compared with, a year apart, not "last year" (§53).
            explicitPeriod = previousInSentence.Period;
        }

        explicitPeriod ??= ExplicitPeriod(quantity, periodSegment);
        if (quantity.CellWindow is not null)
        {
            explicitPeriod = Periods.Year; // "NdPr oxide supply (t): 2025 68,000; 2026E 74,500": each cell is its year's
        }

        var tableColumn = TableColumnHeader(sentences, sentence, quantity);
        if (explicitPeriod is null && tableColumn is { Period: { } columnPeriod })
        {
            // "Product | Q3 2026 | Q2 2026" above "NdPr metal | 3,150 t | 2,990 t": each cell is a fact of its column's window
            // (dev9 K05, K36 and its decision 5; period33).
            explicitPeriod = columnPeriod;
        }
        // "moved 38,000 wmt of ore to the run-of-mine pad, equal to 34,200 dmt", "8,200 wmt, or about 7,300 dmt": the same amount
        // restated in another unit or basis has the window and measure of the figure it restates (dev7 H21; period32).
        var restatedFigure = q > 0 && previousInSentence is { Period: not (Periods.None or Periods.Unknown) }
                       && (RestatedAmountBetweenRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End))
                           // "Our FY29 production forecast falls to 1,350 t (previously 2,100 t)": the older value of the same window (dev9 K20).
                           || PreviouslyBetweenRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End)))
            ? previousInSentence
            : null;
        if (restatedFigure is not null && explicitPeriod is null)
        {
            explicitPeriod = restatedFigure.Period;
        }
        if (explicitPeriod is null && q > 0 && previousInSentence?.Period == Periods.PerYear
            && FurtherAmountRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.NumberStart - quantities[q - 1].End)))
        {
            // "will process 2,000 tonnes a year of magnet scrap and separate a further 5,000 tonnes of concentrate": a further
            // amount of the same kind, at the same yearly rate (§53).
            explicitPeriod = Periods.PerYear;
        }
        if (explicitPeriod == Periods.Cumulative && ownClause is { } totalled && TotalRegex.IsMatch(totalled.Own)
            && !CumulativeRegex.IsMatch(totalled.Own) && !YearToDateRegex.IsMatch(totalled.Own)
            && previousInSentence?.Period is Periods.Month or Periods.PerQuarter or Periods.HalfYear or Periods.Year)
        {
            // "produced 38 tonnes of alloy in the September quarter, and sold 44 tonnes in total": a total over the window the
            // sentence has named, not over a whole term (§53).
            explicitPeriod = previousInSentence.Period;
        }
        if (explicitPeriod == Periods.PerYear && quantity.UnitPeriod is null && lastWindow is not null
            && SamePeriodRegex.Match(sentence.Text, quantity.End, segmentEnd - quantity.End) is { Success: true } sameAfter
            && !RateAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, sameAfter.Index - quantity.End)))
        {
            // "The facility, which can treat 25,000 tonnes a year, processed 15,200 tonnes in the period": the rate of the aside
            // before the figure is the plant's size; "in the period" after the figure names the window the story reports on.
            explicitPeriod = null;
        }
        if (explicitPeriod is null && lastWindow is not null && SamePeriodRegex.IsMatch(periodSegment))
        {
            // "X produced 21,400 tonnes in the first nine months ... and consumed 6,500 tonnes of NdPr metal in the period": the
            // window of the last figure that had one.
            explicitPeriod = lastWindow;
        }
        if (explicitPeriod is null && q > 0
            && (ComparedWithRegex.IsMatch(sentence.Text[quantities[q - 1].End..quantity.Start]) || FromBetweenRegex.IsMatch(sentence.Text[quantities[q - 1].End..quantity.Start])))
        {
            // "3,810 tonnes for the quarter, down from 4,020 tonnes a year earlier": the same window a year before; so "raised
            // its forecast for 2026 output to 2,900 tonnes from 2,400 tonnes": the same window before the change.
            var previousStart = q > 1 ? quantities[q - 2].End : 0;
            explicitPeriod = ExplicitPeriod(quantities[q - 1], sentence.Text[previousStart..quantity.Start]);
        }
        var sharedWindow = false;
        if (explicitPeriod is null && q > 0
            && (ParallelClause(sentence.Text[quantities[q - 1].End..quantity.Start]) || SharedWindowRegex.IsMatch(sentence.Text[quantities[q - 1].End..quantity.Start])))
        {
            sharedWindow = true;
            // "In the September quarter X produced 2,600 tonnes, while Y produced 1,300 tonnes": the same window; but "rising
            // to 48 tonnes and 14 tonnes a year" has a window of its own, that of the list it opens.
            var previousStart = q > 1 ? quantities[q - 2].End : 0;
            explicitPeriod = q + 1 < quantities.Count && ListJoined(sentence.Text[quantity.End..quantities[q + 1].Start])
                ? ExplicitPeriod(quantities[q + 1], PeriodSegment(sentence.Text, quantity.End, q + 2 < quantities.Count ? quantities[q + 2].Start : sentence.Text.Length, quantities[q + 1], q + 2 < quantities.Count))
                : null;
            explicitPeriod ??= ExplicitPeriod(quantities[q - 1], sentence.Text[previousStart..quantity.Start]);
            if (explicitPeriod is null && previousInSentence is not null && WindowPeriods.Contains(previousInSentence.Period))
            {
                explicitPeriod = previousInSentence.Period; // the window the previous figure took from the sentence before
            }
        }

        if (explicitPeriod is null && q > 0 && previousInSentence is not null
            && (WindowPeriods.Contains(previousInSentence.Period) || previousInSentence.Period == Periods.Cumulative)
            && FrontedWindowRegex.Match(sentence.Text) is { Success: true } fronted && fronted.Length <= quantities[0].Start
            && !FutureRegex.IsMatch(sentence.Text))
        {
            // "Since January, the operation has produced 1,020 tonnes, and the company has shipped 960 tonnes": a window
            // fronted before the sentence's first figure covers every clause of the sentence (§58).
            explicitPeriod = previousInSentence.Period;
            sharedWindow = true;
        }

        if (explicitPeriod is null && q > 0 && previousInSentence is not null && WindowPeriods.Contains(previousInSentence.Period)
            && GappedClauseRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End)))
        {
            // "Laos supplied 6,900 tonnes and Malaysia 11,400 tonnes": a gapped clause (name, figure, no verb) repeats the
            // previous clause's verb and its window.
            explicitPeriod = previousInSentence.Period;
            sharedWindow = true;
        }

        // "China Rare Earth Group, which controls most of the heavy rare earth capacity, accounted for 9,840 tonnes": a cue in a
        // relative clause set off by commas describes the name, not the figure.
        var cueNames = names;
        if (sentence.Text.Contains(',', StringComparison.Ordinal))
        {
            // "Exports of yttrium oxide, used in thermal barrier coatings for jet engines, remained at 18 tonnes": a participle
            // aside describing the material is no measure of the figure either (measure32).
            foreach (Match clause in RelativeClauseBeforeRegex.Matches(sentence.Text).Concat(ParticipleAsideRegex.Matches(sentence.Text)))
            {
                if (!quantities.Exists(other => other.Start >= clause.Index && other.Start < clause.Index + clause.Length))
                {
                    cueNames = cueNames == names ? [.. names] : cueNames;
                    cueNames.Add((clause.Index, clause.Index + clause.Length));
                }
            }
        }

        var (measure, sizesShipment) = Measure(quantity, words, explicitPeriod, cueNames);
        if (quantity.CellMeasure is { } labelMeasure)
        {
            measure = labelMeasure; // the measure a table row's label or section heading names
        }
        if (restatedFigure is { Measure: { } restatedMeasure } && material?.Foreign != true)
        {
            (measure, sizesShipment) = (restatedMeasure, false);
        }
        if (measure is Measures.Shipment or Measures.Sales or Measures.Offtake or Measures.Other && !sizesShipment && HiredSupplier(sentence, quantity, context) is not null)
        {
            measure = Measures.Offtake; // "engaged X to deliver 650 tonnes over two years": a contracted supply (§37)
        }

        if (measure == Measures.Production && MeasureShapes.RunRate(words, words.FindIndex(w => w.Start >= quantity.NumberStart)) is { } ratePeriod)
        {
            // "an annualised rate of 180 tonnes" is a yearly rate, "a monthly run rate of 500 t" a month's; a rate that names
            // no period of its own or after the figure is a yearly rate implied, not the window of the sentence.
            explicitPeriod = ratePeriod.Length > 0 ? ratePeriod
                : quantity.UnitPeriod is not null || MeasureShapes.RateAfter(words, words.FindIndex(w => w.Start >= quantity.End)) ? explicitPeriod
                : Periods.PerYearImplied;
        }
        if (q > 0 && previousInSentence?.Measure is { } comparedMeasure && comparedMeasure != measure && material?.Foreign != true
            && (ComparedMaterialRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End))
                || RisingToRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End))
                || WindowCell(sentence.Text, quantities, q)
                || (CounterpartyListRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End))
                    && !words.Exists(w => w.Start >= quantity.End && TonnageLexicon.MeasureCues.ContainsKey(w.Text) && !InsideName(w, cueNames))))
            && !words.Where((w, i) => w.Start >= quantities[q - 1].End && w.Start < quantity.Start && TonnageLexicon.MeasureCues.ContainsKey(w.Text)
                                      && !InsideName(w, cueNames) && !RecycledProduct(words, i)).Any())
        {
            // "will ship 1,500 t in 2027, up from about 300 t in 2025, and sees a path to 5,000 tpa of capacity", "imports
            // fell to 6,800 t in 2025 from 8,100 t": a figure compared with the one before is of the same measure; so is a
            // later stage of it ("expects to process 350 t in its first year, rising to 750 tpa, and will supply ...").
            measure = comparedMeasure;
            sizesShipment = false;

            // "expects to process 350 t in its first full year, rising to 750 tpa": the feed put through in the first window is
            // output, the yearly rate it ramps to is the plant's capacity (§44).
            if (measure == Measures.Production && explicitPeriod == Periods.PerYear && WindowPeriods.Contains(previousInSentence.Period)
                && RisingToRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End))
                && words.Exists(w => w.End <= quantities[q - 1].Start && TonnageLexicon.ThroughputVerbs.Contains(w.Text)))
            {
                measure = Measures.Capacity;
            }
        }
        if (q > 0 && previousInSentence?.Measure is { } listedMeasure && listedMeasure != measure && material?.Foreign != true
            && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start])
            && ListMemberClosedRegex.Match(sentence.Text, quantity.End, segmentEnd - quantity.End) is { Success: true } closed
            && !Tokenizer.Tokenize(closed.Value).Exists(t => TonnageLexicon.MeasureCues.ContainsKey(t.Text)))
        {
            // "carrying about 279 tonnes of dysprosium oxide and 38 tonnes of terbium oxide, from a beneficiation plant designed to
            // treat ...": the last member of a list, closed by a comma, is of the list's measure, not of a cue in the clause after
            // the comma (dev8 J04; measure33).
            measure = listedMeasure;
            sizesShipment = false;
        }
        if (measure == Measures.Resource && explicitPeriod is null && q + 1 < quantities.Count
            && ListJoined(sentence.Text[quantity.End..quantities[q + 1].Start])
            && words.Exists(w => w.End <= quantity.Start && TonnageLexicon.ContainVerbs.Contains(w.Text))
            && ExplicitPeriod(quantities[q + 1], PeriodSegment(sentence.Text, quantity.End, q + 2 < quantities.Count ? quantities[q + 2].Start : sentence.Text.Length, quantities[q + 1], q + 2 < quantities.Count)) == Periods.PerYear)
        {
            // "would contain about 2,200 tonnes of NdPr oxide and 120 tonnes of heavy oxides each year": the list shares
            // the yearly window, so what the stream contains is output for the first figure too.
            measure = Measures.Production;
        }
        if (measure == Measures.Shipment && !sizesShipment && ShippedToCountry(sentence, words, context.Countries))
        {
            // "cut shipments of concentrate to China to zero from 1,180 tonnes": shipments to a named country leave the
            // country they come from, an export.
            measure = Measures.Export;
        }
        if (measure != Measures.Quota
            && (QuotaLevelRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
                || QuotaAllowanceRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
                // "... allowed 285,000 tonnes of mining and 270,000 tonnes of smelting output": the list shares the allowance.
                || (q > 0 && previousInSentence?.Measure == Measures.Quota && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start])
                    && QuotaAllowanceRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q - 1].NumberStart)))))
        {
            // "issued the first batch of 2026 quotas, setting mining output at 135,000 tonnes and smelting and separation at
            // 127,000 tonnes": a level the quota sets, whatever measure word it names.
            measure = Measures.Quota;
            sizesShipment = false;
        }

        if (sharedWindow && measure == Measures.Capacity && explicitPeriod is not (Periods.PerYear or Periods.PerDay))
        {
            // "sales reached 3.1k tonnes in the first half, while parent X is targeting 45,000 t of separation capacity": a
            // capacity is a rate, not an amount in the other clause's window.
            explicitPeriod = null;
        }

        // An offtake read from the words around the figure ("under a supply agreement", "a memorandum ... for 10,000 tonnes a
        // year") is the sentence's own measure even without a cue word.
        var figureFirstWord = words.FindIndex(w => w.Start >= quantity.NumberStart) is var ff and >= 0 ? ff : words.Count;
        var figureAfterWord = words.FindIndex(w => w.Start >= quantity.End) is var fa and >= 0 ? fa : words.Count;
        var noCue = measure != Measures.Offtake && !words.Exists(w => TonnageLexicon.MeasureCues.ContainsKey(w.Text) && !InsideName(w, cueNames))
                    && !Enumerable.Range(0, words.Count).Any(w => SeparatedAmount(words, w) || BroughtIn(words, w))
                    // "Market sources said the group still holds more than 600 t": a stock held is the sentence's own measure (§55).
                    && !Enumerable.Range(0, words.Count).Any(w => HeldAmount(words, w))
                    && !(measure == Measures.Resource && HeldBefore(words, 0, words.FindIndex(w => w.Start >= quantity.NumberStart) is var at and >= 0 ? at : words.Count, cueNames))
                    // "Wigu Hill held an estimated 3.3 million tonnes of ore": ore held is the sentence's own measure (measure32).
                    && !(measure == Measures.Resource && OreHeld(words, figureFirstWord, figureAfterWord))
                    // Shapes with no cue word decide the sentence's own measure too: "A typical electric bus carries about 10 kg"
                    // (one unit's use), "allows the company to mine up to 3 Mtpa" (a permitted volume), "throws away 400 t",
                    // "has estimated 85,000 t of REO in a carbonatite complex" (measure32).
                    && measure is not (Measures.Intensity or Measures.Quota)
                    // "Each truck carries 28 to 32 tons": a haulage load is the sentence's own measure (measure34, dev9 K21).
                    && !(measure == Measures.Shipment && MeasureShapes.HaulageLoad(words, figureFirstWord))
                    && !(measure == Measures.Other && DiscardedBefore(words, figureFirstWord))
                    && !(measure == Measures.Resource && EstimatedInDepositAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)));
        // "KOMIR will buy 1,200 tonnes for the state stockpile next year. The purchases will include 85 tonnes of dysprosium
        // oxide": a sentence that lists what the figure before includes goes on about it, whatever the noun that names it.
        var partsOfBefore = PartsOfBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantities[0].NumberStart))
                            && (q == 0 || (previousInSentence?.Measure == previousFact?.Measure && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start])));
        noCue |= partsOfBefore;
        var stockFlow = false;
        if (measure == Measures.Other && material?.Foreign != true && (previousInSentence ?? previousFact) is { Measure: { } changedMeasure }
            && changedMeasure != Measures.Other && ChangedThatBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "... its phase-one capacity of 5,000 tons a year. A second phase would double that to 10,000 tons": a change of
            // "that" is a new value of the figure before, of its measure (capacity too).
            measure = changedMeasure;
        }
        else if (noCue && material?.Foreign != true && previousFact is not null && !sizesShipment
            && previousFact.Measure is { } previousMeasure && previousMeasure is not (Measures.Other or Measures.Intensity or Measures.Capacity) && measure != Measures.Capacity
            // "The stockpile held 1,200 tons at the end of fiscal 2025. The plan also lists disposals of 250 tons over the
            // fiscal year": a figure with a window of its own is a flow, not the stock of the sentence before.
            // But purchases for a stockpile over a term ("to buy as much as 1.1 million pounds for the National Defense Stockpile
            // over five years. ... contracts for an initial 220,000 pounds in fiscal 2027") are flows: the next one is too (§55).
            && !(previousMeasure == Measures.Stockpile && ownPeriod is not null && previousFact.Period is Periods.None or Periods.Unknown)
            // "... holds 9 million tonnes of rare earth oxides. The team lifted about 20 tonnes of mud in a trial this year": what lies
            // in the ground does not move in a window; a figure with a window of its own is no resource or reserve (§68).
            && !(previousMeasure is Measures.Resource or Measures.Reserve && ownPeriod is not null)
            // "... for the National Defense Stockpile. Meanwhile, X said it had bought 40 tonnes of NdPr oxide from a Canadian supplier":
            // a purchase from a named seller is its buyer's deal, not the stockpile before it (a state body's purchase goes back
            // into its stockpile below) (§68).
            && !(previousMeasure == Measures.Stockpile && BoughtFromSeller(words)))
        {
            // "China accounted for 270,000 tons", "Japan received 1,020 tons of the total", "The German buyer has the
            // option to lift a further 400 tpa": a sentence with no cue word of its own goes on about the previous
            // sentence's figure: its measure, and its window when this one names none. Not a capacity: "In H1 the
            // company recycled 42 tonnes" after a plant's capacity is an amount, not the plant's size.
            measure = previousMeasure;
            stockFlow = previousMeasure == Measures.Stockpile && previousFact.Period is not (Periods.None or Periods.Unknown);
            if (partsOfBefore && explicitPeriod is null && WindowPeriods.Contains(previousFact.Period))
            {
                explicitPeriod = previousFact.Period; // "The purchases will include 85 tonnes of dysprosium oxide": the window of the whole
            }
            if (explicitPeriod is null && WindowPeriods.Contains(previousFact.Period) && !stockFlow)
            {
                explicitPeriod = WindowAfter(previousFact, context, partsOfBefore || ShareOfPreviousRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)));
            }
        }
        else if (measure == Measures.Other && material?.Foreign != true && previousSentence is not null && noCue
            && (Anaphor(sentence.Text) != AnaphorKind.None || FindQuantities(previousSentence, false).Count == 0)
            && LastCueIn(previousSentence) is { } carried
            // "... as part of a strategic reserve programme. The agency purchased 180 tons in the first half": a figure with a
            // window of its own is a flow, not the stock the sentence before named (§53).
            && !(carried is Measures.Reserve or Measures.Resource && ownPeriod is not null))
        {
            // "X issued the separation quota for 2026. It set the figure at 127,000 tonnes": the anaphor continues the
            // previous sentence, and so does its measure; so does any sentence with no cue after one with no figure
            // ("Exporters of ... shall apply for licences. ... approved licences covered 2,350 tonnes").
            measure = carried;
        }
        else if (explicitPeriod is null && previousFact is not null && previousFact.Measure == measure
            && WindowPeriods.Contains(previousFact.Period) && TonnageLexicon.InPastTense(words)
            // "... initial capacity of 2,000 tonnes a year. The plant can be expanded to 5,000 tonnes": a plant's yearly rate is
            // no window a later sentence reports in; a size whose own sentence writes no rate is per_year_implied (period32).
            && !(measure == Measures.Capacity && previousFact.Period == Periods.PerYear)
            // "... processed 24,500 t in fiscal 2025 and produced 10,900 t, including 6,500 t": a figure after one of its own
            // sentence with a window goes on about that sentence, not the one before.
            && (previousInSentence is null || !WindowPeriods.Contains(previousInSentence.Period)))
        {
            // "China exported 5,120 tonnes in October. Exports to the United States fell to 412 tonnes": the same
            // measure reported in the past tense right after keeps the previous figure's window.
            explicitPeriod = WindowAfter(previousFact, context, partsOfBefore || ShareOfPreviousRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)));
        }

        if (q > 0 && previousInSentence is { Measure: Measures.Capacity } && ownPeriod is Periods.Year or Periods.HalfYear or Periods.PerQuarter
            && ExpectsAfterSizeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
        {
            // "The line is built for 1,500 tonnes a year and we expect roughly 600 tonnes in 2027", "is designed to make 2,000 t
            // a year, and the company expects about 1,400 t in 2027": an amount expected in a window after a plant's size is
            // what the plant will make then (measure34; dev9 K26).
            measure = Measures.Production;
        }

        if (measure is Measures.Other or Measures.Production && DealProvidesForRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
        {
            // "purchased principally from the Serra Verde mine ..., under an agreement providing for up to 6,000 tonnes over three
            // years": the amount a supply agreement provides for is the offtake (dev9 K39; measure33).
            measure = Measures.Offtake;
        }

        if (measure is Measures.Export or Measures.Import && TradeCapBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
        {
            // "Laos has set an export cap of 15,000 tonnes of concentrate for 2027": a government's cap on trade is a quota, not
            // what was shipped (dev9 convention (8); measure33).
            measure = Measures.Quota;
        }

        if (measure == Measures.Sales && AgreedToSellRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart))
            && (quantity.UnitPeriod is not null || PerYearRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End))))
        {
            // "said it had agreed to sell 5,000 tonnes a year to a European separator": a yearly amount agreed for the future is
            // a supply agreement, an offtake; one lot agreed ("agreed to sell 600 tons ... in the first half") stays a sale.
            measure = Measures.Offtake;
        }

        if (measure is Measures.Reserve or Measures.Stockpile && q > 0 && previousInSentence?.Measure is { } listMeasure
            && listMeasure is not (Measures.Reserve or Measures.Resource or Measures.Stockpile or Measures.Other)
            && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start])
            && IntoReserveRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End)))
        {
            // "will deliver up to 120 tonnes of dysprosium oxide and 35 tonnes of terbium oxide into the reserve over three
            // years": a reserve the list is delivered into is where it goes, not what the second figure is.
            measure = listMeasure;
            sizesShipment = false;
        }

        if (measure != Measures.Stockpile && material?.Foreign != true
            && HeldBeforeFigureRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && HeldStockAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End)))
        {
            // "The stockpile held about 1,200 short tons of oxides at the end of fiscal 2025", "Some hold only 1,000-1,500 t of
            // feedstock", "X holds 4,800 tonnes of concentrate at the port awaiting shipment": material kept on a date, a stock.
            measure = Measures.Stockpile;
            sizesShipment = false;
        }

        if (measure != Measures.Stockpile && InStockRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End)))
        {
            // "It holds 500 kg of terbium in stock": material kept, not sold, whatever the sentence before was about.
            measure = Measures.Stockpile;
            sizesShipment = false;
        }

        if (explicitPeriod is null && q + 1 < quantities.Count && ListJoined(sentence.Text[quantity.End..quantities[q + 1].Start]))
        {
            // "produced 42 t of NdPr metal and 18 t of NdFeB alloy in the September quarter": a list shares its window.
            var nextEnd = q + 2 < quantities.Count ? quantities[q + 2].Start : sentence.Text.Length;
            explicitPeriod = ExplicitPeriod(quantities[q + 1], PeriodSegment(sentence.Text, quantity.End, nextEnd, quantities[q + 1], q + 2 < quantities.Count));
        }
        else if (explicitPeriod is null && q > 0 && previousInSentence is not null && previousInSentence.Measure == measure
                 && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start]) && WindowPeriods.Contains(previousInSentence.Period))
        {
            explicitPeriod = previousInSentence.Period;
        }

        if (explicitPeriod is Periods.PerQuarter or Periods.HalfYear or Periods.Month or Periods.Year)
        {
            reportWindow = explicitPeriod; // the window the article reports on so far
        }
        else if (explicitPeriod is null && reportWindow is not null && !sizesShipment
                 && ((measure is Measures.Production or Measures.Export or Measures.Import or Measures.Sales or Measures.Shipment
                      && (TonnageLexicon.InPastTense(words)
                          || (ReportLineItemRegex.IsMatch(sentence.Text) && !FutureRegex.IsMatch(sentence.Text))))
                     // "... shipped 420 tonnes during the December quarter. The pilot plant processed 18,600 t of ore": feed put
                     // through in the past tense is reported for the same window.
                     || (measure == Measures.Other && words.Exists(w => TonnageLexicon.PastFeedVerbs.Contains(w.Text)))))
        {
            // "Lynas reported September-quarter NdPr production of 2,050t. Sales volumes of 2,310t REO were supported by
            // ...": an amount reported in the past tense with no window of its own is for the window the report is about.
            explicitPeriod = reportWindow;
        }

        if (RunningTotalRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.Start - segmentStart)))
        {
            explicitPeriod = Periods.Cumulative; // "..., bringing seizures this year to 183.6 tonnes": a running total
        }

        // "Customs officers seized 41.7 tonnes": a seizure is one event, and a state body's seizure is its country's.
        var seizure = measure == Measures.Other && words.Exists(w => TonnageLexicon.SeizureWords.Contains(w.Text) && !InsideName(w, names));
        if (seizure && explicitPeriod != Periods.Cumulative && words.Exists(w => TonnageLexicon.SeizureEvents.Contains(w.Text)))
        {
            sizesShipment = true;
        }

        if (measure == Measures.Production && FullCapacityRegex.IsMatch(segment))
        {
            measure = Measures.Capacity;
        }

        // "said the market for sintered magnets in Europe could reach 40,000 tonnes a year": a market's size is demand (other).
        if (measure is Measures.Production or Measures.Capacity && MarketSizeBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            measure = Measures.Other;
        }

        // "Port stocks of imported mixed carbonate stood at 6,000 tonnes": "imported" only describes what the stock holds.
        if (measure is Measures.Import or Measures.Export && StockOfTradedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            measure = Measures.Stockpile;
        }

        if (HeldStockBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "monazite-rich concentrate held at Eneabba totalled 1.05 Mt at quarter end": material held at a place is a stock
            // (§74), not the quarter's output, an unknown figure or the measure of the row before.
            measure = Measures.Stockpile;
        }

        ownMeasure = measure;
        if (material?.Foreign == true)
        {
            measure = Measures.Other;
        }

        if (measure == Measures.Shipment && FirstBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart).TrimEnd().ToString())
            // "shipped its first 60 tonnes of magnets in H1 2026", "plans to ship its first 12,000 tonnes in 2027", "our first
            // 400 tonnes this year": a year, half or quarter is the window the first tonnes went out in, not one delivery (§70).
            && ownPeriod is not (Periods.Year or Periods.HalfYear or Periods.PerQuarter))
        {
            sizesShipment = true; // "will deliver its first 400 tonnes in March": one delivery
        }

        if (measure is Measures.Shipment or Measures.Export or Measures.Import or Measures.Sales && material?.Foreign != true
            && FirstLotAppositionBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && ownPeriod is not (Periods.Year or Periods.HalfYear or Periods.PerQuarter or Periods.PerYear or Periods.Cumulative))
        {
            // "shipped its first cargo, 2,000 tonnes of monazite concentrate, to China in February": the figure in apposition sizes
            // one cargo, whatever month it sailed in (period33).
            sizesShipment = true;
        }

        if (measure == Measures.Production && explicitPeriod is null && quantity.UnitPeriod is null
            && FirstBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart).TrimEnd().ToString())
            && words.Exists(w => w.End <= quantity.NumberStart && w.Text.ToLowerInvariant() is "produced" or "made" or "poured" or "mined"))
        {
            // "said it had produced the first 310 tonnes of carbonate at its plant" with no window: output so far, a running
            // total (§70), not a year's output, whatever target date the sentence goes on to. "has produced its first 10 kilograms
            // of dysprosium oxide": the first kilograms are a first batch, one lot (dev7 note 9; period32).
            explicitPeriod = quantity.SmallMassUnit ? Periods.OneOff : Periods.Cumulative;
        }
        else if (measure == Measures.Production && explicitPeriod is null && quantity.UnitPeriod is null && quantity.SmallMassUnit
                 && q > 0 && previousInSentence is { Measure: Measures.Production, Period: Periods.OneOff } && quantities[q - 1].SmallMassUnit
                 && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start])
                 && FirstBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q - 1].NumberStart).TrimEnd().ToString()))
        {
            explicitPeriod = Periods.OneOff; // "its first 10 kilograms of dysprosium oxide and 25 kg of terbium oxide": the same first batch
        }

        if (measure == Measures.Production && ownPeriod is null && ownClause is { } nowClause && NowRegex.IsMatch(nowClause.Own))
        {
            // "more than 20 times current domestic output of some 450 tons", "compared with about 2,700 tonnes now": what is
            // made now is a yearly rate implied (tonnages.md T32), not the window of the figure it is compared with.
            explicitPeriod = Periods.PerYearImplied;
        }

        // "the first 1,200-tonne line": an adjectival plant size carries only the period its own unit writes.
        var adjectivalCapacity = measure == Measures.Capacity && AdjectivalHead(quantity, words) == Measures.Capacity;

        // "produced 2,150 t in 2025 and a second phase would take the plant to 6,000 tonnes": the new size an expansion takes a
        // plant to has no window of the earlier clause; only a rate its own unit or a rate word after it writes.
        if (measure == Measures.Capacity && !adjectivalCapacity && explicitPeriod is not (null or Periods.PerYear or Periods.PerDay)
            && words.FindIndex(w => w.Start >= quantity.NumberStart) is var expansionFirst and > 0
            && NearestCue(words, cueNames, 0, expansionFirst, expansionFirst, expansionFirst) is { Cue: Measures.Offtake, Index: var takeIndex }
            && ExpansionTakesTo(words, takeIndex, expansionFirst))
        {
            explicitPeriod = quantity.UnitPeriod;
        }
        if (explicitPeriod is null && !sizesShipment && q == 0 && quantity.UnitPeriod is null
            && measure is Measures.Export or Measures.Import or Measures.Shipment or Measures.Production or Measures.Sales
            && previousFact is { Measure: Measures.Export or Measures.Import or Measures.Shipment or Measures.Production or Measures.Sales, Period: Periods.Cumulative }
            && AccountsForBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "Imports totalled 1,840 tonnes in January-October. Shipments from China accounted for 1,290 tonnes": a part of a
            // running total is summed over the same span, not the year a past tense would give it (period33).
            explicitPeriod = Periods.Cumulative;
        }
        var adjectivalPeriod = quantity.UnitPeriod;
        if (adjectivalCapacity && adjectivalPeriod is null && AnnualRightAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))
        {
            adjectivalPeriod = Periods.PerYear; // "the 6,075-ton annual NdPr rate the circuit was built for" (measure34, dev9 K01)
        }

        var period = FinalPeriod(measure, sizesShipment, adjectivalCapacity ? adjectivalPeriod : explicitPeriod, segment, sentence.Text);
        if (measure == Measures.Capacity && period is Periods.Year or Periods.HalfYear or Periods.PerQuarter or Periods.Cumulative)
        {
            // "is on track to reach 1,000 tons of magnet capacity next year", "later lines bringing the total to 4,800 tons": a
            // plant's size is a rate; the year names when it is reached and a total sums lines, neither is a window of
            // output. With no rate written the size is per_year_implied (§70).
            period = Periods.PerYearImplied;
        }
        if (measure is Measures.Offtake or Measures.Sales or Measures.Shipment or Measures.Other && quantity.UnitPeriod is null && ownPeriod is null
            && material?.Foreign != true && ReturnedBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
        {
            // "Arnold said the terbium was off-specification and that it had returned 800 kg": a lot sent back is one delivery,
            // not the window of the purchases the sentence before reported (dev7 H37; period32).
            measure = Measures.Shipment;
            period = Periods.OneOff;
        }

        if (measure is Measures.Production or Measures.Other && quantity.UnitPeriod is null && period is Periods.Year or Periods.Unknown or Periods.PerYearImplied or Periods.Month
            && FirstCampaignBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "The first campaign of the new fluoride line yielded 620 tonnes of rare earth fluoride": one campaign, one lot (dev9 K37).
            period = Periods.OneOff;
        }

        if (measure == Measures.Production && quantity.UnitPeriod is null && ownPeriod is null or Periods.Month or Periods.Unknown
            && period is Periods.Month or Periods.Year or Periods.Unknown or Periods.PerYearImplied
            && FromSampleAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End)))
        {
            // "a pilot plant has produced 1.5 tonnes of mixed rare earth carbonate, containing neodymium ..., from a bulk sample":
            // what one sample yielded is one batch, not a window's output (dev8 J10; period33).
            period = Periods.OneOff;
        }

        // "Trial mining in the quarter moved 38,000 wmt of ore" (dev7 H21): a quarter a report names stays the window (a month may
        // only date the start, "will begin trial mining in April, extracting 30,000 tonnes", §64).
        if (measure == Measures.Production && quantity.UnitPeriod is null && period is not (Periods.PerYear or Periods.PerDay or Periods.Cumulative or Periods.PerQuarter)
            && TrialMiningBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "will start trial mining next summer, extracting 50,000 tonnes of ore": one campaign, whatever the date; but "trial
            // mining ... in 2021 and 2022 produced about 9,000 tonnes" sums two years' campaigns (dev8 J12 and its note 5; period32).
            period = TwoYearsJoinedRegex.IsMatch(segment) ? Periods.Cumulative : Periods.OneOff;
        }

        if (measure == Measures.Stockpile && (PurchasedFigure(words, quantity) || stockFlow))
        {
            // "buying 150 tonnes of dysprosium oxide to be held in bonded warehouses", "bought 320 tonnes this year": what is
            // bought into a stockpile is a flow in the window its clause names (one lot when none), not the stock itself.
            // "will buy an additional 1,200 tonnes by the end of 2028": purchases up to a deadline are summed over the term
            // (dev8 J20; §76 rule 4 for offtakes and sales; period32).
            period = explicitPeriod ?? (FurtherByDeadlineRegex.IsMatch(segment) ? Periods.Cumulative : Periods.OneOff);
        }
        else if (measure == Measures.Stockpile && previousInSentence is { Measure: Measures.Stockpile } flow
                 && flow.Period is not (Periods.None or Periods.Unknown)
                 && (ComparedWithRegex.IsMatch(sentence.Text[quantities[q - 1].End..quantity.Start]) || Coordinated(sentence, quantities[q - 1], quantity)))
        {
            // "potential acquisitions of 45 tonnes over the twelve months to September, up from 30 tonnes and 8 tonnes in the
            // previous plan": a figure compared or listed with a purchase into a stockpile is a purchase too, in its window.
            period = explicitPeriod ?? flow.Period;
        }
        else if (measure == Measures.Stockpile && explicitPeriod == Periods.Cumulative && ownClause is { } building
                 && StockBuiltOverYearsRegex.IsMatch(building.Own))
        {
            // "will stockpile 2,000 tons of rare earths over five years": what goes into a stockpile over a term is a sum
            // over it, not the stock held (§53).
            period = Periods.Cumulative;
        }
        else if (measure == Measures.Stockpile && quantity.UnitPeriod is { } rate)
        {
            // "wants to accumulate 5,000 tonnes, or about 1,000 tonnes per annum": a stock has no rate; a figure written as one
            // is what flows into the stockpile each year.
            period = rate;
        }

        if (measure == Measures.Sales && explicitPeriod is null && period == Periods.Year
                 && SoldToOneBuyerRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End))
                 && words.Exists(w => w.End <= quantity.NumberStart && w.Text.Equals("sold", StringComparison.OrdinalIgnoreCase)))
        {
            // "One trader sold 500 kg of terbium oxide to a magnet maker": a past sale to one buyer, with no window, is one
            // trade, not a year's sales.
            period = Periods.OneOff;
        }

        if (measure is Measures.Sales or Measures.Offtake or Measures.Shipment or Measures.Export or Measures.Import && quantity.UnitPeriod is null
            && (ownPeriod is null or Periods.Month && ownClause is { } dealClause && DeliveryMonthRegex.IsMatch(dealClause.Tail)
                || ownPeriod is null && SoldAtPriceRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End))
                   && words.Exists(w => w.End <= quantity.NumberStart && TonnageLexicon.DealVerbs.Contains(w.Text))))
        {
            // "had sold 200 tonnes of NdPr metal for January delivery": the month says when the lot is delivered; "sold 50
            // tonnes of dysprosium oxide at 1,720 yuan per kg": a deal at a price. One lot, not a month's or a year's volume (§53).
            period = Periods.OneOff;
        }

        var (partMin, partMax) = Bounds(quantity, quantity.Factor);
        if (q > 0 && previousInSentence is not null && PartOfRegex.IsMatch(sentence.Text[quantities[q - 1].End..quantity.Start])
            && (partMax ?? partMin) > (previousInSentence.Max ?? previousInSentence.Min))
        {
            // "would produce 1,900 tpa of NdPr oxide from stacks containing about 35 million tonnes of material": a figure
            // larger than the one before is no part of it; what a body of material contains is a resource.
            if (sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End).Contains("containing", StringComparison.OrdinalIgnoreCase))
            {
                measure = Measures.Resource;
                period = FinalPeriod(measure, false, null, segment, sentence.Text);
            }
        }
        else if (q > 0 && previousInSentence is not null && material?.Foreign != true && PartOf(sentence.Text[quantities[q - 1].End..quantity.Start]))
        {
            // "1,950 tonnes a year of TREO, including 470 t of NdPr oxide", "of which 846 tonnes came from China": a part of
            // the previous figure has its measure (unless its own clause names one: "of which 310 tonnes were bound for
            // export"), and its period unless it writes its own.
            // "... holds about 230 million tonnes of tailings, containing an estimated 15 million tonnes of rare earth oxides that
            // could be recovered in future": what only could be won from the stock is a resource (measure32).
            if (previousInSentence.Measure is Measures.Stockpile or Measures.Resource && RecoverableAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                measure = Measures.Resource;
            }
            else if (!CueInOwnClause(sentence.Text, quantity, segmentEnd))
            {
                measure = previousInSentence.Measure ?? measure;
            }

            period = explicitPeriod ?? previousInSentence.Period;
        }
        else if (q > 0 && measure == Measures.Other && previousInSentence is { Measure: { } memberMeasure } && memberMeasure != Measures.Other
                 && material?.Foreign != true && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start])
                 && !CueInOwnClause(sentence.Text, quantity, segmentEnd))
        {
            // "The revised plan targets 1,850 tonnes a year of NdPr oxide plus 34 tonnes of dysprosium and terbium oxides": the
            // next member of a list with no measure word of its own has the measure and period of the member before it.
            measure = memberMeasure;
            period = explicitPeriod ?? previousInSentence.Period;
        }
        else if (q > 1 && previousInSentence is not null && material?.Foreign != true
                 && PartOf(sentence.Text[quantities[q - 2].End..quantities[q - 1].Start])
                 && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start]) && !CueInOwnClause(sentence.Text, quantity, segmentEnd))
        {
            // "will produce 1,850 tpa of oxides, of which 1,540 t is NdPr oxide and 11 t is Dy-Tb oxides": the next member of
            // a list of parts is a part of the same whole, with the measure and period of the part before it (§44).
            measure = previousInSentence.Measure ?? measure;
            period = explicitPeriod ?? previousInSentence.Period;
        }

        if (period == Periods.Unknown && quantity.UnitPeriod is null
            && (SoughtBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
                || (q > 0 && previousInSentence?.Period == Periods.OneOff && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start])
                    && SoughtBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q - 1].NumberStart)))))
        {
            // "The same notice seeks 40 short tons of terbium oxide and 95 short tons of dysprosium oxide": what one notice or
            // tender asks for, with no window or rate, is one lot (§53).
            period = Periods.OneOff;
        }

        var factor = quantity.Factor;
        if (quantity.AmbiguousMtpa && !quantity.MtpaWrittenOut && quantity.WrittenValue < options.MtpaMillionBelow
            && (product is null || product.Basis is "ore" or "concentrate"))
        {
            const double Million = 1e6;
            factor = Million;
        }

        var (min, max) = Bounds(quantity, factor);
        var basis = Basis(material, product, measure);
        var (subjectId, subjectName, subjectKind) = Subject(sentence, quantity, measure, context, seizure);
        if (subjectKind == SubjectKinds.Country && measure is Measures.Shipment or Measures.Sales && !sizesShipment
            && !DomesticBuyerRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End)))
        {
            // A country's shipments, and what it sold or supplied abroad, are its exports; but shipments that go on about the
            // same country's imports in one sentence ("Imports of carbonate from Myanmar dropped to 1,640 tonnes, while
            // shipments of oxides slid to 1,230 tonnes") are imports too.
            // "Shipments from Malaysia accounted for 1,050 tonnes" in a story on U.S. imports: the origin is not the subject
            // (subjects skip origins), so what was shipped from it came into the subject's country.
            measure = measure == Measures.Shipment && ((previousInSentence is { Measure: Measures.Import } && previousInSentence.SubjectId == subjectId)
                                                       || ShipmentsFromRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
                                                       || ShipmentsFromAfter(sentence, quantity, segmentEnd, subjectId, context.Countries))
                ? Measures.Import
                : Measures.Export;
            period = FinalPeriod(measure, sizesShipment, explicitPeriod, segment, sentence.Text);
        }
        else if (subjectKind == SubjectKinds.Country && measure is not (Measures.Import or Measures.Quota)
                 && CountryBoughtFrom(words, quantity))
        {
            // "China bought 21,400 tonnes of rare earth compounds from its neighbour": what a country bought from abroad is
            // its import.
            measure = Measures.Import;
            period = FinalPeriod(measure, sizesShipment, explicitPeriod, segment, sentence.Text);
        }
        // "The agency also plans to acquire up to 20 short tons ... over five years", "In a separate one-year contract it also seeks 150
        // short tons", "Its annual materials plan lists potential acquisitions of 44,000 pounds": in a story about a state body's
        // stockpile, what the body means to acquire goes into the stockpile, whatever contract it is bought under (§68).
        var stockpileAcquisition = measure is Measures.Offtake or Measures.Other or Measures.Capacity or Measures.Production
            && subjectKind == SubjectKinds.Organisation && subjectId is not null
            && options.StateBodyKinds.Contains(index.Organisations[subjectId].Kind)
            && words.FindLastIndex(w => w.End <= quantity.NumberStart && TonnageLexicon.ParallelClauseWords.Contains(w.Text)) is var acquisitionClause
            && words.Skip(acquisitionClause + 1).TakeWhile(w => w.End <= quantity.NumberStart).Any(w => w.Text.ToLowerInvariant() is "acquire" or "acquires" or "acquiring"
                or "acquisition" or "acquisitions" or "seek" or "seeks" or "seeking" or "procure" or "procures" or "procuring" or "procurement"
                or "buy" or "buys" or "buying" or "purchase" or "purchases" or "purchasing")
            && sentences.Sentences.Any(x => x.Text.Contains("stockpile", StringComparison.OrdinalIgnoreCase));
        if (measure is Measures.Offtake or Measures.Other or Measures.Capacity or Measures.Production && material?.Foreign != true && subjectKind == SubjectKinds.Organisation && subjectId is not null
            && options.StateBodyKinds.Contains(index.Organisations[subjectId].Kind)
            && (measure is Measures.Offtake or Measures.Other || stockpileAcquisition)
            // "feed bought from the Saskatchewan Research Council, which has agreed to deliver 400 tonnes": a verb of supplying
            // after the purchase makes the state body the seller, not a buyer for its stockpile (§55).
            && !(words.FindLastIndex(w => w.End <= quantity.NumberStart && w.Text.ToLowerInvariant() is "bought" or "purchased" or "acquired" or "purchase"
                     or "buy" or "buying" or "purchasing" or "deliver" or "delivers" or "supply" or "supplies" or "sell" or "sells")
                 is var lastVerb and >= 0 && words[lastVerb].Text.ToLowerInvariant() is "deliver" or "delivers" or "supply" or "supplies" or "sell" or "sells")
            && (stockpileAcquisition || words.Exists(w => w.End <= quantity.NumberStart && w.Text is "bought" or "purchased" or "acquired")
                // "KOMIR will purchase 2,400 tons next year, after buying 1,150 tons in 2026": a state body's planned buying in
                // a window, with no deal or rate, is for its stockpile too (§49).
                || (explicitPeriod is Periods.Year or Periods.HalfYear or Periods.PerQuarter or Periods.Month
                    && words.Exists(w => w.End <= quantity.NumberStart && w.Text.ToLowerInvariant() is "purchase" or "buy" or "buying" or "purchasing")
                    && !words.Exists(w => TonnageLexicon.ContractWords.Contains(w.Text)))))
        {
            // "KOMIR said it had bought 38 tonnes of dysprosium oxide in a tender": what a state agency bought is for its
            // stockpile, a purchase in the window its clause names (one lot when none), not a supply contract.
            measure = Measures.Stockpile;
            // "will buy an additional 1,200 tonnes by the end of 2028": purchases up to a deadline are summed over the term
            // (dev8 J20; §76 rule 4 for offtakes and sales; period32).
            period = explicitPeriod ?? (FurtherByDeadlineRegex.IsMatch(segment) ? Periods.Cumulative : Periods.OneOff);
        }
        else if (measure is Measures.Production or Measures.Other && subjectKind != SubjectKinds.Country
                 && (subjectId is null || !index.Organisations.TryGetValue(subjectId, out var buyer) || !options.StateBodyKinds.Contains(buyer.Kind))
                 && CountryBoughtFrom(words, quantity))
        {
            // "The company bought 172,000 tonnes of concentrate from its parent": what a company bought from a seller is a
            // purchase, an offtake, not the output of an earlier clause (§49).
            measure = Measures.Offtake;
        }

        if (measure == Measures.Offtake && subjectKind == SubjectKinds.Country
            && StockpileBuyingBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "The Australian government will use its Critical Minerals Strategic Reserve to buy up to 2,000 tonnes a year": what a
            // country buys for a strategic reserve or stockpile is its stockpile, not a supply contract or an import.
            measure = Measures.Stockpile;
        }

        if (period is Periods.Cumulative or Periods.Unknown && YearPlanOfRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "has acquired 61 tonnes year-to-date, against a 2026 purchase plan of 150 tonnes": the plan's year is the figure's.
            period = Periods.Year;
        }

        if (measure is Measures.Sales or Measures.Stockpile && period is Periods.Year or Periods.Unknown
            && (OneEventRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
                || OneEventRegex.IsMatch(ClauseBreakRegex.Split(sentence.Text[quantity.End..], 2)[0])))
        {
            // "A first auction in 2024 sold 1,150 tonnes", "had bought 38 tonnes of dysprosium oxide in a tender, its second
            // purchase this year": one auction or one tender is one lot, whatever year it fell in (the year stays the detail).
            period = Periods.OneOff;
        }

        if (period is not (Periods.OneOff or Periods.PerUnit or Periods.None) && quantity.UnitPeriod is null
            && measure is not (Measures.Quota or Measures.Capacity or Measures.Resource or Measures.Reserve or Measures.Stockpile or Measures.Intensity)
            && !PerDayRegex.IsMatch(periodSegment) && !PerYearRegex.IsMatch(periodSegment) && !MonthRateRegex.IsMatch(periodSegment)
            && (OneRunRegex.IsMatch(periodSegment)
                || OneLotBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
                || OneSampleAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End))))
        {
            // "separated 1.2 tonnes of dysprosium oxide in its first campaign", "retrieved about 35 tonnes of mud in a
            // government-funded trial", "any consignment above 5 tonnes", "a 200-tonne bulk sample": one run or one lot,
            // whatever month or year it fell in.
            period = Periods.OneOff;
        }

        // "lift output to 6,500 tonnes a year of concentrate by 2027, containing roughly 5,000 tonnes of TREO": the contained
        // amount restates the figure before it, over the same period.
        // Only a smaller amount of a flow (a stock's content has no period) restates it.
        var restates = q > 0 && previousInSentence is { Period: not (Periods.None or Periods.Unknown) } && quantity.UnitPeriod is null
                       && measure is not (Measures.Reserve or Measures.Resource or Measures.Stockpile)
                       && (max ?? min) is { } ownValue && (previousInSentence.Max ?? previousInSentence.Min) is { } restated
                       && ownValue <= restated
                       && ContainedRestatementRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End));
        if (restates)
        {
            period = previousInSentence!.Period;
        }

        // "lifting nameplate from about 500 tonnes a year of metals to 1,500 tonnes by 2028", "to raise output to 1,500 t a year by
        // FY2030 from about 900 t now": the two ends of one change share the rate the other end writes (§70); so does "7,000
        // tonnes a year by 2030, up from less than 3,000 tonnes now" (§76).
        // A plant "able to process 10,000 tonnes a year of concentrate and produce about 2,500 tonnes of oxides": the second
        // object of the same capacity clause shares its rate (§76).
        if (q > 0 && previousInSentence is { Period: Periods.PerYear } changed && changed.Measure == measure && quantity.UnitPeriod is null
            && period is Periods.PerYearImplied or Periods.Unknown
            && sentence.Text[quantities[q - 1].End..quantity.Start] is var changeGap
            && (FromBetweenRegex.IsMatch(changeGap)
                || UpFromBetweenRegex.IsMatch(changeGap)
                || (measure == Measures.Capacity && SharedRateVerbBetweenRegex.IsMatch(changeGap))
                || (ToAfterFromRegex.IsMatch(changeGap) && FromBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantities[q - 1].NumberStart)))))
        {
            period = Periods.PerYear;
        }

        // "In the meantime, Energy Fuels bought 2,500 tonnes of monazite from a sand miner": a past purchase with no window and no
        // rate of its own is one deal, not the yearly rate of the sentence before.
        if (measure == Measures.Offtake && ownPeriod is null && quantity.UnitPeriod is null
            && period is Periods.PerYear or Periods.PerYearImplied or Periods.Unknown
            && PastPurchaseBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && !RateAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End))
            && !SamePeriodRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End)))
        {
            period = Periods.OneOff;
        }

        if (ownPeriod is null && quantity.UnitPeriod is null && !sizesShipment && material?.Foreign != true
            && measure is Measures.Stockpile or Measures.Sales or Measures.Offtake or Measures.Import or Measures.Export or Measures.Other
            && (period == Periods.Unknown || (period == Periods.OneOff && UpToBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))))
            && PlanYearBefore(sentences, sentence))
        {
            // "... the quantities that may be acquired or disposed of during fiscal year 2027. Potential acquisitions include up to
            // 1,100 short tons of NdPr oxide": a plan's quantities are for the fiscal year the figureless sentence before names
            // (dev8 J25; period33).
            period = Periods.Year;
        }

        var evidence = sentences.Evidence(sentence.Start + quantity.NumberStart, quantity.End - quantity.NumberStart);
        // Which year, quarter or month: the window the figure's own clause names (a stock such as a reserve has none).
        var figure = sentence.Text[quantity.Start..quantity.End];
        var detailSegment = DetailSegment(periodSegment, q > 0);
        if (q + 1 < quantities.Count && WindowCell(sentence.Text, quantities, q + 1) && detailSegment.LastIndexOf('(') is var cell and > 0)
        {
            detailSegment = detailSegment[..cell]; // "58.4kt (June quarter: 55.1kt)": the cell's window is the cell's, not the row's
        }
        var periodDetail = period is Periods.None or Periods.PerUnit
            ? null
            : PeriodDetails.Find(detailSegment, detailSegment.LastIndexOf(figure, StringComparison.Ordinal), figure.Length, period);
        if (restates)
        {
            periodDetail = previousInSentence!.PeriodDetail;
        }
        else if (periodDetail is null && q > 0 && previousInSentence is { PeriodDetail: { } listDetail } && previousInSentence.Period == period
            && ListJoined(sentence.Text[quantities[q - 1].End..quantity.Start]))
        {
            periodDetail = listDetail; // "For the whole of 2026, the ministry allowed 285,000 tonnes of mining and 270,000 tonnes of smelting output"
        }
        if (quantity.CellWindow is { } cellWindow && period == Periods.Year)
        {
            periodDetail = cellWindow;
        }
        if (periodDetail is null && tableColumn is { Period: { } headerPeriod, Cell: var headerCell } && headerPeriod == period)
        {
            periodDetail = headerCell; // the column's header cell: "Q3 2026", "Oct 2026", "FY2026"
        }
        if (periodDetail is null && period == Periods.Month && LastMonthRegex.IsMatch(detailSegment)
            && sentences.Sentences.Count > 0 && DatelineMonthRegex.Match(sentences.Sentences[0].Text) is { Success: true } dateline
            && MonthIndex(dateline.Groups["month"].Value) is var datelineMonth and > 0)
        {
            // "BEIJING, November 20 (Xinhua) - ... fell to 2,110 tonnes last month": the month before the dateline's (period33).
            periodDetail = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[(datelineMonth + 10) % 12];
        }
        return new TonnageFact(
            min,
            max,
            "t",
            quantity.UnitAsWritten,
            quantity.Qualifier,
            MaterialName(material, product),
            material?.ElementSymbol ?? material?.AttachedElements,
            product?.Id,
            basis,
            measure,
            period,
            subjectId,
            subjectName,
            evidence,
            subjectKind,
            periodDetail);
    }

    /// <summary>"in its first campaign", "in the first batch", "in a government-funded trial", "in a test run": one run of a plant or a test.</summary>
    private static readonly Regex OneRunRegex = new(
        @"(?i)\bin\s+(?:a|an|its|the|their|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:campaign|batch|trial|test\s+run|trial\s+run|pilot\s+run|production\s+run|shipment|cargo|consignment|parcel|transaction)\b(?!\s+(?:against|to|for|by|of\s+(?:19|20)\d{2})\b)",
        RegexOptions.Compiled);

    /// <summary>"any consignment above 5 tonnes", "The largest single case involved 12 tonnes": the size of one lot.</summary>
    private static readonly Regex OneLotBeforeRegex = new(
        @"(?i)\b(?:any|each|one|single|largest|biggest)\s+(?:single\s+)?(?:consignment|cargo|case|parcel|seizure)\s+(?:of|above|over|exceeding|involved|weighing|containing|totall?ing)\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|some\s+|nearly\s+)?$"
        // "first feed will be 1,000 tonnes", "the initial delivery of 30 tonnes", "its maiden cargo of about 2,000 t" (§53),
        // "the latest batch of 300 t", "the next cargo of 2,000 t" (§58)
        + @"|(?i)\b(?:first|initial|maiden|opening|latest|last|next|final|second|third|fresh)\s+(?:feed|delivery|cargo|shipment|consignment|batch|lot|parcel|order)\s+(?:will\s+be|would\s+be|was|is|of|totall?ing|weighing|comprising)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$"
        // "In March we sent a first bulk sample of 120 tonnes", "it sent a bulk sample of 80 tonnes ... in September": one
        // sample, not a month's volume (dev8 J05 and its note 4; period32).
        + @"|(?i)\b(?:a|an|one|its|the|their)\s+(?:(?:first|second|initial|bulk|trial|test|single|large)\s+){0,2}sample\s+of\s+(?:(?:about|around|some|roughly|nearly)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"a 200-tonne bulk sample", "a 5-tonne test batch": an adjectival figure that sizes one sample or batch.</summary>
    private static readonly Regex OneSampleAfterRegex = new(@"^[\s-]*(?:(?:bulk|trial|test|pilot|first)\s+)?(?:sample|batch)\b", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"sold 1,150 tonnes to two domestic processors": a sale at home, no export.</summary>
    private static readonly Regex DomesticBuyerRegex = new(
        @"^[^,;.]*?\bto\s+(?:[\p{L}-]+\s+){0,2}?(?:domestic|local)\b", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"Thai assemblers say shipments of about 300 tonnes a month of magnets from China have been stuck": shipments whose
    /// origin, named within a few words after the figure, is another country than the subject came into the subject's country (§68).</summary>
    private static bool ShipmentsFromAfter(Sentence sentence, Quantity quantity, int segmentEnd, string? subjectId, IReadOnlyList<Mention> countries)
    {
        if (subjectId is null || !ShipmentsOfBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            return false;
        }

        var from = FromCountryAfterRegex.Match(sentence.Text[quantity.End..segmentEnd]);
        return from.Success && countries.Any(m => !m.Dateline && m.Id != subjectId && m.Start == sentence.Start + quantity.End + from.Groups["origin"].Index);
    }

    private static readonly Regex ShipmentsOfBeforeRegex = new(@"(?i)\bshipments?\s+of\s+(?:(?:about|around|some|roughly|nearly|more|than|over|up|to|just|an|estimated)\s+)*$", RegexOptions.Compiled);

    private static readonly Regex FromCountryAfterRegex = new(@"^[^,;.]{0,60}?\bfrom\s+(?<origin>\p{Lu})", RegexOptions.Compiled);

    /// <summary>"Shipments from Malaysia accounted for ": shipments named by their origin, in the figure's clause.</summary>
    private static readonly Regex ShipmentsFromRegex = new(@"(?i)\bshipments?\s+from\s+(?-i:\p{Lu})[^,;]*$", RegexOptions.Compiled);

    /// <summary>A year's plan, target or budget right before its figure: "a 2026 purchase plan of ", "its 2027 output target of about ".</summary>
    private static readonly Regex YearPlanOfRegex = new(
        @"(?i)\b(?:19|20)\d{2}\s+(?:[\p{L}-]+\s+){0,3}?(?:plan|target|budget|goal)\s+(?:of|at)\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>One auction or tender before a figure: "A first auction in 2024 sold", "bought ... in a tender", "at the auction".</summary>
    private static readonly Regex OneEventRegex = new(
        @"(?i)\b(?:(?:in|at|through|via)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:tender|auction)\b(?!\s+(?:process|system|programme|program|round|rounds|series))"
        + @"|(?:a|an|the|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:tender|auction)\s+(?:(?:in|on|last)\s+(?:[\p{L}\d]+\s+){0,2}?)?(?:sold|bought|drew|cleared|raised)\s+$)",
        RegexOptions.Compiled);

    /// <summary>"... of dysprosium oxide to a magnet maker", "to one Japanese buyer": a sale's single, unnamed buyer in the figure's clause.</summary>
    private static readonly Regex SoldToOneBuyerRegex = new(
        @"^[^,;.]*?\bto\s+(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:buyer|customer|client|user|maker|manufacturer|producer|trader|company|firm|automaker|carmaker|refiner|processor|smelter)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"the quotas", "the two quotas", "the national quota", "the country's total quota": quotas as a whole before a figure;
    /// also plural quotas opening a sentence as its subject ("Smelting and separation quotas were set at ", §52).</summary>
    private static readonly Regex TheQuotasBeforeRegex = new(
        @"(?i)\b(?:the\s+(?:[\p{L}-]+\s+){0,2}?quotas|(?:the\s+)?(?:national|country['’]s|total|overall)\s+(?:[\p{L}-]+\s+){0,2}?quota)\b|^\s*(?:[\p{L}\d-]+\s+){0,4}?quotas\s+(?:were|are|have|had|stood|totalled|totaled|came|rose|fell|remained)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"the two batches together totalled ", "the first batch came to ": quota batches named before a figure.</summary>
    private static readonly Regex QuotaBatchBeforeRegex = new(
        @"(?i)\b(?:the|both|two|all|first|second|third|those|these)\s+batch(?:es)?\b[^,;]*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"(June quarter: ", "(FY24: ", "(prior year: about ": a bracketed cell's label, naming a window, before its figure.</summary>
    private static readonly Regex WindowCellOpenRegex = new(
        // "Ore mined: 182,000t at 1.04% TREO (June quarter: 151,000t)": the row's grade may stand before the bracket (measure32).
        @"^\s*(?:(?:at|grading|@)\s+[\d.,]+\s*(?:%|ppm|g/t)\s*(?:[A-Za-z]{2,6}\s*)?)?\(\s*(?<label>[^():;,]{1,30}?)\s*:\s*(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex WindowCellLabelRegex = new(
        @"(?i)\b(?:quarter|half|year|month|Q[1-4]|H[12]|[12]H\d{2}|FY\s?\d{2}(?:\d{2})?|(?:19|20)\d{2}|pcp)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether figure <paramref name="q"/> is a bracketed cell that gives the figure before it for another window: "Zircon
    /// sand production 58.4kt (June quarter: 55.1kt)", a row of a table written as text.
    /// </summary>
    private static bool WindowCell(string text, List<Quantity> quantities, int q) =>
        q > 0
        && WindowCellOpenRegex.Match(text, quantities[q - 1].End, quantities[q].Start - quantities[q - 1].End) is { Success: true } open
        && WindowCellLabelRegex.IsMatch(open.Groups["label"].Value)
        && text.AsSpan(quantities[q].End).TrimStart().StartsWith(")", StringComparison.Ordinal);

    /// <summary>Text between a figure and a part of it: "..., including", "containing", "of which", with at most two words (a hedge) after.</summary>
    private static readonly Regex PartOfRegex = new(@"(?i)\b(?:including|containing|of\s+which)\s+(?:[\p{L}~.-]+\s+){0,2}$", RegexOptions.Compiled);

    /// <summary>
    /// Text between two figures of one list: the first one's material, then "and" or a comma, with no cue word or clause
    /// word ("42 t of NdPr metal and 18 t", "1,540t is NdPr oxide and 11t").
    /// </summary>
    // The next figure may open with a hedge ("1,200 short tons of NdPr oxide and up to 40 short tons of ...").
    /// <summary>"agreed to sell ", "has signed a deal to sell up to ", "committed to selling ", "agreed to sell as much as " (dev8 J02):
    /// a sale agreed, not made.</summary>
    private static readonly Regex AgreedToSellRegex = new(
        @"(?i)\b(?:agreed|agrees|agree|signed\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:deal|contract|agreement)|committed|contracted)\s+to\s+(?:sell|selling)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|at\s+least|all\s+of\s+its|the\s+first|as\s+much\s+as|as\s+many\s+as|a\s+maximum\s+of|no\s+more\s+than|approximately|an\s+estimated|in\s+excess\s+of|a\s+minimum\s+of)\s+)?$",
        RegexOptions.Compiled);

    private static readonly Regex ListJoinRegex = new(
        @"^\s*(?:(?i:of|is|are)\s+[^,;\d]{0,60}?)?\s*(?:,\s*(?i:(?:and|plus)\s+)?|(?i:and|plus|as\s+well\s+as|along\s+with)\s+)(?i:(?:about|around|some|roughly|approximately|nearly|almost|up\s+to|more\s+than|at\s+least|over)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "..., including", "containing", "of which" right after the previous figure's material, with no preposition or clause
    /// word that brings in another noun ("1,900 tpa of NdPr oxide over a 16-year life, from stacks containing 35 Mt": the
    /// stacks, not the output, contain it).
    /// </summary>
    private static bool PartOf(string between)
    {
        var part = PartOfRegex.Match(between);
        return part.Success
               && !Tokenizer.Tokenize(between[..part.Index]).Exists(t =>
                   t.Text is not ("and" or "or") && (TonnageLexicon.MaterialStopWords.Contains(t.Text) || t.Text.Equals("over", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>" of rare earth oxides that could be recovered": after the figure, a relative clause saying it only could be won.</summary>
    private static readonly Regex RecoverableAfterRegex = new(
        @"(?i)^[^,;.]{0,60}?\b(?:that|which)\s+(?:could|can|may|might)\s+be\s+(?:recovered|extracted|produced)\b", RegexOptions.Compiled);

    /// <summary>Whether a measure cue follows the figure before the next clause break, figure or the sentence end.</summary>
    private static bool CueInOwnClause(string sentence, Quantity quantity, int segmentEnd)
    {
        var end = segmentEnd;
        var clauseBreak = ClauseBreakRegex.Match(sentence, quantity.End);
        if (clauseBreak.Success && clauseBreak.Index < end)
        {
            end = clauseBreak.Index;
        }

        return Tokenizer.Tokenize(sentence[quantity.End..end]).Exists(t => TonnageLexicon.MeasureCues.ContainsKey(t.Text));
    }

    /// <summary>", containing roughly ", ", equivalent to about ", "which contains ": the next figure restates the one before.</summary>
    private static readonly Regex ContainedRestatementRegex = new(
        @"(?i)(?:,\s*|\s)(?:containing|which\s+contains?|that\s+contains?|equivalent\s+to|equating\s+to)\s+(?:(?:about|around|roughly|some|approximately|nearly|almost|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"1,000 tpa with Siemens Gamesa and 800 tpa with ...": figures listed by their counterparty share one measure.</summary>
    private static readonly Regex CounterpartyListRegex = new(
        @"^\s*(?:(?i:t|tpa|tonnes?|tons?)\s+)?(?i:with|to|from|for)\s+[^,;\d]{1,60}?\s+(?i:and)\s+(?i:(?:about|around|some|roughly|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A figure's own phrase (its rate and material) closed by a comma: " of terbium oxide, ", " a year of NdPr oxide, ".</summary>
    private static readonly Regex ListMemberClosedRegex = new(@"\G\s*(?:(?:a|per)\s+(?:year|annum)\s+)?(?:of\s+[^,;:.()\d]{1,60}?)?\s*,", RegexOptions.Compiled);

    private static bool ListJoined(string between) =>
        ListJoinRegex.IsMatch(between)
        && !Tokenizer.Tokenize(between).Exists(t => TonnageLexicon.MeasureCues.ContainsKey(t.Text) || TonnageLexicon.ParallelClauseWords.Contains(t.Text));

    private static bool ParallelClause(string between) =>
        Tokenizer.Tokenize(between).Exists(t => TonnageLexicon.ParallelClauseWords.Contains(t.Text));

    private static (double? Min, double? Max) Bounds(Quantity quantity, double factor)
    {
        if (quantity.Value1 is not { } v1)
        {
            return (null, null);
        }

        var low = v1 * factor;
        var high = (quantity.Value2 ?? v1) * factor;
        return quantity.Qualifier switch
        {
            "more_than" or "at_least" => (low, null),
            "less_than" or "up_to" => (null, high),
            _ => (low, high),
        };
    }

    private string? MaterialName(Material? material, ProductEntry? product) =>
        material?.CoordinatedName
        ?? product?.Name
        ?? (material?.ElementSymbol is { } symbol && index.Elements.TryGetValue(symbol, out var element) ? element.Name : null);

    private string Basis(Material? material, ProductEntry? product, string measure)
    {
        if (material is null || product is null)
        {
            return options.UnspecifiedBasis;
        }

        var basis = product.Basis ?? options.UnspecifiedBasis;
        if (measure == Measures.Reserve && product.Form == "group term")
        {
            return options.ReserveGroupTermBasis;
        }

        // Ore that is sold or dispatched is a product of the seller.
        return basis == "ore" && measure == Measures.Sales ? "product" : basis;
    }

    /// <summary>The earlier figure's material and window, then a coordinated verb phrase: " of dysprosium oxide in September and would ".</summary>
    private static readonly Regex EarlierWindowThenVerbPhraseRegex = new(
        @"^\s*(?:of\s+[^,;]{1,40}?\s+)?(?:in|for|during|over)\s+[^,;]{1,30}?,?\s+(?:and|but|while)\s+(?=(?:would|will|could|can|may|might|should|plans?|expects?|aims?)\b)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>A window right after the earlier figure, then ", and": "in the June quarter, and ".</summary>
    private static readonly Regex EarlierWindowThenAndRegex = new(@"^\s*(?:in|for|during|over)\s+[^,;]{1,40},\s*and\s+", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// The text a figure's window detail is read from: "up from 118,900 t in the June quarter, and sales of 98,400 t" — the
    /// window right after the earlier figure is that figure's own when ", and" opens a clause with a measure of its own (the
    /// kind of window may still be shared; which one is not).
    /// </summary>
    private static string DetailSegment(string periodSegment, bool afterAnotherFigure)
    {
        if (!afterAnotherFigure)
        {
            return periodSegment;
        }

        // "made its first 1.5 tonnes of dysprosium oxide in September and would be able to separate up to 1,500 tonnes a year":
        // after the earlier figure's window, a verb phrase of its own ("and would ...") starts this figure's words.
        if (EarlierWindowThenVerbPhraseRegex.Match(periodSegment) is { Success: true } own)
        {
            return periodSegment[own.Length..];
        }

        if (EarlierWindowThenAndRegex.Match(periodSegment) is not { Success: true } earlier)
        {
            return periodSegment;
        }

        var rest = periodSegment[earlier.Length..];
        return Tokenizer.Tokenize(rest).Exists(t => TonnageLexicon.MeasureCues.ContainsKey(t.Text)) ? rest : periodSegment;
    }

    /// <summary>
    /// The part of a figure's segment that can give its period: without a relative clause before the figure ("Malaysia,
    /// which banned exports in January 2024, exported 8,960 tonnes last year") and, when another figure follows, without
    /// the clause that leads to it ("2,944 tonnes in the first half, and plans a plant with annual capacity of 3,000").
    /// </summary>
    private static string PeriodSegment(string sentence, int segmentStart, int segmentEnd, Quantity quantity, bool figureFollows)
    {
        var end = segmentEnd;
        if (figureFollows && quantity.End < segmentEnd)
        {
            var breaks = ClauseBreakRegex.Matches(sentence, quantity.End);
            for (var b = breaks.Count - 1; b >= 0; b--)
            {
                if (breaks[b].Index < segmentEnd)
                {
                    end = breaks[b].Index;
                    break;
                }
            }
        }

        // "shipped 2.4 tonnes of dysprosium oxide, and expects to begin terbium output in the first quarter of 2027": a joined
        // clause about plans has its own time.
        if (PlanClauseRegex.Match(sentence, quantity.End, end - quantity.End) is { Success: true } plan)
        {
            end = plan.Index;
        }

        var head = sentence[segmentStart..quantity.Start];
        if (segmentStart > 0)
        {
            head = head[ParallelClauseStart(head)..]; // "..., while Y is targeting 45,000 t": the other clause's window is not its own
            if (RisingToRegex.Match(head) is { Success: true } rising)
            {
                head = head[rising.Index..]; // "1 tonne in 2026, rising to 48 tonnes": "in 2026" is the earlier figure's window
            }
        }

        if (head.Contains(',', StringComparison.Ordinal))
        {
            head = RelativeClauseBeforeRegex.Replace(head, " ");
        }

        // "treats around 240 tonnes of monazite a month and produced 120 tonnes of neodymium oxide in the April-September half":
        // when the figure's own part names a window, the rate of the joined clause before ("a month") is the earlier figure's
        // (measure34; dev9 K40).
        if (segmentStart > 0 && JoinedVerbClauseRegex.Matches(head) is { Count: > 0 } joined
            && TonnageLexicon.MeasureCues.ContainsKey(joined[^1].Groups["verb"].Value)
            && ExplicitWindowIn(sentence[quantity.End..end]))
        {
            head = head[joined[^1].Index..];
        }

        return head + sentence[quantity.Start..end];
    }

    /// <summary>"and produced", "and also exported": a clause joined by "and" whose verb follows.</summary>
    private static readonly Regex JoinedVerbClauseRegex = new(@"\b(?:and|but)\s+(?:also\s+|then\s+)?(?<verb>\p{Ll}+)(?:\s+(?:about|around|roughly|some|nearly|almost|just|over|more\s+than|an\s+estimated))?\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>", and expects to", ", but plans to", ", and will": a joined clause about what comes next.</summary>
    private static readonly Regex PlanClauseRegex = new(
        @",\s+(?:and|but)\s+(?:(?:it|they|the\s+company)\s+)?(?:expects?|plans?|aims?|intends?|hopes?|will|is\s+expected)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"bringing the total to", "bringing seizures this year to": the figure after is a running total.</summary>
    private static readonly Regex RunningTotalRegex = new(@"(?i)\bbringing\s+(?:[^,;.]*?\s)?to\s*(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", RegexOptions.Compiled);

    /// <summary>One to three capitalised words opening a sentence, then a lower-case verb ("Ngualla is", "Mount Weld produced").</summary>
    private static readonly Regex OpeningNameRegex = new(@"^(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+\p{Ll}", RegexOptions.Compiled);

    /// <summary>A state body's act on a project: "names Tanbreez a strategic project", "listed X as strategic", "approved", "selected".</summary>
    private static readonly Regex StateActsOnProjectRegex = new(
        @"\b(?:names|named|designates|designated|lists|listed|selects|selected|approves|approved|backs|backed|adds|added|declares|declared)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:as\s+)?(?:an?\s+|its\s+|to\s+its\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:strategic|priority|critical|key)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// The organisation whose possession an asset named in the sentence before the figure is ("X Corp's Tanbreez project"
    /// written earlier): each capitalised word before the figure that is no name is tried; the latest owner, or null.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? OwnerOfAssetNamedIn(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is null)
        {
            return null;
        }

        var names = NamesIn(sentence, context.Organisations, context.Candidates);
        foreach (Match word in Regex.Matches(sentence.Text[..quantity.NumberStart], @"\b\p{Lu}\p{Ll}[\p{L}-]+\b"))
        {
            if (word.Index == 0 || names.Exists(n => word.Index >= n.Start && word.Index < n.End) || TonnageLexicon.NoiseOpeners.Contains(word.Value))
            {
                continue;
            }

            var owners = context.Organisations.Mentions.Where(m => m.End < sentence.Start && m.Length > 0)
                .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
                .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => e.Start + e.Length < sentence.Start)
                    .Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
                .Where(o => context.Sentences.IndexOf(o.Start) is var home and >= 0 && context.Sentences.Sentences[home] is var earlier
                            && (PossessesAsset(earlier.Text.AsSpan(o.End - earlier.Start), word.Value)
                                || LegalFormThenAssetRegex.Match(earlier.Text[(o.End - earlier.Start)..]) is { Success: true } form
                                   && PossessesAsset(earlier.Text.AsSpan(o.End - earlier.Start + form.Length), word.Value)))
                .OrderBy(o => o.Start)
                .ToList();
            if (owners.Count > 0)
            {
                return owners[^1].Subject;
            }
        }

        return null;
    }

    /// <summary>A legal form right after a name, before its possessive: " Corp", " Ltd", " Inc.".</summary>
    private static readonly Regex LegalFormThenAssetRegex = new(@"^\s+(?:Corp|Corporation|Ltd|Limited|Inc|Plc|PLC|Co|LLC|AG|SA|AB|ASA|NV)\.?(?=['’])", RegexOptions.Compiled);

    /// <summary>
    /// The organisation whose possession ("X's Ngualla project", "X' Mount Weld mine") the sentence's opening name is, written
    /// in an earlier sentence; the latest such organisation, or null.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? AssetOwner(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is null)
        {
            return null;
        }

        // "Browns Range is expected to", "Ngualla's ore reserve stands at", "The Nolans project has": the asset's name.
        var opening = OpeningNameRegex.Match(sentence.Text) is { Success: true } plain && !TonnageLexicon.NoiseOpeners.Contains(plain.Groups["name"].Value.Split(' ')[0])
            ? plain
            : OpeningAssetRegex.Match(sentence.Text);
        if (!opening.Success || TonnageLexicon.NoiseOpeners.Contains(opening.Groups["name"].Value.Split(' ')[0]))
        {
            return null;
        }

        var name = opening.Groups["name"].Value;
        var itsAsset = new Regex(@"\b[Ii]ts\s+" + Regex.Escape(name) + @"\b(?!\s+\p{Lu})"); // "its Nolans project"
        (string? Id, string? Name, string? Kind)? owner = null;
        var ownerAt = -1;
        foreach (var earlier in context.Sentences.Sentences)
        {
            if (earlier.Start >= sentence.Start)
            {
                break;
            }

            foreach (var mention in context.Organisations.Mentions)
            {
                if (mention.Start >= earlier.Start && mention.End <= earlier.End && mention.Start > ownerAt
                    && PossessesAsset(earlier.Text.AsSpan(mention.End - earlier.Start), name))
                {
                    owner = (mention.Id, index.Organisations[mention.Id].Name, SubjectKinds.Organisation);
                    ownerAt = mention.Start;
                }
            }

            foreach (var candidate in context.Candidates)
            {
                foreach (var evidence in candidate.Evidence)
                {
                    var end = evidence.Start + evidence.Length;
                    if (evidence.Start >= earlier.Start && end <= earlier.End && evidence.Start > ownerAt
                        && PossessesAsset(earlier.Text.AsSpan(end - earlier.Start), name))
                    {
                        owner = (null, candidate.Name, SubjectKinds.Candidate);
                        ownerAt = evidence.Start;
                    }
                }
            }

            // "Arafura Rare Earths has signed an offtake with X and Y ... from its Nolans project": "its" + the asset is the
            // possession of the earlier sentence's subject, the first name it opens with (not a counterparty named between).
            if (itsAsset.Match(earlier.Text) is { Success: true } its
                && earlier.Start + its.Index > ownerAt)
            {
                var first = context.Organisations.Mentions.Where(m => m.Start >= earlier.Start && m.Start < earlier.Start + its.Index && !IsSource(earlier, m.Start))
                    .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
                    .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= earlier.Start && e.Start < earlier.Start + its.Index)
                        .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
                    .OrderBy(a => a.Start)
                    .ToList();
                if (first.Count > 0)
                {
                    owner = first[0].Subject;
                    ownerAt = earlier.Start + its.Index;
                }
            }
        }

        return owner ?? IntroducedAssetOwner(sentence, name, context);
    }

    /// <summary>A sentence opening with an asset's name: "The Ngualla project has", "Ngualla's ore reserve", "The Eneabba
    /// refinery will" (the name, then a possessive or an asset noun), "The plant at Songa will" (an asset noun, "at", the name).</summary>
    private static readonly Regex OpeningAssetRegex = new(
        @"^The\s+(?:processing\s+|separation\s+)?(?:plant|refinery|facility|mine|mill)\s+at\s+(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+\p{Ll}|^(?:The\s+)?(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?:['’]s?\s+\p{Ll}|\s+(?:rare[\s-]earths?\s+)?(?:project|mine|deposit|plant|refinery|facility|operation|smelter|complex)\b)",
        RegexOptions.Compiled);

    /// <summary>From an asset's name to its owner written after it: " project of ", " rare earth mine, owned by ", " deposit held by the ".</summary>
    private static readonly Regex OwnerAfterAssetRegex = new(
        @"^\s+(?:rare[\s-]earths?\s+)?(?:project|mine|deposit|plant|refinery|operation|prospect)\s*(?:,\s*)?(?:of|(?:which\s+is\s+)?(?:owned|operated|held|developed)\s+by)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"X, owner of the " / "X, the developer of " right after a name, up to the asset's name.</summary>
    private static readonly Regex OwnerOfAfterNameRegex = new(
        @"^\s*,\s*(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:owner|operator|developer)\s+of\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A buying verb right after a name, at most three words between ("Iluka will buy", "X has agreed to take").</summary>
    private static readonly Regex BuyerVerbAfterNameRegex = new(
        @"^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:buy|buys|bought|purchase|purchases|purchased|take|takes|took|receive|receives|received|import|imports|imported|source|sources|sourced)\b",
        RegexOptions.Compiled);

    /// <summary>"its own cracking and leaching plant at ", "its Malaysian plant in ": "its" a few words before an asset's name.</summary>
    private static readonly Regex ItsAssetBeforeRegex = new(
        @"\bits\s+(?:[\p{L}-]+\s+){0,5}?(?:plant|refinery|facility|mine|mill|project|operation|site|smelter|complex)\s+(?:at|in|near)\s+$",
        RegexOptions.Compiled);

    /// <summary>"from the " right before an asset's name: where bought material comes from.</summary>
    private static readonly Regex FromAssetRegex = new(@"\bfrom\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// An asset the text names without a possessive (§52): "Peak Rare Earths, owner of the Ngualla project" names its owner;
    /// otherwise the asset belongs to the first company named before it in the first sentence that names it ("Peak said it had
    /// signed ... from the Ngualla project", "Iluka, which is building a refinery at Eneabba"), except where that sentence
    /// takes material "from" it with the first company as buyer ("Iluka will buy ... from the Browns Range project"), where it is the
    /// text's first company when that is not the buyer. Null when the text names the asset only in this sentence.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? IntroducedAssetOwner(Sentence sentence, string name, SubjectContext context)
    {
        var word = new Regex(@"(?<![\p{L}-])" + Regex.Escape(name) + @"(?![\p{L}-])");
        var actors = context.Organisations.Mentions
            .Where(m => !index.Organisations[m.Id].IsSourceKind)
            .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .OrderBy(a => a.Start)
            .ToList();
        foreach (var earlier in context.Sentences!.Sentences)
        {
            if (earlier.Start >= sentence.Start)
            {
                break;
            }

            if (word.Match(earlier.Text) is not { Success: true } found)
            {
                continue;
            }

            var at = earlier.Start + found.Index;
            var inSentence = actors.Where(a => a.Start >= earlier.Start && a.End <= at && !IsSource(earlier, a.Start)).ToList();
            var explicitOwner = inSentence.FindLast(a => OwnerOfAfterNameRegex.IsMatch(earlier.Text.AsSpan(a.End - earlier.Start, at - a.End)));
            if (explicitOwner.Subject.Item2 is not null)
            {
                return explicitOwner.Subject;
            }

            // "a special mining licence for the Ngualla project of Peak Rare Earths", "the Kalulu mine, owned by X": the owner
            // written right after the asset's noun is its owner, not the licensing body named first (§79).
            var ownerAfter = actors.Find(a => a.Start >= at + name.Length && a.Start - earlier.Start <= earlier.Text.Length
                                              && OwnerAfterAssetRegex.IsMatch(earlier.Text.AsSpan(found.Index + name.Length, a.Start - at - name.Length)));
            if (ownerAfter.Subject.Item2 is not null)
            {
                return ownerAfter.Subject;
            }

            if (inSentence.Count == 0)
            {
                return null;
            }

            if (FromAssetRegex.IsMatch(earlier.Text.AsSpan(0, found.Index))
                && BuyerVerbAfterNameRegex.IsMatch(earlier.Text.AsSpan(inSentence[0].End - earlier.Start)))
            {
                var lead = actors.FirstOrDefault(a => a.Start < earlier.Start);
                return lead.Subject.Item2 is not null && lead.Subject != inSentence[0].Subject ? lead.Subject : null;
            }

            // "Fremantle Ports' report shows ..., as Lynas sent more concentrate to its own cracking and leaching plant at
            // Kalgoorlie": an asset introduced a few words after "its" belongs to the name that "its" refers to, the last one before it.
            if (ItsAssetBeforeRegex.Match(earlier.Text[..found.Index]) is { Success: true } its)
            {
                var possessor = inSentence.FindLastIndex(a => a.End <= earlier.Start + its.Index);
                if (possessor > 0 && inSentence.TrueForAll(a => a.Start < earlier.Start + its.Index))
                {
                    return inSentence[possessor].Subject;
                }
            }

            // "Mkango Resources signed an agreement under which subsidiary Mkango Malawi Ltd will deliver 2,000 t ... from the Songwe
            // Hill mine": the unit acting in its own clause before the asset works it, not the parent named first.
            var unit = inSentence.FindLastIndex(a => UnitAppositiveBefore(earlier.Text.AsSpan(0, a.Start - earlier.Start))
                                                     && ActsAfterNameRegex.IsMatch(earlier.Text.AsSpan(a.End - earlier.Start, at - a.End)));
            if (unit > 0)
            {
                return inSentence[unit].Subject;
            }

            return inSentence[0].Subject;
        }

        return null;
    }

    /// <summary>
    /// Whether the text right after a name is its possessive of the asset <paramref name="asset"/> ("'s Ngualla project",
    /// "' Mount Weld mine"): an apostrophe, an optional s, white space, the asset's name as a whole word, and no further
    /// capitalised word (then the asset is a longer name).
    /// </summary>
    private static bool PossessesAsset(ReadOnlySpan<char> after, string asset)
    {
        if (after.Length == 0 || after[0] is not ('\'' or '’'))
        {
            return false;
        }

        var i = after.Length > 1 && after[1] == 's' ? 2 : 1;
        var spaces = i;
        while (i < after.Length && char.IsWhiteSpace(after[i]))
        {
            i++;
        }

        if (i == spaces || !after[i..].StartsWith(asset, StringComparison.Ordinal))
        {
            return false;
        }

        i += asset.Length;
        if (i < after.Length && (char.IsLetterOrDigit(after[i]) || after[i] == '_'))
        {
            return false;
        }

        var next = i;
        while (next < after.Length && char.IsWhiteSpace(after[next]))
        {
            next++;
        }

        return next == i || next == after.Length || !char.IsUpper(after[next]);
    }

    /// <summary>The organisation or candidate named earlier in the text whose name begins with the sentence's opening name
    /// followed by more words ("Cyclic" for "Cyclic Materials"); the latest, or null.</summary>
    private (string? Id, string? Name, string? Kind)? ShortNameOf(Sentence sentence, SubjectContext context)
    {
        if (OpeningNameRegex.Match(sentence.Text) is not { Success: true } opening
            || TonnageLexicon.NoiseOpeners.Contains(opening.Groups["name"].Value.Split(' ')[0]))
        {
            return null;
        }

        var prefix = opening.Groups["name"].Value + " ";
        (string? Id, string? Name, string? Kind)? found = null;
        var foundAt = -1;
        foreach (var mention in context.Organisations.Mentions)
        {
            var name = index.Organisations[mention.Id].Name;
            if (mention.End <= sentence.Start && mention.Start > foundAt && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                found = (mention.Id, name, SubjectKinds.Organisation);
                foundAt = mention.Start;
            }
        }

        foreach (var candidate in context.Candidates)
        {
            foreach (var evidence in candidate.Evidence)
            {
                if (evidence.Start + evidence.Length <= sentence.Start && evidence.Start > foundAt && candidate.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    found = (null, candidate.Name, SubjectKinds.Candidate);
                    foundAt = evidence.Start;
                }
            }
        }

        return found;
    }

    /// <summary>", which", ", that", ", where", ", in which" (optionally "the") right before a name: the name opens a relative clause.</summary>
    private static readonly Regex WhichBeforeRegex = new(@",\s+(?:which|that|where|in\s+which|at\s+which)\s+(?:the\s+)?$", RegexOptions.Compiled);

    private static readonly Regex ClauseBreakRegex = new(@"[,;](?=\s)", RegexOptions.Compiled);

    /// <summary>", which banned exports in January 2024,": a relative clause set off by commas.</summary>
    /// <summary>", used in glass polishing,", ", used for jet engines,": a participle aside set off by commas.</summary>
    private static readonly Regex ParticipleAsideRegex = new(@",\s*(?:used|needed|prized|valued)\s+(?:in|for|as|by|to)\b[^,;.]*,(?=\s)", RegexOptions.Compiled);

    private static readonly Regex RelativeClauseBeforeRegex = new(@",\s*(?:which|who)\b(?:[^,;]|,(?=\d))*,(?=\s)", RegexOptions.Compiled);

    /// <summary>
    /// The period the figure's own clause names (from the last clause break before the figure to the first break or
    /// comparison after it): a rate anywhere in it ("monthly output of ... at 2,700 t next year"), else a window written
    /// after the figure ("... in the first half of 2027 with 1,500 t in the first year", "3,000 t/month in the December
    /// quarter and about 40,000 t next year", "or 10,000 tonnes in total"), else one before it in the clause; null when the
    /// clause names none (then the wider segment is read).
    /// </summary>
    private static string? OwnClausePeriod(Quantity quantity, (string Own, string Tail)? clause)
    {
        if (quantity.UnitPeriod is { } unitPeriod)
        {
            return unitPeriod;
        }

        if (clause is not { } found)
        {
            return null;
        }

        if (SameWindowRegex.IsMatch(found.Tail))
        {
            return null; // "down from 37,100 t in the same period last year": the window of the figure it is compared with
        }

        if (QualificationLotTailRegex.IsMatch(found.Tail) && !SoFarRegex.IsMatch(found.Own) && !SoFarRegex.IsMatch(found.Tail)
            // "to supply up to 200 tonnes of concentrate a year for testing": a yearly rate written in the clause stays a rate (dev9 K27).
            && !PerYearRegex.IsMatch(found.Own))
        {
            // "agreed to sell 60 tonnes of it to Solvay's La Rochelle site for qualification": a lot for qualification or testing
            // is one lot, not a share of the yearly rate named before it (product31; dev4 E30, dev5 F16 samples are one_off).
            return Periods.OneOff;
        }

        var own = ActTimingRegex.Replace(found.Own, " ");
        if (PerDayRegex.IsMatch(own))
        {
            return Periods.PerDay;
        }

        if (PerYearRegex.IsMatch(own))
        {
            return Periods.PerYear;
        }

        if (MonthRateRegex.IsMatch(own))
        {
            return Periods.Month;
        }

        if (PerUnitRateRegex.IsMatch(own))
        {
            return Periods.PerUnit; // "produces 4.5 tonnes of rare earth metal per shift": a rate per shift, truck or campaign (dev9 decision 4)
        }

        if (WeekRateRegex.IsMatch(own))
        {
            return Periods.Unknown; // "850 t of metal per week in the first half of the month": a weekly rate has no period of its own in tonnages.md
        }

        return ExplicitPeriod(quantity, found.Tail) ?? ExplicitPeriod(quantity, own)
               // "a trader sold 200 kg of dysprosium on Tuesday": a figure dated to a day in its own clause is one lot, not the
               // window of the sentence before (product31); "announced on Monday" dates the statement, not the figure.
               ?? (DayDatedTailRegex.IsMatch(found.Tail) ? Periods.OneOff : null);
    }

    /// <summary>"to date", "so far": a running total, even of lots sent for testing ("has sold 3 tonnes to date to buyers for testing").</summary>
    private static readonly Regex SoFarRegex = new(@"(?i)(?<!\bup[\s-])\bto[\s-]date\b|\bso\s+far\b", RegexOptions.Compiled);

    /// <summary>"its first cargo, ", "the first shipment, about ": a first lot named, then the figure in apposition.</summary>
    private static readonly Regex FirstLotAppositionBeforeRegex = new(
        @"(?i)\b(?:its|the|their|our|a)\s+(?:very\s+)?first\s+(?:[\p{L}-]+\s+){0,2}?(?:cargo(?:e?s)?|shipments?|consignments?|deliver(?:y|ies)|loads?|lots?|batch(?:es)?|parcels?|vessels?|export\s+order)\s*[,(–—-]\s*(?:(?:about|around|some|roughly|nearly|almost|just\s+over|more\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>" of it to X's site for qualification", " for testing", " as samples": a lot sent to be tested.</summary>
    private static readonly Regex QualificationLotTailRegex = new(
        @"^[^,;]*?\b(?i:for\s+(?:product\s+|customer\s+|magnet\s+)?(?:qualification|testing|trials|evaluation)|as\s+(?:a\s+)?samples?|from\s+(?:a|the|its|their|one)\s+(?:single\s+)?(?:bulk|trial|first|test)\s+samples?)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>" of dysprosium on Tuesday": a weekday after the figure in its clause, not after a reporting verb.</summary>
    private static readonly Regex DayDatedTailRegex = new(
        @"^[^,;]*?(?<!\b(?i:said|says|announced|reported|issued|published|released|disclosed|told|confirmed|added)\s+)\b(?i:on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The figure's own clause in <paramref name="segment"/> (from the last clause break before the figure to the first
    /// break or comparison after it) and its tail (from the figure on); null when the figure is not found.
    /// </summary>
    private static (string Own, string Tail)? OwnClause(string segment, int figureAt, int figureLength)
    {
        if (figureAt < 0 || figureAt + figureLength > segment.Length)
        {
            return null;
        }

        var headStart = 0;
        foreach (Match clauseBreak in ClauseBreakRegex.Matches(segment[..figureAt]))
        {
            headStart = clauseBreak.Index + 1;
        }

        var tailEnd = TailCutRegex.Match(segment, figureAt + figureLength) is { Success: true } cut ? cut.Index : segment.Length;
        return (segment[headStart..tailEnd], segment[figureAt..tailEnd]);
    }

    /// <summary>"into the reserve", "to the national stockpile", "for the strategic reserve": a stock a flow goes into.</summary>
    private static readonly Regex IntoReserveRegex = new(
        @"(?i)\b(?:into|to|for)\s+(?:the|a|its|their|a\s+new)\s+(?:[\p{L}-]+\s+){0,2}?(?:reserve|stockpile)\b", RegexOptions.Compiled);

    /// <summary>"... and Malaysia ", ", while Japan ": a name and no verb between two figures (a gapped clause).</summary>
    private static readonly Regex GappedClauseRegex = new(
        @"^\s*(?:of\s+[^,;\d]{0,60}?)?\s*(?:,\s*)?(?:and|while|whereas)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:(?:about|around|some|roughly|nearly|almost|another|a\s+further|between|up\s+to|at\s+least|more\s+than|less\s+than|just|only)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A yearly rate word: "a year", "per annum", "annually", "tpa".</summary>
    private static readonly Regex RateAfterRegex = new(@"(?i)\b(?:a|per|each|every)\s+(?:year|annum)\b|\bannually\b|\btpa\b|\bt/y", RegexOptions.Compiled);

    /// <summary>A past purchase verb right before the figure (a hedge between): "bought 2,500 tonnes", "purchased about 300 t".</summary>
    private static readonly Regex PastPurchaseBeforeRegex = new(@"(?i)\b(?:bought|purchased)\s+(?:(?:about|around|some|roughly|approximately|nearly|almost|another|a\s+further|an\s+additional|a\s+total\s+of|over|more\s+than|up\s+to)\s+)?$", RegexOptions.Compiled);

    /// <summary>A sentence opening on the figure before and listing its parts: "The purchases will include", "The total includes", "The allocation comprises".</summary>
    private static readonly Regex PartsOfBeforeRegex = new(
        @"^\W*(?:The|These|This|That|Those)\s+(?:[\p{L}-]+\s+){0,2}?(?:purchases|purchase|deliveries|shipments|exports|imports|total|allocation|allocations|quota|quotas|volume|volumes|amount|order|orders|acquisitions)\s+(?:(?:will|would|also|are\s+to)\s+)*(?:include|includes|included|comprise|comprises|comprised)\s+(?:(?:about|around|some|roughly|nearly|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A past verb of using up feed right before a figure: "consumed 9,350 tonnes", "used about 400 t".</summary>
    private static readonly Regex PastUseBeforeRegex = new(@"(?i)\b(?:consumed|used)\s+(?:(?:about|around|some|roughly|nearly|almost|a\s+total\s+of)\s+)?\d"
        // "Residue generated during smelting totalled 61,400 tonnes": waste given off, a completed amount too (measure32).
        + @"|\bgenerated\b[^,;]{0,60}?\b(?:totall?ed|amounted\s+to|came\s+to|was|were|reached)\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?\d", RegexOptions.Compiled);

    /// <summary>"reduce its residue stockpile by", "cut stocks by": a cut to a stock; with "by 2030" after it, a total to be cut by then (measure32).</summary>
    private static readonly Regex StockCutByRegex = new(
        @"(?i)\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers|lowered|trim|trims|trimmed|shrink|shrinks|halve|halved)\b[^,;]{0,50}?\b(?:stockpiles?|stocks?|inventor(?:y|ies))\s+by\b", RegexOptions.Compiled);

    /// <summary>A trial or test campaign named before a figure: "trial mining", "test mining", "a bulk sample", "pilot mining".</summary>
    private static readonly Regex TrialMiningBeforeRegex = new(@"(?i)\b(?:trial|test|pilot)[\s-]+(?:mining|mine|pit)\b|\bbulk\s+sample\b", RegexOptions.Compiled);

    /// <summary>"in the same period last year", "the same quarter a year earlier": the window of another figure, a year apart.</summary>
    private static readonly Regex SameWindowRegex = new(@"(?i)\b(?:same|corresponding|comparable|year-earlier|prior-year)\s+(?:period|quarter|half|month|months|time|window)\b", RegexOptions.Compiled);

    /// <summary>A rate per week or per hour ("per week", "a week", "weekly", "per hour"; not "a week earlier"): no period of its own (§53).</summary>
    private static readonly Regex WeekRateRegex = new(@"(?i)\b(?:per\s+week|a\s+week|each\s+week|every\s+week|weekly|per\s+hour|an\s+hour|each\s+hour|every\s+hour|hourly)\b(?!\s+(?:earlier|ago|before|later|after|of)\b)|/week\b"
        + @"|(?i)\b(?:in|during|over|for)\s+the\s+week\s+(?:to|ended|ending|through|until)\b", RegexOptions.Compiled); // "in the week to November 19" (§58); "per shift" is per_unit (dev9 decision 4; period33)

    /// <summary>"now", "currently", "current", "at present": the figure is today's rate.</summary>
    private static readonly Regex NowRegex = new(@"(?i)\b(?:now|currently|current|at\s+present|presently)\b", RegexOptions.Compiled);

    /// <summary>"by 2030", "by the end of 2027", "by FY2030": a target year.</summary>
    private static readonly Regex ByYearRegex = new(@"(?i)\bby\s+(?:the\s+end\s+of\s+)?(?:(?:fiscal|FY)\s?)?(?:19|20)\d{2}\b|\bby\s+FY\s?\d{2,4}\b", RegexOptions.Compiled);

    /// <summary>Where a figure's own clause ends after it: a clause break, or a comparison with another figure or window.</summary>
    private static readonly Regex TailCutRegex = new(@"[,;](?=\s)|\b(?i:up|down|higher|lower|more|less|compared|versus|vs|than|against|while|whereas)\b", RegexOptions.Compiled);

    private static string? ExplicitPeriod(Quantity quantity, string segment)
    {
        if (quantity.UnitPeriod is { } unitPeriod)
        {
            return unitPeriod;
        }

        // "quotas, likely around 135,000 mt, to be issued in the first quarter": when a quota or a figure is issued or
        // announced dates the act, not the window the figure covers.
        segment = ActTimingRegex.Replace(segment, " ");
        segment = ControlActTimingRegex.Replace(segment, " ");
        // "trucked 41 tonnes of concentrate to the plant, the first delivery since a dispute halted shipments in 2023": the aside
        // dates the gap before this delivery, not a window the figure sums over (§76).
        segment = FirstSinceAsideRegex.Replace(segment, " ");
        // "installed capacity stood at 40,000 tons at the end of December", "capacity of 12,000 t as of March": the end of a month
        // is the date a level is read on, not a month the figure sums over (product31).
        segment = MonthEndDateRegex.Replace(segment, " ");

        if (PerUnitRateRegex.IsMatch(segment))
        {
            // "Each of the three workshops produces 4.5 tonnes of rare earth metal per shift, working three shifts a day": a rate per
            // shift, truck or campaign is per_unit, never aggregated (dev9 decision 4, K37; period33).
            return Periods.PerUnit;
        }

        if (PerDayRegex.IsMatch(segment))
        {
            return Periods.PerDay;
        }

        if (PerYearRegex.IsMatch(segment))
        {
            return Periods.PerYear;
        }

        if (MonthRateRegex.IsMatch(segment))
        {
            // "24,000 t of concentrate a month in the first half", "1,000 t monthly since July": a rate per month is the
            // figure's period, the window only says when the rate held.
            return Periods.Month;
        }

        if (YearToDateRegex.Match(segment) is { Success: true } toDate)
        {
            return MonthRangeWindow(toDate.Value) ?? Periods.Cumulative;
        }

        if (PerQuarterRegex.IsMatch(segment))
        {
            return Periods.PerQuarter;
        }

        if (HalfYearRegex.IsMatch(segment))
        {
            return Periods.HalfYear;
        }

        if (MonthRegex.IsMatch(segment))
        {
            return Periods.Month;
        }

        if (CumulativeRegex.IsMatch(segment))
        {
            return Periods.Cumulative;
        }

        return YearRegex.IsMatch(segment) ? Periods.Year
            : TotalRegex.IsMatch(segment) ? Periods.Cumulative // "or 10,000 tonnes in total", "2,600 tonnes all told"
            : null;
    }

    /// <summary>"in total", "all told", "under a five-year contract": a sum over the whole term when no window is named ("3,000 tons next year under a five-year contract" is next year's).</summary>
    private static readonly Regex TotalRegex = new(@"(?i)\b(?:in\s+total|all\s+told|under\s+an?\s+[\w-]+[\s-]year\s+(?:deal|contract|agreement))\b", RegexOptions.Compiled);

    /// <summary>
    /// "April-September", "July to September": a month range that does not start in January is a fiscal window, not an
    /// amount so far this year: three months are a quarter, six a half year; otherwise null. From January, six months are
    /// the first half ("January-June", §37) and three the first quarter; a longer range from January is year-to-date (null).
    /// </summary>
    private static string? MonthRangeWindow(string range)
    {
        var months = Regex.Matches(range, @"\p{L}+").Select(m => MonthIndex(m.Value)).Where(i => i > 0).ToList();
        if (months.Count != 2)
        {
            return null;
        }

        const int MonthsInYear = 12;
        const int QuarterMonths = 3;
        const int HalfYearMonths = 6;
        var span = ((months[1] - months[0] + MonthsInYear) % MonthsInYear) + 1;
        return span switch
        {
            QuarterMonths => Periods.PerQuarter,
            HalfYearMonths => Periods.HalfYear,
            _ => null,
        };
    }

    /// <summary>1-12 for a month name or abbreviation (invariant culture), else 0.</summary>
    private static int MonthIndex(string word)
    {
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (word.Equals(format.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || word.Equals(format.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Right after a figure, the quota it is a share of: " of the mining quota", " of mining quota", " of this year's quota".</summary>
    /// <summary>"mining quota", "smelting and separation quota", "smelting-separation quotas", "separation quota": a kind of
    /// China's production quotas, which are set in tonnes of REO.</summary>
    private static readonly Regex ChineseQuotaKindRegex = new(@"(?i)\b(?:mining|smelting|separation|smelting[- ]and[- ]separation|smelting[- ]separation)\s+(?:quotas?|allowances?)\b", RegexOptions.Compiled);

    private static readonly Regex QuotaShareAfterRegex = new(@"(?i)^\s+of\s+(?:the\s+|this\s+|its\s+|that\s+)?(?:[\p{L}'’-]+\s+){0,2}?quotas?\b", RegexOptions.Compiled);

    /// <summary>A basis stated later in the figure's sentence: ", both in rare earth oxide terms", "on a TREO basis", "in REO equivalent".</summary>
    private static readonly Regex BasisTermsAfterRegex = new(
        @"\G[^.;]*?\b(?:in|on\s+an?)\s+(?:(?<total>total\s+rare[\s-]earth\s+oxides?|TREO)|rare[\s-]earth\s+oxides?|REO|oxide)\s+(?:terms|basis|equivalent)\b",
        RegexOptions.Compiled);

    /// <summary>A change of the figure before, right before the new value: "would double that to ", "will lift it to about ".</summary>
    private static readonly Regex ChangedThatBeforeRegex = new(
        @"(?i)\b(?:double|doubles|doubled|doubling|triple|triples|tripled|lift|lifts|lifted|raise|raises|raised|take|takes|took|bring|brings|brought|increase|increases|increased|expand|expands|expanded|boost|boosts|boosted|cut|cuts|reduce|reduces|reduced)\s+(?:that|it|this|them|those)\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A strategic reserve or stockpile, then (in the same sentence) a verb of buying, before the figure.</summary>
    private static readonly Regex StockpileBuyingBeforeRegex = new(
        @"(?i)\b(?:strategic\s+(?:[\p{L}-]+\s+){0,2}?reserves?|stockpiles?|stockpiling)\b[^.;]*\b(?:buy|buying|purchase|purchasing|acquire|acquiring)\b",
        RegexOptions.Compiled);

    /// <summary>A market qualifier of "supply" other than "the" and "new" ("mine supply", "ex-China supply").</summary>
    private static bool QualifiesSupply(List<Token> words, int w) =>
        (MarketSupplyQualifiers.Contains(words[w].Text) && words[w].Text.ToLowerInvariant() is not ("the" or "new"))
        // "ex-China", "non-Chinese" (the tokenizer splits at the hyphen).
        || (words[w].Text is "China" or "Chinese" && w > 0 && words[w - 1].Text.ToLowerInvariant() is "ex" or "non");

    /// <summary>Words of a product that may name a market's supply opening its clause ("Dysprosium oxide supply", "NdPr supply").</summary>
    private static readonly FrozenSet<string> SupplyProductWords = new[]
    {
        "lanthanum", "cerium", "praseodymium", "neodymium", "promethium", "samarium", "europium", "gadolinium", "terbium",
        "dysprosium", "holmium", "erbium", "thulium", "ytterbium", "lutetium", "yttrium", "scandium", "NdPr", "PrNd", "oxide", "oxides",
        "metal", "metals", "rare", "earth", "earths", "magnet", "magnets", "carbonate", "concentrate", "heavy", "light", "separated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may qualify a market's supply opening its clause: "World supply", "Mined supply", "Total new supply".</summary>
    private static readonly FrozenSet<string> MarketSupplyQualifiers = new[]
    {
        "the", "global", "world", "worldwide", "total", "mined", "mine", "refined", "primary", "new", "market", "non-Chinese", "ex-China",
        "seaborne", "secondary",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of a clause up to its figure: a product phrase ending in a form word, then a verb of amount ("NdPr
    /// oxide came in at", "Mixed rare earth carbonate totalled").</summary>
    private static readonly Regex ProductCameInBeforeRegex = new(
        @"^(?:[\p{L}-]+ ){0,3}(?:oxides?|metals?|alloys?|concentrates?|carbonates?|MREC|NdPr|PrNd)(?: output)? (?:came in at|totall?ed|reached|amounted to|was|were)(?: (?:about|around|roughly|some|nearly|almost|just))?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private (string Measure, bool SizesShipment) Measure(Quantity quantity, List<Token> words, string? explicitPeriod, List<(int Start, int End)> names)
    {
        var firstWord = words.FindIndex(w => w.Start >= quantity.NumberStart);
        var afterWord = words.FindIndex(w => w.Start >= quantity.End);
        if (firstWord < 0)
        {
            firstWord = words.Count;
        }

        if (afterWord < 0)
        {
            afterWord = words.Count;
        }

        if (quantity.SmallMassUnit && IsIntensity(words))
        {
            return (Measures.Intensity, false);
        }

        // "Each truck carries 28 to 32 tons of carbonate": the load of one haulage vehicle is a shipment per load (measure34).
        if (!quantity.SmallMassUnit && MeasureShapes.HaulageLoad(words, firstWord))
        {
            return (Measures.Shipment, false);
        }

        // "A single 15MW turbine uses roughly 2 tonnes of magnets", "Each of its furnaces needs about 1.2 t": what one unit
        // uses is an intensity, whatever the unit of mass.
        if (OneUnitUses(words, firstWord))
        {
            return (Measures.Intensity, false);
        }

        // "about 0.3 tonnes of NdPr oxide per tonne of magnet": input per unit of output, an intensity (§53).
        if (afterWord < words.Count && PerUnitOfOutput(words, afterWord))
        {
            return (Measures.Intensity, false);
        }

        // Adjectival figure: "a 5,000-tonne magnet plant", "a single 1,000-tonne shipment".
        if (AdjectivalHead(quantity, words) is { } head)
        {
            return (head, head == Measures.Shipment);
        }

        // "Last quarter you did 2,004 tonnes", "We did about 640 tonnes in October": in spoken English (a results call) "did" right
        // before a figure is the output of the speaker's business (§74); not "Did 300 tonnes go to Japan?" (a question).
        if (DidFigure(words, firstWord))
        {
            return (Measures.Production, false);
        }

        // "is now permitted to process up to 10,500 tonnes of NdPr equivalent a year": a permitted volume is a limit, a quota.
        if (MeasureShapes.PermittedTo(words, firstWord))
        {
            return (Measures.Quota, false);
        }

        // "whose factory in Fort Worth is scaling up to 1,000 tons of NdFeB magnets a year": the yearly size a plant is being
        // scaled up to is its capacity (§74), not its output or an offtake named elsewhere in the sentence.
        if (explicitPeriod is Periods.PerYear && ScaledUpTo(words, firstWord))
        {
            return (Measures.Capacity, false);
        }

        // "the 10X facility will add another 7,000 tons", "a second phase that would double that to 3,000 tonnes": what a planned
        // plant or phase adds is capacity (§78).
        if (MeasureShapes.PlantWillAdd(words, firstWord))
        {
            return (Measures.Capacity, false);
        }

        // "a Texas hub that would take 2,700 tonnes per annum of scrap", "the plant processing 1.1 Mtpa of ore": the yearly feed a
        // plant takes in is its size (§78).
        if (explicitPeriod is Periods.PerYear && MeasureShapes.FeedRateOfPlant(words, firstWord, afterWord))
        {
            return (Measures.Capacity, false);
        }

        // "a separation plant of at least 2,000 tonnes a year": the size of a plant.
        if (explicitPeriod is null or Periods.PerYear or Periods.PerDay && SizesPlant(words, firstWord))
        {
            return (Measures.Capacity, false);
        }

        // "running at an annualised rate of 180 tonnes", "a run-rate of 1,300 tonnes a month": a plant's current rate is
        // production at that rate (§37), whatever cue is nearer ("designed to produce 300 tpa and was running at a rate of").
        if ((MeasureShapes.RunRate(words, firstWord) is not null || MeasureShapes.RunsAt(words, firstWord))
            && !MeasureShapes.RunsForOtherFlow(words, firstWord))
        {
            return (Measures.Production, false);
        }

        // "plans to hold a buffer stock of up to 200 tonnes", "build a reserve of 1,000 tonnes", "plans to hold up to 2,000
        // tonnes": material a body means to keep is a stockpile (§37), not its output or a mineral reserve.
        if (MeasureShapes.StockHeld(words, firstWord))
        {
            return (Measures.Stockpile, false);
        }

        // "is targeting 5,000 t per year of concentrate by 2028 after a US$150 million expansion": a target aims at output (measure34).
        if (MeasureShapes.TargetsOutput(words, firstWord, afterWord))
        {
            return (Measures.Production, false);
        }

        // "the operation moves roughly 4 million tonnes of clay a year": earth moved at a mine is mined (measure34).
        if (MeasureShapes.MovesOre(words, firstWord, afterWord))
        {
            return (Measures.Production, false);
        }

        // "will hand over about 2,000 tonnes of tailings to IREL": material handed to another party is moved to it, one lot
        // unless a rate follows (measure34; dev9 K40).
        if (MeasureShapes.HandedOver(words, firstWord))
        {
            return (Measures.Shipment, quantity.UnitPeriod is null && !MeasureShapes.RateAfter(words, afterWord));
        }

        // "released 120 tonnes of the oxide from its reserves": let out of a stock onto the market, a sale (§55).
        if (MeasureShapes.ReleasedFromStock(words, firstWord))
        {
            return (Measures.Sales, quantity.UnitPeriod is null && !MeasureShapes.RateAfter(words, afterWord)); // one lot let out, unless a rate
        }

        // "..., while inventories at separators were ...": a cue after a parallel-clause word belongs to that clause.
        var clauseEnd = words.FindIndex(afterWord, t => TonnageLexicon.ParallelClauseWords.Contains(t.Text));
        if (clauseEnd < 0)
        {
            clauseEnd = words.Count;
        }

        // "China produced 270,000 t under its quota, while Lynas made 10,462 t": a cue before a parallel-clause word that
        // comes before the figure belongs to the other clause; only a clause without a cue of its own shares it
        // ("Vietnam exported 1,200 t in May, while Laos 900 t").
        var clauseStart = words.FindLastIndex(Math.Max(0, firstWord - 1), Math.Max(0, firstWord), t => TonnageLexicon.ParallelClauseWords.Contains(t.Text)) + 1;

        // "terbium oxide sales fell to 12,800 kg as Chinese export licences slowed shipments": a cue in a clause of reason
        // after the figure ("as", "because", "amid") is about the cause; with a cue of its own before it, the figure keeps that.
        var reason = ReasonClauseAfter(words, afterWord, clauseEnd);
        if (reason >= 0 && NearestCue(words, names, clauseStart, firstWord, firstWord, afterWord).Cue is not null)
        {
            clauseEnd = reason;
        }
        var (best, bestIndex) = NearestCue(words, names, clauseStart, clauseEnd, firstWord, afterWord);
        if (best is not null && bestIndex < firstWord && FrontedPartitiveEnd(words, firstWord) is var frontedComma and > 0 && bestIndex < frontedComma
            && NearestCue(words, names, frontedComma + 1, clauseEnd, firstWord, afterWord) is { Cue: not null } partCue && partCue.Index >= afterWord)
        {
            // "Of the 120 tonnes of mixed oxide that Cyclic expects to make in 2027, 90 tonnes have already been committed to Solvay":
            // a cue in the fronted partitive is the whole's; the part's own verb after it is the figure's (dev9 K16; measure33).
            (best, bestIndex) = partCue;
        }
        if (ComparedBefore(words, firstWord)
            && NearestCue(words, names, clauseStart, firstWord, firstWord, afterWord) is { Cue: not null } comparedCue)
        {
            // "shipped no concentrate in the quarter, compared with 10,480 tonnes a year earlier, and instead stockpiled ...":
            // a figure compared with something is of the measure named before it, not of the next clause's.
            (best, bestIndex) = comparedCue;
        }
        if (best is null && clauseStart > 0)
        {
            (best, bestIndex) = NearestCue(words, names, 0, clauseEnd, firstWord, afterWord);
        }

        // "Demand for NdPr oxide will reach 94 kilotonnes in 2030, against primary supply of 81 kilotonnes": a cue behind
        // "against/versus" after the figure names the other side of a balance; the figure keeps the cue of its own before it (§78).
        if (best is not null && bestIndex >= afterWord && BalanceWordBetween(words, afterWord, bestIndex)
            && NearestCue(words, names, clauseStart, firstWord, firstWord, afterWord) is { Cue: not null } ownCue)
        {
            (best, bestIndex) = ownCue;
        }

        // "Residue generated during smelting totalled 61,400 tonnes, all stored at a licensed facility": a stock word in an aside
        // after the figure (", all/most of it stored") says where the material went; the figure keeps its own cue (measure32).
        if (best is not null && bestIndex >= afterWord && StockAsideBetween(words, afterWord, bestIndex)
            && NearestCue(words, names, clauseStart, firstWord, firstWord, afterWord) is { Cue: not null } ownCueBeforeAside)
        {
            (best, bestIndex) = ownCueBeforeAside;
        }

        // "cut its residue stockpile by at least 450,000 tonnes by 2030": the size of a cut to a stock is a change, other (dev7
        // convention (5)), not the stock itself.
        if (best == Measures.Stockpile && bestIndex < firstWord && StockCutBy(words, bestIndex, firstWord))
        {
            return (Measures.Other, false);
        }

        // "requests ... to ship 80,000 tonnes of ionic clay ore stockpiled at the Bukit Merah site", "asked for permission to sell
        // 25,000 tonnes of monazite sand stockpiled at the jetty": material a verb only means to move, described as stockpiled or
        // stored at a place, is a stock (dev7 H16); "shipped 1,800 t of carbonate stored at its warehouse" stays a flow.
        if (best is Measures.Shipment or Measures.Sales or Measures.Export && bestIndex >= 1 && bestIndex < firstWord
            && words[bestIndex - 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && StockedAtAfter(words, afterWord, clauseEnd))
        {
            return (Measures.Stockpile, false);
        }

        // "containing an estimated 15 million tonnes of rare earth oxides that could be recovered in future": material that only
        // could be won, with no rate, is a resource in place, not output (dev7 H36).
        if (best == Measures.Production && bestIndex >= afterWord + 2 && bestIndex < clauseEnd && explicitPeriod is not (Periods.PerYear or Periods.PerDay)
            && quantity.UnitPeriod is null
            && words[bestIndex].Text.ToLowerInvariant() is "recovered" or "extracted" or "produced"
            && words[bestIndex - 1].Text.Equals("be", StringComparison.OrdinalIgnoreCase)
            && words[bestIndex - 2].Text.ToLowerInvariant() is "could" or "can" or "may" or "might"
            && words.Skip(afterWord).Take(bestIndex - afterWord).Any(t => t.Text.ToLowerInvariant() is "that" or "which"))
        {
            return (Measures.Resource, false);
        }

        // "a second rare earth project, Wigu Hill, held an estimated 3.3 million tonnes of ore": ore a body holds is a resource in
        // the ground (dev7 H22), whatever the story's output cue; "Its warehouse held 420 tonnes of oxide" stays a stock.
        if (OreHeld(words, firstWord, afterWord))
        {
            return (Measures.Resource, false);
        }

        // "Each beneficiary will be allotted up to 1,200 MTPA of capacity" (T10), "to build 6,000 MTPA of magnet capacity, with
        // each beneficiary allotted up to 1,200 MTPA": what is allotted is capacity when the sentence says so.
        if (best == Measures.Quota && bestIndex < firstWord && words[bestIndex].Text.ToLowerInvariant() is "allotted" or "alloted" or "allots"
            && (CapacityOfAfter(words, afterWord) || words.Take(bestIndex).Any(t => t.Text.ToLowerInvariant() is "capacity" or "capacities")))
        {
            return (Measures.Capacity, false);
        }

        // "will toll-process 160 tonnes of mixed rare earth carbonate from a Brazilian supplier", "toll treated 900 t": material put
        // through for another party's account is feed handled, other (dev6 G13, dev7 H30), not the processor's capacity or output.
        if (best is not null && bestIndex > 0 && bestIndex < firstWord && words[bestIndex - 1].Text.Equals("toll", StringComparison.OrdinalIgnoreCase))
        {
            return (Measures.Other, false);
        }

        // "The Geological Survey of India has estimated 1.11 lakh tonnes of rare earth oxide in a carbonatite complex in Rajasthan":
        // material estimated to lie in a deposit is a resource (dev8 J33), not a flow.
        if (best is null or Measures.Other && EstimatedVerbBefore(words, firstWord) && EstimatedInDepositAfterRegex.IsMatch(SpanAfter(words, afterWord)))
        {
            return (Measures.Resource, false);
        }

        // "Beneficiation plant throughput: averaged 1,950 tpd in September against a design rate of 2,100 tpd": the feed a plant
        // actually put through on average is other, not its size (dev8 J03).
        if (best == Measures.Capacity && bestIndex < firstWord && words[bestIndex].Text.ToLowerInvariant() is "throughput" or "processing" or "feed"
            && VerbRightBefore(words, firstWord, "averaged"))
        {
            return (Measures.Other, false);
        }

        // "although stage one is sized at 2.5 Mtpa", "the kiln is rated at 120 tonnes a day": the size a plant or stage is built or
        // rated at is its capacity (dev8 J05).
        if (SizedAt(words, firstWord))
        {
            return (Measures.Capacity, false);
        }

        // "the UK throws away more than 1,000 tonnes of scrap magnets a year", "discarded 300 t": material thrown away is neither
        // made nor traded, other (dev8 J40).
        if (DiscardedBefore(words, firstWord))
        {
            return (Measures.Other, false);
        }

        // "trial mining at its Chimala project mined 42,000 wmt of ore in the quarter": the past verb right before the figure is
        // output (not "mined concentrate", an adjective, nor "of which X mined", left out with its commodity) (measure32).
        if (VerbRightBefore(words, firstWord, "mined"))
        {
            return (Measures.Production, false);
        }

        // "its first 6 tonnes of terbium oxide came off the new line in October": what comes off a line is made there (measure32).
        if (best is null && OffTheLineAfter(words, afterWord, clauseEnd))
        {
            return (Measures.Production, false);
        }

        // "plans to recover rare earths from 2.5 million tonnes of tailings", "extracted oxide from 800 t of ore": the figure
        // after "from" is the feed the product is won from, not the output.
        if (best == Measures.Production && bestIndex < firstWord && IsFeedAfterFrom(words, bestIndex, firstWord))
        {
            return (Measures.Other, false);
        }

        // "a first cargo of 80 t", "the first trial lot of 25 tonnes was sent": one lot moved at once, whatever the date (§37).
        // "will sell the first 5,000 tonnes of carbonate to Chinese refiner X under a three-year deal": a sale to a named buyer under
        // a contract is an offtake, even of a first lot (§68); "will deliver its first 400 tonnes under the deal" stays a delivery.
        if (best == Measures.Sales && bestIndex < firstWord && words[bestIndex].Text.ToLowerInvariant() is "sell" or "sells"
            && RecipientAfter(words, afterWord, clauseEnd) && UnderContractAfter(words, afterWord, clauseEnd))
        {
            return (Measures.Offtake, false);
        }

        // "Lynas Malaysia took delivery of 9,400 tonnes of concentrate from Fremantle over the same twelve months": what a buyer has
        // taken delivery of is material shipped to it (§68); "will take delivery of 600 tonnes annually under a contract" stays a
        // contracted purchase.
        if (TookDeliveryOf(words, firstWord))
        {
            return (Measures.Shipment, false);
        }

        if (MeasureShapes.SingleLot(words, firstWord, afterWord))
        {
            return (best is Measures.Export or Measures.Import or Measures.Sales ? best : Measures.Shipment, true);
        }

        // "built to produce 1,000 tonnes a year", "designed to treat 570,000 t of ore per year and recover 10,000 tpa": what a
        // plant is designed for is its capacity (§37).
        // "a facility designed to take in 800 tonnes of scrap a year" (§55): what it is designed to take in, too.
        if ((best == Measures.Production || (best == Measures.Offtake && words[bestIndex].Text.ToLowerInvariant() is "take")) && bestIndex < firstWord
            && MeasureShapes.DesignedFor(words, bestIndex))
        {
            return (Measures.Capacity, false);
        }

        // "the planned plant will produce 1,850 tpa", "a hub that will recover 500 tonnes per annum": a plant's planned yearly
        // output sizes it (§44); not "would/is expected to produce" (T25).
        if (best == Measures.Production && bestIndex < firstWord && explicitPeriod == Periods.PerYear
            && MeasureShapes.PlantWillMake(words, bestIndex))
        {
            return (Measures.Capacity, false);
        }

        // "expects to process 350 tonnes of magnets in its first full year", "will treat 900 t in 2027": what a plant puts
        // through in a stated window is an amount, not a rate (tonnages.md §1), so no capacity: the plant's output (§44).
        if (best == Measures.Capacity && bestIndex < firstWord && TonnageLexicon.ThroughputVerbs.Contains(words[bestIndex].Text)
            && explicitPeriod is Periods.Year or Periods.HalfYear or Periods.PerQuarter or Periods.Month
            && quantity.UnitPeriod is null && !MeasureShapes.RateAfter(words, afterWord))
        {
            return (Measures.Production, false);
        }

        // "plans to process 1.2 million tonnes of copper tailings stored at Almalyk over five years": feed planned over a whole
        // span is an amount put through, not a rate; planned feed is other, cumulative (dev4 convention (3)) (product31).
        if (best == Measures.Capacity && bestIndex < firstWord && TonnageLexicon.ThroughputVerbs.Contains(words[bestIndex].Text)
            && explicitPeriod == Periods.Cumulative && quantity.UnitPeriod is null && !MeasureShapes.RateAfter(words, afterWord))
        {
            return (Measures.Other, false);
        }

        // "the pilot plant treated 320 tonnes per day of ore in October": a daily rate of feed put through is the plant's
        // throughput, a capacity (T67 "the mill treats 1,600 tonnes of ore per day"), also in the past tense (§44).
        if (best == Measures.Other && bestIndex < firstWord && explicitPeriod == Periods.PerDay
            && words[bestIndex].Text.ToLowerInvariant() is "processed" or "treated" or "handled")
        {
            return (Measures.Capacity, false);
        }

        // "processed it into 1,460 t of rare earth chloride", "converted the concentrate into 300 tonnes of oxide": the figure after
        // "into" is what the feed was made into, output (§49); the feed itself stays other.
        if (best is Measures.Other or Measures.Capacity && bestIndex < firstWord && IntoBefore(words, bestIndex, firstWord)
            && words[bestIndex].Text.ToLowerInvariant() is "processed" or "processes" or "process" or "converted" or "converts" or "converting"
                or "treated" or "treats" or "treat")
        {
            return (Measures.Production, false);
        }

        // "electric vehicle traction motors will take 118,000 tonnes in 2030", "wind turbines will absorb 64,000 t": what an end
        // use (a kind of machine or product, in lower case, no name) takes is demand (other), not a purchase deal (§78).
        if (best == Measures.Offtake && bestIndex > 0 && bestIndex < firstWord
            && words[bestIndex].Text.ToLowerInvariant() is "take" or "takes" or "absorb" or "absorbs"
            && EndUseBefore(words, bestIndex) && !words.Exists(w => TonnageLexicon.ContractWords.Contains(w.Text)))
        {
            return (Measures.Other, false);
        }

        // "the circuit can take up to 1,500 tonnes a year of feed": what a plant can take in is its capacity, no offtake (§44).
        if (best == Measures.Offtake && bestIndex > 0 && words[bestIndex].Text.ToLowerInvariant() is "take" or "takes"
            && words[bestIndex - 1].Text.Equals("can", StringComparison.OrdinalIgnoreCase))
        {
            return (Measures.Capacity, false);
        }

        // "a second phase would take the site to 5,000 tonnes", "Phase two will take us to 12,000 tonnes": what an expansion
        // takes a plant to is its new size, a capacity (tonnages.md T37 "would be increased ... to 470,000 tonnes"), not an offtake.
        if (best == Measures.Offtake && bestIndex < firstWord && ExpansionTakesTo(words, bestIndex, firstWord))
        {
            return (Measures.Capacity, false);
        }

        // "projects that could together supply 7,000 tonnes a year", "would deliver roughly 6,000 tpa": what a project could
        // put on the market, with no buyer named and no deal, is output (§44).
        if (best is Measures.Offtake or Measures.Shipment && bestIndex < firstWord && explicitPeriod == Periods.PerYear
            && MeasureShapes.PotentialSupply(words, bestIndex, firstWord) && !words.Exists(t => TonnageLexicon.ContractWords.Contains(t.Text))
            && !BuyersNamedAfter(words, afterWord, clauseEnd, names))
        {
            return (Measures.Production, false);
        }

        // "which has agreed to deliver 400 tonnes in 2027": a delivery agreed to is a contracted supply (§55); "is slated to
        // deliver 7,000 to 8,000 tonnes a year once stage one starts", "is on track to deliver 1,800 tonnes this year": what a
        // project or producer is scheduled to deliver, to no one named, is its output (§55).
        if (best == Measures.Shipment && bestIndex >= 2 && bestIndex < firstWord && words[bestIndex].Text.ToLowerInvariant() is "deliver" or "ship"
            && words[bestIndex - 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            var lead = words[bestIndex - 2].Text.ToLowerInvariant();
            if (lead is "agreed" or "agrees" or "agree" or "committed" or "contracted" or "obliged")
            {
                return (Measures.Offtake, false);
            }

            if (lead is "slated" or "set" or "scheduled" or "due" or "expected" or "track" or "poised" or "forecast" or "guided"
                && words[bestIndex].Text.Equals("deliver", StringComparison.OrdinalIgnoreCase) && !RecipientAfter(words, afterWord, clauseEnd))
            {
                return (Measures.Production, false);
            }
        }

        if (best == Measures.Production)
        {
            for (var w = Math.Max(0, bestIndex - options.CapacityCompoundWords); w < bestIndex; w++)
            {
                // "capacity to produce", "can produce", "is able to produce", "capable of producing".
                if ((TonnageLexicon.MeasureCues.TryGetValue(words[w].Text, out var cue) && cue == Measures.Capacity)
                    || TonnageLexicon.CapacityModals.Contains(words[w].Text))
                {
                    return (Measures.Capacity, false);
                }
            }
        }

        // "will be able to deliver up to 800 tonnes", "capable of handling 300 tonnes": what can be done, a capacity.
        for (var w = Math.Max(0, firstWord - options.CapacityModalWords); w < firstWord; w++)
        {
            if (TonnageLexicon.CapacityAdjectives.Contains(words[w].Text))
            {
                return (Measures.Capacity, false);
            }
        }

        // "signed a deal to sell 1,000 tonnes a year", "signed agreements to deliver 600 tonnes": a sale or delivery agreed
        // for the future is an offtake.
        // "agreed to sell up to 40% of production to a Western buyer under a five-year contract, reported to be about 2,600 tonnes a
        // year": the contract may stand between the verb of selling and the figure (§68).
        if (((best == Measures.Sales && words[bestIndex].Text is "sell" or "sells")
                || (best == Measures.Shipment && TonnageLexicon.AgreedDeliveryVerbs.Contains(words[bestIndex].Text)))
            && (words.Take(bestIndex).Any(t => TonnageLexicon.ContractWords.Contains(t.Text))
                || (best == Measures.Sales && bestIndex < firstWord && UnderContractAfter(words, bestIndex + 1, firstWord))))
        {
            return (Measures.Offtake, false);
        }

        // "signed a memorandum with a German chemicals group for 10,000 tonnes a year", "in talks with a Chinese buyer for an
        // initial 15,000 tonnes a year": a yearly amount a deal or a buyer is for is an offtake.
        if (explicitPeriod == Periods.PerYear && ForADeal(words, firstWord, names))
        {
            return (Measures.Offtake, false);
        }

        // "signed a framework agreement with X for 6,000-8,000 tonnes of magnets over 2027-2029": an amount a deal is for,
        // with no other measure in its clause, is an offtake too (not when the sentence is about a stockpile).
        // "one trader reported a deal for 500 kg of dysprosium oxide at $860 per kg": a one-off lot at a price is a spot trade.
        // "as traders reported deals for about 300 tonnes": deals reported done in a market report are spot trades too.
        if (best is null && explicitPeriod is null && ForADeal(words, firstWord, names)
            && (PricedAfter(words, afterWord, clauseEnd) || ReportedDealBefore(words, firstWord)))
        {
            return (Measures.Sales, true);
        }

        if (best is null && explicitPeriod is null or Periods.Cumulative && ForADeal(words, firstWord, names)
            && !words.Exists(t => TonnageLexicon.MeasureCues.TryGetValue(t.Text, out var c) && c == Measures.Stockpile && !InsideName(t, names)))
        {
            return (Measures.Offtake, false);
        }

        // "placed 3,800 t of that output under binding offtake", "... under a supply agreement": the figure is contracted
        // (but "will deliver its first 400 tonnes under the deal" stays a delivery, and "exported 1,000 tonnes to Japan under a
        // long-standing agreement" an export: a flow across a border is counted as such whatever contract it runs under, §61).
        for (var w = afterWord; best is not (Measures.Shipment or Measures.Export or Measures.Import) && w < clauseEnd && w < afterWord + options.UnderContractWords; w++)
        {
            if (words[w].Text.Equals("under", StringComparison.OrdinalIgnoreCase)
                && words.Skip(w + 1).Take(options.UnderContractWords).Any(t => TonnageLexicon.ContractWords.Contains(t.Text)))
            {
                return (Measures.Offtake, false);
            }
        }

        // "its strategic reserve held 2,130 tonnes": a government's strategic reserve is a stockpile, not a mineral reserve.
        if (best == Measures.Reserve && bestIndex > 0 && TonnageLexicon.StockpileReserveWords.Contains(words[bestIndex - 1].Text))
        {
            return (Measures.Stockpile, false);
        }

        // "the mine shipped 1,850 tonnes of carbonate abroad", "sold 300 t overseas": sent out of the country, an export.
        if (best is Measures.Shipment or Measures.Sales && bestIndex < firstWord
            && words.Skip(afterWord).Take(Math.Max(0, clauseEnd - afterWord)).Take(options.MaterialWindowWords).Any(t => TonnageLexicon.AbroadWords.Contains(t.Text)))
        {
            return (Measures.Export, false);
        }

        // "aims to raise its reserves to 100 days, buying up to 180 t next year", "buying 150 t to be held in bonded
        // warehouses": a purchase in a sentence about a stockpile adds to the stockpile, it is no supply contract (but a
        // rate, "agreed to buy 100 t a year from X, which holds 40 t in inventory", is a supply flow: an offtake). A stockpile
        // named after the figure counts even as a body's name ("agreed to buy 30 t for the National Defense Stockpile"), and
        // so does a strategic reserve ("its strategic reserve would buy up to 1,000 tonnes") and a purchase made for reserves
        // ("state buying of 1,500 tonnes for reserves").
        // A yearly purchase is one too when the stockpile is what it is for ("will buy 1,500 tonnes a year for a new strategic
        // reserve").
        if (best == Measures.Offtake && TonnageLexicon.PurchaseVerbs.Contains(words[bestIndex].Text)
            && words.Select((t, i) => (t, i)).Any(x => TonnageLexicon.MeasureCues.TryGetValue(x.t.Text, out var c)
                                                       && (c == Measures.Stockpile
                                                           || (c == Measures.Reserve && x.i > 0 && TonnageLexicon.StockpileReserveWords.Contains(words[x.i - 1].Text))
                                                           || (c == Measures.Reserve && x.i > afterWord && ForReserves(words, x.i)))
                                                       && (!InsideName(x.t, names) || x.i >= afterWord)
                                                       && (explicitPeriod is not (Periods.PerYear or Periods.PerDay) || (x.i >= afterWord && x.i < clauseEnd && ForWithin(words, x.i)))))
        {
            return (Measures.Stockpile, false);
        }

        // "80 t of neodymium metal traded in the spot market", "changed hands on Tuesday": one trade, not a year's sales.
        if (best == Measures.Sales && IsTradeVerb(words, bestIndex)
            // "The exchange recorded 1,140 mt of Pr-Nd oxide traded month-to-date": a running total of trades, not one (dev9 K14; period33).
            && !(explicitPeriod == Periods.Cumulative && words.Exists(w => w.Text.Equals("date", StringComparison.OrdinalIgnoreCase)) && TradedToDateRegex.IsMatch(string.Join(' ', words.Select(w => w.Text)))))
        {
            // "80 t traded in the spot market" is one trade (reading "traded ... during October" as the month's volume moved a
            // held-out row down, §53).
            return (Measures.Sales, true);
        }

        // "The carbonate would contain about 2,200 tonnes of NdPr oxide each year": what a yearly product stream contains is
        // output, not a resource in the ground.
        if (best == Measures.Resource && TonnageLexicon.ContainVerbs.Contains(words[bestIndex].Text) && explicitPeriod == Periods.PerYear)
        {
            return (Measures.Production, false);
        }

        // "Proved and probable reserves contain 1.1 million tonnes of TREO": what reserves contain is a reserve.
        if (best == Measures.Resource && TonnageLexicon.ContainVerbs.Contains(words[bestIndex].Text)
            && words.Take(bestIndex).Any(t => TonnageLexicon.MeasureCues.TryGetValue(t.Text, out var c) && c == Measures.Reserve))
        {
            return (Measures.Reserve, false);
        }

        // "keeps roughly 60 days of consumption, or about 1,500 tonnes, in government warehouses", "aims to hold 3 months of
        // German consumption, roughly equivalent to 1,100 tonnes": consumption counted in days is the size of a stock.
        if (best == Measures.Other && DaysOfConsumption(words, bestIndex))
        {
            return (Measures.Stockpile, false);
        }

        // "Supply, including new projects in Australia, Brazil and the US, is forecast to reach 104,000 tonnes", "World supply of
        // NdPr oxide rose to 90,000 t": a market's supply opening the clause is what is produced, not a supply deal.
        if (best == Measures.Offtake && bestIndex >= clauseStart && bestIndex < firstWord && words[bestIndex].Text.Equals("supply", StringComparison.OrdinalIgnoreCase)
            && Enumerable.Range(clauseStart, bestIndex - clauseStart).All(w => MarketSupplyQualifiers.Contains(words[w].Text)
                // "Dysprosium oxide supply, at about 2,300 tonnes, is more than 90% Chinese": a product's market supply (measure34, dev9 K18).
                || SupplyProductWords.Contains(words[w].Text))
            && !words.Exists(w => TonnageLexicon.ContractWords.Contains(w.Text)))
        {
            return (Measures.Production, false);
        }

        // "Project Blue expects ex-China mine supply to reach 95,000 t", "against primary supply of 81 kilotonnes": a market's
        // supply named with its qualifier right before it, ahead of the figure, is what is produced, not a supply deal.
        // "..., while Wood Mackenzie sees 78,000 t and CRU between 70,000 and 85,000 t": a parallel clause with no cue of its own
        // shares that supply (§78), so the supply word may stand before the clause.
        if (best == Measures.Offtake && bestIndex > 0 && bestIndex < firstWord && words[bestIndex].Text.Equals("supply", StringComparison.OrdinalIgnoreCase)
            && (QualifiesSupply(words, bestIndex - 1)
                // "Northline sees ex-China oxide supply reaching 52,000 tonnes": one word of material between (§78).
                || (bestIndex >= 2 && QualifiesSupply(words, bestIndex - 2) && words[bestIndex - 1].Text.All(c => char.IsLetter(c) || c == '-')))
            && !words.Exists(w => TonnageLexicon.ContractWords.Contains(w.Text)))
        {
            return (Measures.Production, false);
        }

        // "Researchers estimate the area holds 16 million tonnes of rare earth oxides, enough to meet Japan's yttrium needs": a body
        // of material holding the figure decides over a cue after it (§68).
        if (best is not null && bestIndex >= afterWord && HeldBefore(words, clauseStart, firstWord, names))
        {
            return (Measures.Resource, false);
        }

        if (best is not null)
        {
            return (best, false);
        }

        if (HeldBefore(words, clauseStart, firstWord, names))
        {
            return (Measures.Resource, false);
        }

        // "NdPr oxide came in at 720 metric tons", "Mixed carbonate totalled 3,100 t": a product opening the clause with a
        // verb of amount and no measure word is what was made.
        if (ProductCameInBeforeRegex.IsMatch(string.Join(' ', words.Skip(clauseStart).Take(firstWord - clauseStart).Select(w => w.Text))))
        {
            return (Measures.Production, false);
        }

        return (explicitPeriod is Periods.PerYear or Periods.Cumulative ? Measures.Production : Measures.Other, false);
    }

    /// <summary>"had bought 40 tonnes of NdPr oxide from a Canadian supplier": a past purchase verb and "from" after it, no clause break between.</summary>
    private static bool BoughtFromSeller(List<Token> words)
    {
        var verb = words.FindIndex(t => t.Text.ToLowerInvariant() is "bought" or "purchased" or "acquired");
        return verb >= 0 && words.Skip(verb + 1).TakeWhile(t => t.Text is not ("," or ";" or ".")).Any(t => t.Text.Equals("from", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>", all stored", ", most of it kept", ", all of which was stored": a comma after the figure, then a quantifier aside before the stock cue.</summary>
    private static bool StockAsideBetween(List<Token> words, int afterWord, int cue)
    {
        var comma = words.FindIndex(afterWord, Math.Max(0, cue - afterWord), t => t.Text == ",");
        if (comma < 0 || comma + 1 >= cue || words.Skip(afterWord).Take(comma - afterWord).Any(t => TonnageLexicon.MeasureCues.ContainsKey(t.Text)))
        {
            return false;
        }

        // "almost all of it imported", "nearly all of which is imported", "virtually all of it shipped".
        var quantifier = comma + 1;
        if (words[quantifier].Text.ToLowerInvariant() is "almost" or "nearly" or "virtually" or "practically" && quantifier + 1 < cue)
        {
            quantifier++;
        }

        return words[quantifier].Text.ToLowerInvariant() is "all" or "most" or "much" or "part" or "some" or "half"
               && words.Skip(quantifier + 1).Take(cue - quantifier - 1).All(t => t.Text.ToLowerInvariant() is "of" or "it" or "them" or "which" or "was" or "were" or "is" or "are" or "being" or "now" or "safely");
    }

    /// <summary>Verbs of cutting a stock down ("cut its residue stockpile by", "reduce inventories by").</summary>
    private static readonly FrozenSet<string> StockCutVerbs = new[]
    {
        "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering", "trim", "trims",
        "trimmed", "shrink", "shrinks", "shrank", "halve", "halved", "draw", "drew", "drawn", "run", "ran",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"reduce its thorium residue stockpile by at least ": a cut verb a few words before the stock cue, "by" (and hedges) right before the figure.</summary>
    private static bool StockCutBy(List<Token> words, int cue, int firstWord)
    {
        var w = firstWord - 1;
        while (w > cue && words[w].Text.ToLowerInvariant() is "at" or "least" or "about" or "around" or "some" or "roughly" or "nearly" or "almost" or "more" or "than" or "over")
        {
            w--;
        }

        if (w <= cue || !words[w].Text.Equals("by", StringComparison.OrdinalIgnoreCase) || words.Skip(cue + 1).Take(w - cue - 1).Any(t => t.Text is "," or ";"))
        {
            return false;
        }

        return Enumerable.Range(Math.Max(0, cue - 5), cue - Math.Max(0, cue - 5)).Any(i => StockCutVerbs.Contains(words[i].Text));
    }

    /// <summary>"... of ionic clay ore stockpiled at", "stored in": a stock participle and a place word after the figure, no comma before it.</summary>
    private static bool StockedAtAfter(List<Token> words, int afterWord, int clauseEnd)
    {
        for (var w = Math.Max(0, afterWord); w + 1 < Math.Min(clauseEnd, words.Count) && w < afterWord + 10; w++)
        {
            if (words[w].Text is "," or ";" or "." or ":")
            {
                return false;
            }

            if (words[w].Text.ToLowerInvariant() is "stockpiled" or "stored" or "warehoused"
                && words[w + 1].Text.ToLowerInvariant() is "at" or "in" or "on")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"held an estimated 3.3 million tonnes of ore", "holds some 2 Mt of mineralisation": a verb of holding right before the figure (hedges allowed), ore right after it.</summary>
    private static bool OreHeld(List<Token> words, int firstWord, int afterWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].Text.ToLowerInvariant() is "about" or "around" or "some" or "roughly" or "nearly" or "almost" or "approximately" or "over" or "an" or "estimated" or "at" or "least")
        {
            w--;
        }

        if (w < 1 || words[w].Text.ToLowerInvariant() is not ("hold" or "holds" or "held" or "holding"))
        {
            return false;
        }

        var o = afterWord;
        if (o < words.Count && words[o].Text.ToLowerInvariant() is "of")
        {
            o++;
        }

        // "of ore", "of high-grade ore", "of ionic clay ore": the ore noun within three words.
        return words.Skip(o).Take(4).TakeWhile(t => t.IsWord).Any(t => t.Text.ToLowerInvariant() is "ore" or "ores" or "mineralisation" or "mineralization");
    }

    /// <summary>
    /// After an estimated figure: its material, then "in/at/within a/the/its ... complex/block/deposit/..." (a body in the ground):
    /// " of rare earth oxide in a carbonatite complex", " of ore at a new block in Odisha" (measure32).
    /// </summary>
    private static readonly Regex EstimatedInDepositAfterRegex = new(
        @"(?i)^(?:\s+of)?[^,;.]{0,60}?\b(?:in|at|within|across)\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:complex|block|blocks|deposit|deposits|district|belt|prospect|tenement|tenements|licence|lease|basin|formation|intrusion|province)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "has estimated about ", "estimates ": the verb (not the hedge "an estimated") right before the figure, hedges allowed; or
    /// before an earlier figure the figure is listed after ("has estimated 1.11 lakh tonnes of REO in a complex ... and nearly 2.5
    /// million tonnes of ore at a new block"), no measure word in between.
    /// </summary>
    private static bool EstimatedVerbBefore(List<Token> words, int firstWord)
    {
        if (EstimatedVerbRightBefore(words, firstWord))
        {
            return true;
        }

        for (var w = firstWord - 1; w >= 1; w--)
        {
            if (words[w].Text is ";" or ":" or "." || TonnageLexicon.MeasureCues.ContainsKey(words[w].Text))
            {
                return false;
            }

            if (words[w].Text.Equals("and", StringComparison.OrdinalIgnoreCase) && w + 1 < firstWord
                && words.Skip(w + 1).Take(firstWord - w - 1).All(t => t.Text.ToLowerInvariant() is "nearly" or "about" or "around" or "some" or "roughly" or "almost" or "another" or "a" or "further"))
            {
                // the figure opens the second member of a list: find the first member's figure and its verb.
                for (var v = w - 1; v >= 1; v--)
                {
                    if (words[v].Text is ";" or ":" or "." || TonnageLexicon.MeasureCues.ContainsKey(words[v].Text))
                    {
                        return false;
                    }

                    if (char.IsDigit(words[v].Text[0]) && EstimatedVerbRightBefore(words, NumberStartWord(words, v)))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>The first word of the number whose word <paramref name="w"/> is ("1,110" is "1" "," "110"; "1.11 lakh").</summary>
    private static int NumberStartWord(List<Token> words, int w)
    {
        while (w >= 2 && words[w - 1].Text is "," or "." && char.IsDigit(words[w - 2].Text[^1]))
        {
            w -= 2;
        }

        return w;
    }

    private static bool EstimatedVerbRightBefore(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].Text.ToLowerInvariant() is "about" or "around" or "some" or "roughly" or "nearly" or "almost" or "approximately" or "over")
        {
            w--;
        }

        return w >= 1 && words[w].Text.ToLowerInvariant() is "estimated" or "estimates" or "estimate"
               && words[w - 1].Text.ToLowerInvariant() is not ("an" or "the" or "a" or "its" or "their");
    }

    /// <summary>The words from <paramref name="from"/> on, joined by spaces (a rough text of the rest of the sentence).</summary>
    private static string SpanAfter(List<Token> words, int from) =>
        " " + string.Join(' ', words.Skip(Math.Max(0, from)).Select(w => w.Text));

    /// <summary>"is sized at about ", "rated at ": a participle of sizing and "at" right before the figure (hedges allowed).</summary>
    private static bool SizedAt(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].Text.ToLowerInvariant() is "about" or "around" or "some" or "roughly" or "nearly" or "almost" or "approximately" or "up" or "to")
        {
            w--;
        }

        return w >= 1 && words[w].Text.Equals("at", StringComparison.OrdinalIgnoreCase) && words[w - 1].Text.ToLowerInvariant() is "sized" or "rated";
    }

    /// <summary>"throws away more than ", "threw away ", "discarded about ": a verb of discarding, then only hedges, right before the figure.</summary>
    private static bool DiscardedBefore(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].Text.ToLowerInvariant() is "about" or "around" or "some" or "roughly" or "nearly" or "almost" or "approximately" or "over" or "an" or "estimated" or "more" or "less" or "than" or "up" or "to")
        {
            w--;
        }

        if (w < 1)
        {
            return false;
        }

        var verb = words[w].Text.ToLowerInvariant();
        return verb is "discards" or "discarded" or "discard" or "landfilled" or "landfills"
               || (verb == "away" && words[w - 1].Text.ToLowerInvariant() is "throw" or "throws" or "threw" or "thrown" or "throwing");
    }

    /// <summary>"mined about ", "Ore mined: ": the verb (a label's colon allowed), then only hedges, right before the figure.</summary>
    private static bool VerbRightBefore(List<Token> words, int firstWord, string verb)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].Text.ToLowerInvariant() is "about" or "around" or "some" or "roughly" or "nearly" or "almost" or "approximately" or "over" or "an" or "estimated")
        {
            w--;
        }

        if (w >= 2 && words[w].Text == ":")
        {
            w--;
        }

        return w >= 1 && words[w].Text.Equals(verb, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"came off the new line", "rolled off its Oita lines": a verb of coming off, then a line or production line, after the figure.</summary>
    private static bool OffTheLineAfter(List<Token> words, int afterWord, int clauseEnd)
    {
        // "The company's first heavy rare earths, 4 tonnes of dysprosium oxide, came off the Malaysian line": an apposition's comma
        // may stand between, so only a sentence or clause end stops the search (a few words on).
        for (var w = Math.Max(0, afterWord); w + 1 < Math.Min(clauseEnd, words.Count) && w < afterWord + 10; w++)
        {
            if (words[w].Text is ";" or "." or ":")
            {
                return false;
            }

            if (words[w].Text.ToLowerInvariant() is "came" or "come" or "comes" or "coming" or "rolled" or "rolls" or "roll" or "rolling"
                && words[w + 1].Text.Equals("off", StringComparison.OrdinalIgnoreCase))
            {
                return words.Skip(w + 2).Take(5).Any(t => t.Text.ToLowerInvariant() is "line" or "lines");
            }
        }

        return false;
    }

    /// <summary>"took delivery of ", "had taken delivery of about ": a past taking of delivery right before the figure (hedges allowed).</summary>
    private static bool TookDeliveryOf(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && TonnageLexicon.PlantSizeHedges.Contains(words[w].Text))
        {
            w--;
        }

        return w >= 2 && words[w].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
               && words[w - 1].Text.ToLowerInvariant() is "delivery" or "deliveries"
               && words[w - 2].Text.ToLowerInvariant() is "took" or "taken";
    }

    /// <summary>"under a three-year deal", "under an existing supply contract": "under" and a contract word within a few words, between
    /// <paramref name="from"/> and <paramref name="to"/> (§68).</summary>
    private bool UnderContractAfter(List<Token> words, int from, int to)
    {
        for (var w = Math.Max(0, from); w < to && w < words.Count; w++)
        {
            if (words[w].Text.Equals("under", StringComparison.OrdinalIgnoreCase)
                && words.Skip(w + 1).Take(options.UnderContractWords).Any(t => TonnageLexicon.ContractWords.Contains(t.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of buyers a supply goes to ("to Indian magnet makers", "to European customers").</summary>
    private static readonly FrozenSet<string> BuyerNouns = new[]
    {
        "maker", "makers", "buyer", "buyers", "customer", "customers", "refiner", "refiners", "manufacturer", "manufacturers",
        "users", "carmakers", "automakers", "offtakers", "processors",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "would supply 500 tonnes of neodymium oxide a year to Indian magnet makers": "to" after the figure, then within four words
    /// a buyer noun or a name (§78); not "to the market" or "to 2030".
    /// </summary>
    private static bool BuyersNamedAfter(List<Token> words, int afterWord, int clauseEnd, List<(int Start, int End)> names)
    {
        for (var w = Math.Max(0, afterWord); w < clauseEnd && w < words.Count; w++)
        {
            if (words[w].Text is "." or ";" or ",")
            {
                return false;
            }

            if (!words[w].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var b = w + 1; b < words.Count && b <= w + 4; b++)
            {
                if (BuyerNouns.Contains(words[b].Text) || InsideName(words[b], names))
                {
                    return true;
                }

                if (words[b].Text is "." or ";" or "," || char.IsDigit(words[b].Text[0]))
                {
                    break;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>"... to European customers", "to China", "to the buyer": a "to" after the figure that names where it goes (not "7,000 to 8,000", not "to be").</summary>
    private static bool RecipientAfter(List<Token> words, int afterWord, int clauseEnd)
    {
        for (var w = Math.Max(0, afterWord); w < clauseEnd && w < words.Count; w++)
        {
            if (words[w].Text is "." or ";")
            {
                return false;
            }

            if (words[w].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && w + 1 < words.Count
                && !char.IsDigit(words[w + 1].Text[0]) && !(w > 0 && char.IsDigit(words[w - 1].Text[^1]))
                && words[w + 1].Text.ToLowerInvariant() is not ("be" or "reach" or "rise" or "start" or "begin"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The stacks hold about 35 million tonnes": a verb of holding right after a body of material, before the figure in its clause.</summary>
    private static bool HeldBefore(List<Token> words, int clauseStart, int firstWord, List<(int Start, int End)> names)
    {
        for (var w = Math.Max(1, clauseStart); w < firstWord && w < words.Count; w++)
        {
            if (TonnageLexicon.HoldVerbs.Contains(words[w].Text) && !InsideName(words[w], names) && BodyHolds(words, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "buying 150 tonnes", "bought up to 320 t", "to acquire 1,200 short tons of NdPr oxide and up to 40 short tons of ...":
    /// the nearest measure word before the figure, within its clause (not past a comma, a parallel-clause word or a verb of
    /// holding: "agreed to buy 100 t a year from X, which holds 40 t"), is a purchase verb.
    /// </summary>
    private static bool PurchasedFigure(List<Token> words, Quantity quantity)
    {
        var firstWord = words.FindIndex(w => w.Start >= quantity.NumberStart);
        if (firstWord < 0)
        {
            firstWord = words.Count;
        }

        for (var w = firstWord - 1; w >= 0; w--)
        {
            var text = words[w].Text;
            if (TonnageLexicon.PurchaseVerbs.Contains(text))
            {
                return true;
            }

            if (TonnageLexicon.MeasureCues.ContainsKey(text) || TonnageLexicon.ParallelClauseWords.Contains(text)
                || TonnageLexicon.HoldVerbs.Contains(text) || text is ":" or "held" or "has" or "have" or "had"
                || (text == "," && !InsideNumber(words, w)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"60 days of consumption", "3 months of German consumption", "54 days' domestic demand": demand counted in time.</summary>
    private static bool DaysOfConsumption(List<Token> words, int cue)
    {
        const int AdjectiveWords = 3;
        if (!TonnageLexicon.StockDurationDemandWords.Contains(words[cue].Text))
        {
            return false;
        }

        for (var w = cue - 1; w >= 1 && w >= cue - AdjectiveWords - 2; w--)
        {
            if (TonnageLexicon.StockDurationUnits.Contains(words[w].Text) && char.IsDigit(words[w - 1].Text[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"for the National Defense Stockpile", "for a new strategic reserve": "for" up to four words before the word.</summary>
    private static bool ForWithin(List<Token> words, int word)
    {
        const int ForWords = 4;
        for (var w = word - 1; w >= 0 && w >= word - ForWords; w--)
        {
            if (words[w].Text.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The separator of "1,200": a comma with a digit glued on each side.</summary>
    private static bool InsideNumber(List<Token> words, int w) =>
        w > 0 && w + 1 < words.Count
        && words[w - 1].End == words[w].Start && words[w + 1].Start == words[w].End
        && char.IsDigit(words[w - 1].Text[^1]) && char.IsDigit(words[w + 1].Text[0]);

    /// <summary>"for reserves", "for state reserves", "for its reserves": what a purchase is made for, a stockpile.</summary>
    private static bool ForReserves(List<Token> words, int reserve) =>
        words[reserve - 1].Text.Equals("for", StringComparison.OrdinalIgnoreCase)
        || (reserve > 1 && words[reserve - 2].Text.Equals("for", StringComparison.OrdinalIgnoreCase) && words[reserve - 1].Text.All(char.IsLower));

    /// <summary>"at $860 per kg", "at 610,000 yuan a tonne": "at" and a price within a few words after the unit.</summary>
    private bool PricedAfter(List<Token> words, int afterWord, int clauseEnd)
    {
        for (var w = afterWord; w + 1 < Math.Min(clauseEnd, words.Count) && w < afterWord + options.MaterialWindowWords; w++)
        {
            if (words[w].Text.Equals("at", StringComparison.OrdinalIgnoreCase)
                && (words[w + 1].Text is "$" or "€" or "£" or "¥" || TonnageLexicon.CurrencyWords.Contains(words[w + 1].Text)
                    || (w + 2 < words.Count && char.IsDigit(words[w + 1].Text[0]) && TonnageLexicon.CurrencyWords.Contains(words[w + 2].Text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A deal word right after a verb of reporting trade done ("traders reported deals for", "heard a deal for") in the few
    /// words before the figure: the deal is a trade done, not a supply contract.
    /// </summary>
    private static bool ReportedDealBefore(List<Token> words, int firstWord)
    {
        const int DealWindowWords = 8;
        for (var v = firstWord - 1; v >= 1 && v >= firstWord - DealWindowWords; v--)
        {
            if (!TonnageLexicon.ContractWords.Contains(words[v].Text))
            {
                continue;
            }

            var before = words[v - 1].Text is "a" or "an" && v >= 2 ? words[v - 2].Text : words[v - 1].Text;
            return TonnageLexicon.TradeReportVerbs.Contains(before);
        }

        return false;
    }

    /// <summary>
    /// "for [an initial | up to | about] N" after a deal word, a memorandum, talks or a buyer in the few words before (the
    /// words of a name between them are not counted: "a memorandum with Australia's Lynas Rare Earths Ltd for up to N"), or
    /// "covers N" after a deal word ("The deal also covers up to 20 tonnes a year").
    /// </summary>
    private static bool ForADeal(List<Token> words, int firstWord, List<(int Start, int End)> names)
    {
        var w = firstWord - 1;
        // "shredder agreements for more than 11,000 tonnes of scrap a year", "deals for at least 500 t": lower bounds too (§78).
        while (w >= 0 && words[w].Text.ToLowerInvariant() is "an" or "a" or "initial" or "further" or "additional" or "first" or "up" or "to"
                   or "about" or "around" or "some" or "roughly" or "nearly" or "more" or "than" or "over" or "at" or "least" or "approximately"
                   or "almost")
        {
            w--;
        }

        if (w < 1 || words[w].Text.ToLowerInvariant() is not ("for" or "covers" or "cover" or "covering"))
        {
            return false;
        }

        const int DealWindowWords = 8;
        var counted = 0;
        for (var v = w - 1; v >= 0 && counted < DealWindowWords; v--)
        {
            var text = words[v].Text;
            if (InsideName(words[v], names) || text is "'" or "’" || (text == "s" && v > 0 && words[v - 1].Text is "'" or "’"))
            {
                continue;
            }

            counted++;
            if (text is ";" or "." || TonnageLexicon.ParallelClauseWords.Contains(text))
            {
                return false;
            }

            if (TonnageLexicon.ContractWords.Contains(text) || text.ToLowerInvariant() is "memorandum" or "mou" or "talks" or "buyer" or "buyers" or "customer" or "customers")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A use verb ("uses", "needs", "requires", "consumes") right before the figure (hedges skipped) whose clause opens with a
    /// single unit: "A single ...", "Each ...", "Every ...", "A typical ...", "An average ..." (not "Each year", "Every month").
    /// </summary>
    private static bool OneUnitUses(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        // "a 6-megawatt direct-drive turbine needs close to 4 tonnes", "uses almost 3 kg": these hedges too (§68).
        while (w >= 0 && (TonnageLexicon.PlantSizeHedges.Contains(words[w].Text) || words[w].Text.ToLowerInvariant() is "close" or "almost" or "just" or "under" or "between"))
        {
            w--;
        }

        // "Every direct-drive offshore turbine of the kind X installs carries roughly 9 tonnes of magnets", "Each 15 MW turbine
        // contains about 4 tonnes": what one product of a kind carries or contains is a per-unit figure too (§71), when a single
        // product ("turbine", "car", "motor") stands between "each/every/a" and the verb (not "Every vessel carries 50,000 t").
        if (w >= 1 && words[w].Text.ToLowerInvariant() is "carries" or "carry" or "contains" or "contain")
        {
            var from = words.FindLastIndex(w - 1, t => !t.IsWord && t.Text is "," or ";" or ":") + 1;
            var single = Enumerable.Range(from, w - from).FirstOrDefault(v => words[v].Text.ToLowerInvariant() is "each" or "every" or "a" or "an", -1);
            return single >= 0 && single + 1 < w
                   && words[single + 1].Text.ToLowerInvariant() is not ("year" or "month" or "quarter" or "week" or "day" or "time")
                   && Enumerable.Range(single + 1, w - single - 1).Any(u => UnitProducts.Contains(words[u].Text)
                       && words[u + 1].Text.ToLowerInvariant() is not ("maker" or "makers" or "manufacturer" or "manufacturers" or "industry"
                           or "sector" or "company" or "plant" or "factory" or "fleet" or "market" or "producer" or "producers"));
        }

        if (w < 1 || !TonnageLexicon.IntensityVerbs.Contains(words[w].Text) || words[w].Text.StartsWith("contain", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var start = words.FindLastIndex(w - 1, t => !t.IsWord && t.Text is "," or ";" or ":") + 1;
        for (var v = start; v < w - 1; v++)
        {
            var text = words[v].Text.ToLowerInvariant();
            var next = words[v + 1].Text.ToLowerInvariant();
            if (text is "each" or "every" ? next is not ("year" or "month" or "quarter" or "week" or "day" or "time")
                : (text is "a" or "an" && next is "single" or "typical" or "average"))
            {
                return true;
            }

            // "a 15 MW offshore turbine with a direct-drive generator needs roughly 9 tonnes": one machine of a kind (§53).
            if (text is "a" or "an" && (v == start || (v == start + 1 && words[start].Text.ToLowerInvariant() is "while" or "whereas" or "and" or "but"))
                && Enumerable.Range(v + 1, Math.Min(4, w - v - 1)).Any(u => TonnageLexicon.UnitNouns.Contains(words[u].Text)))
            {
                return true;
            }

            // "while a 15 MW offshore turbine with a direct-drive generator needs roughly 9 tonnes of magnets": one product
            // named with "a" before the verb of use is a per-unit figure too (§55); not "a car maker", "a turbine factory".
            if (text is "a" or "an")
            {
                for (var u = v + 1; u < w && u <= v + 5; u++)
                {
                    if (UnitProducts.Contains(words[u].Text)
                        && (u + 1 >= words.Count || words[u + 1].Text.ToLowerInvariant() is not ("maker" or "makers" or "manufacturer" or "manufacturers"
                            or "industry" or "sector" or "company" or "plant" or "factory" or "fleet" or "market" or "producer" or "producers")))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Single products a per-unit figure is of ("a turbine", "an electric car", "a fighter jet").</summary>
    private static readonly FrozenSet<string> UnitProducts = new[]
    {
        "turbine", "car", "vehicle", "motor", "EV", "jet", "aircraft", "missile", "submarine", "smartphone", "phone", "robot", "drone",
        // "An electric SUV typically carries between 1.2 and 2.5 kilograms", "A typical electric bus carries about 10 kg" (measure32).
        "SUV", "bus", "truck", "van", "scooter", "motorcycle", "bike", "hybrid", "laptop", "handset",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"compared with", "compared to", "versus", "vs" (hedges skipped) right before the figure's first word.</summary>
    private static bool ComparedBefore(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && TonnageLexicon.PlantSizeHedges.Contains(words[w].Text))
        {
            w--;
        }

        return w >= 0 && (words[w].Text is "versus" or "vs"
                          || (w >= 1 && words[w].Text is "with" or "to" && words[w - 1].Text.Equals("compared", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Index of the first word opening a clause of reason in [from, to): "because", "amid", or "as" before a capitalised
    /// word or a determiner (not "such as", "as well as", "as much as"); -1 when none.</summary>
    private static int ReasonClauseAfter(List<Token> words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            var text = words[w].Text;
            if (text is "because" or "amid")
            {
                return w;
            }

            if (text == "as" && w + 1 < words.Count && (w == 0 || words[w - 1].Text is not ("such" or "so" or "same" or "well" or "as"))
                && (words[w + 1].IsCapitalised || words[w + 1].Text is "the" or "its" or "their" or "a" or "an" or "it" or "they" or "we"))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>"against", "versus", "vs" between a figure and a cue after it: the cue names the other side of a balance (§78).</summary>
    private static bool BalanceWordBetween(List<Token> words, int from, int to)
    {
        for (var w = from; w < to && w < words.Count; w++)
        {
            if (words[w].Text.ToLowerInvariant() is "against" or "versus" or "vs")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>End uses that take a share of demand, beyond the machines of <see cref="TonnageLexicon.UnitNouns"/>.</summary>
    private static readonly FrozenSet<string> EndUseNouns = new[]
    {
        "electronics", "appliances", "applications", "uses", "sector", "sectors", "segment", "segments", "conditioners", "speakers",
        "EVs", "carmakers", "automakers",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"traction motors will take", "consumer electronics could absorb": a lower-case end-use noun (plural or an end-use
    /// word), perhaps with a modal, right before the verb (§78).</summary>
    private static bool EndUseBefore(List<Token> words, int verb)
    {
        var w = verb - 1;
        while (w >= 0 && words[w].Text.ToLowerInvariant() is "will" or "would" or "could" or "may" or "might" or "should" or "alone" or "together" or "likely" or "also")
        {
            w--;
        }

        if (w < 0)
        {
            return false;
        }

        var noun = words[w].Text;
        if (noun.Length < 2 || (char.IsUpper(noun[0]) && !noun.Equals("EVs", StringComparison.Ordinal)))
        {
            return false;
        }

        return EndUseNouns.Contains(noun)
               || (noun.EndsWith('s') && TonnageLexicon.UnitNouns.Contains(noun[..^1]) && char.IsLower(noun[0]));
    }

    /// <summary>The measure cue nearest the figure among words [from, to) outside the figure and outside names, and its index.</summary>
    /// <summary>Words that open an aside of examples or sources: ", mainly Solvay's output,", ", largely from Myanmar,".</summary>
    private static readonly FrozenSet<string> ExampleAsideOpeners = new[]
    {
        "mainly", "mostly", "largely", "chiefly", "primarily", "principally", "predominantly", "including", "notably", "especially",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The index of the opener of the comma aside word <paramref name="w"/> stands in, or -1.</summary>
    private static int AsideStart(List<Token> words, int w)
    {
        var comma = words.FindLastIndex(w, t => !t.IsWord && t.Text is "," or ";" or ":" or "(");
        return comma >= 0 && comma + 1 < words.Count && words[comma].Text == "," && ExampleAsideOpeners.Contains(words[comma + 1].Text) ? comma + 1 : -1;
    }

    /// <summary>Word <paramref name="w"/> stands in a comma aside opened by "mainly"/"largely"/... that closes before the figure.</summary>
    private static bool InExampleAside(List<Token> words, int w, int firstWord)
    {
        if (AsideStart(words, w) < 0)
        {
            return false;
        }

        var close = words.FindIndex(w, t => !t.IsWord && t.Text is "," or ";" or ")");
        return close >= 0 && close < firstWord;
    }

    private static (string? Cue, int Index) NearestCue(List<Token> words, List<(int Start, int End)> names, int from, int to, int firstWord, int afterWord)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestIndex = -1;
        for (var w = from; w < to; w++)
        {
            if (w >= firstWord && w < afterWord)
            {
                continue;
            }

            // A cue word inside a name is not a cue ("Iluka Resources", "Tallgrass Critical Minerals Corp").
            if (!TonnageLexicon.MeasureCues.TryGetValue(words[w].Text, out var cue) && !IsMiningVerb(words, w, names) && !IsTradeVerb(words, w)
                && !SeparatedAmount(words, w) && !IsOutputPhrasal(words, w) && !HeldAmount(words, w) && !ContractedVolume(words, w)
                && !BroughtIn(words, w))
            {
                continue;
            }

            if (ContractedVolume(words, w))
            {
                cue = Measures.Offtake;
            }

            if (BroughtIn(words, w))
            {
                cue = Measures.Import; // "For January through October, Japan brought in 13,480 tonnes"
            }

            // "Vietnam, whose reserves were revised down to 3.5 million tonnes, mined 300 tonnes": a mining verb after the figure
            // that has a figure of its own as object is that figure's cue, not the earlier one's (§61).
            if (cue is null && w >= afterWord && IsMiningVerb(words, w, names) && MinesAFigure(words, w))
            {
                continue;
            }

            // "received its first 120 tonnes of swarf in October and will process 2,000 tonnes of scrap a year": a verb after
            // "and" that takes a figure of its own as object is that figure's, not the earlier one's (§61).
            if (cue is not null && w > afterWord + 1 && MinesAFigure(words, w) && TonnageLexicon.MiningVerbLeads.Contains(words[w - 1].Text)
                && words.Skip(afterWord).Take(w - afterWord).Any(t => t.Text.Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // "Exports of unwrought rare earths and oxides, a separate category, fell to 3,410 tons": "separate" after an article or
            // a number is an adjective, no verb of separating (dev9 K08).
            if (words[w].Text.Equals("separate", StringComparison.OrdinalIgnoreCase) && w > 0
                && words[w - 1].Text.ToLowerInvariant() is "a" or "an" or "the" or "two" or "three" or "its" or "their" or "in")
            {
                continue;
            }

            // "Magnet rare earth oxides make up 24% of the contained TREO", "made up 1,150 tonnes of the unit's output": a share,
            // not a verb of making (measure32).
            if (words[w].Text.ToLowerInvariant() is "make" or "makes" or "made" or "making" && w + 1 < words.Count
                && words[w + 1].Text.Equals("up", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "Imports of compounds from France, mainly Solvay's La Rochelle output, were 85 t": a cue inside an aside that only
            // names where the flow comes from is not the figure's, when the clause has a cue before the aside (measure34, dev9 K36).
            if (w < firstWord && InExampleAside(words, w, firstWord)
                && Enumerable.Range(from, Math.Max(0, AsideStart(words, w) - from)).Any(v => TonnageLexicon.MeasureCues.ContainsKey(words[v].Text) && !InsideName(words[v], names)))
            {
                continue;
            }

            // "the quota ... was kept at 19,150 tonnes", "held steady at": a level kept, no stock (§55).
            if (words[w].Text.ToLowerInvariant() is "kept" or "keeps" or "keep" && w + 1 < words.Count
                && words[w + 1].Text.ToLowerInvariant() is "at" or "unchanged" or "steady" or "flat" or "stable")
            {
                continue;
            }

            if (InsideName(words[w], names) || RecoversToLevel(words, w) || CausativeMake(words, w) || StockpileAsSource(words, w) || RecycledProduct(words, w)
                || ShareOfOutput(words, w) || ShareBaseVerb(words, w) || DealOfAsset(words, w)
                || ReservePrice(words, w) || (w >= afterWord && HeadsLaterFigure(words, w)))
            {
                continue;
            }

            cue ??= HeldAmount(words, w) ? Measures.Stockpile : IsTradeVerb(words, w) ? Measures.Sales : Measures.Production; // "plans to mine 1.2 million tonnes of ore"

            // "outbound shipments of magnets totalled 5,430 tons", "inbound cargoes of monazite": a word of direction right
            // before a shipment noun says which way the goods crossed the border (§55).
            // "Our overseas sales in the third quarter were about 2,400 tonnes": sales abroad are exports (dev9 K34).
            if (cue == Measures.Sales && w > 0 && words[w].Text.Equals("sales", StringComparison.OrdinalIgnoreCase)
                && words[w - 1].Text.ToLowerInvariant() is "overseas" or "export" or "foreign")
            {
                cue = Measures.Export;
            }

            if (cue == Measures.Shipment && w > 0 && words[w - 1].Text.ToLowerInvariant() is "outbound" or "inbound")
            {
                cue = words[w - 1].Text.Equals("outbound", StringComparison.OrdinalIgnoreCase) ? Measures.Export : Measures.Import;
            }

            var distance = w < firstWord ? firstWord - w : w - afterWord + 1;
            if (distance < bestDistance)
            {
                best = cue;
                bestDistance = distance;
                bestIndex = w;
            }
        }

        return (best, bestIndex);
    }

    /// <summary>"... 1,200 MTPA of (annual) capacity": a capacity noun in the figure's own "of" phrase.</summary>
    private static bool CapacityOfAfter(List<Token> words, int afterWord)
    {
        for (var w = afterWord; w < words.Count && w < afterWord + 5; w++)
        {
            if (!words[w].IsWord)
            {
                return false;
            }

            if (words[w].Text.ToLowerInvariant() is "capacity" or "capacities")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that name a stage of a plant's growth: "a second phase would take the site to", "the expansion will take it to".</summary>
    private static readonly FrozenSet<string> ExpansionWords = new[] { "phase", "stage", "expansion", "expansions", "upgrade", "debottlenecking", "extension" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "A second phase would take the site to 5,000 tonnes", "Phase two will take us to 12,000 tonnes": "take" + at most three
    /// words of object + "to" right before the figure (a hedge between), with a phase or expansion named before "take" in the
    /// same clause; not when the object is output or sales ("take output to 8,000 t" stays what it was).
    /// </summary>
    private static bool ExpansionTakesTo(List<Token> words, int take, int firstWord)
    {
        if (words[take].Text.ToLowerInvariant() is not ("take" or "takes" or "took" or "taking"))
        {
            return false;
        }

        var to = firstWord - 1;
        while (to > take && words[to].IsWord && TonnageLexicon.PlantSizeHedges.Contains(words[to].Text) && !words[to].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            to--;
        }

        if (to <= take + 1 || to - take > 6 || !words[to].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var o = take + 1; o < to; o++)
        {
            if (!words[o].IsWord || words[o].Text.ToLowerInvariant() is "output" or "production" or "sales" or "exports" or "delivery" or "deliveries")
            {
                return false;
            }
        }

        for (var b = take - 1; b >= 0 && b >= take - 6; b--)
        {
            if (!words[b].IsWord && words[b].Text is "," or ";" or ":")
            {
                return false;
            }

            if (ExpansionWords.Contains(words[b].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "estimated by Peak Rare Earths before it sold the project", "after it bought a 30% stake": a deal verb whose object is a
    /// project, a company or a stake names a deal in assets, not a sale of material.
    /// </summary>
    private static bool DealOfAsset(List<Token> words, int w)
    {
        if (!TonnageLexicon.DealVerbs.Contains(words[w].Text) && words[w].Text.ToLowerInvariant() is not ("acquired" or "acquire" or "acquires"))
        {
            return false;
        }

        var j = w + 1;
        if (j >= words.Count || words[j].Text.ToLowerInvariant() is not ("the" or "its" or "a" or "an" or "their" or "his" or "her" or "our"))
        {
            return false;
        }

        for (j++; j < words.Count && j <= w + 5; j++)
        {
            if (TonnageLexicon.AssetNouns.Contains(words[j].Text))
            {
                return true;
            }

            // "a 30% stake": a share may come between; other punctuation ends the object.
            if (words[j].Text == "%")
            {
                continue;
            }

            if (!words[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "..., and that new lines bring total capacity to 38,000 t/yr", "and nameplate output of 6,500 t/y": a cue after a figure
    /// that heads a later figure of its own ("capacity to N", "output of N") is that figure's, not the earlier one's (§44).
    /// </summary>
    private static bool HeadsLaterFigure(List<Token> words, int w)
    {
        // Only a noun heads a figure: a verb ("expanding to 7,500 tpa") says the same of both figures.
        if (!TonnageLexicon.FigureHeadNouns.Contains(words[w].Text))
        {
            return false;
        }

        var j = w + 1;
        while (j < words.Count && j <= w + 2 && TonnageLexicon.MeasureCues.ContainsKey(words[j].Text))
        {
            j++;
        }

        return j + 1 < words.Count && words[j].Text.ToLowerInvariant() is "of" or "to"
               && words[j + 1].Text.Length > 0 && char.IsDigit(words[j + 1].Text[0]);
    }

    /// <summary>"with a reserve price of 42 million dong per tonne": the lowest bid an auction accepts, no mineral reserve.</summary>
    private static bool ReservePrice(List<Token> words, int w) =>
        words[w].Text.Equals("reserve", StringComparison.OrdinalIgnoreCase) && w + 1 < words.Count
        && words[w + 1].Text is "price" or "prices" or "Price" or "Prices";

    /// <summary>"bought/purchased [hedge] N ... from ...": a purchase made (past tense) from a seller named after the figure.</summary>
    private static bool CountryBoughtFrom(List<Token> words, Quantity quantity)
    {
        const int VerbWords = 3;
        const int FromWords = 10;
        var firstWord = words.FindIndex(w => w.Start >= quantity.NumberStart);
        var afterWord = words.FindIndex(w => w.Start >= quantity.End);
        if (firstWord < 1 || afterWord < 0)
        {
            return false;
        }

        var bought = false;
        for (var v = firstWord - 1; v >= 0 && v >= firstWord - VerbWords; v--)
        {
            if (words[v].Text.ToLowerInvariant() is "bought" or "purchased")
            {
                bought = true;
                break;
            }

            if (!TonnageLexicon.PlantSizeHedges.Contains(words[v].Text))
            {
                break;
            }
        }

        if (!bought)
        {
            return false;
        }

        for (var f = afterWord; f < words.Count && f < afterWord + FromWords; f++)
        {
            var text = words[f].Text;
            if (text is "," or ";" or "." || TonnageLexicon.ParallelClauseWords.Contains(text))
            {
                return false;
            }

            if (text.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Concentrate production from the Eneabba stockpile was 8.2kt": a stockpile that output is won from is its
    /// source, not the figure's measure.</summary>
    private static bool StockpileAsSource(List<Token> words, int w)
    {
        const int SourceWords = 4;
        if (!TonnageLexicon.MeasureCues.TryGetValue(words[w].Text, out var cue) || cue != Measures.Stockpile)
        {
            return false;
        }

        for (var f = w - 1; f >= 1 && f >= w - SourceWords; f--)
        {
            if (words[f].Text.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return TonnageLexicon.MeasureCues.TryGetValue(words[f - 1].Text, out var before) && before == Measures.Production;
            }
        }

        return false;
    }

    /// <summary>"Huaxin separated 4,650t REO": "separated" right before an amount (hedges skipped) is the verb, output of a
    /// separation plant (production); "separated oxides" stays a product word.</summary>
    private static bool SeparatedAmount(List<Token> words, int w)
    {
        if (!words[w].Text.Equals("separated", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var v = w + 1;
        while (v < words.Count && TonnageLexicon.PlantSizeHedges.Contains(words[v].Text))
        {
            v++;
        }

        return v < words.Count && char.IsDigit(words[v].Text[0]);
    }

    /// <summary>"agreed to sell up to 40% of production ..., about 2,600 tonnes a year", "entitled to buy 50% of output, or up to 750
    /// tonnes": output after "N% of" is the base of a share, not the figure's measure; the verb before it is (§49).</summary>
    private static bool ShareOfOutput(List<Token> words, int w) =>
        w >= 2 && words[w].Text.ToLowerInvariant() is "production" or "output" && words[w - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
        && (words[w - 2].Text is "%" || words[w - 2].Text.EndsWith('%') || words[w - 2].Text.ToLowerInvariant() is "percent" or "per cent" or "cent");

    /// <summary>"with as much as 65% of the dysprosium and terbium it separates in Malaysia, or about 120 tonnes a year", "30% of the
    /// concentrate that the mine produces": a verb in a relative clause on the base of a share describes that base, not the figure
    /// restating the share; the verb before the share is the figure's (dev8 J39; measure33).</summary>
    private static bool ShareBaseVerb(List<Token> words, int w)
    {
        const int BaseWords = 8;
        if (w < 3 || words[w - 1].Text.ToLowerInvariant() is not ("it" or "they" or "we" or "that" or "which" or "mine" or "plant" or "company" or "refinery" or "project"))
        {
            return false;
        }

        // "almost all of it imported from Asia": a pronoun right after "of" is the share's base itself, no relative clause.
        for (var b = w - 3; b >= 1 && b >= w - BaseWords; b--)
        {
            if (words[b].Text is "," or ";" or "." or ":" || char.IsDigit(words[b].Text[0]) && !words[b].Text.EndsWith('%'))
            {
                return false;
            }

            if (words[b].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
                && (words[b - 1].Text is "%" || words[b - 1].Text.EndsWith('%') || words[b - 1].Text.ToLowerInvariant() is "percent" or "cent"
                    || words[b - 1].Text.ToLowerInvariant() is "half" or "third" or "quarter" or "two-thirds"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The stacks hold", "coal ash impoundments across the United States hold": a body of material (up to five words of
    /// a place phrase between, no clause break) is what holds the figure (§49).</summary>
    private static bool BodyHolds(List<Token> words, int verb)
    {
        const int PlaceWords = 8;
        for (var b = verb - 1; b >= 0 && b >= verb - PlaceWords; b--)
        {
            if (words[b].Text is "," or ";" or "." || TonnageLexicon.ParallelClauseWords.Contains(words[b].Text))
            {
                return false;
            }

            // "Kanto Ash Recovery holds 1,500 tonnes": a capitalised word inside a sentence is part of a name, no body (§68).
            if (TonnageLexicon.MaterialBodies.Contains(words[b].Text) && (b == 0 || !char.IsUpper(words[b].Text[0])))
            {
                // "coal ash accumulated across the country holds", "mud lying off the island holds": a participle of lying or being
                // left somewhere may stand before the place phrase (§68).
                var place = b + 1 < verb && words[b + 1].Text.ToLowerInvariant() is "accumulated" or "stored" or "left" or "dumped" or "lying"
                            or "piled" or "sitting" or "deposited" ? b + 2 : b + 1;
                return b == verb - 1 || (place < verb && words[place].Text.ToLowerInvariant() is "in" or "across" or "at" or "near" or "around" or "throughout" or "off" or "on" or "under" or "beneath");
            }
        }

        return false;
    }

    /// <summary>"into" right before the figure (hedges skipped), within a few words of the verb and no clause break between.</summary>
    private static bool IntoBefore(List<Token> words, int verb, int firstWord)
    {
        const int IntoWords = 8;
        var w = firstWord - 1;
        while (w > verb && TonnageLexicon.PlantSizeHedges.Contains(words[w].Text) && words[w].Text is not ("to" or "at"))
        {
            w--;
        }

        return w > verb && w - verb <= IntoWords && words[w].Text.Equals("into", StringComparison.OrdinalIgnoreCase)
               && !words.Skip(verb + 1).Take(w - verb - 1).Any(t => t.Text is "," or ";" or "." || TonnageLexicon.ParallelClauseWords.Contains(t.Text));
    }

    /// <summary>"the group still holds more than 600 t of oxide", "held 12 tonnes of unsold product at 30 June": "hold" right before
    /// an amount (hedges skipped) is a stock on hand (tonnages.md §6 "holds"), §49. Not a share ("holds 19.9%"), and not where
    /// the sentence speaks of a deposit, ore, resource or reserve ("the deposit, holding 5.2 Mt of ore").</summary>
    private static bool HeldAmount(List<Token> words, int w)
    {
        // "The stacks hold about 35 million tonnes of gypsum": a body of material holding it is a resource (HeldBefore).
        if (words[w].Text.ToLowerInvariant() is not ("hold" or "holds" or "held" or "holding") || BodyHolds(words, w))
        {
            return false;
        }

        var v = w + 1;
        while (v < words.Count && TonnageLexicon.PlantSizeHedges.Contains(words[v].Text))
        {
            v++;
        }

        if (v >= words.Count || !char.IsDigit(words[v].Text[0]) || words[v].Text.EndsWith('%')
            || (v + 1 < words.Count && words[v + 1].Text is "%" or "per" or "percent"))
        {
            return false;
        }

        return !words.Exists(t => (TonnageLexicon.MeasureCues.TryGetValue(t.Text, out var c) && c is Measures.Resource or Measures.Reserve)
                                  || t.Text.ToLowerInvariant() is "ore" or "grading" or "grade");
    }

    /// <summary>
    /// "about 200 tonnes of recycled NdFeB alloy", "will purchase recycled magnets": "recycled" before the noun it describes is
    /// part of the product's name, no verb ("recycled 42 tonnes", "magnets recycled in 2025" stay cues).
    /// </summary>
    private static bool RecycledProduct(List<Token> words, int w) =>
        (words[w].Text.Equals("recycled", StringComparison.OrdinalIgnoreCase)
         // "Re-exports of processed rare earth compounds stood at 390 tons": after "of", a participle names the goods (§55).
         || (w > 0 && words[w - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
             && words[w].Text.ToLowerInvariant() is "processed" or "treated" or "converted"))
        && w + 1 < words.Count && words[w + 1].IsWord && char.IsLetter(words[w + 1].Text[0])
        && !TonnageLexicon.PlantSizeHedges.Contains(words[w + 1].Text) && !TonnageLexicon.WordsAfterAVerb.Contains(words[w + 1].Text);

    /// <summary>"making it the largest destination", "made them cheaper": "make" with an object pronoun is no production.</summary>
    private static bool CausativeMake(List<Token> words, int w) =>
        words[w].Text.ToLowerInvariant() is "make" or "makes" or "made" or "making"
        && w + 1 < words.Count && words[w + 1].Text.ToLowerInvariant() is "it" or "them" or "this" or "that" or "us";

    /// <summary>"plant of [at least] N", "capacity of about N", "design rate of N": the figure right after a plant or capacity noun and "of" (hedges skipped).</summary>
    private static bool SizesPlant(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && TonnageLexicon.PlantSizeHedges.Contains(words[w].Text))
        {
            w--;
        }

        // "a separation plant in Texas, sized for 5,000 tonnes a year", "built for 800 tpa": what a plant is sized for (§55).
        if (w >= 1 && words[w].Text.Equals("for", StringComparison.OrdinalIgnoreCase)
            && MeasureShapes.DesignWords.Contains(words[w - 1].Text))
        {
            return true;
        }

        if (w < 1 || !words[w].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var noun = words[w - 1].Text;
        return (TonnageLexicon.AdjectivalHeads.TryGetValue(noun, out var head) && head == Measures.Capacity)
               // "has capacity of about 3,000 tonnes a year but produced only 1,200": the figure a capacity noun sizes.
               || noun.Equals("capacity", StringComparison.OrdinalIgnoreCase) || noun.Equals("throughput", StringComparison.OrdinalIgnoreCase)
               // "the plant's design rate of 5,000 tonnes a year", "a nameplate rate of".
               || (noun.Equals("rate", StringComparison.OrdinalIgnoreCase) && w >= 2 && words[w - 2].Text.ToLowerInvariant() is "design" or "designed" or "nameplate"
                   // "assumes an initial mining rate of 2 Mtpa of ore", "a processing rate of 1.5 Mtpa": the rate a mine or plant is planned at (§55).
                   or "mining" or "milling" or "processing" or "treatment" or "throughput");
    }

    /// <summary>The measure of the noun an adjectival figure sizes ("a 5,000-tonne magnet plant" → capacity), or null.</summary>
    private string? AdjectivalHead(Quantity quantity, List<Token> words)
    {
        var afterWord = words.FindIndex(w => w.Start >= quantity.End);
        if (afterWord < 0)
        {
            return null;
        }

        for (var w = afterWord; w < words.Count && w < afterWord + options.AdjectivalHeadWords; w++)
        {
            var word = words[w].Text;
            // "sales of 287,500 tonnes were in line with plan": a verb or preposition after the figure ends the noun
            // phrase, so "line" there is no production line the figure sizes.
            if (!words[w].IsWord || word.Equals("of", StringComparison.OrdinalIgnoreCase) || TonnageLexicon.AdjectivalStopWords.Contains(word))
            {
                break;
            }

            if (TonnageLexicon.AdjectivalHeads.TryGetValue(word, out var head))
            {
                return head;
            }

            // "the 6,075-ton annual NdPr rate the circuit was built for": a rate a plant was built or designed for is its size (dev9 K01).
            if (word.Equals("rate", StringComparison.OrdinalIgnoreCase)
                && words.Skip(w + 1).Take(6).TakeWhile(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).ToList() is var rest
                && rest.IndexOf("for") is var forAt and > 0 && rest[forAt - 1] is "built" or "designed" or "sized" or "engineered")
            {
                return Measures.Capacity;
            }
        }

        return null;
    }

    /// <summary>"before recovering to 6,146 tonnes", "recovered from a low": a level coming back, not metal recovered from ore.</summary>
    private static bool RecoversToLevel(List<Token> words, int w) =>
        words[w].Text.StartsWith("recover", StringComparison.OrdinalIgnoreCase) && w + 1 < words.Count
        && words[w + 1].Text.ToLowerInvariant() is "to" or "from" or "in" or "after" or "strongly" or "slightly" or "somewhat";

    /// <summary>
    /// "to mine", "will mine", and "mines"/"mined" right after a name ("IREL mines", "X Ltd mined 182,400 t", "the United
    /// States mined 45,000 t": a capitalised word that does not open the sentence): the verb
    /// (the noun "mine" and the adjective "mined" in "illegally mined ore" are not production cues).
    /// </summary>
    private static bool IsMiningVerb(List<Token> words, int w, List<(int Start, int End)> names) =>
        w > 0 && ((words[w].Text.Equals("mine", StringComparison.OrdinalIgnoreCase) && TonnageLexicon.MiningVerbLeads.Contains(words[w - 1].Text))
                  || (words[w].Text is "mines" or "mined" && (InsideName(words[w - 1], names) || (words[w - 1].IsCapitalised && w > 1)))
                  // "just 1.2 lakh tonnes have been mined since 2010", "400,000 t were mined in 2025": the passive verb (measure34).
                  || (words[w].Text is "mined" && words[w - 1].Text.ToLowerInvariant() is "been" or "was" or "were")
                  || (words[w].Text is "mines" or "mined" && MinesAFigure(words, w)
                      && (words[w - 1].IsCapitalised || words[w - 1].Text is "," or ")" || TonnageLexicon.MinerSubjectWords.Contains(words[w - 1].Text))));

    /// <summary>"China mined 270,000 tonnes", "it mined 1.2 million tonnes", "Brazil, with ..., mined 80 tonnes": "mined"/"mines"
    /// with the figure as its object (a hedge between at most), so a verb with a subject, not "ore mined" or "illegally mined
    /// ore" (T73) (§61).</summary>
    private static bool MinesAFigure(List<Token> words, int w)
    {
        var j = w + 1;
        while (j < words.Count && j <= w + 3 && words[j].Text.ToLowerInvariant() is "about" or "around" or "roughly" or "some" or "nearly" or "almost"
                   or "an" or "estimated" or "more" or "less" or "than" or "over" or "just" or "approximately" or "a" or "record")
        {
            j++;
        }

        return j < words.Count && words[j].Text.Length > 0 && char.IsDigit(words[j].Text[0]);
    }

    /// <summary>"has contracted a further 9,000 tonnes", "contracted 1,400 tonnes of scrap for 2026": a volume put under contract
    /// is an offtake (§61); not "output contracted to 3,000 t" or "contracted 5%" (shrank).</summary>
    private static bool ContractedVolume(List<Token> words, int w)
    {
        if (!words[w].Text.Equals("contracted", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var j = w + 1;
        while (j < words.Count && j <= w + 3 && words[j].Text.ToLowerInvariant() is "a" or "an" or "further" or "additional" or "another" or "about"
                   or "around" or "some" or "roughly" or "nearly" or "up" or "to" && !(j == w + 1 && words[j].Text.Equals("to", StringComparison.OrdinalIgnoreCase)))
        {
            j++;
        }

        return j + 1 < words.Count && words[j].Text.Length > 0 && char.IsDigit(words[j].Text[0]) && words[j + 1].Text is not ("%" or "percent" or "per");
    }

    /// <summary>"the plant turned out 64 tonnes", "churns out 1,500 t a year": "out" after a verb of turning out goods is output (§49);
    /// not "turned out to be", "turned out that".</summary>
    private static bool IsOutputPhrasal(List<Token> words, int w) =>
        w > 0 && words[w].Text.Equals("out", StringComparison.OrdinalIgnoreCase)
        && TonnageLexicon.OutputPhrasalVerbs.Contains(words[w - 1].Text)
        && (w + 1 >= words.Count || words[w + 1].Text.ToLowerInvariant() is not ("to" or "that" or "be" or "well" or "badly" or "fine"));

    /// <summary>"brought in 13,480 tonnes", "brings in about 1,000 tonnes": a country or a company taking goods in, an import.</summary>
    private static bool BroughtIn(List<Token> words, int w) =>
        w > 0 && w + 1 < words.Count && words[w].Text.Equals("in", StringComparison.Ordinal)
        && words[w - 1].Text.ToLowerInvariant() is "brought" or "bring" or "brings" or "bringing"
        && (char.IsAsciiDigit(words[w + 1].Text[0]) || words[w + 1].Text.ToLowerInvariant() is "about" or "around" or "roughly" or "some" or "nearly" or "almost" or "over" or "more" or "just" or "an");

    /// <summary>"traded", "changed hands": a trade in the market.</summary>
    private static bool IsTradeVerb(List<Token> words, int w) =>
        TonnageLexicon.TradeVerbs.Contains(words[w].Text)
        // "Dysprosium metal was assessed at $560-590/kg on volumes of some 3 t": the volume a price was set on.
        || (w > 0 && words[w].Text is "volumes" or "volume" && words[w - 1].Text.Equals("on", StringComparison.OrdinalIgnoreCase))
        || (w > 0 && words[w].Text.Equals("hands", StringComparison.OrdinalIgnoreCase) && words[w - 1].Text.StartsWith("chang", StringComparison.OrdinalIgnoreCase));

    /// <summary>The last measure cue word of a sentence, or null.</summary>
    private static string? LastCueIn(Sentence sentence)
    {
        string? last = null;
        foreach (var token in Tokenizer.Tokenize(sentence.Text))
        {
            if (TonnageLexicon.MeasureCues.TryGetValue(token.Text, out var cue) && cue != Measures.Other)
            {
                last = cue; // an "other" cue ("dual-use", "consumed") carries nothing over
            }
        }

        return last;
    }

    /// <summary>A recover/extract verb, then "from" right before the figure (hedges aside) with no clause break between.</summary>
    private static bool IsFeedAfterFrom(List<Token> words, int cue, int firstWord)
    {
        if (!words[cue].Text.StartsWith("recover", StringComparison.OrdinalIgnoreCase) && !words[cue].Text.StartsWith("extract", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var w = firstWord - 1;
        while (w > cue && TonnageLexicon.PlantSizeHedges.Contains(words[w].Text) && words[w].Text is not ("to" or "at"))
        {
            w--;
        }

        return w > cue + 1 && words[w].Text.Equals("from", StringComparison.OrdinalIgnoreCase)
               && !words.Skip(cue + 1).Take(w - cue - 1).Any(t => t.Text is "," or ";");
    }

    /// <summary>After the figure, in its clause and before any other verb: "(of X) per tonne of Y", "for each tonne of Y".</summary>
    private static bool PerUnitOfOutput(List<Token> words, int afterWord)
    {
        for (var v = afterWord; v + 2 < words.Count && v < afterWord + 8; v++)
        {
            var text = words[v].Text.ToLowerInvariant();
            if (text is "," or ";" or ":" or "." || text is "at" or "for" && words[v + 1].Text.ToLowerInvariant() is not "each")
            {
                return false; // a clause break, or "at $85 per tonne of oxide": a price
            }

            if ((text is "per" || (text is "each" && v > 0 && words[v - 1].Text.Equals("for", StringComparison.OrdinalIgnoreCase)))
                && words[v + 1].Text.ToLowerInvariant() is "tonne" or "ton" or "t" or "kg" or "kilogram" or "unit"
                && words[v + 2].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideName(Token word, List<(int Start, int End)> names) =>
        names.Exists(n => word.Start >= n.Start && word.Start < n.End);

    private static bool IsIntensity(List<Token> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w].Text;
            if (TonnageLexicon.IntensityVerbs.Contains(word))
            {
                return true;
            }

            if (word.Equals("per", StringComparison.OrdinalIgnoreCase) || word.Equals("each", StringComparison.OrdinalIgnoreCase))
            {
                var next = w + 1 < words.Count ? words[w + 1].Text : string.Empty;
                // "3.5 kg of dysprosium per tonne of magnets": per a mass of a product (not of ore, a grade) is an intensity (§55).
                if (TonnageLexicon.PerMassUnits.Contains(next) && w + 3 < words.Count && words[w + 2].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
                    && words[w + 3].IsWord && char.IsLetter(words[w + 3].Text[0]) && words[w + 3].Text.ToLowerInvariant() is not ("ore" or "rock" or "feed" or "material"))
                {
                    return true;
                }

                if (next.Length > 0 && !TonnageLexicon.PerMassUnits.Contains(next) && !PerYearRegex.IsMatch("per " + next) && !PerDayRegex.IsMatch("per " + next)
                    && !next.Equals("annum", StringComparison.OrdinalIgnoreCase) && !next.Equals("quarter", StringComparison.OrdinalIgnoreCase)
                    && !next.Equals("month", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a sentence between two figures names no measure ("Data are in metric tons of REO equivalent.").</summary>
    private static bool QuietBetween(string sentence) =>
        !Tokenizer.Tokenize(sentence).Exists(w => TonnageLexicon.MeasureCues.ContainsKey(w.Text));

    /// <summary>"a further 200 tonnes by June 2027", "another 500 t by the end of 2026": an increment with a deadline (§76).</summary>
    private static readonly Regex FurtherByDeadlineRegex = new(
        @"(?i)\b(?:a\s+further|another|an\s+additional)\s+(?:(?:about|around|some|roughly|up\s+to|nearly)\s+)?[\d.,]+\s*(?:metric\s+)?(?:tonnes|tons|t|mt|kt)\b[^,;]{0,60}?\bby\s+(?:the\s+end\s+of\s+)?(?:(?:" + MonthNames + @")\s+)?(?:19|20)\d{2}\b",
        RegexOptions.Compiled);

    private static string FinalPeriod(string measure, bool sizesShipment, string? explicitPeriod, string segment, string sentence)
    {
        // "its first 1,200-tonne cargo ... in March": one cargo, whatever the date.
        if (sizesShipment)
        {
            return Periods.OneOff;
        }

        if (measure == Measures.Intensity)
        {
            return Periods.PerUnit;
        }

        if (measure is Measures.Reserve or Measures.Resource or Measures.Stockpile)
        {
            return Periods.None;
        }

        if (explicitPeriod is not null)
        {
            return explicitPeriod;
        }

        if (measure is Measures.Offtake or Measures.Other or Measures.Sales && FurtherByDeadlineRegex.IsMatch(segment))
        {
            // "agreed to process a further 200 tonnes by June 2027": an increment to be done by a deadline is a total (§76).
            return Periods.Cumulative;
        }

        if (measure == Measures.Other && StockCutByRegex.IsMatch(segment) && ByYearRegex.IsMatch(segment))
        {
            // "cut its residue stockpile by at least 450,000 tonnes by 2030": the whole cut, done by then (dev7 convention (5)).
            return Periods.Cumulative;
        }

        var words = Tokenizer.Tokenize(segment);
        return measure switch
        {
            Measures.Shipment => Periods.OneOff,
            Measures.Quota => Periods.Year,
            Measures.Capacity => Periods.PerYearImplied,
            // "expects rare earth exports to reach 50,000 tonnes by 2030": the amount in the target year.
            Measures.Production or Measures.Export or Measures.Import or Measures.Sales when ByYearRegex.IsMatch(segment) => Periods.Year,
            Measures.Production when words.Exists(w => TonnageLexicon.PresentTense.Contains(w.Text)) => Periods.PerYearImplied,
            Measures.Production or Measures.Export or Measures.Import or Measures.Sales
                when TonnageLexicon.InPastTense(Tokenizer.Tokenize(sentence)) => Periods.Year,
            // "The company consumed 9,350 tonnes of rare earth raw materials": feed used up, a completed amount like "produced".
            Measures.Other when PastUseBeforeRegex.IsMatch(segment) => Periods.Year,
            _ => Periods.Unknown,
        };
    }

    /// <summary>
    /// The organisation or country the figure is about: after an anaphor ("The state miner", "It", "the company" before the
    /// figure) the article's main organisation so far; else the grammatical subject among the organisations (known or
    /// candidate) before the figure: the first one, skipping a source ("according to X", "X said Y will ...",
    /// "X chief executive Jane Doe said Y will ...") when another follows; else in a passive sentence the agent after the
    /// figure ("... were shipped by X"); else the first country before the figure that is not a destination or origin
    /// ("to the United States"); "The country" is the article's main country so far; else the subject of the previous
    /// sentence's figure. A figure "for" a unit of the subject is the unit's ("for Lynas Malaysia"); a quota, export or
    /// import figure of a ministry or state agency is its country's.
    /// </summary>
    private (string? Id, string? Name, string? Kind) Subject(Sentence sentence, Quantity quantity, string measure, SubjectContext context, bool seizure = false)
    {
        // "Vietnam produced 4,100 tonnes last year, the General Statistics Office said on Thursday, up from 1,200 tonnes in 2024":
        // the older value a figure is compared with is the same holder's, not the speaker's named in between.
        if (context.PreviousInSentence is { SubjectName: not null } compared && context.PreviousFigureEnd > 0
            && ComparedFromBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && NamesIn(sentence, context.Organisations, context.Candidates)
                .Where(n => n.Start >= context.PreviousFigureEnd && n.Start < quantity.NumberStart)
                .All(n => SpeakerAfterNameRegex.IsMatch(sentence.Text.AsSpan(n.End))))
        {
            return (compared.SubjectId, compared.SubjectName, compared.SubjectKind);
        }

        if (PossessorOfDemand(sentence, quantity, context) is { } demander)
        {
            return demander; // "roughly 18pc of the EU's current demand of about 39,000 t/yr": the EU, not the sentence's company
        }

        if (HolderNamedNext(sentence, quantity, context) is { } holder)
        {
            return holder; // "X reported a resource of 18 Mt at its Kolari project. ... The project is owned by Z Oy, the venture ...": Z
        }

        if (AwardRecipient(sentence, quantity, context) is { } awardee)
        {
            return awardee; // "The Department of Defense has awarded X US$22.4 million ... The award supports a first phase with capacity of 2,000 t": X
        }

        if (GovernmentVehicle(sentence, quantity, context) is { } vehicle)
        {
            return vehicle; // "The Australian government will use its ... Strategic Reserve to buy ... The reserve will also build a stockpile of 100 t": AU
        }

        // Before the generic-opener rules: "Under the scheme, each selected bidder can build up to 1,200 tonnes".
        if (NationalScheme(sentence, quantity, context) is { } scheme)
        {
            return scheme; // "the Rs 7,280 crore scheme, which targets 6,000 tonnes per annum": the country's
        }

        // "A single 15-megawatt turbine uses roughly 9 tonnes of magnets, according to industry estimates": what a generic
        // unit needs is nobody's; the previous sentence's company is not carried to it.
        // "Every direct-drive turbine of the kind X and Y now install carries roughly 9 tonnes of magnets": makers named only as
        // examples of the generic unit do not own its figure (§72).
        if ((measure == Measures.Intensity || UnitCarriesBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            && GenericUnitOpenerRegex.IsMatch(sentence.Text)
            && NamesIn(sentence, context.Organisations, context.Candidates)
                .TrueForAll(n => n.Start < quantity.NumberStart && ExampleOfUnitBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, n.Start))))
        {
            return (null, null, null);
        }

        // "Its chief executive said the average wind turbine contains about 650 kg of magnets per megawatt", "X said a typical
        // electric car uses 1-2 kg": a generic unit a speaker describes after the speech verb is nobody's either, not the
        // speaker's company's; the speaker is the only name, written before the verb (§79).
        if ((measure == Measures.Intensity || UnitCarriesBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            && SaidGenericUnitRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } said
            && NamesIn(sentence, context.Organisations, context.Candidates) is var sayers
            && sayers.TrueForAll(n => n.End <= said.Index)
            && (said.Groups["general"].Success || (sayers.Count == 0 && measure == Measures.Intensity)))
        {
            return (null, null, null);
        }

        // "with Japan, Vietnam and the United States adding about 40,000 tonnes of new capacity between them", "Brazil and Australia
        // combined could mine 30,000 tonnes": a sum over two or more countries is nobody's, not the first country's (§79, the
        // annotators' sum-over-countries convention). No organisation before the figure.
        if ((SumOverThemAfterRegex.IsMatch(sentence.Text[quantity.End..]) || CombinedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && context.Countries.Where(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart
                                            && !PossessiveAfter(sentence, m))
                .Select(m => m.Id).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            return (null, null, null);
        }

        // "Vestas and Siemens Gamesa together installed turbines needing some 11,000 tonnes of magnets", "X and Y combined
        // produce about 9,000 tonnes": a sum over two or more named organisations is nobody's, not the first one's (§88,
        // dev5's summed-over-companies convention).
        if (CombinedBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } combined
            && NamesIn(sentence, context.Organisations, context.Candidates) is var summed
            && summed.Exists(n => n.Start > combined.Index && n.Start < combined.Index + combined.Length)
            && summed.Exists(n => n.End <= combined.Index)
            && !summed.Exists(n => n.Start >= combined.Index + combined.Length && n.Start < quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "HyProMag estimates that the UK throws away more than 1,000 tonnes of scrap magnets a year": a country opening the
        // clause a speaker's "estimates/says that" reports, no name after it before the figure, is the figure's subject,
        // not the speaker (§88).
        if (ReportedCountryClauseRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } reported
            && context.Countries.FirstOrDefault(m => m.Length > 0 && !m.Dateline && m.Start == sentence.Start + reported.Groups["country"].Index) is { } reportedCountry
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start > reported.Groups["country"].Index && n.Start < quantity.NumberStart)
            && index.Countries.TryGetValue(reportedCountry.Id, out var reportedEntry))
        {
            return (reportedCountry.Id, reportedEntry.Name, SubjectKinds.Country);
        }

        // "The company said there are about 50,000 tonnes of magnets in drives and motors discarded each year worldwide": what
        // exists in the whole world is nobody's, not the speaker's (§79).
        if (ThereAreBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } there
            && WorldAfterRegex.IsMatch(sentence.Text[quantity.End..])
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= there.Index && n.Start < quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "Licences issued in October covered 2,870 tonnes ... Traders in Ganzhou said dysprosium and terbium compounds made up
        // less than 100 tonnes of the October total": a share "of the ... total", with no name before it, is a part of the text's
        // last figure and has its holder, not the unnamed traders' nobody (§75).
        if (ShareOfTotalAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End))
            && context.LastFact is { SubjectName: not null } whole
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart))
        {
            return (whole.SubjectId, whole.SubjectName, whole.SubjectKind);
        }

        // "In Sichuan, Liangshan smelters made 2,400 tonnes", "Magnet makers in Ningbo bought roughly 300 tonnes": a sentence
        // whose subject is a group of unnamed producers, buyers or traders, with
        // no organisation or country named in it, is about them, not the previous sentence's company.
        if (GenericProducersOpenerRegex.IsMatch(sentence.Text)
            && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0
            && !context.Countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < sentence.Start + sentence.Text.Length))
        {
            return (null, null, null);
        }

        // "Inventories at separation plants in Inner Mongolia fell to 5,600 tonnes", "European magnet makers together produced
        // about 1,200 tonnes": stocks or output of unnamed plants, or what a group of unnamed makers did together, with no name
        // and no country before the figure, is nobody's, not the previous sentence's company.
        if (UnnamedGroupOpenerRegex.IsMatch(sentence.Text)
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "PrNd metal output in Baotou and Ganzhou was estimated at 7,300 t": output of several places (no country) with no name
        // in the sentence is a regional total, nobody's, not the previous sentence's company (§65).
        if (RegionalTotalOpenerRegex.IsMatch(sentence.Text)
            && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + sentence.Text.Length))
        {
            return (null, null, null);
        }

        // "Baotou now hosts 26 magnet producers with combined capacity of roughly 140,000 tonnes": unnamed makers' combined
        // figure; "X estimated that robots would add 14,000 tonnes of magnet demand": demand unnamed users add, not the
        // forecaster's (§65). No name between the cue and the figure.
        if ((CombinedUnnamedBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } group
             && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= sentence.Start + group.Index && n.Start < sentence.Start + quantity.NumberStart))
            || (UnnamedAddsDemandBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } adds
                && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= sentence.Start + adds.Index && n.Start < sentence.Start + quantity.NumberStart)
                && DemandAfterRegex.IsMatch(sentence.Text[quantity.End..])))
        {
            return (null, null, null);
        }

        // "Japanese magnet makers as a group consumed 9,500 tonnes", "German carmakers bought about 2,000 tonnes": what unnamed
        // buyers of one nationality consume or buy is market demand, nobody's, not the demonym's country (§60); what they
        // produce or import stays the country's.
        if (DemonymBuyersOpenerRegex.Match(sentence.Text) is { Success: true } buyers
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start + buyers.Groups["rest"].Index
                                           && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "The wind sector alone will need 25,000 tonnes a year, according to X": a whole sector or market opening the
        // sentence, with no name or country before the figure, is nobody's (not the previous sentence's company).
        if (GenericSectorOpenerRegex.IsMatch(sentence.Text)
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "Supply, including new projects in Australia, Brazil and the US, is forecast to reach 104,000 tonnes in 2030": a market's
        // supply or demand opening the sentence, with no name before the figure, is nobody's; countries in an "including" aside
        // are where it comes from.
        if (MarketOpenerRegex.IsMatch(sentence.Text)
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "In 2025 the city produced 55,000 tonnes of NdFeB magnet blanks": what a city, province or county makes as a whole,
        // with no name before the figure, is nobody's (a regional total, dev5's convention), not the previous sentence's
        // company; "the country" stays the country's (§88).
        if (LocalityActsBeforeRegex.IsMatch(sentence.Text[..quantity.NumberStart])
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "One European trader sold a 250 kg lot of dysprosium oxide to a Japanese buyer": one unnamed trader's deal is nobody's,
        // not the previous sentence's market, and the buyer's country is where it went.
        if (UnnamedTraderOpenerRegex.IsMatch(sentence.Text) && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0)
        {
            return (null, null, null);
        }

        // "About 300 mt traded in eastern China, with one Jiangxi separator selling 80 mt to a magnet maker in Ningbo": one
        // unnamed trader or producer acting in a later clause, right before the figure, is nobody's deal too (subject34).
        if (UnnamedTraderInClauseRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } oneTrader
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= oneTrader.Index && n.Start < quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "Terbium metal prices in Rotterdam eased ..., as about 1.5 tonnes changed hands between traders": a market's trade,
        // with no name or country in its sentence, is nobody's (not the dateline's country, nor the previous sentence's).
        if (measure == Measures.Sales && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + sentence.Text.Length)
            && Tokenizer.Tokenize(sentence.Text) is var tokens && Enumerable.Range(0, tokens.Count).Any(w => IsTradeVerb(tokens, w)))
        {
            return (null, null, null);
        }

        if (measure != Measures.Offtake && PlantRunByInSentence(sentence, quantity, context) is { } runBy)
        {
            return runBy; // "X said its Belfast plant, run by subsidiary Y, produced 4.8 tonnes": Y
        }

        if (DefinedTermActor(sentence, quantity, measure, context) is { } definedHolder)
        {
            return definedHolder; // "X Inc. (\"the Corporation\") ... The Corporation's Narva plant is designed for 2,000 t": X
        }

        // "A (CFO): We sold 48 tonnes of NdFeB magnets in the quarter, most of it to General Motors", "We bought 60 tonnes from
        // X's German unit and we hold ... inventory, which is around 170 tonnes": in a call's transcript, a figure whose clause
        // an executive's "we" opens, after every name and country written before the figure, is the call's company; customers
        // and suppliers named around it are not (subject34).
        if (context.CallCompany is { } caller
            && NamesIn(sentence, context.Organisations, context.Candidates).Select(n => n.End)
                .Concat(context.Countries.Where(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.End <= sentence.End).Select(m => m.End - sentence.Start))
                .Where(end => end <= quantity.NumberStart)
                .DefaultIfEmpty(0).Max() is var lastNamed
            && WeOpensClauseRegex.IsMatch(sentence.Text.AsSpan(lastNamed, quantity.NumberStart - lastNamed)))
        {
            return caller;
        }

        if (UnitAnaphor(sentence, quantity, context) is { } namedUnit)
        {
            return namedUnit; // "X, the Estonian arm of the group, separated 2,400 t. ... 950 tonnes of the unit's output": X
        }

        if (DescribedActor(sentence, quantity, context) is { } described)
        {
            return described; // "a move the carmaker said would cut its dysprosium use by 40 t": the carmaker named before
        }

        if (VentureAnaphor(sentence, quantity, context) is { } venture)
        {
            return venture; // "X and Y's venture, Z Ltd, ... The venture will turn out 3,400 tonnes": Z
        }

        if (VenturePlant(sentence, quantity, context) is { } venturePlant)
        {
            return venturePlant; // "... a venture, Z Co., which will own and operate the facility. The Ulsan plant is designed to take 1,600 t": Z
        }

        if (PlantOwnerNamedNext(sentence, quantity, context) is { } ownerNext)
        {
            return ownerNext; // "A Chinese-backed plant in Laos ... can produce 3,600 t. The plant, owned by X, ...": X
        }

        if (PlantOfPreviousOperator(sentence, quantity, context) is { } plantOperator)
        {
            return plantOperator; // "X began production at its plant in Y. The plant, owned by Germany's P, will make 1,500 t": X
        }

        if (PlantOperator(sentence, quantity, context) is { } operatorOfPlant)
        {
            return operatorOfPlant; // "its plant at Ochang, operated by subsidiary KSM Metals, ... The plant has a nameplate of 2,200 t": KSM Metals
        }

        if (measure != Measures.Offtake && PlantOfOpeningCompany(sentence, quantity, context) is { } plantHolder)
        {
            return plantHolder; // "X opened its magnet plant ... GM said ... In its first year the plant will import 400 t": X
        }

        // "MP Materials Corp. third-quarter earnings call - transcript excerpt. ... James Litinsky (CEO): Upstream we produced
        // 13,254 metric tons": in a call's transcript, a figure whose sentence names nobody is the company holding the call,
        // whether an executive says "we" or an analyst says "you did 2,004 tonnes".
        // "Our South Carolina plant, run by X, will ship 90 tonnes. The line is built for 1,500 tonnes a year": a sentence that
        // goes on about the previous sentence's other holder, with no "we" of its own before the figure, keeps it (subject34).
        if (context.CallCompany is { } call
            && (context.Previous.Name is null || context.Previous.Name == call.Name
                || WeOpensClauseRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.End))
        {
            return call;
        }


        // "BROKER - EQUITY RESEARCH. X Corp. (NASDAQ: XX): Initiating coverage ... The project in Greenland hosts 45 Mt ... We
        // model production of 85,000 tpa": in a research note, a figure whose sentence names nobody is the covered company's
        // (the broker's model of it), not the country where its project lies (§72).
        if (context.CoveredCompany is { } covered && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0)
        {
            return covered;
        }

        if (QuotedSpeakerOrganisation(sentence, quantity, context) is { } speaking)
        {
            return speaking; // "'We shipped 300 tonnes in May,' said Anna Li, chief executive of X": X
        }

        if (FrontedCounterpartiesActor(sentence, quantity, context) is { } fronted)
        {
            return fronted; // "Together with existing agreements with X for 700 tpa and with Y for 300 tpa, Z has now contracted 1,800 tpa": Z
        }

        if (measure is Measures.Other or Measures.Production or Measures.Capacity && TolledFor(sentence, quantity, context) is { } owner)
        {
            return owner; // "IREL handled 11,400 t of monazite, of which 4,300 t was processed for Toyotsu Rare Earths India": the owner
        }

        // "China Rare Earth Group the remaining 82,000 tonnes, which include the entire medium and heavy allocation of 19,150
        // tonnes": a relative clause on the sentence's previous figure, naming nobody, is a part of it and has its holder (§83).
        if (context.PreviousInSentence is { SubjectName: not null } containing && context.PreviousFigureEnd > 0
            && context.PreviousFigureEnd < quantity.NumberStart
            && FigureRelativeClauseRegex.IsMatch(sentence.Text.AsSpan(context.PreviousFigureEnd, quantity.NumberStart - context.PreviousFigureEnd))
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= context.PreviousFigureEnd && n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && m.Start >= sentence.Start + context.PreviousFigureEnd && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (containing.SubjectId, containing.SubjectName, containing.SubjectKind);
        }

        var subject = SubjectOfSentence(sentence, quantity, measure, context);
        if (measure == Measures.Offtake && ReceivedFrom(sentence, quantity, context) is { } supplier)
        {
            return supplier; // "SRC said it had received 300 tonnes of monazite from Prairie Minerals Inc": the supplier
        }

        if (measure == Measures.Offtake && HiredSupplier(sentence, quantity, context) is { } hired)
        {
            return hired; // "The agency contracted state miner X to supply 500 tonnes": the supplier (§37)
        }

        if (measure == Measures.Offtake && BoughtFrom(sentence, quantity, context) is { } seller)
        {
            return seller; // "X agreed to buy 2,400 t of magnets over six years from Slovenian producer Y": the supplier
        }

        if (AgreementCounterpartiesOnly(sentence, quantity, subject, context) is { } party)
        {
            return party; // "Earlier agreements cover 1,000 tpa with X and 800 tpa with Y": the story's company, not X or Y
        }

        if (measure == Measures.Offtake && OnlyCounterparty(sentence, quantity, subject, context))
        {
            // "• Offtake agreement with Schaeffler for 1,000 tpa of NdPr oxide" (a release's highlights, before the company is
            // named): the one name, after "agreement with", is the customer; the supplier is the article's main organisation.
            var others = context.Organisations.Mentions.Where(m => m.Id != subject.Id).Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                .Concat(context.Candidates.Where(c => c.Name != subject.Name).SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                .ToList();
            return MostMentioned(others, sentence.Start) is { } main
                ? main.StartsWith("o:", StringComparison.Ordinal)
                    ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation)
                    : (null, main[2..], SubjectKinds.Candidate)
                : (null, null, null);
        }

        // "Critical Metals Corp's Tanbreez project ... 2026: The EU names Tanbreez a strategic project; the resource is upgraded
        // to 45 million tonnes": a state body that names, lists or backs a project is no holder of the project's figures; the
        // company whose possession the text wrote the project as is (subject34).
        if (StateBodySubject(subject, context) && measure is Measures.Resource or Measures.Reserve or Measures.Production or Measures.Capacity
            && StateActsOnProjectRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && OwnerOfAssetNamedIn(sentence, quantity, context) is { } projectOwner)
        {
            return projectOwner;
        }

        if (subject.Kind == SubjectKinds.Organisation && subject.Id is { } regulator
            && options.StateBodyKinds.Contains(index.Organisations[regulator].Kind)
            && PermittedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && Licensee(sentence, quantity, context) is { } licensee)
        {
            return licensee; // "The AELB renewed X's licence, allowing the Gebeng plant to process up to 10,500 tonnes": X
        }

        // "The AELB renewed the licence of X's plant on condition that it removes the residue stored on site, which totals
        // about 1.1 million tonnes", "the agency ordered X to cut its stockpile of 300,000 t": what a regulator's condition or
        // order is about is the licensee's, a company named in the sentence before the figure (§83).
        if (StateBodySubject(subject, context)
            && ConditionOnLicenseeBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && Licensee(sentence, quantity, context) is { Name: not null } conditioned
            && Actors(sentence, context).Exists(a => a.Name == conditioned.Name && a.Start < sentence.Start + quantity.NumberStart))
        {
            return conditioned;
        }

        if (subject.Kind == SubjectKinds.Organisation && subject.Id is { } id)
        {
            if ((UnitAfterFor(sentence, quantity, id, context.Organisations) ?? UnitNamedBefore(sentence, quantity, id, context.Organisations)
                 ?? UnitByNationality(sentence, quantity, id) ?? UnitByParentNoun(sentence, quantity, id, context.Organisations)) is { } unit)
            {
                return (unit.Id, unit.Name, SubjectKinds.Organisation);
            }

            var body = index.Organisations[id];
            if (options.StateBodyKinds.Contains(body.Kind)
                && (NationalFor(body.Kind, measure) || seizure || (GovernmentNameRegex.IsMatch(body.Name) && options.PolicyMeasures.Contains(measure)))
                && body.CountryCode is { } code && index.Countries.TryGetValue(code, out var country))
            {
                return (code, country.Name, SubjectKinds.Country);
            }
        }
        else if (subject.Name is null && measure is Measures.Export or Measures.Import
                 && CountryBeforeTradeWord(sentence, measure, context.Countries) is { } trader)
        {
            // "fewer than 10 tonnes had cleared Chinese export licensing": the country that qualifies the export word.
            return (trader, index.Countries[trader].Name, SubjectKinds.Country);
        }
        else if (subject.Name is null && measure is Measures.Export or Measures.Import)
        {
            // "Exports of NdFeB magnets from Japan to Germany fell to 640 tonnes": nobody else named, the origin of exports
            // (the destination of imports) is the subject.
            var numberAt = sentence.Start + quantity.NumberStart;
            foreach (var mention in context.Countries)
            {
                if (mention.Length > 0 && mention.Start >= sentence.Start && mention.Start < numberAt
                    && RoutePreposition(sentence, mention.Start) is { } preposition
                    && (measure == Measures.Export ? preposition == "from" : preposition is "to" or "into")
                    && index.Countries.TryGetValue(mention.Id, out var route))
                {
                    return (mention.Id, route.Name, SubjectKinds.Country);
                }
            }
        }
        else if (subject.Kind == SubjectKinds.Candidate && (options.NationalMeasures.Contains(measure) || options.PolicyMeasures.Contains(measure)))
        {
            // "Vietnam's Ministry of Industry and Trade said exports totalled ...": a state body the gazetteer does not hold.
            var body = context.Candidates.FirstOrDefault(c => c.Name == subject.Name);
            if (body is { KindHint: { } kind, CountryCode: { } code } && options.StateBodyKinds.Contains(kind) && (NationalFor(kind, measure) || seizure)
                && index.Countries.TryGetValue(code, out var country))
            {
                return (code, country.Name, SubjectKinds.Country);
            }

            // "LILONGWE -- ... The Ministry of Mining expects rare earth exports to reach 50,000 tonnes": a state body whose
            // country the text does not attach is of the article's main country.
            if (body is { KindHint: { } bodyKind, CountryCode: null } && options.StateBodyKinds.Contains(bodyKind) && (NationalFor(bodyKind, measure) || seizure)
                && MostMentioned(context.Countries, sentence.Start + quantity.NumberStart) is { } main && index.Countries.TryGetValue(main, out var mainCountry))
            {
                return (main, mainCountry.Name, SubjectKinds.Country);
            }
        }

        return subject;
    }

    /// <summary>A research note's opening: "EQUITY RESEARCH", "Initiating coverage", "research note".</summary>
    private static readonly Regex ResearchNoteOpeningRegex = new(@"(?i)\b(?:equity\s+research|research\s+note|broker(?:['’]s)?\s+note|initiat(?:ing|es?|ed)\s+coverage)\b", RegexOptions.Compiled);

    /// <summary>From the previous figure: its own words (no clause break), then ", which include(s)/contain(s)/comprise(s)" up to the figure.</summary>
    private static readonly Regex FigureRelativeClauseRegex = new(
        @"^[^,;.]*,\s+(?:which|that)\s+(?:include|includes|included|contain|contains|contained|comprise|comprises|comprised)\b[^,;]*$", RegexOptions.Compiled);

    /// <summary>"initiates coverage of ", "resume coverage on ": right before the covered company's name.</summary>
    private static readonly Regex CoverageOfBeforeRegex = new(@"(?i)\bcoverage\s+(?:of|on)\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>A listing right after a name: " (NASDAQ: CRML)", " (ASX: ARU)", " (TSX-V: ABC)", or the bare code a note heads
    /// its company with (" (ARU)").</summary>
    private static readonly Regex TickerAfterNameRegex = new(@"^\.?\s*\((?:(?:[A-Z]{2,6}(?:[- ][A-Z]{1,4})?)\s*:\s*[A-Z0-9.]{1,8}|[A-Z]{2,5})\)", RegexOptions.Compiled);

    /// <summary>
    /// The company a broker's research note covers: the text's first three sentences name a research note ("EQUITY
    /// RESEARCH", "Initiating coverage"), and the first name in them followed by its listing ("X Corp. (NASDAQ: XX)") is
    /// the covered company. Null for any other text.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? ResearchNoteCompany(SentenceIndex sentences, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        var opening = sentences.Sentences.Take(3).ToList();
        if (opening.Count == 0 || !opening.Exists(s => ResearchNoteOpeningRegex.IsMatch(s.Text)))
        {
            return null;
        }

        foreach (var s in opening)
        {
            foreach (var name in NamesIn(s, organisations, candidates))
            {
                var after = s.Text[name.End..];
                if (after.Trim().Length == 0 && opening.IndexOf(s) + 1 < opening.Count)
                {
                    after = opening[opening.IndexOf(s) + 1].Text;
                }

                // "Jefferies initiates coverage of USA Rare Earth with a Buy rating": the name right after "coverage of" (§83).
                if (!TickerAfterNameRegex.IsMatch(after) && !CoverageOfBeforeRegex.IsMatch(s.Text.AsSpan(0, name.Start)))
                {
                    continue;
                }

                var at = s.Start + name.Start;
                if (organisations.Mentions.FirstOrDefault(m => m.Start == at) is { } org)
                {
                    return (org.Id, index.Organisations[org.Id].Name, SubjectKinds.Organisation);
                }

                if (candidates.FirstOrDefault(c => c.Evidence.Any(e => e.Start == at)) is { } candidate)
                {
                    return (null, candidate.Name, SubjectKinds.Candidate);
                }
            }
        }

        return null;
    }

    /// <summary>A defined term in parentheses right after a name: (the "Company"), ("Neo" or "the Corporation"), ("the Supplier").</summary>
    private static readonly Regex DefinedTermRegex = new(
        @"^(?<gap>[\s,]*(?:(?:Ltd|Limited|Inc|Corp|Corporation|Plc|PLC|Co|LLC|SA|AG|AB|Oy|OÜ|GmbH|NV|BV|Pty|ASA)\.?[\s,]*){0,2})\(\s*(?:[""“][^""”()]{1,40}[""”]\s*(?:,|or|and)\s*)?(?:the\s+[""“]|[""“]the\s+)(?<term>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)[""”]\s*\)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The role words a filing defines for organisations: "Neo Performance Materials Inc. (\"Neo\" or \"the Corporation\")",
    /// "Less Common Metals Ltd (the \"Supplier\")": the word (Corporation, Supplier) names that organisation wherever the
    /// text writes "the Corporation" or "the Supplier" later. A term right after anything but a name ("the Facility") is none.
    /// </summary>
    private Dictionary<string, (string? Id, string? Name, string? Kind)> DefinedTerms(SentenceIndex sentences, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        var terms = new Dictionary<string, (string? Id, string? Name, string? Kind)>(StringComparer.Ordinal);
        foreach (var s in sentences.Sentences)
        {
            var names = organisations.Mentions.Where(m => m.Start >= s.Start && m.End <= s.End && m.Length > 0)
                .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
                .Concat(candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= s.Start && e.Start + e.Length <= s.End)
                    .Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))));
            foreach (var name in names)
            {
                if (DefinedTermRegex.Match(s.Text[(name.End - s.Start)..]) is { Success: true } defined
                    && !defined.Groups["term"].Value.Equals(name.Subject.Item2, StringComparison.OrdinalIgnoreCase))
                {
                    terms.TryAdd(defined.Groups["term"].Value, name.Subject);
                }
            }
        }

        return terms;
    }

    /// <summary>"the Corporation's", "The Supplier will deliver": a defined term written before the figure, at a word boundary.</summary>
    private static readonly Regex TheTermRegex = new(@"\b[Tt]he\s+(?<term>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A supply verb right after a defined term: "the Supplier will deliver", "the Seller shall supply".</summary>
    private static readonly Regex SupplyVerbAfterTermRegex = new(
        @"^\s+(?:(?:will|shall|would|is\s+to|agreed\s+to|has\s+agreed\s+to|must)\s+)?(?:deliver|supply|sell|ship|provide)(?:s|ed)?\b", RegexOptions.Compiled);

    /// <summary>
    /// "The Corporation's Narva magnet plant (the \"Narva Plant\") is designed for 2,000 tonnes", "the Supplier will deliver not
    /// less than 150 metric tons": in a filing that defines the term for a name, the first defined term before the figure,
    /// with no organisation named before the figure, is that organisation (not the unit the sentence before was about). An
    /// offtake only when the term supplies ("the Supplier will deliver"). Null otherwise.
    /// </summary>
    private static (string? Id, string? Name, string? Kind)? DefinedTermActor(Sentence sentence, Quantity quantity, string measure, SubjectContext context)
    {
        if (context.DefinedTerms.Count == 0
            || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart))
        {
            return null;
        }

        foreach (Match the in TheTermRegex.Matches(sentence.Text[..quantity.NumberStart]))
        {
            var term = the.Groups["term"].Value;
            var key = context.DefinedTerms.ContainsKey(term) ? term : term.Split(' ')[0];
            if (!context.DefinedTerms.TryGetValue(key, out var holder))
            {
                continue;
            }

            var after = sentence.Text[(the.Groups["term"].Index + key.Length)..quantity.NumberStart];
            return measure != Measures.Offtake || SupplyVerbAfterTermRegex.IsMatch(after) ? holder : null;
        }

        return null;
    }

    /// <summary>A first-person plural opening a clause: "We sold ", "and we hold ", "; we shipped " (not "we expect X to").</summary>
    private static readonly Regex WeOpensClauseRegex = new(@"(?:^|[,;:]\s*|\band\s+|\bbut\s+|\bwhile\s+)\s*(?:[Ww]e|[Oo]ur)\b(?![^,;]*\b(?:expects?|thinks?|estimates?|believes?|says?|said|see|sees)\b)", RegexOptions.Compiled);

    /// <summary>A speaker's turn in a transcript: "Operator: ", "Rahul Anand: ", "Amanda Lacaze (CEO): ", "Q (Whitfield): ", "A (CFO): ".</summary>
    private static readonly Regex SpeakerTurnRegex = new(
        @"^(?:Operator|(?:Q|A|Question|Answer)(?:\s*\([^()]{1,60}\))?|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s*\([^()]{1,60}\))?)\s*:\s",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A call named in a transcript's opening: "third-quarter earnings call - transcript", "results call, edited transcript".</summary>
    private static readonly Regex CallOpeningRegex = new(@"(?i)\b(?:earnings|results|conference|investor|analyst)\s+call\b|\bcall\b[^.]{0,40}\btranscript\b|\btranscript\b[^.]{0,40}\bcall\b", RegexOptions.Compiled);

    /// <summary>
    /// The company whose call a text transcribes: the opening names a call ("results call, edited transcript excerpt") and
    /// at least two sentences open with a speaker's turn ("Operator: ", "Amanda Lacaze (CEO): "); the company is the first
    /// name of the opening sentence. Null for any other text.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? CallCompany(SentenceIndex sentences, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        const int Turns = 2;
        if (sentences.Sentences.Count == 0 || !CallOpeningRegex.IsMatch(sentences.Sentences[0].Text)
            || sentences.Sentences.Count(s => SpeakerTurnRegex.IsMatch(s.Text)) < Turns)
        {
            return null;
        }

        var opening = sentences.Sentences[0];
        var first = organisations.Mentions.Where(m => m.Start >= opening.Start && m.End <= opening.End)
            .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= opening.Start && e.Start + e.Length <= opening.End)
                .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .OrderBy(a => a.Start)
            .FirstOrDefault();
        return first.Subject.Item2 is null ? null : first.Subject;
    }

    /// <summary>A national scheme's own words right before the figure: "the Rs 7,280 crore scheme, which targets ", "Under the
    /// scheme, each selected bidder can build up to ", "the mission, which aims to add ".</summary>
    private static readonly Regex SchemeBeforeRegex = new(
        @"(?i)(?:^\s*Under\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,4}?(?:scheme|mission)\s*,(?<span>(?:[^,;.]|,(?=\d))*)|\b(?:scheme|mission)\s*,\s*which\s+(?:targets|aims|seeks|envisages|plans|provides|supports)\b(?<span>[^,;.]*))$",
        RegexOptions.Compiled);

    /// <summary>
    /// "X and Y released an updated resource for the Round Top deposit ..., estimating 1.02 billion short tons. That implies about
    /// 555,000 tons of TREO. The deposit is held by Z LLC, the venture in which X owns 80%": a resource or reserve of a deposit
    /// (project, mine) whose holder one of the next two sentences names ("The deposit is held/owned/operated by Z") is Z's, the
    /// named vehicle, not the company reporting it (§75; named operating units get asset figures). The deposit noun must be
    /// written in the figure's sentence or the one before. Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? HolderNamedNext(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (>= 0 and var here))
        {
            return null;
        }

        for (var k = here + 1; k <= here + 2 && k < sentences.Sentences.Count; k++)
        {
            var next = sentences.Sentences[k];
            var holder = Actors(next, context).FirstOrDefault();
            if (holder.Name is null || HeldByOpenerRegex.Match(next.Text[..(holder.Start - next.Start)]) is not { Success: true } opener)
            {
                continue;
            }

            // The noun is one of HeldByOpenerRegex's few words, so the static Regex.IsMatch cache holds its pattern after one use.
            var noun = @"(?i)\b" + opener.Groups["noun"].Value + @"\b";
            var written = Regex.IsMatch(sentence.Text, noun)
                          || (here > 0 && Regex.IsMatch(sentences.Sentences[here - 1].Text, noun));
            return written ? (holder.Id, holder.Name, holder.Kind) : null;
        }

        return null;
    }

    /// <summary>A sentence opening "The deposit is held by ", "The project is now owned by the ", up to the holder's name.</summary>
    private static readonly Regex HeldByOpenerRegex = new(
        @"^\s*The\s+(?<noun>deposit|project|mine|orebody|property|tenement)\s+is\s+(?:now\s+|wholly\s+|jointly\s+)?(?:held|owned|operated|controlled)\s+(?:by|through)\s+(?:(?:the|its|a|an)\s+)?(?:[\p{Ll}\p{N}%-]+\s+){0,3}?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "The Australian government will use its A$1.2 billion Critical Minerals Strategic Reserve to buy ... The reserve will also
    /// build a stockpile of 100 tonnes": a sentence opening with the noun of a fund, reserve or scheme that an earlier sentence
    /// gave to a government ("the X government ... its ... Reserve/Fund"), with no name before the figure, is that government's
    /// country, not the company the previous figure was about (§75; the scheme is no organisation). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? GovernmentVehicle(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || VehicleOpenerRegex.Match(sentence.Text) is not { Success: true } opener
            || opener.Length > quantity.NumberStart
            || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            || context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        var noun = opener.Groups["noun"].Value;
        // One pattern per vehicle noun (a handful of words): the static Regex.Match cache keeps it compiled between calls.
        var owned = @"(?i)\bgovernment\b[^.;]{0,80}?\bits\s+(?:[^\s;]+\s+){0,7}?" + Regex.Escape(noun) + @"\b";
        foreach (var earlier in sentences.Sentences.Where(t => t.End <= sentence.Start).Reverse())
        {
            if (Regex.Match(earlier.Text, owned) is not { Success: true } gave)
            {
                continue;
            }

            // The government's country: a country (or demonym) written in that sentence before "government", else the story's main one.
            var code = context.Countries.LastOrDefault(m => m.Length > 0 && m.Start >= earlier.Start && m.Start < earlier.Start + gave.Index + gave.Length)?.Id
                       ?? ActingMainCountry(context.Countries, sentence.Start, context);
            return code is not null && index.Countries.TryGetValue(code, out var country) ? (code, country.Name, SubjectKinds.Country) : null;
        }

        return null;
    }

    /// <summary>Right after a figure: " of the October total", " of the monthly total", " of that total" (a share of a whole).</summary>
    private static readonly Regex ShareOfTotalAfterRegex = new(
        @"^\s*(?:(?:of\s+)?[\p{L}-]+\s+){0,3}?of\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?total\b", RegexOptions.Compiled);

    /// <summary>A sentence opening with a public fund's, reserve's or scheme's noun: "The reserve will", "The fund also".</summary>
    private static readonly Regex VehicleOpenerRegex = new(
        @"^\s*The\s+(?:(?:new|strategic|national|state)\s+)?(?<noun>reserve|fund|scheme|programme|program|facility|agency)\b", RegexOptions.Compiled);

    /// <summary>
    /// A figure a national scheme sets ("the scheme, which targets 6,000 tonnes per annum", "Under the scheme, each selected
    /// bidder can build up to 1,200 tonnes") is the country's (§33 convention, §45): the story's main country; null when a
    /// name is written between the scheme and the figure or the text names no country.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? NationalScheme(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var match = SchemeBeforeRegex.Match(sentence.Text[..quantity.NumberStart]);
        if (!match.Success)
        {
            return null;
        }

        var spanStart = sentence.Start + match.Groups["span"].Index;
        if (NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= spanStart - sentence.Start && n.Start < quantity.NumberStart)
            || context.Countries.Any(m => m.Length > 0 && m.Start >= spanStart && m.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        // The story's main country: the one named most, else where the story was filed.
        return (MostMentioned(context.Countries, sentence.Start + quantity.NumberStart) ?? context.Countries.FirstOrDefault(m => m.Dateline)?.Id) is { } main
               && index.Countries.TryGetValue(main, out var country)
            ? (main, country.Name, SubjectKinds.Country)
            : null;
    }

    /// <summary>A permit's verb and what it permits right before the figure: "allowing the Gebeng plant to process up to ",
    /// "permitting it to hold ", "authorising the company to export about ".</summary>
    private static readonly Regex PermittedBeforeRegex = new(
        @"(?i)\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing))\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?to\s+(?:[\p{L}-]+\s+){1,4}?(?:(?:up\s+to|about|around|some|roughly|nearly|as\s+much\s+as)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"on condition that it ", "provided that the company ", "ordered X to ", "requiring it to ": a regulator's condition
    /// or order on a licensee, before the figure.</summary>
    private static readonly Regex ConditionOnLicenseeBeforeRegex = new(
        @"\b(?:on\s+(?:the\s+)?condition\s+that|provided\s+that)\s+(?:it|the\s+(?:company|operator|licensee|firm|miner|plant)|\p{Lu}\S*)\b|\b(?:requir|order|direct)(?:ing|ed|es|s)?\s+(?:it|the\s+(?:company|operator|licensee|firm|miner)|\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3})\s+to\b",
        RegexOptions.Compiled);

    /// <summary>The sentence's subject is a state body: a known ministry or agency, or a candidate whose designator hints one.</summary>
    private bool StateBodySubject((string? Id, string? Name, string? Kind) subject, SubjectContext context) =>
        subject.Kind == SubjectKinds.Organisation && subject.Id is { } id
            ? options.StateBodyKinds.Contains(index.Organisations[id].Kind)
            : subject.Kind == SubjectKinds.Candidate && context.Candidates.FirstOrDefault(c => c.Name == subject.Name) is { KindHint: { } hint }
              && options.StateBodyKinds.Contains(hint);

    /// <summary>
    /// What a regulator's licence permits is the licensee's, not the regulator's (§45): the first company (organisation not a
    /// state body or source, or a candidate not hinted a state body) named in the sentence, else the previous figure's company,
    /// else the company the text mentions most. Null when there is none.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? Licensee(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        bool Company(string? id, string? name) =>
            id is not null
                ? IsCompany(index.Organisations[id])
                : context.Candidates.FirstOrDefault(c => c.Name == name) is { } c && !(c.KindHint is { } hint && options.StateBodyKinds.Contains(hint));

        var named = Actors(sentence, context).Find(a => a.Start < sentence.Start + quantity.NumberStart && Company(a.Id, a.Name));
        if (named.Name is not null)
        {
            return (named.Id, named.Name, named.Kind);
        }

        if (context.Previous is { Name: not null, Kind: SubjectKinds.Organisation or SubjectKinds.Candidate } previous && Company(previous.Id, previous.Name))
        {
            return previous;
        }

        var pool = context.Organisations.Mentions.Where(m => Company(m.Id, null)).Select(m => new Mention("o:" + m.Id, m.Start, m.Length)).ToList();
        return MostMentioned(pool, sentence.Start) is { } main ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation) : null;
    }

    /// <summary>
    /// "X and Y said their venture, Z Ltd, will build a plant. The venture will turn out 3,400 tonnes a year": a joint venture
    /// named by its noun ("the venture", "the joint venture's plant", "the partnership's facility", "the jointly owned
    /// company"), with no name between it and the figure, is the latest organisation or candidate the text introduced as a
    /// venture (in apposition after "venture", or followed by ", a/their ... venture"); a venture the text never names is no
    /// partner's alone, so the figure has no subject (docs/entities.md §38). Null when the sentence speaks of no venture.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? VentureAnaphor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        // "The 50:50 venture between X and Y, known as Z LLP, will produce 1,500 tonnes": the venture's name in apposition to
        // the sentence's subject, before the figure, is the subject, not the partners named in it (§52).
        var named = Actors(sentence, context).FindLast(a => a.Start < sentence.Start + quantity.NumberStart
                                                            && VentureOpenerBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (named.Name is not null)
        {
            return (named.Id, named.Name, named.Kind);
        }

        var match = VentureNounRegex.Match(sentence.Text[..quantity.NumberStart]);
        if (!match.Success || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= match.Index && n.Start < quantity.NumberStart))
        {
            return null;
        }

        var at = sentence.Start + match.Index;
        var text = context.Sentences is { } sentences ? sentences.Sentences : [sentence];
        var introduced = context.Organisations.Mentions
            .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .Where(n => n.Start < at && text.FirstOrDefault(t => t.Start <= n.Start && n.End <= t.End) is { } home
                        && (VentureBeforeNameRegex.IsMatch(home.Text.AsSpan(0, n.Start - home.Start))
                            || VentureAfterNameRegex.IsMatch(home.Text.AsSpan(n.End - home.Start))))
            .OrderByDescending(n => n.Start)
            .ToList();
        // "The partners are studying ..." with no venture introduced is about the partners, not a nameless venture: other rules decide.
        return introduced.Count > 0 ? introduced[0].Subject
            : PartnersNounRegex.IsMatch(match.Value) ? null : (null, null, null);
    }

    /// <summary>"The partners ", "The JV partners " opening a venture-noun match (§75).</summary>
    private static readonly Regex PartnersNounRegex = new(@"^[Tt]he\s+(?:[\w:/-]+\s+)*?partners\b", RegexOptions.Compiled);

    /// <summary>
    /// "X and Y set up a venture, Z Co., which will own and operate the facility. The Ulsan plant is designed to take 1,600
    /// tonnes ... from Y's mine and produce about 480 tonnes": a plant named by its place, opening the sentence, with no name
    /// before the figure but an origin ("from Y's mine"), is the plant of the latest venture the text introduced as owning,
    /// operating, running or building a plant (§45). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? VenturePlant(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var match = PlacedPlantRegex.Match(sentence.Text[..quantity.NumberStart]);
        if (!match.Success || context.Sentences is not { } sentences
            || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= match.Index && n.Start < quantity.NumberStart
                                                                                      && !FromBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, n.Start))))
        {
            return null;
        }

        var introduced = context.Organisations.Mentions
            .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .Where(n => n.End <= sentence.Start && sentences.Sentences.FirstOrDefault(t => t.Start <= n.Start && n.End <= t.End) is { } home
                        && (VentureBeforeNameRegex.IsMatch(home.Text.AsSpan(0, n.Start - home.Start))
                            || VentureAfterNameRegex.IsMatch(home.Text.AsSpan(n.End - home.Start)))
                        && VentureOwnsPlantRegex.IsMatch(home.Text.AsSpan(n.End - home.Start)))
            .OrderByDescending(n => n.Start)
            .ToList();
        return introduced.Count > 0 ? introduced[0].Subject : null;
    }

    /// <summary>
    /// "X said its metals plant at Ochang, operated by wholly owned subsidiary Y, produced ... The plant has a nameplate of
    /// 2,200 tonnes": a sentence opening with a plant noun ("The plant", "The new refinery"), with no name before the figure,
    /// is about the plant's operator when an earlier sentence named one ("operated by Y", "run by Y"); the latest such (§52,
    /// plant-level figures go to the operating subsidiary). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantOperator(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || !PlantNounOpenerRegex.IsMatch(sentence.Text)
            || Actors(sentence, context).Exists(a => a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        var operators = new List<(int Start, string? Id, string? Name, string? Kind)>();
        foreach (var earlier in sentences.Sentences.Where(t => t.Start < sentence.Start))
        {
            operators.AddRange(Actors(earlier, context).Where(a => OperatedByBeforeRegex.IsMatch(earlier.Text.AsSpan(0, a.Start - earlier.Start))));
        }

        return operators.Count > 0 ? (operators[^1].Id, operators[^1].Name, operators[^1].Kind) : null;
    }

    /// <summary>A possessive, at most three words, a demand noun and "of/at" right before the figure: "'s current demand of about ",
    /// "'s consumption of NdFeB magnets at ", "' annual needs of ".</summary>
    private static readonly Regex DemandOfBeforeRegex = new(
        @"^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:demand|consumption|use|needs|requirements?)\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?(?:at|of)\s+|of\s+|at\s+)(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "LKAB plans to produce 7,000 t/yr, roughly 18pc of the EU's current demand of about 39,000 t/yr": a figure right after a
    /// possessive's demand or consumption noun ("X's demand of", "Y's consumption of magnets at") is the possessor's (a country,
    /// the EU, a company), not the sentence's acting company. Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PossessorOfDemand(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var before = sentence.Text[..quantity.NumberStart];
        foreach (var country in context.Countries.Where(m => m.Length > 0 && m.Start >= sentence.Start && m.End <= sentence.Start + quantity.NumberStart))
        {
            if (DemandOfBeforeRegex.IsMatch(before[(country.End - sentence.Start)..]) && index.Countries.TryGetValue(country.Id, out var entry))
            {
                return (country.Id, entry.Name, SubjectKinds.Country);
            }
        }

        var possessor = Actors(sentence, context).LastOrDefault(a => a.Start < sentence.Start + quantity.NumberStart
                                                                      && NameWrittenAt(a.Start, context) is var length and > 0
                                                                      && DemandOfBeforeRegex.IsMatch(before[(a.Start + length - sentence.Start)..]));
        return possessor.Name is null ? null : (possessor.Id, possessor.Name, possessor.Kind);
    }

    /// <summary>"said its Belfast recycling plant, run by subsidiary ", "The new refinery, operated by its unit ": a plant the
    /// clause is about (after "said", the sentence start or a comma), set off by a comma, then "run/operated by" right before a name.</summary>
    private static readonly Regex PlantRunByBeforeRegex = new(
        @"(?:^\s*|\bsaid\s+|\bsays\s+|,\s*)(?:its|the|their|[Ii]ts|[Tt]he|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,4}?(?:plant|refinery|facility|factory|smelter|concentrator|mine|line|operation|operations)\s*,\s*(?:which\s+is\s+)?(?:(?:owned\s+and\s+)?operated|run)\s+by\s+(?:(?:its|the|a|an|their)\s+)?(?:(?:wholly[- ]owned|local|listed|operating|majority[- ]owned|\p{Ll}+)\s+){0,3}?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "Ionic Rare Earths said its Belfast recycling plant, run by subsidiary Ionic Technologies International, produced 4.8
    /// tonnes ... and will expand to process 400 tpa": a plant the sentence is about, with its operator in apposition before
    /// the figure, is the operator's (plant-level figures go to the named operating unit, dev7 16), not the company that
    /// speaks; no other name between the operator and the figure. Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantRunByInSentence(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var numberAt = sentence.Start + quantity.NumberStart;
        var actors = Actors(sentence, context).Where(a => a.Start < numberAt).ToList();
        var run = actors.FindLastIndex(a => PlantRunByBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (run < 0 || actors.Skip(run + 1).Any(a => a.Name != actors[run].Name))
        {
            return null;
        }

        var end = actors[run].Start + NameWrittenAt(actors[run].Start, context) - sentence.Start;
        return OperatorClosedRegex.IsMatch(sentence.Text.AsSpan(end, quantity.NumberStart - end))
            ? (actors[run].Id, actors[run].Name, actors[run].Kind)
            : null;
    }

    /// <summary>After the operator's name: an optional (short name), then the comma that closes the apposition.</summary>
    private static readonly Regex OperatorClosedRegex = new(@"^\s*(?:\([^()]{1,40}\)\s*)?,", RegexOptions.Compiled);

    /// <summary>
    /// "A Chinese-backed processing plant in Laos began operating, with the capacity to produce 3,600 tonnes. The plant, owned
    /// by X, a joint venture of ..., expects ...": a plant introduced with "a"/"an" before the figure, in a sentence naming no
    /// organisation, is the one the next sentence opens with and names the owner or operator of (§52). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantOwnerNamedNext(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || Actors(sentence, context).Count > 0
            || IndefinitePlantRegex.Match(sentence.Text[..quantity.NumberStart]) is not { Success: true } plant
            || sentences.IndexOf(sentence.Start) is not (>= 0 and var here) || here + 1 >= sentences.Sentences.Count)
        {
            return null;
        }

        var next = sentences.Sentences[here + 1];
        var noun = plant.Groups["noun"].Value;
        var owner = Actors(next, context).FirstOrDefault();
        return owner.Name is not null
               && OwnedByOpenerRegex.Match(next.Text.AsSpan(0, owner.Start - next.Start).ToString()) is { Success: true } opener
               && string.Equals(opener.Groups["noun"].Value, noun, StringComparison.OrdinalIgnoreCase)
            ? (owner.Id, owner.Name, owner.Kind)
            : null;
    }

    /// <summary>A sentence opening "The plant, owned by ", "The factory, which is owned by its parent ", up to a name.</summary>
    private static readonly Regex PlantOwnedByOpenerRegex = new(
        @"^\s*The\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|refinery|facility|factory|smelter)\s*,\s*(?:which\s+is\s+)?(?:owned|controlled)\s+by\s+",
        RegexOptions.Compiled);

    /// <summary>"its plant", "its new magnet factory": a company's own plant.</summary>
    private static readonly Regex ItsPlantRegex = new(@"\bits\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|refinery|facility|factory|smelter)\b", RegexOptions.Compiled);

    /// <summary>
    /// "GM is lining up supply after X began serial production at its plant in Sumter. The plant, owned by Germany's P, will
    /// make 1,500 tons a year": a plant opening the sentence with its owner in an aside is the plant of the company the
    /// previous sentence named right before "its plant" (the operating unit, not the parent, §52, §72). Null otherwise, or
    /// when a name stands between the aside and the figure.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantOfPreviousOperator(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || PlantOwnedByOpenerRegex.Match(sentence.Text) is not { Success: true } opener
            || sentences.IndexOf(sentence.Start) is not (> 0 and var here))
        {
            return null;
        }

        var asideEnd = sentence.Text.IndexOf(',', opener.Length);
        if (asideEnd < 0 || asideEnd > quantity.NumberStart
            || Actors(sentence, context).Exists(a => a.Start >= sentence.Start + asideEnd && a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        var previous = sentences.Sentences[here - 1];
        var its = ItsPlantRegex.Match(previous.Text);
        if (!its.Success)
        {
            return null;
        }

        var actor = Actors(previous, context).FindLast(a => a.Start < previous.Start + its.Index);
        return actor.Name is not null && !previous.Text.AsSpan(actor.Start - previous.Start, previous.Start + its.Index - actor.Start).ContainsAny(',', ';')
            ? (actor.Id, actor.Name, actor.Kind)
            : null;
    }

    /// <summary>"its plant", "its new Ulsan plant", "its rare earth magnet factory": a company's own plant, place names allowed.</summary>
    private static readonly Regex ItsNamedPlantRegex = new(@"\bits\s+(?:(?!(?:the|a|an|this|that)\s)[\p{L}-]+\s+){0,3}?(?:plant|refinery|facility|factory|smelter)\b", RegexOptions.Compiled);

    /// <summary>"the plant will", "The new factory has": a definite plant noun acting before the figure (not "the plant's").</summary>
    private static readonly Regex DefinitePlantBeforeRegex = new(
        @"\b[Tt]he\s+(?:(?:new|first|second)\s+)?(?:plant|refinery|facility|factory|smelter|site)\s+(?!of\b|in\b|at\b|for\b|to\b|from\b|and\b|or\b)\p{Ll}[^,;:.]*$", RegexOptions.Compiled);

    /// <summary>
    /// "SUMTER - X opened its magnet plant in Sumter on Tuesday ... most of its early output will go to GM ... GM said each of
    /// its drive units uses 2 kg. In its first year the plant will import about 400 tonnes ..., the company said": a definite
    /// "the plant" acting before the figure, with no name before the figure, is the plant of the company that opens (after a
    /// dateline at most) the latest earlier sentence introducing "its ... plant", not a customer the text names more often
    /// nor the previous figure's holder (§88). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantOfOpeningCompany(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || !DefinitePlantBeforeRegex.IsMatch(sentence.Text[..quantity.NumberStart])
            || Actors(sentence, context).Exists(a => a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        foreach (var earlier in sentences.Sentences.Where(t => t.Start < sentence.Start).Reverse())
        {
            var its = ItsNamedPlantRegex.Match(earlier.Text);
            if (!its.Success)
            {
                continue;
            }

            var actors = Actors(earlier, context);
            if (actors.Count == 0 || actors[0].Start >= earlier.Start + its.Index)
            {
                return null;
            }

            var lead = earlier.Text[..(actors[0].Start - earlier.Start)];
            return string.IsNullOrWhiteSpace(lead) || DatelineLeadRegex.IsMatch(lead) ? (actors[0].Id, actors[0].Name, actors[0].Kind) : null;
        }

        return null;
    }

    /// <summary>"A Chinese-backed processing plant ", "a new refinery ": a plant introduced with an indefinite article.</summary>
    private static readonly Regex IndefinitePlantRegex = new(
        @"\b[Aa]n?\s+(?:[\p{L}-]+\s+){0,3}?(?<noun>plant|refinery|facility|factory|smelter)\b", RegexOptions.Compiled);

    /// <summary>A sentence opening "The plant, owned by ", "The refinery, which is operated by the ", up to a name.</summary>
    private static readonly Regex OwnedByOpenerRegex = new(
        @"^\s*The\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>plant|refinery|facility|factory|smelter)\s*,\s*(?:which\s+is\s+)?(?:owned|operated|run|built|developed)\s+by\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}?$",
        RegexOptions.Compiled);

    /// <summary>A sentence opening with a plant noun and at most two lower-case words before it: "The plant ", "The new
    /// magnet factory ".</summary>
    private static readonly Regex PlantNounOpenerRegex = new(
        @"^\s*The\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|refinery|facility|factory|smelter|base|complex)\b(?!['’])", RegexOptions.Compiled);

    /// <summary>A plant noun, at most six words, then "operated by"/"run by", an optional description, right before a name:
    /// "plant at Ochang, operated by wholly owned subsidiary ", "The base, invested by P and operated by its listed unit " (§88).</summary>
    private static readonly Regex OperatedByBeforeRegex = new(
        @"\b(?:[Pp]lant|[Rr]efinery|[Ff]acility|[Ff]actory|[Ss]melter|[Bb]ase|[Cc]omplex)\b(?:(?:\s+[\p{L}-]+){0,6}?\s*,?\s*(?:which\s+is\s+)?|\s*,[^;]{0,80}?\band\s+)(?:operated|run)\s+by\s+(?:(?:its|the|a|an|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}?$",
        RegexOptions.Compiled);

    /// <summary>A sentence opening with a plant named by its place ("The Ulsan plant is designed to ", "The Gdansk refinery will").</summary>
    private static readonly Regex PlacedPlantRegex = new(
        @"^\s*The\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:plant|refinery|facility|smelter|factory)\s+(?:\p{Ll}+\s+){0,2}?(?:will|would|is|was|has|had|can|could|\p{Ll}+ed|\p{Ll}{2,}[^s\W]s)\b[^;:.]*$",
        RegexOptions.Compiled);

    /// <summary>"from " (and "the ") right before a name: an origin.</summary>
    private static readonly Regex FromBeforeNameRegex = new(@"\bfrom\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>After a venture's name in its sentence: it will own, operate, run or build a plant.</summary>
    private static readonly Regex VentureOwnsPlantRegex = new(
        @"^\.?[^.;]*?\b(?:own|owns|operate|operates|run|runs|build|builds)\b[^.;]*?\b(?:plant|facility|refinery|smelter|factory)\b",
        RegexOptions.Compiled);

    /// <summary>A joint venture named by its noun, acting before the figure: "The venture will", "the joint venture's plant",
    /// "the JV", "The partnership's facility", "the jointly owned company" (no clause break after it).</summary>
    private static readonly Regex VentureNounRegex = new(
        @"\b[Tt]he\s+(?:(?:new|joint|50-50|50:50|50/50|equally[- ]owned)\s+)*(?:(?:venture|JV|partnership|jointly[- ](?:owned|held)\s+(?:company|plant|facility|refinery))(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|facility|refinery|factory|operation|mine|line))?\s+(?:\p{Ll}+\s+){0,2}?(?:will|would|is|was|has|had|plans|expects|aims|can|could|should|\p{Ll}+ed|\p{Ll}{2,}[^s\W]s)|(?:venture\s+|JV\s+)?partners\s+(?:(?:also|now|still)\s+)?(?:are|were|have|had|will|would|plan|planned|expect|expected|aim|intend|intended|propose|proposed|want))\b[^,;:.]*$",
        RegexOptions.Compiled);

    /// <summary>Text right before a venture's name in apposition: "their 50-50 venture, ", "a joint venture called ", "The
    /// 50:50 venture between X and Y, known as ".</summary>
    private static readonly Regex VentureBeforeNameRegex = new(
        @"(?i)\b(?:venture|JV)(?:\s*,\s*|\s+(?:called|named|dubbed)\s+|(?:\s+(?:between|of|by|with)\b[^.;]*?)?,\s*(?:known\s+as|called|named|dubbed)\s+)$",
        RegexOptions.Compiled);

    /// <summary>A sentence opening with a venture noun, its partners, then its name in apposition: "The 50:50 venture between X
    /// and Y, known as ", "The joint venture, called ", "A new JV of X and Y, named ".</summary>
    private static readonly Regex VentureOpenerBeforeNameRegex = new(
        @"^\s*(?:The|A|An|Their)\s+(?:[\w:/-]+\s+){0,3}?(?:venture|JV|partnership)(?:\s+(?:between|of|by|with)\b[^.;]*?)?\s*,\s*(?:known\s+as|called|named|dubbed)\s+$",
        RegexOptions.Compiled);

    /// <summary>Text right after a venture's name: ", a joint venture of", ", their 50-50 venture", " joint venture" (not ", a
    /// private venture": a start-up).</summary>
    private static readonly Regex VentureAfterNameRegex = new(
        @"(?i)^\s*(?:,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?joint\s+venture|(?:their|its)\s+(?:[\w-]+\s+){0,3}?venture|the\s+(?:[\w-]+\s+){0,2}?venture\s+(?:in\s+which|that|owned|held|between|of))\b|\s+(?:joint\s+venture|JV)\b)",
        RegexOptions.Compiled);

    /// <summary>
    /// "'We shipped 300 tonnes in May,' said Anna Li, chief executive of X", "'Our plant ran at 900 tonnes,' an X executive
    /// said", "'We bought 80 tonnes,' Jan Ek told analysts. Ek is chief financial officer of X.": a figure a quoted "we"/"our"
    /// speaks of, with no name in the quotation ("'We have secured 1,500 t from X'" keeps the supplier X), is the organisation of the speaker named after the quotation in the
    /// same sentence, or else in a next sentence that says what the speaker is (a role, then "of"/"at" the organisation).
    /// A speaker from a news outlet, price reporter or research firm speaks for nobody's figure here; null leaves it to the
    /// other rules.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? QuotedSpeakerOrganisation(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var text = sentence.Text;
        var open = text.LastIndexOfAny(QuoteMarks, Math.Max(0, quantity.NumberStart - 1));
        var close = quantity.End < text.Length ? text.IndexOfAny(QuoteMarks, quantity.End) : -1;
        if (open < 0 || close < 0 || text[open] == '”' || text[close] == '“'
            || (text[open] == '"' && text.AsSpan(0, open).Count('"') % 2 != 0))
        {
            return null;
        }

        var names = NamesIn(sentence, context.Organisations, context.Candidates);
        var voices = OwnVoiceRegex.Matches(text[open..quantity.NumberStart]);
        // "'Australian supply is now about 12,000 tonnes, and we contribute 8,000 tonnes'": a country named before the "we"
        // that speaks of the figure belongs to an earlier clause (§60).
        var voiceAt = voices.Count > 0 ? open + voices[^1].Index : open;
        if (voices.Count == 0
            || names.Exists(n => n.Start > open && n.Start < close)
            || context.Countries.Any(m => m.Length > 0 && m.Start > sentence.Start + voiceAt && m.Start < sentence.Start + quantity.NumberStart
                                          && !IsRoute(sentence, m.Start) && !InBefore(sentence, m.Start)))
        {
            return null;
        }

        // The speaker is named within a few words of the quotation ("said Anna Li, chief executive of X", "an X executive said").
        const int SpeakerReach = 80;
        // Not a name the speaker speaks of ("..., Kate Morrow wrote in the note, adding that Hyundai Motor had signed", §45).
        var after = Actors(sentence, context).Where(a => a.Start > sentence.Start + close && a.Start - sentence.Start - close <= SpeakerReach
                                                         && !ReportedContentRegex.IsMatch(text.AsSpan(close, a.Start - sentence.Start - close)))
            .Take(1).ToList();
        if (after.Count == 0 && context.Sentences is { } sentences && sentences.IndexOf(sentence.Start) is var s and >= 0
            && s + 1 < sentences.Sentences.Count && sentences.Sentences[s + 1] is var next)
        {
            after = Actors(next, context).Where(a => SpeakerRoleBeforeRegex.IsMatch(next.Text.AsSpan(0, a.Start - next.Start))).Take(1).ToList();
        }

        // "X Managing Director Jane Doe said: 'Australian supply is 12,000 tonnes, and we contribute 8,000 tonnes'": a speaker
        // introduced before the quotation, when a country stands in the quotation before its "we" (§60).
        if (after.Count == 0 && voiceAt > open
            && context.Countries.Any(m => m.Length > 0 && m.Start > sentence.Start + open && m.Start < sentence.Start + voiceAt))
        {
            after = Actors(sentence, context).Where(a => a.Start < sentence.Start + open && names.Find(n => n.Start == a.Start - sentence.Start) is var (_, end)
                                                         && end > 0 && end <= open && SpeechVerbFollows(sentence, sentence.Start + end, options.SpeakerTitleWords)
                                                         && SpeakerBeforeQuoteRegex.IsMatch(text.AsSpan(end, open - end)))
                .TakeLast(1).ToList();
        }

        // "'We shipped our first 400 tonnes this year,' he added." after an earlier "said the head of X's European business":
        // a pronoun speaker is the latest speaker introduced earlier with a role "of" an organisation (§65).
        if (after.Count == 0 && PronounSpeakerAfterQuoteRegex.IsMatch(text.AsSpan(close + 1))
            && context.Sentences is { } earlier && earlier.IndexOf(sentence.Start) is var here and > 0)
        {
            for (var p = here - 1; p >= 0 && after.Count == 0; p--)
            {
                var previous = earlier.Sentences[p];
                after = Actors(previous, context).Where(a => RoleOfBeforeRegex.IsMatch(previous.Text.AsSpan(0, a.Start - previous.Start))).Take(1).ToList();
            }
        }

        if (after.Count == 0 || (after[0].Id is { } id && index.Organisations[id].IsSourceKind))
        {
            return null;
        }

        return (after[0].Id, after[0].Name, after[0].Kind);
    }

    /// <summary>From a speaker's name to the quotation it opens: " Managing Director Jane Doe said: ", " told reporters, ".</summary>
    private static readonly Regex SpeakerBeforeQuoteRegex = new(@"^[^""“”.;]*[:,]\s*$", RegexOptions.Compiled);

    /// <summary>Right after a quotation's closing mark: ", he added", " she said" (§65).</summary>
    private static readonly Regex PronounSpeakerAfterQuoteRegex = new(@"^[\s,]*(?:he|she)\s+(?:added|said|says|continued|noted|told)\b", RegexOptions.Compiled);

    /// <summary>A speaker's role and "of" right before a name: "said the head of ", "chief executive of the " (§65).</summary>
    private static readonly Regex RoleOfBeforeRegex = new(
        @"\b(?:said|says|told|according\s+to)\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:head|chief|director|officer|president|chairman|chairwoman|chair|executive|manager|spokes(?:man|woman|person)|founder|CEO|CFO|COO)\s+(?:[\p{Ll}-]+\s+){0,2}?of\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>After a quotation, words that open what the speaker reports ("adding that ", "saying "): names after them are
    /// spoken of, not the speaker's organisation.</summary>
    private static readonly Regex ReportedContentRegex = new(@"(?i)\bthat\b|,\s*(?:adding|saying|noting|explaining)\b", RegexOptions.Compiled);

    /// <summary>"The award supports", "The grant will fund", "The loan covers": a sentence opening with the money given.</summary>
    private static readonly Regex AwardOpenerRegex = new(@"^(?:The|This)\s+(?:award|grant|loan|funding|financing)\b(?!\s+(?:of|to|from)\b)", RegexOptions.Compiled);

    /// <summary>"has awarded ", "granted ", "lent " right before the recipient's name (the money follows the name).</summary>
    private static readonly Regex AwardedBeforeRegex = new(@"(?i)\b(?:awarded|granted|lent|loaned)\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// "The Department of Defense has awarded Ucore Rare Metals US$22.4 million to expand its complex ... The award supports a
    /// first phase with capacity of 2,000 tonnes": a sentence opening with the award (grant, loan), naming nobody before the
    /// figure, is about the recipient named in an earlier sentence ("awarded X", "a loan ... to X"), the latest such (§83).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? AwardRecipient(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is null || !AwardOpenerRegex.IsMatch(sentence.Text)
            || Actors(sentence, context).Exists(a => a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        (string? Id, string? Name, string? Kind)? recipient = null;
        foreach (var earlier in context.Sentences.Sentences)
        {
            if (earlier.End > sentence.Start)
            {
                break;
            }

            foreach (var actor in Actors(earlier, context))
            {
                var before = earlier.Text.AsSpan(0, actor.Start - earlier.Start);
                if (actor.Name is not null && (AwardedBeforeRegex.IsMatch(before) || RecipientBeforeRegex.IsMatch(before)))
                {
                    recipient = (actor.Id, actor.Name, actor.Kind);
                }
            }
        }

        return recipient;
    }

    /// <summary>"The unit blamed", "The subsidiary will", a sentence opening with a unit noun.</summary>
    private static readonly Regex UnitOpenerRegex = new(@"^(?:The|This)\s+(?:unit|subsidiary|arm|affiliate)\b(?!\s+(?:of|cost|costs|price|prices|sales)\b)", RegexOptions.Compiled);

    /// <summary>" of the unit's output", "the subsidiary's sales": a unit noun's possessive.</summary>
    private static readonly Regex UnitPossessiveRegex = new(@"\bthe\s+(?:unit|subsidiary|arm|affiliate)['’]s\s", RegexOptions.Compiled);

    /// <summary>", the Shenzhen-listed arm of", ", its Polish subsidiary,", ", a unit of": an apposition with a unit noun right after a name.</summary>
    private static readonly Regex UnitAppositionAfterRegex = new(
        @"^\s*,\s+(?:the|its|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:unit|subsidiary|arm|affiliate)\b(?=\s*(?:,|of\b|in\b|that\b|which\b))",
        RegexOptions.Compiled);

    /// <summary>
    /// "China Rare Earth Group Resources Technology, the Shenzhen-listed arm of ..., reported ... The parent group ... 1,150 tonnes of
    /// the unit's output", "X, the Estonian arm of the group, separated 2,400 t. The unit blamed ... its 3,000-tonne nameplate": a
    /// sentence that opens with "The unit" or writes "the unit's", naming nobody before the figure, is about the organisation
    /// the text described as a unit in apposition (", the ... arm of", ", its ... subsidiary,", "its ... subsidiary, X,"),
    /// the latest such before the sentence; null when there is none (§83).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? UnitAnaphor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is null
            || !(UnitOpenerRegex.IsMatch(sentence.Text) || UnitPossessiveRegex.IsMatch(sentence.Text))
            || Actors(sentence, context).Exists(a => a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        (string? Id, string? Name, string? Kind)? unit = null;
        var unitAt = -1;
        foreach (var earlier in context.Sentences.Sentences)
        {
            if (earlier.End > sentence.Start)
            {
                break;
            }

            foreach (var actor in Actors(earlier, context))
            {
                var from = actor.Start - earlier.Start;
                var name = NameWrittenAt(actor.Start, context);
                if (actor.Start > unitAt && name > 0 && from + name <= earlier.Text.Length
                    && (UnitAppositionAfterRegex.IsMatch(earlier.Text.AsSpan(from + name))
                        || UnitAppositiveBefore(earlier.Text.AsSpan(0, from))))
                {
                    unit = (actor.Id, actor.Name, actor.Kind);
                    unitAt = actor.Start;
                }
            }
        }

        return unit;
    }

    /// <summary>The length of the organisation mention that starts at <paramref name="start"/>, or 0.</summary>
    private static int NameWrittenAt(int start, SubjectContext context) =>
        context.Organisations.Mentions.FirstOrDefault(m => m.Start == start) is { } mention
            ? mention.Length
            : context.Candidates.SelectMany(c => c.Evidence).FirstOrDefault(e => e.Start == start) is { } evidence ? evidence.Length : 0;

    /// <summary>The organisations and candidates named in a sentence, in order (absolute offsets).</summary>
    private List<(int Start, string? Id, string? Name, string? Kind)> Actors(Sentence sentence, SubjectContext context) =>
        context.Organisations.Mentions
            .Where(m => m.Start >= sentence.Start && m.End <= sentence.End)
            .Select(m => (m.Start, Id: (string?)m.Id, Name: (string?)index.Organisations[m.Id].Name, Kind: (string?)SubjectKinds.Organisation))
            .Concat(context.Candidates.SelectMany(c => c.Evidence
                .Where(e => e.Start >= sentence.Start && e.Start + e.Length <= sentence.End)
                .Select(e => (e.Start, Id: (string?)null, Name: (string?)c.Name, Kind: (string?)SubjectKinds.Candidate))))
            .OrderBy(a => a.Start)
            .ToList();

    private static bool InBefore(Sentence sentence, int start) =>
        sentence.Text.AsSpan(0, start - sentence.Start).TrimEnd().EndsWith(" in", StringComparison.OrdinalIgnoreCase);

    private static readonly char[] QuoteMarks = ['"', '“', '”'];

    /// <summary>A first-person plural in a quotation: "We shipped", "our plant", "for us".</summary>
    private static readonly Regex OwnVoiceRegex = new(@"(?i)\b(?:we|our|us|we['’]ve|we['’]ll)\b", RegexOptions.Compiled);

    /// <summary>A role and "of"/"at" right before a name: "Garnier is chief financial officer of ", "She heads sales at ".</summary>
    private static readonly Regex SpeakerRoleBeforeRegex = new(
        @"^[^.;]*\b(?:is|was|serves\s+as|heads|leads|runs)\b[^.;]*\b(?:chief|head|director|officer|president|chairman|chairwoman|chair|executive|manager|spokes(?:man|woman|person)|founder|partner|CEO|CFO|COO)\b[^.;]{0,40}?\b(?:of|at|for)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// True when the sentence names no actor before the figure but the subject, and names it right after "agreement with"
    /// ("Offtake agreement with X for 1,000 tpa"): the counterparty of a deal whose other party the sentence leaves out.
    /// </summary>
    private static bool OnlyCounterparty(Sentence sentence, Quantity quantity, (string? Id, string? Name, string? Kind) subject, SubjectContext context)
    {
        if (subject.Name is null || subject.Kind is not (SubjectKinds.Organisation or SubjectKinds.Candidate))
        {
            return false;
        }

        var numberAt = sentence.Start + quantity.NumberStart;
        var starts = context.Organisations.Mentions.Where(m => m.Start >= sentence.Start && m.Start < numberAt)
            .Select(m => (m.Start, Same: m.Id == subject.Id))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= sentence.Start && e.Start < numberAt).Select(e => (e.Start, Same: c.Name == subject.Name))))
            .ToList();
        return starts.Count > 0 && starts.All(a => a.Same)
            && AgreementWithRegex.IsMatch(sentence.Text.AsSpan(0, starts.Min(a => a.Start) - sentence.Start));
    }

    /// <summary>An agreement noun: "agreements", "offtake", "deal", "contract", "MoU".</summary>
    private static readonly Regex AgreementNounRegex = new(
        @"(?i)\b(?:agreements?|offtakes?|deals?|contracts?|memorand(?:um|a)\s+of\s+understanding|MoUs?|term\s+sheets?)\b", RegexOptions.Compiled);

    /// <summary>Text ending in "with" and at most four describing words before a name: "with ", "with Chinese-owned magnet maker ".</summary>
    private static readonly Regex WithCounterpartyBeforeRegex = new(
        @"\bwith\s+(?:(?:the|a|an)\s+)?(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{L}*-\p{Ll}[\p{L}-]*)\s+){0,4}$", RegexOptions.Compiled);

    /// <summary>A relative clause, infinitive or modal between a name and the figure: the name acts in it.</summary>
    private static readonly Regex NameActsBeforeFigureRegex = new(@"(?i)\b(?:which|who|that|will|would|to|can|could|shall|has|have|had|is|was)\b", RegexOptions.Compiled);

    /// <summary>
    /// "Earlier agreements cover 1,000 tpa with Siemens Gamesa and 800 tpa with Y": in a sentence about agreements whose
    /// only names are parties after "with" (before the figure only such names, acting in no clause of their own), those are
    /// counterparties; the figure is the story's main organisation's (most mentioned before the sentence, not one of them).
    /// Null when the rule does not apply.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? AgreementCounterpartiesOnly(Sentence sentence, Quantity quantity, (string? Id, string? Name, string? Kind) subject, SubjectContext context)
    {
        if (subject.Name is not null && subject.Kind is not (SubjectKinds.Organisation or SubjectKinds.Candidate))
        {
            return null;
        }

        var numberAt = sentence.Start + quantity.NumberStart;
        if (!AgreementNounRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            return null;
        }

        var actors = Actors(sentence, context);
        bool Counterparty(int start) => WithCounterpartyBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start));
        var before = actors.Where(a => a.Start < numberAt && !IsSource(sentence, a.Start)).ToList();
        if (before.Exists(a => !Counterparty(a.Start)))
        {
            return null;
        }

        var lastEnd = before.Count > 0 ? before.Max(a => a.Start) : -1;
        if (before.Count > 0 && NameActsBeforeFigureRegex.IsMatch(sentence.Text.AsSpan(lastEnd - sentence.Start, numberAt - lastEnd)))
        {
            return null;
        }

        // The figure's own party, right after it: "1,000 tpa with Siemens Gamesa" (the next name, when written after "with").
        var after = actors.Where(a => a.Start > numberAt).OrderBy(a => a.Start).FirstOrDefault();
        if (before.Count == 0 && (after.Name is null || !Counterparty(after.Start)))
        {
            return null;
        }

        // An earlier mention after "with" ("signed an offtake with Vestas") does not count towards the story's company.
        bool WrittenAsCounterparty(int start) => context.Sentences?.IndexOf(start) is >= 0 and var s && s < context.Sentences.Sentences.Count
                                                 && context.Sentences.Sentences[s] is var earlier
                                                 && WithCounterpartyBeforeRegex.IsMatch(earlier.Text.AsSpan(0, start - earlier.Start));
        var parties = actors.Where(a => Counterparty(a.Start)).Select(a => a.Id is null ? "c:" + a.Name : "o:" + a.Id).ToHashSet(StringComparer.Ordinal);
        var pool = context.Organisations.Mentions.Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
            .Where(m => m.Start < sentence.Start && !parties.Contains(m.Id) && !WrittenAsCounterparty(m.Start))
            .ToList();
        return MostMentioned(pool, sentence.Start) is { } main
            ? main.StartsWith("o:", StringComparison.Ordinal)
                ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation)
                : (null, main[2..], SubjectKinds.Candidate)
            : null;
    }

    /// <summary>A sentence opening with a fronted phrase up to a comma right before a name: "Together with existing agreements
    /// with X for up to 1,500 tpa and with Y for 600 tpa, ", "In addition to its deals with X, ".</summary>
    private static readonly Regex FrontedPhraseBeforeNameRegex = new(
        @"^\s*(?:Together\s+with|Along\s+with|Alongside|In\s+addition\s+to|Added\s+to|Combined\s+with|On\s+top\s+of)\b(?:[^;:.]|\.(?=\d))*,\s*(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"and " right before a name: coordinated with the name before it ("with Hyundai Motor and Kia").</summary>
    private static readonly Regex CoordinatedBeforeNameRegex = new(@"\s(?:and|&)\s+$", RegexOptions.Compiled);

    /// <summary>Right after the main clause's name: its verb ("has now contracted", "will supply", "signed").</summary>
    private static readonly Regex MainClauseVerbAfterNameRegex = new(
        @"^\s+(?:(?:now|also|so\s+far|already)\s+)?(?:has|have|had|will|would|is|was|are|were|can|expects|plans|\p{Ll}{2,}ed)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "Together with existing agreements with X for up to 1,500 tpa and with Y for 600 tpa, Z has now contracted 3,300 tpa":
    /// a fronted phrase about agreements whose only names are the parties after "with" lists the main clause's counterparties;
    /// every figure of the sentence is the company the main clause opens with (§72). Null when the sentence has no such
    /// shape, when the fronted phrase names a country or a party not written after "with", or it names no agreement.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? FrontedCounterpartiesActor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var actors = Actors(sentence, context);
        var main = actors.FindIndex(a => FrontedPhraseBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (main < 0)
        {
            return null;
        }

        var end = NamesIn(sentence, context.Organisations, context.Candidates).Find(n => n.Start == actors[main].Start - sentence.Start).End;
        if (end <= 0 || !MainClauseVerbAfterNameRegex.IsMatch(sentence.Text.AsSpan(end)))
        {
            return null;
        }

        var phraseEnd = actors[main].Start;
        if (!AgreementNounRegex.IsMatch(sentence.Text.AsSpan(0, phraseEnd - sentence.Start))
            || actors.Take(main).Select((a, i) => (a, i)).Any(p => !WithCounterpartyBeforeRegex.IsMatch(sentence.Text.AsSpan(0, p.a.Start - sentence.Start))
                                                                   && !(p.i > 0 && CoordinatedBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, p.a.Start - sentence.Start))))
            || context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < phraseEnd))
        {
            return null;
        }

        return (actors[main].Id, actors[main].Name, actors[main].Kind);
    }

    /// <summary>"agreement with", "offtake deal with the", "contract with": the name after it is the other party.</summary>
    private static readonly Regex AgreementWithRegex = new(
        @"^\W*(?:(?:binding|non-binding|new|first|long-term|multi-year|\w+-year)\s+)*(?:offtake|supply|sales?|purchase)?\s*(?:agreement|deal|contract|memorandum\s+of\s+understanding|MoU|term\s+sheet)\s+with\s+(?:the\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"Japanese magnet makers as a group consumed ", "German carmakers bought ": unnamed buyers of one nationality
    /// open the sentence with a verb of using or buying.</summary>
    private static readonly Regex DemonymBuyersOpenerRegex = new(
        @"^\s*(?:The\s+)?\p{Lu}[\p{L}-]*\s+(?:(?:magnet|motor|battery|turbine|electronics)\s+)?(?:makers|manufacturers|buyers|consumers|end[- ]users|automakers|carmakers)(?<rest>(?:\s+as\s+a\s+(?:group|whole))?\s+(?:consumed|consume|used|use|bought|buy|purchased|took|needed|need))\b",
        RegexOptions.Compiled);

    /// <summary>"Smelters in Ganzhou made ...", "In Sichuan, Liangshan smelters made ...", "Magnet makers in Ningbo bought ...", "Metal
    /// plants were estimated to hold ...": unnamed producers, plants, buyers or traders open the sentence.</summary>
    private static readonly Regex GenericProducersOpenerRegex = new(
        @"^\s*(?:In\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+)?(?:\p{Lu}[\p{L}-]*\s+|[Ll]ocal\s+)?(?:[Ss]melters|[Rr]efiners|[Ss]eparators|[Pp]roducers|[Mm]iners|(?:[Mm]agnet\s+|[Mm]otor\s+)?(?:[Mm]akers|[Mm]anufacturers)|[Bb]uyers|[Cc]onsumers|[Ee]nd[- ]users|[Tt]raders|[Pp]lants|[Ss]uppliers|[Ee]xporters|[Ii]mporters|[Rr]ecyclers)\s+(?:in\s+\p{Lu}|made|produced|cut|raised|mined|output|turned|bought|purchased|sold|imported|exported|shipped|processed|consumed|used|took|held|hold|were\s+estimated|are\s+estimated|were\s+thought|are\s+thought|were\s+believed|are\s+believed)",
        RegexOptions.Compiled);

    /// <summary>", up from ", "down from about ", "compared with ": the older value a figure is compared with follows.</summary>
    private static readonly Regex ComparedFromBeforeRegex = new(
        @"(?i),\s*(?:(?:up|down)\s+(?:\S+\s+)?from|compared\s+with)\s+(?:(?:about|around|roughly|some|nearly|almost|just|over)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>Right after a name: a speech verb ("said", "says", "reported"), so the name only speaks.</summary>
    private static readonly Regex SpeakerAfterNameRegex = new(
        @"^\s+(?:said|says|reported|reports|estimated|estimates|data\s+showed|figures\s+showed)\b", RegexOptions.Compiled);

    /// <summary>"Inventories at separation plants in ...", "Output among smelters ...", "European magnet makers together produced
    /// ...": a figure of unnamed plants or makers (plural, lower-case) opens the sentence.</summary>
    private static readonly Regex UnnamedGroupOpenerRegex = new(
        @"^\s*(?:(?:Inventories|Stocks|Stockpiles|Output|Production|Sales|Shipments)\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?(?:at|among|held\s+by|across)\s+(?:the\s+country's\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:plants|separators|smelters|refiners|producers|makers|manufacturers|mills|mines|miners|traders|warehouses|recyclers)\b|(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:makers|producers|manufacturers|separators|smelters|refiners|miners|recyclers|plants)\s+(?:together|combined|collectively|as\s+a\s+group|between\s+them)\b)",
        RegexOptions.Compiled);

    /// <summary>"PrNd metal output in Baotou and Ganzhou was ", "Magnet production in Ningbo, Baotou and Ganzhou rose": the output of
    /// several places opens the sentence (§65).</summary>
    private static readonly Regex RegionalTotalOpenerRegex = new(
        @"^\s*(?:[\p{L}-]+\s+){0,3}?(?:output|production|capacity|consumption|demand|inventories|stocks)\s+in\s+\p{Lu}[\p{L}-]*(?:\s*,\s*\p{Lu}[\p{L}-]*)*\s+and\s+\p{Lu}[\p{L}-]*\s+(?:was|were|is|are|stood|reached|rose|fell|totalled|totaled|hit|climbed|dropped|came|grew)\b",
        RegexOptions.Compiled);

    /// <summary>"hosts 26 magnet producers with combined capacity of roughly ": unnamed makers and their combined figure (§65).</summary>
    private static readonly Regex CombinedUnnamedBeforeRegex = new(
        @"\b(?:hosts|has|have|had|hosted|counts|is\s+home\s+to|are\s+home\s+to)\s+(?:(?:about|some|around|more\s+than|over|nearly)\s+)?(?:\d+|\p{Ll}+)\s+(?:[\p{L}-]+\s+){0,2}?(?:makers|producers|manufacturers|plants|companies|firms|smelters|refiners|separators|mines|miners|factories)\s+with\s+(?:a\s+)?(?:combined|total|joint|aggregate)\s+(?:annual\s+)?(?:capacity|output|production)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"estimated that robots would add ", "expects electric two-wheelers will need about ": unnamed users (lower-case,
    /// no pronoun) adding to demand, right before the figure (§65).</summary>
    private static readonly Regex UnnamedAddsDemandBeforeRegex = new(
        @"\b(?:estimated|estimates|forecast|forecasts|predicted|predicts|expects|expected|projected|projects|reckons|believes|said|says)\s+(?:that\s+)?(?!(?:it|they|we|he|she|its|their|the|this|that|our)\b)(?:[\p{Ll}-]+\s+){1,3}?(?:would|will|could|may|might)\s+(?:add|need|consume|require|use|take|create)\s+(?:(?:about|around|roughly|some|nearly|another|an\s+extra|a\s+further|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>After the figure, in its clause: "of magnet demand", "a year to demand".</summary>
    private static readonly Regex DemandAfterRegex = new(@"^[^,;.]{0,60}?\b(?:demand|consumption)\b", RegexOptions.Compiled);

    /// <summary>"Port stocks of imported mixed carbonate at X stood at ": a stock of traded material, then its level, no clause break.</summary>
    private static readonly Regex StockOfTradedBeforeRegex = new(
        @"(?i)\b(?:stocks|inventories|inventory|stockpiles?)\s+of\s+(?:imported|exported)\s+[^,;.]{1,80}?\s+(?:stood|stand|stands|were|was|are|is|fell|rose|dropped|climbed|reached|totalled|totaled)\s+(?:at\s+|to\s+)?(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|an\s+estimated)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"the market for sintered magnets in Europe could reach ", "the market for NdPr oxide will grow to about ": a
    /// market's size right before the figure, with no clause break between.</summary>
    private static readonly Regex MarketSizeBeforeRegex = new(
        @"\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?market\s+for\s+[^,;.]{1,80}?\s+(?:could|would|will|may|might|should|is\s+expected\s+to|is\s+forecast\s+to|to)\s+(?:reach|hit|total|top|exceed|grow\s+to|climb\s+to|rise\s+to|expand\s+to)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"The wind sector", "The global magnet industry", "The market for sintered magnets": a sector or market opening the sentence (not "The market's").</summary>
    private static readonly Regex GenericSectorOpenerRegex = new(
        @"^\s*The\s+(?:[\p{Ll}-]+\s+){0,3}?(?:sector|industry|market)\b(?!['’])(?:\s+(?:alone|as\s+a\s+whole|overall)\b|\s+for\s+[\p{Ll}\s-]+?(?=\s+(?:is|are|was|were|will|would|could|may|might|should|to|has|have|had|reached|rose|fell|grew|climbed|totalled|totaled)\b))?\s+\p{Ll}",
        RegexOptions.Compiled);

    /// <summary>A market's supply or demand opening the sentence, perhaps with an "including" aside, then its verb: "Supply,
    /// including new projects in Australia and the US, is forecast", "Global demand for NdPr oxide will".</summary>
    private static readonly Regex MarketOpenerRegex = new(
        @"^\s*(?:(?:Global|World|Worldwide|Total|Mined|Refined|Primary)\s+)?(?:[Ss]upply|[Dd]emand)(?:\s+(?:of|for)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:\s*,\s*including\b[^;.]*?,)?\s+(?:is|are|was|were|will|would|could|may|might|should|rose|fell|grew|reached|totalled|totaled|climbed)\b",
        RegexOptions.Compiled);

    /// <summary>"In 2025 the city produced ", "The province's smelters made ", "the prefecture will mine ": a city, province,
    /// prefecture or county as the clause's subject, then its verb, up to the figure.</summary>
    private static readonly Regex LocalityActsBeforeRegex = new(
        @"(?:^\s*|,\s*|\b(?:In|in)\s+(?:\d{4}|the\s+\p{Ll}+)\s*,?\s*)[Tt]he\s+(?:city|province|prefecture|municipality|county|district)(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?\s+(?:(?:also|alone|together)\s+)?(?:produced|produces|made|makes|mined|mines|output|turned\s+out|will\s+(?:produce|make|mine)|is\s+expected\s+to\s+(?:produce|make))\b[^;:]*$",
        RegexOptions.Compiled);

    /// <summary>"estimates that the UK throws away more than ": a speaker's verb, "that", then a country acting as the clause's
    /// subject (not a possessive) and its verb, up to the figure.</summary>
    private static readonly Regex ReportedCountryClauseRegex = new(
        @"\b(?:estimates|estimated|says|said|reckons|calculates|calculated)\s+that\s+(?:the\s+)?(?<country>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?!['’])\p{Ll}+s\b[^,;:]*$",
        RegexOptions.Compiled);

    /// <summary>", with one Jiangxi separator selling ", "; one European trader bought about ": a later clause whose actor is one
    /// unnamed trader or producer, then its verb, right before the figure.</summary>
    private static readonly Regex UnnamedTraderInClauseRegex = new(
        @"(?:,\s*(?:with\s+|while\s+|and\s+)?|;\s*|\bwith\s+)(?:one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:trader|distributor|dealer|broker|merchant|buyer|stockist|separator|smelter|refiner|producer|supplier|miner)\s+(?:(?:in|from)\s+\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}+ing|\p{Ll}+ed|sold|bought)\s+(?:(?:about|around|some|roughly|nearly|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"One European trader sold", "A Hamburg distributor bought", "Another dealer", "One large separator in Jiangxi
    /// sold" (§88): one unnamed trader or producer opening the sentence.</summary>
    private static readonly Regex UnnamedTraderOpenerRegex = new(
        @"^\s*(?:In\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+)?(?:One|one|A|An|Another)\s+(?:[\p{L}-]+\s+){0,2}?(?:trader|distributor|dealer|broker|merchant|buyer|stockist|trading\s+house|separator|smelter|refiner|producer|supplier|miner|maker|manufacturer|consumer|end-user)\s+\p{Ll}",
        RegexOptions.Compiled);

    /// <summary>A generic unit's opener, then "of the kind"/"of the type"/"such as"/"like those of", then at most one name and
    /// "and"/"or", right before a name: the name is an example of the unit.</summary>
    private static readonly Regex ExampleOfUnitBeforeNameRegex = new(
        @"^\s*(?:A|An|Each|Every|One)\b[^,;.]*?\b(?:of\s+the\s+(?:kind|type|sort|class)|such\s+as|like\s+(?:those|the\s+ones?)\s+(?:of|from|made\s+by|built\s+by))\s+(?:(?:\p{Lu}[\p{L}&.-]*\s+){1,4}(?:and|or)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A unit's verb of carrying or needing right before the figure: "carries roughly ", "uses around ", "needs about ".</summary>
    private static readonly Regex UnitCarriesBeforeRegex = new(
        @"\b(?:carries|contains|uses|needs|requires|holds)\s+(?:(?:roughly|about|around|some|nearly|up\s+to|as\s+much\s+as|between)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A processing verb right before the figure: "refined 600 tonnes", "toll-processed about 300 t".</summary>
    private static readonly Regex ProcessedBeforeRegex = new(
        @"(?i)\b(?:toll[- ]?)?(?:processed|treated|refined|separated|tolled|toll-processes|processes|refines|treats)\s+(?:(?:about|around|some|roughly|nearly|almost|another|a\s+further|an?\s+additional)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>From the figure to the owner of tolled material: " of monazite for ", " was processed for ", " were toll-treated on behalf of ".</summary>
    private static readonly Regex ForOwnerAfterRegex = new(
        @"^(?<span>[^,;:.()""“”]{0,80}?)\s(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A passive processing verb in the span after the figure: "was processed", "were toll-treated".</summary>
    private static readonly Regex PassiveProcessedRegex = new(
        @"(?i)\b(?:was|were|is|are|been|be)\s+(?:toll[- ]?)?(?:processed|treated|refined|separated|tolled)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "IREL handled 11,400 tonnes of monazite, of which 4,300 tonnes was processed for Toyotsu Rare Earths India under a tolling
    /// arrangement", "X also refined 600 tonnes of concentrate for Y": material processed for a named party is that party's (the
    /// owner of tolled material, dev6 (9)), when the name follows the figure in the same clause after "for"/"on behalf of" and a
    /// processing verb stands right before the figure or passively after it (§79). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? TolledFor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var verbBefore = ProcessedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart));
        foreach (var actor in Actors(sentence, context))
        {
            var at = actor.Start - sentence.Start;
            if (at <= quantity.End)
            {
                continue;
            }

            if (ForOwnerAfterRegex.Match(sentence.Text[quantity.End..at]) is not { Success: true } between)
            {
                return null; // the first name after the figure is not the one processed for
            }

            return verbBefore || PassiveProcessedRegex.IsMatch(between.Groups["span"].Value) ? (actor.Id, actor.Name, actor.Kind) : null;
        }

        return null;
    }

    /// <summary>A speech verb followed by a generic unit, before the figure: "said the average electric vehicle contains ",
    /// "estimates that a typical turbine uses " (group general: average/typical), "said each new motor needs " (not "each of its").</summary>
    private static readonly Regex SaidGenericUnitRegex = new(
        @"\b(?:said|says|estimated|estimates|noted|notes|added|explained|told\s+\w+)\s+(?:that\s+)?(?:(?<general>(?:the|an?)\s+(?:average|typical))|(?:an?|each|every|one)\s+(?!of\s)(?:single|standard|modern|new)?)\b[^;:.""“”]*$",
        RegexOptions.Compiled);

    /// <summary>"between them", "among them", "together" in the figure's clause after it: a sum over the names before.</summary>
    private static readonly Regex SumOverThemAfterRegex = new(@"^[^,;.]{0,80}?\b(?:between|among|amongst)\s+them\b", RegexOptions.Compiled);

    /// <summary>"Brazil and Australia combined could mine ": "combined"/"together" after the listed names, a few words before the figure.</summary>
    private static readonly Regex CombinedBeforeRegex = new(@"\b(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+(?:combined|together)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:(?:about|roughly|around|some|nearly|up\s+to|more\s+than)\s+)?$", RegexOptions.Compiled);

    /// <summary>Whether a country mention is written as a possessive ("China's share"), which qualifies a noun, not a summed party.</summary>
    private static bool PossessiveAfter(Sentence sentence, Mention country)
    {
        var end = country.End - sentence.Start;
        return end >= 0 && end < sentence.Text.Length && sentence.Text[end] is '\'' or '’';
    }

    /// <summary>"there are about ", "there were an estimated ": an existential clause right before the figure.</summary>
    private static readonly Regex ThereAreBeforeRegex = new(
        @"(?i)\bthere\s+(?:are|is|were|was|will\s+be|could\s+be)\s+(?:(?:about|roughly|around|some|nearly|almost|an\s+estimated|more\s+than|over|up\s+to|at\s+least)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A world word later in the sentence: "discarded each year worldwide", "in the world", "globally".</summary>
    private static readonly Regex WorldAfterRegex = new(@"(?i)^[^;.]*?\b(?:worldwide|globally|in\s+the\s+world|around\s+the\s+world|across\s+the\s+world)\b", RegexOptions.Compiled);

    /// <summary>"A single 15-megawatt turbine", "Each new motor": a generic unit opens the sentence (not "Each of its turbines", the company's).</summary>
    private static readonly Regex GenericUnitOpenerRegex = new(@"^\s*(?:A|An|Each|Every|One)\s+(?!of\s+(?:its|their|the\s+company['’]s)\s)(?:single|typical|average|standard|modern|new)?\b", RegexOptions.Compiled);

    private static readonly Regex ReceivedBeforeRegex = new(@"(?i)\b(?:received|receives|receive|receiving)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|its\s+first|a\s+first|the\s+first)\s+)?$", RegexOptions.Compiled);

    private static readonly Regex FromAfterRegex = new(@"^\s*(?:of\s+(?:[\p{L}-]+\s+){0,6}?)?from\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>"received 300 tonnes of monazite concentrate from Prairie Minerals Inc": an offtake's subject is its supplier,
    /// the organisation or candidate right after "from" (the receiver is the buyer).</summary>
    private (string? Id, string? Name, string? Kind)? ReceivedFrom(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (!ReceivedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            return null;
        }

        bool After(int start) =>
            start >= sentence.Start + quantity.End && start <= sentence.End
            && FromAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, start - sentence.Start - quantity.End));

        foreach (var mention in context.Organisations.Mentions)
        {
            if (After(mention.Start))
            {
                return (mention.Id, index.Organisations[mention.Id].Name, SubjectKinds.Organisation);
            }
        }

        foreach (var candidate in context.Candidates)
        {
            if (candidate.Evidence.Any(e => After(e.Start)))
            {
                return (null, candidate.Name, SubjectKinds.Candidate);
            }
        }

        return null;
    }

    /// <summary>A verb of buying right before the figure ("agreed to buy ", "has secured up to ", "bought an initial ").</summary>
    private static readonly Regex BoughtBeforeRegex = new(
        @"(?i)\b(?:buy|buys|buying|bought|purchase[sd]?|purchasing|secure[sd]?|securing|source[sd]?|sourcing)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to|at\s+least|an?\s+(?:additional|further|initial|first)|its\s+first|the\s+first)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>From the figure to a seller's name: no clause break, "from", then at most a description ("Slovenian producer ",
    /// "Malaysia's ", "the Tanzanian miner ").</summary>
    private static readonly Regex FromSellerRegex = new(
        @"^[^,;]{0,100}?\bfrom\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2})?$",
        RegexOptions.Compiled);

    /// <summary>A possessive right after a name: "from Y's refinery" names Y's asset, not Y as the seller.</summary>
    private static readonly Regex PossessiveAfterNameRegex = new(@"^['’]s?\s", RegexOptions.Compiled);

    /// <summary>
    /// "X agreed to buy 2,400 t of magnets over six years from Slovenian producer Y", "It has secured 150 tonnes of oxide from
    /// Y": an offtake's subject is its supplier (tonnages.md T34), the organisation or candidate the figure is bought from
    /// (not "from Y's refinery": what is bought from an asset keeps the buyer; not a country of origin).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? BoughtFrom(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (!BoughtBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            return null;
        }

        bool Seller(int start, int end) =>
            start >= sentence.Start + quantity.End && end <= sentence.End
            && FromSellerRegex.IsMatch(sentence.Text.AsSpan(quantity.End, start - sentence.Start - quantity.End))
            && !PossessiveAfterNameRegex.IsMatch(sentence.Text.AsSpan(end - sentence.Start));

        var named = context.Organisations.Mentions.Where(m => Seller(m.Start, m.End))
            .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => Seller(e.Start, e.Start + e.Length))
                .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .OrderBy(n => n.Start)
            .ToList();
        return named.Count > 0 ? named[0].Subject : null;
    }

    /// <summary>A verb of hiring a supplier and at most a few description words before its name ("contracted state miner ").</summary>
    private static readonly Regex HiredBeforeRegex = new(
        @"(?i)\b(?:contract(?:s|ed)|hire[sd]?|engage[sd]?|commission(?:s|ed)|award(?:s|ed)|appoint(?:s|ed)|select(?:s|ed)|tapp(?:s|ed)|enlist(?:s|ed))\s+(?:[\p{L}'’-]+\s+){0,4}$",
        RegexOptions.Compiled);

    /// <summary>From a hired supplier's name to the figure: "(a contract) to supply/deliver/provide" and at most a hedge.</summary>
    private static readonly Regex HiredToSupplyRegex = new(
        @"^(?:\s*,[^,;]{0,80},)?\s+(?:(?:a|an|the)\s+(?:[\p{L}$.,-]+\s+){0,4}?(?:contract|deal|agreement|order|tender)\s+)?to\s+(?:supply|deliver|provide|ship|sell|furnish)\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+much\s+as|an?\s+(?:additional|further|initial|first)|its\s+first|the\s+first)\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// "The agency contracted state miner X to supply 500 tonnes", "awarded X a contract to deliver 80 tonnes", "hired X to
    /// provide 120 tonnes": what a hired supplier is to supply is its offtake (the supplier convention of tonnages.md T34).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? HiredSupplier(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        bool Supplier(int start, int end) =>
            start >= sentence.Start && end <= sentence.Start + quantity.NumberStart
            && HiredBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start))
            && HiredToSupplyRegex.IsMatch(sentence.Text.AsSpan(end - sentence.Start, quantity.NumberStart - (end - sentence.Start)));

        return context.Organisations.Mentions.Where(m => Supplier(m.Start, m.End))
            .Select(m => ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => Supplier(e.Start, e.Start + e.Length))
                .Select(e => ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate))))
            .Cast<(string? Id, string? Name, string? Kind)?>()
            .FirstOrDefault();
    }

    /// <summary>Nouns of a definite description and the organisation kinds (companies.csv) they fit; an empty set fits any company.</summary>
    private static readonly Dictionary<string, string[]> DescriptionKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["carmaker"] = ["end user"],
        ["automaker"] = ["end user"],
        ["miner"] = ["miner"],
        ["trader"] = ["trading house"],
        ["refiner"] = ["refiner/separator"],
        ["separator"] = ["refiner/separator"],
        ["maker"] = ["magnet maker"], // "the Chinese magnet maker plans to add" (§65)
        ["producer"] = [],
        ["developer"] = [],
        ["company"] = [],
        ["firm"] = [],
        ["group"] = [],
    };

    private static bool IsExchange(OrganisationEntry organisation) =>
        organisation.Kind == "other" && organisation.Roles.Contains("stock exchange", StringComparer.Ordinal);

    /// <summary>Whether an organisation is a company: not a source, a state body or another kind "the company" does not describe.</summary>
    private bool IsCompany(OrganisationEntry organisation) =>
        !organisation.IsSourceKind && !options.StateBodyKinds.Contains(organisation.Kind) && !NotCompanyKinds.Contains(organisation.Kind)
        && !(organisation.Kind == "other" && organisation.Roles.Contains("bank", StringComparer.Ordinal));

    /// <summary>Kinds that "the company" does not describe (besides state bodies). A bank (kind "other", role "bank") is none
    /// either: the broker that signs a note ("Macquarie Research, 20 November 2026 ... We model output of 4,440 tpa") lends
    /// or advises, it does not mine, make or buy what the note counts.</summary>
    private static readonly HashSet<string> NotCompanyKinds = new(StringComparer.Ordinal)
    {
        "news outlet", "price reporting agency", "research firm", "international organisation", "industry association",
    };

    /// <summary>What an armed group is described as (the companies.csv role "armed group"): "the militia", "the rebels",
    /// "the insurgent group"; also at the start of a sentence and as a possessive ("The fighters' leaching ponds").</summary>
    private static readonly string ArmedGroupNouns =
        @"(?<noun>militias?|rebels|insurgents|guerrillas|fighters|(?:armed|rebel|insurgent)\s+(?:group|army|forces?|movement|organi[sz]ation))";

    /// <summary>The kinds or roles of an organisation that an armed-group noun describes.</summary>
    private static readonly string[] ArmedGroupRoles = ["armed group"];

    private static readonly string DescriptionPattern =
        @"(?:\bthe\s+(?:(?<demonym>\p{Lu}[\p{L}-]+)\s+)?(?:(?:rare[-\s]earths?|magnet|metals?|mining)\s+)?(?<noun>carmaker|automaker|miner|trader|refiner|separator|maker|producer|developer|company|firm|group)"
        + @"|\b[Tt]he\s+" + ArmedGroupNouns + @"(?:['’]s?(?:\s+[\p{Ll}-]+){1,3}?)?)\s+";

    /// <summary>Before the figure: "a move the carmaker said would cut its use by 40 t" (the description acts, no clause break after it).</summary>
    private static readonly Regex DescriptionBeforeRegex = new(
        DescriptionPattern + @"(?:(?:now|also|still|already|\p{Ll}+ly)\s+)?(?:said|says|has|had|have|will|would|plans|expects|wants|is|was|are|were|\p{Ll}+ed|\p{Ll}{2,}[^s\W]s)\b[^,;:.]*$",
        RegexOptions.Compiled);

    /// <summary>After the figure: "the 600 tonnes a year the Danish company had ordered" (an object relative clause).</summary>
    private static readonly Regex DescriptionAfterRegex = new(
        @"^[^,;:.]{0,40}?" + DescriptionPattern + @"(?:has|had|have)\s+(?:\p{Ll}+\s+)?\p{Ll}+ed\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "a move the carmaker said would cut its dysprosium use by 40 t", "240 t, less than half of the 600 t a year the Danish
    /// company had ordered": a definite description that acts on the figure, with no name between it and the figure, is the
    /// latest organisation or candidate named before it whose kind fits the noun and whose country fits the demonym (a plain
    /// "the company" or "the miner" is left to the anaphor rules).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? DescribedActor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var names = NamesIn(sentence, context.Organisations, context.Candidates);
        var match = DescriptionBeforeRegex.Match(sentence.Text[..quantity.NumberStart]);
        var at = sentence.Start + match.Index;
        if (!match.Success || names.Exists(n => n.Start >= match.Index && n.Start < quantity.NumberStart))
        {
            var after = DescriptionAfterRegex.Match(sentence.Text[quantity.End..]);
            if (!after.Success || names.Exists(n => n.Start >= quantity.End && n.Start < quantity.End + after.Index + after.Length))
            {
                return null;
            }

            match = after;
            at = sentence.Start + quantity.End + after.Index;
        }

        string? country = null;
        if (match.Groups["demonym"].Success && !demonymCountries.TryGetValue(match.Groups["demonym"].Value, out country))
        {
            return null; // "the Baotou group": not a demonym
        }

        if (country is null && TonnageLexicon.OrganisationAnaphors.Contains(match.Groups["noun"].Value))
        {
            return null; // "the company expects": the anaphor rules (the main organisation so far) decide
        }

        // "The militia is now taxing output it estimates at 2,000 t": an armed-group noun is the latest organisation named
        // before it that the reference data gives that role (never a candidate company).
        var armed = !DescriptionKinds.TryGetValue(match.Groups["noun"].Value, out var kinds);
        kinds ??= ArmedGroupRoles;
        var organisation = context.Organisations.Mentions
            .Where(m => m.Start < at && index.Organisations[m.Id] is var o
                        && (kinds.Length == 0
                            ? !NotCompanyKinds.Contains(o.Kind) && !options.StateBodyKinds.Contains(o.Kind)
                            : kinds.Contains(o.Kind, StringComparer.Ordinal) || o.Roles.Any(r => kinds.Contains(r, StringComparer.Ordinal)))
                        && (country is null || o.CountryCode == country))
            .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)));
        // A candidate's kind is only a hint ("company"): it fits a company noun, and a kind noun only when no known organisation does.
        var candidates = context.Candidates
            .Where(c => (country is null || c.CountryCode == country) && !(c.KindHint is { } hint && options.StateBodyKinds.Contains(hint)))
            .SelectMany(c => c.Evidence.Where(e => e.Start < at)
                .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate))));
        var known = organisation.ToList();
        var latest = (armed || (kinds.Length > 0 && known.Count > 0) ? known : known.Concat(candidates)).OrderByDescending(n => n.Start).ToList();
        return latest.Count > 0 ? latest[0].Subject : null;
    }

    private static readonly Regex ToBeforeRegex = new(@"\bto\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>A shipment noun ("shipments", "consignments") followed within a few words by "to [the]" + a country (the verbs
    /// are left: "sent 3,200 tonnes to Japan under a tolling arrangement" stays a shipment).</summary>
    private static bool ShippedToCountry(Sentence sentence, List<Token> words, IReadOnlyList<Mention> countries)
    {
        const int ToCountryWords = 10;
        foreach (var mention in countries)
        {
            if (mention.Length == 0 || mention.Start < sentence.Start || mention.End > sentence.End)
            {
                continue;
            }

            var at = mention.Start - sentence.Start;
            if (!ToBeforeRegex.IsMatch(sentence.Text.AsSpan(0, at)))
            {
                continue;
            }

            var countryWord = words.FindIndex(t => t.Start >= at);
            for (var w = Math.Max(0, countryWord - ToCountryWords); w >= 0 && w < countryWord; w++)
            {
                if (words[w].Text.ToLowerInvariant() is "shipments" or "shipment" or "consignments" or "consignment")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A country (name, possessive or demonym) right before an export/import word of the figure's measure ("Chinese export licensing", "China's exports").</summary>
    private static string? CountryBeforeTradeWord(Sentence sentence, string measure, IReadOnlyList<Mention> countries)
    {
        foreach (var mention in countries)
        {
            if (mention.Length == 0 || mention.Start < sentence.Start || mention.End > sentence.End)
            {
                continue;
            }

            var next = Tokenizer.Tokenize(sentence.Text[(mention.End - sentence.Start)..]).Where(t => t.IsWord && t.Text != "s").Take(1).ToList();
            if (next.Count == 1 && TonnageLexicon.MeasureCues.TryGetValue(next[0].Text, out var cue) && cue == measure)
            {
                return mention.Id;
            }
        }

        return null;
    }

    /// <summary>A state body that is the government itself, never running a plant: "Union Cabinet (India)", "State Council",
    /// "The White House", "Council of Ministers"; its scheme's capacity or output target is the country's, like a ministry's (§45).</summary>
    private static readonly Regex GovernmentNameRegex = new(@"\b(?:Cabinet|State\s+Council|Council\s+of\s+Ministers|Government|White\s+House)\b", RegexOptions.Compiled);

    /// <summary>Whether a figure of this measure announced by a state body of this kind is its country's.</summary>
    private bool NationalFor(string kind, string measure) =>
        options.NationalMeasures.Contains(measure) || (options.PolicyBodyKinds.Contains(kind) && options.PolicyMeasures.Contains(measure));

    /// <summary>
    /// "Neo Performance Materials' NPM Silmet plant produced 1,720 tonnes", "X said its Korean Metals Plant produced 42 t":
    /// a unit of the subject named after the subject and before the figure in the same sentence is the one the figure is
    /// about (not "The unit said ..., while parent X is targeting 45,000 t": the parent is named after its unit).
    /// </summary>
    private OrganisationEntry? UnitNamedBefore(Sentence sentence, Quantity quantity, string parentId, OrganisationResult organisations)
    {
        var numberAt = sentence.Start + quantity.NumberStart;
        var parentAt = -1;
        OrganisationEntry? unit = null;
        OrganisationEntry? unitWithoutParent = null;
        foreach (var mention in organisations.Mentions.Where(m => m.Start >= sentence.Start && m.End <= numberAt).OrderBy(m => m.Start))
        {
            if (mention.Id == parentId)
            {
                parentAt = mention.Start;
                unit = null;
            }
            else if (index.Organisations[mention.Id] is { } entry && entry.ParentId == parentId
                     && !SupplyRecipientBeforeRegex.IsMatch(sentence.Text.AsSpan(0, mention.Start - sentence.Start)))
            {
                if (parentAt >= 0)
                {
                    unit ??= entry;
                }
                else
                {
                    unitWithoutParent ??= entry;
                }
            }
        }

        // "The company said the Kuantan facility, operated by subsidiary Lynas Malaysia, has capacity of 10,500 tonnes": the
        // parent only by anaphor, its unit named before the figure.
        return unit ?? (parentAt < 0 ? unitWithoutParent : null);
    }

    /// <summary>"will supply ", "sells to ", "to deliver to ": right before a unit that receives the parent's material (§83).</summary>
    private static readonly Regex SupplyRecipientBeforeRegex = new(
        @"(?i)\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|provid(?:e|es|ed|ing))\s+(?:to\s+)?(?:the\s+|its\s+(?:[\p{L}-]+\s+){0,2}?)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "X said its Malaysian processing plant produced 2,310 tonnes", "X's Malaysian unit produced ...": a unit, plant or
    /// subsidiary of the subject qualified by a nationality is the subject's one organisation in the reference data with
    /// that parent and that country, when there is exactly one.
    /// </summary>
    private OrganisationEntry? UnitByNationality(Sentence sentence, Quantity quantity, string parentId)
    {
        foreach (Match match in NationalUnitRegex.Matches(sentence.Text[..quantity.NumberStart]))
        {
            if (!demonymCountries.TryGetValue(match.Groups["demonym"].Value, out var code))
            {
                continue;
            }

            var units = index.Gazetteer.Organisations.Where(o => o.ParentId == parentId && o.CountryCode == code).Take(2).ToList();
            if (units.Count == 1)
            {
                return units[0];
            }
        }

        return null;
    }

    /// <summary>
    /// "The Department of Atomic Energy unit plans to raise its output to 900 tonnes", "the Tokyo group's subsidiary will
    /// make 2,000 t": the parent named as what the actor is a unit of ("[parent] unit", "[parent]'s subsidiary") means the
    /// one organisation the text names whose parent is that parent (parent_id in companies.csv); null when it names none
    /// or several.
    /// </summary>
    private OrganisationEntry? UnitByParentNoun(Sentence sentence, Quantity quantity, string parentId, OrganisationResult organisations)
    {
        var numberAt = sentence.Start + quantity.NumberStart;
        var parentMention = organisations.Mentions.Where(m => m.Id == parentId && m.Start >= sentence.Start && m.End <= numberAt).OrderBy(m => m.Start).FirstOrDefault();
        if (parentMention is null || !ParentUnitNounRegex.IsMatch(sentence.Text.AsSpan(parentMention.End - sentence.Start)))
        {
            return null;
        }

        var units = organisations.Mentions.Where(m => m.Id != parentId && index.Organisations[m.Id].ParentId == parentId)
            .Select(m => m.Id).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return units.Count == 1 ? index.Organisations[units[0]] : null;
    }

    /// <summary>Right after a parent's name: " unit", "'s subsidiary", " arm", "-owned unit" (the actor is a unit of it).</summary>
    private static readonly Regex ParentUnitNounRegex = new(
        @"^(?:['’]s?)?(?:-owned|-run|-controlled)?\s+(?:unit|subsidiary|arm|affiliate)\b(?!\s*,?\s*\p{Lu})",
        RegexOptions.Compiled);

    /// <summary>"its Malaysian processing plant", "Lynas's Malaysian unit": a possessive, a nationality, at most two words, a unit noun.</summary>
    private static readonly Regex NationalUnitRegex = new(
        @"(?:\bits|['’]s?)\s+(?<demonym>\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:unit|subsidiary|arm|plant|facility|refinery|operations?|business|smelter|factory)\b",
        RegexOptions.Compiled);

    /// <summary>"... 10,500 tonnes ... for Lynas Malaysia": an organisation after "for" whose parent is the subject.</summary>
    private OrganisationEntry? UnitAfterFor(Sentence sentence, Quantity quantity, string parentId, OrganisationResult organisations)
    {
        var numberAt = sentence.Start + quantity.NumberStart;
        foreach (var mention in organisations.Mentions)
        {
            if (mention.Start <= numberAt || mention.End > sentence.End)
            {
                continue;
            }

            var entry = index.Organisations[mention.Id];
            if (entry.ParentId == parentId
                && sentence.Text.AsSpan(0, mention.Start - sentence.Start).TrimEnd().EndsWith(" for", StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    private (string? Id, string? Name, string? Kind) SubjectOfSentence(Sentence sentence, Quantity quantity, string measure, SubjectContext context)
    {
        var (organisations, countries, candidates, previous) = context;
        var numberAt = sentence.Start + quantity.NumberStart;
        if (RegionActsAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))
        {
            return (null, null, null); // "the 1,000 tons that Europe imported from China": a region's figure is nobody's
        }

        // "X produced 10,600 t, a fraction of the 270,000 tonnes China mined", "compared with the 44,000 tonnes that the United
        // States imported": a definite figure whose relative clause has a country acting in it is that country's (§60).
        if (TheBeforeFigureRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && countries.FirstOrDefault(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start + quantity.End && m.End <= sentence.End
                                             && CountryClauseAfterFigureRegex.IsMatch(sentence.Text.AsSpan(quantity.End, m.Start - sentence.Start - quantity.End))
                                             && CountryVerbAfterRegex.IsMatch(sentence.Text.AsSpan(m.End - sentence.Start))) is { } actingAfter
            && index.Countries.TryGetValue(actingAfter.Id, out var actingAfterEntry))
        {
            return (actingAfter.Id, actingAfterEntry.Name, SubjectKinds.Country);
        }

        var actors = organisations.Mentions
            .Where(m => m.Start >= sentence.Start && m.End <= sentence.End)
            .Select(m => (m.Start, m.End, Id: (string?)m.Id, Name: index.Organisations[m.Id].Name, Kind: SubjectKinds.Organisation))
            .Concat(candidates.SelectMany(c => c.Evidence
                .Where(e => e.Start >= sentence.Start && e.Start + e.Length <= sentence.End)
                .Select(e => (e.Start, End: e.Start + e.Length, Id: (string?)null, c.Name, Kind: SubjectKinds.Candidate))))
            .OrderBy(a => a.Start)
            .ToList();
        var before = actors.Where(a => a.Start < numberAt && !IsSource(sentence, a.Start) && !InAside(sentence, a.Start, a.End, numberAt)).ToList();
        // "Automakers such as X and Y have warned that shipments of about 500 tonnes a month are held up": names given as
        // examples of a group that speaks are not the subject of what it reports ("magnet makers such as X still import
        // roughly 4,000 tonnes" keeps X).
        var example = before.FindIndex(a => SuchAsBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (example >= 0)
        {
            var listEnd = example;
            while (listEnd + 1 < before.Count
                   && ExampleListJoinRegex.IsMatch(sentence.Text.AsSpan(before[listEnd].End - sentence.Start, before[listEnd + 1].Start - before[listEnd].End)))
            {
                listEnd++;
            }

            if (ExamplesSpeakRegex.IsMatch(sentence.Text.AsSpan(before[listEnd].End - sentence.Start)))
            {
                before.RemoveRange(example, listEnd - example + 1);
            }
        }

        // "The company's output compares with Lynas's 10,600 tonnes": a name written as the possessor right before the figure
        // owns it, also after an anaphor that opens the sentence (§60).
        if (before.Count > 0 && before[^1].End <= numberAt
            && PossessiveOfFigureRegex.IsMatch(sentence.Text.AsSpan(before[^1].End - sentence.Start, numberAt - before[^1].End)))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "its experience with SARECO, its former joint venture with Sumitomo Corporation, which made about 1,000 tonnes": a
        // relative clause after an apposition ("its joint venture with Y", "a unit of Y") is about the name the apposition
        // describes, not the partner named inside it.
        if (before.Count > 1
            && VentureAppositionRegex.IsMatch(sentence.Text.AsSpan(before[^2].End - sentence.Start, before[^1].Start - before[^2].End))
            && RelativeClauseRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^2].Id, before[^2].Name, before[^2].Kind);
        }

        // "... from NPM Silmet in Sillamae, which can process up to 3,000 tonnes": the relative clause is about the name.
        if (before.Count > 0 && RelativeClauseRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "will buy all output from MP Materials' planned 10X magnet facility, which is designed to make 7,000 tons": a relative
        // clause about a name's asset is about the name.
        if (before.Count > 0 && PossessionRelativeClauseRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "approved a licence for the Ngualla project, which Peak Rare Earths expects to produce about 37,200 tonnes a year",
        // "the Lofdal project, where X has outlined a resource of 2.7 million tonnes": the name that opens a relative clause
        // holding the figure is the subject of that clause.
        if (before.Count > 0 && WhichBeforeRegex.IsMatch(sentence.Text.AsSpan(0, before[^1].Start - sentence.Start))
            && !ClauseBreakRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "... the transfer of Peak Rare Earths' Ngualla project ... Ngualla is designed to produce 37,200 tonnes a year": an
        // asset the sentence opens with, that the text wrote earlier as an organisation's possession, is that organisation's;
        // "... agreed with Cyclic Materials ... Cyclic said its plant recovered 120 tonnes": a sentence opening with the first
        // word(s) of a name written earlier is about that name.
        if (before.Count == 0 && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < numberAt)
            && (AssetOwner(sentence, context) ?? ShortNameOf(sentence, context)) is { } owner)
        {
            return owner;
        }

        // "Red Earth also signed a memorandum with Australia's Lynas Rare Earths Ltd for up to 1,000 tonnes": a sentence that
        // opens with the first words of a name written earlier ("Red Earth Separations LLC") is about that name, also when
        // other names follow, unless it only says what they said ("Red Earth said Lynas will ...").
        if (before.Count > 0 && OpeningNameRegex.Match(sentence.Text) is { Success: true } opening
            && sentence.Start + opening.Groups["name"].Length < before[0].Start
            && !countries.Any(m => m.Length > 0 && m.Start == sentence.Start)
            && !IsSpeaker(sentence, sentence.Start + opening.Groups["name"].Length, before[0].Start)
            && ShortNameOf(sentence, context) is { } shortName)
        {
            // "Ionic also said its Belfast recycling subsidiary, Ionic Technologies, processed 26 tonnes": the unit named in
            // apposition to the opening company's unit noun acts in its own clause and is the subject (§83).
            var unitActs = before.FindIndex(a => UnitAppositiveBefore(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                                 && ActsAfterNameRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
            return unitActs >= 0 ? (before[unitActs].Id, before[unitActs].Name, before[unitActs].Kind) : shortName;
        }

        // "The British company's parent, Mkango Resources, said its project ...", "X's parent, Y, plans ...": the name in
        // apposition to a possessive parent is the subject; the possessor only says whose parent it is.
        var parent = before.FindIndex(a => ParentAppositiveRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (parent >= 0)
        {
            return (before[parent].Id, before[parent].Name, before[parent].Kind);
        }

        // "X said JARE's partner Lynas produced 10,500 tonnes", "Y's rival Z shipped 900 t": a name in apposition to a
        // possessive relational noun, acting in its own clause (a verb follows it), is the subject; the possessor only says
        // whose partner it is.
        // "where its unit X holds reserves of N", "under which subsidiary X will deliver N" (§65): also a unit noun.
        var related = before.FindIndex(a => (RelatedAppositiveRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                             || UnitAppositiveBefore(sentence.Text.AsSpan(0, a.Start - sentence.Start)))
                                            && ActsAfterNameRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
        if (related > 0)
        {
            return (before[related].Id, before[related].Name, before[related].Kind);
        }

        // "The Department of Defense awarded $45 million to X Corp to build a plant that will separate 200 tonnes": the
        // recipient of an award or loan, who is to build the plant, is the figure's subject, not the funder.
        var recipient = before.FindLastIndex(a => RecipientBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                                  && RecipientBuildsRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start)));
        if (recipient > 0 && !ClauseBreakRegex.IsMatch(sentence.Text[(before[recipient].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[recipient].Id, before[recipient].Name, before[recipient].Kind);
        }

        // "Hancock, Iluka's largest shareholder, said it expects Arafura to produce 4,000 tonnes", "X expects Y to recycle 350
        // tonnes": the name between an expectation verb and "to <verb>" is what is expected of, not the one who expects.
        var expectedOf = before.FindLastIndex(a => ExpectsBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                                   && ToVerbAfterRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
        if (expectedOf > 0 && expectedOf == before.Count - 1)
        {
            return (before[expectedOf].Id, before[expectedOf].Name, before[expectedOf].Kind);
        }

        // "Halvern expects the United States to consume 18,000 tonnes", "The firm expects the United States to consume ...": a
        // country between an expectation verb and "to <verb>", with no name after it before the figure, is what is expected
        // of, not the one who expects (nor the anaphor's company) (§60).
        if (countries.FirstOrDefault(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.End <= numberAt
                                          && ExpectsCountryBeforeRegex.IsMatch(sentence.Text.AsSpan(0, m.Start - sentence.Start))
                                          && ToVerbThenChangeRegex.IsMatch(sentence.Text.AsSpan(m.End - sentence.Start, numberAt - m.End))
                                          && !actors.Exists(a => a.Start > m.Start && a.Start < numberAt)) is { } expectedCountry
            && index.Countries.TryGetValue(expectedCountry.Id, out var expectedEntry))
        {
            return (expectedCountry.Id, expectedEntry.Name, SubjectKinds.Country);
        }

        // "EFA approved a A$200 million loan to X for the Nolans project, which will make 4,440 tonnes", "a loan from the
        // Department of Energy to X's plant will fund the first 2,500 tons": the borrower's asset the money is for is the
        // borrower's, not the lender's (a relative clause on the asset may come between).
        var borrower = before.FindLastIndex(a => a.End <= numberAt && RecipientBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                                 && RecipientAssetRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
        if (borrower > 0 && before.TrueForAll(a => a.Start <= before[borrower].Start))
        {
            return (before[borrower].Id, before[borrower].Name, before[borrower].Kind);
        }

        var anaphor = Anaphor(sentence.Text);
        if (anaphor == AnaphorKind.None && before.Count == 0 && AnaphorBefore(sentence.Text[..quantity.NumberStart]) is var anaphorAt and >= 0
            // "Together with the company's Fort Worth plant, that would bring U.S. magnet capacity to about 10,000 tons": a
            // country that qualifies the measure after the anaphor is the subject, the anaphor only says what is added.
            && !countries.Any(m => m.Length > 0 && m.Start > sentence.Start + anaphorAt && m.Start < numberAt && !IsRoute(sentence, m.Start)
                                   && CountryMeasureRegex.IsMatch(sentence.Text.AsSpan(m.End - sentence.Start))))
        {
            anaphor = AnaphorKind.Organisation; // "In H1 the company recycled 42 tonnes"
        }

        // "The DFC has agreed to invest $50 million for a stake, and the company said it had shipped a 40-tonne sample": a
        // company anaphor opening a new clause after names that are all state bodies or non-companies (agencies, banks of the
        // state, associations) is the article's company, not the agency (§65).
        if (anaphor == AnaphorKind.None && before.Count > 0 && AnaphorBefore(sentence.Text[..quantity.NumberStart]) is var agencyAnaphorAt and >= 0
            && CompanyAnaphorClauseRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } clauseAnaphor && clauseAnaphor.Groups["the"].Index == agencyAnaphorAt
            && before.TrueForAll(a => a.Start < sentence.Start + agencyAnaphorAt && a.Id is { } agencyId && index.Organisations.TryGetValue(agencyId, out var agency)
                                      && (options.StateBodyKinds.Contains(agency.Kind) || NotCompanyKinds.Contains(agency.Kind))))
        {
            anaphor = AnaphorKind.Organisation;
        }

        // "The plant has a nameplate of 2,200 tonnes a year, and ASM expects sales of 180 to 220 tonnes": after the sentence's
        // first figure, ", and" + a name (or "while"/";" + a name) opens a clause with its own subject; the opening anaphor
        // belongs to the first figure only (§52).
        if (anaphor != AnaphorKind.None && context.PreviousFigureEnd >= 0
            && before.Find(a => a.Start - sentence.Start > context.PreviousFigureEnd) is { Name: not null } clauseName
            && OwnClauseBeforeNameRegex.IsMatch(sentence.Text.AsSpan(context.PreviousFigureEnd, clauseName.Start - sentence.Start - context.PreviousFigureEnd)))
        {
            return (clauseName.Id, clauseName.Name, clauseName.Kind);
        }

        // "Shin-Etsu and TDK both plan to expand. Its new plant will make 2,000 tonnes a year, Shin-Etsu said.": an anaphor with
        // a company named after the figure as its speaker is that company, not the one mentioned most.
        if (anaphor == AnaphorKind.Organisation && before.Count == 0
            && actors.Find(a => a.Start >= sentence.Start + quantity.End && SpeechVerbFollows(sentence, a.End, options.SpeakerTitleWords)) is { Name: not null } ownSpeaker
            && sentence.Text.AsSpan(quantity.End, ownSpeaker.Start - sentence.Start - quantity.End).Contains(',')
            && !AnalystsAtRegex.IsMatch(sentence.Text.AsSpan(0, ownSpeaker.Start - sentence.Start))
            && (ownSpeaker.Id is null || IsCompany(index.Organisations[ownSpeaker.Id])))
        {
            return (ownSpeaker.Id, ownSpeaker.Name, ownSpeaker.Kind);
        }

        // "It also cut its estimate for X's refinery, saying X would produce only 2,500 tonnes": an anaphor that speaks of a
        // name written right after its verb of saying is reporting about that name, which is the subject (§45).
        if (anaphor == AnaphorKind.Organisation
            && before.FindLastIndex(a => SpeechVerbRightBefore(sentence, a.Start)
                                         && (a.Id is null || !index.Organisations[a.Id].IsSourceKind)
                                         && !sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End).Contains(';')) is var reported and >= 0)
        {
            return (before[reported].Id, before[reported].Name, before[reported].Kind);
        }

        // "Separately, Mamba Minerals Corp, a Tanzanian explorer, said ... The company holds a resource of 1,100 tonnes": after a
        // sentence that turns to another company ("Separately, X", "Elsewhere, X", "Meanwhile, X"), a company anaphor with no
        // name before the figure is that company, not the one the text mentions most (§52).
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && AnaphorStateBody(sentence.Text) != true
            && context.Sentences is { } allSentences && allSentences.IndexOf(sentence.Start) is var here and > 0
            && allSentences.Sentences[here - 1] is var turn && TopicTurnRegex.Match(turn.Text) is { Success: true } turnWord
            && Actors(turn, context).FirstOrDefault() is { Name: not null } turned && turned.Start == turn.Start + turnWord.Length
            && (turned.Id is null || (index.Organisations[turned.Id] is var turnedEntry && !turnedEntry.IsSourceKind
                                      && !options.StateBodyKinds.Contains(turnedEntry.Kind) && !NotCompanyKinds.Contains(turnedEntry.Kind))))
        {
            return (turned.Id, turned.Name, turned.Kind);
        }

        // "... while China Rare Earth Group was allotted 43,400 tonnes. Of the group's share, ionic-clay rare earths accounted
        // for 9,850 tonnes": an anaphor whose head noun ends the name of a company written earlier, as the text writes it,
        // is the latest such company, not the body mentioned most (§52).
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && context.Sentences is { } written
            && actorsBefore(written) is { Count: > 0 } headed)
        {
            return headed[^1];
        }

        List<(string? Id, string? Name, string? Kind)> actorsBefore(SentenceIndex written) =>
            written.Sentences.Where(t => t.Start < sentence.Start)
                .SelectMany(t => Actors(t, context).Select(a => (a, t)))
                .Where(x => x.a.Name is not null && WrittenName(x.t, x.a.Start) is { } name
                            && name.LastIndexOf(' ') > 0 && TonnageLexicon.OrganisationAnaphors.Contains(name[(name.LastIndexOf(' ') + 1)..])
                            && HeadNamedBefore(sentence.Text.AsSpan(0, quantity.NumberStart), name)
                            && (x.a.Id is null || (!index.Organisations[x.a.Id].IsSourceKind && !options.StateBodyKinds.Contains(index.Organisations[x.a.Id].Kind))))
                .Select(x => (x.a.Id, x.a.Name, x.a.Kind))
                .ToList();

        string? WrittenName(Sentence home, int start) =>
            context.Organisations.Mentions.FirstOrDefault(m => m.Start == start) is { Length: > 0 } m
                ? home.Text.Substring(start - home.Start, Math.Min(m.Length, home.Text.Length - (start - home.Start)))
                : context.Candidates.SelectMany(c => c.Evidence).FirstOrDefault(e => e.Start == start) is { Length: > 0 } e
                    ? home.Text.Substring(start - home.Start, Math.Min(e.Length, home.Text.Length - (start - home.Start)))
                    : null;

        // "e-VAC Magnetics, the U.S. subsidiary of Germany's Vacuumschmelze, opened ... The parent company's European plants
        // produce around 3,000 tonnes": "the parent" is the parent (companies.csv) of the latest unit named before, when the
        // text names that parent too.
        if (anaphor is AnaphorKind.Organisation or AnaphorKind.None && before.Count == 0 && ParentAnaphorRegex.IsMatch(sentence.Text)
            && organisations.Mentions.Where(m => m.Start < sentence.Start && m.Length > 0 && index.Organisations[m.Id].ParentId is { } parentId
                                                && organisations.Mentions.Any(p => p.Id == parentId && p.Length > 0))
                .OrderBy(m => m.Start).LastOrDefault() is { } unitMention
            && index.Organisations[unitMention.Id].ParentId is { } namedParent)
        {
            return (namedParent, index.Organisations[namedParent].Name, SubjectKinds.Organisation);
        }

        // "Quellon Metals said its pilot produced 85 tonnes. ... Bergmann Magnetwerke AG will expand its line to 2,500 tonnes a
        // year. It currently makes about 1,200 tonnes a year": the pronoun "It" opening a sentence, with no name before the
        // figure, is the company that opens the sentence right before it (its grammatical subject), not the company the text
        // mentions most; in a news-in-brief round-up each item's figures stay with its own company (§88). Not an
        // impersonal "It is expected that", nor a source or state body opening that sentence.
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && PronounItOpenerRegex.IsMatch(sentence.Text)
            && PreviousSentenceSubject(sentence, context) is { Name: not null } centred)
        {
            return centred;
        }

        if (anaphor == AnaphorKind.Organisation)
        {
            // Known organisations and candidates alike: "Nordkap Minerals AB ... The company expects ...".
            // "The Australian miner": only organisations of that country, when the text names one.
            var demonymCountry = AnaphorCountry(sentence.Text);
            // "The Baotou-based producer" is a company, never the customs agency named more often; "The agency" is a state body.
            // "Under the licence the company must move ...": the anaphor's head decides also when it is not among the first words.
            var statePreference = AnaphorStateBody(sentence.Text)
                                  ?? (AnaphorBefore(sentence.Text[..quantity.NumberStart]) is var headAt and >= 0 ? AnaphorStateBody(sentence.Text[headAt..]) : null);
            var compatible = organisations.Mentions
                .Where(m => statePreference is not { } wantsState || options.StateBodyKinds.Contains(index.Organisations[m.Id].Kind) == wantsState)
                .ToList();
            // A company anaphor with only state bodies among the known organisations takes a candidate company when there is one.
            var pool = (compatible.Count > 0 || (statePreference == false && candidates.Any(c => c.Evidence.Any(e => e.Start < sentence.Start)))
                    ? compatible
                    : organisations.Mentions)
                .Where(m => demonymCountry is null || index.Organisations[m.Id].CountryCode == demonymCountry)
                .Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                // "Vietnam's Ministry of Industry and Trade will auction ... The company shipped its first 20 tonnes": a company
                // anaphor is no candidate state body either, and "The agency" no candidate company ("PT Timah Tbk").
                .Concat(candidates.Where(c => (demonymCountry is null || c.CountryCode == demonymCountry)
                                              && (!(statePreference is { } wantsState && c.KindHint is { } hint
                                                    && options.StateBodyKinds.Contains(hint) != wantsState)
                                                  // "The agency" is "Ruritanian Materials Agency" whatever kind its other words hint.
                                                  || HeadNamedBefore(sentence.Text.AsSpan(0, quantity.NumberStart), c.Name)))
                    .SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                .ToList();
            if (pool.Count == 0 && demonymCountry is not null)
            {
                // "The German magnet maker" when no German organisation is known: one whose country is not known, not one
                // known to be of another country; else any.
                pool = organisations.Mentions.Where(m => index.Organisations[m.Id].CountryCode is null).Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                    .Concat(candidates.Where(c => c.CountryCode is null).SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                    .ToList();
            }

            if (pool.Count == 0 && demonymCountry is not null)
            {
                pool = organisations.Mentions.Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                    .Concat(candidates.SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                    .ToList();
            }

            if (MostMentioned(pool, sentence.Start) is { } main)
            {
                return main.StartsWith("o:", StringComparison.Ordinal)
                    ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation)
                    : (null, main[2..], SubjectKinds.Candidate);
            }
        }

        if (anaphor == AnaphorKind.Country && ActingMainCountry(countries, sentence.Start, context) is { } mainCountry)
        {
            return (mainCountry, index.Countries[mainCountry].Name, SubjectKinds.Country);
        }

        // "In a statement, the association said the country made 236,500 tonnes of sintered blanks": "the country" as the
        // subject of the figure's clause, with no name before it, is the country the text mentions most.
        if (anaphor == AnaphorKind.None && before.Count == 0
            && CountryAnaphorVerbRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < numberAt)
            && MostMentioned(countries, sentence.Start) is { } referredCountry)
        {
            return (referredCountry, index.Countries[referredCountry].Name, SubjectKinds.Country);
        }

        // "Coal ash accumulated across the country holds an estimated 11 million tonnes, DOE officials said": a figure held or
        // made "across the country" / "nationwide", with no name before it, is the country the text mentions most, not the
        // speaking agency after it (§65).
        if (anaphor == AnaphorKind.None && before.Count == 0
            && NationwideRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < numberAt)
            && MostMentioned(countries, sentence.Start) is { } nationwideCountry)
        {
            return (nationwideCountry, index.Countries[nationwideCountry].Name, SubjectKinds.Country);
        }

        // "..., while MP Materials produced 1,300 tonnes": a parallel clause before the figure has its own subject.
        var clauseStart = sentence.Start + ParallelClauseStart(sentence.Text[..quantity.NumberStart]);
        if (before.Exists(a => a.Start >= clauseStart))
        {
            before.RemoveAll(a => a.Start < clauseStart);
        }

        // "shipments of 500 tonnes have been held up since April, and Sona Ltd has sought approval for a 2,000-tonne plant":
        // after another figure, ", and" + a name opens a clause with its own subject; the names before it are the other figure's.
        if (context.PreviousFigureEnd >= 0 && before.Count > 1)
        {
            var opener = before.FindLastIndex(a => a.Start - sentence.Start > context.PreviousFigureEnd
                                                   && CoordinatedClauseRegex.IsMatch(sentence.Text.AsSpan(context.PreviousFigureEnd, a.Start - sentence.Start - context.PreviousFigureEnd)));
            if (opener > 0 && before[opener - 1].Start - sentence.Start < context.PreviousFigureEnd)
            {
                before.RemoveRange(0, opener);
            }
        }
        else if (context.PreviousFigureEnd < 0 && before.Count > 1)
        {
            // "X will hold 51% of the venture, and Y will supply 6,000 tonnes a year": ", and" + a name after a clause of its
            // own (words, not just a list comma: "X, Y, and Z produced ...") opens the figure's clause; Y is its subject.
            for (var opener = before.Count - 1; opener > 0; opener--)
            {
                if (ClauseBeforeCoordinatedName(sentence, before[opener - 1].End, before[opener].Start))
                {
                    before.RemoveRange(0, opener);
                    break;
                }
            }
        }

        var countriesBefore = countries
            .Where(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < numberAt && (!IsRoute(sentence, m.Start) || OwnsTheFigure(sentence, m.End, quantity))
                        && !IsExcluded(sentence, m.Start) && !PlantSite(sentence, m.Start)
                        && !(measure == Measures.Export && RecipientFollows(sentence, m.End)))
            .ToList();

        // "China accounted for 270,000 tons, followed by Burma at 31,000 tons": the name right before "at" + the figure; so
        // "versus China's 44 million tonnes" (a possessive) and "X received 191,850 tonnes and Y 78,150 tonnes" (a list that
        // leaves out the verb).
        var listed = countriesBefore.LastOrDefault(m => ListedBefore(sentence, m.Start, m.End, quantity));
        if (listed is not null && before.TrueForAll(a => a.End <= listed.Start))
        {
            // "China exported 5,120 t. Germany took 890 tonnes, followed by the United States with 620 tonnes": when the
            // country before the sentence's previous figure was not its subject (a destination), the country listed after it
            // is a destination too, and the figure keeps the previous figure's subject.
            // So for a list that leaves out the verb: "with Japan taking 14,900 tonnes, the United States 8,650 tonnes".
            if ((FollowedByRegex.IsMatch(sentence.Text.AsSpan(0, listed.Start - sentence.Start))
                 // "followed by South Korea with 706 tons and the United States with 642 tons": the list goes on.
                 || FollowedByListRegex.IsMatch(sentence.Text.AsSpan(0, listed.Start - sentence.Start))
                 || GappedRegex.IsMatch(sentence.Text.AsSpan(listed.End - sentence.Start, quantity.NumberStart - (listed.End - sentence.Start))))
                && ListedLikeADestination(sentence, countries, context) is { } exporter)
            {
                return exporter;
            }

            return (listed.Id, index.Countries[listed.Id].Name, SubjectKinds.Country);
        }

        var listedActor = before.FindLastIndex(a => ListedBefore(sentence, a.Start, a.End, quantity));
        if (listedActor >= 0 && countriesBefore.TrueForAll(m => m.End <= before[listedActor].Start))
        {
            return (before[listedActor].Id, before[listedActor].Name, before[listedActor].Kind);
        }

        // "..., the survey said that the country's known resources totalled 2.6 million tonnes", "national resources at":
        // after the last name, the country of the article is the subject.
        var afterNames = before.Select(a => a.End).Concat(countriesBefore.Select(m => m.End)).DefaultIfEmpty(clauseStart).Max();
        if (CountryPossessiveInClause(sentence.Text[(afterNames - sentence.Start)..quantity.NumberStart])
            && ActingMainCountry(countries, numberAt, context) is { } ownCountry)
        {
            return (ownCountry, index.Countries[ownCountry].Name, SubjectKinds.Country);
        }

        // "China produced 218,600 t, the bureau said, while output of NdPr oxide reached 71,300 t", "... of which X received
        // 191,850 t and Y 78,150 t; the separation total was set at 254,000 t": a parallel clause that names nobody goes on
        // about the sentence's main subject (its first figure's), not a speaker or a listed name of the other clause.
        // "X said China's output rose to 92,000 t, while global demand reached 108,000 t", "..., while demand in Europe was
        // about 6,000 t": a world or region total in a parallel clause is nobody's, not the first clause's subject (§60).
        if (clauseStart > sentence.Start
            && !actors.Exists(a => a.Start >= clauseStart && a.Start < numberAt)
            && !countries.Any(m => m.Length > 0 && m.Start >= clauseStart && m.Start < numberAt)
            && WorldTotal(sentence, clauseStart, numberAt, actors.Select(a => (a.Start, a.End)).ToList()))
        {
            return (null, null, null);
        }

        if (clauseStart > sentence.Start && context.SentenceFirst.Name is not null
            && !actors.Exists(a => a.Start >= clauseStart && a.Start < numberAt)
            && !countries.Any(m => m.Length > 0 && m.Start >= clauseStart && m.Start < numberAt))
        {
            return context.SentenceFirst;
        }

        if (countriesBefore.Exists(m => m.Start >= clauseStart))
        {
            countriesBefore.RemoveAll(m => m.Start < clauseStart);

            // "X cited figures showing the United States mined 45,000 t, while China produced 270,000 t": a parallel clause
            // that names a country and no organisation is about that country, not the other clause's organisation.
            if (clauseStart > sentence.Start && !before.Exists(a => a.Start >= clauseStart) && countriesBefore.Exists(m => !m.Dateline && CountryActs(sentence, m.End)))
            {
                var own = countriesBefore.First(m => !m.Dateline && CountryActs(sentence, m.End));
                return (own.Id, index.Countries[own.Id].Name, SubjectKinds.Country);
            }
        }

        // "YANGON (Reuters) - China's imports ... fell to 2,210 tonnes": where the story was filed yields to a country named.
        if (countriesBefore.Exists(m => !m.Dateline))
        {
            countriesBefore.RemoveAll(m => m.Dateline);
        }

        // "World mine production rose to 390,000 tonnes", "Global output reached ...": a world total, nobody's figure.
        var lastNamed = before.Select(a => a.End).Concat(countriesBefore.Select(m => m.End)).DefaultIfEmpty(sentence.Start).Max();
        if (WorldTotal(sentence, lastNamed, numberAt, actors.Select(a => (a.Start, a.End)).ToList()))
        {
            return (null, null, null);
        }

        // "Arafura lifts Nolans output target" (the headline, which the readers keep apart from the main text) "SYDNEY, Oct 30
        // (Reuters) - The Australian miner now expects to produce 4,800 tonnes a year": a figure whose sentence names nobody
        // before it, in a text that has named no organisation before it, is the headline's one company's, not the country of
        // the dateline (§90).
        // Trade and quotas with nobody named are a country's ("Exports fell to 4,000 t"), whatever company the headline names.
        if (before.Count == 0 && context.Previous.Name is null && context.HeadlineCompany is { } headline
            && measure is not (Measures.Export or Measures.Import or Measures.Quota)
            && !countriesBefore.Exists(m => !m.Dateline && !DescribesCompany(sentence, m))
            && !context.Organisations.Mentions.Any(m => m.Length > 0 && m.Start < numberAt && IsCompany(index.Organisations[m.Id]))
            && !context.Candidates.Any(c => c.Evidence.Any(e => e.Start < numberAt)))
        {
            return headline;
        }

        // "Iluka Resources said Australia's mine production would climb to 32,000 t", "X cited figures showing the United
        // States mined 45,000 t": a country named right after a speaker, with no organisation between, is what is said about.
        if (before.Count > 0
            && countriesBefore.Find(m => !m.Dateline && m.Start > before[^1].End && CountryActs(sentence, m.End) && SpeechVerbRightBefore(sentence, m.Start)
                                         && IsSpeaker(sentence, before[^1].End, m.Start)) is { } spokenOf)
        {
            return (spokenOf.Id, index.Countries[spokenOf.Id].Name, SubjectKinds.Country);
        }

        // "Macquarie Group raised its FY27 NdPr sales forecast for Lynas to 10.2kt": the forecaster is no subject, the
        // organisation forecast for is.
        if (before.Count > 1 && ForecastForRegex.IsMatch(sentence.Text.AsSpan(before[0].End - sentence.Start, before[1].Start - before[0].End)))
        {
            before.RemoveAt(0);
        }

        // "Proterial, which buys oxide from Lynas, said Lynas shipped 800 tonnes", "KOMIR, which holds 10% of X, said X
        // produced 120 tons": a speaker set off by an aside (a relative clause or apposition between commas, which may name
        // others) reports on the name right after its speech verb; that name is the subject, not the speaker nor the aside.
        if (before.Count > 1
            && before.FindIndex(1, a => AsideSpeakerRegex.IsMatch(sentence.Text.AsSpan(before[0].End - sentence.Start, a.Start - before[0].End))) is var spokenAbout and > 0)
        {
            before.RemoveRange(0, spokenAbout);
        }
        else if (before.Count > 1 && IsSpeaker(sentence, before[0].End, before[1].Start))
        {
            before.RemoveAt(0);
        }

        // "X was granted a permit for 15,000 t, and Y said its mine would produce 1,900 tonnes": the last name before the
        // figure that speaks of itself ("said it", "said its") is the subject of what it says.
        var selfSpeaker = before.FindLastIndex(a => SelfSpeakerRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, Math.Max(0, numberAt - a.End))));
        if (selfSpeaker > 0)
        {
            return (before[selfSpeaker].Id, before[selfSpeaker].Name, before[selfSpeaker].Kind);
        }

        if (before.Count > 0)
        {
            return (before[0].Id, before[0].Name, before[0].Kind);
        }

        // "Korea's demand ... is expected to reach 9,000 tons, driven by X and Y": a cause after "driven/led/boosted by" is no
        // agent of the figure (§60); the country before it keeps it.
        var agent = actors.FirstOrDefault(a => a.Start > numberAt && FollowsBy(sentence, a.Start)
                                               && !CauseByRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (agent.Name is not null)
        {
            return (agent.Id, agent.Name, agent.Kind);
        }

        if (countriesBefore.Count > 0)
        {
            var country = countriesBefore[0];
            return (country.Id, index.Countries[country.Id].Name, SubjectKinds.Country);
        }

        // "An inferred resource of 62 million tonnes ..., Snowgum Metals Ltd said": the speaker after the figure.
        var speaker = actors.FirstOrDefault(a => a.Start > numberAt && SpeechVerbFollows(sentence, a.End, options.SpeakerTitleWords));
        if (speaker.Name is not null)
        {
            return (speaker.Id, speaker.Name, speaker.Kind);
        }

        // "Output: 1,200 t REO (Q3)": a table line written as prose is about the article's main organisation.
        if (previous.Name is null && LabelLineRegex.IsMatch(sentence.Text))
        {
            var pool = organisations.Mentions.Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                .Concat(candidates.SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                .Where(m => m.Start < sentence.Start)
                .ToList();
            if (MostMentioned(pool, sentence.Start) is { } main)
            {
                return main.StartsWith("o:", StringComparison.Ordinal)
                    ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation)
                    : (null, main[2..], SubjectKinds.Candidate);
            }
        }

        // "Siam Metals said it shipped 900 t. Imports of concentrate, mainly from Laos, rose to 2,450 tonnes, according to the
        // customs data": a trade figure in a sentence that names no organisation (nor "its"/"our") is the country's trade, not
        // the previous sentence's company's: the story's main country that is not a route of this sentence.
        // "..., after the Kachin Independence Army halted mining": a name in a later clause of its own does not own the trade.
        if (measure is Measures.Export or Measures.Import
            && !actors.Exists(a => a.Start < numberAt || a.Start - sentence.Start < quantity.End
                                   || !ClauseBreakRegex.IsMatch(sentence.Text[quantity.End..(a.Start - sentence.Start)]))
            && previous.Kind is SubjectKinds.Organisation or SubjectKinds.Candidate
            && !OwnTradeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && NationalTrader(sentence, countries) is { } national)
        {
            return (national, index.Countries[national].Name, SubjectKinds.Country);
        }

        // Nobody named before the figure: the sentence goes on about the previous figure's subject
        // ("Ore reserves stand at 13.2 million tonnes", "Imports fell to 3,400 tonnes, the customs agency said").
        if (previous.Name is not null)
        {
            return previous;
        }

        // "X, which is listed on Nasdaq, said the deposit would feed its magnet plant in Stillwater. The first line there will
        // have capacity of 1,200 tons a year": with no figure subject to carry, a sentence naming nobody goes on about the
        // organisation that opens the sentence right before it (its grammatical subject), when that sentence has no figure
        // of its own and does not open with two coordinated names (§75); before the text's last
        // figure of the same measure, which that sentence turned away from.
        if (actors.Count == 0 && DefiniteOpenerRegex.IsMatch(sentence.Text)
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.End)
            && PreviousSentenceOpener(sentence, context) is { } previousOpener)
        {
            return previousOpener;
        }

        // "X, the Shenzhen-listed arm of Y, reported sales of 9,870 tonnes. The unit blamed a shortage of feed ... Its Longnan
        // separation plant ran at 72% of its 8,000-tonne nameplate": a figureless sentence opening with "The company/unit/..."
        // and naming nobody goes on about the holder of the text's last figure, and so does the definite opener after it (§79).
        if (actors.Count == 0 && (DefiniteOpenerRegex.IsMatch(sentence.Text) || ItsOpenerRegex.IsMatch(sentence.Text))
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.End)
            && CompanyAnaphorBefore(sentence, context) is { } anaphorHolder)
        {
            return anaphorHolder;
        }

        // "Japan imported 1,284 tonnes in October. Imports from China accounted for 65.9%. Year-to-date imports stood at
        // 11,730 tonnes": a sentence that names nobody and reports the same measure as the text's last figure, even across
        // sentences without figures, is about that figure's subject.
        if (context.LastFact is { SubjectName: not null } last && last.Measure == measure && actors.Count == 0
            && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < sentence.End))
        {
            return (last.SubjectId, last.SubjectName, last.SubjectKind);
        }

        // "X Ltd reports its feasibility study. The study outlines output of 14,800 tpa": the text so far names one
        // organisation and no country in this sentence; the figure is that organisation's.
        // "Mkango Resources ... Mkango Polska, its Polish subsidiary, ... The mineral reserve was increased to 34.5 Mt": a
        // candidate whose name begins with the first word of that organisation's name as the text writes it is one of its
        // units and does not make a second organisation (§83).
        // A state body that only funds, licenses or regulates ("Export Finance Australia confirmed its loan") is no second company.
        var orgsBefore = organisations.Mentions.Where(m => m.Start < sentence.Start && m.Length > 0).ToList();
        if (orgsBefore.Any(m => IsCompany(index.Organisations[m.Id])) || candidates.Any(c => c.Evidence.Any(e => e.Start < sentence.Start)))
        {
            orgsBefore = orgsBefore.Where(m => IsCompany(index.Organisations[m.Id])).ToList();
        }

        // "China Northern Rare Earth (Group) High-Tech Co - Q3 2026 operating data, filed with the Shanghai Stock Exchange":
        // an exchange that holds no figure of the text so far (a listing venue) is no second company either; one whose
        // traded volume is a figure ("On the Baotou Rare Earth Products Exchange, 1,260 mt has traded") still counts (§88).
        if (orgsBefore.Any(m => !IsExchange(index.Organisations[m.Id])) || candidates.Any(c => c.Evidence.Any(e => e.Start < sentence.Start)))
        {
            orgsBefore = orgsBefore.Where(m => !IsExchange(index.Organisations[m.Id]) || context.Facts.Any(f => f.SubjectId == m.Id)).ToList();
        }

        var orgFirstWords = orgsBefore.Select(m => FirstWordOf(m, context)).Where(w => w is not null).ToHashSet(StringComparer.Ordinal);
        var named = orgsBefore.Select(m => "o:" + m.Id)
            .Concat(candidates.Where(c => orgsBefore.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count() != 1
                                          || !orgFirstWords.Contains(c.Name.Split(' ')[0]) || !c.Name.Contains(' '))
                .SelectMany(c => c.Evidence.Where(e => e.Start < sentence.Start).Select(_ => "c:" + c.Name)))
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        var countriesInSentence = countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < sentence.End);
        // "Separators in Fujian cut output to 110 t ... China Rare Earth Group accounts for about two-thirds of heavy separation.
        // ... Rotterdam warehouse stocks were estimated at 12-15 t": in a market report whose figures so far are all nobody's,
        // a company named only in passing does not take the next unowned figure (subject34).
        var marketReport = context.Facts.Any() && context.Facts.All(f => f.SubjectName is null);
        if (named.Count == 1 && !countriesInSentence && actors.Count == 0 && !marketReport)
        {
            return named[0].StartsWith("o:", StringComparison.Ordinal)
                ? (named[0][2..], index.Organisations[named[0][2..]].Name, SubjectKinds.Organisation)
                : (null, named[0][2..], SubjectKinds.Candidate);
        }

        // "PERTH - X Ltd (ASX: XXX) provides its activities report ... - Binding offtake with Y ... Nolans is designed to produce
        // 4,440 tpa": in a company's own release, a figure whose sentence names nobody is the releasing company's, also when
        // a partner is named elsewhere (§85).
        if (previous.Name is null && named.Count > 1 && !countriesInSentence && actors.Count == 0 && ReleasingCompany(context) is { } releaser)
        {
            return releaser;
        }

        return previous;
    }

    /// <summary>The one company (not a news outlet, state body, research firm or bank) among the organisations a headline names, or null.</summary>
    private (string? Id, string? Name, string? Kind)? HeadlineCompany(IReadOnlyList<string>? headlineOrganisations) =>
        headlineOrganisations?.Where(id => IsCompany(index.Organisations[id])).Distinct(StringComparer.Ordinal).ToList() is [var only]
            ? (only, index.Organisations[only].Name, SubjectKinds.Organisation)
            : null;

    /// <summary>", X Ltd (ASX: XXX) provides", "X is pleased to announce", "X today announced": a release's opening verb after its company.</summary>
    private static readonly Regex ReleaseVerbAfterNameRegex = new(
        @"^(?:\s*,?\s*(?:Ltd|Limited|Inc|Corp|Corporation|Plc|PLC|Co|NL|LLC|SA|AG|ASA|AB)\b\.?)?\s*(?:\([^()]{1,40}\)\s*)?(?:(?:today|has\s+today)\s+)?(?:is\s+pleased\s+to\s+(?:announce|report|provide|advise|present)|provides|announces|announced|advises|releases|has\s+released|presents"
        + @"|[-\u2013\u2014:|]\s*(?:(?:FY)?\d{4}(?:-\d{2,4})?\s+)?(?:sustainability|annual|ESG|quarterly|half-year|interim|integrated|environmental|activities)\s+(?:[\p{L}-]+\s+)?report)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The company whose own release the text is: the first company of one of the text's first three sentences, opening that
    /// sentence (after a dateline), followed by a release verb ("provides its activities report", "is pleased to announce").
    /// Null for news about a company.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? ReleasingCompany(SubjectContext context)
    {
        if (context.Sentences is not { } sentences)
        {
            return null;
        }

        foreach (var opening in sentences.Sentences.Take(3))
        {
            var first = context.Organisations.Mentions
                .Where(m => m.Start >= opening.Start && m.End <= opening.End && m.Length > 0)
                .Select(m => (m.Start, m.End, Id: (string?)m.Id, Name: (string?)index.Organisations[m.Id].Name, Kind: (string?)SubjectKinds.Organisation,
                              Company: IsCompany(index.Organisations[m.Id])))
                .Concat(context.Candidates.SelectMany(c => c.Evidence
                    .Where(e => e.Start >= opening.Start && e.Start + e.Length <= opening.End)
                    .Select(e => (e.Start, End: e.Start + e.Length, Id: (string?)null, Name: (string?)c.Name, Kind: (string?)SubjectKinds.Candidate,
                                  Company: !(c.KindHint is { } hint && options.StateBodyKinds.Contains(hint))))))
                .OrderBy(a => a.Start)
                .FirstOrDefault();
            if (first.Name is not null && first.Company
                && ReleaseVerbAfterNameRegex.IsMatch(opening.Text.AsSpan(first.End - opening.Start))
                && DatelineOnlyBeforeRegex.IsMatch(opening.Text.AsSpan(0, first.Start - opening.Start)))
            {
                return (first.Id, first.Name, first.Kind);
            }
        }

        return null;
    }

    /// <summary>Nothing before a release's company but perhaps a dateline ("PERTH, Oct 30 (ASX announcement) - ").</summary>
    private static readonly Regex DatelineOnlyBeforeRegex = new(@"^(?:[\p{Lu}][\p{Lu}\s.'’-]*,?[^-–—:]{0,60}?[-–—:]\s*)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The first word of an organisation mention as the text writes it ("Mkango" of "Mkango Resources"), or null for one word.</summary>
    private static string? FirstWordOf(Mention mention, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(mention.Start) is not (>= 0 and var at))
        {
            return null;
        }

        var home = sentences.Sentences[at];
        var from = mention.Start - home.Start;
        if (from < 0 || from + mention.Length > home.Text.Length)
        {
            return null;
        }

        var written = home.Text.Substring(from, mention.Length);
        var space = written.IndexOf(' ');
        return space > 0 ? written[..space] : null;
    }

    /// <summary>
    /// The organisation opening the sentence right before <paramref name="sentence"/> as its grammatical subject ("X, which is
    /// listed on Nasdaq, said ...", "Separately, X said ..."), when that sentence holds no figure (the text's last fact is
    /// not in it) and does not open with coordinated names ("X and Y released"). Null otherwise (§75).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PreviousSentenceOpener(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (> 0 and var here))
        {
            return null;
        }

        var previous = sentences.Sentences[here - 1];
        if (context.LastFact is { } last && last.Evidence.SentenceStart == previous.Start)
        {
            return null;
        }

        var actors = Actors(previous, context);
        if (actors.Count == 0)
        {
            return null;
        }

        var first = actors[0];
        var lead = previous.Text[..(first.Start - previous.Start)];
        if (!string.IsNullOrWhiteSpace(lead) && !TopicTurnRegex.IsMatch(lead))
        {
            return null;
        }

        var second = actors.Find(a => a.Start > first.Start && a.Name != first.Name);
        if (second.Name is not null && CoordinatedNameBeforeRegex.IsMatch(previous.Text.AsSpan(0, second.Start - previous.Start)))
        {
            var between = previous.Text[(first.Start - previous.Start)..(second.Start - previous.Start)];
            if (!between.Contains(',') || between.TrimEnd().EndsWith(", and", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return (first.Id, first.Name, first.Kind);
    }

    /// <summary>"It currently makes", "It also shipped": the pronoun "It" opening a sentence, not an impersonal "It is expected
    /// that", "It is likely", "It was not clear".</summary>
    private static readonly Regex PronounItOpenerRegex = new(
        @"^\s*It\s+(?!(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|remains|seems|appears)\s+(?:not\s+)?(?:\p{L}+ed\s+that|\p{L}+ed\s+to\b|likely|unlikely|possible|unclear|clear|understood|thought|believed|estimated|expected|reported|said|hoped)\b)",
        RegexOptions.Compiled);

    /// <summary>
    /// The organisation or candidate that opens the sentence right before <paramref name="sentence"/> (after a dateline or a
    /// topic turn at most), when it is a company rather than a source or a state body and is not the first of two
    /// coordinated names ("X and Y said"). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PreviousSentenceSubject(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (> 0 and var here))
        {
            return null;
        }

        var previous = sentences.Sentences[here - 1];
        // "The Corporation's Narva plant is designed for 2,000 tonnes. It shipped 140 tonnes": a defined term opening it is its name.
        if (TheTermRegex.Match(previous.Text) is { Success: true, Index: var termAt } the && string.IsNullOrWhiteSpace(previous.Text[..termAt])
            && context.DefinedTerms.TryGetValue(the.Groups["term"].Value.Split(' ')[0], out var definedOpener))
        {
            return definedOpener;
        }

        var actors = Actors(previous, context);
        if (actors.Count == 0)
        {
            return null;
        }

        var first = actors[0];
        var lead = previous.Text[..(first.Start - previous.Start)];
        if (!string.IsNullOrWhiteSpace(lead) && !TopicTurnRegex.IsMatch(lead) && !DatelineLeadRegex.IsMatch(lead))
        {
            return null;
        }

        if (first.Id is { } id && index.Organisations[id] is var entry
            && (entry.IsSourceKind || options.StateBodyKinds.Contains(entry.Kind) || NotCompanyKinds.Contains(entry.Kind)))
        {
            return null;
        }

        if (first.Kind == SubjectKinds.Candidate && context.Candidates.FirstOrDefault(c => c.Name == first.Name) is { KindHint: { } hint }
            && options.StateBodyKinds.Contains(hint))
        {
            return null;
        }

        var second = actors.Find(a => a.Start > first.Start && a.Name != first.Name);
        if (second.Name is not null && CoordinatedNameBeforeRegex.IsMatch(previous.Text.AsSpan(0, second.Start - previous.Start))
            && !previous.Text[(first.Start - previous.Start)..(second.Start - previous.Start)].Contains(','))
        {
            return null;
        }

        return (first.Id, first.Name, first.Kind);
    }

    /// <summary>A dateline before a sentence's first words: "LONDON, Nov 18 (Argus) - ", "TOKYO (Reuters) -- ".</summary>
    private static readonly Regex DatelineLeadRegex = new(@"^\s*\p{Lu}[\p{Lu}\s.,'-]*(?:,\s*[^()]{1,30}?)?\s*(?:\([^()]{1,30}\)\s*)?(?:-{1,2}|\u2013|\u2014)\s*$", RegexOptions.Compiled);

    /// <summary>"Its Longnan separation plant", "Its": a sentence opening with the possessive "Its" (any word after it).</summary>
    private static readonly Regex ItsOpenerRegex = new(@"^\s*Its\s", RegexOptions.Compiled);

    /// <summary>"The company blamed", "The unit said", "The miner has": a company anaphor and a verb opening a sentence.</summary>
    private static readonly Regex CompanyAnaphorOpenerRegex = new(
        @"^\s*The\s+(?:company|unit|group|firm|miner|producer|refiner|subsidiary|separator|recycler)\s+(?:also\s+|then\s+|further\s+)?\p{Ll}+(?:ed|s)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// The holder of the text's last figure when the sentence right before <paramref name="sentence"/> opens with a company
    /// anaphor ("The unit blamed ...", "The company said ..."), names nobody, holds no figure, and the last figure was in the
    /// sentence right before that one and is an organisation's or a candidate's. Null otherwise (§79).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? CompanyAnaphorBefore(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (> 1 and var here))
        {
            return null;
        }

        var previous = sentences.Sentences[here - 1];
        var before = sentences.Sentences[here - 2];
        if (!CompanyAnaphorOpenerRegex.IsMatch(previous.Text) || Actors(previous, context).Count > 0
            || context.LastFact is not { SubjectName: not null, SubjectKind: SubjectKinds.Organisation or SubjectKinds.Candidate } last
            || last.Evidence.SentenceStart != before.Start)
        {
            return null;
        }

        return (last.SubjectId, last.SubjectName, last.SubjectKind);
    }

    /// <summary>A sentence opening with a definite lower-case noun phrase or a pronoun: "The first line there", "Its new
    /// plant", "It will" (not "SMM's weekly survey", not "The Baotou exchange").</summary>
    private static readonly Regex DefiniteOpenerRegex = new(
        @"^\s*(?:(?:The|This|That|Its)\s+\p{Ll}|It\s|(?:Phase|Stage)\s+(?:\d+|[IVX]+|[Oo]ne|[Tt]wo|[Tt]hree)\s+of\s+(?:the|this|its)\s+\p{Ll})",
        RegexOptions.Compiled);

    /// <summary>"and " or "&amp; " right before a name: the second of two coordinated names.</summary>
    private static readonly Regex CoordinatedNameBeforeRegex = new(@"(?:\band|&)\s+$", RegexOptions.Compiled);

    /// <summary>A plural group noun and "such as" right before a name: "Automakers such as ", "buyers such as ".</summary>
    private static readonly Regex SuchAsBeforeRegex = new(@"(?i)\b\p{L}+s\s*,?\s+such\s+as\s+$", RegexOptions.Compiled);

    /// <summary>A verb of saying right after a list of examples: " have warned that", " said", " complained".</summary>
    private static readonly Regex ExamplesSpeakRegex = new(@"^\s*(?:,\s*)?(?:have\s+|has\s+|had\s+)?(?:warned|said|say|says|complained|complain|reported|report|told|tell|noted|cautioned)\b", RegexOptions.Compiled);

    /// <summary>What joins two names of one list: ", ", " and ", ", and ", " or ".</summary>
    private static readonly Regex ExampleListJoinRegex = new(@"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", RegexOptions.Compiled);

    /// <summary>A company's own trade before the figure: "its exports", "their imports", "our shipments", a quotation.</summary>
    private static readonly Regex OwnTradeRegex = new(@"(?i)\b(?:its|their|our|we)\b|[""“”]", RegexOptions.Compiled);

    /// <summary>The story's most mentioned country that is not a route (origin or destination) in the sentence, when it is
    /// its dateline or named at least twice; or null.</summary>
    private string? NationalTrader(Sentence sentence, IReadOnlyList<Mention> countries)
    {
        var routes = countries.Where(m => m.Length > 0 && m.Start >= sentence.Start && m.End <= sentence.End && IsRoute(sentence, m.Start))
            .Select(m => m.Id)
            .ToHashSet(StringComparer.Ordinal);
        var others = countries.Where(m => m.Length > 0 && !routes.Contains(m.Id)).ToList();
        var main = MostMentioned(others, sentence.Start);
        // A country the story names once, not as its dateline, is no main country ("a ... from Australia" in a Jiangxi story).
        return main is not null && index.Countries.ContainsKey(main) && others.Count(m => m.Id == main) + (others.Exists(m => m.Id == main && m.Dateline) ? 1 : 0) >= 2
            ? main
            : null;
    }

    /// <summary>Text ending in a forecast noun and "for" ("its FY27 NdPr sales forecast for "): the next name is forecast for.</summary>
    private static readonly Regex ForecastForRegex = new(@"(?i)\b(?:forecasts?|estimates?|projections?|outlook|expectations?|guidance)\s+(?:for|of)\s+$", RegexOptions.Compiled);

    /// <summary>Text ending in a possessive and a parent noun before a name in apposition ("The Korean group's parent, ").</summary>
    private static readonly Regex ParentAppositiveRegex = new(@"['’]s?\s+(?:(?:parent|holding)(?:\s+(?:company|group))?|(?:majority\s+)?owner)\s*,\s*$", RegexOptions.Compiled);

    /// <summary>", which buys oxide from X, said ", ", a Japanese trading house, told reporters that ": an aside between commas
    /// after a speaker, then its speech verb, up to the name it speaks of.</summary>
    private static readonly Regex AsideSpeakerRegex = new(
        @"^\s*,\s*(?:which|who|whose|that|a|an|the|one|its|itself|now|formerly|owner|parent)\b[^;:()\n]*?,\s*(?:has\s+|had\s+)?(?:said|says|told\s+\p{L}+|reported|added|noted|estimated|stated|announced|confirmed|disclosed|wrote)\s+(?:(?:on|last)\s+\p{L}+\s+)?(?:that\s+)?(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"awarded $45 million to ", "a loan of $100 million to ": text before the recipient of money, ending in "to".</summary>
    private static readonly Regex RecipientBeforeRegex = new(@"(?i)\b(?:award(?:s|ed)?|grant(?:s|ed)?|lent|lends|lending|loan(?:s|ed)?|financing|funding|gave|gives|provided|provides|committed|invested)\b[^,;]*\bto\s+$", RegexOptions.Compiled);

    /// <summary>Text ending in a possessive and a relational noun before a name in apposition ("JARE's partner ", "its rival, ").</summary>
    private static readonly Regex RelatedAppositiveRegex = new(
        @"\b\p{Lu}[\p{L}\d&.-]*['’]s?\s+(?:(?:joint[-\s]venture|JV|venture|business)\s+)?(?:partner|supplier|rival|competitor|peer|sister\s+company|affiliate)\s*,?\s*$",
        RegexOptions.Compiled);

    /// <summary>Text ending in a unit noun before a name in apposition, not after a preposition: "where its unit ", "under which
    /// subsidiary ", "60%-owned subsidiary ", "X's operating company " (§65), "their joint venture " (§69).</summary>
    private static readonly Regex UnitAppositiveRegex = new(
        @"(?<lead>(?:\S+\s+){0,3})(?:unit|subsidiary|arm|operating\s+(?:company|unit)|joint[-\s]venture|venture|JV)\s*,?\s*$",
        RegexOptions.Compiled);

    private static readonly Regex PrepositionWordRegex = new(
        @"^(?:with|to|from|for|by|of|in|at|on|into|through|via|and|or|between)$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>A unit noun right before a name ("its unit ", "under which subsidiary ") with no preposition among the three
    /// words before it ("a deal with its unit " is not the name acting). A preposition that opens a relative clause ("an
    /// agreement in which its subsidiary X will supply") or a day ("X said on Wednesday its unit Y holds") does not count.</summary>
    private static bool UnitAppositiveBefore(ReadOnlySpan<char> text)
    {
        var match = UnitAppositiveRegex.Match(text.ToString());
        if (!match.Success)
        {
            return false;
        }

        var lead = match.Groups["lead"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !Enumerable.Range(0, lead.Length).Any(i => PrepositionWordRegex.IsMatch(lead[i])
            && !(i + 1 < lead.Length && (lead[i + 1] is "which" or "whom" || (lead[i] == "on" && WeekdayRegex.IsMatch(lead[i + 1])))));
    }

    private static readonly Regex WeekdayRegex = new(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.Compiled);

    /// <summary>After a name, before the figure: a verb of its own clause ("produced", "has shipped", an irregular past such as
    /// "made", "sold"), not a preposition.</summary>
    private static readonly Regex ActsAfterNameRegex = new(
        @"^,?\s+(?:(?:(?:also|has|had|have|will|would|could|is|was|expects\s+to|plans\s+to)\s+)?(?:\p{Ll}+(?:ed|s)\b(?<!\b(?:was|has|is|its|as|us|this|plans|shares)\b)|(?:made|sold|built|bought|held|won|took|kept)\b)|(?:also\s+)?(?:will|would|could|can|is\s+to|plans\s+to|expects\s+to|is\s+expected\s+to)\s+(?!be\b)\p{Ll}{3,}\b)",
        RegexOptions.Compiled);

    /// <summary>"expects ", "forecast ": an expectation verb right before a name that an infinitive follows.</summary>
    private static readonly Regex ExpectsBeforeRegex = new(
        @"(?i)\b(?:expects?|expected|forecasts?|estimates?|estimated|sees|saw|projects?|projected|predicts?|predicted|wants|wanted|believes)\s+$",
        RegexOptions.Compiled);

    /// <summary>An expectation verb and an optional "the" right before a country: "expects the ", "forecasts ".</summary>
    private static readonly Regex ExpectsCountryBeforeRegex = new(
        @"(?i)\b(?:expects?|expected|forecasts?|estimates?|sees|projects?|projected|predicts?|predicted)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"to <verb> ..." up to the figure, also the old figure of a change: " to consume 18,000 tonnes by 2030, up from about ".</summary>
    private static readonly Regex ToVerbThenChangeRegex = new(
        @"^\s+to\s+\p{Ll}+\b(?:[^,;]|,(?=\d))*(?:,\s*(?:up|down)\s+from\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?)?$", RegexOptions.Compiled);

    /// <summary>" to produce ", " to recycle about ": an infinitive right after the name, then no clause break up to the figure.</summary>
    private static readonly Regex ToVerbAfterRegex = new(@"^\s+to\s+\p{Ll}+\b[^,;]*$", RegexOptions.Compiled);

    /// <summary>"'s plant will fund ", " for the Nolans project in the Northern Territory, which will make ": right after the
    /// recipient of money, the asset the money is for (its possessive or "for the/its"), then no other clause than a relative one.</summary>
    private static readonly Regex RecipientAssetRegex = new(
        @"^(?:['’]s?\s+|\s+for\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?)(?:[\p{L}\d-]+\s+){0,4}?(?:project|plant|refinery|mine|facility|factory|smelter|line|complex|hub|expansion)s?\b[^,;]*(?:,\s*(?:which|that)\b[^,;]*)?$",
        RegexOptions.Compiled);

    /// <summary>"to build", "to develop": the recipient of money is to build or expand the asset the figure sizes.</summary>
    private static readonly Regex RecipientBuildsRegex = new(@"^\.?\s+to\s+(?:build|construct|develop|expand|fund|finance|restart|set\s+up)\b", RegexOptions.Compiled);

    /// <summary>
    /// "customers including a German automaker had agreed to take 100 tonnes": a demonym between "a"/"an" (or "its",
    /// "their", "our") and a company noun describes an unnamed company; the country is not the actor of a figure.
    /// </summary>
    private static bool UnnamedCompanyDemonym(SentenceIndex sentences, Mention country)
    {
        if (country.Length == 0 || sentences.IndexOf(country.Start) is not (>= 0 and var s) || s >= sentences.Sentences.Count)
        {
            return false;
        }

        var sentence = sentences.Sentences[s];
        var (before, after) = WordsBeside(sentence, country);
        // "shipments to its Chinese customer totalled 4,750 tonnes": a possessive before the demonym names a counterparty too.
        if (before?.ToLowerInvariant() is "a" or "an" or "its" or "their" or "our" && after is not null
            && TonnageLexicon.UnnamedCompanyNouns.Contains(after.TrimEnd('s')))
        {
            return true;
        }

        // "Our Vietnamese separation plant in Hai Phong treated 2,800 tonnes", "our Malaysian line processed ...": a demonym
        // between a speaker's "our" and the noun of the speaker's own site or unit (within three lower-case words) places that
        // site; the country is not the actor of its figures (§79).
        if (string.Equals(before, "our", StringComparison.OrdinalIgnoreCase))
        {
            var next = Tokenizer.Tokenize(sentence.Text[Math.Min(sentence.Text.Length, country.End - sentence.Start)..]).Take(4).ToList();
            for (var t = 0; t < next.Count && next[t].IsWord && next[t].Text.All(char.IsLower); t++)
            {
                if (OwnSiteNouns.Contains(next[t].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"the Australian miner", "The Chinese producer": a demonym between "the" and a company noun describes a company.</summary>
    private static bool DescribesCompany(Sentence sentence, Mention country) =>
        WordsBeside(sentence, country) is ("the" or "The", { } noun) && TonnageLexicon.UnnamedCompanyNouns.Contains(noun.TrimEnd('s'));

    /// <summary>The word right before a mention and the word right after it in its sentence (null at either end).</summary>
    private static (string? Before, string? After) WordsBeside(Sentence sentence, Mention mention) =>
        (Tokenizer.Tokenize(sentence.Text[..Math.Clamp(mention.Start - sentence.Start, 0, sentence.Text.Length)]).Where(t => t.IsWord).Select(t => t.Text).LastOrDefault(),
         Tokenizer.Tokenize(sentence.Text[Math.Clamp(mention.End - sentence.Start, 0, sentence.Text.Length)..]).Where(t => t.IsWord).Select(t => t.Text).FirstOrDefault());

    /// <summary>Nouns of a company's own site or unit after "our &lt;demonym&gt;": "plant", "line", "refinery", "subsidiary".</summary>
    private static readonly HashSet<string> OwnSiteNouns = new(StringComparer.Ordinal)
    {
        "plant", "plants", "line", "lines", "refinery", "factory", "factories", "facility", "works", "mine", "mines", "operation",
        "operations", "unit", "subsidiary", "site", "smelter", "hub",
    };

    /// <summary>A list after "followed by", going on with "and" or a comma right before the next listed name.</summary>
    private static readonly Regex FollowedByListRegex = new(@"\bfollowed\s+by\b[^.;]*(?:,|\band)\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"followed by [the]" right before a listed name.</summary>
    private static readonly Regex FollowedByRegex = new(@"\bfollowed\s+by\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// The subject of the sentence's previous figure when a country stands before that figure but is not its subject (a
    /// destination: "Germany took 890 tonnes" of China's exports); null otherwise.
    /// </summary>
    private static (string? Id, string? Name, string? Kind)? ListedLikeADestination(Sentence sentence, IReadOnlyList<Mention> countries, SubjectContext context)
    {
        if (context.PreviousFigureEnd <= 0 || context.PreviousInSentence is not { SubjectKind: SubjectKinds.Country, SubjectId: { } previousSubject } last)
        {
            return null;
        }

        var previousEnd = sentence.Start + context.PreviousFigureEnd;
        var before = countries.LastOrDefault(m => m.Length > 0 && m.Start >= sentence.Start && m.End <= previousEnd);
        return before is not null && before.Id != previousSubject ? (last.SubjectId, last.SubjectName, last.SubjectKind) : null;
    }

    /// <summary>Text after a figure ending in ", and" (a coordinated clause whose subject follows).</summary>
    private static readonly Regex CoordinatedClauseRegex = new(@",\s+and\s+$", RegexOptions.Compiled);

    /// <summary>A sentence turning to another topic, up to the name it turns to: "Separately, ", "Elsewhere, ", "In other news, ".</summary>
    /// <summary>Also a move to another place (§83): "Some 1,400 kilometres to the east, X", "Further north, X", "Across the border, X",
    /// and a news-in-brief item's label: "In brief: X said ...".</summary>
    private static readonly Regex TopicTurnRegex = new(
        @"^\s*(?:Separately|Elsewhere|Meanwhile|In\s+other\s+news|In\s+a\s+separate\s+(?:announcement|statement|filing)"
        + @"|(?:(?:Some|About|Around|Roughly|Nearly)\s+)?[\d,.]+\s*(?:kilometres|kilometers|km|miles)\s+(?:(?:to\s+the|further|farther)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
        + @"|(?:Further|Farther)\s+(?:north|south|east|west|afield|inland|down\s+the\s+coast|up\s+the\s+coast)|Across\s+the\s+(?:border|river|country|state))\s*,\s*"
        + @"|^\s*(?:In\s+brief|IN\s+BRIEF|Briefly|BRIEFLY|Also\s+in\s+the\s+news)\s*[:\u2013\u2014-]\s*",
        RegexOptions.Compiled);

    /// <summary>Text ending in a clause opener right before a name: ", and ", " while ", "; ".</summary>
    private static readonly Regex OwnClauseBeforeNameRegex = new(@"(?:,\s+and|\bwhile|\bwhereas|\bwhilst|;)\s+$", RegexOptions.Compiled);

    /// <summary>"said its", "said on Monday that it": a speech verb and a pronoun that refers back to the speaker.</summary>
    private static readonly Regex SelfSpeakerRegex = new(@"^\s*(?:said|says|announced|reported|stated)\s+(?:(?:on\s+\p{L}+|that)\s+)?(?:it|its)\b", RegexOptions.Compiled);

    /// <summary>Text between two names that is a clause of the first ending in ", and" ("will hold 51% of the venture, and ").</summary>
    private static bool ClauseBeforeCoordinatedName(Sentence sentence, int previousEnd, int nameStart)
    {
        if (nameStart <= previousEnd)
        {
            return false;
        }

        var between = sentence.Text.AsSpan(previousEnd - sentence.Start, nameStart - previousEnd).ToString();
        if (!CoordinatedClauseRegex.IsMatch(between))
        {
            return false;
        }

        var tokens = Tokenizer.Tokenize(between);
        return tokens.Count(t => t.Text.Length > 1 && char.IsLower(t.Text[0]) && t.Text != "and") >= 2;
    }

    /// <summary>Offset (in the sentence) just after the last parallel-clause word ("while", "whereas", ";"), or 0.</summary>
    private static int ParallelClauseStart(string textBefore)
    {
        var tokens = Tokenizer.Tokenize(textBefore);
        var last = tokens.FindLastIndex(t => TonnageLexicon.ParallelClauseWords.Contains(t.Text));
        return last < 0 ? 0 : tokens[last].End;
    }

    /// <summary>A world word ("World", "global"; not "the world's largest"), a region's market ("European demand") or "the market
    /// for" after the last name and before the figure, outside any name.</summary>
    private static bool WorldTotal(Sentence sentence, int lastNamed, int numberAt, List<(int Start, int End)> names)
    {
        var tokens = Tokenizer.Tokenize(sentence.Text[..(numberAt - sentence.Start)]);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var at = sentence.Start + token.Start;
            var regionMarket = TonnageLexicon.RegionWords.Contains(token.Text) && t + 1 < tokens.Count && TonnageLexicon.MarketWords.Contains(tokens[t + 1].Text);
            // "Europe collects an estimated 5,000 t of magnet scrap a year": a region that opens the sentence as its subject.
            var regionSubject = t == 0 && TonnageLexicon.RegionNouns.Contains(token.Text) && tokens.Count > 1 && tokens[1].IsWord
                                && char.IsLower(tokens[1].Text[0]);
            // "Traders estimate Europe's annual demand for terbium at around 25 tonnes": a region's own output or demand.
            var regionPossessive = TonnageLexicon.RegionNouns.Contains(token.Text) && WorldMeasureRegex.IsMatch(sentence.Text.AsSpan(token.End));
            // "X said the market for sintered magnets in Europe could reach 40,000 tonnes": a market's size is nobody's.
            var marketFor = token.Text == "market" && t > 0 && tokens[t - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
                            && t + 1 < tokens.Count && tokens[t + 1].Text == "for";
            // "..., while demand in Europe was about 6,000 tonnes": a market word, "in" and a region (§60).
            var marketInRegion = TonnageLexicon.MarketWords.Contains(token.Text) && t + 2 < tokens.Count && tokens[t + 1].Text == "in"
                                 && TonnageLexicon.RegionNouns.Contains(tokens[t + 2].Text);
            if (at < lastNamed || !(TonnageLexicon.WorldWords.Contains(token.Text) || regionMarket || regionSubject || regionPossessive || marketFor || marketInRegion)
                || names.Exists(n => at >= n.Start && at < n.End))
            {
                continue;
            }

            // "The global resource now totals 1.52 billion tonnes", "a global Mineral Resource of ...": a deposit's whole
            // resource in a resource statement, not a world total (§83).
            if (token.Text is "global" or "Global" && t + 1 < tokens.Count
                && tokens[t + 1].Text.ToLowerInvariant() is "resource" or "resources" or "mineral" or "measured" or "inventory")
            {
                continue;
            }

            var after = sentence.Text.AsSpan(token.End);
            if ((!after.StartsWith("'") && !after.StartsWith("\u2019")) || WorldMeasureRegex.IsMatch(after))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the world's output of 390,000 tonnes", "the world's total mine production" (not "the world's largest reserves").</summary>
    private static readonly Regex WorldMeasureRegex = new(
        @"^['’]s?\s+(?:(?![\p{Ll}-]*est\s)[\p{Ll}-]+\s+){0,3}?(?:output|production|supply|demand|consumption|reserves|resources|exports|imports|total)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "X said", "X told reporters", "X managing director Jane Doe said": a speech verb right after the name or after at
    /// most <paramref name="titleWords"/> words of a job title and a person's name (no punctuation between).
    /// </summary>
    private static bool SpeechVerbFollows(Sentence sentence, int end, int titleWords)
    {
        var skipped = 0;
        foreach (var token in Tokenizer.Tokenize(sentence.Text[(end - sentence.Start)..]))
        {
            if (!token.IsWord)
            {
                return false;
            }

            if (TonnageLexicon.SpeechVerbs.Contains(token.Text))
            {
                return true;
            }

            if (++skipped > titleWords)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The agency plans ..." before the figure, for a candidate whose name ends with "Agency": the anaphor's head is the name's.
    /// Not "the company" for a name ending in "Company" ("Hyundai Motor Company"): that is the word for any company, mostly the
    /// story's own.
    /// </summary>
    private static bool HeadNamedBefore(ReadOnlySpan<char> textBefore, string name)
    {
        var head = name[(name.LastIndexOf(' ') + 1)..];
        if (head.Equals("Company", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var at = textBefore.IndexOf("the " + head, StringComparison.OrdinalIgnoreCase);
        return head.Length > 2 && at >= 0 && (at + 4 + head.Length == textBefore.Length || !char.IsLetter(textBefore[at + 4 + head.Length]));
    }

    /// <summary>
    /// Whether the organisation anaphor opening the sentence names a state body ("The agency": true), a company ("The
    /// miner", "The Baotou-based producer", "The plant", "The project": false), or either ("The group", "The unit": null).
    /// </summary>
    private static bool? AnaphorStateBody(string sentence)
    {
        var head = Tokenizer.Tokenize(sentence).Where(t => t.IsWord).Take(4).Select(t => t.Text)
            .FirstOrDefault(TonnageLexicon.OrganisationAnaphors.Contains);
        return head?.ToLowerInvariant() switch
        {
            "agency" => true,
            "company" or "firm" or "miner" or "producer" or "refiner" or "maker" or "manufacturer" or "corporation" or "smelter" or "refinery" => false,
            // "The plant will process 2,000 tpa" after "the licensing board granted X a licence for a plant": an asset is run
            // by a company, not by the state body that licensed, funded or inspected it.
            "plant" or "mine" or "facility" or "project" or "deposit" or "operation" or "site" => false,
            _ => null,
        };
    }

    /// <summary>The country of a demonym in a sentence-initial anaphor ("The Australian miner" → AU), or null.</summary>
    private string? AnaphorCountry(string sentence)
    {
        const int MaxAnaphorWords = 4;
        foreach (var word in Tokenizer.Tokenize(sentence).Where(t => t.IsWord).Take(MaxAnaphorWords))
        {
            if (demonymCountries.TryGetValue(word.Text, out var code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Where "the company", "the miner" is written before the figure (not at the start of the sentence), or -1.</summary>
    private static int AnaphorBefore(string textBefore)
    {
        var words = Tokenizer.Tokenize(textBefore).Where(t => t.IsWord).ToList();
        for (var w = 1; w < words.Count; w++)
        {
            if (TonnageLexicon.OrganisationAnaphors.Contains(words[w].Text) && words[w - 1].Text.Equals("the", StringComparison.Ordinal))
            {
                return words[w - 1].Start;
            }

            // "a grant to the same firm for a pilot line that produced 12 tonnes"
            if (w > 1 && TonnageLexicon.OrganisationAnaphors.Contains(words[w].Text) && words[w - 1].Text.Equals("same", StringComparison.Ordinal)
                && words[w - 2].Text.Equals("the", StringComparison.Ordinal))
            {
                return words[w - 2].Start;
            }
        }

        return -1;
    }

    /// <summary>"across the country", "throughout the nation", "nationwide" (§65).</summary>
    private static readonly Regex NationwideRegex = new(
        @"\b(?:(?:across|throughout)\s+the\s+(?:country|nation)|nationwide|country-wide|countrywide)\b", RegexOptions.Compiled);

    /// <summary>", and the company said ", "; the miner ": a company anaphor opening a new clause (§65).</summary>
    private static readonly Regex CompanyAnaphorClauseRegex = new(
        @"(?:,\s*(?:and|but|while)|;)\s+(?<the>the)\s+(?:company|firm|miner|producer|developer|explorer|group|recycler|refiner|maker)\b",
        RegexOptions.Compiled);

    /// <summary>"said the country made ", "the nation exported about ": "the country" right before the verb of the figure.</summary>
    private static readonly Regex CountryAnaphorVerbRegex = new(
        @"\bthe\s+(?:country|nation)\s+(?:also\s+)?(?:made|produced|mined|exported|imported|shipped|sold|bought|consumed|used|output|turned\s+out|will\s+\w+|would\s+\w+|had\s+\w+|has\s+\w+)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|an\s+estimated)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>After a country: at most two lower-case words, then a measure noun ("U.S. magnet capacity", "China's rare earth output").</summary>
    private static readonly Regex CountryMeasureRegex = new(
        @"^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:capacity|capacities|output|production|exports|imports|reserves|resources|stockpiles?|demand|consumption)\b",
        RegexOptions.Compiled);

    /// <summary>"short of the 2,700 tonnes analysts at Citi had expected": the name that follows is the analysts' employer, who
    /// expects or forecasts the figure and does not produce it.</summary>
    private static readonly Regex AnalystsAtRegex = new(
        @"\b(?:analysts?|economists?|strategists?|brokers?|consultants?)\s+(?:at|from|with)\s+(?:the\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"said Australia's", "showing the United States", "said that China": a speech verb right before the name ("the", "that" skipped).</summary>
    private static bool SpeechVerbRightBefore(Sentence sentence, int start)
    {
        var words = Tokenizer.Tokenize(sentence.Text[..(start - sentence.Start)]).Where(t => t.IsWord).ToList();
        var w = words.Count - 1;
        while (w >= 0 && words[w].Text is "the" or "that")
        {
            w--;
        }

        return w >= 0 && TonnageLexicon.SpeechVerbs.Contains(words[w].Text);
    }

    /// <summary>"Australia's mine production", "the United States mined": a country written as a possessor, or right before a measure verb.</summary>
    private static bool CountryActs(Sentence sentence, int end)
    {
        var rest = sentence.Text.AsSpan(end - sentence.Start);
        if (rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal))
        {
            return true;
        }

        // "said Vietnam could export 4,500 tonnes": a modal (and "also"/"still") before the measure verb (§45).
        var next = Tokenizer.Tokenize(rest.ToString()).Take(3).ToList();
        while (next.Count > 1 && next[0].IsWord && next[1].IsWord && next[0].Text is "could" or "would" or "will" or "may" or "might" or "should" or "can" or "also" or "still")
        {
            next.RemoveAt(0);
        }

        next = next.Take(1).ToList();
        return next.Count == 1 && next[0].IsWord && next[0].Text is not ("taking" or "took" or "takes")
               && ((TonnageLexicon.MeasureCues.TryGetValue(next[0].Text, out var cue) && cue != Measures.Other) || next[0].Text is "mined" or "mines");
    }

    /// <summary>"Japan received 1,020 tons of the total", "Germany was the largest destination, taking 1,057 tons": a country
    /// right before a verb of receiving, or named as the top destination or buyer, is a destination (the exporter's figure).</summary>
    private static bool RecipientFollows(Sentence sentence, int end)
    {
        var rest = sentence.Text[(end - sentence.Start)..];
        var next = Tokenizer.Tokenize(rest);
        return (next.Count > 0 && TonnageLexicon.RecipientVerbs.Contains(next[0].Text)) || TopDestinationRegex.IsMatch(rest);
    }

    /// <summary>Words right after a country that name it a destination of the exports: " was the largest destination",
    /// " remained the main buyer", " became the second-biggest market for".</summary>
    private static readonly Regex TopDestinationRegex = new(
        @"^\s+(?:(?:was|is|remained|remains|became|ranked\s+as|stayed)\s+)(?:again\s+|once\s+again\s+|still\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:destination|buyer|importer|customer|recipient|purchaser)s?\b",
        RegexOptions.Compiled);

    /// <summary>"ex-China demand", "non-China supply", "outside China", "excluding China": a figure of everywhere but the
    /// country is not the country's (§45).</summary>
    private static readonly Regex ExcludedBeforeRegex = new(
        @"(?i)(?:\b(?:ex|non)\s*[-\u2010\u2011\u2013]\s*|\b(?:outside(?:\s+of)?|excluding|except(?:\s+for)?|beyond|other\s+than)\s+)(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"a plant in Poland with capacity for 2,000 tpa", "its refinery in Malaysia, which can process": a country that
    /// only locates a plant is not the plant's owner (§45).</summary>
    private static readonly Regex PlantInBeforeRegex = new(
        @"(?i)\b(?:plant|refinery|facility|factory|smelter|separator|line|site)s?\s+in\s+(?:the\s+)?$", RegexOptions.Compiled);

    private static bool PlantSite(Sentence sentence, int start) =>
        PlantInBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start));

    private static bool IsExcluded(Sentence sentence, int start) =>
        ExcludedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start));

    /// <summary>"second only to China's 44 million tonnes": a possessive right before the figure owns it, after "to" too.</summary>
    private static bool OwnsTheFigure(Sentence sentence, int end, Quantity quantity) =>
        end - sentence.Start <= quantity.NumberStart && PossessiveOfFigureRegex.IsMatch(sentence.Text.AsSpan(end - sentence.Start, quantity.NumberStart - (end - sentence.Start)));

    private static readonly Regex PossessiveOfFigureRegex = new(@"^['’]s?\s+(?:(?i:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>"to the United States", "from Myanmar": a destination or an origin, not the subject.</summary>
    private static bool IsRoute(Sentence sentence, int start) => RoutePreposition(sentence, start) is not null;

    /// <summary>The route preposition ("to", "from", "into", lower case) right before a name (skipping "the"), or null.</summary>
    private static string? RoutePreposition(Sentence sentence, int start)
    {
        var words = Tokenizer.Tokenize(sentence.Text[..(start - sentence.Start)]).Where(t => t.IsWord).ToList();
        var last = words.Count > 0 ? words[^1].Text : string.Empty;
        if (last.Equals("the", StringComparison.OrdinalIgnoreCase) && words.Count > 1)
        {
            last = words[^2].Text;
        }

        return TonnageLexicon.RoutePrepositions.Contains(last) ? last.ToLowerInvariant() : ListedRoutePreposition(sentence, start);
    }

    /// <summary>
    /// "exports to the United States, South Korea and Vietnam were ...": a name later in a list of capitalised names
    /// (joined by commas, "and" or "or") whose first member follows a route preposition shares that preposition.
    /// </summary>
    private static string? ListedRoutePreposition(Sentence sentence, int start)
    {
        var tokens = Tokenizer.Tokenize(sentence.Text[..(start - sentence.Start)]);
        var i = tokens.Count - 1;
        for (var hop = 0; hop < 4; hop++)
        {
            if (i >= 0 && tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                i--;
            }

            var joined = false;
            if (i >= 0 && tokens[i].Text is "and" or "or")
            {
                i--;
                joined = true;
            }

            if (i >= 0 && tokens[i].Text == ",")
            {
                i--;
                joined = true;
            }

            if (!joined)
            {
                return null;
            }

            var name = 0;
            while (i >= 0 && tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) && name < 4)
            {
                i--;
                name++;
            }

            if (name == 0)
            {
                return null;
            }

            if (i >= 0 && tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                i--;
            }

            if (i >= 0 && tokens[i].IsWord && tokens[i].Text is "to" or "from" or "into")
            {
                return tokens[i].Text;
            }
        }

        return null;
    }

    /// <summary>
    /// Words that open an aside between commas which only says where something came from or what a place is home to:
    /// ", mostly from ", ", largely by ", ", home to ", ", where " (§60: "imports from Estonia, where X runs a plant, rose to"),
    /// ", all shipped by ", ", led by " (§60).
    /// </summary>
    private static readonly Regex AsideOpenerRegex = new(
        @",\s*(?:(?:mostly|mainly|largely|chiefly|primarily|partly|nearly\s+all|almost\s+all|much\s+of\s+it|most\s+of\s+it)\s+(?:from|by|via)|(?:mostly|mainly|largely|chiefly|primarily|principally|predominantly)|home\s+to|where|(?:(?:all|mostly|mainly|largely|chiefly|primarily|partly|nearly\s+all|almost\s+all)\s+)?(?:shipped|supplied|mined|produced|exported|sold|sourced)\s+(?:by|from)|(?:led|driven|boosted|helped)\s+(?:(?:mainly|largely|mostly|chiefly|primarily)\s+)?by)\s+(?:the\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// Whether a name (from <paramref name="start"/> to <paramref name="end"/>) sits in a comma-closed aside that only says
    /// where the figure's material came from or what a place is home to, before the figure: "India's exports to Japan,
    /// mostly from IREL, totalled 950 tonnes" and "Malaysia, home to Lynas's plant, supplied 1,100 tonnes" are India's and
    /// Malaysia's, not the company's.
    /// </summary>
    private static bool InAside(Sentence sentence, int start, int end, int numberAt)
    {
        var opener = AsideOpenerRegex.Match(sentence.Text, 0, start - sentence.Start);
        if (!opener.Success || opener.Index == 0)
        {
            return false;
        }

        var after = sentence.Text.AsSpan(end - sentence.Start, numberAt - end);
        var close = after.IndexOf(',');
        return close >= 0 && !after[..close].ContainsAny(';', '(');
    }

    /// <summary>"according to X", "according to the US Geological Survey" (§60: the article too): a cited source.</summary>
    private static bool IsSource(Sentence sentence, int start) =>
        AccordingToBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start));

    private static readonly Regex AccordingToBeforeRegex = new(@"(?i)\baccording\s+to\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// "X said Y will ...", "X chief executive Jane Doe said Y will ...": a speech verb a few words after the first
    /// organisation makes it the speaker when the next one follows within a few words and no pronoun refers back to X
    /// ("X said on Monday it had signed ... with Y").
    /// </summary>
    private bool IsSpeaker(Sentence sentence, int end, int nextStart)
    {
        var between = Tokenizer.Tokenize(sentence.Text[(end - sentence.Start)..(nextStart - sentence.Start)]).Where(t => t.IsWord).ToList();
        var verb = between.FindIndex(t => TonnageLexicon.SpeechVerbs.Contains(t.Text));
        return verb >= 0 && verb <= options.SpeakerTitleWords
               && between.Count - verb <= options.SpeakerClauseWords
               && !between.Exists(t => TonnageLexicon.SpeakerPronouns.Contains(t.Text));
    }

    /// <summary>A participle of cause and "by" right before a name: ", driven by ", "led mainly by ", "boosted by ".</summary>
    private static readonly Regex CauseByRegex = new(
        @"(?i)\b(?:driven|fuell?ed|boosted|spurred|helped|supported|underpinned|led|hit|hurt|offset|hampered|dragged\s+down|weighed\s+down|held\s+back)\s+(?:(?:mainly|largely|mostly|partly|chiefly|primarily)\s+)?by\s*$",
        RegexOptions.Compiled);

    /// <summary>"... were shipped by X": X is the agent of a passive verb.</summary>
    private static bool FollowsBy(Sentence sentence, int start) =>
        sentence.Text.AsSpan(0, start - sentence.Start).TrimEnd().EndsWith(" by", StringComparison.OrdinalIgnoreCase);

    private enum AnaphorKind
    {
        None,
        Organisation,
        Country,
    }

    /// <summary>"The parent company's", "Its parent", "The parent group": an anaphor for the parent of the unit named before.</summary>
    private static readonly Regex ParentAnaphorRegex = new(@"^\W*(?:The|Its)\s+parent(?:\s+(?:company|group))?\b", RegexOptions.Compiled);

    private AnaphorKind Anaphor(string sentence)
    {
        const int MaxAnaphorWords = 4;
        var words = Tokenizer.Tokenize(sentence).Where(t => t.IsWord).Take(MaxAnaphorWords).ToList();
        if (words.Count == 0)
        {
            return AnaphorKind.None;
        }

        if (words[0].Text == "It")
        {
            return AnaphorKind.Organisation;
        }

        if (words[0].Text is not ("The" or "This" or "Its" or "That"))
        {
            return AnaphorKind.None;
        }

        for (var w = 1; w < words.Count; w++)
        {
            var word = words[w];
            // "The expansion will add about 2,000 tonnes a year": a company's project opening the sentence stands for the company.
            if (TonnageLexicon.OrganisationAnaphors.Contains(word.Text) || word.Text is "expansion" or "upgrade" or "extension")
            {
                return AnaphorKind.Organisation;
            }

            if (TonnageLexicon.CountryAnaphors.Contains(word.Text))
            {
                return AnaphorKind.Country;
            }

            // "The Baotou-based producer", "The Perth-headquartered miner": a place before -based describes the anaphor.
            var describesPlace = w + 1 < words.Count && words[w + 1].Text is "based" or "headquartered" or "listed" or "owned" or "run"
                && word.End < words[w + 1].Start && sentence[word.End] == '-';
            // "The Western Australian refinery", "The South African miner": a compass word or the first word of a demonym.
            if (w + 1 < words.Count && demonyms.Contains(word.Text + " " + words[w + 1].Text))
            {
                w++;
                continue;
            }

            var compassBeforeDemonym = w + 1 < words.Count && word.Text is "Western" or "Eastern" or "Northern" or "Southern" or "Central"
                && demonyms.Contains(words[w + 1].Text);
            if (word.IsCapitalised && !demonyms.Contains(word.Text) && !describesPlace && !compassBeforeDemonym)
            {
                break;
            }
        }

        return AnaphorKind.None;
    }

    /// <summary>
    /// "HANOI - ... to China ... outside China ... The government wants domestic output of 20,000 tonnes": the country an
    /// anaphor ("The government", "the country's", "domestic") means is the one the story names most as an actor, not as a
    /// route, an exclusion or a place something is in ("to China", "outside China", "buyers in China") (§60); else the one
    /// named most.
    /// </summary>
    private static string? ActingMainCountry(IReadOnlyList<Mention> countries, int before, SubjectContext context)
    {
        if (context.Sentences is { } sentences)
        {
            var acting = countries.Where(m => m.Length > 0 && sentences.IndexOf(m.Start) is >= 0 and var at && sentences.Sentences[at] is var home
                                              && m.Start >= home.Start && m.End <= home.End
                                              && !IsRoute(home, m.Start) && !IsExcluded(home, m.Start) && !InBefore(home, m.Start))
                .ToList();
            if (MostMentioned(acting, before) is { } main)
            {
                return main;
            }
        }

        return MostMentioned(countries, before);
    }

    /// <summary>The most-mentioned id before <paramref name="before"/> (ties: the first mentioned), or over the whole text.</summary>
    private static string? MostMentioned(IReadOnlyList<Mention> mentions, int before)
    {
        var earlier = mentions.Where(m => m.Start < before && m.Length > 0).ToList();
        var pool = earlier.Count > 0 ? earlier : mentions.Where(m => m.Length > 0).ToList();
        return pool
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(m => m.Start))
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal)));
}
