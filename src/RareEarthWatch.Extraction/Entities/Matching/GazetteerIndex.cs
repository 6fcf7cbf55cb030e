using System.Collections.Frozen;
using RareEarthWatch.Extraction.Entities.Recognisers;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Matching;

/// <summary>
/// The gazetteer compiled for matching: one <see cref="PhraseMatcher"/> over every organisation, country, blocker,
/// element and product phrase (so the longest phrase wins across kinds: "Indian Rare Earths" beats "Indian"),
/// a dateline matcher, and lookups by id. Built once per <see cref="EntityRecognizer"/>.
/// </summary>
public sealed class GazetteerIndex
{
    /// <summary>A product with at most this many elements tags them all even when its name does not say them ("didymium oxide").</summary>
    public const int MaxImplicitProductElements = 2;

    /// <summary>Longest country prefix (in tokens) looked for at the start of an organisation alias.</summary>
    private const int MaxCountryPrefixTokens = 4;

    public GazetteerIndex(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        Organisations = gazetteer.Organisations.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        Countries = gazetteer.Countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Elements = gazetteer.Elements.ToFrozenDictionary(e => e.Symbol, StringComparer.Ordinal);
        Products = gazetteer.Products.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        ChemicalSymbols = gazetteer.ChemicalSymbols.Concat(gazetteer.Elements.Select(e => e.Symbol))
            .ToFrozenSet(StringComparer.Ordinal);

        var countryNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in gazetteer.Countries)
        {
            foreach (var name in country.Aliases.Prepend(country.Name))
            {
                countryNames.TryAdd(name, country.Code);
            }

            foreach (var abbreviation in country.Abbreviations)
            {
                abbreviations.TryAdd(abbreviation, country.Code);
            }

            foreach (var demonym in country.Demonyms)
            {
                demonyms.TryAdd(demonym, country.Code);
            }
        }

        AddOrganisations(gazetteer, countryNames, demonyms, abbreviations);
        AddCountries(gazetteer);
        AddElementsAndProducts(gazetteer);

        foreach (var city in gazetteer.Datelines)
        {
            foreach (var spelling in city.AltSpellings.Prepend(city.City))
            {
                Datelines.Add(spelling, new PhraseTarget(PhraseKind.Country, city.CountryCode), _ => false, requireCapital: true);
            }
        }

        foreach (var region in gazetteer.Regions)
        {
            foreach (var spelling in region.Abbreviations.Prepend(region.Name))
            {
                Regions.Add(spelling, new PhraseTarget(PhraseKind.Country, region.CountryCode), _ => false, requireCapital: true);
            }
        }

