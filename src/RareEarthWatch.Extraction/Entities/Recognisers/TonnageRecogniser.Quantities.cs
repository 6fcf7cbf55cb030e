using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// Finding quantities in a sentence: numbers, number words, units, ranges, floors and ceilings, conversions, and money that is not a mass.
public sealed partial class TonnageRecogniser
{
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

    /// <summary>What may stand between two coordinated materials: "and", "or", a comma, ", and", "/", "-", "&amp;".</summary>
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

            if (m.Groups["unit"].Value == "T" && !CapitalsLineRegex.IsMatch(text.AsSpan(WireAgencies.DatelinePrefixLength(text))))
            {
                continue; // "2,214 T" is tonnes only in a wire flash written in capitals ("LYNAS SAYS Q1 NDPR OUTPUT 2,214 T")
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
            else if (qualifier == "none" && !qualifierMatch.Success && CeilingBeforeFurtherRegex.IsMatch(prefix))
            {
                qualifier = "up_to"; // "an option to take up to a further 400 tpa": the ceiling word stands before "a further" (dev15 S03)
            }
            else if (qualifier == "about" && CeilingBeforeHedgeRegex.IsMatch(prefix))
            {
                qualifier = "up_to"; // "planned at up to about 65 tonnes a year": the ceiling wins over the hedge on it (dev11 M19)
            }
            else if (qualifier == "up_to" && RampedUpToRegex.IsMatch(prefix))
            {
                // "is scaling up to 1,000 tons of magnets a year", "has ramped up to 150 tonnes a month": "up" belongs to the
                // verb, "to" names the level reached; no ceiling.
                qualifier = "none";
            }
            else if (qualifier == "more_than" && (HandedOverRegex.IsMatch(prefix) || OptionOverRegex.IsMatch(prefix)))
            {
                // "will hand over about 2,000 tonnes of tailings to IREL", "handed over 300 tonnes": "over" belongs to the verb;
                // "holds an option over 500 tonnes a year", "first refusal over 1,200 t": to the right it names (measure35).
                qualifier = HandedOverHedgeRegex.Match(prefix) is { Success: true } hedge ? TonnageLexicon.Qualifiers[hedge.Groups["q"].Value] : "none";
            }
            else if (qualifier is "none" or "more_than" && RequiredCeilingBeforeRegex.IsMatch(text.AsSpan(0, m.Index)))
            {
                qualifier = "up_to"; // "residue at the site must not exceed 1.2 million tonnes": a condition's ceiling (dev14 R39; measure37)
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
            else if (v2 is null && qualifier == "none" && OrLessAfterRegex.Match(text, end) is { Success: true } orLess)
            {
                // "Exports of 5 kilograms or less per contract are exempt", "lots of 20 tonnes or more": a bound written after the
                // figure (dev11 M06; measure35); not "or more than half of output", a restatement.
                qualifier = orLess.Groups["dir"].Value.ToLowerInvariant() is "less" or "fewer" or "below" or "under" or "lower" ? "up_to" : "at_least";
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

    /// <summary>"up to a further ", "as much as an additional ", "a maximum of another ": a ceiling over an added amount (dev15 S03).</summary>
    private static readonly Regex CeilingBeforeFurtherRegex = new(
        @"(?i)\b(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of|no\s+more\s+than)\s+(?:a\s+further|an\s+additional|another|an\s+extra)\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"up to about ", "as much as roughly ": a ceiling hedged; not "ramped up to around" (the verb's "up").</summary>
    private static readonly Regex CeilingBeforeHedgeRegex = new(
        @"(?i)(?<!\b(?:scal|ramp)(?:e|es|ed|ing|s|ped|ping)?\s+)\b(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of)\s+(?:about|around|roughly|approximately|some|an\s+estimated)\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

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

    /// <summary>A line in capitals, as a wire flash is written: no small letter except in a unit ("kg", "t/yr").</summary>
    private static readonly Regex CapitalsLineRegex = new(@"^(?=(?:[^\p{L}]*\p{Lu}){12})(?:[^\p{Ll}]|(?<=\d\s?)(?:kg|t/yr|tpa)\b)*$", RegexOptions.Compiled);

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

    /// <summary>"an option over ", "first refusal over ", "rights over about ": a right to material, whose "over" is no bound (measure35).</summary>
    private static readonly Regex OptionOverRegex = new(
        @"\b(?:options?|refusal|rights?)\s+over\s+" + OptionalHedgeAfterOver + "$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>" or less", " or fewer", " or more", " or above" right after a figure (not "or more than ...").</summary>
    private static readonly Regex OrLessAfterRegex = new(
        @"\G\s+or\s+(?<dir>less|fewer|below|under|lower|more|above|over|greater|higher)\b(?!\s+than\b)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
}
