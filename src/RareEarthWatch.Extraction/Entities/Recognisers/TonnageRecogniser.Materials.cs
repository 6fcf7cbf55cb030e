using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// The material a quantity is of: products, elements, ores and concentrates, coordinated and fronted materials.
public sealed partial class TonnageRecogniser
{
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

            if (mention.ProductId == GenericRareEarths
                && sentences.Sentences.FirstOrDefault(x => x.Start <= mention.Start && mention.End <= x.End) is { } bracketHolder
                && BracketedGroupBeforeRegex.Match(bracketHolder.Text[..(mention.Start - bracketHolder.Start)]) is { Success: true } bracketedGroup
                && (bracketedGroup.Groups["light"].Success ? "light-rare-earths" : bracketedGroup.Groups["medium"].Success ? "medium-heavy-rare-earths" : "heavy-rare-earths") is var bracketedId
                && index.Products.ContainsKey(bracketedId))
            {
                // "rock-type (light) rare earths account for 125,880 tonnes and ion-adsorption type (medium and heavy) rare earths for
                // 9,120 tonnes": a translated notice's group adjective in brackets names the group (dev11 M05, product36).
                rewritten ??= materials.ToList();
                rewritten[i] = mention with { ProductId = bracketedId, ElementSymbol = null };
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

    /// <summary>"(light) ", "(medium and heavy) ", "(heavy) " right before "rare earths" (product36).</summary>
    private static readonly Regex BracketedGroupBeforeRegex = new(@"(?i)\(\s*(?:(?<light>light)|(?<medium>(?:medium|middle)(?:\s+and\s+|[\s/-]+)heavy)|heavy)\s*\)\s*$", RegexOptions.Compiled);

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
    /// "Fastmarkets' assessment of praseodymium-neodymium oxide ... Total spot volume for oxide in the week was estimated at 310
    /// tonnes": a bare singular "oxide" before the figure, as its last material, is the specific oxide the story named last, unless a
    /// generic one (REO, TREO, mixed rare earth oxide) was named after it (dev11 M12, product36), as a bare "oxide" after the figure is
    /// (§76).
    /// </summary>
    private Material? SpecificBeforeBareOxideBefore(SentenceIndex sentences, int s, Quantity quantity, IReadOnlyList<MaterialMention> materials)
    {
        var sentence = sentences.Sentences[s];
        var figureStart = sentence.Start + quantity.NumberStart;
        if (materials.LastOrDefault(m => m.Start >= sentence.Start && m.End <= figureStart) is not { ProductId: "reo" } bare
            || !WrittenAs(sentence, bare, "oxide"))
        {
            return null;
        }

        var last = materials.LastOrDefault(m => m.End <= bare.Start && m.ProductId is { } id && index.Products.TryGetValue(id, out var p)
                                                && (p.Form == "oxide" || id is "reo" or "treo")
                                                && !(id == "reo" && sentences.Sentences.FirstOrDefault(x => x.Start <= m.Start && m.End <= x.End) is { } holder
                                                     && WrittenAs(holder, m, "oxide")));
        return last is { ProductId: { } lastId } && lastId is not ("reo" or "treo" or "mixed-rare-earth-oxide")
            ? new Material(lastId, last.ElementSymbol, last.AttachedElements, false)
            : null;
    }

    private static bool WrittenAs(Sentence holder, MaterialMention mention, string word) =>
        mention.Start >= holder.Start && mention.End <= holder.End
        && holder.Text.AsSpan(mention.Start - holder.Start, mention.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

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
        OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates, bool rowLabel = false)
    {
        if (own is not { ProductId: "rare-earth-concentrate", Foreign: false })
        {
            return null;
        }

        var sentence = sentences.Sentences[s];
        if (OtherPartyRegex.IsMatch(sentence.Text))
        {
            return null;
        }

        if (rowLabel)
        {
            // "3,150 t of monazite concentrate produced ... Concentrate stocks at 30 Sep | t | 2,150": a table row labelled with a
            // bare "Concentrate" is the story's mineral concentrate too (dev11 M16, product36).
            if (materials.FirstOrDefault(m => m.Start >= sentence.Start && m.End <= sentence.End) is not { } label
                || !sentence.Text.AsSpan(0, label.Start - sentence.Start).IsWhiteSpace() || !BareConcentrateMention(sentences, label))
            {
                return null;
            }
        }
        else if (BareConcentrateAfterRegex.Match(sentence.Text, quantity.End, sentence.Text.Length - quantity.End) is not { Success: true } bare
                 || bare.Index != quantity.End)
        {
            return null;
        }

        var last = materials.LastOrDefault(m => m.End <= sentence.Start && m.ProductId is { } id && index.Products.TryGetValue(id, out var p)
                                                && (p.Form is "mineral" or "concentrate" || p.Basis == "concentrate")
                                                // "3,150 t of monazite concentrate produced ... Concentrate produced | t | 3,150 ... Stage 1 is
                                                // designed for 15,300 tpa of concentrate": a bare "concentrate" between (a table row's label)
                                                // is the same concentrate, not another (dev11 M16; period35).
                                                && !BareConcentrateMention(sentences, m))
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

    /// <summary>A mention written as the bare word "concentrate" or "concentrates" (no mineral or kind named with it).</summary>
    private static bool BareConcentrateMention(SentenceIndex sentences, MaterialMention mention) =>
        mention.ProductId == "rare-earth-concentrate"
        && sentences.Sentences.FirstOrDefault(x => x.Start <= mention.Start && mention.End <= x.End) is { } holder
        && holder.Text.Substring(mention.Start - holder.Start, mention.Length) is var written
        && (written.Equals("concentrate", StringComparison.OrdinalIgnoreCase) || written.Equals("concentrates", StringComparison.OrdinalIgnoreCase));

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

    /// <summary>" of that will be ", " of it was ", " a year of this is ": a part of the figure before, then what it is.</summary>
    private static readonly Regex PartOfItIsAfterRegex = new(
        @"^\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?:that|this|it|them|those|these)\s+(?:(?:will|would|should|could|is\s+expected\s+to)\s+be|is|was|are|were)\s+",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"-based", " feed-derived", "- and lanthanum-based" right after a material: what it qualifies comes next (product36).</summary>
    private static readonly Regex DerivedFromAfterRegex = new(@"\G(?:-\s+(?:and|or)\s+[\p{L}]+|\s+[\p{Ll}]+)?-(?:based|derived|sourced)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>" products", " finished products" as the head after "-based".</summary>
    private static readonly Regex ProductsHeadRegex = new(@"^\s+(?:[\p{Ll}-]+\s+)?products?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private const string GenericProducts = "rare-earth-products";

    /// <summary>" is expected to be ", " was ", " will be " right after a figure: the figure is the subject of a copula naming
    /// what it is ("about 50 tonnes is expected to be dysprosium oxide") (product36).</summary>
    private static readonly Regex FigureIsAfterRegex = new(
        @"^\s+(?:(?:is|was|are|were)\s+(?:expected|estimated|forecast|projected|likely|set|due|planned)\s+to\s+be|(?:will|would|should|could|may|might)\s+be|is|was|are|were)\s+",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex PrepositionRegex = new(@"(?i)\b(?:to|for|by|from|in|at|with|of|on|into|as|under)\b", RegexOptions.Compiled);

    /// <summary>At most two lower-case words ("high-purity ", "separated heavy "), or nothing.</summary>
    private static readonly Regex TwoWordsAtMostRegex = new(@"^(?:[\p{Ll}-]+\s+){0,2}$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>" of it", " of them" right after the unit.</summary>
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

    /// <summary>" (dry weight, REO 50%)", " (net weight)" between a figure's unit and its "of" phrase: a note on how the mass is
    /// counted, not part of the material (product36).</summary>
    private static readonly Regex UnitAsideBeforeOfRegex = new(@"\G\s*\([^()]{1,60}\)(?=\s+(?:a\s+year\s+|per\s+annum\s+)?of\s)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>" of rare earth concentrate calculated as rare earth oxide", " of mixed carbonate, expressed as REO", " of rare earth
    /// concentrate on a REO basis": the figure's own "of" phrase, then the basis it is counted in (product36).</summary>
    private static readonly Regex OwnMaterialCalculatedAsRegex = new(
        @"\G\s+(?:a\s+year\s+|per\s+annum\s+)?of\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:calculated|expressed|measured|counted|reckoned|converted)\s+(?:as|in|into)\s+(?:(?<total>total\s+rare[\s-]earth\s+oxides?|TREO)|rare[\s-]earth\s+oxides?|REO)\b(?!\s+(?:content|grade))"
        // "96,400 tons of rare earth concentrate on a REO basis" (dev12 P06)
        + @"|(?:on\s+an?|in)\s+(?:(?<total>total\s+rare[\s-]earth\s+oxides?|TREO)|rare[\s-]earth\s+oxides?|REO)\s+(?:basis|terms)\b)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>" (REO basis)", " (on a TREO basis)", " (REO equivalent)", " (in REO terms)" right after a figure's unit: the basis the
    /// figure is counted on (dev15 S36); not a grade note such as " (dry weight, REO 50%)".</summary>
    private static readonly Regex BasisAsideAfterUnitRegex = new(
        @"\G\s*\(\s*(?:(?:on\s+an?|in|as)\s+)?(?:(?<total>TREO|total\s+rare[\s-]earth\s+oxides?)|REO|rare[\s-]earth\s+oxides?)(?:\s+(?:basis|terms|equivalent))?\s*\)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private const string MagnetScrapProduct = "magnet-scrap";

    /// <summary>Equipment taken out of service: "decommissioned", "dismantled", "end-of-life", "scrapped" (product36).</summary>
    private static readonly Regex RetiredEquipmentRegex = new(@"(?i)\b(?:decommissioned|dismantled|scrapped|end[\s-]of[\s-]life|shredded|discarded|junked)\b", RegexOptions.Compiled);

    /// <summary>A yield verb and a recycling verb: "each vehicle it processes yields", "recycling could yield" (product36).</summary>
    private static readonly Regex YieldVerbRegex = new(@"(?i)\byield(?:s|ed|ing)?\b", RegexOptions.Compiled);

    private static readonly Regex RecyclingWordRegex = new(@"(?i)\b(?:process(?:es|ed|ing)?|recycl\w*|recover\w*|reclaim\w*)\b", RegexOptions.Compiled);

    /// <summary>Magnets a figure counts that come out of retired equipment or a recycler's processing, by the words before it.</summary>
    private static bool MagnetsRecovered(string sentence, int numberStart)
    {
        var before = sentence.AsSpan(0, numberStart);
        return RetiredEquipmentRegex.IsMatch(before) || (YieldVerbRegex.IsMatch(before) && RecyclingWordRegex.IsMatch(sentence));
    }

    /// <summary>"a 10-tonne bulk sample", "a bulk sample of 25 t": a bulk sample taken from a deposit (product36).</summary>
    private static readonly Regex BulkSampleAfterRegex = new(@"\G[\s-]*bulk[\s-]+samples?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex BulkSampleBeforeRegex = new(@"\bbulk[\s-]+samples?\s+of\s+(?:(?:about|around|some|roughly|approximately|nearly|more\s+than|over)\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// "We shipped a 10-tonne bulk sample to a laboratory in Saskatoon", "A bulk sample of 25 t was shipped to Japan": a bulk sample
    /// that names no material of its own is ore dug from the deposit (dev11 M24, dev9 K29), not the product the sentence before
    /// named; "a 20-tonne bulk sample of concentrate" keeps its own material (read before this).
    /// </summary>
    private Material? BulkSampleOre(Sentence sentence, Quantity quantity) =>
        oreProduct is not null
        && (BulkSampleAfterRegex.IsMatch(sentence.Text, quantity.End) || BulkSampleBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            ? new Material(oreProduct.Id, null, null, OreByGrade: false)
            : null;

    private Material? MaterialAfter(Sentence sentence, List<Quantity> quantities, int q, List<Token> words, IReadOnlyList<MaterialMention> materials)
    {
        var quantity = quantities[q];
        if (UnitAsideBeforeOfRegex.Match(sentence.Text, quantity.End) is { Success: true } aside)
        {
            // "intends to purchase 42,000 tonnes (dry weight, REO 50%) of rare earth concentrate": the material is read after the
            // aside; its comma does not end the phrase and its grade basis is no material of the figure (dev11 M36, product36).
            quantity = quantity with { End = aside.Index + aside.Length };
        }

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

        if (FigureIsAfterRegex.Match(after) is { Success: true } figureIs
            && materials.FirstOrDefault(m => m.Start >= sentence.Start + quantity.End + figureIs.Length && m.Start <= sentence.Start + sentence.Text.Length
                                             && TwoWordsAtMostRegex.IsMatch(sentence.Text.AsSpan(quantity.End + figureIs.Length, m.Start - sentence.Start - quantity.End - figureIs.Length))
                                             // "5,000 tonnes were allocated to magnet makers": a verb's phrase, not what the figure is
                                             && !PrepositionRegex.IsMatch(sentence.Text.AsSpan(quantity.End + figureIs.Length, m.Start - sentence.Start - quantity.End - figureIs.Length))) is { } isNamed)
        {
            // "Of the total, about 50 tonnes is expected to be dysprosium oxide and about 15 tonnes terbium oxide", "Around 120 tonnes
            // was SEG concentrate": a figure that is the subject of a copula is what the copula names (dev11 M19, product36);
            // "of which 1,120 tonnes were dysprosium and terbium products": joined elements as elsewhere (dev11 M06).
            return Coordinated(sentence, materials, isNamed, sentence.Start + (q + 1 < quantities.Count ? quantities[q + 1].Start : sentence.Text.Length))
                   ?? new Material(isNamed.ProductId, isNamed.ElementSymbol, isNamed.AttachedElements, false);
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
        if (mention is not null && DerivedFromAfterRegex.Match(sentence.Text, mention.End - sentence.Start) is { Success: true } derived
            && derived.Index + derived.Length <= (q + 1 < quantities.Count ? quantities[q + 1].Start : sentence.Text.Length))
        {
            // "3.6 wan tonnes of bastnaesite-based rare earth oxide equivalent", "600 t/yr of recycled magnet feed-derived oxides",
            // "4,000 tonnes a year of cerium- and lanthanum-based products": what a product is based on or derived from only says
            // where it comes from; the figure is of the head noun after it (dev11 M39, M40; dev10 L26; product36).
            var headStart = sentence.Start + derived.Index + derived.Length;
            if (materials.FirstOrDefault(m => m.Start >= headStart && m.Start - sentence.Start <= (q + 1 < quantities.Count ? quantities[q + 1].Start : sentence.Text.Length)
                                              && TwoWordsAtMostRegex.IsMatch(sentence.Text.Substring(headStart - sentence.Start, m.Start - headStart).TrimStart())) is { } headNoun)
            {
                mention = headNoun;
            }
            else
            {
                // A head the gazetteer does not know ("apatite-based phosphate by-product") is no rare-earth material; generic
                // "products" are rare earth products.
                return ProductsHeadRegex.IsMatch(sentence.Text.AsSpan(headStart - sentence.Start)) && index.Products.ContainsKey(GenericProducts)
                    ? new Material(GenericProducts, null, null, false)
                    : new Material(null, null, null, OreByGrade: false);
            }
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

            // "The project will also produce merchant-grade phosphoric acid, about 144,000 tonnes a year": the commodity, a comma and
            // only a hedge before the figure, which stands in apposition to it (dev14 R34; measure37).
            var appositive = next + 1 < words.Count && words[next].Text == ","
                && words.Skip(next + 1).TakeWhile(t => t.Start < quantity.NumberStart).All(t => AppositionHedges.Contains(t.Text));
            if ((headsMeasure || afterMeasureOf || rightBefore || producerWith || appositive)
                && !materials.Any(m => m.Start >= from && m.End <= sentence.Start + quantity.NumberStart)
                && (appositive || !ClauseBreakRegex.IsMatch(sentence.Text.AsSpan(words[w].Start, quantity.NumberStart - words[w].Start))))
            {
                return new Material(null, null, null, OreByGrade: false, Foreign: true, Commodity: CommodityWord(sentence, words, w, quantity.NumberStart, materials));
            }
        }

        return null;
    }

    /// <summary>Hedges that may stand between a comma and a figure in apposition ("phosphoric acid, about 144,000 tonnes").</summary>
    private static readonly HashSet<string> AppositionHedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "some", "roughly", "nearly", "almost", "approximately", "an", "estimated", "or",
    };

    /// <summary>
    /// Whether word <paramref name="w"/> names another traded commodity that is the material itself, not a qualifier of a waste
    /// body rare earths are recovered from ("zircon tailings", "copper slag"), up to <paramref name="end"/>. A commodity joined
    /// to a rare-earth material ("tin and rare earth concentrate", "niobium/REE concentrate") is a mixed product, not another
    /// commodity.
    /// </summary>
    private static bool HyphenAfter(string sentence, Token word) =>
        word.Start + word.Text.Length < sentence.Length && sentence[word.Start + word.Text.Length] is '-' or '\u2010' or '\u2011';

    private static bool CommodityWord(Sentence sentence, List<Token> words, int w, int end, IReadOnlyList<MaterialMention> materials)
    {
        // A reagent as a grade ("reagent-grade oxide", "acid-soluble") names no reagent mass.
        if (!(TonnageLexicon.OtherCommodities.Contains(words[w].Text)
              || (TonnageLexicon.Reagents.Contains(words[w].Text) && !HyphenAfter(sentence.Text, words[w])))
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

    /// <summary>The words between a plant's size and a later figure: "and we expect roughly", ", and the company expects about".</summary>
    private static readonly Regex ExpectsAfterSizeRegex = new(
        @"^[^.;]*?\b(?:and|but|while)\s+(?:(?:we|it|they|management|the\s+(?:company|group|firm|plant|line))\s+)?(?:now\s+)?(?:expects?|anticipates?|forecasts?|sees?|projects?|estimates?)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|an\s+estimated|output\s+of|production\s+of)\s+)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A hedge that may stand between "over" and the figure ("hand over about 2,000 tonnes", "an option over some 500 t").</summary>
    private const string OptionalHedgeAfterOver = @"(?:(?:about|around|roughly|some|approximately|nearly|almost|an\s+estimated)\s+)?";

    /// <summary>"hand over", "handed over", "turned over", "passed over" right before the figure (hedges between).</summary>
    private static readonly Regex HandedOverRegex = new(
        @"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|pass|passes|passed|passing)\s+over\s+" + OptionalHedgeAfterOver + "$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The hedge after "hand over" ("hand over about 2,000 tonnes").</summary>
    private static readonly Regex HandedOverHedgeRegex = new(
        @"\bover\s+(?<q>about|around|roughly|some|approximately|nearly|almost|an\s+estimated)\s+$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Right after an adjectival figure, a yearly word ("-ton annual NdPr rate", "-tonne yearly capacity").</summary>
    private static readonly Regex AnnualRightAfterRegex = new(
        @"^\s*(?:annual|yearly|annuali[sz]ed|per[\s-]year|a[\s-]year)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"scaling up to ", "ramped up to ", "scale up to about ": a verb of growing to a level before the figure.</summary>
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
}
