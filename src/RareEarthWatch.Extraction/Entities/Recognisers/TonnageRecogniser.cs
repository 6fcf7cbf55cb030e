using System.Collections.Frozen;
using System.Globalization;
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
public sealed partial class TonnageRecogniser(GazetteerIndex index, TonnageOptions options)
{
    private const string Number = @"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[\u00A0\u2009\u202F ]\d{3})+|\d+)(?:\.\d+)?(?![\d])";

    private static readonly string NumberWord = Alternation(TonnageLexicon.NumberWords.Keys);
    private static readonly string Multiplier = @"(?:(?i:" + Alternation(TonnageLexicon.Multipliers.Keys.Where(k => k.Length > 1)) + @")|m|k)(?![\p{L}\p{N}])";

    private const string Unit =
        @"(?<unit>(?i:(?:wet|dry)[\s-]+(?:metric[\s-]+)?(?:tonnes?|tons?)|metric[\s-]+tonnes?|metric[\s-]+tons?|short[\s-]+tons?|long[\s-]+tons?|kilotonnes?|kilotons?|tonnes?|tons?|kilogrammes?|kilograms?|kilos?|grammes?|grams?|pounds?|lbs?)"
        + @"|ktpa|ktpy|kt/a|kt/y|Mtpa|MTPA|mtpa|TPA|tpa|tpy|tpd|t/month|t/mth|t/yr|t/a|t/y|t/d|dmt|wmt|DMT|WMT|mmt|MMT|Mt(?!\.?\s+[A-Z][a-z])|MT|mt|kt|kg|lb|t|T|g(?!/))(?![\p{L}\p{N}/])(?![\s-]*(?i:ft|foot|feet)\b)";

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

    /// <summary>"lists the maximum quantities of materials that may be acquired", "Quantities ... are maximum authorities", "the
    /// quantities are ceilings": a note that the figures of the table below are maxima (dev11 M30).</summary>
    private static readonly Regex CeilingQuantitiesNoteRegex = new(
        @"(?i)\bmaximum\s+(?:quantities|amounts|volumes|authorit(?:y|ies))\b|\b(?:quantities|amounts|figures)\b[^.;]{0,60}\bare\s+(?:maximums|maxima|ceilings|upper\s+limits|maximum\s+authorit(?:y|ies))\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>How many sentences before a copied table's header a note on its quantities may stand.</summary>
    private const int CeilingNoteReach = 4;

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
        + @"|three\s+months\s+(?:to|ended|ending|through))\b(?!\s+of\b(?!\s+(?:(?:fiscal\s+)?(?:19|20)\d{2}|(?:last|this|the\s+(?:previous|prior))\s+year)\b))|\bQ[1-4]\b"
        // "reaching 1,000 metric tons a quarter of NdPr oxide": right after a mass unit, "a quarter of" is a rate (dev15 S15).
        + @"|(?i)(?<=\b(?:tonnes|tons|t|mt)\s+)a\s+quarter(?=\s+of\s+(?!(?:the|its|their|this|that|all|global|world|total)\b))",
        RegexOptions.Compiled);

    private static readonly Regex HalfYearRegex = new(@"(?i)\b(?:(?:first|second)[\s-]half(?!\s+of\s+(?:the\s+|this\s+|last\s+|that\s+|next\s+)?(?:month|week|day|decade|January|February|March|April|May|June|July|August|September|October|November|December)\b)|half[\s-]year(?:ly)?|six\s+months|(?:in|for|during|over)\s+the\s+half|(?:March|June|September|December)[\s-]half(?![\s-](?:a|an|the|their|its|hour|point|per)\b))\b|\bH[12]\b|\b(?:[12]H|H[12])\s?(?:FY\s?)?\d{2}(?:\d{2})?\b", RegexOptions.Compiled);

    // CultureInfo.InvariantCulture's month names and abbreviations, longest first, so that an alternation tries "September"
    // before "Sep". A constant, because static fields in the other parts of this partial class are built from it and the
    // order in which partial parts initialise their static fields is not defined.
    private const string MonthNames =
        "September|February|November|December|January|October|August|March|April|June|July|May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

    /// <summary>"at the end of December", "at end-March 2026", "as of March 31": a date a level is read on.</summary>
    private static readonly Regex MonthEndDateRegex = new(
        @"\b(?i:at\s+(?:the\s+)?end(?:\s+of\s+|-)|as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?)(?:" + MonthNames + @")\b\.?(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d{2}\b)?",
        RegexOptions.Compiled);

