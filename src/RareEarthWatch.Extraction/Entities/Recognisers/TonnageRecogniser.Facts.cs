using System.Globalization;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// Building one fact from a quantity: qualifiers, basis, shipments and windows, and the sentence segments a period is read from.
public sealed partial class TonnageRecogniser
{
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
        else if (quantity.CellPeriod is { } cellPeriod)
        {
            explicitPeriod = cellPeriod; // a copied table's column of a quarter, half or month ("Sep Qtr 2026")
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

        if (explicitPeriod is null && YearHeadedListRegex.Match(sentence.Text) is { Success: true } yearHead && yearHead.Length <= quantity.Start
            && sentence.Text.AsSpan(yearHead.Length, quantity.Start - yearHead.Length).IndexOfAny(".:") < 0)
        {
            // "World Mine Production and Reserves (2025e): China, mine production 270,000, reserves 44,000,000; Australia, mine
            // production 17,000": a heading's year in brackets before a colon covers every member of the list it opens (dev15 S22).
            explicitPeriod = Periods.Year;
        }

        // "made 12 t of dysprosium oxide and 3 t of terbium oxide in the third quarter": the window closing a list of amounts
        // covers every member, not only the last.
        var listWindow = explicitPeriod is null ? ClosingListWindow(sentence.Text, quantities, q) : null;
        explicitPeriod ??= listWindow?.Period;

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
        if (measure == Measures.Stockpile && SellWholeStockBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart))
            && StockpileNounAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))
        {
            // "has agreed to sell its remaining 1,240 tonne stockpile of bastnaesite concentrate": a whole stockpile sold is one
            // sale, not a stock held (dev15 S13).
            measure = Measures.Sales;
            sizesShipment = true;
        }
        if (measure == Measures.Sales && !sizesShipment && DispatchedBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart))
            && DispatchedToNamedRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End)))
        {
            // "The Kalgoorlie facility dispatched 5,140t of MREC to Malaysia", "... to Lynas Malaysia": material a plant
            // dispatches to a named place or unit is moved on for processing, a shipment; "dispatched 3.2 lakh tonnes of beach
            // sand minerals" (to customers, or nobody named) stays a sale (dev15 S01, S17).
            measure = Measures.Shipment;
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
                    && !Enumerable.Range(0, words.Count).Any(w => HeldAmount(words, w, names))
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
                    && !(measure == Measures.Resource && EstimatedInDepositAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))
                    // "We are sitting on an estimated 16.1 million tonnes": what one sits on is the sentence's own measure (measure36).
                    && MeasureShapes.SittingOn(words, figureFirstWord, figureAfterWord) is null;
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

        // "The agreement provides for the sale of 9,000 tonnes of MREC in total over its term": the sale a supply agreement provides
        // for is its offtake too (measure36).
        if (measure is Measures.Other or Measures.Production or Measures.Sales && DealProvidesForRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
        {
            // "purchased principally from the Serra Verde mine ..., under an agreement providing for up to 6,000 tonnes over three
            // years": the amount a supply agreement provides for is the offtake (dev9 K39; measure33).
            measure = Measures.Offtake;
        }

        if (measure is Measures.Offtake or Measures.Production or Measures.Other && material?.Foreign != true
            && BuildRateBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart))
            && (quantity.UnitPeriod is Periods.PerYear || RateAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, Math.Min(24, segmentEnd - quantity.End)))))
        {
            // "The scheme aims to build 6,000 tpa of integrated magnet manufacturing", "each bidder can build up to 1,200 tonnes a year
            // of sintered magnet capacity": a yearly rate one builds is a plant's size (dev14 R09; measure37).
            measure = Measures.Capacity;
            sizesShipment = false;
        }

        if (measure == Measures.Other && material?.Foreign != true && quantity.UnitPeriod is null
            && EndowmentBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
        {
            // "Our estimated 16.1 million tonnes of non-radioactive rare earth elements must benefit the rakyat": a country's or
            // company's estimated endowment is a resource, as "sitting on an estimated ..." is (dev14 R08; measure37).
            measure = Measures.Resource;
            sizesShipment = false;
        }

        if (measure is Measures.Export or Measures.Import && TradeCapBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
        {
            // "Laos has set an export cap of 15,000 tonnes of concentrate for 2027": a government's cap on trade is a quota, not
            // what was shipped (dev9 convention (8); measure33).
            measure = Measures.Quota;
        }

        if (measure is Measures.Export or Measures.Import or Measures.Offtake or Measures.Shipment or Measures.Sales or Measures.Production
            && material?.Foreign != true && LicenceCoversBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
        {
            // "China approved export licences covering about 2,300 tons of magnets", "has issued permits for the export of 18,500
            // tons", "Its state licence caps output at 1,000 tonnes a year": what a licence or permit covers is a permission, a
            // quota, not what was shipped or made (conventions (1) of dev4; dev6 G03, dev12 P21, dev13 Q16, dev14 R11/R22/R35/R37).
            measure = Measures.Quota;
            sizesShipment = false;
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

        if (measure == Measures.Production && FullCapacityRegex.IsMatch(segment)
            // "Carester expects to produce around 800 tonnes ... a year at full capacity", "The plant is expected to yield roughly
            // 1,500 tonnes ... annually at full rate": output expected at full rate is a forecast of output, not the plant's size
            // (dev4 conventions (2); dev3 D05, dev4 E39, dev13 Q35; measure37).
            && !ExpectedOutputBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart)))
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
        if (!sizesShipment && q == 0 && quantity.UnitPeriod is null
            && measure is Measures.Export or Measures.Import or Measures.Shipment or Measures.Production or Measures.Sales
            && previousFact is { Measure: Measures.Export or Measures.Import or Measures.Shipment or Measures.Production or Measures.Sales, Period: Periods.Cumulative }
            && ((explicitPeriod is null && AccountsForBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
                // "In the first ten months, exports totalled 8,960 tonnes. South Korea remained the largest buyer with 4,410 tonnes": the
                // share of one partner in a running total is summed over the same span, not the story's month (dev11 M23; measure36).
                || (ownPeriod is null && ExplicitPeriod(quantity, periodSegment) is null
                    && LargestPartnerWithBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))))
        {
            // "Imports totalled 1,840 tonnes in January-October. Shipments from China accounted for 1,290 tonnes": a part of a
            // running total is summed over the same span, not the year a past tense would give it (period33).
            explicitPeriod = Periods.Cumulative;
        }
        if (measure == Measures.Sales && sizesShipment && TradedVolumeWindow(sentence, quantities, q) is { } tradeWindow)
        {
            // "Around 2 tonnes of dysprosium oxide were reported traded in Rotterdam over the week", "2,860 tonnes traded in October
            // alone", "compared with 1,820 tonnes in the whole of October": a market's traded volume over a week or a month is
            // summed over it, not one trade (dev15 S34, S35; dev12 P20, P40; dev11 M04; dev4 E11). One day's volume stays one lot.
            sizesShipment = false;
            explicitPeriod = tradeWindow;
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
        if (measure == Measures.Capacity && period == Periods.PerYear && quantity.UnitPeriod is null && q > 0
            && previousInSentence is { Period: Periods.PerYear }
            && ExpandedToBeforeRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.NumberStart - quantities[q - 1].End))
            && ownClause is { } expandedClause && !PerYearRegex.IsMatch(expandedClause.Tail) && !RateAfterRegex.IsMatch(expandedClause.Tail))
        {
            // "capacity of 2,000 tons of oxides a year and plans to double that to 4,000 tons by 2029", "2,000 tonnes a year ...,
            // which Neo plans to expand to 5,000 tons by 2030", "in Phase 1, expanding to 5,000 tonnes": the rate written once
            // belongs to the first size; the size an expansion takes it to repeats no rate, per_year_implied (dev4 conventions (3);
            // dev9 K39, dev12 P38, dev14 R01, R26; measure37).
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
                 && (ComparedWithRegex.IsMatch(sentence.Text[quantities[q - 1].End..quantity.Start]) || Coordinated(sentence, quantities[q - 1], quantity)
                     // "has purchased 1,240 tonnes ... so far this year through October, including 36 tonnes of dysprosium and terbium
                     // oxides": a part of a purchase is bought in the same window (dev15 S28).
                     || IncludingBetweenRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.NumberStart - quantities[q - 1].End))))
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

        if (measure == Measures.Sales
                 && ((explicitPeriod is null && period == Periods.Year)
                     // "... aims to reach 10 tonnes a month by March. [next item] Vital Metals sold the remaining 1,200 dmt of
                     // concentrate to an unnamed buyer for C$3.1 million": a window carried from another sentence is not this
                     // deal's when its own sentence names none (dev10 L12; period35).
                     || (ownPeriod is null && quantity.UnitPeriod is null && ExplicitPeriod(quantity, periodSegment) is null
                         && period is Periods.Month or Periods.PerQuarter or Periods.HalfYear or Periods.Year))
                 && SoldToOneBuyerRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End))
                 && (words.Exists(w => w.End <= quantity.NumberStart && w.Text.Equals("sold", StringComparison.OrdinalIgnoreCase))
                     // "Dysprosium oxide was unchanged after 5 tonnes were sold to a Japanese trader": the passive sale too (period35).
                     || PassiveSoldAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End))))
        {
            // "One trader sold 500 kg of terbium oxide to a magnet maker": a past sale to one buyer, with no window, is one
            // trade, not a year's sales.
            period = Periods.OneOff;
        }

        if (measure is Measures.Sales or Measures.Offtake or Measures.Shipment or Measures.Other && quantity.UnitPeriod is null
            && ownPeriod is null
            && (period is Periods.Year or Periods.Unknown or Periods.PerYearImplied
                // "... traded in Rotterdam over the week. A single 500kg lot of terbium metal was sold": the week of the sentence
                // before is not this lot's (dev12 P20).
                || (period is Periods.Cumulative or Periods.Month && ExplicitPeriod(quantity, periodSegment) is null))
            && (SingleDealBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
                // "A single 500kg lot of terbium metal was sold to a German magnet producer" (dev12 P20).
                || (SingleBeforeFigureRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)) && LotAfterFigureRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))))
        {
            // "One deal for 50 mt of Pr-Nd oxide was concluded at 565,000 yuan/mt in Baotou", "a single spot trade of 2 tonnes":
            // one deal is one lot, not a year's sales (dev10 L21, dev6 (4); period35).
            period = Periods.OneOff;
        }

        if (measure is not (Measures.Capacity or Measures.Resource or Measures.Reserve or Measures.Stockpile or Measures.Intensity or Measures.Quota)
            && quantity.UnitPeriod is null && period is Periods.Year or Periods.Unknown or Periods.PerYearImplied or Periods.Month
            && MonthToDayRegex.IsMatch(periodSegment))
        {
            // "Pr-Nd oxide volumes in the month to 17 November reached 1,240t": a month not yet over is a running total, month-to-date
            // (dev12 P04; dev9 K14's "month-to-date"; measure36).
            period = explicitPeriod = Periods.Cumulative;
        }

        if (measure is Measures.Sales or Measures.Offtake or Measures.Shipment or Measures.Export or Measures.Import or Measures.Other
            && quantity.UnitPeriod is null && period is Periods.Year or Periods.Unknown or Periods.PerYearImplied or Periods.Month
            && (OneLotAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End))
                || DealOfBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))))
        {
            // "sold 80 tonnes of neodymium oxide to a Japanese buyer in a one-time deal last month", "shipped 120 tonnes of NdPr oxide
            // in a single consignment in October", "A trade of 20 tonnes was heard at 568,000 yuan/t": one lot, whatever month it went
            // in (dev11 M12; measure36). One run ("during its 2023 trial mining campaign") is read by OneRunRegex below.
            period = Periods.OneOff;
        }

        if (measure is Measures.Sales or Measures.Shipment or Measures.Export or Measures.Import or Measures.Production or Measures.Other
            // "Trading on the exchange totalled 340t of NdPr oxide in the week to 21 November": the week up to a day names no rate
            // of its own either (its own clause reads unknown), and a total over it is summed too (dev14 R10; measure37).
            && quantity.UnitPeriod is null && ownPeriod is null or Periods.Unknown && period is Periods.Year or Periods.Unknown or Periods.PerYearImplied or Periods.Month
            && ExplicitPeriod(quantity, periodSegment) is null && WeekWindowRegex.IsMatch(sentence.Text) && WeekTotalBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "Total spot volume for oxide in the week was estimated at 310 tonnes", "Spot transactions totalled about 150 tonnes this
            // week": a total over a week has no weekly period; it is summed over the days (dev11 M12 and its decision 4; measure36).
            period = explicitPeriod = Periods.Cumulative;
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

        if (period is Periods.Unknown or Periods.PerYearImplied && quantity.UnitPeriod is null
            && measure is Measures.Offtake or Measures.Sales or Measures.Other
            && AdjectivalFigureRegex.IsMatch(sentence.Text.AsSpan(quantity.NumberStart, quantity.End - quantity.NumberStart))
            && ContractAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))
        {
            // "the first of twelve parcels under the 3,000-tonne offtake", "a 12,000-ton supply contract": a figure that sizes a
            // contract with no rate is what the whole contract covers (dev10 L38; period35).
            period = Periods.Cumulative;
        }

        if (quantity.UnitPeriod is null && LotSizeBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            // "bidders must offer lots of at least 500 kg", "Typical lots in Europe were 100-500 kg": the size of each lot a tender
            // or a market deals in is per lot, never a volume (dev10 L14 and its decision 4: other, per_unit; period35).
            measure = measure is Measures.Shipment or Measures.Sales or Measures.Offtake or Measures.Stockpile or Measures.Export or Measures.Import
                ? Measures.Other
                : measure;
            period = Periods.PerUnit;
        }

        // "Of that, about 30 tonnes will be dysprosium oxide and 10 tonnes terbium oxide": the next member of the split is a part too.
        var splitWhole = q == 0 ? previousFact
            : SplitMemberBetweenRegex.IsMatch(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End)) && PartsOpenerRegex.IsMatch(sentence.Text.AsSpan(0, quantities[0].NumberStart))
                ? previousInSentence
                : null;
        if (material?.Foreign != true && quantity.UnitPeriod is null && ownPeriod is null
            && splitWhole is { Period: not (Periods.None or Periods.Unknown) } whole && (q > 0 || previousInSentence is null)
            && whole.Measure is not (Measures.Resource or Measures.Reserve or Measures.Stockpile or Measures.Intensity)
            && (measure == whole.Measure || measure == Measures.Other)
            && PartsOpenerRegex.IsMatch(sentence.Text.AsSpan(0, quantities[0].NumberStart)))
        {
            // "The volume is planned at up to about 65 tonnes a year ... Of the total, about 50 tonnes is expected to be dysprosium
            // oxide", "Of that, about 30 tonnes will be dysprosium oxide": a sentence that opens on the figure before splits it; each
            // part has the whole's measure and window (dev11 M19; measure36).
            measure = whole.Measure ?? measure;
            period = whole.Period;
        }

        if (material?.Foreign != true && period == Periods.PerYear && measure != Measures.Capacity
            && MeasureShapes.ReachesInPhase(words, figureFirstWord, figureAfterWord))
        {
            // "shipped 640 tonnes of magnets in the first nine months ..., and is scheduled to reach 5,000 tonnes a year in a second
            // phase": the yearly size a plant reaches in a phase is a capacity (dev12 P10, P19; measure36).
            measure = Measures.Capacity;
            sizesShipment = false;
        }

        if (material?.Foreign != true && quantity.UnitPeriod is null && MeasureShapes.ChangeSize(words, figureFirstWord))
        {
            // "China imported 4,420t in October, against 3,960t in September. October arrivals were up by 460t on the month", "allocated
            // 18,400 tonnes of the 2026 quota, up 1,200 tonnes from last year": the size of a change is no amount made or traded
            // but `other`, in the window of the figure it changes (dev11 M02 and its decision 2; measure36).
            measure = Measures.Other;
            sizesShipment = false;
            if ((previousInSentence ?? previousFact) is { Period: { } changedWindow } && WindowPeriods.Contains(changedWindow)
                && changedWindow is not (Periods.PerYear or Periods.Cumulative))
            {
                period = changedWindow;
            }
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
        // "JOGMEC has invited bids to supply up to 30 tonnes of dysprosium oxide for the national stockpile": what others are asked
        // to supply for a state body's stockpile goes into it (dev10 L14; measure35).
        var forStockpile = ForStockpileAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End));
        if (measure is Measures.Offtake or Measures.Other or Measures.Capacity or Measures.Production && material?.Foreign != true && subjectKind == SubjectKinds.Organisation && subjectId is not null
            && options.StateBodyKinds.Contains(index.Organisations[subjectId].Kind)
            && (measure is Measures.Offtake or Measures.Other || stockpileAcquisition)
            // "feed bought from the Saskatchewan Research Council, which has agreed to deliver 400 tonnes": a verb of supplying
            // after the purchase makes the state body the seller, not a buyer for its stockpile (§55).
            && (forStockpile || !(words.FindLastIndex(w => w.End <= quantity.NumberStart && w.Text.ToLowerInvariant() is "bought" or "purchased" or "acquired" or "purchase"
                     or "buy" or "buying" or "purchasing" or "deliver" or "delivers" or "supply" or "supplies" or "sell" or "sells")
                 is var lastVerb and >= 0 && words[lastVerb].Text.ToLowerInvariant() is "deliver" or "delivers" or "supply" or "supplies" or "sell" or "sells"))
            && (stockpileAcquisition || forStockpile || words.Exists(w => w.End <= quantity.NumberStart && w.Text is "bought" or "purchased" or "acquired")
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
            && (StockpileBuyingBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
                // "The Australian government will buy up to 1,500 tonnes a year of NdPr oxide from Arafura's Nolans project under the
                // Critical Minerals Strategic Reserve": the reserve named after the figure (dev13 Q06; measure37).
                || (BuyingBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart))
                    && UnderReserveAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, segmentEnd - quantity.End)))))
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

        if (measure is Measures.Sales or Measures.Stockpile
            // "sold all 1,200t offered at its monthly tender": how often the tenders are held is no window of this one (dev13 Q09; measure37).
            && (period is Periods.Year or Periods.Unknown
                || (period is Periods.Month or Periods.PerYear or Periods.PerQuarter && quantity.UnitPeriod is null && PeriodicEventRegex.IsMatch(sentence.Text)
                    && !ExplicitWindowIn(PeriodicEventRegex.Replace(sentence.Text, " "))))
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

        if (measure is Measures.Shipment or Measures.Sales or Measures.Offtake or Measures.Export && quantity.UnitPeriod is null
            // "will release 45 tons from the national stockpile" and "will hand over 2,000 tonnes" size one lot only when no deadline
            // follows; "its first 400 tonnes" or "a 1,000-tonne shipment" stay one lot.
            && (!sizesShipment || MeasureShapes.ReleasedFromStock(words, words.FindIndex(w => w.Start >= quantity.NumberStart))
                || MeasureShapes.HandedOver(words, words.FindIndex(w => w.Start >= quantity.NumberStart)))
            && period is Periods.Month or Periods.Year or Periods.OneOff or Periods.Unknown
            && DeadlineAfterRegex.Match(sentence.Text, quantity.End, segmentEnd - quantity.End) is { Success: true } deadline
            && (FutureBeforeRegex.IsMatch(sentence.Text.AsSpan(segmentStart, quantity.NumberStart - segmentStart))
                || DueToBeAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, deadline.Index - quantity.End)))
            && ExplicitPeriod(quantity, periodSegment.Replace(deadline.Value, " ", StringComparison.Ordinal)) is null)
        {
            // "A further 12,000 wmt is due to be shipped before the end of June 2027 under the offtake", "will release 45 tons ... to
            // domestic magnet makers by the end of December": an amount to be delivered by a deadline is a tranche summed up to
            // it, not the deadline's month or one lot (dev10 L13, L16 and decision 8; §76 for "a further N by 2027"; period35).
            period = Periods.Cumulative;
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
        else if (periodDetail is null && listWindow is { } closing && closing.Period == period)
        {
            var last = sentence.Text[quantities[closing.Last].Start..quantities[closing.Last].End];
            periodDetail = PeriodDetails.Find(closing.Segment, closing.Segment.LastIndexOf(last, StringComparison.Ordinal), last.Length, period);
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
        if (product is null && material?.Foreign != true && measure == Measures.Reserve && quantity.CellMeasure is null
            && (subjectKind == SubjectKinds.Country || NationalReservesRegex.IsMatch(sentence.Text))
            && index.Products.TryGetValue(GenericRareEarths, out var nationalReserves))
        {
            // "The government estimates national reserves at 22 million tons", "put the country's reserves at 3.5 million tons": a
            // country's reserves with no material named are of rare earths as a whole (dev, dev4/dev4b, dev7/dev7b, dev12, dev13 gold;
            // dev13 Q28, dev4 E21; measure37).
            product = nationalReserves;
            basis = nationalReserves.Form == "group term" ? options.ReserveGroupTermBasis : nationalReserves.Basis ?? options.UnspecifiedBasis;
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

    /// <summary>"national reserves", "the country's reserves": a country's reserves ("Vietnam's reserves" has the country as subject;
    /// a capitalised possessive alone may be a company's: "Lynas's reserves").</summary>
    private static readonly Regex NationalReservesRegex = new(
        @"\b(?i:national|country['’]s|nation['’]s)\s+reserves\b", RegexOptions.Compiled);

    /// <summary>"..., including " (perhaps a hedge) right before a figure, with no clause between it and the figure before.</summary>
    private static readonly Regex IncludingBetweenRegex = new(@"^[^;.]{0,80},\s*including\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$", RegexOptions.Compiled);

    /// <summary>"to sell its remaining ", "sold the entire ": a verb of selling at most four words before the figure.</summary>
    private static readonly Regex SellWholeStockBeforeRegex = new(@"(?i)\b(?:sell|sells|sold|selling|divest|divested)\s+(?:[\p{L}'’]+\s+){0,3}$", RegexOptions.Compiled);

    /// <summary>"[1,240 tonne] stockpile of", "-tonne stock of": the figure sizes a stockpile.</summary>
    private static readonly Regex StockpileNounAfterRegex = new(@"^\s*(?:-\s*)?(?:(?:tonnes?|tons?|t)\s+)?(?:stockpile|stock|inventory)\b", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"dispatched a record " right before a figure (dev15 S01).</summary>
    private static readonly Regex DispatchedBeforeRegex = new(@"(?i)\b(?:dispatched|despatched)\s+(?:(?:a|an|the|some|about|around|approximately|record|further|total\s+of)\s+){0,3}$", RegexOptions.Compiled);

    /// <summary>"of MREC to Malaysia", "to Lynas Malaysia during the year": a capitalised place or unit after "to" in the figure's clause.</summary>
    private static readonly Regex DispatchedToNamedRegex = new(@"^[^,;]{0,80}?\bto\s+(?:the\s+)?(?!(?:" + MonthNames + @")\b)\p{Lu}\p{Ll}", RegexOptions.Compiled);

    /// <summary>After a figure, a deadline: " by the end of December", " before the end of June 2027", " by end-March", " no later than March 2027".</summary>
    private static readonly Regex DeadlineAfterRegex = new(
        @"(?i)\b(?:by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|end[\s-])?(?:" + MonthNames + @")\.?(?:\s+\d{1,2}(?!\d))?,?(?:\s+(?:19|20)\d{2})?\b",
        RegexOptions.Compiled);

    /// <summary>A future act before the figure in its clause: "will release ", "is to deliver ", "are due to ship ", "agreed to supply ".</summary>
    private static readonly Regex FutureBeforeRegex = new(
        @"(?i)\b(?:will|shall|must|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|plans?\s+to|aims?\s+to|agreed\s+to|is\s+set\s+to|are\s+set\s+to|expects?\s+to)\b[^,;.]*$",
        RegexOptions.Compiled);

    /// <summary>" is due to be shipped", " are to be delivered", " will be released": a future passive act after the figure.</summary>
    private static readonly Regex DueToBeAfterRegex = new(
        @"(?i)^[^,;.]*?\b(?:is|are|was|were)\s+(?:due|scheduled|set|expected)\s+to\s+be\b|^[^,;.]*?\b(?:will|must|shall)\s+be\s+(?:shipped|delivered|released|supplied|sold|exported)\b",
        RegexOptions.Compiled);

    /// <summary>"lots of at least ", "Typical lots in Europe were ", "a minimum lot size of ": the size of each lot before a figure
    /// (plural "lots" or "lot size"; a single "lot of 500 kg" is one lot).</summary>
    private static readonly Regex LotSizeBeforeRegex = new(
        @"(?i)\b(?:lots|(?:minimum|maximum|typical|standard|average)\s+lots?|lot\s+sizes?)\s+(?:(?:in|on|for)\s+(?:the\s+)?[\p{L}-]+\s+)?(?:sizes?\s+)?(?:of|were|are|must\s+be|should\s+be|will\s+be|is|was|ranged?\s+from|run)\s+(?:(?:at\s+least|about|around|some|roughly|typically|usually|between|up\s+to|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than|from|just)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>" were sold to", " had been sold": a passive sale after the figure.</summary>
    private static readonly Regex PassiveSoldAfterRegex = new(@"(?i)^[^,;.]*?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+sold\b", RegexOptions.Compiled);

    /// <summary>" ... in a one-time deal", " in a single consignment", " as a one-off sale": one lot named after the figure.</summary>
    private static readonly Regex OneLotAfterRegex = new(
        @"(?i)^[^;.]{0,80}?\b(?:in|as|under|via)\s+(?:a|one)\s+(?:single|one[-\s]time|one[-\s]off|lone)\s+(?:spot\s+)?(?:deal|sale|transaction|trade|consignment|shipment|cargo|delivery|lot|batch|purchase|order)\b",
        RegexOptions.Compiled);

    /// <summary>"A trade of ", "a one-off sale of about ", "a single consignment of ": one lot named right before the figure.</summary>
    private static readonly Regex DealOfBeforeRegex = new(
        @"(?i)(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:a|an)\s+(?:trade|transaction|parcel)\s+of\s+(?:(?:about|around|some|roughly|nearly)\s+)?$"
        + @"|\b(?:one[-\s]time|one[-\s]off|single)\s+(?:spot\s+)?(?:deal|sale|transaction|trade|consignment|shipment|cargo|delivery|purchase)\s+(?:of|for)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"remained the largest buyer with ", "the second-largest supplier, with about ": one partner's share of a total.</summary>
    private static readonly Regex LargestPartnerWithBeforeRegex = new(
        @"(?i)\b(?:largest|biggest|main|top|leading|second[-\s]largest|third[-\s]largest|next\s+largest)\s+(?:single\s+)?(?:buyer|buyers|destination|market|supplier|source|customer|importer|exporter|origin|recipient)\s*,?\s+with\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|just\s+over|over|more\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"Of the total, about ", "Of that, ", "Of this amount, some ": a sentence opening on the figure before, right up to its figure.</summary>
    private static readonly Regex PartsOpenerRegex = new(
        @"(?i)^\W*of\s+(?:that|this|these|those|the\s+(?:total|amount|volume|figure)|this\s+(?:total|amount|volume))\s*,?\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>" will be dysprosium oxide and ", " is expected to be Dy oxide, and about ": the next member of a split (measure36).</summary>
    private static readonly Regex SplitMemberBetweenRegex = new(
        @"(?i)^[^,;.\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|around|some|roughly|approximately|nearly)\s+)?$", RegexOptions.Compiled);

    /// <summary>"in the month to 17 November", "in the month to date": a month up to a day, not over ("in the week to November 19" stays unknown, §58).</summary>
    private static readonly Regex MonthToDayRegex = new(
        @"(?i)\b(?:in|during|over|for)\s+the\s+month\s+to\s+(?:\d{1,2}\s+(?:" + MonthNames + @")\b|(?:" + MonthNames + @")\.?\s+\d{1,2}\b|date\b)",
        RegexOptions.Compiled);

    /// <summary>"in the week", "this week", "over the past week", "week to date", "in the week to Friday": a week the sentence reports on;
    /// not "on the week" (a change against the week before) nor "a week" (a rate).</summary>
    private static readonly Regex WeekWindowRegex = new(
        @"(?i)\b(?:in|during|over|for|across)\s+the\s+(?:past\s+|latest\s+|last\s+)?week\b(?!\s+(?:before|earlier|ago|after))|(?<!\b(?:said|says|announced|reported|showed|told|added|stated)\s)\b(?:this|last|past)\s+week\b(?!['’]s)|\bweek[-\s]to[-\s]date\b|\bweek\s+(?:ended|ending|to)\s",
        RegexOptions.Compiled);

    /// <summary>"Total spot volume ... was estimated at ", "Spot transactions totalled about ", "volumes came to ": a total, not one deal.</summary>
    private static readonly Regex WeekTotalBeforeRegex = new(
        @"(?i)\b(?:total(?:led|ed|s|ling)?|volumes?|turnover|altogether|combined|aggregate|deals|trades|transactions|trading)\b[^;.]{0,80}$", RegexOptions.Compiled);

    /// <summary>"A single " right before a figure.</summary>
    private static readonly Regex SingleBeforeFigureRegex = new(@"(?i)\b(?:a|one)\s+single\s+$", RegexOptions.Compiled);

    /// <summary>" lot of", "-tonne parcel": one lot named right after the figure.</summary>
    private static readonly Regex LotAfterFigureRegex = new(@"^(?:\s*-?\s*(?:tonnes?|tons?|t|kg|mt))?\s*(?:spot\s+)?(?:lot|parcel|cargo|consignment|deal|trade)\b", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"One deal for ", "a single spot trade of ", "one transaction involving about ": one deal named right before its figure.</summary>
    private static readonly Regex SingleDealBeforeRegex = new(
        @"(?i)\b(?:one|a\s+single|one\s+single|a\s+spot|one\s+spot|a\s+single\s+spot)\s+(?:spot\s+)?(?:deal|trade|transaction|sale)\s+(?:for|of|involving|covering)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"3,000-tonne", "12,000-ton", "500-metric-ton": a figure written as an adjective.</summary>
    private static readonly Regex AdjectivalFigureRegex = new(@"^[\d.,]+\s*-\s*(?:metric[\s-]+)?(?:tonne|ton|t)$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>Right after an adjectival figure, a contract noun: " offtake", " supply contract", " offtake agreement".</summary>
    private static readonly Regex ContractAfterRegex = new(
        @"^[\s-]*(?:(?:offtake|supply|sales?|purchase|purchasing|delivery|long-term|multi-year|binding)\s+){0,2}(?:offtake|contract|agreement|deal)s?\b", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"in its first campaign", "in the first batch", "in a government-funded trial", "in a test run": one run of a plant or a test.</summary>
    private static readonly Regex OneRunRegex = new(
        @"(?i)\b(?:in|during)\s+(?:a|an|its|the|their|one)\s+(?:(?![\p{L}\d]+-(?:year|month|week|day)s?\b)[\p{L}\d-]+\s+){0,3}?(?:campaign|batch|trial|test\s+run|trial\s+run|pilot\s+run|production\s+run|shipment|cargo|consignment|parcel|transaction)\b(?!\s+(?:against|to|for|by|of\s+(?:19|20)\d{2})\b)",
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

    /// <summary>"its monthly tender", "a quarterly auction": how often the tenders or auctions are held.</summary>
    private static readonly Regex PeriodicEventRegex = new(@"(?i)\b(?:monthly|quarterly|annual|yearly|weekly)\s+(?:tender|auction)s?\b", RegexOptions.Compiled);

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
        @"(?i)\b(?:the\s+(?:[\p{L}-]+\s+){0,2}?quotas|(?:the\s+)?(?:national|country['’]s|total|overall|combined|aggregate)\s+(?:[\p{L}-]+\s+){0,2}?quota)\b|^\s*(?:[\p{L}\d-]+\s+){0,4}?quotas\s+(?:were|are|have|had|stood|totalled|totaled|came|rose|fell|remained)\b",
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

    /// <summary>"World Mine Production and Reserves (2025e): ", "Salient Statistics—United States (2026): ": a short heading with a
    /// year in brackets, then a colon, opening a list.</summary>
    private static readonly Regex YearHeadedListRegex = new(@"^[^:;.()]{3,80}\((?:19|20)\d{2}e?\):\s", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The window written after the last of a list of amounts the figure opens or sits in ("12 t of dysprosium oxide and 3 t of
    /// terbium oxide in the third quarter"): its period, the last member and the segment it was read from; null when the
    /// figure is last, a member is not list-joined, or a member before the last names a window of its own.
    /// </summary>
    private static (string Period, int Last, string Segment)? ClosingListWindow(string text, List<Quantity> quantities, int q)
    {
        var last = LastListMember(text, quantities, q, windowEndsList: true);
        if (last == q || quantities[q].UnitPeriod is not null)
        {
            return null;
        }

        var segment = PeriodSegment(text, quantities[last - 1].End, last + 1 < quantities.Count ? quantities[last + 1].Start : text.Length, quantities[last], last + 1 < quantities.Count);
        return ExplicitPeriod(quantities[last], segment) is { } period && WindowPeriods.Contains(period) && period != Periods.PerYear
            ? (period, last, segment)
            : null;
    }

    /// <summary>A market's trade: "traded", "changed hands".</summary>
    private static readonly Regex MarketTradeRegex = new(@"(?i)\b(?:traded|changed\s+hands)\b", RegexOptions.Compiled);

    /// <summary>A week or a whole month a traded volume is summed over: "over the week", "this week", "during October", "in the whole of October", "in October alone".</summary>
    private static readonly Regex TradeWindowRegex = new(
        @"(?i)\b(?<week>(?:over|during|in|for)\s+the\s+(?:past\s+|last\s+)?week|this\s+week|last\s+week)\b"
        + @"|(?<!\bdelivery\s)\b(?:in|during|over|for|across)\s+(?:the\s+(?:whole\s+|entire\s+)?(?:month\s+)?of\s+)?(?-i:" + MonthNames + @")\b",
        RegexOptions.Compiled);

    /// <summary>
    /// The window of a traded volume: cumulative for a week, month for a whole month, written after the figure in its own
    /// clause (or after the last figure of a list it opens). Null when the sentence trades nothing or names no such window.
    /// </summary>
    private static string? TradedVolumeWindow(Sentence sentence, IReadOnlyList<Quantity> quantities, int q)
    {
        if (!MarketTradeRegex.IsMatch(sentence.Text))
        {
            return null;
        }

        var last = LastListMember(sentence.Text, quantities, q, windowEndsList: false);
        var end = last + 1 < quantities.Count ? quantities[last + 1].Start : sentence.Text.Length;
        var tail = sentence.Text.AsSpan(quantities[last].End, end - quantities[last].End);
        var clause = tail.IndexOfAny(';', ':') is >= 0 and var stop ? tail[..stop] : tail;
        return TradeWindowRegex.Match(clause.ToString()) is { Success: true } window
            ? window.Groups["week"].Success ? Periods.Cumulative : Periods.Month
            : null;
    }

    /// <summary>
    /// The last figure of the list of amounts figure <paramref name="q"/> opens or sits in ("12 t of dysprosium oxide and 3 t of
    /// terbium oxide"); with <paramref name="windowEndsList"/>, a window written between two members ends the list there.
    /// </summary>
    private static int LastListMember(string text, IReadOnlyList<Quantity> quantities, int q, bool windowEndsList)
    {
        var last = q;
        while (last + 1 < quantities.Count && text[quantities[last].End..quantities[last + 1].Start] is var between
               && ListJoined(between) && !(windowEndsList && ExplicitWindowIn(between)))
        {
            last++;
        }

        return last;
    }

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

    /// <summary>"aims to build ", "can build up to ", "will set up about ": building a plant of the size that follows.</summary>
    private static readonly Regex BuildRateBeforeRegex = new(
        @"(?i)\b(?:build|builds|building|establish|establishes|establishing|set\s+up|sets\s+up|setting\s+up)\s+(?:(?:up\s+to|about|around|some|roughly|nearly|an\s+additional|another|a\s+further)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"Our estimated ", "the country's untapped ", "Malaysia's known ": an owner's estimated endowment, right before the figure.</summary>
    private static readonly Regex EndowmentBeforeRegex = new(
        @"\b(?:(?i:our|its|their|the\s+country['’]s|the\s+nation['’]s)|\p{Lu}\p{Ll}+['’]s)\s+(?i:estimated|known|untapped|vast|proven)\s+$",
        RegexOptions.Compiled);

    /// <summary>"will buy up to ", "plans to purchase about ": a verb of buying right before the figure.</summary>
    private static readonly Regex BuyingBeforeRegex = new(
        @"(?i)\b(?:buy|buys|buying|purchase|purchases|purchasing|acquire|acquires|acquiring)\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+much\s+as|another|a\s+further)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>" ... under the Critical Minerals Strategic Reserve", " for its strategic stockpile": a state reserve the figure is bought under or for.</summary>
    private static readonly Regex UnderReserveAfterRegex = new(
        @"^[^.;]{0,100}?\b(?:under|for|into)\s+(?:the|its|their|a|[A-Z][\p{L}.]+'s)\s+(?:[\p{L}-]+\s+){0,3}?(?i:strategic\s+(?:[\p{L}-]+\s+){0,2}?reserve|stockpile)s?\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>", for the national stockpile", " of terbium oxide for its strategic reserve": the stock the figure is bought for,
    /// later in its clause (measure35).</summary>
    private static readonly Regex ForStockpileAfterRegex = new(
        @"^(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\bfor\s+(?:the|its|their|a|[A-Z][\p{L}.]+'s)\s+(?:(?:national|strategic|state|government|defen[cs]e|emergency|country's)\s+)*"
        // "for the national rare metals stockpile" (dev14 R30; measure37): a named kind of stockpile.
        + @"(?:(?:rare|critical|minor|heavy|light|strategic|earths?|metals?|minerals?)\s+){0,3}(?:stockpiles?|reserves?)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
