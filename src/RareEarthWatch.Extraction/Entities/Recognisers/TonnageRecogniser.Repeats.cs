using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// Figures repeated, corrected, withdrawn or only supposed, and shares or totals of figures already read.
public sealed partial class TonnageRecogniser
{
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

    /// <summary>"An earlier version of this report gave the October figure as ", "A previous version of this story misstated the
    /// stockpile as ": the wrong value an editor's note repeats, in its own clause (measure36).</summary>
    private static readonly Regex EarlierVersionBeforeRegex = new(
        @"(?i)\b(?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:story|report|article|release|item|column|brief)\b[^;:.()]{0,100}$",
        RegexOptions.Compiled);

    /// <summary>"weighs more than", "weighing far less than", "heavier than", "outweighs": a comparison of weight (measure36).</summary>
    private static readonly Regex WeightComparisonRegex = new(
        @"(?i)\bweigh(?:s|ed|ing)?\s+(?:(?:about|roughly|nearly|almost|far|much|well|many\s+times)\s+)?(?:more|less)\s+than\b|\bweigh(?:s|ed|ing)?\s+as\s+much\s+as\b|\b(?:heavier|lighter)\s+than\b|\boutweigh(?:s|ed|ing)?\b",
        RegexOptions.Compiled);

    /// <summary>" of ", " a year of ": the figure names the material it is a mass of.</summary>
    private static readonly Regex OwnMaterialAfterRegex = new(@"(?i)^\s+(?:(?:a|per)\s+(?:year|annum)\s+)?of\s", RegexOptions.Compiled);

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

        // "Editor's note: An earlier version of this story misstated the size of the stockpile. It is about 1 million tonnes, not 1
        // billion tonnes": the value set right before a denied one restates a figure the story gave already, no second fact (dev11
        // M10); "An earlier version of this report gave the October figure as 3,120 tonnes": the wrong value a note repeats (measure36).
        if (q + 1 < quantities.Count && DeniedValueBetweenRegex.IsMatch(sentence.AsSpan(quantity.End, quantities[q + 1].Start - quantity.End))
            && facts.Exists(f => f.Min == Tonnes(quantity) && f.Max == Tonnes(quantity)))
        {
            return true;
        }

        if (EarlierVersionBeforeRegex.IsMatch(before))
        {
            return true;
        }

        // "America's annual magnet shortfall weighs more than a carrier's superstructure; the entire Eiffel Tower, at 7,300 tonnes,
        // would not fill it", "weighing more than three Tokyo Towers, which at 4,000 tonnes each": a figure after a comparison of
        // weight, with no material of its own, is the weight of the thing compared, no fact (dev11 M07 and its decision 10; measure36).
        if (WeightComparisonRegex.IsMatch(before) && !OwnMaterialAfterRegex.IsMatch(sentence.AsSpan(quantity.End)))
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

    /// <summary>A figure of a million tonnes or more taking a refined product (carbonate, oxide, metal, magnets) from elsewhere, or
    /// of a hundred million tonnes or more taking an oxide basis (REO, TREO).</summary>
    private bool IsRefinedAtOreScale(Quantity quantity, Material? material)
    {
        const double MillionTonnes = 1e6;
        // "a 2 mtpa open-pit mine": a small figure in "mtpa" is million tonnes when it is ore, and a refined product is not
        // made by the million.
        var factor = quantity.AmbiguousMtpa && !quantity.MtpaWrittenOut && quantity.WrittenValue < options.MtpaMillionBelow ? MillionTonnes : quantity.Factor;
        var tonnes = (quantity.Value2 ?? quantity.Value1 ?? 0) * factor;
        return material is { ProductId: { } id, Foreign: false, OreByGrade: false }
               && ((tonnes >= MillionTonnes && index.Products[id].Basis is "carbonate" or "oxide" or "NdPr oxide" or "metal" or "magnet" or "product")
                   // "containing some 210,000 tonnes of TREO, within a wider resource of 510 million tonnes": no deposit holds a hundred
                   // million tonnes of contained oxide, so a figure that size taking an oxide basis from before is ore (dev12 P11, product36).
                   || (tonnes >= 100 * MillionTonnes && index.Products[id].Basis is "REO" or "TREO" or "TREYO"));
    }
}