    // "saying last month it aims to extract 600 tonnes": "last month" after a reporting verb dates the statement, not the figure.
    private static readonly Regex MonthRegex = new(
        @"\b(?i:in|during|for|of)\s+(?:" + MonthNames + @"|(?i:the\s+month))\b"
        // "expects November production to ease to 9,000 t", "October exports rose to": a month naming the measure (§49).
        // "SMM expects November Pr-Nd oxide output of 7,700-7,900 mt": up to three product words between (dev15 S38).
        + @"|\b(?:" + MonthNames + @")\s+(?:(?!(?i:the|its|their|a|an|and|to|by|from|in|of)\s)[\p{L}-]+\s+){0,3}?(?i:output|production|exports|imports|shipments|sales|deliveries)\b"
        // "The Netherlands took 1.9t of the October total": a share of a month's total is that month's (§53); so "Of the October
        // approvals, general licences ... accounted for about 1,300 tonnes" (dev6 G03; measure37).
        + @"|\b(?i:of|in)\s+(?i:the|that)\s+(?:" + MonthNames + @")\s+(?i:total|figure|tally|volume|approvals|licen[cs]es|allocations)\b"
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

    /// <summary>"Plan for fiscal 2027", "programme for FY2027", "budget for the 2027 fiscal year": a plan named with the one year it covers.</summary>
    private static readonly Regex NamedPlanFiscalYearRegex = new(
        @"(?i)\b(?:plan|programme|program|budget)\s+(?:for|covering)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d{2}|(?:19|20)\d{2}\s+(?:fiscal|financial)\s+year|FY\s?(?:19|20)?\d{2})\b",
        RegexOptions.Compiled);

    /// <summary>"the plan", "this plan", "the plan's": a plan named before.</summary>
    private static readonly Regex ThePlanRegex = new(@"(?i)\b(?:the|this|that)\s+plan\b(?!\s+(?:to|is\s+to)\b)", RegexOptions.Compiled);

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

            // "The Defense Logistics Agency's Annual Materials Plan for fiscal 2027 ... lists potential acquisitions of up to 450
            // short tons ... On the disposal side, the plan allows sales of up to 600 short tons": a sentence that goes on about
            // "the plan" takes the single fiscal year the plan was named with, even in a sentence with figures (dev10 L15; period35).
            if (ThePlanRegex.IsMatch(sentence.Text) && NamedPlanFiscalYearRegex.IsMatch(earlier.Text) && PlanFiscalYearRegex.Count(earlier.Text) == 1)
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
        + @"|(?<!\b(?i:highest|lowest|most|least|biggest|largest|smallest|strongest|weakest|best|worst|fastest|slowest|high|low|level|levels|pace|rate|time)\s+)(?i:since)\s+(?:(?i:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?(?:" + MonthNames + @")\b"
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
        @"(?i)^\W*(?:[\p{L}-]+\s+){0,2}?(?:production|output|sales|shipments|exports|mined|processed|treated)(?:\s+volumes?)?\s+(?:of|at|was|were|totall?ed|reached)\s",
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

    /// <summary>"must not exceed ", "shall not be more than ", "is not to exceed ": a ceiling a rule or condition sets, right before the figure.</summary>
    private static readonly Regex RequiredCeilingBeforeRegex = new(
        @"(?i)\b(?:(?:must|shall|should)\s*(?:not|n't)|is\s+not\s+to|are\s+not\s+to)\s+(?:exceed|be\s+more\s+than|be\s+greater\s+than|surpass|top)\s+(?:(?:a\s+total\s+of)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"an export cap of ", "a full-year cap of ", "a ceiling of ": the level of a cap is a maximum (dev9 K32, K05; measure33).</summary>
    private static readonly Regex CeilingOfRegex = new(@"(?i)\b(?:caps?|ceilings?)\s+of\s+$", RegexOptions.Compiled);

    /// <summary>"an agreement providing for up to ", "a contract that provides for ": what a deal provides for, right before the figure.</summary>
    private static readonly Regex DealProvidesForRegex = new(
        @"(?i)\b(?:agreements?|contracts?|deals?|arrangements?)\s+(?:providing|provides?|provided|that\s+provides?|which\s+provides?|(?:will|would)\s+provide)\s+for\s+(?:the\s+(?:sale|supply|delivery|purchase)\s+of\s+)?(?:(?:about|around|some|roughly|up\s+to|at\s+least|as\s+much\s+as|more\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"an export cap of ", "its import ceiling at ": the cap on a country's trade, right before the figure.</summary>
    private static readonly Regex TradeCapBeforeRegex = new(@"(?i)\b(?:export|import)\s+(?:caps?|ceilings?|limits?)\s+(?:of|at)\s+(?:(?:about|around|some|roughly|up\s+to)\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// "approved export licences covering about ", "has issued permits for the export of ", "received licences for ", "Licences
    /// approved in October alone covered ", "general licences valid for one year accounted for about ", "Its state licence caps
    /// output at ": the amount a licence or permit allows, right before the figure in its clause (measure37).
    /// </summary>
    private static readonly Regex LicenceCoversBeforeRegex = new(
        @"(?i)\b(?:licen[cs]es?|permits|export\s+permit|approvals)\b[^.;:,]{0,50}?(?:\b(?:covering|covered|covers|cover|for|accounted\s+for|amounted\s+to|totall?ed)|\bfor\s+the\s+(?:export|import|exportation|sale)\s+of|\b(?:caps?|limits?)\s+(?:[\p{L}-]+\s+){0,2}?(?:at|to))\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|up\s+to|a\s+total\s+of|just\s+over|more\s+than)\s+)?$",
        RegexOptions.Compiled);

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
    private static readonly Regex RestatedAmountBetweenRegex = new(@"(?i)^[^;:\d]{0,60}?,\s*(?:equal\s+to|equivalent\s+to|equating\s+to|or|namely|i\.e\.|that\s+is)\s+(?:(?:about|around|roughly|some|approximately|nearly|almost)\s+)?$", RegexOptions.Compiled);

    /// <summary>" (previously ", " (prior: ", " (was ": a bracket right after a figure giving its older value (period33).</summary>
    private static readonly Regex PreviouslyBetweenRegex = new(@"(?i)^\s*\(\s*(?:previously|prior|was|formerly|earlier\s+guidance)\s*:?\s*(?:(?:about|around|roughly|some|approximately)\s+)?$", RegexOptions.Compiled);

    /// <summary>"in 2021 and 2022": two years joined, the window of a campaign run over both (period32).</summary>
    private static readonly Regex TwoYearsJoinedRegex = new(@"(?i)\bin\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2}\b", RegexOptions.Compiled);

    /// <summary>" of that.", " a year of this, " right after a figure, closing its phrase: a part of a figure named before (product36).</summary>
    private static readonly Regex OfThatAfterRegex = new(@"^\s+(?:a\s+year\s+)?of\s+(?:that|this|it)\b(?=\s*(?:[,.;)]|$|\s+(?:and|so|from|with|by|for|through|under|over|in|at)\b))", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    private const string IonicClayProduct = "ionic-clay";

    /// <summary>"ionic clay", "ionic adsorption clay", "ion-adsorption clay": the deposit type named in a story (period32).</summary>
    private static readonly Regex IonicClayWordsRegex = new(@"(?i)\bion(?:ic)?[\s-]+(?:adsorption[\s-]+)?clays?\b", RegexOptions.Compiled);

    /// <summary>" of clay", " a year of clay", " of ore and clay": bare clay right after a figure (period32). Not clay that only
    /// says where a product is from: "15,000 tons of ionic clay concentrate" is concentrate (dev11 M38, product36).</summary>
    private static readonly Regex ClayAfterRegex = new(@"^\s*(?:(?:a\s+year|per\s+annum|a\s+day)\s+)?of\s+(?:[\p{L}-]+\s+)?clay\b(?![\s-]+(?:heavy\s+|rare[\s-]+earths?\s+|mixed\s+)*(?:concentrates?|carbonates?|oxides?|hydroxides?|products?)\b)", RegexOptions.Compiled | RegexOptions.IgnoreCase);

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

    /// <summary>Ionic clay named in a sentence after the figure's (product36).</summary>
    private static bool IonicClayNamedLater(SentenceIndex sentences, int s)
    {
        for (var k = s; k < sentences.Sentences.Count; k++)
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

    /// <summary>", its former joint venture with ", ", a unit of ", ", the partnership between ": an apposition naming a partner;
    /// its descriptive words may be an abbreviated country and the partner may follow a country's possessive (", the U.S. unit of
    /// Germany's ", subject37).</summary>
    private static readonly Regex VentureAppositionRegex = new(
        @"^\s*,\s+(?:its|their|a|an|the)\s+(?:(?:[\p{Ll}-]+|\p{Lu}(?:\.\p{Lu})+\.?)\s+){0,3}?(?:joint\s+venture|venture|unit|subsidiary|affiliate|partnership|arm)\s+(?:with|of|between)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// ", a magnet maker in Ulsan, which in turn has a contract to deliver ": after a name, an apposition of lower-case words
    /// (no name in it) with an optional place, then ", which"/", who" and no clause break up to the figure: the relative
    /// clause is about the name the apposition describes (dev14's convention (2), subject37).
    /// </summary>
    private static readonly Regex AppositionRelativeClauseRegex = new(
        @"^\.?\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+(?:\s+(?:in|from|near|based\s+in)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?\s*,\s+(?:which|who)\s+[^,;]*$",
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
        @"(?i)\b(?:life[\s-]of[\s-](?:the[\s-])?mine|over\s+the\s+life|cumulative(?:ly)?|in\s+total\s+over|over\s+(?:(?:the|its|their)\s+(?:next|coming|first|initial)\s+)?\w+\s+(?:(?:fiscal|financial|calendar)\s+)?years|(?:over|across|during|throughout|spanning|between)\s+(?:(?:calendar|fiscal|financial)\s+(?:years?\s+)?)?(?:19|20)\d{2}\s*(?:[-–—]|to|and|through)\s*(?:19|20)?\d{2}|since\s+(?:19|20)\d{2}|since\s+(?:[\p{L}-]+\s+){1,5}?in\s+(?:19|20)\d{2}|since\s+(?:its|the|their)\s+(?:start|inception|launch|opening|commissioning|beginning)|since\s+(?:the|its|their)\s+(?:re[\s-]?opening|restart|resumption|start[\s-]?up)\b|since\s+(?:the\s+(?:[\p{L}-]+\s+){0,2}?(?:plant|mine|facility|refinery|line|pilot|project|operation|crossing|border|port|smelter|unit)|it|they)\s+(?:re)?(?:opened|began|started|commenced|came\s+on\s*(?:stream|line)|was\s+commissioned)|over\s+the\s+(?:(?:contract|agreement|offtake|supply|deal)['’]?s?\s+)?(?:term|duration)\b|over\s+the\s+(?:term|duration|life)\s+of\s+the\s+(?:contract|agreement|deal|offtake)|since\s+(?:operations|production|mining|output|shipments|deliveries|exports|imports)\s+(?:began|started|commenced|resumed)|since\s+(?:commissioning|inception|start[\s-]?up|first\s+(?:production|ore|output|shipments?)|production\s+began|the\s+start\s+of\s+(?:operations|production|mining))|(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?years|over\s+(?:the|its|their)\s+(?:[\p{L}-]+['’]s?\s+)?life\b|(?<!\bup[\s-])to[\s-]date|over\s+(?:the|its|a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:mine|project|operating|contract|asset)\s+life|so\s+far|over\s+the\s+(?:next\s+|coming\s+)?\w+\s+years\s+(?:to|through|until)\s+(?:19|20)\d{2})\b"
        // "delivered between March and May": an amount spread over a span of months is summed over it (product31).
        + @"|\b(?i:between)\s+(?:" + MonthNames + @")\.?\s+(?i:and)\s+(?:" + MonthNames + @")\b"
        // "will supply 7,200 tonnes over the five-year term of the deal", "Over a six-month campaign the pilot processed 12.4 t":
        // a term or campaign whose length is written before its noun is summed over (dev10 L27; period35).
        + @"|\b(?i:over|during|across|throughout)\s+(?i:the|a|an|its|their|this|that)\s+(?:(?i:\w+|\d+)[\s-](?i:years?|months?|weeks?)|(?i:multi|multiple)[\s-](?i:years?))\s+(?:(?i:contract|agreement|offtake|supply|deal|pilot|test|trial|production|processing)\s+)?(?i:term|duration|campaign|programme|program|trial|run|contract|agreement|deal)\b",
        RegexOptions.Compiled);

    private static readonly Regex YearRegex = new(
        // "8,500 t of concentrate in year 1": one year of a study's schedule (dev10 L19).
        @"(?i)\b(?:in|during)\s+year\s+(?:[1-9]|1\d|20)\b(?!\s*(?:to|-|–)\s*\d)|\b(?:in|during|for)\s+(?:19|20)\d{2}\b|\b(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d{2}\b|\b(?:in|for|over|during)\s+the\s+(?:(?:fiscal|financial)\s+)?year\s+(?:to|ended|ending)\b|\b(?:in|for|during)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year\b(?!\s+(?:earlier|before|ago|through|until|till|to|ended|ending)\b)|\b(?:this|last|next|previous|that|fiscal|financial|calendar)\s+(?:fiscal\s+|financial\s+)?year\b|\bthe\s+same\s+year\b|\b(?:whole|entire|all)\s+of\s+(?:19|20)\d{2}\b|\bthroughout\s+(?:19|20)\d{2}\b|\bFY\s?\d{2,4}[eEfF]?\b|\bcalendar\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?\s+(?:business|fiscal|financial|calendar|reporting|accounting)\s+year\b|\b(?:twelve|12)\s+months\s+(?:to|ended|ending|through)\b|\b(?:in|over|during|for)\s+(?:the|its)\s+(?:first\s+)?(?:twelve|12)\s+months\b|\bfirst\s+full\s+year\b|\b(?:in|during|over)\s+(?:the|its|their)\s+(?:first|second|third)\s+year\b|\bfull[\s-]year\b|\bfirst[\s-]year\s+(?:[\p{L}-]+\s+){0,2}?(?:output|production|sales|volumes?)\b"
        // "we model 2027E NdPr oxide output", "the median 2027E supply forecast": a broker's estimate ("E") or forecast ("F") year.
        + @"|\b(?:19|20)\d{2}(?-i:[EF])?\s+(?:[\p{L}-]+\s+){0,3}?(?:output|production|sales|exports|imports|shipments|deliveries|volumes?|purchases?|purchasing|guidance|supply|demand|consumption)\b(?!\s+(?:capacity|capacities|rate|run[\s-]rate)\b)"
        // "Market balance 2027E: a deficit of 6,400 t": a row label that ends with an estimate year.
        + @"|\b(?:19|20)\d{2}(?-i:[EF])\s*:"
        // "2026E 74,500", "2027F 81,000", "2025e": a broker's or survey's year of estimate or forecast as a table cell's label (measure34).
        + @"|\b(?:19|20)\d{2}[EF]\b"
        // "shipped about 160 tonnes to Japan in its best year, 2014": a year named in apposition (§76).
        + @"|\bin\s+(?:its|the|their|a)\s+(?:best|peak|record|worst|strongest|busiest|weakest|top|biggest|first|last|final)\s+(?:full\s+)?year\s*,\s*(?:19|20)\d{2}\b",
        RegexOptions.Compiled);

    /// <summary>"expects to produce around ", "is expected to yield roughly ", "aims to make ": an output forecast, right before the figure.</summary>
    private static readonly Regex ExpectedOutputBeforeRegex = new(
        @"(?i)\b(?:expects?|expected|expecting|forecasts?|projected|anticipates?|anticipated|aims?)\s+to\s+(?:produce|yield|make|output|deliver|generate)\s+(?:(?:about|around|some|roughly|nearly|approximately|an\s+estimated|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"and plans to double that to ", ", which Neo plans to expand to ", ", expanding to ", "lift that to about ": an
    /// expansion taking the figure before to a new size, right before the figure.</summary>
    private static readonly Regex ExpandedToBeforeRegex = new(
        @"(?i)\b(?:expand|expands|expanding|expanded|double|doubles|doubling|triple|triples|tripling|lift|lifts|lifting|raise|raises|raising|increase|increases|increasing|boost|boosts|boosting|grow|grows|growing|take|takes|taking|bring|brings|bringing)\b[^,;.\d]{0,30}?\bto\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?$",
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
        CopiedTable? copied = null; // a table copied with bars or tabs, from its header row on
        var copiedCeilings = false; // the text before the copied table calls its figures maximum quantities
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
            // "Lynas (LYC) - Neutral, TP A$10.10": a note covering several companies turns to the one a section line heads (subject35).
            if (coveredCompany is not null && NoteSectionCompany(sentence, organisations, candidates) is { } section)
            {
                coveredCompany = section;
            }

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
            if (copied is not null && !CellSeparatorRegex.IsMatch(sentence.Text) && SentenceEndRegex.IsMatch(sentence.Text.TrimEnd()))
            {
                copied = null; // prose after the table; a short heading between its parts ("Potential disposals") keeps it
            }

            if (copied is not null && quantities.Count == 0)
            {
                quantities = copied.Cells(sentence, elements.Materials);
                if (copiedCeilings)
                {
                    // "The Annual Materials Plan lists the maximum quantities of materials that may be acquired ..." over "Terbium oxide |
                    // kg | 2,000": every figure of a table the text calls maximum quantities is a ceiling (dev11 M30; dev8 J25, dev10 L15).
                    quantities = quantities.ConvertAll(c => c.Qualifier == "none" ? c with { Qualifier = "up_to" } : c);
                }
            }

            if (quantities.Count == 0 && CellSeparatorRegex.IsMatch(sentence.Text)
                && CopiedTable.FromHeader(sentence, s > 0 ? sentences.Sentences[s - 1] : null, elements.Materials,
                    oreProduct is null ? null : new Material(oreProduct.Id, null, null, false)) is { } table)
            {
                copied = table; // "Company | 2025 | 2026E": a header row opens a copied table
                copiedCeilings = false;
                for (var p = Math.Max(0, s - CeilingNoteReach); p < s && !copiedCeilings; p++)
                {
                    copiedCeilings = CeilingQuantitiesNoteRegex.IsMatch(sentences.Sentences[p].Text);
                }
                continue;
            }

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
                captionInTonnes = false; // and bare "|" rows after it are no cells of that caption's table
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
                materials[q] ??= BulkSampleOre(sentence, quantities[q]);
                materials[q] = StorysMineralConcentrate(sentences, s, quantities[q], elements.Materials, materials[q], organisations, candidates) ?? materials[q];
                if (materials[q] is null && OriginOnlyMaterialAfterRegex.Match(sentence.Text, quantities[q].End) is { Success: true } origin
                    && !elements.Materials.Any(m => m.Start >= sentence.Start + origin.Index && m.Start < sentence.Start + origin.Index + origin.Length))
                {
                    // "bought more than 30,000 tons of Myanmar material", "bought 600 tonnes of Laotian feed": a mass named only by
                    // where it came from says no form, so it takes none, not the product the sentence before named (dev9 K21, product34).
                    materials[q] = new Material(null, null, null, OreByGrade: false);
                }

                if (materials[q] is { OreByGrade: true } && q > 0 && materials[q - 1] is { Foreign: false, ProductId: { } feedstockId }
                    && index.Products[feedstockId].Form == "feedstock")
                {
                    // "will treat 2.2-million tonnes a year of gypsum reclaimed from two stacks that together hold some 35-million tonnes
                    // grading 0.44% TREO": a graded body of the feedstock the sentence named is that feedstock (phosphogypsum,
                    // tailings, coal ash), not ore dug from a deposit (dev12 P03, product36).
                    materials[q] = materials[q - 1];
                }

                if (materials[q]?.ProductId is null && q > 0 && OfThatAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End)))
                {
                    // "Nolans is designed to produce 4,440tpa of NdPr oxide from 13.3Mt of ore ..., and Arafura has now contracted about
                    // 3,200tpa of that": a part "of that" is of the figure before it counted the same way (a rate of a rate), else of the
                    // figure right before (dev12 P12, product36).
                    var whole = -1;
                    for (var k = q - 1; k >= 0 && whole < 0; k--)
                    {
                        whole = materials[k] is { Foreign: false, ProductId: not null } && quantities[k].UnitPeriod == quantities[q].UnitPeriod ? k : -1;
                    }

                    whole = whole >= 0 ? whole : materials[q - 1] is { Foreign: false, ProductId: not null } ? q - 1 : -1;
                    if (whole >= 0)
                    {
                        materials[q] = materials[whole];
                    }
                }

                if (quantities[q].DeclaredUnit)
                {
                    // A copied table's cell: its column's material ("Contained TREO ('000 t)"), else its caption's; a bare figure
                    // under "Data in metric tons of REO equivalent" is REO.
                    materials[q] = quantities[q].CellMaterial is { } cellMaterial && materials[q] is null or { ProductId: null } ? cellMaterial : materials[q];
                    materials[q] ??= declared?.Material;
                    materials[q] = StorysMineralConcentrate(sentences, s, quantities[q], elements.Materials, materials[q], organisations, candidates, rowLabel: true) ?? materials[q];
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
                // Not "producing 13,600 tonnes a year of mixed rare earth carbonate ..., with mining of about 5 Mtpa of clay": clay is the
                // ore rare earths are leached from, read below (dev10 L40; measure35 and period35 found it alike).
                if (materials[q] is null && q > 0 && ownMaterials[q - 1] is { Foreign: false } && UnknownOwnMaterial(sentence.Text, quantities[q])
                    && !ClayAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End)))
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
                if (ownMaterials[q] is null && materials[q] is { ProductId: "reo", Foreign: false }
                    && SpecificBeforeBareOxideBefore(sentences, s, quantities[q], elements.Materials) is { } specificOxide)
                {
                    materials[q] = specificOxide;
                }

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

                if (materials[q] is { Foreign: false, ProductId: { } calculatedId } && calculatedId is not ("reo" or "treo")
                    && OwnMaterialCalculatedAsRegex.Match(sentence.Text, quantities[q].End) is { Success: true } calculated
                    && (calculated.Groups["total"].Success ? "treo" : "reo") is var calculatedBasis && index.Products.ContainsKey(calculatedBasis))
                {
                    // "the region produced 13.5 wan tonnes of rare earth concentrate calculated as rare earth oxide, namely 135,000
                    // tonnes": a figure's own material "calculated as" a basis is counted on that basis (dev11 M04, product36).
                    materials[q] = new Material(calculatedBasis, null, null, OreByGrade: false);
                }

                if (materials[q] is null or { Foreign: false, ProductId: not ("reo" or "treo") }
                    && BasisAsideAfterUnitRegex.Match(sentence.Text, quantities[q].End) is { Success: true } basisAside
                    && (basisAside.Groups["total"].Success ? "treo" : "reo") is var asideBasis && index.Products.ContainsKey(asideBasis))
                {
                    // "China imported an estimated 3,900t (REO basis) of mixed rare earth oxide and carbonate": a basis in brackets right
                    // after the unit says how the figure is counted, whatever its "of" phrase names (dev15 S36).
                    materials[q] = new Material(asideBasis, null, null, OreByGrade: false);
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
                    && (IonicClayNamedBefore(sentences, s, quantities[q].NumberStart, wholeStory: materials[q] is not { OreByGrade: true })
                        // "a mining licence ... allowing the extraction of up to 5.0 million tonnes of clay a year ... Makuutu becomes one of
                        // the few heavy rare earth ionic clay sources": bare clay mined is the ionic clay the story names, also later
                        // (dev11 M37, product36)
                        || (materials[q] is not { OreByGrade: true } && IonicClayNamedLater(sentences, s)))
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
                if (materials[q] is { Foreign: false, ProductId: { } magnetId } && index.Products[magnetId] is { Form: "magnet", ContainsRareEarths: true }
                    && index.Products.ContainsKey(MagnetScrapProduct) && MagnetsRecovered(sentence.Text, quantities[q].NumberStart))
                {
                    // "A decommissioned 3-megawatt turbine yields close to 2 tonnes of magnets", "each electric vehicle it processes
                    // yields about 1.5 kilograms of magnet material": magnets taken out of retired equipment are magnet scrap, the
                    // recycler's feed (dev11 M34, dev3 D29; product36); "a new 15MW turbine uses about 9 tonnes of magnets" stays.
                    materials[q] = new Material(MagnetScrapProduct, null, null, OreByGrade: false);
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
            // "China's exports of magnets fell to 4,730 tons in October. October exports were still up 11.8%. Shipments to Germany
            // were 512 tons": a sentence with no figure that names no organisation or country, and speaks of the same trade flow
            // (exports, imports) as the figure before, does not break the subject's thread (dev9 K08; round2b).
            var threadSubject = previousSentence == s - 1
                || (previousSentence == s - 2 && s >= 2 && NamesIn(sentences.Sentences[s - 1], organisations, candidates).Count == 0
                    && !countries.Any(m => m.Length > 0 && m.Start >= sentences.Sentences[s - 1].Start && m.Start < sentences.Sentences[s - 1].End)
                    && previousFact is { Measure: Measures.Export or Measures.Import } threadFact
                    && Tokenizer.Tokenize(sentences.Sentences[s - 1].Text).Exists(w => TonnageLexicon.MeasureCues.TryGetValue(w.Text, out var cueMeasure) && cueMeasure == threadFact.Measure));
            var context = new SubjectContext(organisations, countries, candidates, threadSubject ? previousSubject : (null, null, null)) { LastFact = previousFact, Sentences = sentences, CallCompany = callCompany, CoveredCompany = coveredCompany, HeadlineCompany = headlineCompany, DefinedTerms = definedTerms, WindowBeforeToDate = windowBeforeToDate, Facts = facts };
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

                if (fact.Measure == Measures.Reserve && carried[q] && ownMaterials[q] is null && fact.ProductId is not (null or GenericRareEarths)
                    && (fact.SubjectKind == SubjectKinds.Country || NationalReservesRegex.IsMatch(sentence.Text))
                    // "Data are in metric tons of rare-earth-oxide (REO) equivalent": a unit note's basis holds for the reserves too (dev5 F01).
                    && !sentences.Sentences.Any(x => UnitNoteRegex.IsMatch(x.Text))
                    && index.Products.TryGetValue(GenericRareEarths, out var nationalEntry))
                {
                    // "... exported 310 tons of separated oxides last year. The government estimates national reserves at 22 million tons":
                    // a country's reserves are of rare earths as a whole, not of the company's product the sentence before named (dev12
                    // P24; measure37).
                    fact = fact with { Material = nationalEntry.Name, ElementSymbol = null, ProductId = nationalEntry.Id, Basis = options.ReserveGroupTermBasis };
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
                    // "received 108,900 tons of the mining quota, all of it light rare earths": a share that names its own group keeps it
                    // (dev12 P06, product36)
                    && !(ownMaterials[q] is { ProductId: { } shareOwnId } && index.Products[shareOwnId].Form == "group term" && shareOwnId != GenericRareEarths
                         && AllOfItForAfterRegex.IsMatch(sentence.Text.AsSpan(quantities[q].End)))
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

                if (fact.Measure == Measures.Quota && carried[q] && lastBasisQuota is { ProductId: not null } basisQuota
                    && fact.SubjectKind == SubjectKinds.Organisation
                    && fact.ProductId is { } carriedPortionId && carriedPortionId != GenericRareEarths
                    && index.Products[carriedPortionId].Form == "group term")
                {
                    // "X received 108,900 tons of the mining quota, all of it light rare earths. Y was allotted the remaining 33,100 tons":
                    // one group's portion is no material of the next group's share, which is of the quota's basis (dev12 P06, product36).
                    fact = fact with { Material = basisQuota.Material, ElementSymbol = basisQuota.ElementSymbol, ProductId = basisQuota.ProductId, Basis = basisQuota.Basis };
                }

                if (fact.Measure == Measures.Quota && lastQuota is not null && fact.SubjectKind != SubjectKinds.Country
                    && (names.Count == 0
                        // "Last year's combined mining quota ... was 270,000 tons, according to company filings on the Shanghai Stock
                        // Exchange", "an analyst at X expects ... this year's total mining quota to about 290,000 tons": names in the
                        // sentence that do not hold the figure leave it the national quota's (dev12 P06, dev9 K07; round2b).
                        || (fact.SubjectKind == SubjectKinds.Organisation
                            && !organisations.Mentions.Any(m => m.Id == fact.SubjectId && m.Start >= sentence.Start && m.End <= sentence.End)))
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

                if (quantities[q].Subjectless)
                {
                    fact = fact with { SubjectId = null, SubjectName = null, SubjectKind = null }; // "Three-company total | 48,400": nobody's own
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
                    // "13.5 wan tonnes of concentrate, namely 135,000 tonnes", "about 25.4 wan tonnes, or 254,000 tonnes": the same
                    // mass written twice is one fact (dev11 M04, M40; measure35); a restatement in another unit (wmt, dmt) is not equal.
                    && !(q > 0 && sentenceFacts[q - 1] is { } restated && SameMass(restated, fact)
                         && RestatedAmountBetweenRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantities[q].Start - quantities[q - 1].End)))
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

    private static bool SameMass(TonnageFact a, TonnageFact b) =>
        a.Min is { } aMin && b.Min is { } bMin && Math.Abs(aMin - bMin) <= 0.005 * Math.Max(aMin, bMin)
        && (a.Max ?? aMin) is var aMax && (b.Max ?? bMin) is var bMax && Math.Abs(aMax - bMax) <= 0.005 * Math.Max(aMax, bMax);

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
        bool ChangeFrom = false,
        Material? CellMaterial = null,
        bool Subjectless = false,
        string? CellPeriod = null);

    /// <summary>What a figure is of; <see cref="Foreign"/> marks a mass of something that is not rare-earth material ("of process water").</summary>
    /// <param name="CoordinatedName">Set when several materials are joined ("dysprosium and terbium oxide"): their names together.</param>
    /// <param name="Commodity">Set when the foreign mass is another traded commodity ("62 kt" of zircon sand): no fact is kept for it.</param>
    private sealed record Material(string? ProductId, string? ElementSymbol, string? AttachedElements, bool OreByGrade, bool Foreign = false, string? CoordinatedName = null, bool Commodity = false);
}
