using System.Collections.Frozen;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>
/// Phrase shapes around a figure that fix its measure or period whatever cue word is nearest (docs/entities.md §37): a
/// run-rate ("running at an annualised rate of 180 tonnes"), a design size ("built to produce 1,000 tonnes a year"), a
/// single lot ("a first cargo of 80 t"), a stock held ("plans to hold a buffer stock of up to 200 tonnes").
/// </summary>
internal static class MeasureShapes
{
    /// <summary>Hedges between the shape's words and the number ("a rate of about", "hold as much as", "up to"): the plant-size hedges and "almost", "as much as".</summary>
    private static readonly FrozenSet<string> Hedges = TonnageLexicon.PlantSizeHedges.Union(["almost", "as", "much"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that qualify a rate ("an annualised rate", "its current run rate", "a monthly rate").</summary>
    private static readonly FrozenSet<string> RateQualifiers = new[]
    {
        "a", "an", "its", "their", "the", "current", "steady", "full", "annualised", "annualized", "annual", "yearly", "monthly",
        "daily", "average",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of a plant working at a rate ("running at", "operating at", "ran at").</summary>
    private static readonly FrozenSet<string> RunningVerbs = new[]
    {
        "running", "run", "runs", "ran", "operating", "operates", "operated", "working", "works", "worked", "producing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words between a rate and its figure ("run rate reached", "run-rate of", "run rate is now").</summary>
    private static readonly FrozenSet<string> RateLinks = new[]
    {
        "of", "reached", "reaches", "hit", "hits", "was", "is", "stood", "stands", "now", "rose", "climbed", "increased", "at",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles of design before "to" and a verb of output ("designed to recover", "built to produce").</summary>
    internal static readonly FrozenSet<string> DesignWords = new[] { "designed", "built", "engineered", "sized", "configured" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a new clause between a design phrase and a verb ("designed to ... but ran", "and was running").</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "but", "while", "whereas", "although", "though", "was", "were", "is", "are", "has", "had", "have", "will", "which", "that",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of one lot of material moved at once.</summary>
    private static readonly FrozenSet<string> LotNouns = new[]
    {
        "shipment", "cargo", "consignment", "lot", "batch", "delivery", "parcel", "load", "tranche",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a lot noun that make it a single one ("a first", "an initial", "the maiden", "a trial").</summary>
    private static readonly FrozenSet<string> SingleLotMarkers = new[]
    {
        "a", "an", "first", "initial", "maiden", "single", "trial", "test", "sample", "debut", "inaugural", "one", "pilot",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between the marker and the lot noun ("the first trial lot", "its first export cargo").</summary>
    private static readonly FrozenSet<string> LotModifiers = new[]
    {
        "the", "its", "their", "first", "initial", "maiden", "single", "trial", "test", "sample", "debut", "inaugural", "pilot",
        "export", "commercial", "second", "third", "further", "new",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a figure that make it a rate, not one lot ("a shipment of 500 tonnes a month").</summary>
    private static readonly FrozenSet<string> RateUnits = new[] { "year", "month", "week", "quarter", "annum", "day" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a stock ("a buffer stock of", "a strategic reserve of", "a stockpile of").</summary>
    private static readonly FrozenSet<string> StockNouns = new[] { "stock", "stocks", "reserve", "stockpile", "buffer" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives of a stock ("a buffer stock", "a strategic reserve", "an emergency reserve").</summary>
    private static readonly FrozenSet<string> StockAdjectives = new[]
    {
        "a", "an", "the", "its", "their", "buffer", "strategic", "emergency", "national", "safety", "working", "minimum", "new",
        "rare", "earth", "earths", "oxide", "metal",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of keeping material ("hold", "keep", "store"): with a stock noun, or after "to"/a modal, a stock held.</summary>
    private static readonly FrozenSet<string> KeepVerbs = new[]
    {
        "hold", "holding", "keep", "keeping", "store", "storing", "maintain", "maintaining", "maintains",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of setting up a stock; only with a stock noun ("build a reserve of", "create a stockpile of").</summary>
    private static readonly FrozenSet<string> BuildVerbs = new[]
    {
        "build", "building", "builds", "create", "creating", "establish", "establishing", "set", "setting", "up", "accumulate",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of planning before "to" and a verb of keeping ("plans to hold"): a plan, not what a deposit holds.</summary>
    private static readonly FrozenSet<string> PlanLeads = new[]
    {
        "plans", "plan", "planned", "planning", "wants", "want", "aims", "aim", "intends", "intend", "seeks", "seek", "proposes",
        "proposed", "agreed", "agrees", "hopes", "decided", "decides",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles of permission before "to" and a verb ("is permitted to process", "was allowed to export").</summary>
    private static readonly FrozenSet<string> PermissionWords = new[]
    {
        "permitted", "allowed", "authorised", "authorized", "licensed", "licenced", "entitled",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of permitting an object to act ("allows us to mine", "permits the company to export").</summary>
    private static readonly FrozenSet<string> AllowVerbs = new[]
    {
        "allows", "allow", "allowed", "allowing", "permits", "permit", "permitting", "authorises", "authorizes", "authorise",
        "authorize", "entitles", "entitle",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "is now permitted to process up to 10,500 tonnes of NdPr equivalent a year", "was allowed to export 2,000 t": a volume
    /// a body is permitted to put through or trade is a limit set on it, a quota (measure32), not its size or its trade. Only the
    /// verb (and hedges or "no more than") may stand between "to" and the figure.
    /// </summary>
    public static bool PermittedTo(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && (Hedges.Contains(words[w].Text) || Is(words[w], "no") || Is(words[w], "than")))
        {
            w--;
        }

        // w is the verb ("process", "export", "mine"); "to" and a permission word before it.
        if (w < 2 || !words[w].IsWord || !words[w].Text.All(char.IsLower) || !Is(words[w - 1], "to"))
        {
            return false;
        }

        if (PermissionWords.Contains(words[w - 2].Text))
        {
            return true;
        }

        // "The approval granted by the Victorian Government allows us to mine up to 5 Mtpa", "its licence permits the company to
        // export 800 t": a verb of permitting, its object (up to three words), then "to" (dev8 J05).
        for (var v = w - 3; v >= 0 && v >= w - 5; v--)
        {
            if (AllowVerbs.Contains(words[v].Text))
            {
                return words.Skip(v + 1).Take(w - 1 - v - 1).All(t => t.IsWord);
            }
        }

        return false;
    }

    /// <summary>
    /// "an annualised run-rate of 6,000 tpa", "running at a rate of 500 t a month", "operating at an annualized rate of 3,200
    /// tonnes", "the monthly run rate reached 500 t": a plant's current rate, read as production at that rate. Returns the
    /// period the rate's own words give (per_year for annualised/annual/yearly, month for monthly, per_day for daily), an
    /// empty string when they give none, and null when the figure is no rate.
    /// </summary>
    public static string? RunRate(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && (Hedges.Contains(words[w].Text) || RateLinks.Contains(words[w].Text)) && !Is(words[w], "rate"))
        {
            w--;
        }

        if (w < 1 || !Is(words[w], "rate"))
        {
            return null;
        }

        var qualifierStart = w - 1;
        var period = string.Empty;
        var run = false;
        while (qualifierStart >= 0 && words[qualifierStart].IsWord && (RateQualifiers.Contains(words[qualifierStart].Text) || Is(words[qualifierStart], "run")))
        {
            period = PeriodOf(words[qualifierStart].Text) ?? period;
            run |= Is(words[qualifierStart], "run"); // "run-rate", "run rate"
            qualifierStart--;
        }

        return run || (qualifierStart >= 1 && Is(words[qualifierStart], "at") && RunningVerbs.Contains(words[qualifierStart - 1].Text)) ? period : null;
    }

    /// <summary>
    /// "the plant is running at 450 tonnes a month", "would run at about 1,100 tonnes in 2027": a verb of running and "at"
    /// right before the figure (hedges between) is the plant's rate or amount of output without the word "rate" (§55),
    /// production like a run rate (§37); the period is left to the words after the figure.
    /// </summary>
    public static bool RunsAt(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text) && !Is(words[w], "at"))
        {
            w--;
        }

        return w >= 1 && Is(words[w], "at") && RunningVerbs.Contains(words[w - 1].Text) && !Is(words[w - 1], "producing");
    }

    /// <summary>"hand over about 2,000 tonnes", "handed over 300 tonnes", "turned over 50 t": material passed to another party.</summary>
    public static bool HandedOver(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text) && !Is(words[w], "over"))
        {
            w--;
        }

        return w >= 1 && Is(words[w], "over")
               && words[w - 1].Text.ToLowerInvariant() is "hand" or "hands" or "handed" or "handing" or "turned" or "turn" or "turns" or "turning";
    }

    /// <summary>
    /// "holds an option over 500 tonnes a year from Iluka's refinery", "an option on a further 400 t", "first refusal over 1,200
    /// tonnes": a right to buy material from a supplier is a contracted supply, an offtake (measure35), not its output.
    /// </summary>
    public static bool OptionOver(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && !Is(words[w], "over")
               && (Hedges.Contains(words[w].Text) || words[w].Text.ToLowerInvariant() is "a" or "further" or "additional" or "another" or "extra"))
        {
            w--;
        }

        return w >= 1 && words[w].Text.ToLowerInvariant() is "over" or "on" or "for"
               && words[w - 1].Text.ToLowerInvariant() is "option" or "options" or "refusal" or "rights";
    }

    /// <summary>
    /// "The company is targeting 5,000 t per year of concentrate by 2028 after a US$150 million expansion", "targets about 350
    /// tonnes a year": a verb of targeting right before the figure (hedges between) aims at output (dev6 (2), dev9 K25), unless
    /// the figure's own phrase names another measure before a clause word ("targeting 45,000 t of separation capacity").
    /// Returns false when no such verb stands before the figure.
    /// </summary>
    public static bool TargetsOutput(List<Token> words, int firstWord, int afterWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text))
        {
            w--;
        }

        if (w < 0 || words[w].Text.ToLowerInvariant() is not ("targeting" or "targetting" or "targets" or "target" or "targeted"))
        {
            return false;
        }

        // "phase one has nameplate of 1,200 tpa of sintered NdFeB and management targets 4,800 tpa by the end of 2028": a
        // target after a measure word of its sentence goes on with that measure (dev8 J23).
        if (words.Take(w).Any(t => TonnageLexicon.MeasureCues.ContainsKey(t.Text)))
        {
            return false;
        }

        for (var v = afterWord; v < words.Count; v++)
        {
            if (!words[v].IsWord && !InsideNumber(words, v) || words[v].Text.ToLowerInvariant() is "after" or "by" or "following" or "through"
                    or "once" or "when" or "with" or "from" or "as" or "and" or "but" or "while" or "in")
            {
                break;
            }

            if (TonnageLexicon.MeasureCues.ContainsKey(words[v].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the operation moves roughly 4 million tonnes of clay a year", "moved 2.5 Mt of ore in 2025": earth a mine moves is
    /// what it mines (dev10 L10; measure34); waste and overburden moved are no material at all (§85).
    /// </summary>
    public static bool MovesOre(List<Token> words, int firstWord, int afterWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text))
        {
            w--;
        }

        if (w < 0 || words[w].Text.ToLowerInvariant() is not ("moves" or "moved" or "move" or "moving"))
        {
            return false;
        }

        var of = afterWord;
        if (of < words.Count && words[of].Text.ToLowerInvariant() is "a" or "per" or "each")
        {
            of += 2; // "4 million tonnes a year of clay"
        }

        return of + 1 < words.Count && Is(words[of], "of")
               && words[of + 1].Text.ToLowerInvariant() is "ore" or "clay" or "clays" or "sand" or "sands" or "rock" or "material" or "mineralised" or "mineralized";
    }

    /// <summary>
    /// "with mining of about 5 Mtpa of clay", "a mining rate of 2.4 Mtpa": the noun of mining right before the figure (hedges
    /// between) names what is mined, production (dev10 L40; measure35); not a capitalised name ("Tarn Mining of Canada").
    /// </summary>
    public static bool MiningOf(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text))
        {
            w--;
        }

        if (w < 1 || !Is(words[w], "of"))
        {
            return false;
        }

        var noun = words[w - 1].Text.ToLowerInvariant() is "rate" or "rates" && w >= 2 ? w - 2 : w - 1;
        return words[noun].Text == "mining";
    }

    /// <summary>
    /// "Energy Fuels to receive 7,000-8,000 tpa of monazite concentrate", "expects to receive about 25,000 t a year from the
    /// Halvorsen mine": material a party will receive from another is a contracted supply, an offtake (dev10 L36; measure35);
    /// not what a plant receives ("the plant will receive 30,000 t of ore"), nor a past receipt ("Japan received 1,020 t").
    /// </summary>
    public static bool WillReceive(List<Token> words, int firstWord, int afterWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text))
        {
            w--;
        }

        if (w < 1 || words[w].Text.ToLowerInvariant() is not ("receive" or "obtain") || words[w - 1].Text.ToLowerInvariant() is not ("to" or "will" or "would" or "shall"))
        {
            return false;
        }

        for (var v = Math.Max(0, w - 5); v < w - 1; v++)
        {
            if (words[v].Text.ToLowerInvariant() is "plant" or "plants" or "refinery" or "mill" or "facility" or "concentrator" or "smelter" or "circuit" or "hub")
            {
                return false;
            }
        }

        // "China Northern Rare Earth shall receive 96,800 tonnes of the mining indicators": a share of a quota received is quota.
        for (var v = afterWord; v < words.Count && v <= afterWord + 6 && words[v].Text is not ("." or ";" or ","); v++)
        {
            if (words[v].Text.ToLowerInvariant() is "quota" or "quotas" or "indicator" or "indicators" or "allocation" or "allocations" or "licence" or "licences" or "license" or "licenses")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "A further 12,000 wmt is due to be shipped before the end of June 2027 under the company's offtake with a Chinese
    /// processor": a tranche still to be shipped under an offtake is part of that offtake (dev10 convention (8), L13; measure35);
    /// cargoes already shipped under it stay shipments. <paramref name="cue"/> is the shipping verb.
    /// </summary>
    public static bool TrancheUnderOfftake(List<Token> words, int cue)
    {
        var future = cue >= 2 && Is(words[cue - 1], "be") && words[cue - 2].Text.ToLowerInvariant() is "to" or "will" or "would"
                     || cue >= 1 && words[cue - 1].Text.ToLowerInvariant() is "will" or "would";
        if (!future)
        {
            return false;
        }

        for (var v = cue + 1; v < words.Count - 1; v++)
        {
            if (words[v].Text is "." or ";")
            {
                return false;
            }

            if (Is(words[v], "under"))
            {
                for (var u = v + 1; u < words.Count && u <= v + 5; u++)
                {
                    if (words[u].Text.ToLowerInvariant() is "offtake" or "off-take")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "has agreed to send 1,200 tons a year to a separator", "committed to supply about 500 t": a supply a party has agreed or
    /// committed to is a contracted supply, an offtake (dev11 M38; measure35).
    /// </summary>
    public static bool AgreedToSupply(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text) && (!Is(words[w], "to") || (w >= 1 && Is(words[w - 1], "up"))))
        {
            w -= Is(words[w], "to") ? 2 : 1; // "up to" as one hedge
        }

        return w >= 2 && words[w].Text.ToLowerInvariant() is "send" or "supply" or "sell" or "deliver" or "ship" or "provide"
               && Is(words[w - 1], "to") && words[w - 2].Text.ToLowerInvariant() is "agreed" or "agrees" or "committed" or "commits" or "contracted";
    }

    /// <summary>
    /// "A trade of 20 tonnes was heard at 568,000 yuan/t", "Total spot volume for oxide in the week was estimated at 310 tonnes":
    /// a deal or the spot volume of a price report is material sold (dev11 M12; measure35); so are spot transactions (measure36).
    /// </summary>
    public static bool TradedVolume(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text))
        {
            w--;
        }

        if (w >= 1 && Is(words[w], "of") && words[w - 1].Text.ToLowerInvariant() is "trade" or "trades" or "deal" or "deals" or "transaction" or "transactions")
        {
            return true;
        }

        // "Deals for about 180t were reported during the week": deals, plural, for an amount are trades summed (dev12 P04; measure36).
        if (w >= 1 && Is(words[w], "for") && words[w - 1].Text.ToLowerInvariant() is "deals" or "trades" or "transactions"
            && (w == 1 || !words[w - 2].IsWord || words[w - 2].Text.ToLowerInvariant() is "spot" or "total" or "the"))
        {
            return true;
        }

        for (var v = w; v >= 1 && v >= w - 10 && words[v].Text is not ("." or ";" or ","); v--)
        {
            if (words[v].Text.ToLowerInvariant() is "volume" or "volumes" && words[v - 1].Text.ToLowerInvariant() is "spot" or "traded" or "trading" or "transaction" or "deal")
            {
                return true;
            }

            // "Spot transactions totalled about 150 tonnes", "spot deals came to 90 t" (measure36).
            if (words[v].Text.ToLowerInvariant() is "transactions" or "trades" or "deals" && Is(words[v - 1], "spot"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Vehicles that haul material in loads ("Each truck carries 30 tonnes", "every railcar holds about 70 tonnes").</summary>
    private static readonly FrozenSet<string> HaulageNouns = new[]
    {
        "truck", "trucks", "truckload", "lorry", "wagon", "railcar", "railcars", "container", "barge", "carload", "trailer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a figure "sat on" that make it a stock of material, not a body of ore in the ground.</summary>
    private static readonly FrozenSet<string> StockWordsAfterSittingOn = new[]
    {
        "unsold", "stock", "stocks", "inventory", "inventories", "stockpiled", "stockpile", "stockpiles", "warehouse", "warehouses", "warehoused",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "We are sitting on an estimated 16.1 million tonnes of non-radioactive rare earth elements": what a country or company "sits
    /// on" is a resource (dev11 M21, a minister's national estimate; measure36), or a stockpile when the words after the figure name a
    /// stock ("sitting on about 2,000 tonnes of unsold oxide"). Null when no such verb stands right before the figure.
    /// </summary>
    public static string? SittingOn(List<Token> words, int firstWord, int afterWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text))
        {
            w--;
        }

        if (w < 1 || !Is(words[w], "on") || words[w - 1].Text.ToLowerInvariant() is not ("sitting" or "sits" or "sat" or "sit"))
        {
            return null;
        }

        for (var k = afterWord; k < words.Count && k < afterWord + 8 && words[k].Text is not ("." or ";" or ","); k++)
        {
            if (StockWordsAfterSittingOn.Contains(words[k].Text))
            {
                return Measures.Stockpile;
            }
        }

        return Measures.Resource;
    }

    /// <summary>
    /// "aims to reach 5,000 tonnes a year of carbonate in phase one", "is scheduled to reach 5,000 tonnes a year in a second phase": the
    /// yearly rate a plant reaches in a named phase or stage is the phase's size, a capacity (dev12 P10, P19; measure36). Not "will
    /// produce 18,000tpa" in stage one (an output verb).
    /// </summary>
    public static bool ReachesInPhase(List<Token> words, int firstWord, int afterWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text) && !Is(words[w], "to"))
        {
            w--;
        }

        if (w < 0 || words[w].Text.ToLowerInvariant() is not ("reach" or "reaches" or "reaching"))
        {
            return false;
        }

        for (var k = afterWord; k + 1 < words.Count && k < afterWord + 10 && words[k].Text is not ("." or ";" or "," or "and"); k++)
        {
            if (words[k].Text.ToLowerInvariant() is "phase" or "stage"
                && (words[k + 1].Text.ToLowerInvariant() is "one" or "two" or "three" or "1" or "2" or "3" or "i" or "ii"
                    || (k >= 1 && words[k - 1].Text.ToLowerInvariant() is "first" or "second" or "third" or "initial" or "next" or "later" or "final")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of a change that take its size after "by": "were up by 460t", "rose by 21 tonnes", "fell by about 300 t".</summary>
    private static readonly FrozenSet<string> ChangeByVerbs = new[]
    {
        "up", "down", "rose", "risen", "rises", "rising", "fell", "fallen", "falls", "falling", "increased", "decreased", "dropped",
        "declined", "climbed", "grew", "grown", "jumped", "slipped", "slid", "eased", "gained", "shrank", "higher", "lower",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a change that take its size after "of": "an increase of 21 tonnes", "a drop of 300 t".</summary>
    private static readonly FrozenSet<string> ChangeOfNouns = new[]
    {
        "increase", "rise", "fall", "drop", "decline", "decrease", "gain", "jump", "reduction",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a bare "up"/"down" that make it a change ("exports, up 1,200 tonnes", "were down 48 t").</summary>
    private static readonly FrozenSet<string> ChangeUpBefore = new[] { "was", "were", "is", "are", "be", "been", "and", "but" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "October arrivals were up by 460t on the month", "down by 48 tonnes from September", "an increase of 21 tonnes on the month",
    /// "allocated 18,400 tonnes, up 1,200 tonnes from last year": the size of a change between two figures (dev11 decision 2:
    /// other, in the window of the figures compared; measure36). Not "rose to 96 tonnes" (the new value), not "up to" (a bound),
    /// not "take up 40 tonnes" (a verb's particle).
    /// </summary>
    public static bool ChangeSize(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && words[w].Text.ToLowerInvariant() is "about" or "around" or "roughly" or "some" or "nearly"
                   or "almost" or "approximately" or "just" or "another" or "a" or "further" or "an" or "additional")
        {
            w--;
        }

        if (w < 1 || !words[w].IsWord)
        {
            return false;
        }

        var word = words[w].Text.ToLowerInvariant();
        if (word == "by")
        {
            return ChangeByVerbs.Contains(words[w - 1].Text);
        }

        if (word == "of")
        {
            return ChangeOfNouns.Contains(words[w - 1].Text) && words[w - 1].Text.All(char.IsLower);
        }

        return word is "up" or "down" && (!words[w - 1].IsWord || ChangeUpBefore.Contains(words[w - 1].Text));
    }

    /// <summary>
    /// "Each truck carries 28 to 32 tons of carbonate", "every railcar holds about 70 tonnes of ore": the load one haulage
    /// vehicle takes is a shipment per load (dev9 K21, measure34), not what one product contains (an intensity, "A typical
    /// electric truck carries about 8 kg of magnets", which the caller keeps by asking only for figures in tonnes). The
    /// clause must open with "each/every/a/one" and the vehicle, then a verb of carrying, hedges between it and the figure.
    /// </summary>
    public static bool HaulageLoad(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && (Hedges.Contains(words[w].Text) || words[w].Text.ToLowerInvariant() is "between" or "close"))
        {
            w--;
        }

        if (w < 2 || words[w].Text.ToLowerInvariant() is not ("carries" or "carry" or "carried" or "holds" or "hold" or "hauls" or "haul" or "takes" or "loads"))
        {
            return false;
        }

        // "a levy on each truck, which typically carries 30 tonnes": the load in a relative clause after the vehicle (dev11 M22; measure36).
        var noun = w - 1;
        while (noun >= 0 && words[noun].IsWord && words[noun].Text.ToLowerInvariant() is "typically" or "usually" or "normally" or "generally" or "often" or "can" or "will" or "may")
        {
            noun--;
        }

        var relative = noun >= 2 && words[noun].Text.ToLowerInvariant() is "which" or "that";
        if (relative)
        {
            noun -= Is(words[noun - 1], ",") ? 2 : 1;
        }
        else
        {
            noun = w - 1;
        }

        if (noun < 1)
        {
            return false;
        }

        var single = noun - 1;
        return HaulageNouns.Contains(words[noun].Text)
               && words[single].Text.ToLowerInvariant() is "each" or "every" or "one" or "a"
               && (relative || single == 0 || !words[single - 1].IsWord || words[single - 1].Text.ToLowerInvariant() is "and" or "but" or "while");
    }

    /// <summary>
    /// "Demand from magnet makers is running at about 6,500 tonnes a year", "exports are running at 5,000 t a month": a verb of
    /// running whose clause is headed by a flow other than output (demand, use, trade) gives no run rate; the flow's own
    /// word decides (measure34; dev9 K38).
    /// </summary>
    public static bool RunsForOtherFlow(List<Token> words, int firstWord)
    {
        var verb = words.FindLastIndex(Math.Max(0, firstWord - 1), Math.Max(0, firstWord), t => RunningVerbs.Contains(t.Text));
        if (verb < 0)
        {
            return false;
        }

        // The clause opens at the last punctuation before the verb; its head is among its first four words, and a clause opened
        // by a preposition ("Amid strong demand the plant is running at ...") has its head later.
        var start = words.FindLastIndex(verb, t => !t.IsWord && t.Text is "," or ";" or ":" or "(" or ")" or "-" or "–" or "—") + 1;
        if (words[start].Text.ToLowerInvariant() is "amid" or "with" or "despite" or "on" or "given" or "as" or "because")
        {
            return false;
        }

        for (var v = start; v < verb && v < start + 4; v++)
        {
            if (FlowHeads.Contains(words[v].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of a flow other than output that can head a "running at" clause.</summary>
    private static readonly FrozenSet<string> FlowHeads = new[]
    {
        "demand", "consumption", "use", "usage", "requirements", "imports", "exports", "shipments", "sales", "purchases",
        "deliveries", "arrivals", "buying", "orders",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "released 120 tonnes of the oxide from its reserves", "will release 35 tonnes of dysprosium oxide from state reserves",
    /// "a release of 200 t from the stockpile": material let out of a stock onto the market is sold (§55; dev4 E13), neither a
    /// mineral reserve nor the stock itself.
    /// </summary>
    public static bool ReleasedFromStock(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text))
        {
            w--;
        }

        if (w >= 1 && Is(words[w], "of") && words[w - 1].Text.ToLowerInvariant() is "release" or "releases")
        {
            return true;
        }

        return w >= 0 && words[w].Text.ToLowerInvariant() is "release" or "releases" or "released" or "releasing";
    }

    /// <summary>
    /// "built to produce 1,000 tonnes a year", "designed to treat 570,000 t of ore per year and recover about 10,000 tpa": a
    /// verb of output after a participle of design and "to" (or "will be able to"), in the same clause, sizes the plant (capacity).
    /// </summary>
    public static bool DesignedFor(List<Token> words, int verb)
    {
        for (var w = verb - 1; w >= 1 && w >= verb - 16; w--)
        {
            if ((!words[w].IsWord && !InsideNumber(words, w)) || ClauseOpeners.Contains(words[w].Text))
            {
                return false;
            }

            if (Is(words[w], "to") && DesignWords.Contains(words[w - 1].Text))
            {
                return true;
            }

            // "a refinery, which will be able to process 10,000 tonnes a year of concentrate and produce about 2,500 tonnes":
            // what a plant will be able to do is its size.
            if (w >= 3 && Is(words[w], "to") && Is(words[w - 1], "able") && Is(words[w - 2], "be")
                && words[w - 3].Text.ToLowerInvariant() is "will" or "would" or "should")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a first cargo of 80 t", "the first trial lot of 25 tonnes", "an initial shipment of about 150 tonnes": the figure one
    /// lot weighs (one_off), unless the words after it make it a rate ("a shipment of 500 tonnes a month").
    /// </summary>
    public static bool SingleLot(List<Token> words, int firstWord, int afterWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text) && !Is(words[w], "of"))
        {
            w--;
        }

        if (w < 2 || !Is(words[w], "of") || !LotNouns.Contains(words[w - 1].Text))
        {
            return false;
        }

        var single = false;
        for (var m = w - 2; m >= 0 && m >= w - 5 && words[m].IsWord && (SingleLotMarkers.Contains(words[m].Text) || LotModifiers.Contains(words[m].Text)); m--)
        {
            single |= SingleLotMarkers.Contains(words[m].Text);
        }

        return single && !RateAfter(words, afterWord);
    }

    /// <summary>
    /// "plans to hold a buffer stock of up to 200 tonnes", "build a reserve of 1,000 tonnes", "keep a stock of 300 tonnes",
    /// "plans to hold up to 2,000 tonnes": material a body keeps, a stockpile (a mineral reserve needs no verb of keeping).
    /// </summary>
    public static bool StockHeld(List<Token> words, int firstWord)
    {
        var w = firstWord - 1;
        while (w >= 0 && words[w].IsWord && Hedges.Contains(words[w].Text))
        {
            w--;
        }

        if (w >= 1 && Is(words[w], "of") && StockNouns.Contains(words[w - 1].Text))
        {
            var v = w - 2;
            while (v >= 0 && words[v].IsWord && StockAdjectives.Contains(words[v].Text))
            {
                v--;
            }

            var keptOrBuilt = v >= 0 && (KeepVerbs.Contains(words[v].Text) || BuildVerbs.Contains(words[v].Text));
            return keptOrBuilt || !Is(words[w - 1], "reserve");
        }

        // "plans to hold up to 2,000 tonnes", "will keep 300 tonnes": a plan to keep an amount (not "the stacks hold 35 Mt").
        // Not what a deposit "is estimated to hold" or "could hold": a plan verb before "to", or "will".
        return w >= 1 && KeepVerbs.Contains(words[w].Text)
               && (Is(words[w - 1], "will") || (w >= 2 && Is(words[w - 1], "to") && PlanLeads.Contains(words[w - 2].Text)));
    }

    /// <summary>Nouns of a works that turns out material (docs/entities.md §44): "the planned plant will produce".</summary>
    private static readonly FrozenSet<string> PlantNouns = new[]
    {
        "plant", "plants", "facility", "facilities", "factory", "factories", "refinery", "refineries", "hub", "mill", "smelter",
        "concentrator", "line", "lines", "park",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of output a plant is sized by ("will produce", "is planned to make", "producing").</summary>
    private static readonly FrozenSet<string> OutputVerbs = new[]
    {
        "produce", "make", "recover", "yield", "manufacture", "producing", "making", "recovering", "manufacturing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a firm plan between a plant noun and its verb of output ("that will", "which is planned to", "is set to").</summary>
    private static readonly FrozenSet<string> PlanLinks = new[]
    {
        "will", "shall", "to", "be", "is", "are", "planned", "set", "scheduled", "slated", "due", "intended", "that", "which",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Of <see cref="PlanLinks"/>, the words that make the output a plan (not "the plant produces", present output).</summary>
    private static readonly FrozenSet<string> FutureMarkers = new[]
    {
        "will", "shall", "planned", "set", "scheduled", "slated", "due", "intended",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the search back for the plant noun (a new clause or a hedge of expectation).</summary>
    private static readonly FrozenSet<string> PlantSearchStops = new[]
    {
        "said", "says", "and", "but", "while", "would", "could", "might", "expected", "expects", "aims", "hopes", "should", "was",
        "were", "has", "had", ".", ";", ":", "(", ")",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the 10X facility will add another 7,000 tons", "a second phase that would double that to 3,000 tonnes", "Stage 2 will lift
    /// it to 12,000 t": what a planned plant, phase or stage will add or take a plant to is capacity (§78). Only with a modal
    /// ("will", "would", "could", "is to"), so a past "the plant added 500 tonnes of output" is left alone.
    /// </summary>
    public static bool PlantWillAdd(List<Token> words, int firstWord)
    {
        var v = firstWord - 1;
        while (v >= 0 && words[v].Text.ToLowerInvariant() is "another" or "a" or "further" or "an" or "additional" or "extra" or "about"
                   or "some" or "roughly" or "around" or "up" or "to" or "that" or "it" or "this" or "capacity")
        {
            v--;
        }

        // "IREL's magnet plant at Visakhapatnam will be scaled to 500 tonnes": a plant scaled to a size (dev11 M20; measure35).
        if (v < 2 || words[v].Text.ToLowerInvariant() is not ("add" or "double" or "triple" or "lift" or "raise" or "expand" or "take" or "scaled"))
        {
            return false;
        }

        // "take" only as "take it/that/capacity to N" (an offtake is "take N").
        if (words[v].Text.Equals("take", StringComparison.OrdinalIgnoreCase) && words[v + 1].Text.ToLowerInvariant() is not ("it" or "that" or "capacity"))
        {
            return false;
        }

        var m = v - 1;
        if (Is(words[v], "scaled") && Is(words[m], "be"))
        {
            m--; // "will be scaled to"
        }

        if (words[m].Text.ToLowerInvariant() is not ("will" or "would" or "could" or "shall" or "ll" or "'ll" or "to"))
        {
            return false;
        }

        while (m >= 0 && FeedIntakeLinks.Contains(words[m].Text))
        {
            m--;
        }

        // "A second magnet plant, announced in July, would add 7,000 t/a from 2029": a short aside between commas right before
        // the modal is skipped (dev10 L08; measure35).
        if (m >= 2 && words[m].Text == ",")
        {
            var open = words.FindLastIndex(m - 1, Math.Min(m, 6), t => t.Text == ",");
            if (open > 0 && !Enumerable.Range(open + 1, m - 1 - open).Any(k => PlantSearchStops.Contains(words[k].Text)))
            {
                m = open - 1;
            }
        }

        for (var q = m; q >= 0 && q >= m - 6; q--)
        {
            if (PlantNouns.Contains(words[q].Text) || words[q].Text.ToLowerInvariant() is "phase" or "stage" or "expansion")
            {
                return true;
            }

            if (PlantSearchStops.Contains(words[q].Text) || words[q].Text == ",")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs of feed a plant takes in ("would take 2,700 tpa of scrap", "processing 1.1 Mtpa of ore").</summary>
    private static readonly FrozenSet<string> FeedIntakeVerbs = new[]
    {
        "take", "takes", "taking", "process", "processes", "processing", "treat", "treats", "treating", "handle", "handles", "handling",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Links between a plant noun and its feed verb: modals, a relative word, "able to".</summary>
    private static readonly FrozenSet<string> FeedIntakeLinks = new[]
    {
        "will", "would", "could", "can", "shall", "to", "be", "is", "are", "that", "which", "able", "designed", "built", "set",
        // "the park is planned to take 300,000 tonnes of apatite concentrate per year" (dev11 M25; measure35).
        "planned",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns after "of" that make a yearly figure a rate of feed ("425,000 tonnes a year of ore processing").</summary>
    private static readonly FrozenSet<string> FeedRateNouns = new[] { "processing", "throughput", "treatment" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "a Texas hub that would take 2,700 tonnes per annum of scrap", "the plant processing 1.1 Mtpa of ore", "an initial 425,000
    /// tonnes a year of ore processing": the yearly feed a plant takes in is its size (capacity, §78), also with "would" (what
    /// a plant would put out is an estimate of output, T25, but the feed it is built to take is its design). The caller checks
    /// that the figure is a yearly rate.
    /// </summary>
    public static bool FeedRateOfPlant(List<Token> words, int firstWord, int afterWord)
    {
        // After the figure: "a year of ore processing", "per annum of throughput".
        var a = afterWord;
        if (a < words.Count && words[a].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            for (var w = a + 1; w < words.Count && w <= a + 3; w++)
            {
                if (FeedRateNouns.Contains(words[w].Text))
                {
                    return true;
                }

                if (!words[w].Text.All(char.IsLetter) || char.IsUpper(words[w].Text[0]))
                {
                    break;
                }
            }
        }

        // Before it: a feed verb, links, then a plant noun within a few words.
        var v = firstWord - 1;
        while (v >= 0 && words[v].Text.ToLowerInvariant() is "about" or "some" or "roughly" or "around" or "approximately" or "up" or "an" or "average" or "of")
        {
            v--;
        }

        if (v < 1 || !FeedIntakeVerbs.Contains(words[v].Text))
        {
            return false;
        }

        var p = v - 1;
        while (p >= 0 && FeedIntakeLinks.Contains(words[p].Text))
        {
            p--;
        }

        for (var q = p; q >= 0 && q >= p - 8; q--)
        {
            if (PlantNouns.Contains(words[q].Text) || words[q].Text.ToLowerInvariant() is "concentrator" or "site" or "circuit")
            {
                return true;
            }

            if (PlantSearchStops.Contains(words[q].Text) || words[q].Text == ","
                || words[q].Text.ToLowerInvariant() is "buyer" or "buyers" or "customer" or "customers" or "offtaker" or "offtakers")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "the planned plant will produce 1,850 tpa", "a hub that will recover 500 tonnes per annum", "a new factory ..., which is
    /// planned to make 7,000 tonnes a year": a plant named as the maker of a
    /// yearly amount, with a firm plan ("will", "planned/set to"), is sized by it (capacity, tonnages.md §6
    /// "a 5,000-tonne plant", T12). Not "the plant would/could/is expected to produce" (an estimate of output, T25) nor "the
    /// plant produces" (present output, T32). The caller checks that the figure is a yearly rate.
    /// </summary>
    public static bool PlantWillMake(List<Token> words, int verb)
    {
        if (verb < 1 || !OutputVerbs.Contains(words[verb].Text))
        {
            return false;
        }

        return PlantPlansVerb(words, verb);
    }

    /// <summary>Verbs of building a plant ("will build a concentrator to produce").</summary>
    private static readonly FrozenSet<string> PlantBuildVerbs = new[]
    {
        "build", "builds", "building", "construct", "constructs", "constructing", "erect", "develop", "develops", "developing", "install", "commission",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A plant noun planned to do what the verb at <paramref name="verb"/> says (see <see cref="PlantWillMake"/>).</summary>
    private static bool PlantPlansVerb(List<Token> words, int verb)
    {
        var w = verb - 1;
        var future = false;
        var relative = false;
        var links = 0;
        while (w >= 0 && PlanLinks.Contains(words[w].Text))
        {
            future |= FutureMarkers.Contains(words[w].Text);
            relative |= words[w].Text.ToLowerInvariant() is "that" or "which";
            w--;
            links++;
        }

        // "Ngualla Mining will build a concentrator to produce 37,000 tonnes a year": a plant built to make the amount (dev9 K30).
        if (!future && links == 1 && words[verb - 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && w >= 1 && PlantNouns.Contains(words[w].Text))
        {
            for (var b = w - 1; b >= 0 && b >= w - 3; b--)
            {
                if (PlantBuildVerbs.Contains(words[b].Text))
                {
                    return true;
                }
            }
        }

        if (!future || w < 0)
        {
            return false;
        }

        // "a new magnet factory to be built by X, which is planned to make": one comma before the relative word.
        if (relative && words[w].Text == ",")
        {
            w--;
        }

        // The plant noun, or a short phrase after it ("the planned plant at Kestrel Bay will produce").
        for (var p = w; p >= 0 && p >= w - 8; p--)
        {
            if (PlantNouns.Contains(words[p].Text))
            {
                return true;
            }

            if (PlantSearchStops.Contains(words[p].Text) || (words[p].Text == "," && !InsideNumber(words, p)))
            {
                // "build a plant in Baotou, Inner Mongolia, that will make 20,000 tons a year": a relative clause after a plant's
                // place ("in X, Y,") is still the plant's (§74).
                return relative && words[p].Text == "," && PlantInPlaceBefore(words, p, w - 8);
            }
        }

        return false;
    }

    /// <summary>A plant noun followed by "in"/"at"/"near" before comma <paramref name="comma"/>, no further back than <paramref name="limit"/>.</summary>
    private static bool PlantInPlaceBefore(List<Token> words, int comma, int limit)
    {
        for (var p = comma - 1; p >= 0 && p >= limit; p--)
        {
            if (PlantNouns.Contains(words[p].Text))
            {
                return p + 1 < comma && words[p + 1].Text.ToLowerInvariant() is "in" or "at" or "near";
            }

            if (PlantSearchStops.Contains(words[p].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "... could together supply 7,000 tonnes a year by 2030", "its project could supply about 32,000 tonnes a year if
    /// permitted", "would deliver roughly 6,000 tpa over an 18-year mine life": what a project could put on the market, with no
    /// buyer between the verb and the figure, is its output (production), not a contract (T08 "a deal that would supply
    /// Japan ..." names a buyer and a deal). The caller checks the yearly rate and the absence of a contract word.
    /// </summary>
    public static bool PotentialSupply(List<Token> words, int verb, int firstWord)
    {
        if (words[verb].Text.ToLowerInvariant() is not ("supply" or "deliver"))
        {
            return false;
        }

        for (var w = verb + 1; w < firstWord; w++)
        {
            if (!words[w].IsWord || !Hedges.Contains(words[w].Text))
            {
                return false;
            }
        }

        for (var m = verb - 1; m >= 0 && m >= verb - 3; m--)
        {
            if (words[m].Text.ToLowerInvariant() is "could" or "would")
            {
                return true;
            }

            if (!words[m].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"500 tonnes a month", "200 t per year", "monthly": rate words right after a figure (before any punctuation).</summary>
    public static bool RateAfter(List<Token> words, int afterWord)
    {
        if (afterWord < 0)
        {
            return false;
        }


        for (var w = afterWord; w < words.Count && w < afterWord + 8; w++)
        {
            if (!words[w].IsWord)
            {
                return false;
            }

            var text = words[w].Text;
            if (text.ToLowerInvariant() is "monthly" or "annually" or "yearly" or "daily" or "weekly"
                || (text.ToLowerInvariant() is "a" or "per" or "each" or "every" && w + 1 < words.Count && RateUnits.Contains(words[w + 1].Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? PeriodOf(string qualifier) => qualifier.ToLowerInvariant() switch
    {
        "annualised" or "annualized" or "annual" or "yearly" => Periods.PerYear,
        "monthly" => Periods.Month,
        "daily" => Periods.PerDay,
        _ => null,
    };

    /// <summary>The comma or point of "300,000" or "1.5": punctuation written between two digits.</summary>
    private static bool InsideNumber(List<Token> words, int w) =>
        w > 0 && w + 1 < words.Count && words[w].Text is "," or "." && words[w - 1].End == words[w].Start && words[w + 1].Start == words[w].End
        && char.IsDigit(words[w - 1].Text[^1]) && char.IsDigit(words[w + 1].Text[0]);

    private static bool Is(Token token, string word) => token.Text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
