using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// The measure a quantity is: production, capacity, trade, offtake, stockpile, intensity and the rest (docs/entities.md).
public sealed partial class TonnageRecogniser
{
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

        // "Energy Fuels to receive 7,000-8,000 tpa of monazite concentrate": what a party will receive is an offtake (measure35).
        if (MeasureShapes.WillReceive(words, firstWord, afterWord))
        {
            return (Measures.Offtake, false);
        }

        // "Serra Verde has agreed to send 1,200 tons a year to a separator in the US": a supply agreed to is an offtake (measure35).
        // Only a rate: "agreed to sell 600 tons ... in the first half of next year" stays one sale.
        if (MeasureShapes.AgreedToSupply(words, firstWord)
            && (quantity.UnitPeriod is not null || explicitPeriod is Periods.PerYear || MeasureShapes.RateAfter(words, afterWord)))
        {
            return (Measures.Offtake, false);
        }

        // "We are sitting on an estimated 16.1 million tonnes of non-radioactive rare earth elements": a resource; "sitting on 2,000 t
        // of unsold oxide": a stock (measure36).
        if (MeasureShapes.SittingOn(words, firstWord, afterWord) is { } satOn)
        {
            return (satOn, false);
        }

        // "A trade of 20 tonnes was heard at 568,000 yuan/t", "Total spot volume ... was estimated at 310 tonnes": sold (measure35).
        if (MeasureShapes.TradedVolume(words, firstWord))
        {
            return (Measures.Sales, false);
        }

        // "with mining of about 5 Mtpa of clay": what is mined is output (measure35).
        if (MeasureShapes.MiningOf(words, firstWord))
        {
            return (Measures.Production, false);
        }

        // "will hand over about 2,000 tonnes of tailings to IREL": material handed to another party is moved to it, one lot
        // unless a rate follows (measure34; dev9 K40).
        if (MeasureShapes.HandedOver(words, firstWord))
        {
            return (Measures.Shipment, quantity.UnitPeriod is null && !MeasureShapes.RateAfter(words, afterWord));
        }

