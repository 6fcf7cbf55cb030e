using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Matching;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>Organisations found in a text, and the phrase matches they took.</summary>
public sealed record OrganisationResult(
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Mention> SourceMentions,
    IReadOnlyList<Mention> PrefixCountries,
    IReadOnlySet<PhraseMatch> TakenMatches,
    IReadOnlySet<PhraseMatch>? ForeignNamesakeMatches = null,
    IReadOnlySet<PhraseMatch>? InsideUnknownNameMatches = null)
{
    /// <summary>
    /// Government bodies named for another country than theirs ("Brazil's Ministry of Mines" is not India's): left out,
    /// so the candidate recogniser can read the whole name.
    /// </summary>
    public IReadOnlySet<PhraseMatch> ForeignNamesakes { get; } = ForeignNamesakeMatches ?? new HashSet<PhraseMatch>();

    /// <summary>
    /// Sources that report their own survey or forecast in the text: listed among the story's organisations, but still
    /// sources to the tonnage rules (never a figure's subject, never the company a story is about).
    /// </summary>
    public IReadOnlyList<Mention> OwnWorkSources { get; init; } = [];

    /// <summary>
    /// Known aliases that are only part of a longer name the gazetteer does not hold ("Aurelia Critical Metals Plc",
    /// "Samsung C&amp;T"): left out, so the candidate recogniser can read the whole name.
    /// </summary>
    public IReadOnlySet<PhraseMatch> InsideUnknownNames { get; } = InsideUnknownNameMatches ?? new HashSet<PhraseMatch>();
}

/// <summary>
/// Decides which organisation phrases count:
/// <list type="bullet">
/// <item>safe aliases count (the matcher already took the longest phrase);</item>
/// <item>a one-word short form that is the first word of an organisation already mentioned in a longer form resolves
/// to that organisation ("Toyotsu" after "Toyotsu Rare Earths India"), so it never adds a third one;</item>
/// <item>an ambiguous alias (case-sensitive) counts when the same organisation is also named safely in the text, or
/// when it is a capitalised word used as a proper noun somewhere in mid-sentence ("react to Grab investing");</item>
/// <item>an acronym defined in the text, "Full Name (FN)", counts afterwards for that organisation;</item>
/// <item>news outlets, price reporters and research firms are reported apart as sources, never as subjects.</item>
/// </list>
/// </summary>
public sealed class OrganisationRecogniser(GazetteerIndex index)
{
    /// <summary>Longest acronym accepted from a definition in the text ("(METI)").</summary>
    public const int MaxDefinedAcronymLength = 8;

    /// <summary>Shortest acronym accepted from a definition in the text.</summary>
    public const int MinDefinedAcronymLength = 2;

    /// <param name="insideOtherNames">
    /// Phrase matches that are part of a longer name (<see cref="CandidateRecogniser.KnownNamesInsideOtherNames"/>): never
    /// an organisation mention, and they do not make an ambiguous alias "named" either.
    /// </param>
    /// <param name="namedInHeadline">Organisations the story's headline names in full: an ambiguous alias in the text ("Arafura
    /// said") counts for them, as it does when the text itself names them safely.</param>
    public OrganisationResult Recognise(
        IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch> matches, SentenceIndex sentences, EmbeddedNames? insideOtherNames = null,
        IReadOnlyCollection<string>? namedInHeadline = null)
    {
        var candidates = new List<(PhraseMatch Match, PhraseTarget Target, bool Ambiguous)>();
        var countryEndingAt = new Dictionary<int, string>();
        foreach (var match in matches)
        {
            if (match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.Country) is { } country)
            {
                countryEndingAt[match.EndToken - 1] = country.Id;
            }
        }

