using RareEarthWatch.Extraction.Entities.Matching;
using RareEarthWatch.Extraction.Entities.Recognisers;
using RareEarthWatch.Extraction.Entities.Text;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Entities;

/// <summary>
/// Finds organisations, countries, rare-earth elements (with products) and tonnages in main text, each with the
/// sentences that prove it. All names come from the <see cref="Gazetteer"/>; the gazetteer is compiled once here,
/// so build one recogniser and reuse it (it is thread-safe: <see cref="Recognize"/> keeps no state).
/// </summary>
public sealed class EntityRecognizer
{
    private readonly GazetteerIndex index;
    private readonly OrganisationRecogniser organisations;
    private readonly CountryRecogniser countries;
    private readonly ElementRecogniser elements;
    private readonly TonnageRecogniser tonnages;
    private readonly CandidateRecogniser candidates;
    private readonly SentenceSplitter splitter;

    public EntityRecognizer(Gazetteer gazetteer)
        : this(gazetteer, TonnageOptions.Default)
    {
    }

    public EntityRecognizer(Gazetteer gazetteer, TonnageOptions tonnageOptions, SentenceSplitter? splitter = null)
    {
        Gazetteer = gazetteer;
        index = new GazetteerIndex(gazetteer);
        organisations = new OrganisationRecogniser(index);
        countries = new CountryRecogniser(index);
        elements = new ElementRecogniser(index);
        tonnages = new TonnageRecogniser(index, tonnageOptions);
        candidates = new CandidateRecogniser(index, CandidateOptions.Default);
        this.splitter = splitter ?? SentenceSplitter.Default;
    }

    public Gazetteer Gazetteer { get; }

