using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Matching;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>Elements (with products) and materials found in a text.</summary>
public sealed record ElementResult(
    IReadOnlyList<Mention> Elements,
    IReadOnlyList<(string Symbol, string ProductId)> ProductLinks,
    IReadOnlyList<Mention> RareEarthMentions,
    IReadOnlyList<MaterialMention> Materials);

/// <summary>
/// Element names and aliases, products (which tag the elements they name: "neodymium oxide" -> Nd, "NdFeB magnets"
/// -> Nd, "NdPr" -> Nd and Pr) and element symbols in chemical notation only. Group terms and accounting bases
/// ("rare earths", "REO") and products that name no element ("rare earth magnets", "monazite") do not tag all their
/// elements: they are reported as a generic rare-earth mention. Common-word product aliases ("magnets", "ore") are
/// kept only as tonnage materials.
/// </summary>
public sealed class ElementRecogniser(GazetteerIndex index)
{
    /// <summary>What may stand between coordinated element names: a comma, "and", "or", ", and", "/", "&amp;".</summary>
    private static readonly Regex ElementCoordinatorRegex = new(@"^\s*(?:,|/|&|(?i:and|or)|,\s*(?i:and|or))\s*$", RegexOptions.CultureInvariant);

    private readonly FrozenDictionary<string, string> productsByName = index.Products.Values
        .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.Name, p => p.Id, StringComparer.OrdinalIgnoreCase);

    public ElementResult Recognise(string text, IReadOnlyList<PhraseMatch> matches, IReadOnlySet<PhraseMatch> taken, SentenceIndex sentences)
    {
        var elements = new List<Mention>();
        var links = new List<(string, string)>();
        var generic = new List<Mention>();
        var materials = new List<MaterialMention>();
        var covered = new List<(int Start, int End)>();
        var listed = new List<(string Symbol, int Start, int End)>();
        var commonWords = new HashSet<MaterialMention>();

        foreach (var match in matches)
        {
            covered.Add((match.Start, match.End));
            if (taken.Contains(match) || match.Targets.Any(t => t.Kind is PhraseKind.Country or PhraseKind.Blocker))
            {
                continue;
            }

            // "heavy-rare-earth-free NdFeB magnets", "dysprosium-free magnets": the words name what the material is without, so
            // they stay element mentions but are no material of a tonnage.
            var without = FreeOfAfter(text, match.End);
            var product = match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.Product);
            var element = match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.Element);
            var ambiguous = match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.ProductAmbiguous);
            if (product is not null)
            {
                var entry = index.Products[product.Id];
                var attached = product.AttachedElements?.Split(Gazetteer.MultiValueSeparator) ?? [];
                foreach (var symbol in attached)
                {
                    elements.Add(new Mention(symbol, match.Start, match.Length));
                    links.Add((symbol, product.Id));
                }

                if (entry.ContainsRareEarths && (attached.Length == 0 || entry.Form is "group term" or "basis"))
                {
                    generic.Add(new Mention(product.Id, match.Start, match.Length));
                }

                if (!without)
                {
                    materials.Add(new MaterialMention(match.Start, match.Length, product.Id, null, product.AttachedElements));
                }

                links.AddRange(SharedProductLinks(text, listed, match.Start, entry));
                listed.Clear();
            }
            else if (element is not null)
            {
                elements.Add(new Mention(element.Id, match.Start, match.Length));
                if (listed.Count > 0 && !Coordinates(text, listed[^1].End, match.Start))
                {
                    listed.Clear();
                }

                listed.Add((element.Id, match.Start, match.End));
                if (!without)
                {
                    materials.Add(new MaterialMention(match.Start, match.Length, null, element.Id, element.Id));
                }
            }
            else if (ambiguous is not null && SpelledOutElements(text.AsSpan(match.Start, match.Length)) is { } spelled)
            {
                // "praseodymium-neodymium raw materials": the words are element names joined, so they name those elements
                // whatever product they turn out to be.
                foreach (var symbol in spelled)
                {
                    elements.Add(new Mention(symbol, match.Start, match.Length));
                }

                if (!without)
                {
                    var mention = new MaterialMention(match.Start, match.Length, ambiguous.Id, null, ambiguous.AttachedElements);
                    materials.Add(mention);
                    commonWords.Add(mention);
                }
            }
            else if (ambiguous is not null && !without)
            {
                var mention = new MaterialMention(match.Start, match.Length, ambiguous.Id, null, ambiguous.AttachedElements);
                materials.Add(mention);
                commonWords.Add(mention);
            }
        }

        foreach (var (symbol, start, length) in ChemicalNotation.Find(text, index.ChemicalSymbols, index.Elements))
        {
            if (covered.Exists(c => start < c.End && start + length > c.Start))
            {
                continue;
            }

            elements.Add(new Mention(symbol, start, length));
            materials.Add(new MaterialMention(start, length, null, symbol, symbol));
        }

        materials.Sort((a, b) => a.Start.CompareTo(b.Start));
        ResolveBareMagnets(text, materials, commonWords, sentences);
        ResolveMixedHeadings(text, materials);
        ResolveOresJoined(text, materials);
        ResolveDefiniteIntermediates(text, materials, commonWords, sentences);
        elements.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ElementResult(elements, links, generic, materials);
    }

    /// <summary>Element names joined by hyphens or slashes ("praseodymium-neodymium"): their symbols; null when a part is no
    /// element name.</summary>
    private List<string>? SpelledOutElements(ReadOnlySpan<char> words)
    {
        var symbols = new List<string>();
        foreach (var range in words.SplitAny("-/‐–"))
        {
            var part = words[range].Trim().ToString();
            var element = index.Elements.Values.FirstOrDefault(e => e.Name.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (element is null)
            {
                return null;
            }

            symbols.Add(element.Symbol);
        }

        return symbols.Count >= 2 ? symbols : null;
    }

    /// <summary>
    /// "dysprosium and terbium oxides", "neodymium, praseodymium and terbium metals": element names listed right before a
    /// product of one element share its product noun, so each listed element gets its own product of that form when the
    /// gazetteer has one ("dysprosium oxide").
    /// </summary>
    private IEnumerable<(string Symbol, string ProductId)> SharedProductLinks(
        string text, List<(string Symbol, int Start, int End)> listed, int productStart, ProductEntry product)
    {
        if (listed.Count == 0 || product.ElementSymbols.Count != 1 || !Coordinates(text, listed[^1].End, productStart)
            || !index.Elements.TryGetValue(product.ElementSymbols[0], out var own)
            || !product.Name.StartsWith(own.Name + " ", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        var noun = product.Name[own.Name.Length..];
        foreach (var (symbol, _, _) in listed)
        {
            if (index.Elements.TryGetValue(symbol, out var element) && productsByName.TryGetValue(element.Name + noun, out var id))
            {
                yield return (symbol, id);
            }
        }
    }

    private static bool Coordinates(string text, int end, int start) =>
        start >= end && ElementCoordinatorRegex.IsMatch(text.AsSpan(end, start - end));

    /// <summary>
    /// Coreference of a bare "magnet(s)" (ndfeb-magnet by products.csv when the story names no kind, T12/T13/T36/T61): when
    /// the most recent kind of rare-earth magnet named before it is the generic one ("rare earth (permanent) magnets", "REPM"),
    /// a bare "magnets"/"magnet exports"/"magnet plant" is that kind, as T10 takes rare-earth-permanent-magnet from the
    /// sentence before. A kind named after it ("neodymium magnets ... magnets", "NdFeB", "SmCo magnets") keeps the products.csv
    /// reading; common-word aliases ("permanent magnets", "sintered magnets") name no kind.
    /// </summary>
    private void ResolveBareMagnets(string text, List<MaterialMention> materials, HashSet<MaterialMention> commonWords, SentenceIndex sentences)
    {
        const string Generic = "rare-earth-permanent-magnet";
        const string SmCo = "smco-magnet";
        const string Sintered = "sintered-ndfeb-magnet";
        MaterialMention? named = null;
        for (var i = 0; i < materials.Count; i++)
        {
            var mention = materials[i];
            if (mention.ProductId is not { } id || !index.Products.TryGetValue(id, out var product) || product.Form != "magnet"
                || !product.ContainsRareEarths)
            {
                continue;
            }

            if (mention.ProductId == Sintered)
            {
                // "a maker of sintered neodymium magnets ... made 3,650 tonnes of magnets": in a passage about sintered NdFeB
                // magnets (the alias or the common words "sintered magnets"), a later bare "magnets" is sintered too (dev8/dev9
                // convention, product34).
                named = mention;
            }
            else if (commonWords.Contains(mention))
            {
                // "a samarium-cobalt magnet plant ... first output of about 300 short tons of magnets": after SmCo magnets, with no
                // other kind named between, a bare "magnets" is SmCo too (product24); sintered/"permanent" kinds are not carried.
                if (named?.ProductId is Generic or SmCo && IsBareMagnet(text, mention)
                    || (named?.ProductId == Sintered && IsBareMagnet(text, mention)
                        && sentences.IndexOf(mention.Start) - sentences.IndexOf(named.Start) is >= 0 and <= 2
                        && !MagnetIntensityBeforeRegex.IsMatch(text.AsSpan(0, mention.Start))
                        && !MagnetIntensityAfterRegex.IsMatch(text.AsSpan(mention.End))))
                {
                    materials[i] = mention with { ProductId = named.ProductId, AttachedElements = named.AttachedElements };
                }
            }
            else
            {
                named = mention;
            }
        }
    }

    /// <summary>"about 1.4 kg of magnets", "2 kilograms of magnets": a per-unit content, NdFeB in general rather than the sintered kind of the story.</summary>
    private static readonly Regex MagnetIntensityBeforeRegex = new(@"\b(?i:kg|kilograms?|kilos?|grams?|g|lb|pounds?)\s+(?i:of)\s+$", RegexOptions.CultureInvariant);

    /// <summary>"magnets per vehicle", "magnets in each motor": a per-unit content.</summary>
    private static readonly Regex MagnetIntensityAfterRegex = new(@"^\s+(?i:per|in\s+(?:each|every|a|an))\s", RegexOptions.CultureInvariant);

    /// <summary>A determiner that points back: "the", "this", "that", "its", "their", "such".</summary>
    private static readonly Regex PointingDeterminerBeforeRegex = new(@"\b(?i:the|this|that|its|their|such)\s+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// "would produce about 1,400 tonnes a year of heavy rare earth concentrate ... plans to ship the concentrate ... up to 2,000
    /// tonnes a year": a common-word "concentrate"/"carbonate" after a pointing determiner is the product of that basis the story
    /// named last (heavy rare earth concentrate, monazite, SEG concentrate; cerium carbonate), not the generic row the
    /// common word maps to. Without a determiner the common word keeps its generic row.
    /// </summary>
    private void ResolveDefiniteIntermediates(string text, List<MaterialMention> materials, HashSet<MaterialMention> commonWords, SentenceIndex sentences)
    {
        var named = new Dictionary<string, MaterialMention>(StringComparer.Ordinal);
        for (var i = 0; i < materials.Count; i++)
        {
            var mention = materials[i];
            if (mention.ProductId is not { } id || !index.Products.TryGetValue(id, out var product)
                || DefiniteKind(product) is not { } kindKey)
            {
                continue;
            }

            if (!commonWords.Contains(mention))
            {
                named[kindKey] = mention;
            }
            else if (named.TryGetValue(kindKey, out var kind) && kind.ProductId != id
                     && (kindKey != "oxide" || product.Form == "basis") // "the mixed oxide" keeps its own row; only the generic "the oxide" points back
                     && PointingDeterminerBeforeRegex.IsMatch(text.AsSpan(0, mention.Start)))
            {
                materials[i] = mention with { ProductId = kind.ProductId, AttachedElements = kind.AttachedElements };
            }
            else if (named.TryGetValue(kindKey, out var mineral) && mineral.ProductId != id && product.Form == "concentrate"
                     && mineral.ProductId is { } mineralId && index.Products.TryGetValue(mineralId, out var mineralProduct)
                     && mineralProduct.Form == "mineral"
                     && (sentences.IndexOf(mention.Start) - sentences.IndexOf(mineral.End)) is var apart
                     && (apart <= 1
                         // "48,000 tonnes per annum of monazite concentrate ... Ore Reserves stand at 118 Mt ... Life-of-mine concentrate
                         // output totals roughly 2.1 million tonnes": a bare "concentrate" heading an output word is the project's
                         // concentrate also two sentences on (product27).
                         || (apart <= 2 && ConcentrateOutputAfterRegex.Match(text, mention.End) is { Success: true } output && output.Index == mention.End)))
            {
                // "agreed to sell its xenotime concentrate to Iluka ... Iluka will buy up to 2,000 tonnes a year of concentrate": a
                // bare "concentrate" in the sentence naming a mineral's concentrate, or the next one, is that mineral (product26).
                materials[i] = mention with { ProductId = mineralId, AttachedElements = mineral.AttachedElements };
            }
        }
    }

    /// <summary>" output", " production", " sales", " shipments", " exports" right after a bare "concentrate".</summary>
    private static readonly Regex ConcentrateOutputAfterRegex = new(@"\G\s+(?i:output|production|sales|shipments|exports)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"oxides and compounds", "oxides and magnet materials": a rare-earth product joined to a generic noun of other forms.</summary>
    private static readonly Regex MixedHeadingAfterRegex = new(
        @"^\s+(?i:and|or|&)\s+(?:(?i:other)\s+)?(?:(?i:rare[- ]earth|magnet)\s+)?(?i:compounds|materials)\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// "27,600 tonnes of rare earth oxides and compounds" (the customs heading), "purchase 2,400 tons of rare earth oxides and
    /// magnet materials": a rare-earth product joined by "and" to a generic "compounds"/"materials" names a mixed mass, the
    /// rare earths as a group, not the first product (product23). A "magnet" inside "magnet materials" is no material of its own.
    /// </summary>
    private void ResolveMixedHeadings(string text, List<MaterialMention> materials)
    {
        const string Group = "rare-earths";
        if (!index.Products.ContainsKey(Group))
        {
            return;
        }

        for (var i = 0; i < materials.Count; i++)
        {
            var mention = materials[i];
            if (mention.ProductId is not { } id || id == Group || !index.Products.TryGetValue(id, out var product)
                || !product.ContainsRareEarths || product.Form is "mineral" or "deposit type" or "ore" or "feedstock" or "scrap"
                || MixedHeadingAfterRegex.Match(text, mention.End, text.Length - mention.End) is not { Success: true } heading
                || heading.Index != mention.End)
            {
                continue;
            }

            var end = heading.Index + heading.Length;
            materials[i] = mention with { ProductId = Group, ElementSymbol = null, AttachedElements = null, Length = end - mention.Start };
            materials.RemoveAll(m => m != materials[i] && m.Start >= mention.End && m.Start < end);
        }
    }

    /// <summary>"rare earth ores and concentrates", "ore and concentrate", "rare earth ores and compounds": a customs or trade heading
    /// joining ores with another form.</summary>
    private static readonly Regex OresJoinedRegex = new(
        @"\b(?:(?i:rare)[\s-](?i:earths?)\s+)?(?i:ores?)\s*(?:,|\band\b|\bor\b|&|/)\s*(?:(?i:rare)[\s-](?i:earths?)\s+)?(?<second>(?i:concentrates?|compounds))\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "imported about 130,000 tonnes of rare earth ores and concentrates", "imports of rare earth ores and compounds from Myanmar": a
    /// heading joining ores with concentrates is the concentrate (dev3 D03, dev10 L09: the most specific single row), one joining
    /// ores with compounds is the rare earths as a group (dev10 L22), not the ore named first (product34).
    /// </summary>
    private void ResolveOresJoined(string text, List<MaterialMention> materials)
    {
        foreach (Match match in OresJoinedRegex.Matches(text))
        {
            var id = match.Groups["second"].Value.StartsWith("conc", StringComparison.OrdinalIgnoreCase) ? "rare-earth-concentrate" : "rare-earths";
            if (!index.Products.ContainsKey(id)
                || !materials.Exists(m => m.Start >= match.Index && m.End <= match.Index + match.Length && m.ProductId is { } pid
                                          && index.Products.TryGetValue(pid, out var p) && p.Form == "ore"))
            {
                continue;
            }

            var start = match.Index;
            var end = match.Index + match.Length;
            materials.RemoveAll(m => m.Start >= start && m.End <= end);
            var at = materials.FindIndex(m => m.Start > start);
            materials.Insert(at < 0 ? materials.Count : at, new MaterialMention(start, end - start, id, null, null));
        }
    }

    /// <summary>
    /// The kind a definite common word points back to: concentrate, carbonate, or (product23) oxide: "Dysprosium oxide prices
    /// fell as the group released 120 tonnes of the oxide": any oxide product or the REO basis names the oxide kind.
    /// </summary>
    private static string? DefiniteKind(ProductEntry product) =>
        product.Basis is "concentrate" or "carbonate" ? product.Basis
        : product.Form == "oxide" || product.Basis == "REO" ? "oxide"
        : null;

    private static bool IsBareMagnet(string text, MaterialMention mention)
    {
        var span = text.AsSpan(mention.Start, mention.Length);
        return span.Equals("magnet", StringComparison.OrdinalIgnoreCase) || span.Equals("magnets", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"-free" or " free" right after a phrase ("heavy-rare-earth-free", "dysprosium free").</summary>
    private static bool FreeOfAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (rest.Length > 0 && rest[0] is '-' or ' ')
        {
            rest = rest[1..];
        }
        else
        {
            return false;
        }

        return rest.StartsWith("free", StringComparison.OrdinalIgnoreCase) && (rest.Length == 4 || !char.IsLetter(rest[4]));
    }
}
