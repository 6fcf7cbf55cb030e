using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Matching;
using RareEarthWatch.Extraction.Entities.Text;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>Phrase matches that are part of longer names: of unknown organisations (the candidates read them) or of persons.</summary>
public sealed record EmbeddedNames(IReadOnlySet<PhraseMatch> InUnknownNames, IReadOnlySet<PhraseMatch> InPersonNames)
{
    public bool Contains(PhraseMatch match) => InUnknownNames.Contains(match) || InPersonNames.Contains(match);
}

/// <summary>
/// Finds organisation names the gazetteer does not know, by the designators of org-designators.csv:
/// <list type="bullet">
/// <item>a run of capitalised words (and "&amp;") that ends in legal forms, sector heads or body heads ("Serra Verde
/// Group", "Acme Rare Earths Ltd", "Atomic Energy Commission"), optionally followed by a job title ("... Mining CEO");</item>
/// <item>"Ministry of ...", "Department of ..." followed by capitalised words joined by and/of/for/commas;</item>
/// <item>the name needs a distinctive word: not a designator, generic, title or noise word and not a country word
/// ("Rare Earths" or "the Ministry" alone are not names); leading noise ("The", "However", months) is stripped;</item>
/// <item>a leading demonym is a descriptor when the rest is still a name ("Brazilian Acme Mining"); a possessive or
/// adjacent country before the name, or a demonym a few lower-case words before it ("Brazilian miner Serra Verde
/// Group"), gives the candidate's country;</item>
/// <item>runs that touch a known organisation, a news outlet or a blocker phrase are not candidates; headline lines
/// (no final punctuation, mostly capitalised) are skipped because every word of a headline is capitalised;</item>
/// <item>mentions with the same distinctive part merge ("Serra Verde Group Ltd" = "Serra Verde Group"), and the
/// distinctive part alone later in the text ("Serra Verde said") is more evidence of the same candidate.</item>
/// </list>
/// </summary>
public sealed class CandidateRecogniser
{
    private const string Legal = "legal";
    private const string Sector = "sector";
    private const string Body = "body";
    private const string Prefix = "prefix";

    /// <summary>An acronym has at least two capitals ("SNC", "MoU" does not count).</summary>
    private const int MinAcronymLength = 2;

    private readonly CandidateOptions options;
    private readonly PhraseMatcher datelines;
    private readonly Dictionary<string, List<Designator>> designators = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> designatorWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly System.Collections.Frozen.FrozenSet<string> chemicalSymbols;
    private readonly HashSet<string> generic = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> noise = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> demonyms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> cues = new(StringComparer.Ordinal);
    private readonly HashSet<string> notAfter = new(StringComparer.Ordinal);
    private readonly HashSet<string> exchanges = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string[]> orgAfter = [];
    private readonly HashSet<string> orgPossessive = new(StringComparer.Ordinal);
    private readonly List<string[]> beforeName = [];
    private readonly HashSet<string> personTitles = new(StringComparer.Ordinal);
    private readonly HashSet<string> surnamePrefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> saidIn = new(StringComparer.Ordinal);
    private readonly HashSet<string> legalBefore = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> regions = new(StringComparer.Ordinal);

    /// <summary>Abbreviations written with a dot inside a name ("St. Mary Hospital", "Mt. Sinai Hospital").</summary>
    private static readonly HashSet<string> PlaceAbbreviations = new(StringComparer.Ordinal) { "St", "Mt", "Ft" };

    /// <summary>Lower-case words that may join the words of a body name ("Ministry of Mines and Energy").</summary>
    private static readonly HashSet<string> BodyConnectors = new(StringComparer.Ordinal) { "and", "of", "for", "&", ",", "the" };

    public CandidateRecogniser(GazetteerIndex index, CandidateOptions options)
    {
        this.options = options;
        datelines = index.Datelines;
        chemicalSymbols = index.ChemicalSymbols;
        foreach (var entry in index.Gazetteer.OrganisationDesignators)
        {
            var tokens = Tokenizer.Tokenize(entry.Phrase).Select(t => t.Text).ToArray();
            if (tokens.Length == 0)
            {
                continue;
            }

            switch (entry.Role)
            {
                case Legal or Sector or Body or Prefix:
                    if (!designators.TryGetValue(tokens[0], out var list))
                    {
                        list = [];
                        designators[tokens[0]] = list;
                    }

                    list.Add(new Designator(tokens, entry.Role, entry.KindHint));
                    if (entry.Role != Prefix)
                    {
                        designatorWords.UnionWith(tokens);
                    }

                    break;
                case "generic":
                    generic.Add(entry.Phrase);
                    break;
                case "title":
                    titles.Add(entry.Phrase);
                    break;
                case "noise":
                    noise.Add(entry.Phrase);
                    break;
                case "cue":
                    cues.Add(entry.Phrase);
                    break;
                case "not-after":
                    notAfter.Add(entry.Phrase);
                    break;
                case "exchange":
                    exchanges.Add(entry.Phrase);
                    break;
                case "org-after":
                    orgAfter.Add(tokens);
                    break;
                case "org-possessive":
                    orgPossessive.Add(entry.Phrase);
                    break;
                case "before-name":
                    beforeName.Add(tokens);
                    break;
                case "person-title":
                    personTitles.Add(entry.Phrase);
                    break;
                case "surname-prefix":
                    surnamePrefixes.Add(entry.Phrase);
                    break;
                case "said-in":
                    saidIn.Add(entry.Phrase);
                    break;
                case "legal-before":
                    legalBefore.Add(entry.Phrase);
                    break;
                default:
                    throw new InvalidDataException($"org-designators.csv: unknown role '{entry.Role}' for '{entry.Phrase}'.");
            }
        }

        foreach (var country in index.Gazetteer.Countries)
        {
            demonyms.UnionWith(country.Demonyms);
            demonyms.UnionWith(country.Demonyms.Select(d => d + "s"));
            demonyms.UnionWith(country.Abbreviations);
        }

        foreach (var region in index.Gazetteer.Regions)
        {
            var words = Tokenizer.Tokenize(region.Name).Select(t => t.Text).ToArray();
            if (!regions.TryGetValue(words[^1], out var list))
            {
                list = [];
                regions[words[^1]] = list;
            }

            list.Add(words);
        }
    }

    private sealed record Designator(string[] Tokens, string Role, string? KindHint);


    /// <summary>One written mention: name tokens [First, End), distinctive part [CoreFirst, CoreEnd).</summary>
    private sealed record Found(int First, int End, int CoreFirst, int CoreEnd, string? KindHint, string? CountryCode, bool IsBody);

    public List<CandidateMatch> Recognise(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<PhraseMatch> matches,
        OrganisationResult organisations,
        SentenceIndex sentences)
    {
        if (designators.Count == 0)
        {
            return [];
        }

        var context = new Context(text, tokens, sentences, tokens.Count);
        foreach (var mention in organisations.Mentions)
        {
            // "Peak Rare Earths ... a stake in Peak": the first word of a known organisation's name as the text writes it.
            var written = text.AsSpan(mention.Start, mention.Length).Trim();
            var space = written.IndexOf(' ');
            if (space > 0)
            {
                context.KnownNameFirstWords.Add(written[..space].ToString());
            }
        }

        foreach (var match in matches)
        {
            // A blocker that is a place of a country ("Lao Cai" -> VN, "Inner Mongolia" -> CN) is read like a country word, so
            // it can lead a name ("Lao Cai Rare Earth JSC"); one that is no country ("Indian Ocean") blocks the run.
            var place = match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.Blocker && t.Id.Length > 0);
            var blocks = organisations.TakenMatches.Contains(match)
                         || (place is null && match.Targets.Any(t => t.Kind == PhraseKind.Blocker))
                         || (match.Targets.Any(t => t.Kind == PhraseKind.Organisation) && !organisations.ForeignNamesakes.Contains(match)
                             && !organisations.InsideUnknownNames.Contains(match));
            var country = match.Targets.FirstOrDefault(t => t.Kind == PhraseKind.Country) ?? place;
            for (var t = match.FirstToken; t < match.EndToken; t++)
            {
                context.Blocked[t] |= blocks;
                context.InCountry[t] |= country is not null;
            }

            if (country is not null && !blocks)
            {
                var written = text.Substring(match.Start, match.Length);
                context.CountryEndingAt[match.EndToken - 1] = (country.Id, demonyms.Contains(written), match.FirstToken);
            }
        }