        // "holds an option over 500 tonnes a year from Iluka's refinery": a right to buy is an offtake (measure35).
        if (MeasureShapes.OptionOver(words, firstWord))
        {
            return (Measures.Offtake, false);
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

        // "A further 12,000 wmt is due to be shipped before June under the company's offtake": a tranche of an offtake (measure35).
        if (best == Measures.Shipment && bestIndex >= 0 && MeasureShapes.TrancheUnderOfftake(words, bestIndex))
        {
            return (Measures.Offtake, false);
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
            && !(explicitPeriod == Periods.Cumulative && words.Exists(w => w.Text.Equals("date", StringComparison.OrdinalIgnoreCase)) && TradedToDateRegex.IsMatch(string.Join(' ', words.Select(w => w.Text))))
            // "Trading on the exchange was brisk, with 436t of NdPr oxide changing hands this week": a week's trading, summed over
            // its days, not one trade (dev11 decision 4; dev13 Q09; measure37).
            && !(words.Exists(w => w.Text.Equals("week", StringComparison.OrdinalIgnoreCase)) && WeekWindowRegex.IsMatch(string.Join(' ', words.Select(w => w.Text)))
                 && words.Exists(w => w.Text.ToLowerInvariant() is "trading" or "volume" or "volumes" or "turnover")))
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
        // "KOMIR's rare earth stock now stands at 2,950 tonnes, ... equivalent to about 100 days of imports": imports counted in
        // days size a stock too, they are not the figure's measure (dev15 S28).
        if (best is Measures.Other or Measures.Import && DaysOfConsumption(words, bestIndex))
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

        // "the median 2027E supply forecast among nine brokers we track is 79,300 t": a forecast of supply is of a market's output,
        // no supply deal (dev10 L07; measure35).
        if (best == Measures.Offtake && bestIndex >= 0 && bestIndex + 1 < words.Count && bestIndex < firstWord
            && words[bestIndex].Text.Equals("supply", StringComparison.OrdinalIgnoreCase)
            && words[bestIndex + 1].Text.ToLowerInvariant() is "forecast" or "forecasts" or "estimate" or "estimates" or "outlook" or "projection" or "projections" or "consensus"
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
        if (words.Skip(o).Take(4).TakeWhile(t => t.IsWord).Any(t => t.Text.ToLowerInvariant() is "ore" or "ores" or "mineralisation" or "mineralization"))
        {
            return true;
        }

        // "Rare Earths Norway's Fen project, which the company says holds an estimated 8.8 million tonnes of TREO": what a deposit
        // holds, whatever the basis, lies in the ground (dev10 L25; measure35); not "its warehouse holds 420 t".
        for (var b = w - 1; b >= 0 && b >= w - 8 && words[b].Text is not ("." or ";"); b--)
        {
            if (words[b].Text.ToLowerInvariant() is "project" or "deposit" or "deposits" or "orebody" or "prospect" or "resource" or "carbonatite" or "complex")
            {
                return true;
            }

            if (words[b].Text.ToLowerInvariant() is "warehouse" or "warehouses" or "stockpile" or "stockpiles" or "stock" or "stocks" or "inventory" or "port" or "site" or "yard")
            {
                return false;
            }
        }

        return false;
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
        // "shredder agreements for more than 11,000 tonnes of scrap a year", "deals for at least 500 t": lower bounds too (§78);
        // "deals with Hyundai Motor and Siemens Gamesa for a combined 1,800 tonnes a year": a sum of several deals too.
        while (w >= 0 && (words[w].Text.ToLowerInvariant() is "an" or "a" or "initial" or "further" or "additional" or "first" or "up" or "to"
                   or "about" or "around" or "some" or "roughly" or "nearly" or "more" or "than" or "over" or "at" or "least" or "approximately"
                   or "almost" or "combined" or "aggregate" or "total"
                   // "deals ... for a total of 1,800 tonnes a year"
                   || (words[w].Text is "of" && w > 0 && words[w - 1].Text.Equals("total", StringComparison.OrdinalIgnoreCase))))
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
        // "Every electric car sold in America carries, on average, about 1.3 kilograms": an aside of averaging too (measure35).
        while (w >= 0 && (TonnageLexicon.PlantSizeHedges.Contains(words[w].Text) || words[w].Text.ToLowerInvariant() is "close" or "almost" or "just" or "under" or "between"
                   or "on" or "average" or "typically" or "usually" or "generally" or ","))
        {
            w--;
        }

        // "Every direct-drive offshore turbine of the kind X installs carries roughly 9 tonnes of magnets", "Each 15 MW turbine
        // contains about 4 tonnes": what one product of a kind carries or contains is a per-unit figure too (§71), when a single
        // product ("turbine", "car", "motor") stands between "each/every/a" and the verb (not "Every vessel carries 50,000 t").
        // "A 15 MW direct-drive turbine can hold more than half a tonne of them": what one product can hold, too (measure35).
        // "A decommissioned 3-megawatt turbine yields close to 2 tonnes of magnets": what one product yields when taken apart (measure35).
        if (w >= 1 && words[w].Text.ToLowerInvariant() is "carries" or "carry" or "contains" or "contain" or "holds" or "hold" or "yields" or "yield")
        {
            var from = words.FindLastIndex(w - 1, t => !t.IsWord && t.Text is "," or ";" or ":") + 1;
            var single = Enumerable.Range(from, w - from).FirstOrDefault(v => words[v].Text.ToLowerInvariant() is "each" or "every" or "a" or "an", -1);
            return single >= 0 && single + 1 < w
                   && words[single + 1].Text.ToLowerInvariant() is not ("year" or "month" or "quarter" or "week" or "day" or "time")
                   // "a 15-megawatt Siemens Gamesa unit carries around ten tonnes": a machine or unit of a kind (measure35).
                   && Enumerable.Range(single + 1, w - single - 1).Any(u => (UnitProducts.Contains(words[u].Text) || words[u].Text.ToLowerInvariant() is "unit" or "machine")
                       && words[u + 1].Text.ToLowerInvariant() is not ("maker" or "makers" or "manufacturer" or "manufacturers" or "industry"
                           or "sector" or "company" or "plant" or "factory" or "fleet" or "market" or "producer" or "producers"));
        }

        // "Each tonne of magnets required about 0.31 t of NdPr metal": a past report of one unit's use, too (measure35); only here,
        // not in IsIntensity, where any use verb of the sentence makes a kilogram figure an intensity.
        if (w < 1 || !(TonnageLexicon.IntensityVerbs.Contains(words[w].Text) || words[w].Text.ToLowerInvariant() is "required" or "needed" or "used" or "consumed")
            || words[w].Text.StartsWith("contain", StringComparison.OrdinalIgnoreCase))
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

    /// <summary>The measure cue nearest the figure among words [from, to) outside the figure and outside names, and its index.</summary>
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
                && !SeparatedAmount(words, w) && !IsOutputPhrasal(words, w) && !HeldAmount(words, w, names) && !ContractedVolume(words, w)
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

            cue ??= HeldAmount(words, w, names) ? Measures.Stockpile : IsTradeVerb(words, w) ? Measures.Sales : Measures.Production; // "plans to mine 1.2 million tonnes of ore"

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
    private static bool HeldAmount(List<Token> words, int w, List<(int Start, int End)> names)
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

        // "The Korea Mine Rehabilitation and Mineral Resources Corp. (KOMIR) ... currently holds about 1,150 tons": a resource word
        // inside a name names no resource (dev14 R06; measure37).
        return !words.Exists(t => ((TonnageLexicon.MeasureCues.TryGetValue(t.Text, out var c) && c is Measures.Resource or Measures.Reserve)
                                   || t.Text.ToLowerInvariant() is "ore" or "grading" or "grade")
                                  && !InsideName(t, names));
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
}