        DatelineCities = gazetteer.Datelines
            .SelectMany(d => d.AltSpellings.Prepend(d.City).Select(s => (s, d.CountryCode)))
            .DistinctBy(p => p.s, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.s, p => p.CountryCode, StringComparer.OrdinalIgnoreCase);
    }

    public Gazetteer Gazetteer { get; }
    public PhraseMatcher Main { get; } = new();
    public PhraseMatcher Datelines { get; } = new();

    /// <summary>States and provinces (regions.csv), matched only after a dateline city.</summary>
    public PhraseMatcher Regions { get; } = new();
    public FrozenDictionary<string, string> DatelineCities { get; }
    public FrozenDictionary<string, OrganisationEntry> Organisations { get; }
    public FrozenDictionary<string, CountryEntry> Countries { get; }
    public FrozenDictionary<string, ElementEntry> Elements { get; }
    public FrozenDictionary<string, ProductEntry> Products { get; }
    public FrozenSet<string> ChemicalSymbols { get; }

    /// <summary>
    /// Case matters for a token of a product or element phrase when it is an acronym or formula: two capitals
    /// ("NdPr", "REO"), a capital with digits ("Nd2O3"), or a short capitalised symbol ("Nd", "Di").
    /// </summary>
    public static bool IsCaseSignificant(Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }

        var upper = 0;
        var digit = false;
        foreach (var c in token.Text)
        {
            upper += char.IsUpper(c) ? 1 : 0;
            digit |= char.IsDigit(c);
        }

        const int MaxSymbolLength = 2;
        return upper >= 2 || (upper >= 1 && digit) || (upper == 1 && (token.Text.Length <= MaxSymbolLength || !char.IsUpper(token.Text[0])));
    }

    private void AddOrganisations(
        Gazetteer gazetteer,
        Dictionary<string, string> countryNames,
        Dictionary<string, string> demonyms,
        Dictionary<string, string> abbreviations)
    {
        foreach (var org in gazetteer.Organisations)
        {
            var names = org.Aliases.Prepend(org.Name).ToList();
            foreach (var alias in names)
            {
                var (prefixCode, prefixTokens) = CountryPrefix(alias, names, countryNames, demonyms, abbreviations);
                Main.Add(
                    alias,
                    new PhraseTarget(PhraseKind.Organisation, org.Id, PrefixCountryCode: prefixCode, PrefixTokenCount: prefixTokens),
                    IsCaseSignificant,
                    requireCapital: true);
            }

            foreach (var alias in org.AmbiguousAliases)
            {
                Main.Add(alias, new PhraseTarget(PhraseKind.OrganisationAmbiguous, org.Id), _ => true, requireCapital: false);
            }
        }
    }

    /// <summary>
    /// "Japan's Ministry of ..." (possessive) or "Japanese Ministry of ..." when the rest is also a name of the
    /// same organisation: the leading country words are a descriptor, so they are a country mention.
    /// "Indian Rare Earths" is not: "Rare Earths" is not a name of IREL.
    /// </summary>
    private static (string? Code, int Tokens) CountryPrefix(
        string alias,
        List<string> names,
        Dictionary<string, string> countryNames,
        Dictionary<string, string> demonyms,
        Dictionary<string, string> abbreviations)
    {
        var tokens = Tokenizer.Tokenize(alias);
        for (var p = 1; p <= MaxCountryPrefixTokens && p + 2 < tokens.Count; p++)
        {
            var head = alias[tokens[0].Start..tokens[p - 1].End];
            if (tokens[p].Text == "'" && tokens[p + 1].Text is "s" or "S"
                && countryNames.TryGetValue(head, out var code))
            {
                return (code, p + 2);
            }

            // "Japanese Ministry of ...", "U.S. Department of Defense": a demonym or abbreviation before another name
            // of the same organisation describes it. A full country name does not: "China Northern Rare Earth".
            // When the canonical name itself starts with that word ("U.S. Geological Survey", "U.S. International Development
            // Finance Corporation"), the word is part of the body's own name, not a descriptor: no country mention, as
            // "Indian Rare Earths" is none.
            if ((demonyms.TryGetValue(head, out var descriptor) || abbreviations.TryGetValue(head, out descriptor))
                && names.Contains(alias[tokens[p].Start..], StringComparer.OrdinalIgnoreCase))
            {
                return CanonicalStartsWith(names[0], head) ? (null, 0) : (descriptor, p);
            }
        }

        return (null, 0);
    }

    /// <summary>"U.S. Geological Survey" starts with "US" (dots and case ignored, whole words).</summary>
    private static bool CanonicalStartsWith(string canonical, string head)
    {
        var name = canonical.Replace(".", string.Empty, StringComparison.Ordinal);
        var word = head.Replace(".", string.Empty, StringComparison.Ordinal);
        return name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (name.Length == word.Length || !char.IsLetterOrDigit(name[word.Length]));
    }

    private void AddCountries(Gazetteer gazetteer)
    {
        foreach (var country in gazetteer.Countries)
        {
            var needsContext = country.ContextRequiredTerms.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var words = country.Aliases.Prepend(country.Name)
                .Concat(country.Demonyms)
                .Concat(country.Demonyms.Where(d => !d.EndsWith('s')).Select(d => d + "s"));
            foreach (var word in words)
            {
                Main.Add(word, new PhraseTarget(PhraseKind.Country, country.Code, NeedsContext: needsContext.Contains(word)), _ => false, requireCapital: true);
            }

            foreach (var abbreviation in country.Abbreviations)
            {
                Main.Add(abbreviation, new PhraseTarget(PhraseKind.Country, country.Code, NeedsContext: needsContext.Contains(abbreviation)), _ => true, requireCapital: true);
            }
        }

        foreach (var blocker in gazetteer.Blockers)
        {
            Main.Add(blocker.Phrase, new PhraseTarget(PhraseKind.Blocker, blocker.CountryCode ?? string.Empty), _ => false, requireCapital: true);
        }
    }

    private void AddElementsAndProducts(Gazetteer gazetteer)
    {
        foreach (var element in gazetteer.Elements)
        {
            foreach (var name in element.Aliases.Prepend(element.Name))
            {
                Main.Add(name, new PhraseTarget(PhraseKind.Element, element.Symbol), IsCaseSignificant, requireCapital: false);
            }
        }

        foreach (var product in gazetteer.Products)
        {
            foreach (var alias in product.Aliases.Prepend(product.Name).SelectMany(NumberVariants))
            {
                var target = new PhraseTarget(PhraseKind.Product, product.Id, AttachedElements: AttachedElements(product, alias));
                Main.Add(alias, target, IsCaseSignificant, requireCapital: false);
            }

            foreach (var alias in product.AmbiguousAliases.SelectMany(NumberVariants))
            {
                var target = new PhraseTarget(PhraseKind.ProductAmbiguous, product.Id, AttachedElements: AttachedElements(product, alias));
                Main.Add(alias, target, t => t.IsWord && t.Text.Any(char.IsUpper), requireCapital: false);
            }
        }
    }

    /// <summary>The phrase as written plus its simple singular or plural ("magnets" / "magnet").</summary>
    private static IEnumerable<string> NumberVariants(string phrase)
    {
        yield return phrase;
        var lastSpace = phrase.LastIndexOfAny([' ', '-']);
        var last = phrase[(lastSpace + 1)..];
        const int MinPluralLength = 4;
        if (last.Length == 0 || !last.All(char.IsLower))
        {
            yield break;
        }

        if (last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && last.Length >= MinPluralLength)
        {
            yield return phrase[..^1];
        }
        else if (!last.EndsWith('s'))
        {
            yield return phrase + "s";
        }
    }

    private string? AttachedElements(ProductEntry product, string alias)
    {
        if (product.ElementSymbols.Count == 1)
        {
            return product.ElementSymbols[0];
        }

        var named = new List<string>();
        var tokens = Tokenizer.Tokenize(alias);
        foreach (var symbol in product.ElementSymbols)
        {
            if (!Elements.TryGetValue(symbol, out var element))
            {
                continue;
            }

            var byName = tokens.Exists(t => string.Equals(t.Text, element.Name, StringComparison.OrdinalIgnoreCase));
            var bySymbol = tokens.Exists(t => ChemicalNotation.Symbols(t.Text, ChemicalSymbols).Contains(symbol));
            if (byName || bySymbol)
            {
                named.Add(symbol);
            }
        }

        if (named.Count == 0 && product.ElementSymbols.Count <= MaxImplicitProductElements)
        {
            named.AddRange(product.ElementSymbols);
        }

        return named.Count == 0 ? null : string.Join(Gazetteer.MultiValueSeparator, named);
    }
}