        var found = new List<Found>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(context, i))
            {
                i++;
                continue;
            }

            var sentenceEnd = context.SentenceEnd(i);
            var end = i + 1;
            while (end < tokens.Count && tokens[end].Start < sentenceEnd)
            {
                if (!Joined(context, end - 1, end))
                {
                    break;
                }

                if (ListedLegalFormLength(context, end) is > 1 and var form)
                {
                    end += form; // "A/S": a legal form of several tokens ends the name
                    break;
                }

                if (IsNameWord(context, end))
                {
                    end++;
                }
                else if (tokens[end].Text == "&" && end + 1 < tokens.Count && IsNameWord(context, end + 1) && Joined(context, end, end + 1))
                {
                    end += 2;
                }
                else if (InWordApostrophe(context, end))
                {
                    end += 2; // "Ma'aden MP Rare Earths Co": an apostrophe inside a word does not end the name (subject37)
                }

                else if (tokens[end].Text == "." && PlaceAbbreviations.Contains(tokens[end - 1].Text) && end + 1 < tokens.Count
                         && IsNameWord(context, end + 1) && Joined(context, end, end + 1))
                {
                    end += 2; // "St. Mary Hospital", "Mt. Sinai Hospital"
                }
                else
                {
                    // "Kelsey Bay Minerals plc", "Tundra Critical Minerals A/S": a legal form written as listed ends the name.
                    end += ListedLegalFormLength(context, end);
                    break;
                }
            }

            var next = end;
            if (!HasDesignatorOrCue(context, i, end) || VesselOrPlace(context, i, end))
            {
                i = end;
                continue;
            }

            if (context.IsHeadline(i, options))
            {
                // "Norvale Minerals Ltd Q3 2026 Earnings Call Transcript", "Letter from the Chairman - VHM Limited Annual Report
                // 2026": a name closed by a legal form that opens the headline, or its part after a dash, colon or bar, is the
                // company the text is about, though every word of a headline is capitalised (§88).
                if (HeadlineCompany(context, i, end) is { } company)
                {
                    found.Add(company);
                }

                i = end;
            }
            else if (BodyAfter(context, i, end, sentenceEnd) is { } body)
            {
                found.Add(body);
                next = body.End;
            }
            else if (SuffixName(context, i, end) is { } name && !ModifierUse(context, name.End))
            {
                found.Add(name);
            }
            else if (CuedName(context, i, end) is { } cued && !ModifierUse(context, cued.End))
            {
                found.Add(cued);
            }

            i = Math.Max(next, i + 1);
        }

        found.AddRange(ContextNames(context, found));
        found.RemoveAll(f => IsFormula(context, f) || IsDocumentNumber(context, f) || InTitleOfInstrument(context, f));
        return Merge(context, found);
    }

    /// <summary>
    /// "MIIT Raw Materials [2026] No. 123": an issuing office's code before a bracketed year is a document number, not an
    /// organisation.
    /// </summary>
    private static bool IsDocumentNumber(Context context, Found found) =>
        DocumentYearAfterRegex.IsMatch(context.Text.AsSpan(context.Tokens[found.End - 1].End));

    private static readonly Regex DocumentYearAfterRegex = new(@"^\s*[\[〔【]\s*(?:19|20)\d\d\s*[\]〕】]", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "the Scheme to Promote Manufacturing of Sintered Rare Earth Permanent Magnets", "the Programme for Development of Rare
    /// Earth Processing": a name after "of" in the title of a scheme, act or programme is part of that title, not an
    /// organisation.
    /// </summary>
    private static bool InTitleOfInstrument(Context context, Found found)
    {
        var tokens = context.Tokens;
        var t = found.First - 1;
        if (t >= 1 && tokens[t].Text == "the")
        {
            t--; // "the Interim Measures for the Total Quantity Control of Rare Earth Mining and Smelting"
        }

        if (t < 1 || tokens[t].Text is not ("of" or "for" or "on"))
        {
            return false;
        }

        const int MaxTitleWords = 8;
        for (var k = t - 1; k >= 0 && k >= t - MaxTitleWords; k--)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsWord || !(char.IsUpper(word[0]) || word is "to" or "of" or "for" or "and" or "on" or "the"))
            {
                return false;
            }

            if (InstrumentNouns.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Capitalised nouns that head the title of a scheme, law or programme.</summary>
    private static readonly FrozenSet<string> InstrumentNouns = new[]
    {
        "Scheme", "Programme", "Program", "Policy", "Act", "Law", "Rules", "Regulations", "Measures", "Plan", "Initiative", "Mission",
        "Guidelines", "Catalogue", "Strategy",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Sm-Co magnets", "Nd-Fe-B": a run whose words are all chemical symbols of at most two letters is a formula, not a name
    /// ending in "Co".
    /// </summary>
    private bool IsFormula(Context context, Found found)
    {
        var words = 0;
        for (var t = found.First; t < found.End; t++)
        {
            var token = context.Tokens[t];
            if (!token.IsWord)
            {
                continue;
            }

            if (token.Text.Length > 2 || !chemicalSymbols.Contains(token.Text))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    /// <summary>
    /// Organisation aliases that the text writes as part of a longer name (docs/entities.md §4, branch org-fixes), found
    /// before the organisations are decided:
    /// <list type="bullet">
    /// <item>a distinctive capitalised word right before a known alias, the name then ending in legal/sector designators
    /// ("Aurelia Critical Metals Plc" is not "Critical Metals"); the word may not be noise, a designator, generic word,
    /// title, cue noun, country or part of another known phrase, nor a common word at the start of a sentence, and
    /// headlines are left alone;</item>
    /// <item>a known alias followed by an "&amp;"-joined group of capitals or an all-capital word that continues the name
    /// ("Samsung C&amp;T", "Hanwha QX"), unless that group is also written elsewhere in the text on its own (a term such
    /// as "R&amp;D" or "EV") or is a known phrase, title, designator or exchange code;</item>
    /// <item>an ambiguous title-case one-word alias right after a capitalised word in mid-sentence ("actor Harrison Ford",
    /// "Nikola Tesla") or after a person title ("Mr. Ford"): the surname of a person.</item>
    /// </list>
    /// The first two are read by the candidate rules (<see cref="EmbeddedNames.InUnknownNames"/>); person names stay blocked.
    /// </summary>
    public EmbeddedNames KnownNamesInsideOtherNames(string text, IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch> matches, SentenceIndex sentences)
    {
        var unknown = new HashSet<PhraseMatch>();
        var persons = new HashSet<PhraseMatch>();
        if (matches.Count == 0)
        {
            return new EmbeddedNames(unknown, persons);
        }

        var context = new Context(text, tokens, sentences, tokens.Count);
        var covered = new bool[tokens.Count];
        foreach (var match in matches)
        {
            Array.Fill(covered, true, match.FirstToken, match.EndToken - match.FirstToken);
        }

        // "The venture, Ma'aden MP Rare Earths Co, will be 51% owned by Ma'aden": a name set in apposition to "venture" that
        // goes on from the partners' aliases to a legal form is the venture's own name, partners' aliases and all (subject37).
        var inVentureNames = VentureNameSpans(context, matches);

        foreach (var match in matches)
        {
            if (inVentureNames.Exists(v => match.FirstToken >= v.First && match.EndToken <= v.End))
            {
                unknown.Add(match);
                continue;
            }

            var safe = false;
            var ambiguous = false;
            foreach (var target in match.Targets)
            {
                safe |= target.Kind == PhraseKind.Organisation;
                ambiguous |= target.Kind == PhraseKind.OrganisationAmbiguous;
                if (target.Kind is PhraseKind.Country or PhraseKind.Blocker)
                {
                    safe = ambiguous = false;
                    break;
                }
            }

            if (!safe && !ambiguous)
            {
                continue;
            }

            if (LongerUnknownName(context, covered, match) || ContinuedByCapitals(context, covered, match) || BodyContinuedByAnd(context, covered, match)
                || UnitNameAfterAlias(context, match))
            {
                unknown.Add(match);
            }
            else if (ambiguous && !safe && SurnameOfPerson(context, covered, match))
            {
                persons.Add(match);
            }
        }

        return new EmbeddedNames(unknown, persons);
    }

    /// <summary>Endings after an apostrophe that make it a possessive or a contraction ("Lynas's", "It's", "They're"), not a word's inside.</summary>
    private static readonly HashSet<string> ApostropheEndings = new(StringComparer.OrdinalIgnoreCase) { "s", "t", "re", "ll", "ve", "d", "m" };

    /// <summary>"Ma'aden", "D'Amico": an apostrophe at <paramref name="t"/> with no space on either side, after a name word
    /// and before a word that is no possessive or contraction ending.</summary>
    private static bool InWordApostrophe(Context context, int t)
    {
        var tokens = context.Tokens;
        return t + 1 < tokens.Count && tokens[t].Text == "'" && tokens[t - 1].End == tokens[t].Start && tokens[t].End == tokens[t + 1].Start
               && tokens[t + 1].IsWord && char.IsLetter(tokens[t + 1].Text[0]) && !ApostropheEndings.Contains(tokens[t + 1].Text)
               && !context.Blocked[t + 1];
    }

    /// <summary>"The venture, ", "a joint venture named ", "the venture company, called ": text right before a venture's name.</summary>
    private static readonly Regex VentureNameBeforeRegex = new(
        @"\bventure(?:\s+company)?\s*,?\s*(?:(?:to\s+be\s+|which\s+will\s+be\s+)?(?:named|called|known\s+as)\s+)?$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>Most words of a venture's name after the first alias and before its legal form ("MP Rare Earths" in "Ma'aden MP Rare Earths Co").</summary>
    private const int MaxVentureNameWords = 5;

    /// <summary>
    /// "The venture, Ma'aden MP Rare Earths Co, will be ...", "the venture, named Maaden MP Rare Earths Co, and": a run of
    /// capitalised words that opens with a known alias right after "venture" (and an optional "named"/"called") and ends in
    /// a legal form is the venture's name; the token spans (first, end) of such runs. A run with no legal form at its end
    /// ("the venture, MP Materials said") is none.
    /// </summary>
    private List<(int First, int End)> VentureNameSpans(Context context, IReadOnlyList<PhraseMatch> matches)
    {
        var spans = new List<(int First, int End)>();
        var tokens = context.Tokens;
        foreach (var match in matches)
        {
            var first = match.FirstToken;
            if (!match.Targets.Any(t => t.Kind is PhraseKind.Organisation or PhraseKind.OrganisationAmbiguous)
                || spans.Exists(v => first >= v.First && first < v.End))
            {
                continue;
            }

            var sentence = context.Sentences.IndexOf(tokens[first].Start);
            var sentenceStart = sentence < 0 ? 0 : context.Sentences.Sentences[sentence].Start;
            if (tokens[first].Start <= sentenceStart
                || !VentureNameBeforeRegex.IsMatch(context.Text.AsSpan(sentenceStart, tokens[first].Start - sentenceStart)))
            {
                continue;
            }

            var sentenceEnd = context.SentenceEnd(first);
            var e = match.EndToken;
            var words = 0;
            while (e < tokens.Count && tokens[e].Start < sentenceEnd && words <= MaxVentureNameWords && Joined(context, e - 1, e)
                   && tokens[e].IsWord && char.IsUpper(tokens[e].Text[0]))
            {
                if (e > match.EndToken && DesignatorAt(context, e, tokens.Count, prefix: false) is { Role: Legal } legal
                    && (e + legal.Tokens.Length >= tokens.Count || !IsNameWord(context, e + legal.Tokens.Length)
                        || !Joined(context, e + legal.Tokens.Length - 1, e + legal.Tokens.Length)))
                {
                    spans.Add((first, e + legal.Tokens.Length));
                    break;
                }

                e++;
                words++;
            }
        }

        return spans;
    }

    /// <summary>
    /// "subsidiary Mkango Malawi Ltd will deliver", "Lynas Kalgoorlie Pty Ltd": a known company's alias, one or two
    /// capitalised words (often a country or a place) and a legal designator name a unit of its own, not the company.
    /// </summary>
    private bool UnitNameAfterAlias(Context context, PhraseMatch match)
    {
        const int MaxPlaceWords = 2;
        var tokens = context.Tokens;
        var sentenceEnd = context.SentenceEnd(match.FirstToken);
        var e = match.EndToken;
        var words = 0;
        while (e < tokens.Count && words < MaxPlaceWords && tokens[e].Start < sentenceEnd && tokens[e].IsTitleCaseWord
               && Joined(context, e - 1, e) && !designators.ContainsKey(tokens[e].Text))
        {
            e++;
            words++;
        }

        if (words > 0 && e < tokens.Count && tokens[e].Start < sentenceEnd && Joined(context, e - 1, e)
            && DesignatorAt(context, e, tokens.Count, prefix: false) is { Role: Legal })
        {
            return true;
        }

        // "The Pulawy plant, to be run by Mkango Polska, has ...": after "run by"/"operated by" the alias and a place word
        // with nothing capitalised after them name the operating unit, with no designator needed.
        var first = match.FirstToken;
        var plainWords = words > 0
                         && !Enumerable.Range(match.EndToken, words).Any(t => titles.Contains(tokens[t].Text) || personTitles.Contains(tokens[t].Text))
                         && (e >= tokens.Count || !IsNameWord(context, e) || !Joined(context, e - 1, e));
        // "run by subsidiary Mkango Polska", "its unit Lynas Kalgoorlie": a unit noun right before the alias says so too.
        return plainWords && ((first >= 2 && tokens[first - 1].Text == "by" && OperatedWords.Contains(tokens[first - 2].Text))
                              || (first >= 1 && tokens[first - 1].Text is "subsidiary" or "unit" or "affiliate")
                              || UnitApposition(context, e));
    }

    /// <summary>Nouns of an apposition that make the name before it a unit of a group: "X Polska, its Polish subsidiary,".</summary>
    private static readonly HashSet<string> UnitNouns = new(StringComparer.Ordinal) { "subsidiary", "unit", "arm", "affiliate", "division" };

    /// <summary>
    /// "Mkango Polska, its Polish subsidiary, will refine ...", "Neo Sillamae, the Estonian arm of the group,": right after
    /// the alias and its place words, a comma and "its"/"the"/"a", then at most a few descriptive words and a unit noun
    /// followed by a comma, "of" or the end of the sentence.
    /// </summary>
    private bool UnitApposition(Context context, int e)
    {
        var tokens = context.Tokens;
        if (e + 2 >= tokens.Count || tokens[e].Text != "," || tokens[e + 1].Text is not ("its" or "the" or "a" or "an" or "their"))
        {
            return false;
        }

        for (var k = e + 2; k < tokens.Count && k <= e + 2 + options.MaxDescriptorGapWords; k++)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (UnitNouns.Contains(word))
            {
                return k + 1 < tokens.Count && tokens[k + 1].Text is "," or "." or "of" or "in" or "that" or "which";
            }
        }

        return false;
    }

    /// <summary>Participles before "by" that name who runs a plant: "to be run by X", "operated by X".</summary>
    private static readonly HashSet<string> OperatedWords = new(StringComparer.Ordinal) { "run", "operated", "managed" };

    /// <summary>"Aurelia Critical Metals Plc": a distinctive capitalised word before the alias, legal/sector designators at the end.</summary>
    private bool LongerUnknownName(Context context, bool[] covered, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var p = match.FirstToken - 1;
        if (p < 0 || covered[p] || !tokens[p].IsWord || !char.IsUpper(tokens[p].Text[0]) || !Joined(context, p, match.FirstToken)
            || !IsLeadingNameWord(tokens[p].Text) || context.IsHeadline(match.FirstToken, options))
        {
            return false;
        }

        // At the start of a sentence any word is capitalised: a word the text also writes in lower case, or an adverb or
        // participle ("Separately", "Embattled", "Struggling"), describes the known name; so may a noun ("Rival X Metals"),
        // so there the name must also go on past the alias ("Aurelia Critical Metals Plc").
        var startsSentence = context.StartsSentence(p);
        if (startsSentence && (WrittenLowerCase(context, tokens[p].Text) || LooksLikeAdverbOrParticiple(tokens[p].Text)))
        {
            return false;
        }

        // The name ends in legal/sector designators: inside the alias ("... Metals") or right after it ("... Plc").
        var sentenceEnd = context.SentenceEnd(match.FirstToken);
        var limit = match.EndToken;
        while (limit < tokens.Count && limit - match.EndToken < options.MaxBodyNameTokens && tokens[limit].Start < sentenceEnd)
        {
            limit++;
        }

        var end = match.EndToken;
        var after = false;
        while (end < tokens.Count && Joined(context, end - 1, end) && DesignatorAt(context, end, limit, prefix: false) is { Role: Legal or Sector } more)
        {
            end += more.Tokens.Length;
            after = true;
        }

        if (after || startsSentence)
        {
            return after || InitialsInBracketsAfter(context, p, end);
        }

        for (var k = match.FirstToken; k < match.EndToken; k++)
        {
            if (DesignatorAt(context, k, match.EndToken, prefix: false) is { Role: Legal or Sector } inside && k + inside.Tokens.Length == match.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Ministry of Mines and Energy said": a known body named with a prefix ("Ministry of", "Department of") followed by
    /// "and" and one more capitalised word that no phrase match holds, then no further capital, is another body's longer name
    /// (India's Ministry of Mines is not Brazil's Ministry of Mines and Energy).
    /// </summary>
    private bool BodyContinuedByAnd(Context context, bool[] covered, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var and = match.EndToken;
        var word = and + 1;
        if (word >= tokens.Count || tokens[and].Text != "and" || !tokens[word].IsTitleCaseWord || covered[word]
            || DesignatorAt(context, match.FirstToken, match.EndToken, prefix: true) is null || context.StartsSentence(word))
        {
            return false;
        }

        return word + 1 >= tokens.Count || !(tokens[word + 1].IsWord && tokens[word + 1].IsCapitalised);
    }

    /// <summary>Longest code read in brackets after a name ("(TSXV: NCM)", "(NCM)").</summary>
    private const int MaxBracketCodeLength = 6;

    /// <summary>
    /// "Northbound Critical Metals Corp. (TSXV: NCM)": the ticker or acronym in brackets right after the name spells the initials
    /// of the word before the known alias and the alias' words, so that word is part of the name.
    /// </summary>
    private bool InitialsInBracketsAfter(Context context, int first, int end)
    {
        var tokens = context.Tokens;
        var t = end;
        if (t < tokens.Count && tokens[t].Text == "." && tokens[t].Start == tokens[t - 1].End)
        {
            t++;
        }

        if (t + 2 >= tokens.Count || tokens[t].Text != "(")
        {
            return false;
        }

        t++;
        if (exchanges.Contains(tokens[t].Text) && t + 3 < tokens.Count && tokens[t + 1].Text == ":")
        {
            t += 2;
        }

        var code = tokens[t].Text;
        if (code.Length < MinAcronymLength || code.Length > MaxBracketCodeLength || !code.All(char.IsAsciiLetterUpper) || tokens[t + 1].Text != ")")
        {
            return false;
        }

        var initials = string.Concat(Enumerable.Range(first, end - first)
            .Where(k => tokens[k].IsWord && char.IsUpper(tokens[k].Text[0]))
            .Select(k => tokens[k].Text[0]));
        return IsSubsequence(code, initials, MinAcronymLength);
    }

    private static bool LooksLikeAdverbOrParticiple(string word) =>
        word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A word that can start a longer name: distinctive, not noise, a designator, a title or a cue noun ("Miner X").</summary>
    private bool IsLeadingNameWord(string word) =>
        word.Length > 1 && !noise.Contains(word) && !designatorWords.Contains(word) && !generic.Contains(word) && !titles.Contains(word)
        && !personTitles.Contains(word) && !cues.Contains(word.ToLowerInvariant()) && !demonyms.Contains(word) && !exchanges.Contains(word);

    /// <summary>"Samsung C&amp;T", "Hanwha QX": an "&amp;"-joined group of capitals or an all-capital word right after the alias.</summary>
    private bool ContinuedByCapitals(Context context, bool[] covered, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var e = match.EndToken;
        if (e >= tokens.Count || covered[e] || !IsCapitals(tokens[e].Text) || !Joined(context, e - 1, e)
            || tokens[e].Start >= context.SentenceEnd(match.FirstToken) || context.InCapitalsSentence(match.FirstToken))
        {
            return false;
        }

        int end;
        if (e + 2 < tokens.Count && tokens[e + 1].Text == "&" && tokens[e + 1].Start == tokens[e].End
            && tokens[e + 2].Start == tokens[e + 1].End && IsCapitals(tokens[e + 2].Text) && !covered[e + 2])
        {
            end = e + 3; // "C&T"
        }
        else if (tokens[e].Text.Length >= MinAcronymLength && !titles.Contains(tokens[e].Text) && !designatorWords.Contains(tokens[e].Text)
                 && !exchanges.Contains(tokens[e].Text) && !noise.Contains(tokens[e].Text) && OrgAfterAt(context, e) == 0
                 && !(e + 1 < tokens.Count && tokens[e + 1].Text == "&"))
        {
            end = e + 1; // "QX"
        }
        else
        {
            return false;
        }

        // A dateline city in capitals after an outlet ("Reuters NEW DELHI") does not continue the outlet's name.
        foreach (var dateline in datelines.Match(tokens))
        {
            if (dateline.FirstToken == e)
            {
                return false;
            }
        }

        // A term the text also writes on its own ("R&D spending", "EV makers") does not continue a name.
        var length = end - e;
        var last = tokens[match.EndToken - 1].Text;
        for (var t = 0; t + length <= tokens.Count; t++)
        {
            if (t != e && SameTokens(tokens, t, e, length) && (t == 0 || !string.Equals(tokens[t - 1].Text, last, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only capital letters (at most five): "C", "QX", "SDI".</summary>
    private static bool IsCapitals(string word)
    {
        if (word.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"actor Harrison Ford", "Nikola Tesla", "Mr. Ford": an ambiguous one-word alias used as a surname.</summary>
    private bool SurnameOfPerson(Context context, bool[] covered, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var first = match.FirstToken;
        if (match.EndToken - first != 1 || !tokens[first].IsTitleCaseWord || first == 0)
        {
            return false;
        }

        var p = first - 1;
        var q = tokens[p].Text == "." && p > 0 ? p - 1 : p;
        if (personTitles.Contains(tokens[q].Text))
        {
            return true;
        }

        return tokens[p].IsTitleCaseWord && !covered[p] && Joined(context, p, first) && !context.StartsSentence(p)
               && !noise.Contains(tokens[p].Text) && !designatorWords.Contains(tokens[p].Text) && !generic.Contains(tokens[p].Text)
               && !demonyms.Contains(tokens[p].Text) && !context.IsHeadline(first, options);
    }

    /// <summary>
    /// Names without a designator that the context marks as organisations (docs/entities.md §8): a ticker after the name
    /// ("Acme (NYSE: ACM)"); a word only organisations have right after the name or its possessive ("Netflix CEO",
    /// "Boeing's chief executive", "Tesla shares"); "shares of X", "a stake in X"; an apposition ending in a cue noun
    /// ("Boeing, the planemaker,"); "X said in a statement"; an acronym defined after the name ("International
    /// Monetary Fund (IMF)"); a camel-case word used twice and once as an actor ("WeWork said"); a single word the text also writes in lower case ("Interim CEO") is not a name. A name the text also writes as a person
    /// ("Mr. X", a capitalised given name before it) is not taken.
    /// </summary>
    private List<Found> ContextNames(Context context, List<Found> found)
    {
        var tokens = context.Tokens;
        var taken = new bool[tokens.Count];
        foreach (var f in found)
        {
            Array.Fill(taken, true, f.First, f.End - f.First);
        }

        var result = new List<Found>();
        foreach (var defined in DefinedAcronymNames(context, taken))
        {
            result.Add(defined);
            Array.Fill(taken, true, defined.First, defined.End - defined.First);
        }

        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(context, i) || taken[i] || (context.InCountry[i] && !CountryOpensCuedName(context, taken, i)))
            {
                i++;
                continue;
            }

            // The run of capitalised words (at most MaxCuedNameTokens words), cut before a title or an org-after word; "&"
            // between two of its words joins them ("Hana Investment & Securities").
            var end = i + 1;
            var words = 1;
            while (end < tokens.Count && words < options.MaxCuedNameTokens && !taken[end] && Joined(context, end - 1, end))
            {
                var at = end;
                if (tokens[at].Text == "&" && at + 1 < tokens.Count && Joined(context, at, at + 1) && !taken[at + 1])
                {
                    at++;
                }

                // "Tanbreez Mining Greenland, the local subsidiary of ...": a one-word country closing a run of two or more words,
                // right before the comma of a cued apposition, is the last word of a local unit's name (subject37).
                var countryCloses = context.InCountry[at] && words >= 2 && at + 1 < tokens.Count && tokens[at + 1].Text == ","
                                    && context.CountryMatchFrom(at) is { EndToken: var countryEnd } && countryEnd == at + 1
                                    && IsNameWord(context, at) && Cued(context, i, at + 1);
                if (!IsNameWord(context, at) || (context.InCountry[at] && !countryCloses) || titles.Contains(tokens[at].Text) || OrgAfterAt(context, at) != 0)
                {
                    break;
                }

                end = at + 1;
                words++;
            }

            var first = i;
            while (first < end && noise.Contains(tokens[first].Text))
            {
                first++;
            }

            // A single word that begins a known organisation's name written in the text is that organisation's short form.
            var knownShortForm = end - first == 1 && context.KnownNameFirstWords.Contains(tokens[first].Text);
            if (first < end && !knownShortForm && HasDistinctive(context, first, end) && !context.IsHeadline(first, options)
                && !VesselOrPlace(context, first, end)
                && (Cued(context, first, end) || DefinedAcronym(context, first, end) || CamelBrand(context, first, end))
                && !WrittenAsPerson(context, first, end) && !(end - first == 1 && WrittenLowerCase(context, tokens[first].Text)))
            {
                var kind = TickerAfter(context, end) ? "company" : null;
                result.Add(new Found(first, end, first, end, kind, CountryBefore(context, first), IsBody: false));
                Array.Fill(taken, true, first, end - first);
            }

            i = end;
        }

        return result;
    }

    /// <summary>
    /// "an analyst at Korea Investment & Securities": a one-word country right after a phrase that comes before a name ("analyst
    /// at", "shares of"), with a capitalised word joined after it, opens that name; "analysts at China's ..." does not.
    /// </summary>
    private bool CountryOpensCuedName(Context context, bool[] taken, int at)
    {
        var tokens = context.Tokens;
        if (context.CountryMatchFrom(at) is not { EndToken: var countryEnd } || countryEnd != at + 1 || countryEnd >= tokens.Count
            || taken[countryEnd] || context.InCountry[countryEnd] || !IsNameWord(context, countryEnd) || !Joined(context, at, countryEnd)
            || titles.Contains(tokens[countryEnd].Text))
        {
            return false;
        }

        return AfterBeforeNamePhrase(tokens, at);
    }

    /// <summary>A phrase that comes before a name ("shares of", "a stake in", "analyst at") ends right before <paramref name="at"/>.</summary>
    private bool AfterBeforeNamePhrase(IReadOnlyList<Token> tokens, int at) =>
        beforeName.Exists(words => at >= words.Length && WordsAt(tokens, at - words.Length, words));

    /// <summary>Company nouns whose apposition a name after a comma is: "the largest operator, X,", "its Chinese customer, X,".</summary>
    private static readonly HashSet<string> AppositionHeads = new(StringComparer.Ordinal)
    {
        "operator", "miner", "producer", "explorer", "developer", "refiner", "processor", "recycler", "smelter", "trader",
        "supplier", "buyer", "customer", "offtaker", "partner", "licensee", "licence-holder", "concessionaire",
    };

    /// <summary>Words that name a ship ("MV Lake Chilwa", "the bulk carrier ...") rather than an organisation.</summary>
    private static readonly HashSet<string> VesselPrefixes = new(StringComparer.Ordinal) { "MV", "MS", "MT", "SS", "MY", "FV" };

    /// <summary>Nouns after a name that make it a place or an asset: "the giant Bayan Obo deposit", "the Nacala Logistics corridor".</summary>
    private static readonly HashSet<string> PlaceNounsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "deposit", "deposits", "orebody", "prospect", "corridor", "basin", "field", "fields", "railway", "highway", "river", "port", "valley",
    };

    /// <summary>
    /// "The bulk carrier MV Lake Chilwa sailed from Nacala", "home to the giant Bayan Obo deposit", "on the Nacala Logistics
    /// corridor": a cued capitalised run that is a ship's name, or that a place noun follows, is no organisation (dev10 L13, L23).
    /// </summary>
    private static bool VesselOrPlace(Context context, int first, int end)
    {
        var tokens = context.Tokens;
        if (VesselPrefixes.Contains(tokens[first].Text)
            || (first > 0 && tokens[first - 1].Text is "vessel" or "ship" or "tanker" or "freighter" or "bulker"
                || (first > 1 && tokens[first - 1].Text == "carrier" && tokens[first - 2].Text == "bulk")))
        {
            return true;
        }

        return end < tokens.Count && PlaceNounsAfter.Contains(tokens[end].Text) && end > 0 && context.Text[tokens[end - 1].End..tokens[end].Start] == " ";
    }

    private bool Cued(Context context, int first, int end)
    {
        var tokens = context.Tokens;
        if (TickerAfter(context, end) || (OrgAfterAt(context, end) > 0 && !context.StartsSentence(first)))
        {
            return true; // "Netflix CEO Reed Hastings", but not "Interim CEO ..." at the start of a sentence
        }

        // "a loan from Afreximbank", "Commerzbank analysts": one capitalised word written as a compound ending in "bank" is a
        // bank's name, in running text (not opening a sentence, where "Riverbank erosion" is a common noun) (§83).
        // A place ("in Burbank", "Burbank, California", "the Burbank entertainment giant") is not taken.
        if (end - first == 1 && !context.StartsSentence(first) && BankCompound(tokens[first].Text)
            && !(first > 0 && tokens[first - 1].Text is "in" or "near" or "of" or "to" or "outside" or "the" or "The")
            && !(end + 1 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].IsTitleCaseWord))
        {
            return true;
        }

        // "Boeing's chief executive"
        if (end + 2 < tokens.Count && tokens[end].Text == "'" && tokens[end + 1].Text is "s"
            && (OrgAfterAt(context, end + 2) > 0 || orgPossessive.Contains(tokens[end + 2].Text)))
        {
            return true;
        }

        // "The largest operator, Phongsaly Mineral Development, holds a permit": a company noun, a comma, then the name closed by a
        // comma is the noun's apposition (dev10 L35), as "X, a Tanzanian explorer," is below.
        if (first >= 2 && tokens[first - 1].Text == "," && AppositionHeads.Contains(tokens[first - 2].Text)
            && end < tokens.Count && tokens[end].Text == "," && end - first >= 2)
        {
            return true;
        }

        // "shares of X", "a stake in X"
        if (AfterBeforeNamePhrase(tokens, first))
        {
            return true;
        }

        // "X said in a statement"
        if (end + 4 < tokens.Count && tokens[end].Text == "said" && tokens[end + 1].Text == "in" && tokens[end + 2].Text is "a" or "an"
            && saidIn.Contains(tokens[end + 3].Text))
        {
            return true;
        }

        // "Boeing, the planemaker," / "Flexport, a freight forwarding company,"
        // "SARECO, its former joint venture with Sumitomo,", "Tarvik, a Tanzanian explorer,": "its" or "their", and a
        // demonym or a place among the words, describe the name as well.
        if (end + 2 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Text is "the" or "a" or "an" or "its" or "their")
        {
            for (var k = end + 2; k < tokens.Count && k <= end + 2 + options.MaxDescriptorGapWords; k++)
            {
                var word = tokens[k].Text;
                // "Jordan Smith, a spokesman for the company,": a cue noun after a preposition is not what the apposition names.
                if (!tokens[k].IsWord || !(char.IsLower(word[0]) || tokens[k].IsTitleCaseWord)
                    || word is "for" or "at" or "of" or "with" or "in" or "from" or "to" or "on" or "by")
                {
                    break;
                }

                if ((cues.Contains(word) || word.EndsWith("maker", StringComparison.Ordinal))
                    && k + 1 < tokens.Count && tokens[k + 1].Text is "," or "." or "that" or "which" or "of" or "with")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Common nouns that end in "bank" ("riverbank", "databank"): no bank's name.</summary>
    private static readonly HashSet<string> BankNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "riverbank", "sandbank", "snowbank", "mudbank", "seabank", "databank", "foodbank", "bloodbank", "cloudbank", "gravelbank",
    };

    /// <summary>"Afreximbank", "Commerzbank", "Sberbank": a capitalised word of at least seven letters ending in lower-case "bank".</summary>
    private static bool BankCompound(string word) =>
        word.Length >= 7 && char.IsUpper(word[0]) && word.EndsWith("bank", StringComparison.Ordinal) && word.All(char.IsLetter)
        && !BankNouns.Contains(word);

    /// <summary>The word before <paramref name="next"/> acts: "said", "says", a possessive or an org-after word follows.</summary>
    private bool ActsAt(Context context, int next) =>
        next < context.Tokens.Count && (context.Tokens[next].Text is "said" or "says" or "'" || OrgAfterAt(context, next) > 0);

    /// <summary>The tokens from <paramref name="at"/> are <paramref name="words"/> (ignoring case unless told).</summary>
    private static bool WordsAt(IReadOnlyList<Token> tokens, int at, string[] words, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        if (at < 0 || at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[at + k].Text, words[k], comparison))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"(NYSE: ACM)" right after the name.</summary>
    private bool TickerAfter(Context context, int end) =>
        end + 3 < context.Tokens.Count && context.Tokens[end].Text == "(" && exchanges.Contains(context.Tokens[end + 1].Text)
        && context.Tokens[end + 2].Text == ":";

    /// <summary>Length in tokens of an org-after phrase at <paramref name="t"/> ("CEO", "chief executive"), or 0.</summary>
    private int OrgAfterAt(Context context, int t)
    {
        foreach (var words in orgAfter)
        {
            if (WordsAt(context.Tokens, t, words)
                && (char.IsLower(words[0][0]) ? char.IsLower(context.Tokens[t].Text[0]) : context.Tokens[t].Text == words[0]))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// "The Centers for Disease Control and Prevention (CDC)": capitalised words joined by of/for/and before a bracketed
    /// acronym whose capitals are their initials, when the acronym acts later in the text.
    /// </summary>
    private IEnumerable<Found> DefinedAcronymNames(Context context, bool[] taken)
    {
        var tokens = context.Tokens;
        for (var open = 2; open + 2 < tokens.Count; open++)
        {
            if (tokens[open].Text != "(" || tokens[open + 2].Text != ")" || !IsNameWord(context, open - 1) || taken[open - 1])
            {
                continue;
            }

            var first = open - 1;
            var limit = Math.Max(0, open - 1 - options.MaxBodyNameTokens);
            while (first > limit)
            {
                var previous = first - 1;
                if (IsNameWord(context, previous) && !taken[previous] && !noise.Contains(tokens[previous].Text) && Joined(context, previous, first))
                {
                    first = previous;
                }
                else if (tokens[previous].Text is "of" or "for" or "and" or "&" && previous > 0 && IsNameWord(context, previous - 1) && !taken[previous - 1]
                         && !noise.Contains(tokens[previous - 1].Text))
                {
                    first = previous - 1;
                }
                else
                {
                    break;
                }
            }

            var words = Enumerable.Range(first, open - first).Where(t => IsNameWord(context, t)).ToList();
            if (words.Count >= 2 && !words.Any(t => context.InCountry[t]) && HasDistinctive(context, first, open)
                && DefinedAcronym(context, words, open))
            {
                yield return new Found(first, open, first, open, KindHint: null, CountryBefore(context, first), IsBody: false);
            }
        }
    }

    /// <summary>"International Monetary Fund (IMF)": the capitals of the acronym are the initials of the name's words.</summary>
    private bool DefinedAcronym(Context context, int first, int end) =>
        DefinedAcronym(context, Enumerable.Range(first, end - first).ToList(), end);

    private bool DefinedAcronym(Context context, List<int> words, int end)
    {
        var tokens = context.Tokens;
        if (words.Count < 2 || end + 2 >= tokens.Count || tokens[end].Text != "(" || tokens[end + 2].Text != ")" || !IsAcronym(tokens[end + 1].Text)
            || char.IsLower(tokens[end + 1].Text[^1]) || notAfter.Contains(tokens[end - 1].Text.ToLowerInvariant()))
        {
            return false; // "Intensive Care Units (ICUs)": a plural acronym names a thing; "Hang Seng Index (HSI)" is an index
        }

        var initials = string.Concat(words.Select(t => tokens[t].Text[0]));
        var acronym = tokens[end + 1].Text;
        var capitals = string.Concat(acronym.Where(char.IsUpper));
        if (!string.Equals(initials, capitals, StringComparison.Ordinal) && !(capitals.Length >= 2 && IsSubsequence(capitals, initials, initials.Length - 1)))
        {
            return false; // "Centers for Disease Control and Prevention (CDC)": one word may be left out of the acronym
        }

        // Terms are defined this way too ("Electric Vehicle (EV)"): the acronym must act later ("the IMF said", "IMF's").
        for (var t = end + 3; t < tokens.Count; t++)
        {
            if (tokens[t].Text == acronym && ActsAt(context, t + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The letters of <paramref name="acronym"/> in order in <paramref name="initials"/>, starting with its first, at least <paramref name="minLength"/> of them.</summary>
    private static bool IsSubsequence(string acronym, string initials, int minLength)
    {
        if (acronym.Length < minLength || initials.Length == 0 || acronym[0] != initials[0])
        {
            return false;
        }

        var k = 0;
        foreach (var c in initials)
        {
            if (k < acronym.Length && acronym[k] == c)
            {
                k++;
            }
        }

        return k == acronym.Length;
    }

    /// <summary>"WeWork", "SoftBank": one camel-case word (not a surname such as McDonald) written at least twice.</summary>
    private bool CamelBrand(Context context, int first, int end)
    {
        if (end - first != 1)
        {
            return false;
        }

        var word = context.Tokens[first].Text;
        var inner = -1;
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                inner = k;
                break;
            }
        }

        if (inner < 2 || surnamePrefixes.Contains(word[..inner]) || !word.All(char.IsLetter))
        {
            return false;
        }

        // Written at least three times, or twice with one use as an actor ("WeWork's", "SoftBank said").
        var tokens = context.Tokens;
        var count = 0;
        var actor = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Text != word)
            {
                continue;
            }

            count++;
            actor |= ActsAt(context, t + 1);
        }

        return count >= 2 && actor;
    }

    /// <summary>The word is written in lower case somewhere in the text: a common word, not a brand.</summary>
    private static bool WrittenLowerCase(Context context, string word)
    {
        foreach (var token in context.Tokens)
        {
            if (token.Text.Length == word.Length && char.IsLower(token.Text[0]) && string.Equals(token.Text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text writes the name as a person somewhere: after "Mr."/"Ms.", after a job title, or right after another capitalised word.</summary>
    private bool WrittenAsPerson(Context context, int first, int end)
    {
        var tokens = context.Tokens;
        var length = end - first;
        for (var t = 0; t + length <= tokens.Count; t++)
        {
            if (!SameTokens(tokens, t, first, length))
            {
                continue;
            }

            var b = t - 1;
            if (b >= 0 && tokens[b].Text == ".")
            {
                b--;
            }

            if (b >= 0 && personTitles.Contains(tokens[b].Text))
            {
                return true;
            }

            // "managing director Darryl Cuzzubbo said in a statement", "chief executive Jane Doe": a job title right before the name.
            if (t >= 1 && tokens[t - 1].IsWord && titles.Contains(tokens[t - 1].Text))
            {
                return true;
            }

            if (t >= 1 && tokens[t - 1].IsWord && char.IsUpper(tokens[t - 1].Text[0]) && Joined(context, t - 1, t)
                && !noise.Contains(tokens[t - 1].Text) && !context.InCountry[t - 1] && !context.Blocked[t - 1]
                && !designatorWords.Contains(tokens[t - 1].Text) && !generic.Contains(tokens[t - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of a region name (US state, province) whose last token is <paramref name="last"/>, or null.</summary>
    private int? RegionEndingAt(Context context, int last)
    {
        if (!regions.TryGetValue(context.Tokens[last].Text, out var list))
        {
            return null;
        }

        foreach (var words in list)
        {
            var first = last - words.Length + 1;
            if (first >= 0 && WordsAt(context.Tokens, first, words, StringComparison.Ordinal))
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>Cheap pre-check: the run holds or is followed by a designator, or follows a cue noun.</summary>
    private bool HasDesignatorOrCue(Context context, int runStart, int runEnd)
    {
        if ((runStart > 0 && cues.Contains(context.Tokens[runStart - 1].Text)) || LeadingCue(context, runStart, runEnd))
        {
            return true;
        }

        var last = Math.Min(runEnd, context.Tokens.Count - 1);
        for (var t = runStart; t <= last; t++)
        {
            if (designators.ContainsKey(context.Tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two tokens of one name are separated by one space or one hyphen ("Nano-Satellite"), not by " -- " or a line break.</summary>
    private static bool Joined(Context context, int left, int right)
    {
        var gap = context.Text.AsSpan(context.Tokens[left].End, context.Tokens[right].Start - context.Tokens[left].End);
        return gap.Length == 0 || (gap.Length == 1 && (gap[0] is ' ' or '\u00A0' || Tokenizer.IsHyphen(gap[0])));
    }

    private static bool IsNameWord(Context context, int t)
    {
        if (t >= context.Tokens.Count || context.Blocked[t])
        {
            return false;
        }

        var token = context.Tokens[t];
        return token.IsWord
               && (char.IsUpper(token.Text[0]) || (char.IsDigit(token.Text[0]) && token.Text.Any(char.IsUpper)));
    }

    private bool IsDistinctive(Context context, int t)
    {
        var word = context.Tokens[t];
        return word.IsWord && word.Text.Length > 1 && !context.InCountry[t]
               && !designatorWords.Contains(word.Text) && !generic.Contains(word.Text)
               && !titles.Contains(word.Text) && !noise.Contains(word.Text);
    }

    /// <summary>Tokens of a legal form at <paramref name="t"/> written exactly as listed and joined up ("plc", "A/S"); 0 when none.</summary>
    private int ListedLegalFormLength(Context context, int t)
    {
        if (t >= context.Tokens.Count || !designators.TryGetValue(context.Tokens[t].Text, out var list))
        {
            return 0;
        }

        var longest = 0;
        foreach (var d in list)
        {
            var length = d.Tokens.Length;
            if (d.Role != Legal || length <= longest || t + length > context.Tokens.Count)
            {
                continue;
            }

            var written = true;
            for (var k = 0; k < length && written; k++)
            {
                written = !context.Blocked[t + k] && string.Equals(context.Tokens[t + k].Text, d.Tokens[k], StringComparison.Ordinal)
                          && (k == 0 || Joined(context, t + k - 1, t + k));
            }

            if (written)
            {
                longest = length;
            }
        }

        return longest;
    }

    /// <summary>
    /// A legal form written exactly as org-designators.csv lists it, though not capitalised or not a word: "plc", the "A" of "A/S".
    /// </summary>
    private static bool WrittenAsListed(Context context, int t, List<Designator> list) =>
        !context.Blocked[t] && list.Exists(d => d.Role != Prefix && string.Equals(context.Tokens[t].Text, d.Tokens[0], StringComparison.Ordinal));

    /// <summary>Longest designator of the given roles at token <paramref name="t"/> (all its words capitalised, or written exactly as listed, unless a prefix).</summary>
    private Designator? DesignatorAt(Context context, int t, int end, bool prefix)
    {
        if (t >= end || !designators.TryGetValue(context.Tokens[t].Text, out var list) || !(IsNameWord(context, t) || WrittenAsListed(context, t, list)))
        {
            return null;
        }

        // "AS" is a legal form and the word "as": after a word in capitals ("SHARES SLIDE AS OUTPUT FALLS") it is the word.
        if (!prefix && noise.Contains(context.Tokens[t].Text) && t > 0 && IsCapitalsOnly(context.Tokens[t - 1].Text))
        {
            return null;
        }

        Designator? best = null;
        foreach (var d in list)
        {
            if ((d.Role == Prefix) != prefix || t + d.Tokens.Length > end
                || (best is not null && best.Tokens.Length >= d.Tokens.Length))
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < d.Tokens.Length && ok; k++)
            {
                var token = context.Tokens[t + k];
                ok = (!prefix && !context.Blocked[t + k] && string.Equals(token.Text, d.Tokens[k], StringComparison.Ordinal))
                     || (string.Equals(token.Text, d.Tokens[k], StringComparison.OrdinalIgnoreCase)
                         && (prefix ? k > 0 || IsNameWord(context, t + k) : IsNameWord(context, t + k)));
            }

            if (ok)
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>A word of any length with letters, none lower-case ("TRADERS", "FELL"); <see cref="IsCapitals"/> is for short acronyms.</summary>
    private static bool IsCapitalsOnly(string word) => word.Length > 1 && word.Any(char.IsLetter) && !word.Any(char.IsLower);

    /// <summary>"[Country/generic words] Ministry of Mines and Energy": the run ends with a prefix designator's head.</summary>
    private Found? BodyAfter(Context context, int runStart, int runEnd, int sentenceEnd)
    {
        var tokens = context.Tokens;
        var limit = runEnd;
        var furthest = Math.Min(tokens.Count, runEnd + options.MaxBodyNameTokens + 1);
        while (limit < furthest && tokens[limit].Start < sentenceEnd)
        {
            limit++;
        }

        var p = runEnd - 1;
        var designator = DesignatorAt(context, p, limit, prefix: true);
        if (designator is null)
        {
            return null;
        }

        var j = p + designator.Tokens.Length;
        if (!IsNameWord(context, j))
        {
            return null;
        }

        var end = j;
        var maxEnd = Math.Min(limit, j + options.MaxBodyNameTokens);
        while (end < maxEnd)
        {
            if (IsNameWord(context, end))
            {
                end++;
                continue;
            }

            var k = end;
            while (k < maxEnd && BodyConnectors.Contains(tokens[k].Text))
            {
                k++;
            }

            // "the Ministry of Industry and Trade and the Ministry of ...": a second prefix body starts another name.
            if (k == end || k >= maxEnd || !IsNameWord(context, k)
                || (tokens[end].Text == "," && !ListContinues(context, k, maxEnd))
                || DesignatorAt(context, k, limit, prefix: true) is not null)
            {
                break;
            }

            end = k;
        }

        // "the Ministry of Commerce and Harrow Metals Corp": what follows "and" ends in a legal form, so it is another
        // organisation named beside the body, not part of the body's name.
        for (var k = end - 1; k > j; k--)
        {
            if (tokens[k].Text is "and" or "&")
            {
                end = LegalFormIn(context, k + 1, end) ? k : end;
                break;
            }
        }

        var first = p;
        string? country = null;
        for (var b = p - 1; b >= runStart; b--)
        {
            if (context.InCountry[b] && context.CountryOf(b) is { } code)
            {
                country ??= code;
            }
            else if (generic.Contains(tokens[b].Text) && country is null)
            {
                first = b;
            }
            else if (b == p - 1 && RegionEndingAt(context, b) is { } regionFirst && regionFirst >= runStart && !noise.Contains(tokens[regionFirst].Text))
            {
                first = regionFirst; // "Michigan Department of Health and Human Services": a state's department
                break;
            }
            else
            {
                break;
            }
        }

        country ??= CountryBefore(context, runStart);
        return new Found(first, end, first, end, designator.KindHint, country, IsBody: true);
    }

    /// <summary>A legal designator ("Corp", "Ltd", "GmbH") among the tokens from <paramref name="from"/> to <paramref name="end"/>.</summary>
    private bool LegalFormIn(Context context, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (DesignatorAt(context, t, end, prefix: false) is { Role: Legal })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comma inside a body name only continues a list that ends with "and" ("Economy, Trade and Industry").</summary>
    private static bool ListContinues(Context context, int from, int maxEnd)
    {
        for (var k = from; k < maxEnd; k++)
        {
            if (context.Tokens[k].Text == "and")
            {
                return true;
            }

            if (!IsNameWord(context, k) && context.Tokens[k].Text != ",")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>What follows a letterhead's company name to the end of its line: its listing in brackets ("(ASX: DRR)").</summary>
    private static readonly Regex LetterheadRestRegex = new(@"^[ \t]*\((?:ASX|TSX|TSXV|TSX-V|NYSE|NASDAQ|Nasdaq|LSE|AIM|JSE|OTCQX|OTCQB|ASX/TSX)\s*:\s*[A-Z0-9.]{1,6}\)[ \t]*(?:\r?\n|$)", RegexOptions.Compiled);

    /// <summary>
    /// A headline's company: the run opens the headline line or follows a dash, colon or bar in it, and its name ends in a
    /// legal form written as listed ("Ltd", "Limited", "Inc.", "GmbH"); sector words alone ("Minerals") are not enough in a
    /// headline; at most three words before the form. Null otherwise.
    /// </summary>
    private Found? HeadlineCompany(Context context, int runStart, int runEnd)
    {
        const int MaxHeadlineNameWords = 3;
        const int MaxLetterheadNameWords = 5;
        var sentenceStart = context.Sentences.IndexOf(context.Tokens[runStart].Start) is var s and >= 0 ? context.Sentences.Sentences[s].Start : -1;
        var opens = context.Tokens[runStart].Start == sentenceStart;
        if (!opens && sentenceStart >= 0 && runStart > 0 && context.Tokens[runStart - 1].Start >= sentenceStart)
        {
            var previous = context.Tokens[runStart - 1];
            var gap = context.Text[previous.End..context.Tokens[runStart].Start].Trim();
            opens = (!previous.IsWord && previous.Text is ":" or "|" or "\u2013" or "\u2014" && gap.Length == 0)
                    || (gap.Length == 1 && (Tokenizer.IsHyphen(gap[0]) || gap[0] is '\u2013' or '\u2014'));
        }

        if (!opens)
        {
            return null;
        }

        // The headline goes on in capitals after the legal form ("Ltd Q3 2026 Earnings Call"): the name ends at the form.
        for (var d = runStart + 1; d < runEnd; d++)
        {
            if (ListedLegalFormLength(context, d) is > 0 and var length)
            {
                // At most three words before the form: a longer run takes in the headline's own words ("Quarterly Report Shows
                // X Minerals Limited").
                // "Dampier Ridge Rare Earths Limited (ASX: DRR)" alone on its line: a letterhead, the whole line the name and its
                // listing, so a longer name is safe (dev15 S09); "Record Output Lifts Kestrel Ridge Limited" is no letterhead.
                var wordsAllowed = LetterheadRestRegex.IsMatch(context.Text.AsSpan(context.Tokens[d + length - 1].End)) ? MaxLetterheadNameWords : MaxHeadlineNameWords;
                return d - runStart <= wordsAllowed && SuffixName(context, runStart, d + length) is { } name
                       && name.First == runStart && name.End == d + length
                    ? name
                    : null;
            }
        }

        return null;
    }

    /// <summary>"Acme Rare Earths Ltd": capitalised words ending in designators, with a distinctive word before them.</summary>
    private Found? SuffixName(Context context, int runStart, int runEnd)
    {
        for (var d = runStart + 1; d < runEnd; d++)
        {
            var designator = DesignatorAt(context, d, runEnd, prefix: false);
            if (designator is null)
            {
                continue;
            }

            // The name starts after the last noise or title word before the designator ("BERLIN The European Space Agency").
            var start = runStart;
            for (var t = runStart; t < d; t++)
            {
                if (noise.Contains(context.Tokens[t].Text) || titles.Contains(context.Tokens[t].Text))
                {
                    start = t + 1;
                }
            }

            var coreFirst = start;
            var countryWordName = false;
            if (!HasDistinctive(context, start, d))
            {
                // "Peruvian Metals Corp": a country word and sector words closed by a legal form are the company's whole name
                // ("India Inc", a country and a bare legal form, is the country's business world).
                if (designator.Role != Legal && context.InCountry[start] && context.CountryMatchFrom(start) is { } only && only.EndToken == d
                    && LegalFormIn(context, d, runEnd))
                {
                    countryWordName = true;
                }

                // "Securities and Exchange Commission": designators alone after "and"/"of" complete the name before them.
                else if (start != runStart || ExtendBackOverConnector(context, runStart) is not { } extended || !HasDistinctive(context, extended, d))
                {
                    continue;
                }
                else
                {
                    coreFirst = extended;
                }
            }

            var kind = designator.Role == Legal ? null : designator.KindHint;
            var legalKind = designator.Role == Legal ? designator.KindHint : null;
            var end = d + designator.Tokens.Length;
            while (DesignatorAt(context, end, runEnd, prefix: false) is { } more)
            {
                kind ??= more.Role == Legal ? null : more.KindHint;
                legalKind ??= more.Role == Legal ? more.KindHint : null;
                end += more.Tokens.Length;
            }

            end = LegalTail(context, end, context.SentenceEnd(runStart));
            if (end + 1 == runEnd && designator.Role == Sector && context.Tokens[end].Text is "International" or "Global")
            {
                end++; // "Ionic Technologies International": a last "International" after sector words ends the name
            }

            if (end < runEnd && !titles.Contains(context.Tokens[end].Text))
            {
                continue; // "Rare Earth Exports": this designator does not end the name; a later one may.
            }

            var lastRole = LastRole(context, d, end);
            if (end == runEnd && lastRole == Body)
            {
                end = OfPlace(context, end); // "Federal Reserve Bank of New York", "Securities Commission of Pakistan"
            }

            // A leading demonym describes a company ("Canadian Tundra Metals Inc") but is part of a body's name
            // ("American Enterprise Institute"); either way it gives the country.
            // When the text already gives another country before the name ("Vietnam's state-run Lao Cai Rare Earth"),
            // the demonym is part of the name, not a descriptor.
            var contextCountry = CountryBefore(context, coreFirst);
            string? country = null;
            if (context.InCountry[coreFirst] && context.CountryMatchFrom(coreFirst) is { } lead && lead.IsDescriptor
                && lead.EndToken < d && HasDistinctive(context, lead.EndToken, d)
                && (contextCountry is null || contextCountry == lead.Code))
            {
                country = lead.Code;
                // "Lao-Sino Rare Earth Development Co": a demonym hyphened to the next word is part of the name.
                var hyphened = Tokenizer.IsHyphen(context.Text[context.Tokens[lead.EndToken - 1].End])
                               && context.Tokens[lead.EndToken].Start == context.Tokens[lead.EndToken - 1].End + 1;
                if (designator.Role != Body && !hyphened)
                {
                    coreFirst = lead.EndToken;
                }
            }

            country ??= contextCountry ?? (countryWordName ? context.CountryMatchFrom(coreFirst)?.Code : null);
            return new Found(ThePartOfName(context, coreFirst, start, runStart), end, coreFirst, d, kind ?? legalKind, country, IsBody: false);
        }

        return null;
    }

    /// <summary>
    /// "during The Dutta Corp. event", "said The Kroger Co.": a capitalised "The" in running text (after a lower-case word),
    /// right before a company name, is part of the name; at the start of a sentence or after a dateline it is not.
    /// </summary>
    private static int ThePartOfName(Context context, int coreFirst, int start, int runStart)
    {
        var the = start - 1;
        return coreFirst == start && the >= runStart && the >= 1 && context.Tokens[the].Text == "The" && !context.StartsSentence(the)
               && context.Tokens[the - 1].IsWord && char.IsLower(context.Tokens[the - 1].Text[0])
            ? the
            : coreFirst;
    }

    /// <summary>
    /// Cue nouns that, capitalised at the start of a sentence, usually begin another phrase ("Exchange rates", "Group sales",
    /// "Unit costs", "Giant Eagle", "Bank Indonesia"), so they do not cue the words after them there.
    /// </summary>
    private static readonly HashSet<string> NotLeadingCues = new(StringComparer.Ordinal)
    {
        "exchange", "group", "unit", "giant", "bank", "company", "firm", "utility", "carrier", "subsidiary", "startup", "trader",
        "operator", "investor", "developer", "producer", "supplier", "processor", "publisher", "arm", "affiliate",
    };

    /// <summary>"Regulator Ofwave said ...", "Miner Harrow said ...": a capitalised cue noun opening the sentence and the run.</summary>
    private bool LeadingCue(Context context, int runStart, int runEnd) =>
        runEnd - runStart >= 2 && context.StartsSentence(runStart) && context.Tokens[runStart].IsTitleCaseWord
        && cues.Contains(context.Tokens[runStart].Text.ToLowerInvariant()) && !NotLeadingCues.Contains(context.Tokens[runStart].Text.ToLowerInvariant());

    /// <summary>"beauty company Coty", "research firm Oanda": capitalised words right after a noun that names an organisation.</summary>
    private Found? CuedName(Context context, int runStart, int runEnd)
    {
        var tokens = context.Tokens;
        if (LeadingCue(context, runStart, runEnd))
        {
            runStart++;
        }
        else if (runStart < 1 || !cues.Contains(tokens[runStart - 1].Text) || !Joined(context, runStart - 1, runStart))
        {
            return null;
        }

        if (noise.Contains(tokens[runStart].Text))
        {
            return null;
        }

        var end = runStart;
        while (end < runEnd && end - runStart < options.MaxCuedNameTokens && !titles.Contains(tokens[end].Text))
        {
            end++;
        }

        if ((end < runEnd && !titles.Contains(tokens[end].Text)) || !HasDistinctive(context, runStart, end))
        {
            return null;
        }

        return new Found(runStart, end, runStart, end, KindHint: null, CountryBefore(context, runStart - 1), IsBody: false);
    }

    /// <summary>"the Code Media conference": a lower-case noun right after the name makes it a modifier.</summary>
    private bool ModifierUse(Context context, int end) =>
        end < context.Tokens.Count && context.Tokens[end].IsWord && notAfter.Contains(context.Tokens[end].Text)
        && Joined(context, end - 1, end);

    /// <summary>The role of the last designator in tokens [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private string? LastRole(Context context, int from, int end)
    {
        string? role = null;
        for (var t = from; t < end;)
        {
            var designator = DesignatorAt(context, t, end, prefix: false);
            if (designator is null)
            {
                break;
            }

            role = designator.Role;
            t += designator.Tokens.Length;
        }

        return role;
    }

    /// <summary>A body name continues with "of" and capitalised words ("... Bank of New York"); returns the new end.</summary>
    private int OfPlace(Context context, int end)
    {
        var tokens = context.Tokens;
        if (end + 1 >= tokens.Count || tokens[end].Text != "of" || !IsNameWord(context, end + 1) || noise.Contains(tokens[end + 1].Text))
        {
            return end;
        }

        var k = end + 1;
        while (k < tokens.Count && k - end <= options.MaxBodyNameTokens && IsNameWord(context, k) && Joined(context, k - 1, k))
        {
            k++;
        }

        return k;
    }

    /// <summary>"Securities and Exchange ...": the capitalised words before a connector that starts the run, or null.</summary>
    private int? ExtendBackOverConnector(Context context, int runStart)
    {
        var connector = runStart - 1;
        if (connector < 1 || context.Tokens[connector].Text is not ("and" or "of" or "for") || !IsNameWord(context, connector - 1))
        {
            return null;
        }

        var first = connector - 1;
        while (first > 0 && IsNameWord(context, first - 1) && Joined(context, first - 1, first)
               && !noise.Contains(context.Tokens[first - 1].Text) && !context.InCountry[first - 1])
        {
            first--;
        }

        return noise.Contains(context.Tokens[first].Text) || context.InCountry[first] ? null : first;
    }

    private bool HasDistinctive(Context context, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (IsDistinctive(context, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Brazil's X", "U.S. X", "Brazilian miner X": the country the text attaches to a name starting at <paramref name="first"/>.</summary>
    private string? CountryBefore(Context context, int first)
    {
        var tokens = context.Tokens;
        if (first >= 3 && tokens[first - 2].Text == "'" && tokens[first - 1].Text is "s" or "S"
            && context.CountryEndingAt.TryGetValue(first - 3, out var possessive))
        {
            return possessive.Code;
        }

        if (first >= 1 && context.CountryEndingAt.TryGetValue(first - 1, out var adjacent))
        {
            return adjacent.Code;
        }

        var t = first - 1;
        for (var gap = 0; gap < options.MaxDescriptorGapWords && t >= 0 && tokens[t].IsWord && char.IsLower(tokens[t].Text[0]); gap++)
        {
            t--;
            if (t >= 0 && context.CountryEndingAt.TryGetValue(t, out var described) && described.IsDescriptor)
            {
                return described.Code;
            }

            // "Vietnam's state-run X": a possessive country before the descriptive words.
            if (t >= 2 && tokens[t].Text is "s" or "S" && tokens[t - 1].Text == "'"
                && context.CountryEndingAt.TryGetValue(t - 2, out var owner))
            {
                return owner.Code;
            }
        }

        return null;
    }

    private List<CandidateMatch> Merge(Context context, List<Found> found)
    {
        var tokens = context.Tokens;
        var groups = new Dictionary<string, List<(int First, int End, Found? Full)>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var covered = new bool[tokens.Count];
        foreach (var f in found)
        {
            var key = Key(tokens, f.CoreFirst, f.CoreEnd);
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups[key] = list;
                order.Add(key);
            }

            list.Add((f.First, f.End, f));
            Array.Fill(covered, true, f.First, f.End - f.First);
        }

        // Short forms: the distinctive part alone ("Serra Verde said") is the same candidate.
        foreach (var key in order)
        {
            var full = groups[key][0].Full!;
            // "PT Timah Tbk ... Timah, which ...": a legal form written before the name is no part of its short form.
            var coreFirst = full.CoreEnd - full.CoreFirst > 1 && legalBefore.Contains(tokens[full.CoreFirst].Text) ? full.CoreFirst + 1 : full.CoreFirst;
            var length = full.CoreEnd - coreFirst;
            if (full.IsBody || (length == 1 && tokens[coreFirst].Text.Length < options.MinShortFormLength))
            {
                continue;
            }

            // "Ionic Rare Earths ... its subsidiary, Ionic Technologies International, ... Ionic's Makuutu project": a single
            // word that also begins a known organisation's name written in the text is that organisation's short form, not the
            // candidate's.
            if (length == 1 && context.KnownNameFirstWords.Contains(tokens[coreFirst].Text))
            {
                continue;
            }

            for (var t = 0; t + length <= tokens.Count; t++)
            {
                if (covered[t] || !SameTokens(tokens, t, coreFirst, length))
                {
                    continue;
                }

                // "PT Timah said": the legal form before the short form is part of the mention.
                var first = coreFirst != full.CoreFirst && t > 0 && !covered[t - 1] && SameTokens(tokens, t - 1, full.CoreFirst, 1) ? t - 1 : t;
                var before = first > 0 && IsNameWord(context, first - 1) && !noise.Contains(tokens[first - 1].Text);
                var after = IsNameWord(context, t + length);
                if (!before && !after && !AnyBlocked(context, first, t + length))
                {
                    groups[key].Add((first, t + length, null));
                    Array.Fill(covered, true, first, t + length - first);
                }
            }
        }

        // "Sierra Nevada Corporation (SNC)": the acronym defined after a full mention is the same candidate.
        foreach (var key in order)
        {
            var acronyms = groups[key]
                .Where(s => s.Full is not null && s.End + 2 < tokens.Count && tokens[s.End].Text == "(" && tokens[s.End + 2].Text == ")"
                            && IsAcronym(tokens[s.End + 1].Text))
                .Select(s => tokens[s.End + 1].Text)
                .ToHashSet(StringComparer.Ordinal);
            for (var t = 0; t < tokens.Count && acronyms.Count > 0; t++)
            {
                if (!covered[t] && !context.Blocked[t] && acronyms.Contains(tokens[t].Text))
                {
                    groups[key].Add((t, t + 1, null));
                    covered[t] = true;
                }
            }
        }

        var result = new List<CandidateMatch>();
        foreach (var key in order)
        {
            var spans = groups[key];
            var name = spans
                .Where(s => s.Full is not null)
                .Select(s => context.Text[tokens[s.First].Start..(tokens[s.End - 1].End + (DottedLegalForm(context, s.End) ? 1 : 0))])
                .OrderByDescending(n => n.Length)
                .First();
            var first = spans[0].Full!;
            var country = spans.Select(s => s.Full?.CountryCode).FirstOrDefault(c => c is not null);
            var evidence = spans
                .Select(s => (Start: tokens[s.First].Start, End: tokens[s.End - 1].End))
                .Distinct()
                .OrderBy(s => s.Start)
                .Select(s => context.Sentences.Evidence(s.Start, s.End - s.Start))
                .ToList();
            result.Add(new CandidateMatch(name, first.KindHint, country, evidence));
        }

        return result;
    }

    /// <summary>Legal-role designators that are not legal forms proper: they do not follow a comma or a dotted legal form.</summary>
    private static readonly HashSet<string> NotLegalForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "Group", "Holdings", "Holding", "Industries", "Enterprises", "Ventures", "Partners", "Capital", "Company", "Private",
    };

    /// <summary>A one-word legal form at <paramref name="t"/> ("Ltd", "Inc", "Bhd", "SA"), not a group word.</summary>
    private bool IsLegalFormWord(Context context, int t) =>
        t < context.Tokens.Count && context.Tokens[t].IsWord && !NotLegalForms.Contains(context.Tokens[t].Text)
        && designators.TryGetValue(context.Tokens[t].Text, out var forms)
        && forms.Exists(d => d.Role == Legal && d.Tokens.Length == 1 && string.Equals(d.Tokens[0], context.Tokens[t].Text, StringComparison.Ordinal));

    /// <summary>
    /// Legal forms that go on after the designators of a name, within the sentence: "Co., Ltd.", "Minerals, Inc.", "Sdn. Bhd.",
    /// "Pty. Ltd.", "S.A.", "N.V.", "(Pty) Ltd". Returns the new end (a closing initialism keeps its last dot).
    /// </summary>
    private int LegalTail(Context context, int end, int sentenceEnd)
    {
        var tokens = context.Tokens;
        while (end < tokens.Count && tokens[end].Start < sentenceEnd)
        {
            if (InitialismEnd(context, end) is { } after)
            {
                end = after;
            }
            else if (tokens[end].Text == "," && IsLegalFormWord(context, end + 1) && tokens[end].End + 1 == tokens[end + 1].Start
                     && tokens[end].Start == tokens[end - 1].End)
            {
                end += 2; // "Co., Ltd", "Minerals, Inc"
            }
            else if (DottedLegalForm(context, end) && IsLegalFormWord(context, end + 1) && tokens[end].End + 1 == tokens[end + 1].Start
                     && tokens[end + 1].Start < sentenceEnd)
            {
                end += 2; // "Sdn. Bhd", "Pty. Ltd"
            }
            else if (DottedLegalForm(context, end) && end + 2 < tokens.Count && tokens[end + 1].Text == ","
                     && tokens[end + 1].Start == tokens[end].End && IsLegalFormWord(context, end + 2)
                     && tokens[end + 1].End + 1 == tokens[end + 2].Start)
            {
                end += 3; // "Co., Ltd"
            }
            else if (tokens[end].Text == "(" && end + 3 < tokens.Count && IsLegalFormWord(context, end + 1) && tokens[end + 2].Text == ")"
                     && IsLegalFormWord(context, end + 3) && tokens[end + 3].Start < sentenceEnd)
            {
                end += 4; // "(Pty) Ltd"
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>"S.A.", "N.V.", "L.L.C.", "S.p.A.": single letters glued to dots that spell a legal form; the end after the last dot.</summary>
    private int? InitialismEnd(Context context, int t)
    {
        var tokens = context.Tokens;
        var letters = new System.Text.StringBuilder();
        var k = t;
        while (k + 1 < tokens.Count && tokens[k].IsWord && tokens[k].Text.Length == 1 && char.IsLetter(tokens[k].Text[0])
               && tokens[k + 1].Text == "." && tokens[k + 1].Start == tokens[k].End
               && (k == t || tokens[k].Start == tokens[k - 1].End))
        {
            letters.Append(tokens[k].Text);
            k += 2;
        }

        if (letters.Length < 2 || !char.IsUpper(letters[0]) || (t > 0 && tokens[t].Start == tokens[t - 1].End))
        {
            return null;
        }

        var written = letters.ToString();
        return designators.TryGetValue(written, out var forms)
               && forms.Exists(d => d.Role == Legal && d.Tokens.Length == 1 && string.Equals(d.Tokens[0], written, StringComparison.Ordinal))
            ? k
            : null;
    }

    /// <summary>Longest legal form written with an abbreviation dot ("Inc.", "Corp.", "Ltd.", "Co.").</summary>
    private const int MaxDottedLegalFormLength = 4;

    /// <summary>
    /// "Great Plains Metals Inc.": the name ends in a title-case abbreviated legal form glued to a dot, which belongs to the name
    /// as written (the dot may also end the sentence; the evidence keeps the span without it).
    /// </summary>
    private bool DottedLegalForm(Context context, int end)
    {
        var tokens = context.Tokens;
        if (end <= 0 || end >= tokens.Count || tokens[end].Text != "." || tokens[end].Start != tokens[end - 1].End)
        {
            return false;
        }

        var word = tokens[end - 1].Text;
        return word.Length <= MaxDottedLegalFormLength && tokens[end - 1].IsTitleCaseWord
               && designators.TryGetValue(word, out var forms) && forms.Exists(d => d.Role == Legal && d.Tokens.Length == 1);
    }

    private bool IsAcronym(string word) =>
        word.Length >= MinAcronymLength && word.Length <= options.MaxAcronymLength
        && char.IsUpper(word[0]) && word.Count(char.IsUpper) >= MinAcronymLength && word.All(char.IsLetterOrDigit);

    private static bool AnyBlocked(Context context, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (context.Blocked[t])
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameTokens(IReadOnlyList<Token> tokens, int at, int reference, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (!string.Equals(tokens[at + k].Text, tokens[reference + k].Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(IReadOnlyList<Token> tokens, int first, int end) =>
        string.Join(' ', Enumerable.Range(first, end - first).Select(t => tokens[t].Text));

    /// <summary>Per-call state: which tokens are taken by known names, where country phrases end, headline lines.</summary>
    private sealed class Context(string text, IReadOnlyList<Token> tokens, SentenceIndex sentences, int count)
    {
        private readonly Dictionary<int, bool> headlines = [];

        public string Text { get; } = text;
        public IReadOnlyList<Token> Tokens { get; } = tokens;
        public SentenceIndex Sentences { get; } = sentences;
        public bool[] Blocked { get; } = new bool[count];
        public bool[] InCountry { get; } = new bool[count];

        /// <summary>First words of the known organisations' names as the text writes them ("Peak" of "Peak Rare Earths").</summary>
        public HashSet<string> KnownNameFirstWords { get; } = new(StringComparer.Ordinal);

        /// <summary>Country phrases by their last token: code, whether it is a demonym/abbreviation, first token.</summary>
        public Dictionary<int, (string Code, bool IsDescriptor, int FirstToken)> CountryEndingAt { get; } = [];

        public string? CountryOf(int t)
        {
            foreach (var (last, country) in CountryEndingAt)
            {
                if (t >= country.FirstToken && t <= last)
                {
                    return country.Code;
                }
            }

            return null;
        }

        public (string Code, bool IsDescriptor, int EndToken)? CountryMatchFrom(int first)
        {
            foreach (var (last, country) in CountryEndingAt)
            {
                if (country.FirstToken == first)
                {
                    return (country.Code, country.IsDescriptor, last + 1);
                }
            }

            return null;
        }

        public bool StartsSentence(int t)
        {
            var s = Sentences.IndexOf(Tokens[t].Start);
            return s < 0 || t == 0 || Tokens[t - 1].Start < Sentences.Sentences[s].Start;
        }

        public int SentenceEnd(int t)
        {
            var s = Sentences.IndexOf(Tokens[t].Start);
            return s < 0 ? Tokens[t].End : Sentences.Sentences[s].End;
        }

        /// <summary>A sentence written all in capitals ("LYNAS SAYS Q1 NDPR OUTPUT 2,214 T"): its capitals say nothing of names.</summary>
        public bool InCapitalsSentence(int t)
        {
            var s = Sentences.IndexOf(Tokens[t].Start);
            if (s < 0)
            {
                return false;
            }

            var sentence = Text.AsSpan(Sentences.Sentences[s].Start, Sentences.Sentences[s].End - Sentences.Sentences[s].Start);
            sentence = sentence[WireAgencies.DatelinePrefixLength(sentence)..];
            foreach (var c in sentence)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A line without final punctuation whose long words are mostly capitalised, or with no lower case at all.</summary>
        public bool IsHeadline(int t, CandidateOptions options)
        {
            var s = Sentences.IndexOf(Tokens[t].Start);
            if (s < 0)
            {
                return false;
            }

            if (headlines.TryGetValue(s, out var known))
            {
                return known;
            }

            var sentence = Sentences.Sentences[s];
            var first = t;
            while (first > 0 && Tokens[first - 1].Start >= sentence.Start)
            {
                first--;
            }

            var longWords = 0;
            var capitalised = 0;
            var anyLower = false;
            for (var k = first; k < Tokens.Count && Tokens[k].Start < sentence.End; k++)
            {
                var word = Tokens[k];
                if (!word.IsWord || !char.IsLetter(word.Text[0]))
                {
                    continue;
                }

                anyLower |= word.Text.AsSpan().ContainsAnyInRange('a', 'z') || word.Text.Any(char.IsLower);
                if (word.Text.Length >= options.HeadlineMinWordLength)
                {
                    longWords++;
                    capitalised += char.IsUpper(word.Text[0]) ? 1 : 0;
                }
            }

            var last = sentence.Text.TrimEnd('"', '\'', ')', '\u201D', '\u2019');
            var unpunctuated = last.Length == 0 || last[^1] is not ('.' or '!' or '?' or ':' or ';' or ',');
            var headline = !anyLower
                           || (unpunctuated && longWords >= options.HeadlineMinWords
                               && capitalised >= options.HeadlineCapitalisedShare * longWords);
            headlines[s] = headline;
            return headline;
        }
    }
}