        var foreign = new HashSet<PhraseMatch>();
        foreach (var match in matches)
        {
            var target = match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.Organisation)
                         ?? match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.OrganisationAmbiguous);
            if (target is not null && insideOtherNames is not null && insideOtherNames.Contains(match))
            {
                continue;
            }

            if (target is not null && IsForeignNamesake(tokens, match, target, countryEndingAt))
            {
                foreign.Add(match);
                continue;
            }

            if (target is not null)
            {
                candidates.Add((match, target, target.Kind == PhraseKind.OrganisationAmbiguous));
            }
        }

        // Short forms resolve to an organisation already mentioned under a longer name that starts with them.
        var resolved = new List<(PhraseMatch Match, string Id, PhraseTarget Target, bool Ambiguous)>();
        foreach (var (match, target, ambiguous) in candidates)
        {
            var id = target.Id;
            var isAmbiguous = ambiguous;
            if (match.EndToken - match.FirstToken == 1)
            {
                var word = tokens[match.FirstToken].Text;
                for (var r = resolved.Count - 1; r >= 0; r--)
                {
                    var earlier = resolved[r];
                    if (!earlier.Ambiguous && earlier.Match.EndToken - earlier.Match.FirstToken > 1
                        && string.Equals(tokens[earlier.Match.FirstToken].Text, word, StringComparison.OrdinalIgnoreCase))
                    {
                        // "Lynas" after "Lynas Malaysia" is the parent when the parent's own name starts with the word
                        // ("Lynas Rare Earths"); "Toyotsu" after "Toyotsu Rare Earths India" stays the unit.
                        id = !ambiguous && IsParentNamedBy(target.Id, earlier.Id, word) ? target.Id : earlier.Id;
                        isAmbiguous = false;
                        break;
                    }
                }
            }

            resolved.Add((match, id, target, isAmbiguous));
        }

        var named = resolved.Where(r => !r.Ambiguous).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        named.UnionWith(namedInHeadline ?? []);
        var properNouns = ProperNounAliases(tokens, resolved.Where(r => r.Ambiguous).Select(r => r.Match), sentences, index.DatelineCities);
        var bodyCountries = NationalBodyCountries(resolved, countryEndingAt, tokens);

        var mentions = new List<Mention>();
        var sources = new List<Mention>();
        var prefixCountries = new List<Mention>();
        var taken = new HashSet<PhraseMatch>();
        var accepted = new List<(PhraseMatch Match, string Id)>();
        for (var r = 0; r < resolved.Count; r++)
        {
            var (match, id, target, ambiguous) = resolved[r];
            if (ambiguous && !named.Contains(id) && !properNouns.Contains(tokens[match.FirstToken].Text)
                && !IsUnqualifiedBodyOf(bodyCountries, id, match, tokens) && !InListOfOrganisations(resolved, r, tokens))
            {
                continue;
            }

            taken.Add(match);
            accepted.Add((match, id));
            var mention = new Mention(id, match.Start, match.Length);
            (index.Organisations[id].IsSourceKind ? sources : mentions).Add(mention);
            if (target.PrefixCountryCode is { } code && id == target.Id)
            {
                var last = tokens[match.FirstToken + target.PrefixTokenCount - 1];
                prefixCountries.Add(new Mention(code, match.Start, last.End - match.Start));
            }
        }

        AddDescriptiveReferences(tokens, matches, accepted, mentions, sources, sentences);
        AddDefinedAcronyms(tokens, matches, taken, mentions, sources);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new OrganisationResult(mentions, sources, prefixCountries, taken, foreign, insideOtherNames?.InUnknownNames)
        {
            OwnWorkSources = sources.Where(s => ReportsOwnWork(sentences, s)).ToList(),
        };
    }

    /// <summary>
    /// A price reporter or research firm that reports its own work ("According to SMM's weekly survey, inventories ...",
    /// "Benchmark's monthly survey of 18 magnet makers found", "Adamas Intelligence forecasts") is an organisation of the story,
    /// like a bank issuing a forecast, and not only its source; one quoted for prices or as the outlet stays a source only.
    /// </summary>
    private static bool ReportsOwnWork(SentenceIndex sentences, Mention source)
    {
        var s = sentences.IndexOf(source.Start);
        if (s < 0)
        {
            return false;
        }

        var sentence = sentences.Sentences[s];
        var after = source.Start + source.Length - sentence.Start;
        return after <= sentence.Text.Length && OwnWorkAfterRegex.IsMatch(sentence.Text.AsSpan(after));
    }

    private static readonly Regex OwnWorkAfterRegex = new(
        @"^(?:['’]s?\s+(?:(?:latest|own|weekly|monthly|quarterly|annual|regular|new|recent|base-case|base\s+case)\s+){0,2}(?:survey|surveys|forecasts?|projections?|outlook|model)\b"
        + @"|\s+(?:forecasts|forecast|expects|projects|predicts|surveyed|sees)\b(?!\s+(?:price|prices)\b))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The countries an unqualified ministry name can belong to ("the Ministry of Natural Resources", "The Ministry of Commerce
    /// said"): the countries of the national bodies named safely, or the only country the text names. Null when neither says.
    /// </summary>
    private HashSet<string>? NationalBodyCountries(
        List<(PhraseMatch Match, string Id, PhraseTarget Target, bool Ambiguous)> resolved,
        Dictionary<int, string> countryEndingAt,
        IReadOnlyList<Token> tokens)
    {
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        var countries = new HashSet<string>(countryEndingAt.Values, StringComparer.Ordinal);
        foreach (var (_, id, target, ambiguous) in resolved)
        {
            if (ambiguous)
            {
                continue;
            }

            var org = index.Organisations[id];
            if (target.PrefixCountryCode is { } prefix)
            {
                countries.Add(prefix);
            }

            if (org.CountryCode is { } code && NationalBodyKinds.Contains(org.Kind))
            {
                bodies.Add(code);
            }
        }

        return bodies.Count > 0 ? bodies
            : countries.Count == 1 ? countries
            // "BEIJING, November 20 - China exported ... licences from the Ministry of Commerce": the dateline's country, when the
            // text also names it, among several (§85).
            : DatelineCountry(tokens) is { } dateline && countries.Contains(dateline) ? [dateline]
            : null;
    }

    /// <summary>
    /// "China's MIIT and the Ministry of Natural Resources", "BEIJING ... China's ... The Ministry of Commerce said": a
    /// ministry or state agency written without its country (a title-case name of two words or more, an ambiguous alias
    /// because every country has one) is the gazetteer body when the text's national bodies, or its only country, are that
    /// body's country. Acronyms and lower-case aliases ("customs") are left to the other rules.
    /// </summary>
    private bool IsUnqualifiedBodyOf(HashSet<string>? countries, string id, PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        var org = index.Organisations[id];
        if (countries is null || org.CountryCode is null || !NationalBodyKinds.Contains(org.Kind) || match.EndToken - match.FirstToken < 2
            || !tokens[match.FirstToken].IsTitleCaseWord || !countries.Contains(org.CountryCode))
        {
            return false;
        }

        // A longer name goes on: "State Council Information Office", "Federal Reserve Bank of New York".
        var next = match.EndToken;
        if (next < tokens.Count && ((tokens[next].IsWord && tokens[next].IsCapitalised)
                                    || (tokens[next].Text == "of" && next + 1 < tokens.Count && tokens[next + 1].IsCapitalised)))
        {
            return false;
        }

        // Only when every national body named belongs to that one country (no "US Treasury ... the Ministry of Finance").
        return countries.Count == 1;
    }

    /// <summary>Nouns that name a company's unit after its possessive and a country word ("Lynas's Malaysian unit").</summary>
    private static readonly HashSet<string> UnitNouns = new(StringComparer.Ordinal)
    {
        "unit", "subsidiary", "arm", "affiliate", "division", "operation", "operations", "business", "branch",
    };

    /// <summary>Nouns of a company's site ("Lynas's separation plant in Malaysia").</summary>
    private static readonly HashSet<string> FacilityNouns = new(StringComparer.Ordinal)
    {
        "plant", "refinery", "facility", "factory", "mill", "smelter", "works", "complex", "operations",
    };

    /// <summary>Lower-case words allowed before a facility noun ("separation plant", "magnet metals refinery").</summary>
    private const int MaxFacilityWords = 3;

    /// <summary>
    /// "[Lynas's] separation plant in Malaysia": from <paramref name="at"/> (after a possessive), at most
    /// <see cref="MaxFacilityWords"/> lower-case words ending in a facility noun, then "in" and a country: that country and
    /// the token after it; else null.
    /// </summary>
    private static (string Code, int End)? FacilityInCountry(IReadOnlyList<Token> tokens, int at, Dictionary<int, (string Code, int End)> countryFrom)
    {
        for (var k = at; k < tokens.Count && k <= at + MaxFacilityWords; k++)
        {
            if (!tokens[k].IsWord || !char.IsLower(tokens[k].Text[0]))
            {
                return null;
            }

            if (FacilityNouns.Contains(tokens[k].Text))
            {
                return k + 2 < tokens.Count && tokens[k + 1].Text == "in" && countryFrom.TryGetValue(k + 2, out var country) ? country : null;
            }
        }

        return null;
    }

    /// <summary>Nouns that end a lower-case description of a national body ("the trade ministry", "the geological survey").</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "ministry", "survey", "agency", "service", "office", "department", "bureau", "administration", "commission", "regulator",
    };

    /// <summary>Longest lower-case description of a national body, in words ("the natural resources ministry").</summary>
    private const int MaxBodyDescriptionWords = 4;

    /// <summary>
    /// Organisations of the reference data named by a description rather than a name:
    /// <list type="bullet">
    /// <item>"Lynas's Malaysian unit": a company's possessive, a country word and a unit noun name its only unit of that
    /// country (parent_id in companies.csv);</item>
    /// <item>"Lynas USA, which sources feed from its Australian parent": "its [country word] parent" after a unit named
    /// earlier in the sentence is that unit's parent (of that country, if one is written);</item>
    /// <item>"according to the country's geological survey", "the trade ministry said", "Brazil's geological survey": a
    /// lower-case description ending in a body noun, of the country written before it or else of the text's main
    /// country, names that country's only ministry or state agency whose name or alias holds the description ("Geological
    /// Survey of Brazil") or is "Country's description" ("Japan's trade ministry").</item>
    /// </list>
    /// </summary>
    private void AddDescriptiveReferences(
        IReadOnlyList<Token> tokens,
        IReadOnlyList<PhraseMatch> matches,
        List<(PhraseMatch Match, string Id)> accepted,
        List<Mention> mentions,
        List<Mention> sources,
        SentenceIndex sentences)
    {
        var countryFrom = new Dictionary<int, (string Code, int End)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var covered = new HashSet<int>();
        foreach (var match in matches)
        {
            for (var t = match.FirstToken; t < match.EndToken; t++)
            {
                covered.Add(t);
            }

            var countries = match.Targets.Where(t => t.Kind == PhraseKind.Country).ToList();
            if (countries.Count == 1 && !countries[0].NeedsContext)
            {
                countryFrom[match.FirstToken] = (countries[0].Id, match.EndToken);
                counts[countries[0].Id] = counts.GetValueOrDefault(countries[0].Id) + 1;
            }
        }

        var top = counts.Count == 0 ? 0 : counts.Values.Max();
        var main = counts.Count(c => c.Value == top) == 1 ? counts.First(c => c.Value == top).Key : null;
        // "NEW DELHI, Nov 17 (PTI) - India imported ... from China ..., according to commerce ministry data": with two
        // countries named as often, the opening dateline's country is the story's.
        if (main is null && top > 0 && DatelineCountry(tokens) is { } datelined && counts.GetValueOrDefault(datelined) == top)
        {
            main = datelined;
        }

        // "TOKYO - Japan Organization for Metals and Energy Security (JOGMEC) plans ..., the trade ministry said": with no
        // country named most, the one country of the national bodies (ministries, state agencies) named earlier in the sentence.
        string? SentenceBodyCountry(int t)
        {
            var sentence = sentences.IndexOf(tokens[t].Start);
            var codes = accepted
                .Where(a => a.Match.EndToken <= t && sentences.IndexOf(a.Match.Start) == sentence)
                .Select(a => index.Organisations[a.Id])
                .Where(o => o.CountryCode is not null && NationalBodyKinds.Contains(o.Kind))
                .Select(o => o.CountryCode!)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return codes.Count == 1 ? codes[0] : null;
        }

        void Add(string id, int first, int end)
        {
            var mention = new Mention(id, tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
            (index.Organisations[id].IsSourceKind ? sources : mentions).Add(mention);
        }

        // "X's Malaysian unit".
        foreach (var (match, id) in accepted)
        {
            var t = match.EndToken;
            if (t < tokens.Count && tokens[t].Text == "'")
            {
                t += t + 1 < tokens.Count && tokens[t + 1].Text is "s" ? 2 : 1;
                if (countryFrom.TryGetValue(t, out var country) && country.End < tokens.Count && UnitNouns.Contains(tokens[country.End].Text))
                {
                    var units = index.Organisations.Values.Where(o => o.ParentId == id && o.CountryCode == country.Code).ToList();
                    if (units.Count == 1)
                    {
                        Add(units[0].Id, t, country.End + 1);
                    }
                }
                else if (FacilityInCountry(tokens, t, countryFrom) is { } facility)
                {
                    // "Lynas's separation plant in Malaysia": the plant in that country is its only unit there.
                    var units = index.Organisations.Values.Where(o => o.ParentId == id && o.CountryCode == facility.Code).ToList();
                    if (units.Count == 1)
                    {
                        Add(units[0].Id, t, facility.End);
                    }
                }
            }
        }

        // "Lynas Rare Earths Ltd. ... the Perth-based company said ... The Malaysian unit produced 11.8 tons": "the", a country word
        // and a unit noun name the only unit of that country of the organisation named last before it (dev15 S19).
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].Text is not ("The" or "the") || !countryFrom.TryGetValue(t + 1, out var unitCountry)
                || unitCountry.End >= tokens.Count || !UnitNouns.Contains(tokens[unitCountry.End].Text))
            {
                continue;
            }

            var named = accepted.Where(a => a.Match.EndToken <= t)
                .OrderBy(a => a.Match.EndToken)
                .LastOrDefault();
            if (named.Id is not null && index.Organisations.Values.Where(o => o.ParentId == named.Id && o.CountryCode == unitCountry.Code).ToList() is [var only])
            {
                Add(only.Id, t + 1, unitCountry.End + 1);
            }
        }

        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            // "its [Australian] parent".
            if (tokens[t].Text is "its" or "Its")
            {
                var at = t + 1;
                string? code = null;
                if (countryFrom.TryGetValue(at, out var country))
                {
                    code = country.Code;
                    at = country.End;
                }

                if (at < tokens.Count && tokens[at].Text == "parent")
                {
                    var sentence = sentences.IndexOf(tokens[t].Start);
                    var unit = accepted.LastOrDefault(a => a.Match.EndToken <= t && sentences.IndexOf(a.Match.Start) == sentence);
                    if (unit.Id is not null && index.Organisations[unit.Id].ParentId is { } parent
                        && index.Organisations.TryGetValue(parent, out var parentEntry) && (code is null || parentEntry.CountryCode == code))
                    {
                        Add(parent, t + 1, at + 1);
                    }
                }
            }

            // "the country's geological survey", "the trade ministry", "Brazil's geological survey".
            string? owner = null;
            var from = -1;
            // ", commerce ministry data showed": a description after a comma needs no article.
            if (tokens[t].Text is "the" or "The" || (tokens[t].Text == "," && tokens[t + 1].Text is not ("the" or "a" or "an" or "its" or "their"))
                || (tokens[t].Text == "to" && t > 0 && tokens[t - 1].Text is "according" or "According"))
            {
                owner = main ?? SentenceBodyCountry(t);
                from = t + 1;
                if (t + 3 < tokens.Count && tokens[t + 1].Text is "country" or "nation" && tokens[t + 2].Text == "'" && tokens[t + 3].Text == "s")
                {
                    from = t + 4;
                }
            }
            else if (countryFrom.TryGetValue(t, out var possessor) && possessor.End + 1 < tokens.Count && tokens[possessor.End].Text == "'"
                     && tokens[possessor.End + 1].Text == "s")
            {
                owner = possessor.Code;
                from = possessor.End + 2;
            }
            else if (t + 2 < tokens.Count && tokens[t].IsCapitalised && tokens[t + 1].Text == "'" && tokens[t + 2].Text == "s"
                     && CapitalCountries.TryGetValue(tokens[t].Text, out var capitalOf))
            {
                // "Seoul's industry ministry", "Tokyo's trade ministry": a capital's possessive stands for its government.
                owner = capitalOf;
                from = t + 3;
            }

            if (owner is not null && NationalBody(tokens, from, owner, covered) is { } body)
            {
                Add(body.Id, from, body.End);
            }
        }
    }

    /// <summary>The country of an opening dateline city ("NEW DELHI, Nov 17 (PTI) -", "TOKYO -"), or null.</summary>
    private string? DatelineCountry(IReadOnlyList<Token> tokens)
    {
        const int MaxCityTokens = 3;
        var city = index.Datelines.Match(tokens, 0, MaxCityTokens + 1).FirstOrDefault();
        if (city is null || city.FirstToken != 0 || city.EndToken >= tokens.Count)
        {
            return null;
        }

        // A hyphen is no token: " - " shows as a gap of three characters before the next token.
        var next = tokens[city.EndToken];
        return next.Text is "," or "(" or ":" or "\u2013" or "\u2014" || next.Start - tokens[city.EndToken - 1].End >= 3
            ? city.Targets[0].Id
            : null;
    }

    /// <summary>The national body of <paramref name="country"/> that the lower-case words from <paramref name="from"/> describe.</summary>
    private (string Id, int End)? NationalBody(IReadOnlyList<Token> tokens, int from, string country, HashSet<int> covered)
    {
        var end = from;
        while (end < tokens.Count && end - from < MaxBodyDescriptionWords && tokens[end].IsWord && !covered.Contains(end)
               && tokens[end].Text.All(char.IsLower) && !BodyNouns.Contains(tokens[end].Text))
        {
            end++;
        }

        if (end == from || end >= tokens.Count || !BodyNouns.Contains(tokens[end].Text) || covered.Contains(end))
        {
            return null;
        }

        end++;
        if (end < tokens.Count && tokens[end].IsWord && (tokens[end].IsCapitalised || tokens[end].Text is "of" or "for"))
        {
            return null; // "the trade ministry of Peru", a longer name
        }

        // "the commerce ministry" is the "Ministry of Commerce and Industry", "the trade ministry" the "Ministry of Trade,
        // Industry and Energy": every word of the description is a word of the name.
        var descriptionWords = Enumerable.Range(from, end - from).Select(k => tokens[k].Text).ToList();
        var description = string.Join(" ", descriptionWords);
        if (!index.Countries.TryGetValue(country, out var countryEntry))
        {
            return null;
        }

        var possessives = countryEntry.Aliases.Prepend(countryEntry.Name).Select(n => n + "'s " + description).ToList();
        var bodies = index.Organisations.Values
            .Where(o => o.CountryCode == country && NationalBodyKinds.Contains(o.Kind))
            .Where(o => o.Aliases.Prepend(o.Name).Any(name =>
                possessives.Exists(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase))
                || (" " + name + " ").Contains(" " + description + " ", StringComparison.OrdinalIgnoreCase)
                || HasAllWords(name, descriptionWords)))
            .ToList();
        return bodies.Count == 1 ? (bodies[0].Id, end) : null;
    }

    private static bool HasAllWords(string name, List<string> words)
    {
        var nameWords = name.Split([' ', ',', '(', ')', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
        return words.TrueForAll(w => Array.Exists(nameWords, n => string.Equals(n, w, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Words that may separate the items of a list of organisations.</summary>
    private static readonly HashSet<string> ListSeparators = new(StringComparer.Ordinal) { ",", "and", "or", "&" };

    /// <summary>
    /// "Shin-Etsu Chemical, Proterial and TDK cut output": an ambiguous alias listed right next to an organisation named safely
    /// (only commas, and, or, &amp; between them) is one of the organisations of the list.
    /// </summary>
    private static bool InListOfOrganisations(List<(PhraseMatch Match, string Id, PhraseTarget Target, bool Ambiguous)> resolved, int at, IReadOnlyList<Token> tokens)
    {
        // "Lynas and Continental Europe": a capitalised word right after the alias makes it part of another name.
        var next = resolved[at].Match.EndToken;
        if (next < tokens.Count && tokens[next].IsWord && tokens[next].IsCapitalised)
        {
            return false;
        }

        return Listed(at - 1, at) || Listed(at, at + 1);

        bool Listed(int left, int right)
        {
            if (left < 0 || right >= resolved.Count || !(resolved[left].Ambiguous ^ resolved[right].Ambiguous))
            {
                return false;
            }

            return resolved[left].Match.ListedBefore(resolved[right].Match, tokens, ListSeparators);
        }
    }

    /// <summary>One-word capitals of the reference data and their country ("Seoul" → KR); a name two countries share is left out.</summary>
    private FrozenDictionary<string, string> CapitalCountries => capitalCountries ??= index.Countries.Values
        .SelectMany(c => c.Capitals.Where(capital => !capital.Contains(' ', StringComparison.Ordinal)).Select(capital => (Capital: capital, c.Code)))
        .GroupBy(p => p.Capital, StringComparer.Ordinal)
        .Where(g => g.Select(p => p.Code).Distinct(StringComparer.Ordinal).Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);

    private FrozenDictionary<string, string>? capitalCountries;

    /// <summary>Kinds of organisation that every country has its own of (ministries, state agencies).</summary>
    private static readonly HashSet<string> NationalBodyKinds = new(StringComparer.Ordinal) { "ministry", "state agency" };

    /// <summary>"Brazil's Ministry of Mines", "Brazilian Ministry of Mines": a national body of another country.</summary>
    private bool IsForeignNamesake(IReadOnlyList<Token> tokens, PhraseMatch match, PhraseTarget target, Dictionary<int, string> countryEndingAt)
    {
        var org = index.Organisations[target.Id];
        if (org.CountryCode is null || !NationalBodyKinds.Contains(org.Kind) || target.PrefixCountryCode is not null)
        {
            return false;
        }

        var first = match.FirstToken;
        var possessive = first >= 3 && tokens[first - 2].Text == "'" && tokens[first - 1].Text is "s" or "S"
                         && countryEndingAt.TryGetValue(first - 3, out var owner) ? owner : null;
        var descriptor = first >= 1 && countryEndingAt.TryGetValue(first - 1, out var described) ? described : null;
        var code = possessive ?? descriptor;
        return code is not null && !string.Equals(code, org.CountryCode, StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="parentId"/> is an ancestor of <paramref name="unitId"/> and its canonical name starts with <paramref name="word"/>.</summary>
    private bool IsParentNamedBy(string parentId, string unitId, string word)
    {
        if (!index.Organisations.TryGetValue(parentId, out var parent)
            || !parent.Name.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = unitId; index.Organisations.TryGetValue(id, out var org) && org.ParentId is { } up && seen.Add(id); id = up)
        {
            if (up == parentId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ambiguous one-word aliases written capitalised somewhere other than at the start of a sentence.</summary>
    private static HashSet<string> ProperNounAliases(IReadOnlyList<Token> tokens, IEnumerable<PhraseMatch> ambiguous, SentenceIndex sentences, FrozenDictionary<string, string> cities)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in ambiguous)
        {
            var token = tokens[match.FirstToken];
            if (match.EndToken - match.FirstToken == 1 && IsDefiniteAcronym(tokens, match.FirstToken, sentences))
            {
                result.Add(token.Text);
                continue;
            }

            if (match.EndToken - match.FirstToken == 1 && IsSentenceOpeningActor(tokens, match, sentences))
            {
                result.Add(token.Text);
                continue;
            }

            if (match.EndToken - match.FirstToken == 1 && IsPossessiveOfFigure(tokens, match))
            {
                result.Add(token.Text);
                continue;
            }

            if (match.EndToken - match.FirstToken != 1 || !token.IsTitleCaseWord)
            {
                continue;
            }

            // "the Interior Ministry said": a capitalised word right after makes the alias part of another name.
            if (match.EndToken < tokens.Count && tokens[match.EndToken].IsWord && tokens[match.EndToken].IsCapitalised)
            {
                continue;
            }

            var sentence = sentences.IndexOf(token.Start);
            var previousWord = match.FirstToken - 1;
            while (previousWord >= 0 && !tokens[previousWord].IsWord)
            {
                previousWord--;
            }

            // "the Ministry of Commerce said", "Chamber of Commerce": after "of" and a capitalised word the alias ends another name.
            if (previousWord > 0 && tokens[previousWord].Text == "of" && tokens[previousWord - 1].IsWord && tokens[previousWord - 1].IsCapitalised)
            {
                continue;
            }

            // "The shares rose 2.4% in Brussels": a city's name after a preposition of place is the place, not the body it may stand for.
            if (previousWord >= 0 && tokens[previousWord].Text is "in" or "at" or "near" or "outside" or "around" && cities.ContainsKey(token.Text))
            {
                continue;
            }

            var atSentenceStart = sentence < 0
                || previousWord < 0
                || tokens[previousWord].Start < sentences.Sentences[sentence].Start;
            // "Arafura's Nolans project will produce ...": a possessive names an owner, even where every word is capitalised.
            var possessive = match.EndToken + 1 < tokens.Count && tokens[match.EndToken].Text == "'" && tokens[match.EndToken + 1].Text == "s";
            if (!atSentenceStart || possessive)
            {
                result.Add(token.Text);
            }
        }

        return result;
    }

    /// <summary>Verbs that make a sentence-opening acronym the actor of its sentence ("TDK said", "TDK, meanwhile, is building";
    /// also "TDK, which ...").</summary>
    private static readonly HashSet<string> ActorVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "is", "was", "will", "would", "has", "had", "plans", "planned", "expects", "expected", "aims", "announced",
        "reported", "produced", "produces", "agreed", "signed", "shipped", "sold", "bought", "makes", "made", "operates", "runs",
        "builds", "built", "supplies", "supplied", "intends", "wants", "hopes", "posted", "raised", "cut", "cuts",
    };

    /// <summary>
    /// An all-capital word of three letters or more ("MP said the committee would meet" is a member of parliament) that the
    /// text does not define in brackets for another name ("Sierra Ridge Corporation (SRC) ... SRC will deliver").
    /// </summary>
    private static bool IsUndefinedCapitalAcronym(IReadOnlyList<Token> tokens, Token token) =>
        token.Length >= 3 && token.IsWord && !token.Text.Any(char.IsLower) && token.Text.Any(char.IsLetter)
        && !Enumerable.Range(1, tokens.Count - 1).Any(i => tokens[i].Text == token.Text && tokens[i - 1].Text == "(");

    /// <summary>
    /// "X's 8,000-tonne output compares with TDK's 3,000 tonnes": an all-capital one-word alias of three letters or more with a
    /// possessive right before a number owns a figure: a name, not the letters of something else (unless the text defines
    /// the acronym for another name).
    /// </summary>
    private static bool IsPossessiveOfFigure(IReadOnlyList<Token> tokens, PhraseMatch match)
    {
        var token = tokens[match.FirstToken];
        if (!IsUndefinedCapitalAcronym(tokens, token))
        {
            return false;
        }

        var next = match.EndToken;
        return next + 2 < tokens.Count && tokens[next].Text is "'" or "’" && tokens[next].Start == token.Start + token.Length
               && tokens[next + 1].Text == "s" && tokens[next + 2].IsWord && char.IsDigit(tokens[next + 2].Text[0]);
    }

    /// <summary>
    /// "TDK, meanwhile, is building a line", "TDK said": an all-capital one-word alias of three letters or more opening a sentence
    /// (or a clause after ", and"), then (after an
    /// optional adverb between commas) a verb, is the sentence's actor: a name, not the letters of something else (§52).
    /// </summary>
    private static bool IsSentenceOpeningActor(IReadOnlyList<Token> tokens, PhraseMatch match, SentenceIndex sentences)
    {
        var token = tokens[match.FirstToken];
        if (!IsUndefinedCapitalAcronym(tokens, token))
        {
            return false;
        }

        var sentence = sentences.IndexOf(token.Start);
        if (sentence < 0 || (sentences.Sentences[sentence].Start != token.Start && !OpensCoordinateClause(tokens, match.FirstToken)))
        {
            return false;
        }

        var next = match.EndToken;
        if (next + 2 < tokens.Count && tokens[next].Text == "," && tokens[next + 1].IsWord && tokens[next + 1].Text.All(char.IsLower)
            && tokens[next + 2].Text == ",")
        {
            next += 3; // ", meanwhile,"
        }

        // "TDK, which made roughly 9,500 tonnes of sintered magnets, said ...": a relative clause on the acronym makes it the
        // actor of the sentence as well (§79).
        if (next + 1 < tokens.Count && tokens[next].Text == "," && tokens[next + 1].Text is "which" or "whose" or "who")
        {
            return true;
        }

        return next < tokens.Count && tokens[next].IsWord && ActorVerbs.Contains(tokens[next].Text);
    }

    /// <summary>"..., and TDK said it would close a line", "...; TDK is building": the acronym opens a clause of its own.</summary>
    private static bool OpensCoordinateClause(IReadOnlyList<Token> tokens, int at) =>
        at >= 1 && tokens[at - 1].Text == ";"
        || (at >= 2 && tokens[at - 1].Text is "and" or "but" or "while" or "whereas" && tokens[at - 2].Text is "," or ";");

    /// <summary>
    /// "filed with the ASX", "the SEC said": an all-capital ambiguous alias after "the", not followed by a capitalised word
    /// (then it is part of another name: "the ABC Learning Centres"), "of" (a common noun: "the GE of the plant"), a colon
    /// (a ticker) or a hyphen ("the ASX-listed miner"), names the body.
    /// </summary>
    private static bool IsDefiniteAcronym(IReadOnlyList<Token> tokens, int at, SentenceIndex sentences)
    {
        var token = tokens[at];
        if (token.Length < 2 || !token.IsWord || token.Text.Any(char.IsLower) || at == 0
            || tokens[at - 1].Text is not ("the" or "The") || tokens[at - 1].End + 1 != token.Start)
        {
            return false;
        }

        if (at + 1 >= tokens.Count)
        {
            return true;
        }

        // "the ASX-listed miner" describes the miner; "the SEC's filing" still names the body.
        var next = tokens[at + 1];
        var sentence = sentences.IndexOf(token.Start);
        var glued = sentence >= 0 && sentences.Sentences[sentence] is var s && token.End - s.Start < s.Text.Length
            && s.Text[token.End - s.Start] is '-' or '/';
        return !(next.IsWord && next.IsCapitalised) && next.Text is not (":" or "of") && !glued && !NamesAnAsset(tokens, at);
    }

    /// <summary>Nouns of a site or asset that an acronym before them may name ("the GAC bauxite mine").</summary>
    private static readonly HashSet<string> AssetNouns = new(StringComparer.Ordinal)
    {
        "mine", "mines", "project", "deposit", "concession", "plant", "refinery", "smelter", "site", "field", "prospect", "tenement",
    };

    /// <summary>
    /// "the GAC bauxite mine", "the XYZ project": an acronym followed by at most two lower-case words that end in a site or
    /// asset noun names that asset (or its owner), not the ambiguous body of the same letters.
    /// </summary>
    private static bool NamesAnAsset(IReadOnlyList<Token> tokens, int at)
    {
        for (var t = at + 1; t < Math.Min(tokens.Count, at + 4) && tokens[t].IsWord && char.IsLower(tokens[t].Text[0]); t++)
        {
            if (AssetNouns.Contains(tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Full Name (FN)": FN is that organisation for the rest of the text.</summary>
    private void AddDefinedAcronyms(
        IReadOnlyList<Token> tokens,
        IReadOnlyList<PhraseMatch> matches,
        HashSet<PhraseMatch> taken,
        List<Mention> mentions,
        List<Mention> sources)
    {
        var defined = new Dictionary<string, string>(StringComparer.Ordinal);
        var covered = new HashSet<int>();
        foreach (var match in matches)
        {
            for (var t = match.FirstToken; t < match.EndToken; t++)
            {
                covered.Add(t);
            }
        }

        foreach (var mention in mentions.Concat(sources).ToList())
        {
            var match = matches.FirstOrDefault(m => m.Start == mention.Start && taken.Contains(m));
            if (match is null || match.EndToken + 2 >= tokens.Count)
            {
                continue;
            }

            var open = tokens[match.EndToken];
            var word = tokens[match.EndToken + 1];
            var close = tokens[match.EndToken + 2];
            if (open.Text == "(" && close.Text == ")" && IsAcronym(word.Text) && !covered.Contains(match.EndToken + 1))
            {
                defined.TryAdd(word.Text, mention.Id);
            }
        }

        if (defined.Count == 0)
        {
            return;
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            if (!covered.Contains(t) && defined.TryGetValue(tokens[t].Text, out var id))
            {
                var mention = new Mention(id, tokens[t].Start, tokens[t].Length);
                (index.Organisations[id].IsSourceKind ? sources : mentions).Add(mention);
            }
        }
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= MinDefinedAcronymLength and <= MaxDefinedAcronymLength
        && char.IsUpper(word[0])
        && word.Count(char.IsUpper) >= MinDefinedAcronymLength
        && word.All(char.IsLetterOrDigit);
}