    public ArticleEntities Recognize(string mainText, ArticleMetadata metadata)
    {
        if (string.IsNullOrWhiteSpace(mainText))
        {
            return ArticleEntities.Empty;
        }

        var tokens = Tokenizer.Tokenize(mainText);
        var sentences = new SentenceIndex(splitter.Split(mainText));
        var matches = index.Main.Match(tokens, inCapitals: InCapitalsLines(mainText, tokens));

        var insideOtherNames = candidates.KnownNamesInsideOtherNames(mainText, tokens, matches, sentences);
        var headlineOrganisations = HeadlineOrganisations(metadata.Title, mainText);
        var orgs = organisations.Recognise(tokens, matches, sentences, insideOtherNames, headlineOrganisations);
        var candidateMatches = candidates.Recognise(mainText, tokens, matches, orgs, sentences);
        var countryMentions = WithoutNamesOf(candidateMatches, countries.Recognise(mainText, tokens, matches, orgs, sentences, metadata));
        var elementResult = elements.Recognise(mainText, matches, orgs.TakenMatches, sentences);
        var facts = tonnages.Recognise(sentences, elementResult, orgs, countryMentions, TonnageRecogniser.GroupsThousandsWithDot(metadata.Language), candidateMatches, headlineOrganisations);

        var organisationMatches = orgs.Mentions.Concat(orgs.OwnWorkSources)
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var entry = index.Organisations[g.Key];
                return new OrganisationMatch(entry.Id, entry.Name, entry.Kind, entry.CountryCode, entry.ParentId, EvidenceOf(g, sentences));
            })
            .ToList();

        var countryMatches = countryMentions
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .Select(g => new CountryMatch(g.Key, index.Countries[g.Key].Name, EvidenceOf(g, sentences)))
            .ToList();

        var elementMatches = WithoutNamesOf(candidateMatches, elementResult.Elements.ToList())
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var products = elementResult.ProductLinks
                    .Where(l => l.Symbol == g.Key)
                    .Select(l => index.Products[l.ProductId].Name)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                return new ElementMatch(g.Key, index.Elements[g.Key].Name, products, EvidenceOf(g, sentences));
            })
            .ToList();

        return new ArticleEntities(
            organisationMatches,
            countryMatches,
            elementMatches,
            facts,
            elementResult.RareEarthMentions.Count > 0,
            EvidenceOf(elementResult.RareEarthMentions, sentences),
            candidateMatches)
        {
            DatelineCity = DatelineCity(mainText, countryMentions),
        };
    }

    /// <summary>
    /// The organisations the story's headline names, when the headline is not also the main text's first line (the readers
    /// keep the title apart): context for the subject of figures whose text names nobody ("Arafura lifts Nolans output target
    /// ... The Australian miner now expects to produce 4,800 tonnes a year"). They are not listed as the article's
    /// organisations, as they have no evidence in the main text.
    /// </summary>
    private List<string>? HeadlineOrganisations(string? title, string mainText)
    {
        if (string.IsNullOrWhiteSpace(title) || mainText.StartsWith(title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var tokens = Tokenizer.Tokenize(title);
        var sentences = new SentenceIndex(splitter.Split(title));
        return organisations.Recognise(tokens, index.Main.Match(tokens), sentences).Mentions.Select(m => m.Id).ToList();
    }

    /// <summary>The city of the opening dateline in title case, when the dateline names a city of the reference data (not a state).</summary>
    private string? DatelineCity(string mainText, List<Mention> countryMentions) =>
        countryMentions.FirstOrDefault(m => m.Dateline && m.Length > 0) is { } dateline
        && mainText.Substring(dateline.Start, dateline.Length) is var written
        && index.DatelineCities.ContainsKey(written)
            ? WireAgencies.CityName(written)
            : null;

    /// <summary>
    /// Tokens on lines written all in capitals with three words or more (wire flashes, "LYNAS SAYS Q1 NDPR OUTPUT 2,214 T",
    /// also after a wire dateline on the same line), or null when the text has none.
    /// </summary>
    private static bool[]? InCapitalsLines(string text, List<Token> tokens)
    {
        const int MinWords = 3;
        bool[]? marks = null;
        var t = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            // "SYDNEY, Oct 23 (Reuters) - LYNAS SAYS ...": the flash after a wire dateline is the line.
            start += WireAgencies.DatelinePrefixLength(text.AsSpan(start, end - start));
            var line = text.AsSpan(start, end - start);
            var words = 0;
            var lower = false;
            for (var i = 0; i < line.Length && !lower; i++)
            {
                lower = char.IsLower(line[i]);
                words += char.IsLetter(line[i]) && (i == 0 || !char.IsLetterOrDigit(line[i - 1])) ? 1 : 0;
            }

            while (t < tokens.Count && tokens[t].Start < start)
            {
                t++;
            }

            if (!lower && words >= MinWords)
            {
                marks ??= new bool[tokens.Count];
                for (; t < tokens.Count && tokens[t].Start < end; t++)
                {
                    marks[t] = true;
                }
            }

            start = end + 1;
        }

        return marks;
    }

    /// <summary>
    /// A country word inside a candidate organisation's name ("Biman Bangladesh Airlines") is not a country mention, nor an
    /// element name inside one ("Scandium International Mining Corp") an element mention.
    /// </summary>
    private static List<Mention> WithoutNamesOf(List<CandidateMatch> candidateMatches, List<Mention> countryMentions)
    {
        if (candidateMatches.Count == 0)
        {
            return countryMentions;
        }

        var spans = candidateMatches.SelectMany(c => c.Evidence).ToList();
        return countryMentions
            .Where(m => m.Length == 0 || !spans.Exists(e => m.Start >= e.Start && m.End <= e.Start + e.Length))
            .ToList();
    }

    /// <summary>One evidence per distinct span (a mention without a span, e.g. a dateline from metadata, has none).</summary>
    private static List<Evidence> EvidenceOf(IEnumerable<Mention> mentions, SentenceIndex sentences) =>
        mentions
            .Where(m => m.Length > 0)
            .DistinctBy(m => (m.Start, m.Length))
            .OrderBy(m => m.Start)
            .Select(m => sentences.Evidence(m.Start, m.Length))
            .ToList();
}
