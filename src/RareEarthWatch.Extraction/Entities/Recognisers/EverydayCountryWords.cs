using System.Collections.Frozen;
using RareEarthWatch.Extraction.Entities.Matching;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>
/// Country words of general news that name no country of the story: a cuisine ("a Mexican restaurant", "Greek yogurt"), a
/// neighbourhood ("Little Italy"), a person's name told by an age or a role ("Danny Brazil, 34,", "actor Tom Holland"), a
/// town's own bodies ("Peru Mayor Jane Doe", "Lebanon, the Boone County seat") and an American's heritage ("the
/// Korean-American author", "Chinese American voters"). The given names, surnames and heritage words come from everyday-words.csv.
/// </summary>
internal sealed class EverydayCountryWords(
    FrozenSet<string> demonyms,
    FrozenSet<string> countryNames,
    FrozenSet<string> notNameWords,
    IReadOnlyList<EverydayWordEntry> words,
    FrozenSet<string> designatorWords)
{
    private readonly FrozenSet<string> heritageWords = Role(words, "heritage");
    private readonly FrozenSet<string> givenNames = Role(words, "given-name");
    private readonly FrozenSet<string> surnames = Role(words, "surname");

    private static FrozenSet<string> Role(IReadOnlyList<EverydayWordEntry> words, string role) =>
        words.Where(w => w.Role == role).Select(w => w.Word).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Food and eating places a demonym may describe as a style of cooking.</summary>
    private static readonly FrozenSet<string> CuisineNouns = new[]
    {
        "restaurant", "restaurants", "cuisine", "pub", "pubs", "bistro", "cafe", "café", "eatery", "eateries", "takeout",
        "takeaway", "diner", "steakhouse", "bakery", "yogurt", "yoghurt", "waffle", "waffles", "salad", "salads", "toast",
        "muffin", "muffins", "bacon", "fries", "oven", "ovens", "dish", "dishes", "dressing", "barbecue", "curry", "dumplings",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "a family-run Mexican restaurant", "an Irish pub", "Greek yogurt", "Belgian waffles", "a Dutch oven": a demonym right
    /// before a lower-case food or eating-place noun names a style of cooking, not the country (goods of a country's make,
    /// "Japanese knives", "Italian leather", stay the country).
    /// </summary>
    public bool NamesCuisine(PhraseMatch match, IReadOnlyList<Token> tokens) =>
        IsDemonym(match, tokens) && match.EndToken < tokens.Count && tokens[match.EndToken] is { IsWord: true } next
        && next.Start == tokens[match.EndToken - 1].End + 1 && CuisineNouns.Contains(next.Text);

    /// <summary>"Little Italy", "Little Haiti", "Little India": a country name right after "Little" is a city's neighbourhood.</summary>
    public static bool NamesNeighbourhood(PhraseMatch match, IReadOnlyList<Token> tokens) =>
        match.FirstToken > 0 && tokens[match.FirstToken - 1] is { IsWord: true, Text: "Little" } little && little.End + 1 == match.Start;

    /// <summary>Words right after a country name that belong to a town, never to a country ("Peru Mayor", "Lebanon Township").</summary>
    private static readonly FrozenSet<string> TownWords = new[] { "Mayor", "Township", "County" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Peru Mayor Miles Hewitt", "Lebanon Township", "Lebanon, the Boone County seat", "Brazil, in Clay County": a country
    /// name followed by a town's own word (Mayor, Township, County), or by a comma and a county ("(the|in) X County") is a
    /// town of that county, not the country.
    /// </summary>
    public bool NamesTown(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (IsDemonym(match, tokens) || match.EndToken >= tokens.Count)
        {
            return false;
        }

        var next = tokens[match.EndToken];
        if (next.IsWord && next.Start == tokens[match.EndToken - 1].End + 1 && TownWords.Contains(next.Text))
        {
            return true;
        }

        var t = match.EndToken;
        if (next.Text != "," || ++t >= tokens.Count)
        {
            return false;
        }

        if (tokens[t].Text is "the" or "in")
        {
            t++;
        }

        var words = 0;
        while (t < tokens.Count && words < 3 && tokens[t].IsWord && tokens[t].IsTitleCaseWord && tokens[t].Text != "County")
        {
            words++;
            t++;
        }

        return words > 0 && t < tokens.Count && tokens[t].Text == "County";
    }

    /// <summary>Roles written before a person's name ("actor Tom Holland", "defender Chad Johnson").</summary>
    private static readonly FrozenSet<string> PersonRoles = new[]
    {
        "actor", "actress", "singer", "rapper", "model", "comedian", "presenter", "author", "novelist", "writer",
        "director", "producer", "musician", "artist", "designer", "coach", "striker", "forward", "midfielder",
        "defender", "goalkeeper", "quarterback", "pitcher", "boxer", "fighter", "golfer", "swimmer", "sprinter", "rookie",
        "teammate", "star", "influencer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Danny Brazil, 34, was charged", "Kenya Williams, a 19-year-old qualifier", "Kenya Moore, who", "Cuba Gooding Jr.",
    /// "actor Tom Holland", "Jimmy Wales, the co-founder": a country name joined to a capitalised given name or surname, where
    /// the pair is followed by an age, "who" or Jr./Sr. (or, after a given name, by an appositive), or follows a person's role,
    /// is a person's name, not the country.
    /// </summary>
    public bool NamesPerson(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (IsDemonym(match, tokens))
        {
            return false;
        }

        var first = match.FirstToken;
        var end = match.EndToken;
        if (!tokens[first].IsTitleCaseWord)
        {
            return false;
        }

        if (first > 0 && IsNameWord(tokens[first - 1]) && tokens[first - 1].End + 1 == match.Start)
        {
            // "said Jimmy Wales, the co-founder": a given name mid-sentence, the country word as surname, then an appositive.
            if (first >= 2 && (tokens[first - 2].IsWord || tokens[first - 2].Text == ",") && end + 2 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Text is "the" or "a" or "an"
                && tokens[end + 2].IsWord && char.IsLower(tokens[end + 2].Text[0]))
            {
                return true;
            }

            first--;
        }
        else if (end < tokens.Count && IsNameWord(tokens[end]) && tokens[end].Start == tokens[end - 1].End + 1)
        {
            end++;
        }
        else
        {
            return false;
        }

        return (first > 0 && tokens[first - 1].IsWord && PersonRoles.Contains(tokens[first - 1].Text)) || PersonCueFollows(tokens, end)
               || (KnownAsName(match, tokens, first) && PersonVerbFollows(tokens, end));
    }

    /// <summary>Verbs of what a person did, read after a name ("Kenya Moore said", "Chad Johnson scored").</summary>
    private static readonly FrozenSet<string> PersonVerbs = new[]
    {
        "said", "says", "told", "tells", "added", "wrote", "writes", "posted", "tweeted", "shared", "praised", "thanked", "performed",
        "scored", "starred", "stars", "sang", "announced", "revealed", "admitted", "joked", "married", "was", "were", "is", "has", "had",
        "will", "would", "can", "could", "may", "might", "should", "must", "did", "does",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The pair is a given name from everyday-words.csv before a surname ("Kenya Moore") or a surname there after a given name
    /// ("Kathy Ireland"), and the other word is no legal form or sector word ("Kenya Airways" is a company).
    /// </summary>
    private bool KnownAsName(PhraseMatch match, IReadOnlyList<Token> tokens, int first)
    {
        var country = tokens[match.FirstToken].Text;
        return match.EndToken - match.FirstToken == 1
               && (first < match.FirstToken
                   ? surnames.Contains(country) && !designatorWords.Contains(tokens[first].Text)
                   : givenNames.Contains(country) && !designatorWords.Contains(tokens[match.EndToken].Text));
    }

    /// <summary>
    /// A lower-case verb of what a person did (or a modal: "Israel Adesanya will fight") or a possessive right after the name
    /// ("Kenya Moore said", "Kathy Ireland praised", "Tom Holland's film"), or after "and"
    /// and one or two more capitalised names ("Tom Holland and Zendaya were seen").
    /// </summary>
    private bool PersonVerbFollows(IReadOnlyList<Token> tokens, int t)
    {
        if (t < tokens.Count && tokens[t].Text == "and")
        {
            var names = 0;
            while (t + 1 < tokens.Count && names < 2 && IsNameWord(tokens[t + 1]))
            {
                names++;
                t++;
            }

            if (names == 0)
            {
                return false;
            }

            t++;
        }

        // "Kenya Moore's daughter", "Tom Holland's new film": a possessive after the name.
        return t < tokens.Count && ((tokens[t].IsWord && PersonVerbs.Contains(tokens[t].Text))
                                    || (tokens[t].Text is "'" or "\u2019" && t + 1 < tokens.Count && tokens[t + 1].Text == "s"));
    }

    /// <summary>", 34,", " (34)", ", a 19-year-old", ", who", " Jr." after a name.</summary>
    private static bool PersonCueFollows(IReadOnlyList<Token> tokens, int t)
    {
        if (t < tokens.Count && tokens[t].Text is "Jr" or "Sr")
        {
            return true;
        }

        if (t + 1 >= tokens.Count || tokens[t].Text is not ("," or "("))
        {
            return false;
        }

        var next = tokens[t + 1];
        if (next.Text.Length is >= 1 and <= 3 && next.Text.All(char.IsAsciiDigit))
        {
            return t + 2 < tokens.Count && tokens[t + 2].Text is "," or ")";
        }

        if (tokens[t].Text != ",")
        {
            return false;
        }

        return next.Text == "who"
               || (next.Text is "a" or "an" && t + 4 < tokens.Count && tokens[t + 2].Text.All(char.IsAsciiDigit)
                   && tokens[t + 3].Text == "year" && tokens[t + 4].Text == "old");
    }

    /// <summary>Capitalised words that open a sentence before a country and are no given name ("Like China, the US ...").</summary>
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "Like", "Unlike", "Outside", "Inside", "Besides", "Beyond", "Including", "Excluding", "Except", "Against", "Behind", "Across",
        "Within", "Without", "Despite", "After", "Before", "Since", "Until", "Throughout", "Among", "Between", "Via", "Toward",
        "Towards", "Near", "Over", "Under", "Above", "Below", "Through", "Along", "Around", "Meanwhile", "Elsewhere", "Today",
        "Yesterday", "Overall", "Versus", "Where", "When", "Why", "How", "What", "Which", "Whether", "If", "Although", "Though",
        "Because", "Once", "Unless", "Apart", "Plus", "Neither", "Either", "Nor", "Not", "So", "Yet", "Still", "Also", "Already",
        "Just", "Hence", "Thus", "Whereas", "Per", "Ex", "Beside", "Upon", "Into", "Onto", "During", "Following",
    }.ToFrozenSet(StringComparer.Ordinal);

    private bool IsNameWord(Token token) =>
        token.IsTitleCaseWord && !notNameWords.Contains(token.Text) && !demonyms.Contains(token.Text) && !countryNames.Contains(token.Text)
        && !SentenceOpeners.Contains(token.Text) && !token.Text.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>People a demonym and a heritage word ("American") may describe, unless a word of two countries' dealings follows.</summary>
    private static readonly FrozenSet<string> BilateralNouns = new[]
    {
        "relations", "relationship", "ties", "trade", "talks", "alliance", "summit", "treaty", "agreement", "deal", "war", "partnership",
        "cooperation", "rivalry", "tensions", "dialogue", "joint", "border", "conflict", "negotiations", "accord", "pact", "venture",
        "consortium", "collaboration", "friendship", "dispute", "standoff", "chamber", "business",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the Korean-American author", "Chinese American voters", "the Indian-American CEO": a demonym before a heritage word
    /// (everyday-words.csv: "American", "Americans") describes an
    /// American's heritage, not the country, unless the words describe two countries' dealings ("Japanese-American trade
    /// talks", "the Mexican-American War").
    /// </summary>
    public bool NamesHeritage(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (!IsDemonym(match, tokens) || match.EndToken >= tokens.Count
            || tokens[match.EndToken] is not { IsWord: true } american || !heritageWords.Contains(american.Text)
            || american.Start > tokens[match.EndToken - 1].End + 1)
        {
            return false;
        }

        var after = match.EndToken + 1;
        return after >= tokens.Count || !tokens[after].IsWord || !BilateralNouns.Contains(tokens[after].Text);
    }

    /// <summary>Nouns that make a demonym before them a language ("an English teacher", "the Japanese translation").</summary>
    private static readonly FrozenSet<string> LanguageNouns = new[]
    {
        "translation", "translations", "translator", "translators", "teacher", "teachers", "lesson", "lessons", "class", "classes",
        "course", "courses", "subtitles", "subtitled", "dubbing", "grammar", "dictionary", "literature", "tutor", "tutors",
        "word", "words", "phrase", "term", "version", "versions", "edition", "editions", "fluency", "proficiency",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs whose object may be a language ("speak English", "teach English", "learn Mandarin, Arabic and Spanish").</summary>
    private static readonly FrozenSet<string> LanguageVerbs = new[]
    {
        "speak", "speaks", "spoke", "spoken", "speaking", "teach", "teaches", "taught", "teaching", "learn", "learns", "learned", "learnt",
        "learning", "study", "studies", "studied", "studying",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words that may follow a language after its verb ("teach English in Spain", "speak French well").</summary>
    private static readonly FrozenSet<string> AfterLanguage = new[]
    {
        "and", "or", "in", "at", "to", "with", "for", "on", "as", "but", "well", "fluently", "abroad", "online", "there", "here",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Staff usually speak English.", "won grants to teach English in Spain", "They want to learn Mandarin, Arabic and Spanish": a
    /// demonym (or the last of a list of capitalised words) after a verb of speaking, teaching or learning is the language, unless a
    /// noun it describes follows ("teach Chinese students", "studied Chinese export data").
    /// </summary>
    public bool NamesLanguageAfterVerb(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (!IsDemonym(match, tokens))
        {
            return false;
        }

        var end = match.EndToken;
        if (end < tokens.Count && tokens[end].IsWord && !AfterLanguage.Contains(tokens[end].Text))
        {
            return false;
        }

        var k = match.FirstToken - 1;
        while (k >= 2 && tokens[k].Text is "," or "and" or "or" && tokens[k - 1].IsWord && tokens[k - 1].IsTitleCaseWord)
        {
            k -= 2;
        }

        return k >= 0 && tokens[k].IsWord && LanguageVerbs.Contains(tokens[k].Text);
    }

    /// <summary>
    /// "the English translation", "an English teacher", "in Spanish and English versions": a demonym, or a list of demonyms,
    /// before a lower-case noun of language learning or translating names the language, not the country.
    /// </summary>
    public bool NamesLanguageUse(PhraseMatch match, IReadOnlyList<Token> tokens)
    {
        if (!IsDemonym(match, tokens))
        {
            return false;
        }

        var t = match.EndToken;
        while (t + 1 < tokens.Count && tokens[t].Text is "," or "and" or "or" && demonyms.Contains(tokens[t + 1].Text))
        {
            t += 2;
        }

        return t < tokens.Count && tokens[t].IsWord && tokens[t].Start == tokens[t - 1].End + 1 && LanguageNouns.Contains(tokens[t].Text);
    }

    private bool IsDemonym(PhraseMatch match, IReadOnlyList<Token> tokens) =>
        demonyms.Contains(string.Join(" ", Enumerable.Range(match.FirstToken, match.EndToken - match.FirstToken).Select(t => tokens[t].Text)));
}
