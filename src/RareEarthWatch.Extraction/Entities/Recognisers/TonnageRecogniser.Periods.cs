using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// The period a quantity covers: its own clause, explicit windows, month ranges and the final period of a fact.
public sealed partial class TonnageRecogniser
{
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

        // "plans to produce 85,000 tons of concentrate a year from a deposit it says contains 45 million tons of ore": what a deposit
        // contains is its own clause; the rate before it is the earlier figure's (dev14 R03; measure37).
        if (segmentStart > 0 && DepositContainsBeforeRegex.Match(head) is { Success: true } deposit)
        {
            head = head[deposit.Index..];
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

    /// <summary>"a deposit it says contains ", "a project that holds about ", "the orebody hosts an estimated ": a deposit holding the figure, right before it.</summary>
    private static readonly Regex DepositContainsBeforeRegex = new(
        @"(?i)\b(?:deposits?|orebody|ore\s+body|project|prospect|tenements?|licence\s+area)\b[^,;.\d]{0,30}?\b(?:contains?|holds?|hosts?)\s+(?:(?:about|around|some|roughly|nearly|approximately|an\s+estimated|more\s+than|over)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>", which", ", that", ", where", ", in which" (optionally "the") right before a name: the name opens a relative clause.</summary>
    private static readonly Regex WhichBeforeRegex = new(@",\s+(?:which|that|where|in\s+which|at\s+which)\s+(?:the\s+)?$", RegexOptions.Compiled);

    private static readonly Regex ClauseBreakRegex = new(@"[,;](?=\s)", RegexOptions.Compiled);

    /// <summary>", used in glass polishing,", ", used for jet engines,": a participle aside set off by commas.</summary>
    private static readonly Regex ParticipleAsideRegex = new(@",\s*(?:used|needed|prized|valued)\s+(?:in|for|as|by|to)\b[^,;.]*,(?=\s)", RegexOptions.Compiled);

    /// <summary>", which banned exports in January 2024,": a relative clause set off by commas.</summary>
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
        @"(?i)\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers|lowered|trim|trims|trimmed|shrink|shrinks|halve|halved)\b[^,;]{0,50}?\b(?:stockpiles?|stocks?|inventor(?:y|ies)|residues?|tailings)\s+by\b", RegexOptions.Compiled);

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

    /// <summary>"by June 2027", "by the end of March 2028": a deadline month (measure37; dev14 R39's "a plan by June 2027 to reduce the stored residue by 300,000 tonnes").</summary>
    private static readonly Regex ByMonthYearRegex = new(@"\b(?i:by)\s+(?:(?i:the\s+end\s+of)\s+)?(?:" + MonthNames + @")\s+(?:19|20)\d{2}\b", RegexOptions.Compiled);

    /// <summary>"demand", "consumption", "requirements": a market's use of a material.</summary>
    private static readonly Regex DemandWordRegex = new(@"(?i)\b(?:demand|consumption|requirements?)\b", RegexOptions.Compiled);

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

    /// <summary>"mining quota", "smelting and separation quota", "smelting-separation quotas", "separation quota": a kind of
    /// China's production quotas, which are set in tonnes of REO.</summary>
    private static readonly Regex ChineseQuotaKindRegex = new(@"(?i)\b(?:mining|smelting|separation|smelting[- ]and[- ]separation|smelting[- ]separation)\s+(?:quotas?|allowances?)\b", RegexOptions.Compiled);

    /// <summary>Right after a figure, the quota it is a share of: " of the mining quota", " of mining quota", " of this year's quota", " of the
    /// mining indicators" (a translated MIIT notice's "total quantity control indicators", dev11 M05; product36).</summary>
    private static readonly Regex QuotaShareAfterRegex = new(@"(?i)^\s+of\s+(?:the\s+|this\s+|its\s+|that\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:quotas?|indicators)\b", RegexOptions.Compiled);

    /// <summary>A basis stated later in the figure's sentence: ", both in rare earth oxide terms", "on a TREO basis", "in REO equivalent".</summary>
    private static readonly Regex BasisTermsAfterRegex = new(
        @"\G[^.;]*?\b(?:(?:in|on\s+an?)\s+(?:(?<total>total\s+rare[\s-]earth\s+oxides?|TREO)|rare[\s-]earth\s+oxides?|REO|oxide)\s+(?:terms|basis|equivalent)\b"
        // "rare earth mining 135,000 tonnes and smelting and separation 127,000 tonnes, calculated as rare earth oxide (REO)": a
        // translated Chinese notice's basis (dev11 M05; period35).
        + @"|(?:calculated|expressed|measured|counted|reckoned|converted)\s+(?:as|in|into)\s+(?:(?<total>total\s+rare[\s-]earth\s+oxides?|TREO)|rare[\s-]earth\s+oxides?|REO)\b(?!\s+(?:content|grade)))",
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

        if (measure == Measures.Other && StockCutByRegex.IsMatch(segment) && (ByYearRegex.IsMatch(segment) || ByMonthYearRegex.IsMatch(segment)))
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
            // "In its Accelerated scenario, demand climbs to 205,000 t by 2040": a market's demand in the target year (dev6 G27; period35).
            Measures.Other when ByYearRegex.IsMatch(segment) && DemandWordRegex.IsMatch(sentence) => Periods.Year,
            Measures.Production when words.Exists(w => TonnageLexicon.PresentTense.Contains(w.Text)) => Periods.PerYearImplied,
            Measures.Production or Measures.Export or Measures.Import or Measures.Sales
                when TonnageLexicon.InPastTense(Tokenizer.Tokenize(sentence)) => Periods.Year,
            // "The company consumed 9,350 tonnes of rare earth raw materials": feed used up, a completed amount like "produced".
            Measures.Other when PastUseBeforeRegex.IsMatch(segment) => Periods.Year,
            _ => Periods.Unknown,
        };
    }
}
