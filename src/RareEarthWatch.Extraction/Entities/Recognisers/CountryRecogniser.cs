using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Matching;
using RareEarthWatch.Extraction.Entities.Text;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>
/// Decides which country phrases count. Names, aliases and demonyms (capitalised) and case-sensitive abbreviations
/// count, unless they sit inside a longer organisation or blocker phrase (the matcher took that phrase).
/// A term that needs context (countries.csv context_required: Georgia, Jordan, Chad, Turkey, Guinea, Niger,
/// bare "Korean") or that names several countries ("Congolese", "ROC") counts only when the same country is also
/// named safely in the text, is listed next to other countries ("Argentina, Chad and Malawi"), or is the country
/// of an organisation named in the same sentence. Otherwise it is left out, never guessed. Dateline cities count
/// only in dateline position (the start of the text, optionally after a news outlet) or from the metadata.
/// </summary>
public sealed partial class CountryRecogniser(GazetteerIndex index)
{
    /// <summary>Words that may separate the items of a list of countries.</summary>
    private static readonly HashSet<string> ListSeparators = new(StringComparer.OrdinalIgnoreCase) { ",", "and", "or", "&", ";" };

    public List<Mention> Recognise(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<PhraseMatch> matches,
        OrganisationResult organisations,
        SentenceIndex sentences,
        ArticleMetadata metadata)
    {
        var accepted = new List<Mention>(organisations.PrefixCountries);
        var pending = new List<(PhraseMatch Match, List<string> Codes)>();
        var countryMatches = new List<(PhraseMatch Match, bool Accepted)>();

        foreach (var match in matches)
        {
            if (organisations.TakenMatches.Contains(match))
            {
                continue;
            }

            var blocker = match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.Blocker);
            if (blocker is not null)
            {
                if (blocker.Id.Length > 0)
                {
                    accepted.Add(new Mention(blocker.Id, match.Start, match.Length));
                }

                continue;
            }

            var targets = match.Targets.Where(t => t.Kind == PhraseKind.Country).ToList();
            if (targets.Count == 0 || IsSurname(match, tokens) || IsTicker(match, tokens) || IsCurrency(match, text, tokens)
                || IsBirthplace(match, text) || IsTownInRegion(match, targets, text, tokens) || NamesLanguage(match, tokens)
                || IsCommentatorsDesk(match, text, tokens) || IsPronounOrUnit(match, text, tokens) || InSecuritiesLegend(match, sentences)
                || AfterPersonTitle(match, tokens)
                || IsUnitOfBrand(match, text, tokens, sentences) || LeadsEventOrCampusName(match, tokens) || NamesStandardOrTimeZone(match, tokens) || LeadsCompanyName(match, tokens)
                || InBracketsOfCompanyName(match, tokens) || NamesIndustryBody(match, text, tokens) || ShortFormOfOrganisation(match, text, tokens, organisations)
                || EndsBankName(match, tokens) || NamesAirlineOrFund(match, tokens) || NamesChurch(match, tokens) || everyday.NamesCuisine(match, tokens) || EverydayCountryWords.NamesNeighbourhood(match, tokens)
                || everyday.NamesTown(match, tokens) || IsTownNearCityOfAnotherCountry(match, targets, tokens)
                || everyday.NamesPerson(match, tokens) || everyday.NamesHeritage(match, tokens) || everyday.NamesLanguageUse(match, tokens)
                || everyday.NamesLanguageAfterVerb(match, tokens))
            {
                continue;
            }

            if (targets.Count == 1 && !targets[0].NeedsContext)
            {
                accepted.Add(new Mention(targets[0].Id, match.Start, match.Length));
                countryMatches.Add((match, true));
            }
            else
            {
                pending.Add((match, targets.Select(t => t.Id).Distinct().ToList()));
                countryMatches.Add((match, false));
            }
        }

        accepted.AddRange(Dateline(text, tokens, organisations, metadata));

        var named = accepted.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (match, codes) in pending)
        {
            var supported = codes.Where(code =>
                    named.Contains(code)
                    || InListOfCountries(match, countryMatches, tokens)
                    || OrganisationOfSentenceIsIn(code, match, organisations, sentences)
                    || AfterCityOf(code, match, text, tokens)
                    || AfterNeighbouring(match, tokens)
                    || IsPossessiveOfPlaceName(match, text)
                    || DefaultOfSharedDemonym(code, match, text, named))
                .ToList();
            if (supported.Count == 1)
            {
                accepted.Add(new Mention(supported[0], match.Start, match.Length));
            }
        }

        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>
    /// "Istanbul, Turkey", "Conakry, Guinea": the term follows a comma after a city of that same country (datelines.csv), as
    /// places are written. "Atlanta, Georgia" does not count: Atlanta is a city of another country.
    /// </summary>
    private bool AfterCityOf(string code, PhraseMatch match, string text, IReadOnlyList<Token> tokens)
    {
        var comma = match.FirstToken - 1;
        if (comma < 1 || tokens[comma].Text != ",")
        {
            return false;
        }

        var last = tokens[comma - 1];
        var cities = index.DatelineCities.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = comma - 1; k >= Math.Max(0, comma - MaxDatelineTokens); k--)
        {
            if (!tokens[k].IsWord || !char.IsUpper(tokens[k].Text[0]))
            {
                return false;
            }

            var city = text.AsSpan(tokens[k].Start, last.End - tokens[k].Start);
            if (cities.TryGetValue(city, out var cityCode))
            {
                return cityCode == code;
            }
        }

        return false;
    }

    /// <summary>Capitalised words before a demonym that are not given names ("The Chinese said", "Both Japanese ...").</summary>
    private static readonly FrozenSet<string> NotGivenNames = new[]
    {
        "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "His", "Her", "Many", "Some", "Both", "Most",
        "Other", "All", "Few", "Several", "Two", "Three", "Four", "Top", "Leading", "Major", "Big", "Fellow", "Rival", "Local",
        "In", "For", "By", "On", "At", "Of", "And", "But", "As", "To", "From", "With", "Only", "Even", "Now", "Then", "While",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> demonyms = index.Gazetteer.Countries.SelectMany(c => c.Demonyms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "said Liam English, an analyst", "Anna French said": a one-word demonym right after a capitalised given name,
    /// followed by punctuation, the end or a speech verb (not by a noun it describes), is a surname, not a country.
    /// </summary>
    private bool IsSurname(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (match.EndToken - match.FirstToken != 1 || match.FirstToken == 0 || !demonyms.Contains(tokens[match.FirstToken].Text))
        {
            return false;
        }

        var previous = tokens[match.FirstToken - 1];
        if (!previous.IsWord || previous.End + 1 != match.Start || !previous.IsTitleCaseWord || NotGivenNames.Contains(previous.Text)
            || demonyms.Contains(previous.Text))
        {
            return false;
        }

        if (match.EndToken >= tokens.Count)
        {
            return true;
        }

        var next = tokens[match.EndToken];
        return (!next.IsWord && next.Text is "," or "." or ";" or ")" or ":") || TonnageLexicon.SpeechVerbs.Contains(next.Text);
    }

    private readonly FrozenSet<string> abbreviations = index.Gazetteer.Countries.SelectMany(c => c.Abbreviations).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An abbreviation that is a ticker, not a country: glued after a dot to a code ("MP.US", "0700.HK"), or after an
    /// exchange code and a colon ("(ASX: CAR)").
    /// </summary>
    private bool IsTicker(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (match.EndToken - match.FirstToken != 1 || match.FirstToken == 0 || !abbreviations.Contains(tokens[match.FirstToken].Text))
        {
            return false;
        }

        var previous = tokens[match.FirstToken - 1];
        if (previous.Text == "." && previous.End == match.Start && match.FirstToken >= 2 && tokens[match.FirstToken - 2].End == previous.Start
            && tokens[match.FirstToken - 2].Text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            return true;
        }

        return previous.Text == ":" && match.FirstToken >= 2 && tokens[match.FirstToken - 2] is { IsWord: true } exchange
               && exchange.Text.Length is >= 2 and <= 6 && exchange.Text.All(char.IsAsciiLetterUpper)
               && match.FirstToken >= 3 && tokens[match.FirstToken - 3].Text == "(";
    }

    /// <summary>
    /// For each context-required demonym, the other countries whose demonym ends in it ("Korean" → KP, "North Korean"):
    /// the only other readings of the bare word.
    /// </summary>
    private readonly Dictionary<string, HashSet<string>> demonymTails = DemonymTails(index.Gazetteer.Countries);

    private static Dictionary<string, HashSet<string>> DemonymTails(IReadOnlyList<CountryEntry> countries)
    {
        var tails = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var term in country.ContextRequiredTerms.Where(t => country.Demonyms.Contains(t, StringComparer.Ordinal)))
            {
                tails[term] = countries
                    .Where(other => other.Code != country.Code
                                    && other.Demonyms.Any(d => d.EndsWith(" " + term, StringComparison.Ordinal)))
                    .Select(other => other.Code)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return tails.Where(t => t.Value.Count > 0).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// "a joint venture with a Korean partner": a context-required demonym whose only other reading is a longer demonym of
    /// another country ("North Korean") means its own country (countries.csv: bare "Korean" is South Korea) unless the text
    /// names that other country anywhere ("North Korea", "DPRK") or writes the longer form right before it.
    /// </summary>
    private bool DefaultOfSharedDemonym(string code, PhraseMatch match, string text, HashSet<string> named)
    {
        var written = text.Substring(match.Start, match.Length);
        return demonymTails.TryGetValue(written, out var others)
               && index.Countries.TryGetValue(code, out var country) && country.Demonyms.Contains(written, StringComparer.Ordinal)
               && !others.Overlaps(named);
    }

    private readonly FrozenSet<string> countryNames = index.Gazetteer.Countries
        .SelectMany(c => c.Aliases.Prepend(c.Name).Concat(c.Abbreviations))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenSet<string> noiseWords = index.Gazetteer.OrganisationDesignators
        .Where(d => d.Role is "noise" or "title" or "person-title")
        .Select(d => d.Phrase)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Readings of country words in general news (cuisine, neighbourhoods, people, towns, heritage); after noiseWords.</summary>
    private readonly EverydayCountryWords everyday = new(
        index.Gazetteer.Countries.SelectMany(c => c.Demonyms).ToFrozenSet(StringComparer.Ordinal),
        index.Gazetteer.Countries.SelectMany(c => c.Aliases.Prepend(c.Name).Concat(c.Abbreviations)).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        NotGivenNames.Concat(PlaceQualifiers).Concat(index.Gazetteer.OrganisationDesignators
            .Where(d => d.Role is "noise" or "title" or "person-title").Select(d => d.Phrase)).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        index.Gazetteer.EverydayWords,
        index.Gazetteer.OrganisationDesignators.Select(d => d.Phrase).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Words that qualify a place rather than name a brand ("Western Australia", "South Australia", "Mainland China",
    /// "Northern Ireland"): the country word after them stays a place.
    /// </summary>
    private static readonly FrozenSet<string> PlaceQualifiers = new[]
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Inner", "Outer", "Upper",
        "Lower", "Greater", "New", "Old", "Mainland", "Rural", "Coastal", "Communist", "Imperial", "Modern", "Continental",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Lexus Philippines offers ...", "Samsung India said": a country name (not a demonym) right after a capitalised word
    /// that the text also writes on its own as a name (capitalised, mid-sentence, not followed by the country) names that
    /// brand's local unit, not the country. Not after noise words (months, days), titles, country words or given-name-like
    /// function words ("The", "In").
    /// </summary>
    private bool IsUnitOfBrand(PhraseMatch match, string text, IReadOnlyList<Token> tokens, SentenceIndex sentences)
    {
        var first = match.FirstToken;
        if (first == 0 || demonyms.Contains(string.Join(" ", Enumerable.Range(first, match.EndToken - first).Select(t => tokens[t].Text))))
        {
            return false;
        }

        var brand = tokens[first - 1];
        if (!brand.IsWord || !brand.IsCapitalised || brand.End + 1 != tokens[first].Start || text[brand.End] != ' ' || brand.Text.All(char.IsDigit)
            || NotGivenNames.Contains(brand.Text) || noiseWords.Contains(brand.Text) || demonyms.Contains(brand.Text)
            || countryNames.Contains(brand.Text) || PlaceQualifiers.Contains(brand.Text))
        {
            return false;
        }

        for (var t = 1; t < tokens.Count; t++)
        {
            if (t == first - 1 || !string.Equals(tokens[t].Text, brand.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var previous = tokens[t - 1];
            var sentence = sentences.IndexOf(tokens[t].Start);
            var midSentence = sentence >= 0 && previous.Start >= sentences.Sentences[sentence].Start && (previous.IsWord || previous.Text == ",");
            var followedByCountry = t + 1 < tokens.Count && string.Equals(tokens[t + 1].Text, tokens[first].Text, StringComparison.Ordinal);
            if (midSentence && !followedByCountry)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Legal forms and sector words of org-designators.csv (roles legal, sector) as token sequences, longest first.</summary>
    private readonly List<string[]> companyDesignators = index.Gazetteer.OrganisationDesignators
        .Where(d => d.Role is "legal" or "sector")
        .Select(d => Tokenizer.Tokenize(d.Phrase).Select(t => t.Text).ToArray())
        .Where(t => t.Length > 0)
        .OrderByDescending(t => t.Length)
        .ToList();

    /// <summary>
    /// "Japan Airlines", "Singapore Airlines Ltd", "Brazilian Rare Earths": a country word followed only by legal forms and
    /// sector words (capitalised, nothing distinctive after them) is the first word of a company's name, not a mention of
    /// the country (the annotators leave the country out for "Brazilian Rare Earths", "Vietnam Rare Earth JSC").
    /// </summary>
    private bool LeadsCompanyName(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        var t = match.EndToken;
        var designators = 0;
        while (t < tokens.Count && tokens[t].IsWord && tokens[t].IsCapitalised && tokens[t - 1].End + 1 == tokens[t].Start)
        {
            var at = t;
            var found = companyDesignators.FirstOrDefault(d => at + d.Length <= tokens.Count
                && d.Select((word, k) => string.Equals(tokens[at + k].Text, word, StringComparison.Ordinal)).All(same => same));
            if (found is null)
            {
                return false;
            }

            designators++;
            t += found.Length;
        }

        // "India Inc's capex", "Japan Inc": a country name with a bare "Inc" is the country's business world.
        return designators > 0 && !(designators == 1 && tokens[match.EndToken].Text == "Inc" && !demonyms.Contains(tokens[match.FirstToken].Text));
    }

    /// <summary>
    /// "Thai Duong Group produced ... Thai Duong shipped 1,800 tonnes": a country word and the capitalised word after it that
    /// begin, as written, a longer organisation name the text names elsewhere are a short form of that name, not a mention
    /// of the country (§60).
    /// </summary>
    private static bool ShortFormOfOrganisation(PhraseMatch match, string text, IReadOnlyList<Token> tokens, OrganisationResult organisations)
    {
        var next = match.EndToken;
        if (next >= tokens.Count || !tokens[next].IsWord || !tokens[next].IsCapitalised || tokens[next - 1].End + 1 != tokens[next].Start)
        {
            return false;
        }

        var start = tokens[match.FirstToken].Start;
        var shortForm = text[start..tokens[next].End];
        return organisations.Mentions.Any(m => m.Start != start && m.Length > shortForm.Length + 1 && m.End <= text.Length
                                               && text.AsSpan(m.Start, m.Length).StartsWith(shortForm + " ", StringComparison.Ordinal));
    }

    /// <summary>Legal forms of org-designators.csv (role legal) as token sequences, longest first.</summary>
    private readonly List<string[]> legalForms = index.Gazetteer.OrganisationDesignators
        .Where(d => d.Role == "legal")
        .Select(d => Tokenizer.Tokenize(d.Phrase).Select(t => t.Text).ToArray())
        .Where(t => t.Length > 0)
        .OrderByDescending(t => t.Length)
        .ToList();

    /// <summary>
    /// "Lynas Rare Earths (Malaysia) Sdn Bhd", "Talvik Metals (Singapore) Pte Ltd", "(Australia) Pty Ltd": a country in
    /// brackets between a capitalised name and a legal form is part of the registered name of a company's unit, not a
    /// mention of the country (as "Lynas Malaysia Sdn Bhd" written without brackets already is).
    /// </summary>
    private bool InBracketsOfCompanyName(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        var open = match.FirstToken - 1;
        var close = match.EndToken;
        if (open < 1 || close + 1 >= tokens.Count || tokens[open].Text != "(" || tokens[close].Text != ")"
            || !(tokens[open - 1].IsWord && tokens[open - 1].IsCapitalised))
        {
            return false;
        }

        var at = close + 1;
        return legalForms.Exists(d => at + d.Length <= tokens.Count
            && d.Select((word, k) => string.Equals(tokens[at + k].Text, word, StringComparison.Ordinal)).All(same => same));
    }

    /// <summary>Body words that end the name of an industry association or chamber (org-designators.csv kind industry association).</summary>
    private readonly FrozenSet<string> associationWords = index.Gazetteer.OrganisationDesignators
        .Where(d => d.Role == "body" && d.KindHint == "industry association")
        .Select(d => d.Phrase)
        .Concat(ExchangeWords)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end an exchange's name ("the Korea Exchange", "the Singapore Exchange", "the Saudi Exchange").</summary>
    private static readonly string[] ExchangeWords = ["Exchange", "Exchanges"];

    /// <summary>Body words before "of Country" that close an industry body's name ("Minerals Council of Australia").</summary>
    private static readonly FrozenSet<string> BodyOfCountryWords = new[] { "Association", "Federation", "Chamber", "Council", "Society", "Exchange" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words allowed inside an industry body's capitalised name.</summary>
    private static readonly FrozenSet<string> NameConnectors = new[] { "and", "of", "&", "," }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "The China Rare Earth Industry Association", "the Japan Iron and Steel Federation", "the Kenya Chamber of Mines", "the
    /// Minerals Council of Australia", "the Rare Earth Industry Association of China", "the Korea Exchange", "the Stock Exchange
    /// of Thailand": a country word that opens a capitalised name ending in an association or exchange word (Association,
    /// Federation, Chamber, Exchange), or closes one after "Association|Federation|Chamber|Council|Society|Exchange of", is part
    /// of the industry body's or the exchange's name, not a mention of the country (an exchange's name is where shares trade,
    /// like "-listed", §31; the annotators leave
    /// countries inside organisation names out; the candidate rules do not always keep the country word in the name). A pair
    /// of countries joined by a hyphen ("the Estonian-American Chamber of Commerce") is two countries' dealings and counts (§35).
    /// </summary>
    private bool NamesIndustryBody(PhraseMatch match, string text, IReadOnlyList<Token> tokens)
    {
        var first = match.FirstToken;
        if ((match.Start > 0 && Tokenizer.IsHyphen(text[match.Start - 1])) || (match.End < text.Length && Tokenizer.IsHyphen(text[match.End])))
        {
            return false; // two countries' dealings ("the Estonian-American Chamber of Commerce") count, §35
        }

        if (first >= 3 && tokens[first - 1].Text == "of" && BodyOfCountryWords.Contains(tokens[first - 2].Text)
            && tokens[first - 3] is { IsWord: true, IsCapitalised: true })
        {
            return true;
        }

        for (var t = match.EndToken; t < tokens.Count && t - match.EndToken < 10; t++)
        {
            var token = tokens[t];
            if (token.IsWord && token.IsCapitalised)
            {
                if (associationWords.Contains(token.Text))
                {
                    return true;
                }

                continue;
            }

            if (t == match.EndToken || !NameConnectors.Contains(token.Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Bank of Japan", "Reserve Bank of India": a country closing a bank's name (like "Bank of England") is not a mention;
    /// nor is one inside a bank's name that ends in Bank or Banking ("National Australia Bank", "China Construction Bank",
    /// "Australia and New Zealand Banking Group").
    /// </summary>
    private static bool EndsBankName(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (match.FirstToken >= 2 && tokens[match.FirstToken - 1].Text == "of" && tokens[match.FirstToken - 2].Text == "Bank"
            && (match.EndToken >= tokens.Count || !(tokens[match.EndToken].IsWord && tokens[match.EndToken].IsCapitalised)))
        {
            return true;
        }

        // Up to two more capitalised words, or "and" and another capitalised name, then Bank/Banking.
        for (var t = match.EndToken; t < Math.Min(tokens.Count, match.EndToken + 4) && tokens[t].IsWord
                                     && (tokens[t].IsCapitalised || tokens[t].Text == "and"); t++)
        {
            if (tokens[t].Text is "Bank" or "Banking")
            {
                return t > match.EndToken || tokens[t].Start == match.End + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// "Korean Air", "Air India", "Air China" (airlines: a company's name, like "Japan Airlines", not where the news is; "the Indian
    /// Air Force" stays India) and "the iShares MSCI Japan ETF" (a fund's name): a country word right before "Air" (not before
    /// another capitalised word but "Lines"), a country name right after a capitalised "Air", or a country word before "ETF".
    /// </summary>
    private bool NamesAirlineOrFund(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        var end = match.EndToken;
        if (end < tokens.Count && tokens[end].Start == tokens[end - 1].End + 1 && tokens[end].Text is "ETF" or "ETFs")
        {
            return true;
        }

        if (end < tokens.Count && tokens[end] is { Text: "Air" } air && air.Start == tokens[end - 1].End + 1
            && !(end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true, IsCapitalised: true } after && after.Start == air.End + 1 && after.Text != "Lines"))
        {
            return true;
        }

        var first = match.FirstToken;
        return first > 0 && tokens[first - 1] is { Text: "Air" } before && before.End + 1 == match.Start
               && !demonyms.Contains(string.Join(" ", Enumerable.Range(first, end - first).Select(t => tokens[t].Text)));
    }

    /// <summary>Words after a demonym that name a church or rite ("Greek Orthodox", "Armenian Apostolic").</summary>
    private static readonly FrozenSet<string> RiteWords = new[] { "Orthodox", "Apostolic", "Catholic", "Anglican", "Episcopal" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "the Church of England", "the Anglican Church of Kenya", "the Church of South India", "the Russian Orthodox Church", "the
    /// Greek Orthodox Archdiocese of America", "the Armenian Apostolic Church": a country word in a church's name, or a demonym
    /// before a rite, is the church's name (like "Bank of England"), not a country of the story.
    /// </summary>
    private bool NamesChurch(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        var k = match.FirstToken - 1;
        if (k >= 0 && PlaceQualifiers.Contains(tokens[k].Text))
        {
            k--;
        }

        if (k >= 1 && tokens[k].Text == "of" && tokens[k - 1].Text == "Church")
        {
            return true;
        }

        var end = match.EndToken;
        if (end < tokens.Count && RiteWords.Contains(tokens[end].Text) && tokens[end].Start == tokens[end - 1].End + 1
            && demonyms.Contains(string.Join(" ", Enumerable.Range(match.FirstToken, end - match.FirstToken).Select(t => tokens[t].Text))))
        {
            return true;
        }

        for (var t = end; t < Math.Min(tokens.Count, end + 3) && tokens[t].IsWord && tokens[t].IsCapitalised; t++)
        {
            if (tokens[t].Text == "Church")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Last words of names of events, awards and campuses that a demonym may open ("American Music Awards").</summary>
    private static readonly FrozenSet<string> EventOrCampusHeads = new[]
    {
        "Awards", "Award", "Prize", "Prizes", "Idol", "Open", "Cup", "Championship", "Championships", "Games", "Festival",
        "League", "University", "College", "Museum",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "the 2019 American Music Awards", "the American University of Kabul", "the Australian Open": a demonym opening a run of
    /// capitalised words that ends in an event, award or campus word is part of that name, not a mention of the country.
    /// </summary>
    private bool LeadsEventOrCampusName(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (match.EndToken - match.FirstToken != 1 || !demonyms.Contains(tokens[match.FirstToken].Text))
        {
            return false;
        }

        var last = -1;
        for (var t = match.EndToken; t < tokens.Count && t - match.EndToken < 4 && tokens[t].IsWord && tokens[t].IsCapitalised
                                     && tokens[t - 1].End + 1 == tokens[t].Start; t++)
        {
            last = t;
        }

        return last >= 0 && EventOrCampusHeads.Contains(tokens[last].Text);
    }

    /// <summary>
    /// "the Japanese Industrial Standard JIS C 2502", "Australian Standards", "the Korean Standard", "Japan Standard Time",
    /// "Australian Western Standard Time", "Australian Eastern Daylight Time": a country word opening a run of capitalised words
    /// that ends in Standard(s), or in Time after Standard or Daylight, names a standard or a time zone, not the country (an
    /// ASX release's call time, a product's specification).
    /// </summary>
    private static bool NamesStandardOrTimeZone(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        var last = -1;
        var standardOrDaylight = false;
        for (var t = match.EndToken; t < tokens.Count && t - match.EndToken < 4 && tokens[t].IsWord && tokens[t].IsCapitalised
                                     && tokens[t - 1].End + 1 == tokens[t].Start; t++)
        {
            if (tokens[t].Text is "Standard" or "Standards")
            {
                return true;
            }

            standardOrDaylight |= tokens[t].Text == "Daylight";
            last = t;
        }

        return last >= 0 && standardOrDaylight && tokens[last].Text == "Time";
    }

    /// <summary>Context-required country names that are also a person's name or a region of another country (not read possessively).</summary>
    private readonly FrozenSet<string> namesOfPeopleOrRegions = index.Gazetteer.EverydayWords
        .Where(w => w.Role is "given-name" or "surname")
        .Select(w => w.Word)
        .Concat(index.Gazetteer.Regions.Select(r => r.Name))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Guinea's Simandou project", "Niger's uranium exports", "Turkey's Eti Maden": a context-required country name (not a
    /// demonym) in the possessive is the country, unless the word is also a given name or surname (everyday-words.csv: "Jordan's",
    /// "Chad's") or a region of another country (regions.csv: "Georgia's governor"). Lower-case "turkey's" never matches.
    /// </summary>
    private bool IsPossessiveOfPlaceName(PhraseMatch match, string text)
    {
        if (match.End + 1 >= text.Length || text[match.End] is not ('\'' or '\u2019') || text[match.End + 1] != 's'
            || (match.End + 2 < text.Length && char.IsLetter(text[match.End + 2])))
        {
            return false;
        }

        var word = text.Substring(match.Start, match.Length);
        return countryNames.Contains(word) && !demonyms.Contains(word) && !namesOfPeopleOrRegions.Contains(word);
    }

    /// <summary>Words before a term that make it a country ("neighbouring Niger").</summary>
    private static readonly FrozenSet<string> CountryCues = new[] { "neighbouring", "neighboring" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Officials from neighbouring Niger": a neighbouring place named on its own is a country (not the river, a state or a name).</summary>
    private static bool AfterNeighbouring(PhraseMatch match, IReadOnlyList<Token> tokens) =>
        match.FirstToken > 0 && tokens[match.FirstToken - 1].IsWord && CountryCues.Contains(tokens[match.FirstToken - 1].Text);

    /// <summary>Words after a country abbreviation that make it a currency ("US dollars").</summary>
    private static readonly FrozenSet<string> CurrencyNouns = new[] { "dollar", "dollars", "cent", "cents" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Currency names after a country name or demonym ("the Australian dollar", "Philippine peso", "Swiss franc", "South Korean
    /// won", "Brazilian real", but not "Brazilian real estate").
    /// </summary>
    private static readonly FrozenSet<string> NamedCurrencyNouns = new[]
    {
        "dollar", "dollars", "peso", "pesos", "rupee", "rupees", "rupiah", "ringgit", "rand", "yen", "yuan", "renminbi", "franc",
        "francs", "krone", "kroner", "krona", "kronor", "lira", "baht", "dong", "tenge", "rouble", "roubles", "ruble", "rubles",
        "pound", "pounds", "shekel", "shekels", "riyal", "riyals", "dirham", "dirhams", "zloty", "forint", "kwacha", "naira", "cedi",
        "shilling", "shillings", "dinar", "dinars", "kyat", "kip", "taka", "sterling", "won", "real", "reais",
        "sol", "soles", "tugrik", "togrog", "ariary", "kwanza", "lari", "som", "manat", "leu", "lei", "lev", "hryvnia", "koruna",
        "birr", "guarani", "bolivar", "boliviano", "quetzal", "lempira", "dram", "pula", "metical", "afghani", "rial", "rials",
        "kina", "leone", "riel", "pataca", "rufiyaa", "ngultrum",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Currency names that also read as an English verb or noun after an abbreviation ("the US won the bid", "UK pounds of
    /// scrap"): after an abbreviation only the other currency names make a currency ("the UAE dirham").
    /// </summary>
    private static readonly FrozenSet<string> AmbiguousAfterAbbreviation = new[] { "won", "real", "pound", "pounds", "sol" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "won" that make it the verb ("won the match", "won a seat", "won gold"), not the currency.</summary>
    private static readonly FrozenSet<string> WonObjects = new[]
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "gold", "silver", "bronze", "by", "over", "twice", "again",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "France won the match", "Ghana won 2-1": "won" after a country name (not a demonym: "the South Korean won") is the verb;
    /// after a demonym it is the verb only before an object ("The Korean won the race").
    /// </summary>
    private bool WonIsTheVerb(PhraseMatch match, IReadOnlyList<Token> tokens, string? afterNext) =>
        !demonyms.Contains(string.Join(" ", Enumerable.Range(match.FirstToken, match.EndToken - match.FirstToken).Select(t => tokens[t].Text)))
        || afterNext is null || WonObjects.Contains(afterNext) || afterNext.All(char.IsAsciiDigit);

    /// <summary>
    /// A country term that names a currency, not the country: an abbreviation glued to a currency sign ("US$25 million",
    /// "HK$3") or before "dollar(s)" ("priced in US dollars"); a name or demonym before a currency name ("the Australian
    /// dollar weakened", "Canadian dollars", "the Philippine peso", "the Peruvian sol", "the Mongolian tugrik"), or an abbreviation
    /// before one ("the UAE dirham"). A price or an exchange rate is not a mention of the country.
    /// </summary>
    private bool IsCurrency(PhraseMatch match, string text, IReadOnlyList<Token> tokens)
    {
        var next = match.EndToken < tokens.Count && tokens[match.EndToken].IsWord && tokens[match.EndToken].Start == match.End + 1
            ? tokens[match.EndToken].Text
            : null;
        if (!abbreviations.Contains(text.Substring(match.Start, match.Length)))
        {
            var afterNext = match.EndToken + 1 < tokens.Count ? tokens[match.EndToken + 1].Text : null;
            return next is not null && NamedCurrencyNouns.Contains(next) && char.IsLower(next[0])
                   && !(next == "real" && afterNext is "estate") && !(next == "won" && WonIsTheVerb(match, tokens, afterNext));
        }

        if (match.End < text.Length && char.GetUnicodeCategory(text[match.End]) == System.Globalization.UnicodeCategory.CurrencySymbol)
        {
            return true;
        }

        return match.EndToken < tokens.Count && tokens[match.EndToken].IsWord
            && (CurrencyNouns.Contains(tokens[match.EndToken].Text)
                || (next is not null && char.IsLower(next[0]) && NamedCurrencyNouns.Contains(next) && !AmbiguousAfterAbbreviation.Contains(next)));
    }

    /// <summary>
    /// "Thai-language ads", "the Malay language site": a demonym before "language" names the language, not the country
    /// (blockers.csv lists the common ones; this covers every demonym).
    /// </summary>
    private bool NamesLanguage(PhraseMatch match, IReadOnlyList<Token> tokens) =>
        match.EndToken < tokens.Count && tokens[match.EndToken] is { IsWord: true } next
        && next.Text.Equals("language", StringComparison.OrdinalIgnoreCase)
        && demonyms.Contains(string.Join(" ", Enumerable.Range(match.FirstToken, match.EndToken - match.FirstToken).Select(t => tokens[t].Text)));

    private readonly FrozenSet<string> personTitles = index.Gazetteer.OrganisationDesignators
        .Where(d => d.Role == "person-title")
        .Select(d => d.Phrase)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Ms. Israel Adams", "Mr India Walker": a country name right after a person title (org-designators.csv) is a given name.</summary>
    private bool AfterPersonTitle(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        var k = match.FirstToken - 1;
        if (k >= 0 && tokens[k].Text == ".")
        {
            k--;
        }

        if (k >= 0 && tokens[k].IsWord && personTitles.Contains(tokens[k].Text))
        {
            return true;
        }

        // "deputy industry minister Iran Sharkhan told reporters": a one-word country between a job title in small letters and
        // a capitalised word is a given name.
        return match.EndToken - match.FirstToken == 1 && k >= 0 && tokens[k].IsWord && jobTitles.Contains(tokens[k].Text)
               && match.EndToken < tokens.Count && tokens[match.EndToken].IsTitleCaseWord;
    }

    private readonly FrozenSet<string> jobTitles = index.Gazetteer.OrganisationDesignators
        .Where(d => d.Role == "title" && d.Phrase.All(char.IsLetter) && d.Phrase.Any(char.IsLower))
        .Select(d => d.Phrase.ToLowerInvariant())
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Phrases of the securities-law legend of a press release ("may not be offered or sold in the United States").</summary>
    private static readonly string[] SecuritiesLegendCues =
    [
        "Securities Act", "offered or sold", "solicitation of an offer", "not for distribution", "forward-looking statement",
        "forward-looking information",
    ];

    /// <summary>
    /// "The securities have not been registered under the United States Securities Act ... and may not be offered or sold in
    /// the United States", "NOT FOR DISSEMINATION IN THE UNITED STATES", "forward-looking information within the meaning of
    /// Canadian securities laws": a country in the legal legend of a press release is where the offer is barred or whose law
    /// applies, not a country the story is about.
    /// </summary>
    private static bool InSecuritiesLegend(PhraseMatch match, SentenceIndex sentences)
    {
        var at = sentences.IndexOf(match.Start);
        if (at < 0)
        {
            return false;
        }

        var sentence = sentences.Sentences[at].Text;
        return Array.Exists(SecuritiesLegendCues, cue => sentence.Contains(cue, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>All-capital words after which a capital "US" is the pronoun ("CONTACT US", "ABOUT US", "FOLLOW US").</summary>
    private static readonly FrozenSet<string> PronounVerbs = new[]
    {
        "ABOUT", "CONTACT", "FOLLOW", "JOIN", "EMAIL", "CALL", "VISIT", "LET", "TELL", "HELP", "ASK", "WRITE",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An abbreviation that is no country: "CONTACT US", "ABOUT US" (the pronoun in an all-capital line of a press release) or a
    /// unit after a number ("a 256 GB drive").
    /// </summary>
    private bool IsPronounOrUnit(PhraseMatch match, string text, IReadOnlyList<Token> tokens)
    {
        if (match.FirstToken == 0 || !abbreviations.Contains(text.Substring(match.Start, match.Length)))
        {
            return false;
        }

        var previous = tokens[match.FirstToken - 1];
        return (previous.IsWord && previous.Text.All(char.IsAsciiDigit) && previous.End + 1 == match.Start)
               || (text.Substring(match.Start, match.Length) == "US" && PronounVerbs.Contains(previous.Text))
               || IsStandardCode(match, text, tokens)
               || (previous.Text == "(" && match.FirstToken >= 2 && UnitWordsBeforeSystem.Contains(tokens[match.FirstToken - 2].Text)
                   && match.EndToken < tokens.Count && tokens[match.EndToken].Text == ")");
    }

    /// <summary>Units whose size differs by country ("2,000 short tons (US)", "gallons (UK)").</summary>
    private static readonly FrozenSet<string> UnitWordsBeforeSystem = new[] { "ton", "tons", "gallon", "gallons", "pint", "pints" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "GB/T 4137-2015", "GB 26451": a country abbreviation glued to "/" and one capital letter, or followed by a code number
    /// of four or five digits that is not a year, is a standard's code (China's GB standards), not the country.
    /// </summary>
    private static bool IsStandardCode(PhraseMatch match, string text, IReadOnlyList<Token> tokens)
    {
        var next = match.EndToken;
        if (next + 1 < tokens.Count && tokens[next].Text == "/" && tokens[next].Start == match.End
            && tokens[next + 1] is { IsWord: true, Length: 1 } letter && char.IsUpper(letter.Text[0]) && letter.Start == tokens[next].End)
        {
            return true;
        }

        return next < tokens.Count && tokens[next] is { IsWord: true } number && number.Text.Length is 4 or 5
               && number.Text.All(char.IsAsciiDigit) && number.Start == match.End + 1
               && !(number.Text.Length == 4 && int.Parse(number.Text, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2099);
    }

    /// <summary>People quoted for their view of a market, whose desk's place is not what the story is about.</summary>
    private static readonly FrozenSet<string> CommentatorNouns = new[]
    {
        "analyst", "analysts", "economist", "economists", "strategist", "strategists",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "said Jane Doe, an analyst at Harrow Research in Singapore", "a Singapore-based analyst said": where the quoted analyst,
    /// economist or strategist sits is not a country the story is about. Traders are left alone ("traders in China said" is
    /// the market itself).
    /// </summary>
    private static bool IsCommentatorsDesk(PhraseMatch match, string text, IReadOnlyList<Token> tokens)
    {
        // "a Singapore-based (metals) analyst"
        if (match.End + 6 <= text.Length && text[match.End] == '-' && text.AsSpan(match.End + 1, 5).Equals("based", StringComparison.Ordinal)
            && match.EndToken + 1 < tokens.Count && tokens[match.EndToken].Text == "based")
        {
            for (var t = match.EndToken + 1; t < Math.Min(tokens.Count, match.EndToken + 3) && tokens[t].IsWord; t++)
            {
                if (CommentatorNouns.Contains(tokens[t].Text))
                {
                    return true;
                }
            }

            return false;
        }

        // "an analyst at Harrow Research (Ltd) in Singapore": in, the employer's capitalised name, at/with, the noun.
        var k = match.FirstToken - 1;
        if (k < 3 || !string.Equals(tokens[k].Text, "in", StringComparison.Ordinal))
        {
            return false;
        }

        k--;
        var words = 0;
        while (k >= 0 && words < 8 && ((tokens[k].IsWord && tokens[k].IsCapitalised) || tokens[k].Text is "&" or "of" or "." or "'"))
        {
            words++;
            k--;
        }

        return words > 0 && k >= 1 && tokens[k].Text is "at" or "with" && CommentatorNouns.Contains(tokens[k - 1].Text);
    }

    /// <summary>
    /// Words glued after a country word that make it a person's birthplace, a share's market, a comparison ("-style") or a
    /// language ("-speaking"), not the story's country.
    /// </summary>
    private static readonly string[] BirthOrListingSuffixes = ["born", "listed", "quoted", "traded", "flagged", "style", "speaking"];

    /// <summary>
    /// "an Indian-born executive", "the Chinese-born founder": where a person was born is not a country the story is about
    /// (goods of "Chinese-origin" are, so only "-born"); nor is where a company's shares trade ("Hong Kong-listed China Rare
    /// Earth Holdings", "Australia-listed", "US-quoted"), like the exchange's own name ("Hong Kong Stock Exchange"), nor a
    /// ship's flag ("a Liberian-flagged bulk carrier"); nor a model that is compared ("a Chinese-style export licensing
    /// system" in Washington, "a Japanese-style stockpile") or a language ("Russian-speaking workers").
    /// </summary>
    private static bool IsBirthplace(PhraseMatch match, string text)
    {
        if (match.End + 1 >= text.Length || text[match.End] != '-')
        {
            return false;
        }

        var rest = text.AsSpan(match.End + 1);
        foreach (var suffix in BirthOrListingSuffixes)
        {
            if (rest.StartsWith(suffix, StringComparison.OrdinalIgnoreCase) && (rest.Length == suffix.Length || !char.IsLetter(rest[suffix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Lebanon, Tennessee", "Peru, Ill.", "Panama City, Florida": a country name followed by a comma and a state or province of
    /// another country (regions.csv) is a town there, not the country. Not when the region is itself a country word
    /// ("Armenia, Georgia and Azerbaijan") or the first of a list of places ("suppliers in Mexico, Texas and California").
    /// </summary>
    private bool IsTownInRegion(PhraseMatch match, List<PhraseTarget> targets, string text, IReadOnlyList<Token> tokens)
    {
        var comma = match.EndToken;
        if (comma < tokens.Count && tokens[comma].Text == "City")
        {
            comma++;
        }

        if (comma + 1 >= tokens.Count || tokens[comma].Text != ",")
        {
            return false;
        }

        var region = index.Regions.Match(tokens, comma + 1, comma + 2 + MaxDatelineTokens).FirstOrDefault();
        if (region is null || region.FirstToken != comma + 1 || targets.Exists(t => t.Id == region.Targets[0].Id)
            || countryNames.Contains(text.Substring(region.Start, region.Length)) || demonyms.Contains(text.Substring(region.Start, region.Length)))
        {
            return false;
        }

        var next = region.EndToken;
        while (next < tokens.Count && ListSeparators.Contains(tokens[next].Text))
        {
            next++;
        }

        var listed = next > region.EndToken && next < tokens.Count
                     && index.Regions.Match(tokens, next, next + 1 + MaxDatelineTokens).FirstOrDefault() is { } following
                     && following.FirstToken == next;
        return !listed;
    }

    /// <summary>Words between a country name and the distance that places it ("Peru, about 70 miles north of").</summary>
    private static readonly FrozenSet<string> DistanceWords = new[]
    {
        ",", "about", "some", "roughly", "nearly", "around", "just", "approximately", "miles", "mile", "km", "kilometres", "kilometers",
        "kilometre", "kilometer", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "In Peru, about 70 miles north of Indianapolis": a country name placed by its distance from a city of another country
    /// (datelines.csv) is a town near that city. "a mine in Peru, 300 km south of Lima" keeps Peru (Lima is Peru's).
    /// </summary>
    private bool IsTownNearCityOfAnotherCountry(PhraseMatch match, List<PhraseTarget> targets, IReadOnlyList<Token> tokens)
    {
        var t = match.EndToken;
        var number = false;
        var unit = false;
        while (t < tokens.Count && t - match.EndToken < 8 && (DistanceWords.Contains(tokens[t].Text) || tokens[t].Text.All(char.IsAsciiDigit)))
        {
            number |= tokens[t].Text.All(char.IsAsciiDigit);
            unit |= tokens[t].Text.StartsWith("mile", StringComparison.OrdinalIgnoreCase) || tokens[t].Text.StartsWith("k", StringComparison.OrdinalIgnoreCase);
            t++;
        }

        if (!number || !unit || t + 1 >= tokens.Count || tokens[t].Text is not ("of" or "from" or "outside"))
        {
            return false;
        }

        var city = index.Datelines.Match(tokens, t + 1, t + 2 + MaxDatelineTokens).FirstOrDefault();
        return city is not null && city.FirstToken == t + 1 && !targets.Exists(target => target.Id == city.Targets[0].Id);
    }

    private static bool InListOfCountries(PhraseMatch match, List<(PhraseMatch Match, bool Accepted)> countries, IReadOnlyList<Token> tokens)
    {
        var at = countries.FindIndex(c => c.Match == match);
        return Adjacent(at - 1, at) || Adjacent(at, at + 1);

        bool Adjacent(int left, int right)
        {
            if (left < 0 || right >= countries.Count || !(countries[left].Accepted || countries[right].Accepted))
            {
                return false;
            }

            return countries[left].Match.ListedBefore(countries[right].Match, tokens, ListSeparators);
        }
    }

    private bool OrganisationOfSentenceIsIn(string code, PhraseMatch match, OrganisationResult organisations, SentenceIndex sentences)
    {
        var sentence = sentences.IndexOf(match.Start);
        return sentence >= 0 && organisations.Mentions.Any(m =>
            sentences.IndexOf(m.Start) == sentence
            && string.Equals(index.Organisations[m.Id].CountryCode, code, StringComparison.Ordinal));
    }

    /// <summary>"NEW DELHI (Reuters) -", "Reuters NEW DELHI", "SINGAPORE:" at the start of the text; or metadata.</summary>
    private IEnumerable<Mention> Dateline(string text, IReadOnlyList<Token> tokens, OrganisationResult organisations, ArticleMetadata metadata)
    {
        var first = 0;
        var outlet = organisations.SourceMentions.Count > 0 ? organisations.SourceMentions[0] : null;
        if (outlet is not null && tokens.Count > 0 && outlet.Start == tokens[0].Start)
        {
            while (first < tokens.Count && tokens[first].Start < outlet.End)
            {
                first++;
            }
        }

        // "KINGSTON, Ontario -", "LONDON, Ont. -": a state or province after the city decides the country, before the
        // city's own (Kingston is Jamaica's capital, London the UK's).
        var fromText = false;
        if (DatelineAt(text, tokens, first, openingText: true) is { } opening)
        {
            fromText = true;
            yield return opening;
        }

        // "Licence delays cut China's exports for a second month.\n\nBEIJING, Nov 7 (Reuters) - ...": a short standfirst line
        // before the dateline hides nothing; the dateline opens the second paragraph (its city written in capitals).
        var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var second = 0;
        while (lineEnd > 0 && second < tokens.Count && tokens[second].Start < lineEnd)
        {
            second++;
        }

        if (!fromText && lineEnd > 0 && second < tokens.Count && tokens.Take(second).Count(t => t.IsWord) <= MaxStandfirstWords
            && DatelineAt(text, tokens, second, openingText: false) is { } afterStandfirst)
        {
            fromText = true;
            yield return afterStandfirst;
        }

        if (!fromText && metadata.DatelineCity is { } city && index.DatelineCities.TryGetValue(city.Trim(), out var code))
        {
            var at = text.IndexOf(city.Trim(), StringComparison.OrdinalIgnoreCase);
            yield return at >= 0 ? new Mention(code, at, city.Trim().Length) : new Mention(code, 0, 0);
        }
    }

    /// <summary>
    /// A dateline whose city (and state or province) starts at token <paramref name="first"/>: at the opening of the text a
    /// city in capitals, or one followed by dateline punctuation, counts; after a standfirst the city must be in capitals and
    /// followed by dateline punctuation, or followed by a colon.
    /// </summary>
    private Mention? DatelineAt(string text, IReadOnlyList<Token> tokens, int first, bool openingText)
    {
        if (RegionDateline(text, tokens, first) is { } region)
        {
            return region;
        }

        var cityMatch = index.Datelines.Match(tokens, first, first + 1 + MaxDatelineTokens).FirstOrDefault();
        if (cityMatch is null || cityMatch.FirstToken != first)
        {
            return null;
        }

        var written = text.AsSpan(cityMatch.Start, cityMatch.Length);
        var after = text.AsSpan(cityMatch.End).TrimStart(' ');
        var allCaps = !written.ContainsAnyInRange('a', 'z');
        var punctuated = after.Length > 0 && after[0] is '(' or '-' or ':' or ',' or '\u2013' or '\u2014';
        // "Tokyo-based X": a hyphen glued to the city and to the next word makes a compound, not a dateline.
        var compound = cityMatch.End + 1 < text.Length && text[cityMatch.End] == '-' && char.IsLetter(text[cityMatch.End + 1]);
        // "Chennai: IREL (India) Ltd will ...", "New Delhi: The Ministry of Mines ...": Indian papers write the city as written
        // with a colon, also under a headline.
        var colonDateline = after.Length > 0 && after[0] == ':' && char.IsUpper(written[0]);
        var dateline = openingText ? allCaps || (punctuated && first == 0) : (allCaps && punctuated) || colonDateline;
        return !compound && dateline ? new Mention(cityMatch.Targets[0].Id, cityMatch.Start, cityMatch.Length, Dateline: true) : null;
    }

    /// <summary>Longest standfirst line read past to find a dateline, in words.</summary>
    private const int MaxStandfirstWords = 40;

    /// <summary>"CLEVELAND, Ohio -", "ST. JOSEPH, Mich. (AP)": a capitalised city, a comma, a state or province, dateline punctuation.</summary>
    private Mention? RegionDateline(string text, IReadOnlyList<Token> tokens, int first)
    {
        var k = first;
        var words = 0;
        while (k < tokens.Count && words <= MaxDatelineTokens
               && ((tokens[k].IsWord && tokens[k].IsCapitalised) || (tokens[k].Text == "." && words > 0)))
        {
            words += tokens[k].IsWord ? 1 : 0;
            k++;
        }

        if (words == 0 || words > MaxDatelineTokens || k >= tokens.Count || tokens[k].Text != ",")
        {
            return null;
        }

        var region = index.Regions.Match(tokens, k + 1, k + 2 + MaxDatelineTokens).FirstOrDefault();
        if (region is null || region.FirstToken != k + 1)
        {
            return null;
        }

        // The date may come between the region and the dash: "KINGSTON, Ontario, Nov 17 -".
        var rest = text.AsSpan(region.End);
        foreach (var date in DatelineDateAfterRegion().EnumerateMatches(rest))
        {
            rest = rest[date.Length..];
        }

        var after = rest.TrimStart(' ');
        return after.Length > 0 && after[0] is '(' or '-' or ':' or '\u2013' or '\u2014'
            ? new Mention(region.Targets[0].Id, region.Start, region.Length, Dateline: true)
            : null;
    }

    [GeneratedRegex(@"^,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineDateAfterRegion();

    /// <summary>Longest dateline city, in tokens.</summary>
    private const int MaxDatelineTokens = 4;
}
