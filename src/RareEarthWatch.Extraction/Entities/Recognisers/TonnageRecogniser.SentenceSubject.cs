using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// The subject of a figure from its sentence and the sentences around it: headline and releasing companies, anaphors, countries that act, world totals and routes.
public sealed partial class TonnageRecogniser
{
    private (string? Id, string? Name, string? Kind) SubjectOfSentence(Sentence sentence, Quantity quantity, string measure, SubjectContext context)
    {
        var (organisations, countries, candidates, previous) = context;
        var numberAt = sentence.Start + quantity.NumberStart;
        if (RegionActsAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End)))
        {
            return (null, null, null); // "the 1,000 tons that Europe imported from China": a region's figure is nobody's
        }

        // "X produced 10,600 t, a fraction of the 270,000 tonnes China mined", "compared with the 44,000 tonnes that the United
        // States imported": a definite figure whose relative clause has a country acting in it is that country's (§60).
        if (TheBeforeFigureRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && countries.FirstOrDefault(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start + quantity.End && m.End <= sentence.End
                                             && CountryClauseAfterFigureRegex.IsMatch(sentence.Text.AsSpan(quantity.End, m.Start - sentence.Start - quantity.End))
                                             && CountryVerbAfterRegex.IsMatch(sentence.Text.AsSpan(m.End - sentence.Start))) is { } actingAfter
            && index.Countries.TryGetValue(actingAfter.Id, out var actingAfterEntry))
        {
            return (actingAfter.Id, actingAfterEntry.Name, SubjectKinds.Country);
        }

        var actors = organisations.Mentions
            .Where(m => m.Start >= sentence.Start && m.End <= sentence.End)
            .Select(m => (m.Start, m.End, Id: (string?)m.Id, Name: index.Organisations[m.Id].Name, Kind: SubjectKinds.Organisation))
            .Concat(candidates.SelectMany(c => c.Evidence
                .Where(e => e.Start >= sentence.Start && e.Start + e.Length <= sentence.End)
                .Select(e => (e.Start, End: e.Start + e.Length, Id: (string?)null, c.Name, Kind: SubjectKinds.Candidate))))
            .OrderBy(a => a.Start)
            .ToList();
        var before = actors.Where(a => a.Start < numberAt && !IsSource(sentence, a.Start) && !InAside(sentence, a.Start, a.End, numberAt)).ToList();
        // "U.S. Geological Survey, Mineral Commodity Summaries ... The domestic mine produced an estimated 48,000 tons": when the
        // text so far names only one organisation, a state body, a domestic figure naming nobody is its country's, not the
        // body's (dev15 S22).
        if (actors.Count == 0 && DomesticBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.End)
            && candidates.All(c => c.Evidence.All(e => e.Start >= sentence.Start))
            && organisations.Mentions.Where(m => m.Length > 0 && m.Start < sentence.Start).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList() is [var onlyBody]
            && index.Organisations[onlyBody] is { CountryCode: { } bodyCountry } body && options.StateBodyKinds.Contains(body.Kind)
            && index.Countries.TryGetValue(bodyCountry, out var bodyCountryEntry))
        {
            return (bodyCountry, bodyCountryEntry.Name, SubjectKinds.Country);
        }

        // "Kazakhstan, which signed a critical minerals partnership with the European Union in 2022, wants rare earth output of at
        // least 5,000 tonnes a year": a country opening the sentence, set off by a relative clause, is the sentence's subject; the
        // names inside the clause are not (dev12 P28; round2b).
        if (before.Count > 0
            && countries.FirstOrDefault(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.End <= sentence.End
                                             && string.IsNullOrWhiteSpace(sentence.Text[..(m.Start - sentence.Start)])) is { } openingCountry
            && OpenerRelativeClauseRegex.Match(sentence.Text, openingCountry.End - sentence.Start) is { Success: true } relative
            && relative.Index + relative.Length <= quantity.NumberStart
            && before.TrueForAll(a => a.Start - sentence.Start < relative.Index + relative.Length))
        {
            return (openingCountry.Id, index.Countries[openingCountry.Id].Name, SubjectKinds.Country);
        }

        // "Analysts at Canaccord Genuity, which rate the stock a buy, forecast NdPr oxide output of 1,250 tonnes", "Morgan
        // Stanley analysts expect the refinery to produce 1,900 tonnes": the analysts' employer forecasts the figure; it is
        // the figure of the company or country forecast for, never the forecaster's.
        var forecasters = before.FindAll(a => (AnalystsAtRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                               || AnalystsAfterEmployerRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start)))
                                              && ForecastVerbRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
        before.RemoveAll(forecasters.Contains);
        // "..., forecast NdPr oxide output of 1,250 tonnes in 2027": with no name, country or "the company" after the
        // forecaster, the forecast is of the company the story is about, the one it names most so far.
        // "Morgans analyst Adrian Prendergast ... now models first NdPr output of 1,100 tonnes": an analyst whose employer is not
        // recognised forecasts the same way.
        var forecastFrom = forecasters.Count > 0 ? forecasters[^1].End - sentence.Start
            : AnalystForecastsRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } analyst ? analyst.Index + analyst.Length : -1;
        if (forecastFrom >= 0 && before.Count == 0
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < numberAt)
            && !ForecastOfAnaphorRegex.IsMatch(sentence.Text.AsSpan(forecastFrom, quantity.NumberStart - forecastFrom))
            && MostMentioned(
                organisations.Mentions.Where(m => m.Start < sentence.Start && IsCompany(index.Organisations[m.Id])
                                                  && !forecasters.Exists(f => f.Id == m.Id)).ToList(),
                sentence.Start) is { } covered)
        {
            return (covered, index.Organisations[covered].Name, SubjectKinds.Organisation);
        }

        // "Automakers such as X and Y have warned that shipments of about 500 tonnes a month are held up": names given as
        // examples of a group that speaks are not the subject of what it reports ("magnet makers such as X still import
        // roughly 4,000 tonnes" keeps X).
        var example = before.FindIndex(a => SuchAsBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (example >= 0)
        {
            var listEnd = example;
            while (listEnd + 1 < before.Count
                   && ExampleListJoinRegex.IsMatch(sentence.Text.AsSpan(before[listEnd].End - sentence.Start, before[listEnd + 1].Start - before[listEnd].End)))
            {
                listEnd++;
            }

            if (ExamplesSpeakRegex.IsMatch(sentence.Text.AsSpan(before[listEnd].End - sentence.Start)))
            {
                before.RemoveRange(example, listEnd - example + 1);
            }
        }

        // "The company's output compares with Lynas's 10,600 tonnes": a name written as the possessor right before the figure
        // owns it, also after an anaphor that opens the sentence (§60).
        if (before.Count > 0 && before[^1].End <= numberAt
            && PossessiveOfFigureRegex.IsMatch(sentence.Text.AsSpan(before[^1].End - sentence.Start, numberAt - before[^1].End)))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "its experience with SARECO, its former joint venture with Sumitomo Corporation, which made about 1,000 tonnes": a
        // relative clause after an apposition ("its joint venture with Y", "a unit of Y") is about the name the apposition
        // describes, not the partner named inside it.
        if (before.Count > 1
            && VentureAppositionRegex.IsMatch(sentence.Text.AsSpan(before[^2].End - sentence.Start, before[^1].Start - before[^2].End))
            && RelativeClauseRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^2].Id, before[^2].Name, before[^2].Kind);
        }

        // "... from NPM Silmet in Sillamae, which can process up to 3,000 tonnes": the relative clause is about the name.
        if (before.Count > 0 && RelativeClauseRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "... pass about 450 tons a year of NdPr metal to Hanbit Magnetics, a magnet maker in Ulsan, which in turn has a contract to
        // deliver 1,800 tons": a relative clause after an apposition that names nobody is about the name it describes, not
        // the sentence's first name (dev14 R01, subject37).
        if (before.Count > 0 && AppositionRelativeClauseRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "will buy all output from MP Materials' planned 10X magnet facility, which is designed to make 7,000 tons": a relative
        // clause about a name's asset is about the name.
        if (before.Count > 0 && PossessionRelativeClauseRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "approved a licence for the Ngualla project, which Peak Rare Earths expects to produce about 37,200 tonnes a year",
        // "the Lofdal project, where X has outlined a resource of 2.7 million tonnes": the name that opens a relative clause
        // holding the figure is the subject of that clause.
        if (before.Count > 0 && WhichBeforeRegex.IsMatch(sentence.Text.AsSpan(0, before[^1].Start - sentence.Start))
            && !ClauseBreakRegex.IsMatch(sentence.Text[(before[^1].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[^1].Id, before[^1].Name, before[^1].Kind);
        }

        // "... the transfer of Peak Rare Earths' Ngualla project ... Ngualla is designed to produce 37,200 tonnes a year": an
        // asset the sentence opens with, that the text wrote earlier as an organisation's possession, is that organisation's;
        // "... agreed with Cyclic Materials ... Cyclic said its plant recovered 120 tonnes": a sentence opening with the first
        // word(s) of a name written earlier is about that name.
        if (before.Count == 0 && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < numberAt)
            && (AssetOwner(sentence, context) ?? ShortNameOf(sentence, context)) is { } owner)
        {
            return owner;
        }

        // "Red Earth also signed a memorandum with Australia's Lynas Rare Earths Ltd for up to 1,000 tonnes": a sentence that
        // opens with the first words of a name written earlier ("Red Earth Separations LLC") is about that name, also when
        // other names follow, unless it only says what they said ("Red Earth said Lynas will ...").
        if (before.Count > 0 && OpeningNameRegex.Match(sentence.Text) is { Success: true } opening
            && sentence.Start + opening.Groups["name"].Length < before[0].Start
            && !countries.Any(m => m.Length > 0 && m.Start == sentence.Start)
            && !IsSpeaker(sentence, sentence.Start + opening.Groups["name"].Length, before[0].Start)
            && ShortNameOf(sentence, context) is { } shortName)
        {
            // "Ionic also said its Belfast recycling subsidiary, Ionic Technologies, processed 26 tonnes": the unit named in
            // apposition to the opening company's unit noun acts in its own clause and is the subject (§83).
            var unitActs = before.FindIndex(a => UnitAppositiveBefore(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                                 && ActsAfterNameRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
            return unitActs >= 0 ? (before[unitActs].Id, before[unitActs].Name, before[unitActs].Kind) : shortName;
        }

        // "The British company's parent, Mkango Resources, said its project ...", "X's parent, Y, plans ...": the name in
        // apposition to a possessive parent is the subject; the possessor only says whose parent it is.
        var parent = before.FindIndex(a => ParentAppositiveRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (parent >= 0)
        {
            return (before[parent].Id, before[parent].Name, before[parent].Kind);
        }

        // "X said JARE's partner Lynas produced 10,500 tonnes", "Y's rival Z shipped 900 t": a name in apposition to a
        // possessive relational noun, acting in its own clause (a verb follows it), is the subject; the possessor only says
        // whose partner it is.
        // "where its unit X holds reserves of N", "under which subsidiary X will deliver N" (§65): also a unit noun.
        var related = before.FindIndex(a => (RelatedAppositiveRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                             || UnitAppositiveBefore(sentence.Text.AsSpan(0, a.Start - sentence.Start)))
                                            && ActsAfterNameRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
        if (related > 0)
        {
            return (before[related].Id, before[related].Name, before[related].Kind);
        }

        // "The Department of Defense awarded $45 million to X Corp to build a plant that will separate 200 tonnes": the
        // recipient of an award or loan, who is to build the plant, is the figure's subject, not the funder.
        var recipient = before.FindLastIndex(a => RecipientBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                                  && RecipientBuildsRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start)));
        if (recipient > 0 && !ClauseBreakRegex.IsMatch(sentence.Text[(before[recipient].End - sentence.Start)..quantity.NumberStart]))
        {
            return (before[recipient].Id, before[recipient].Name, before[recipient].Kind);
        }

        // "Hancock, Iluka's largest shareholder, said it expects Arafura to produce 4,000 tonnes", "X expects Y to recycle 350
        // tonnes": the name between an expectation verb and "to <verb>" is what is expected of, not the one who expects.
        var expectedOf = before.FindLastIndex(a => ExpectsBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                                   && ToVerbAfterRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
        if (expectedOf > 0 && expectedOf == before.Count - 1)
        {
            return (before[expectedOf].Id, before[expectedOf].Name, before[expectedOf].Kind);
        }

        // "Halvern expects the United States to consume 18,000 tonnes", "The firm expects the United States to consume ...": a
        // country between an expectation verb and "to <verb>", with no name after it before the figure, is what is expected
        // of, not the one who expects (nor the anaphor's company) (§60).
        if (countries.FirstOrDefault(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.End <= numberAt
                                          && ExpectsCountryBeforeRegex.IsMatch(sentence.Text.AsSpan(0, m.Start - sentence.Start))
                                          && ToVerbThenChangeRegex.IsMatch(sentence.Text.AsSpan(m.End - sentence.Start, numberAt - m.End))
                                          && !actors.Exists(a => a.Start > m.Start && a.Start < numberAt)) is { } expectedCountry
            && index.Countries.TryGetValue(expectedCountry.Id, out var expectedEntry))
        {
            return (expectedCountry.Id, expectedEntry.Name, SubjectKinds.Country);
        }

        // "EFA approved a A$200 million loan to X for the Nolans project, which will make 4,440 tonnes", "a loan from the
        // Department of Energy to X's plant will fund the first 2,500 tons": the borrower's asset the money is for is the
        // borrower's, not the lender's (a relative clause on the asset may come between).
        var borrower = before.FindLastIndex(a => a.End <= numberAt && RecipientBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start))
                                                 && RecipientAssetRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End)));
        if (borrower > 0 && before.TrueForAll(a => a.Start <= before[borrower].Start))
        {
            return (before[borrower].Id, before[borrower].Name, before[borrower].Kind);
        }

        var anaphor = Anaphor(sentence.Text);
        if (anaphor == AnaphorKind.None && before.Count == 0 && AnaphorBefore(sentence.Text[..quantity.NumberStart]) is var anaphorAt and >= 0
            // "Together with the company's Fort Worth plant, that would bring U.S. magnet capacity to about 10,000 tons": a
            // country that qualifies the measure after the anaphor is the subject, the anaphor only says what is added.
            && !countries.Any(m => m.Length > 0 && m.Start > sentence.Start + anaphorAt && m.Start < numberAt && !IsRoute(sentence, m.Start)
                                   && CountryMeasureRegex.IsMatch(sentence.Text.AsSpan(m.End - sentence.Start))))
        {
            anaphor = AnaphorKind.Organisation; // "In H1 the company recycled 42 tonnes"
        }

        // "The DFC has agreed to invest $50 million for a stake, and the company said it had shipped a 40-tonne sample": a
        // company anaphor opening a new clause after names that are all state bodies or non-companies (agencies, banks of the
        // state, associations) is the article's company, not the agency (§65).
        if (anaphor == AnaphorKind.None && before.Count > 0 && AnaphorBefore(sentence.Text[..quantity.NumberStart]) is var agencyAnaphorAt and >= 0
            && CompanyAnaphorClauseRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } clauseAnaphor && clauseAnaphor.Groups["the"].Index == agencyAnaphorAt
            && before.TrueForAll(a => a.Start < sentence.Start + agencyAnaphorAt && a.Id is { } agencyId && index.Organisations.TryGetValue(agencyId, out var agency)
                                      && (options.StateBodyKinds.Contains(agency.Kind) || NotCompanyKinds.Contains(agency.Kind))))
        {
            anaphor = AnaphorKind.Organisation;
        }

        // "The plant has a nameplate of 2,200 tonnes a year, and ASM expects sales of 180 to 220 tonnes": after the sentence's
        // first figure, ", and" + a name (or "while"/";" + a name) opens a clause with its own subject; the opening anaphor
        // belongs to the first figure only (§52).
        if (anaphor != AnaphorKind.None && context.PreviousFigureEnd >= 0
            && before.Find(a => a.Start - sentence.Start > context.PreviousFigureEnd) is { Name: not null } clauseName
            && OwnClauseBeforeNameRegex.IsMatch(sentence.Text.AsSpan(context.PreviousFigureEnd, clauseName.Start - sentence.Start - context.PreviousFigureEnd)))
        {
            return (clauseName.Id, clauseName.Name, clauseName.Kind);
        }

        // "Shin-Etsu and TDK both plan to expand. Its new plant will make 2,000 tonnes a year, Shin-Etsu said.": an anaphor with
        // a company named after the figure as its speaker is that company, not the one mentioned most.
        if (anaphor == AnaphorKind.Organisation && before.Count == 0
            && actors.Find(a => a.Start >= sentence.Start + quantity.End && SpeechVerbFollows(sentence, a.End, options.SpeakerTitleWords)) is { Name: not null } ownSpeaker
            && sentence.Text.AsSpan(quantity.End, ownSpeaker.Start - sentence.Start - quantity.End).Contains(',')
            && !AnalystsAtRegex.IsMatch(sentence.Text.AsSpan(0, ownSpeaker.Start - sentence.Start))
            && (ownSpeaker.Id is null || IsCompany(index.Organisations[ownSpeaker.Id])))
        {
            return (ownSpeaker.Id, ownSpeaker.Name, ownSpeaker.Kind);
        }

        // "It also cut its estimate for X's refinery, saying X would produce only 2,500 tonnes": an anaphor that speaks of a
        // name written right after its verb of saying is reporting about that name, which is the subject (§45).
        if (anaphor == AnaphorKind.Organisation
            && before.FindLastIndex(a => SpeechVerbRightBefore(sentence, a.Start)
                                         && (a.Id is null || !index.Organisations[a.Id].IsSourceKind)
                                         && !sentence.Text.AsSpan(a.End - sentence.Start, numberAt - a.End).Contains(';')) is var reported and >= 0)
        {
            return (before[reported].Id, before[reported].Name, before[reported].Kind);
        }

        // "Separately, Mamba Minerals Corp, a Tanzanian explorer, said ... The company holds a resource of 1,100 tonnes": after a
        // sentence that turns to another company ("Separately, X", "Elsewhere, X", "Meanwhile, X"), a company anaphor with no
        // name before the figure is that company, not the one the text mentions most (§52).
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && AnaphorStateBody(sentence.Text) != true
            && context.Sentences is { } allSentences && allSentences.IndexOf(sentence.Start) is var here and > 0
            && allSentences.Sentences[here - 1] is var turn && TopicTurnRegex.Match(turn.Text) is { Success: true } turnWord
            && Actors(turn, context).FirstOrDefault() is { Name: not null } turned && turned.Start == turn.Start + turnWord.Length
            && (turned.Id is null || (index.Organisations[turned.Id] is var turnedEntry && !turnedEntry.IsSourceKind
                                      && !options.StateBodyKinds.Contains(turnedEntry.Kind) && !NotCompanyKinds.Contains(turnedEntry.Kind))))
        {
            return (turned.Id, turned.Name, turned.Kind);
        }

        // "Torngat Metals, which is developing the Strange Lake deposit, said last week it had received a commitment ... The
        // privately held company plans a separation plant with capacity of 6,000 tonnes": a company anaphor right after a
        // sentence without figures that opens with a company's name is that company, not the one the text mentions most nor
        // the holder of the last figure.
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && AnaphorStateBody(sentence.Text) != true
            && DefiniteOpenerRegex.IsMatch(sentence.Text)
            && context.Sentences is { } sentencesSoFar && sentencesSoFar.IndexOf(sentence.Start) is var at and > 0
            && sentencesSoFar.Sentences[at - 1] is var opened
            && !context.Facts.Any(f => f.Evidence.SentenceStart == opened.Start)
            && Actors(opened, context).FirstOrDefault() is { Name: not null } openingName && openingName.Start == opened.Start
            && (openingName.Id is null || IsCompany(index.Organisations[openingName.Id]))
            && (openingName.Id ?? openingName.Name) != (previous.Id ?? previous.Name))
        {
            return (openingName.Id, openingName.Name, openingName.Kind);
        }

        // "X Co., Ltd. Announcement on ... [item 1] ... Y Co., Ltd. Announcement on Operating Data for October 2026 / In October,
        // the Company produced 1,150 tonnes": in a digest of several companies' announcements, "the Company" is the company whose
        // heading opens the item, not the digest's first or most mentioned one (subject36).
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && AnaphorStateBody(sentence.Text) != true
            && AnnouncementHeadingCompany(sentence, context) is { } itemCompany)
        {
            return itemCompany;
        }

        // "... while China Rare Earth Group was allotted 43,400 tonnes. Of the group's share, ionic-clay rare earths accounted
        // for 9,850 tonnes": an anaphor whose head noun ends the name of a company written earlier, as the text writes it,
        // is the latest such company, not the body mentioned most (§52).
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && context.Sentences is { } written
            && actorsBefore(written) is { Count: > 0 } headed)
        {
            return headed[^1];
        }

        List<(string? Id, string? Name, string? Kind)> actorsBefore(SentenceIndex written) =>
            written.Sentences.Where(t => t.Start < sentence.Start)
                .SelectMany(t => Actors(t, context).Select(a => (a, t)))
                .Where(x => x.a.Name is not null && WrittenName(x.t, x.a.Start) is { } name
                            && name.LastIndexOf(' ') > 0 && TonnageLexicon.OrganisationAnaphors.Contains(name[(name.LastIndexOf(' ') + 1)..])
                            && HeadNamedBefore(sentence.Text.AsSpan(0, quantity.NumberStart), name)
                            && (x.a.Id is null || (!index.Organisations[x.a.Id].IsSourceKind && !options.StateBodyKinds.Contains(index.Organisations[x.a.Id].Kind))))
                .Select(x => (x.a.Id, x.a.Name, x.a.Kind))
                .ToList();

        string? WrittenName(Sentence home, int start) =>
            context.Organisations.Mentions.FirstOrDefault(m => m.Start == start) is { Length: > 0 } m
                ? home.Text.Substring(start - home.Start, Math.Min(m.Length, home.Text.Length - (start - home.Start)))
                : context.Candidates.SelectMany(c => c.Evidence).FirstOrDefault(e => e.Start == start) is { Length: > 0 } e
                    ? home.Text.Substring(start - home.Start, Math.Min(e.Length, home.Text.Length - (start - home.Start)))
                    : null;

        // "e-VAC Magnetics, the U.S. subsidiary of Germany's Vacuumschmelze, opened ... The parent company's European plants
        // produce around 3,000 tonnes": "the parent" is the parent (companies.csv) of the latest unit named before, when the
        // text names that parent too.
        if (anaphor is AnaphorKind.Organisation or AnaphorKind.None && before.Count == 0 && ParentAnaphorRegex.IsMatch(sentence.Text)
            && organisations.Mentions.Where(m => m.Start < sentence.Start && m.Length > 0 && index.Organisations[m.Id].ParentId is { } parentId
                                                && organisations.Mentions.Any(p => p.Id == parentId && p.Length > 0))
                .OrderBy(m => m.Start).LastOrDefault() is { } unitMention
            && index.Organisations[unitMention.Id].ParentId is { } namedParent)
        {
            return (namedParent, index.Organisations[namedParent].Name, SubjectKinds.Organisation);
        }

        // "Quellon Metals said its pilot produced 85 tonnes. ... Bergmann Magnetwerke AG will expand its line to 2,500 tonnes a
        // year. It currently makes about 1,200 tonnes a year": the pronoun "It" opening a sentence, with no name before the
        // figure, is the company that opens the sentence right before it (its grammatical subject), not the company the text
        // mentions most; in a news-in-brief round-up each item's figures stay with its own company (§88). Not an
        // impersonal "It is expected that", nor a source or state body opening that sentence.
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && PronounItOpenerRegex.IsMatch(sentence.Text)
            && PreviousSentenceSubject(sentence, context) is { Name: not null } centred)
        {
            return centred;
        }

        // "ASTANA - Kazakhstan has confirmed a resource of 15 million tonnes at the Zhana deposit, the ministry said. The deposit
        // contains an estimated 270,000 tonnes of oxides. ... National atomic company Kazatomprom said ...": a deposit, mine or
        // project anaphor, when the text has named no organisation but state bodies before it, is the state-registered asset of the country the
        // previous figure (or else the text) is about, not a company named only later (subject36; dev5 (3), dev7 (14)).
        if (anaphor == AnaphorKind.Organisation && before.Count == 0 && AssetAnaphorRegex.IsMatch(sentence.Text[..quantity.NumberStart])
            && !organisations.Mentions.Any(m => m.Length > 0 && m.Start < sentence.Start && !options.StateBodyKinds.Contains(index.Organisations[m.Id].Kind))
            && !candidates.Any(c => !(c.KindHint is { } hint && options.StateBodyKinds.Contains(hint)) && c.Evidence.Any(e => e.Start < sentence.Start))
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < numberAt))
        {
            if (previous.Kind == SubjectKinds.Country)
            {
                return previous;
            }

            if (previous.Name is null && MostMentioned(countries, sentence.Start) is { } assetCountry && index.Countries.TryGetValue(assetCountry, out var assetCountryEntry)
                && countries.Any(m => m.Id == assetCountry && m.Start < sentence.Start))
            {
                return (assetCountry, assetCountryEntry.Name, SubjectKinds.Country);
            }
        }

        if (anaphor == AnaphorKind.Organisation)
        {
            // Known organisations and candidates alike: "Nordkap Minerals AB ... The company expects ...".
            // "The Australian miner": only organisations of that country, when the text names one.
            var demonymCountry = AnaphorCountry(sentence.Text);
            // "The Baotou-based producer" is a company, never the customs agency named more often; "The agency" is a state body.
            // "Under the licence the company must move ...": the anaphor's head decides also when it is not among the first words.
            var statePreference = AnaphorStateBody(sentence.Text)
                                  ?? (AnaphorBefore(sentence.Text[..quantity.NumberStart]) is var headAt and >= 0 ? AnaphorStateBody(sentence.Text[headAt..]) : null);
            var compatible = organisations.Mentions
                .Where(m => statePreference is not { } wantsState || options.StateBodyKinds.Contains(index.Organisations[m.Id].Kind) == wantsState)
                .ToList();
            // A company anaphor with only state bodies among the known organisations takes a candidate company when there is one.
            var pool = (compatible.Count > 0 || (statePreference == false && candidates.Any(c => c.Evidence.Any(e => e.Start < sentence.Start)))
                    ? compatible
                    : organisations.Mentions)
                .Where(m => demonymCountry is null || index.Organisations[m.Id].CountryCode == demonymCountry)
                .Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                // "Vietnam's Ministry of Industry and Trade will auction ... The company shipped its first 20 tonnes": a company
                // anaphor is no candidate state body either, and "The agency" no candidate company ("PT Timah Tbk").
                .Concat(candidates.Where(c => (demonymCountry is null || c.CountryCode == demonymCountry)
                                              && (!(statePreference is { } wantsState && c.KindHint is { } hint
                                                    && options.StateBodyKinds.Contains(hint) != wantsState)
                                                  // "The agency" is "Ruritanian Materials Agency" whatever kind its other words hint.
                                                  || HeadNamedBefore(sentence.Text.AsSpan(0, quantity.NumberStart), c.Name)))
                    .SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                .ToList();
            if (pool.Count == 0 && demonymCountry is not null)
            {
                // "The German magnet maker" when no German organisation is known: one whose country is not known, not one
                // known to be of another country; else any.
                pool = organisations.Mentions.Where(m => index.Organisations[m.Id].CountryCode is null).Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                    .Concat(candidates.Where(c => c.CountryCode is null).SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                    .ToList();
            }

            if (pool.Count == 0 && demonymCountry is not null)
            {
                pool = organisations.Mentions.Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                    .Concat(candidates.SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                    .ToList();
            }

            if (MostMentioned(pool, sentence.Start) is { } main)
            {
                return main.StartsWith("o:", StringComparison.Ordinal)
                    ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation)
                    : (null, main[2..], SubjectKinds.Candidate);
            }
        }

        if (anaphor == AnaphorKind.Country && ActingMainCountry(countries, sentence.Start, context) is { } mainCountry)
        {
            return (mainCountry, index.Countries[mainCountry].Name, SubjectKinds.Country);
        }

        // "In a statement, the association said the country made 236,500 tonnes of sintered blanks": "the country" as the
        // subject of the figure's clause, with no name before it, is the country the text mentions most.
        if (anaphor == AnaphorKind.None && before.Count == 0
            && CountryAnaphorVerbRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < numberAt)
            && MostMentioned(countries, sentence.Start) is { } referredCountry)
        {
            return (referredCountry, index.Countries[referredCountry].Name, SubjectKinds.Country);
        }

        // "Coal ash accumulated across the country holds an estimated 11 million tonnes, DOE officials said": a figure held or
        // made "across the country" / "nationwide", with no name before it, is the country the text mentions most, not the
        // speaking agency after it (§65).
        if (anaphor == AnaphorKind.None && before.Count == 0
            && NationwideRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < numberAt)
            && MostMentioned(countries, sentence.Start) is { } nationwideCountry)
        {
            return (nationwideCountry, index.Countries[nationwideCountry].Name, SubjectKinds.Country);
        }

        // "..., while MP Materials produced 1,300 tonnes": a parallel clause before the figure has its own subject.
        var clauseStart = sentence.Start + ParallelClauseStart(sentence.Text[..quantity.NumberStart]);
        if (before.Exists(a => a.Start >= clauseStart))
        {
            before.RemoveAll(a => a.Start < clauseStart);
        }

        // "shipments of 500 tonnes have been held up since April, and Sona Ltd has sought approval for a 2,000-tonne plant":
        // after another figure, ", and" + a name opens a clause with its own subject; the names before it are the other figure's.
        if (context.PreviousFigureEnd >= 0 && before.Count > 1)
        {
            var opener = before.FindLastIndex(a => a.Start - sentence.Start > context.PreviousFigureEnd
                                                   && CoordinatedClauseRegex.IsMatch(sentence.Text.AsSpan(context.PreviousFigureEnd, a.Start - sentence.Start - context.PreviousFigureEnd)));
            if (opener > 0 && before[opener - 1].Start - sentence.Start < context.PreviousFigureEnd)
            {
                before.RemoveRange(0, opener);
            }
        }
        else if (context.PreviousFigureEnd < 0 && before.Count > 1)
        {
            // "X will hold 51% of the venture, and Y will supply 6,000 tonnes a year": ", and" + a name after a clause of its
            // own (words, not just a list comma: "X, Y, and Z produced ...") opens the figure's clause; Y is its subject.
            for (var opener = before.Count - 1; opener > 0; opener--)
            {
                if (ClauseBeforeCoordinatedName(sentence, before[opener - 1].End, before[opener].Start))
                {
                    before.RemoveRange(0, opener);
                    break;
                }
            }
        }

        var countriesBefore = countries
            .Where(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < numberAt && (!IsRoute(sentence, m.Start) || OwnsTheFigure(sentence, m.End, quantity))
                        && !IsExcluded(sentence, m.Start) && !PlantSite(sentence, m.Start)
                        && !(measure == Measures.Export && RecipientFollows(sentence, m.End)))
            .ToList();

        // "China accounted for 270,000 tons, followed by Burma at 31,000 tons": the name right before "at" + the figure; so
        // "versus China's 44 million tonnes" (a possessive) and "X received 191,850 tonnes and Y 78,150 tonnes" (a list that
        // leaves out the verb).
        var listed = countriesBefore.LastOrDefault(m => ListedBefore(sentence, m.Start, m.End, quantity));
        if (listed is not null && before.TrueForAll(a => a.End <= listed.Start))
        {
            // "China exported 5,120 t. Germany took 890 tonnes, followed by the United States with 620 tonnes": when the
            // country before the sentence's previous figure was not its subject (a destination), the country listed after it
            // is a destination too, and the figure keeps the previous figure's subject.
            // So for a list that leaves out the verb: "with Japan taking 14,900 tonnes, the United States 8,650 tonnes".
            if ((FollowedByRegex.IsMatch(sentence.Text.AsSpan(0, listed.Start - sentence.Start))
                 // "followed by South Korea with 706 tons and the United States with 642 tons": the list goes on.
                 || FollowedByListRegex.IsMatch(sentence.Text.AsSpan(0, listed.Start - sentence.Start))
                 || GappedRegex.IsMatch(sentence.Text.AsSpan(listed.End - sentence.Start, quantity.NumberStart - (listed.End - sentence.Start))))
                && ListedLikeADestination(sentence, countries, context) is { } exporter)
            {
                return exporter;
            }

            return (listed.Id, index.Countries[listed.Id].Name, SubjectKinds.Country);
        }

        var listedActor = before.FindLastIndex(a => ListedBefore(sentence, a.Start, a.End, quantity));
        if (listedActor >= 0 && countriesBefore.TrueForAll(m => m.End <= before[listedActor].Start))
        {
            return (before[listedActor].Id, before[listedActor].Name, before[listedActor].Kind);
        }

        // "..., the survey said that the country's known resources totalled 2.6 million tonnes", "national resources at":
        // after the last name, the country of the article is the subject.
        var afterNames = before.Select(a => a.End).Concat(countriesBefore.Select(m => m.End)).DefaultIfEmpty(clauseStart).Max();
        if (CountryPossessiveInClause(sentence.Text[(afterNames - sentence.Start)..quantity.NumberStart])
            && ActingMainCountry(countries, numberAt, context) is { } ownCountry)
        {
            return (ownCountry, index.Countries[ownCountry].Name, SubjectKinds.Country);
        }

        // "China produced 218,600 t, the bureau said, while output of NdPr oxide reached 71,300 t", "... of which X received
        // 191,850 t and Y 78,150 t; the separation total was set at 254,000 t": a parallel clause that names nobody goes on
        // about the sentence's main subject (its first figure's), not a speaker or a listed name of the other clause.
        // "X said China's output rose to 92,000 t, while global demand reached 108,000 t", "..., while demand in Europe was
        // about 6,000 t": a world or region total in a parallel clause is nobody's, not the first clause's subject (§60).
        if (clauseStart > sentence.Start
            && !actors.Exists(a => a.Start >= clauseStart && a.Start < numberAt)
            && !countries.Any(m => m.Length > 0 && m.Start >= clauseStart && m.Start < numberAt)
            && WorldTotal(sentence, clauseStart, numberAt, actors.Select(a => (a.Start, a.End)).ToList()))
        {
            return (null, null, null);
        }

        if (clauseStart > sentence.Start && context.SentenceFirst.Name is not null
            && !actors.Exists(a => a.Start >= clauseStart && a.Start < numberAt)
            && !countries.Any(m => m.Length > 0 && m.Start >= clauseStart && m.Start < numberAt))
        {
            return context.SentenceFirst;
        }

        if (countriesBefore.Exists(m => m.Start >= clauseStart))
        {
            countriesBefore.RemoveAll(m => m.Start < clauseStart);

            // "X cited figures showing the United States mined 45,000 t, while China produced 270,000 t": a parallel clause
            // that names a country and no organisation is about that country, not the other clause's organisation.
            if (clauseStart > sentence.Start && !before.Exists(a => a.Start >= clauseStart) && countriesBefore.Exists(m => !m.Dateline && CountryActs(sentence, m.End)))
            {
                var own = countriesBefore.First(m => !m.Dateline && CountryActs(sentence, m.End));
                return (own.Id, index.Countries[own.Id].Name, SubjectKinds.Country);
            }
        }

        // "YANGON (Reuters) - China's imports ... fell to 2,210 tonnes": where the story was filed yields to a country named.
        if (countriesBefore.Exists(m => !m.Dateline))
        {
            countriesBefore.RemoveAll(m => m.Dateline);
        }

        // "World mine production rose to 390,000 tonnes", "Global output reached ...": a world total, nobody's figure.
        var lastNamed = before.Select(a => a.End).Concat(countriesBefore.Select(m => m.End)).DefaultIfEmpty(sentence.Start).Max();
        if (WorldTotal(sentence, lastNamed, numberAt, actors.Select(a => (a.Start, a.End)).ToList()))
        {
            return (null, null, null);
        }

        // "Arafura lifts Nolans output target" (the headline, which the readers keep apart from the main text) "SYDNEY, Oct 30
        // (Reuters) - The Australian miner now expects to produce 4,800 tonnes a year": a figure whose sentence names nobody
        // before it, in a text that has named no organisation before it, is the headline's one company's, not the country of
        // the dateline (§90).
        // Trade and quotas with nobody named are a country's ("Exports fell to 4,000 t"), whatever company the headline names.
        if (before.Count == 0 && context.Previous.Name is null && context.HeadlineCompany is { } headline
            && measure is not (Measures.Export or Measures.Import or Measures.Quota)
            && !countriesBefore.Exists(m => !m.Dateline && !DescribesCompany(sentence, m))
            && !context.Organisations.Mentions.Any(m => m.Length > 0 && m.Start < numberAt && IsCompany(index.Organisations[m.Id]))
            && !context.Candidates.Any(c => c.Evidence.Any(e => e.Start < numberAt)))
        {
            return headline;
        }

        // "Iluka Resources said Australia's mine production would climb to 32,000 t", "X cited figures showing the United
        // States mined 45,000 t": a country named right after a speaker, with no organisation between, is what is said about.
        if (before.Count > 0
            && countriesBefore.Find(m => !m.Dateline && m.Start > before[^1].End && CountryActs(sentence, m.End) && SpeechVerbRightBefore(sentence, m.Start)
                                         && IsSpeaker(sentence, before[^1].End, m.Start)) is { } spokenOf)
        {
            return (spokenOf.Id, index.Countries[spokenOf.Id].Name, SubjectKinds.Country);
        }

        // "Macquarie Group raised its FY27 NdPr sales forecast for Lynas to 10.2kt": the forecaster is no subject, the
        // organisation forecast for is.
        if (before.Count > 1 && ForecastForRegex.IsMatch(sentence.Text.AsSpan(before[0].End - sentence.Start, before[1].Start - before[0].End)))
        {
            before.RemoveAt(0);
        }

        // "Proterial, which buys oxide from Lynas, said Lynas shipped 800 tonnes", "KOMIR, which holds 10% of X, said X
        // produced 120 tons": a speaker set off by an aside (a relative clause or apposition between commas, which may name
        // others) reports on the name right after its speech verb; that name is the subject, not the speaker nor the aside.
        if (before.Count > 1
            && before.FindIndex(1, a => AsideSpeakerRegex.IsMatch(sentence.Text.AsSpan(before[0].End - sentence.Start, a.Start - before[0].End))) is var spokenAbout and > 0)
        {
            before.RemoveRange(0, spokenAbout);
        }
        else if (before.Count > 1 && IsSpeaker(sentence, before[0].End, before[1].Start))
        {
            before.RemoveAt(0);
        }

        // "X was granted a permit for 15,000 t, and Y said its mine would produce 1,900 tonnes": the last name before the
        // figure that speaks of itself ("said it", "said its") is the subject of what it says.
        var selfSpeaker = before.FindLastIndex(a => SelfSpeakerRegex.IsMatch(sentence.Text.AsSpan(a.End - sentence.Start, Math.Max(0, numberAt - a.End))));
        if (selfSpeaker > 0)
        {
            return (before[selfSpeaker].Id, before[selfSpeaker].Name, before[selfSpeaker].Kind);
        }

        if (before.Count > 0)
        {
            return (before[0].Id, before[0].Name, before[0].Kind);
        }

        // "Korea's demand ... is expected to reach 9,000 tons, driven by X and Y": a cause after "driven/led/boosted by" is no
        // agent of the figure (§60); the country before it keeps it.
        var agent = actors.FirstOrDefault(a => a.Start > numberAt && FollowsBy(sentence, a.Start)
                                               && !CauseByRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (agent.Name is not null)
        {
            return (agent.Id, agent.Name, agent.Kind);
        }

        if (countriesBefore.Count > 0)
        {
            var country = countriesBefore[0];
            return (country.Id, index.Countries[country.Id].Name, SubjectKinds.Country);
        }

        // "An inferred resource of 62 million tonnes ..., Snowgum Metals Ltd said": the speaker after the figure.
        var speaker = actors.FirstOrDefault(a => a.Start > numberAt && SpeechVerbFollows(sentence, a.End, options.SpeakerTitleWords));
        if (speaker.Name is not null)
        {
            return (speaker.Id, speaker.Name, speaker.Kind);
        }

        // "Output: 1,200 t REO (Q3)": a table line written as prose is about the article's main organisation.
        if (previous.Name is null && LabelLineRegex.IsMatch(sentence.Text))
        {
            var pool = organisations.Mentions.Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                .Concat(candidates.SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                .Where(m => m.Start < sentence.Start)
                .ToList();
            if (MostMentioned(pool, sentence.Start) is { } main)
            {
                return main.StartsWith("o:", StringComparison.Ordinal)
                    ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation)
                    : (null, main[2..], SubjectKinds.Candidate);
            }
        }

        // "Siam Metals said it shipped 900 t. Imports of concentrate, mainly from Laos, rose to 2,450 tonnes, according to the
        // customs data": a trade figure in a sentence that names no organisation (nor "its"/"our") is the country's trade, not
        // the previous sentence's company's: the story's main country that is not a route of this sentence.
        // "..., after the Kachin Independence Army halted mining": a name in a later clause of its own does not own the trade.
        if (measure is Measures.Export or Measures.Import
            && !actors.Exists(a => a.Start < numberAt || a.Start - sentence.Start < quantity.End
                                   || !ClauseBreakRegex.IsMatch(sentence.Text[quantity.End..(a.Start - sentence.Start)]))
            && (previous.Kind is SubjectKinds.Organisation or SubjectKinds.Candidate
                // "... JL Mag said it exported 4,300 tons. \"...,\" said a trader. Exports of samarium-cobalt magnets fell to 38 tons in
                // October, customs data showed": a quotation in between leaves nothing to carry, and the trade is still the
                // country's, not the story's main company's (dev12 P21; round2b).
                || (previous.Name is null && ItemCustomsDataRegex.IsMatch(sentence.Text)))
            && !OwnTradeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && NationalTrader(sentence, countries) is { } national)
        {
            return (national, index.Countries[national].Name, SubjectKinds.Country);
        }

        // "Shipments of rare earth permanent magnets totalled 5,912 metric tons last month, according to the General
        // Administration of Customs": with nobody named before the figure and nobody's figure to carry, a national body
        // that publishes it (customs, a statistics office, a ministry) reports its country's figure.
        if (previous.Name is null && !actors.Exists(a => a.Start < numberAt)
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < numberAt)
            && organisations.Mentions.FirstOrDefault(m => m.Start >= sentence.Start + quantity.End && m.End <= sentence.End
                                                          && index.Organisations[m.Id] is { CountryCode: not null } body
                                                          && options.StateBodyKinds.Contains(body.Kind)) is { } publisher
            && index.Countries.TryGetValue(index.Organisations[publisher.Id].CountryCode!, out var publisherCountry))
        {
            return (publisherCountry.Code, publisherCountry.Name, SubjectKinds.Country);
        }

        // "Notice of the Ministry of Industry and Information Technology ... The mining indicator is 135,000 tonnes (REO)": a
        // quota that names no holder, in a text whose national bodies all belong to one country, is that country's (a
        // government sets it); an allocation names its company.
        if (measure == Measures.Quota && previous.Name is null && !actors.Exists(a => a.Start < numberAt)
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < numberAt)
            && organisations.Mentions.Select(m => index.Organisations[m.Id])
                   .Where(o => o.CountryCode is not null && options.StateBodyKinds.Contains(o.Kind))
                   .Select(o => o.CountryCode!).Distinct(StringComparer.Ordinal).ToList() is [var quotaCountry]
            && index.Countries.TryGetValue(quotaCountry, out var quotaCountryEntry))
        {
            return (quotaCountryEntry.Code, quotaCountryEntry.Name, SubjectKinds.Country);
        }

        // Nobody named before the figure: the sentence goes on about the previous figure's subject
        // ("Ore reserves stand at 13.2 million tonnes", "Imports fell to 3,400 tonnes, the customs agency said").
        if (previous.Name is not null)
        {
            return previous;
        }

        // "X, which is listed on Nasdaq, said the deposit would feed its magnet plant in Stillwater. The first line there will
        // have capacity of 1,200 tons a year": with no figure subject to carry, a sentence naming nobody goes on about the
        // organisation that opens the sentence right before it (its grammatical subject), when that sentence has no figure
        // of its own and does not open with two coordinated names (§75); before the text's last
        // figure of the same measure, which that sentence turned away from.
        if (actors.Count == 0 && DefiniteOpenerRegex.IsMatch(sentence.Text)
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.End)
            && PreviousSentenceOpener(sentence, context) is { } previousOpener)
        {
            return previousOpener;
        }

        // "X, the Shenzhen-listed arm of Y, reported sales of 9,870 tonnes. The unit blamed a shortage of feed ... Its Longnan
        // separation plant ran at 72% of its 8,000-tonne nameplate": a figureless sentence opening with "The company/unit/..."
        // and naming nobody goes on about the holder of the text's last figure, and so does the definite opener after it (§79).
        if (actors.Count == 0 && (DefiniteOpenerRegex.IsMatch(sentence.Text) || ItsOpenerRegex.IsMatch(sentence.Text))
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.End)
            && CompanyAnaphorBefore(sentence, context) is { } anaphorHolder)
        {
            return anaphorHolder;
        }

        // "Japan imported 1,284 tonnes in October. Imports from China accounted for 65.9%. Year-to-date imports stood at
        // 11,730 tonnes": a sentence that names nobody and reports the same measure as the text's last figure, even across
        // sentences without figures, is about that figure's subject.
        if (context.LastFact is { SubjectName: not null } last && last.Measure == measure && actors.Count == 0
            && !countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < sentence.End))
        {
            return (last.SubjectId, last.SubjectName, last.SubjectKind);
        }

        // "X Ltd reports its feasibility study. The study outlines output of 14,800 tpa": the text so far names one
        // organisation and no country in this sentence; the figure is that organisation's.
        // "Mkango Resources ... Mkango Polska, its Polish subsidiary, ... The mineral reserve was increased to 34.5 Mt": a
        // candidate whose name begins with the first word of that organisation's name as the text writes it is one of its
        // units and does not make a second organisation (§83).
        // A state body that only funds, licenses or regulates ("Export Finance Australia confirmed its loan") is no second company.
        var orgsBefore = organisations.Mentions.Where(m => m.Start < sentence.Start && m.Length > 0).ToList();
        if (orgsBefore.Any(m => IsCompany(index.Organisations[m.Id])) || candidates.Any(c => c.Evidence.Any(e => e.Start < sentence.Start)))
        {
            orgsBefore = orgsBefore.Where(m => IsCompany(index.Organisations[m.Id])).ToList();
        }

        // "China Northern Rare Earth (Group) High-Tech Co - Q3 2026 operating data, filed with the Shanghai Stock Exchange":
        // an exchange that holds no figure of the text so far (a listing venue) is no second company either; one whose
        // traded volume is a figure ("On the Baotou Rare Earth Products Exchange, 1,260 mt has traded") still counts (§88).
        if (orgsBefore.Any(m => !IsExchange(index.Organisations[m.Id])) || candidates.Any(c => c.Evidence.Any(e => e.Start < sentence.Start)))
        {
            orgsBefore = orgsBefore.Where(m => !IsExchange(index.Organisations[m.Id]) || context.Facts.Any(f => f.SubjectId == m.Id)).ToList();
        }

        var orgFirstWords = orgsBefore.Select(m => FirstWordOf(m, context)).Where(w => w is not null).ToHashSet(StringComparer.Ordinal);
        var named = orgsBefore.Select(m => "o:" + m.Id)
            // A university named beside the company ("a pilot campaign run by HyProMag with the University of Birmingham") is a
            // research partner, no second company the story's figures could be of.
            .Concat(candidates.Where(c => c.KindHint != UniversityKind)
                .Where(c => orgsBefore.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count() != 1
                                          || !orgFirstWords.Contains(c.Name.Split(' ')[0]) || !c.Name.Contains(' '))
                .SelectMany(c => c.Evidence.Where(e => e.Start < sentence.Start).Select(_ => "c:" + c.Name)))
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        var countriesInSentence = countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < sentence.End);
        // "Separators in Fujian cut output to 110 t ... China Rare Earth Group accounts for about two-thirds of heavy separation.
        // ... Rotterdam warehouse stocks were estimated at 12-15 t": in a market report whose figures so far are all nobody's,
        // a company named only in passing does not take the next unowned figure (subject34).
        var marketReport = context.Facts.Any() && context.Facts.All(f => f.SubjectName is null);
        if (named.Count == 1 && !countriesInSentence && actors.Count == 0 && !marketReport)
        {
            return named[0].StartsWith("o:", StringComparison.Ordinal)
                ? (named[0][2..], index.Organisations[named[0][2..]].Name, SubjectKinds.Organisation)
                : (null, named[0][2..], SubjectKinds.Candidate);
        }

        // "PERTH - X Ltd (ASX: XXX) provides its activities report ... - Binding offtake with Y ... Nolans is designed to produce
        // 4,440 tpa": in a company's own release, a figure whose sentence names nobody is the releasing company's, also when
        // a partner is named elsewhere (§85).
        // "Australian Strategic Materials Ltd (ASX: ASM) – Quarterly Activities Report ... Korean Metals Plant (KMP), Ochang, South
        // Korea • Production of 38.6 tonnes of metals and alloys": in a company's own release, a figure naming nobody under a
        // section heading that names one company (its unit or plant) is that company's, not the releaser's (dev15 S08).
        if (previous.Name is null && named.Count > 1 && actors.Count == 0
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < numberAt)
            && SectionHeadingCompany(sentence, context) is { } sectionCompany
            && ReleasingCompany(context) is not null)
        {
            return sectionCompany;
        }

        if (previous.Name is null && named.Count > 1 && !countriesInSentence && actors.Count == 0 && ReleasingCompany(context) is { } releaser)
        {
            return releaser;
        }

        // "Lynas Rare Earths Limited – Annual Report 2026 ... production for the year was 14,620t, as ... the upgraded Malaysian
        // plant operated at design rates", "dispatched 5,140t of MREC to Malaysia": in a company's own release, a country
        // written only after the figure (a site, a destination) does not take it from the releasing company (dev15 S01, S17).
        if (previous.Name is null && named.Count >= 1 && countriesInSentence && actors.Count == 0
            && measure is not (Measures.Export or Measures.Import or Measures.Quota)
            && !countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < numberAt)
            && ReleasingCompany(context) is { } ownReleaser)
        {
            return ownReleaser;
        }

        return previous;
    }

    /// <summary>The one company (not a news outlet, state body, research firm or bank) among the organisations a headline names, or null.</summary>
    private (string? Id, string? Name, string? Kind)? HeadlineCompany(IReadOnlyList<string>? headlineOrganisations) =>
        headlineOrganisations?.Where(id => IsCompany(index.Organisations[id])).Distinct(StringComparer.Ordinal).ToList() is [var only]
            ? (only, index.Organisations[only].Name, SubjectKinds.Organisation)
            : null;

    /// <summary>", X Ltd (ASX: XXX) provides", "X is pleased to announce", "X today announced": a release's opening verb after its company.</summary>
    private static readonly Regex ReleaseVerbAfterNameRegex = new(
        @"^(?:\s*,?\s*(?:Ltd|Limited|Inc|Corp|Corporation|Plc|PLC|Co|NL|LLC|SA|AG|ASA|AB)\b\.?)?\s*(?:\([^()]{1,40}\)\s*)?(?:(?:today|has\s+today)\s+)?(?:is\s+pleased\s+to\s+(?:announce|report|provide|advise|present)|provides|announces|announced|advises|releases|has\s+released|presents"
        + @"|[-\u2013\u2014:|]\s*(?:(?:FY)?\d{4}(?:-\d{2,4})?\s+)?(?:sustainability|annual|ESG|quarterly|half-year|interim|integrated|environmental|activities)\s+(?:[\p{L}-]+\s+)?report)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The company whose own release the text is: the first company of one of the text's first three sentences, opening that
    /// sentence (after a dateline), followed by a release verb ("provides its activities report", "is pleased to announce").
    /// Null for news about a company.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? ReleasingCompany(SubjectContext context)
    {
        if (context.Sentences is not { } sentences)
        {
            return null;
        }

        var lineIndex = -1;
        foreach (var opening in sentences.Sentences.Take(3))
        {
            lineIndex++;
            var first = context.Organisations.Mentions
                .Where(m => m.Start >= opening.Start && m.End <= opening.End && m.Length > 0)
                .Select(m => (m.Start, m.End, Id: (string?)m.Id, Name: (string?)index.Organisations[m.Id].Name, Kind: (string?)SubjectKinds.Organisation,
                              Company: IsCompany(index.Organisations[m.Id])))
                .Concat(context.Candidates.SelectMany(c => c.Evidence
                    .Where(e => e.Start >= opening.Start && e.Start + e.Length <= opening.End)
                    .Select(e => (e.Start, End: e.Start + e.Length, Id: (string?)null, Name: (string?)c.Name, Kind: (string?)SubjectKinds.Candidate,
                                  Company: !(c.KindHint is { } hint && options.StateBodyKinds.Contains(hint))))))
                .OrderBy(a => a.Start)
                .FirstOrDefault();
            if (first.Name is not null && first.Company
                && ReleaseVerbAfterNameRegex.IsMatch(opening.Text.AsSpan(first.End - opening.Start))
                && DatelineOnlyBeforeRegex.IsMatch(opening.Text.AsSpan(0, first.Start - opening.Start)))
            {
                return (first.Id, first.Name, first.Kind);
            }

            // "Hastings Technology Metals Ltd (ASX: HAS)" over "Quarterly Activities Report – September 2026 Quarter": a letterhead
            // line of the company and its listing, with the report's title on the next line (dev15 S04).
            if (first.Name is not null && first.Company && lineIndex + 1 < sentences.Sentences.Count
                && DatelineOnlyBeforeRegex.IsMatch(opening.Text.AsSpan(0, first.Start - opening.Start))
                && LetterheadListingRegex.IsMatch(opening.Text.AsSpan(first.End - opening.Start))
                && ReportTitleLineRegex.IsMatch(sentences.Sentences[lineIndex + 1].Text))
            {
                return (first.Id, first.Name, first.Kind);
            }
        }

        return null;
    }

    /// <summary>
    /// The one company a section heading names, the heading being the nearest line above <paramref name="sentence"/> that has no
    /// closing full stop, is no bullet and has at most ten words (not the text's first line, its letterhead). Null when
    /// that heading names none or several, or there is none within the last eight lines.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? SectionHeadingCompany(Sentence sentence, SubjectContext context)
    {
        const int MaxHeadingWords = 10;
        const int ReachLines = 8;
        const int LetterheadLines = 1;
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (> 0 and var here))
        {
            return null;
        }

        for (var h = here - 1; h >= Math.Max(LetterheadLines, here - ReachLines); h--)
        {
            var line = sentences.Sentences[h];
            var text = line.Text.TrimEnd();
            if (text.Length == 0 || SentenceEndRegex.IsMatch(text) || BulletRegex.IsMatch(text)
                || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords)
            {
                continue;
            }

            var names = context.Organisations.Mentions
                .Where(m => m.Length > 0 && m.Start >= line.Start && m.End <= line.End && IsCompany(index.Organisations[m.Id]))
                .Select(m => m.Id)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var candidateNames = context.Candidates.Where(c => c.Evidence.Any(e => e.Start >= line.Start && e.Start + e.Length <= line.End)).ToList();
            if (names.Count == 1 && candidateNames.Count == 0)
            {
                return (names[0], index.Organisations[names[0]].Name, SubjectKinds.Organisation);
            }

            return names.Count == 0 && candidateNames.Count == 1 ? (null, candidateNames[0].Name, SubjectKinds.Candidate) : null;
        }

        return null;
    }

    /// <summary>"Domestic production of", "The domestic mine produced": the country's own, in the figure's clause.</summary>
    private static readonly Regex DomesticBeforeRegex = new(@"^[^;]*\b[Dd]omestic\b[^;]*$", RegexOptions.Compiled);

    /// <summary>The rest of a letterhead line after its company: perhaps a legal form, then its listing in brackets ("Ltd (ASX: HAS)").</summary>
    private static readonly Regex LetterheadListingRegex = new(
        @"^(?:\s*,?\s*(?:Ltd|Limited|Inc|Corp|Corporation|Plc|PLC|NL|LLC)\b\.?)?\s*\((?:ASX|TSX|TSXV|NYSE|NASDAQ|Nasdaq|LSE|AIM|JSE|OTCQX)\s*:\s*[A-Z0-9.]{1,6}\)\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A report's title line: "Quarterly Activities Report – September 2026 Quarter", "Annual Report 2026".</summary>
    private static readonly Regex ReportTitleLineRegex = new(
        @"^\s*(?:(?:FY)?\d{4}(?:-\d{2,4})?\s+)?(?:sustainability|annual|ESG|quarterly|half-year|interim|integrated|environmental|activities)\s+(?:[\p{L}-]+\s+)?report\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Nothing before a release's company but perhaps a dateline ("PERTH, Oct 30 (ASX announcement) - ").</summary>
    private static readonly Regex DatelineOnlyBeforeRegex = new(@"^(?:[\p{Lu}][\p{Lu}\s.'’-]*,?[^-–—:]{0,60}?[-–—:]\s*)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The kind org-designators.csv gives a university ("University of Birmingham").</summary>
    private const string UniversityKind = "university";

    /// <summary>The first word of an organisation mention as the text writes it ("Mkango" of "Mkango Resources"), or null for one word.</summary>
    private static string? FirstWordOf(Mention mention, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(mention.Start) is not (>= 0 and var at))
        {
            return null;
        }

        var home = sentences.Sentences[at];
        var from = mention.Start - home.Start;
        if (from < 0 || from + mention.Length > home.Text.Length)
        {
            return null;
        }

        var written = home.Text.Substring(from, mention.Length);
        var space = written.IndexOf(' ');
        return space > 0 ? written[..space] : null;
    }

    /// <summary>
    /// The organisation opening the sentence right before <paramref name="sentence"/> as its grammatical subject ("X, which is
    /// listed on Nasdaq, said ...", "Separately, X said ..."), when that sentence holds no figure (the text's last fact is
    /// not in it) and does not open with coordinated names ("X and Y released"). Null otherwise (§75).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PreviousSentenceOpener(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (> 0 and var here))
        {
            return null;
        }

        var previous = sentences.Sentences[here - 1];
        if (context.LastFact is { } last && last.Evidence.SentenceStart == previous.Start)
        {
            return null;
        }

        var actors = Actors(previous, context);
        if (actors.Count == 0)
        {
            return null;
        }

        var first = actors[0];
        var lead = previous.Text[..(first.Start - previous.Start)];
        if (!string.IsNullOrWhiteSpace(lead) && !TopicTurnRegex.IsMatch(lead))
        {
            return null;
        }

        var second = actors.Find(a => a.Start > first.Start && a.Name != first.Name);
        if (second.Name is not null && CoordinatedNameBeforeRegex.IsMatch(previous.Text.AsSpan(0, second.Start - previous.Start)))
        {
            var between = previous.Text[(first.Start - previous.Start)..(second.Start - previous.Start)];
            if (!between.Contains(',') || between.TrimEnd().EndsWith(", and", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return (first.Id, first.Name, first.Kind);
    }

    /// <summary>"It currently makes", "It also shipped": the pronoun "It" opening a sentence, not an impersonal "It is expected
    /// that", "It is likely", "It was not clear".</summary>
    private static readonly Regex PronounItOpenerRegex = new(
        @"^\s*It\s+(?!(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|remains|seems|appears)\s+(?:not\s+)?(?:\p{L}+ed\s+that|\p{L}+ed\s+to\b|likely|unlikely|possible|unclear|clear|understood|thought|believed|estimated|expected|reported|said|hoped)\b)",
        RegexOptions.Compiled);

    /// <summary>
    /// The organisation or candidate that opens the sentence right before <paramref name="sentence"/> (after a dateline or a
    /// topic turn at most), when it is a company rather than a source or a state body and is not the first of two
    /// coordinated names ("X and Y said"). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PreviousSentenceSubject(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (> 0 and var here))
        {
            return null;
        }

        var previous = sentences.Sentences[here - 1];
        // "The Corporation's Narva plant is designed for 2,000 tonnes. It shipped 140 tonnes": a defined term opening it is its name.
        if (TheTermRegex.Match(previous.Text) is { Success: true, Index: var termAt } the && string.IsNullOrWhiteSpace(previous.Text[..termAt])
            && context.DefinedTerms.TryGetValue(the.Groups["term"].Value.Split(' ')[0], out var definedOpener))
        {
            return definedOpener;
        }

        var actors = Actors(previous, context);
        if (actors.Count == 0)
        {
            return null;
        }

        var first = actors[0];
        var lead = previous.Text[..(first.Start - previous.Start)];
        if (!string.IsNullOrWhiteSpace(lead) && !TopicTurnRegex.IsMatch(lead) && !DatelineLeadRegex.IsMatch(lead))
        {
            return null;
        }

        if (first.Id is { } id && index.Organisations[id] is var entry
            && (entry.IsSourceKind || options.StateBodyKinds.Contains(entry.Kind) || NotCompanyKinds.Contains(entry.Kind)))
        {
            return null;
        }

        if (first.Kind == SubjectKinds.Candidate && context.Candidates.FirstOrDefault(c => c.Name == first.Name) is { KindHint: { } hint }
            && options.StateBodyKinds.Contains(hint))
        {
            return null;
        }

        var second = actors.Find(a => a.Start > first.Start && a.Name != first.Name);
        if (second.Name is not null && CoordinatedNameBeforeRegex.IsMatch(previous.Text.AsSpan(0, second.Start - previous.Start))
            && !previous.Text[(first.Start - previous.Start)..(second.Start - previous.Start)].Contains(','))
        {
            return null;
        }

        return (first.Id, first.Name, first.Kind);
    }

    /// <summary>What follows a company's name in an announcement's heading line: " Announcement on Operating Data ...",
    /// " Notice of ...", " Announcement Regarding ..." (a heading, with no full stop of its own).</summary>
    private static readonly Regex AnnouncementHeadingAfterNameRegex = new(
        @"^(?:[\s,]*(?:\([^()]{1,20}\)|\p{Lu}[\p{L}-]*\.?)){0,6}\s*(?:Announcement|Notice|Indicative\s+Announcement)s?\s+(?:on|of|regarding|concerning|in\s+relation\s+to)\s+[^.]*$",
        RegexOptions.Compiled);

    /// <summary>
    /// The company whose announcement heading ("Shenghe Resources Holding Co., Ltd. Announcement on Operating Data ...") is the
    /// latest such heading before <paramref name="sentence"/>, when the text has at least two such headings (a digest of
    /// several announcements) and no other organisation is named between that heading and the sentence. Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? AnnouncementHeadingCompany(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (> 0 and var here))
        {
            return null;
        }

        var headings = new List<(int Index, (int Start, string? Id, string? Name, string? Kind) Company)>();
        for (var i = 0; i < sentences.Sentences.Count; i++)
        {
            var s = sentences.Sentences[i];
            if (Actors(s, context) is [var first, ..] && first.Start == s.Start + (s.Text.Length - s.Text.TrimStart().Length)
                && first.Name is not null
                && AnnouncementHeadingAfterNameRegex.IsMatch(s.Text.AsSpan(first.Start - s.Start + NameWrittenAt(first.Start, context))))
            {
                headings.Add((i, first));
            }
        }

        const int DigestHeadings = 2;
        if (headings.Count < DigestHeadings || headings.LastOrDefault(h => h.Index < here) is not { Company.Name: not null } latest
            || Enumerable.Range(latest.Index + 1, here - latest.Index - 1).Any(i => Actors(sentences.Sentences[i], context).Count > 0))
        {
            return null;
        }

        return (latest.Company.Id, latest.Company.Name, latest.Company.Kind);
    }

    /// <summary>"The deposit", "the deposit's", "The new mine", "this project": an asset noun as the anaphor.</summary>
    private static readonly Regex AssetAnaphorRegex = new(
        @"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+)?(?:deposit|mine|project|orebody|prospect)(?:['’]s?)?\b", RegexOptions.Compiled);

    /// <summary>A dateline before a sentence's first words: "LONDON, Nov 18 (Argus) - ", "TOKYO (Reuters) -- ".</summary>
    private static readonly Regex DatelineLeadRegex = new(@"^\s*\p{Lu}[\p{Lu}\s.,'-]*(?:,\s*[^()]{1,30}?)?\s*(?:\([^()]{1,30}\)\s*)?(?:-{1,2}|\u2013|\u2014)\s*$", RegexOptions.Compiled);

    /// <summary>"Its Longnan separation plant", "Its": a sentence opening with the possessive "Its" (any word after it).</summary>
    private static readonly Regex ItsOpenerRegex = new(@"^\s*Its\s", RegexOptions.Compiled);

    /// <summary>"The company blamed", "The unit said", "The miner has": a company anaphor and a verb opening a sentence.</summary>
    private static readonly Regex CompanyAnaphorOpenerRegex = new(
        @"^\s*The\s+(?:company|unit|group|firm|miner|producer|refiner|subsidiary|separator|recycler)\s+(?:also\s+|then\s+|further\s+)?\p{Ll}+(?:ed|s)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// The holder of the text's last figure when the sentence right before <paramref name="sentence"/> opens with a company
    /// anaphor ("The unit blamed ...", "The company said ..."), names nobody, holds no figure, and the last figure was in the
    /// sentence right before that one and is an organisation's or a candidate's. Null otherwise (§79).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? CompanyAnaphorBefore(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (> 1 and var here))
        {
            return null;
        }

        var previous = sentences.Sentences[here - 1];
        var before = sentences.Sentences[here - 2];
        if (!CompanyAnaphorOpenerRegex.IsMatch(previous.Text) || Actors(previous, context).Count > 0
            || context.LastFact is not { SubjectName: not null, SubjectKind: SubjectKinds.Organisation or SubjectKinds.Candidate } last
            || last.Evidence.SentenceStart != before.Start)
        {
            return null;
        }

        return (last.SubjectId, last.SubjectName, last.SubjectKind);
    }

    /// <summary>A sentence opening with a definite lower-case noun phrase or a pronoun: "The first line there", "Its new
    /// plant", "It will" (not "SMM's weekly survey", not "The Baotou exchange").</summary>
    private static readonly Regex DefiniteOpenerRegex = new(
        @"^\s*(?:(?:The|This|That|Its)\s+\p{Ll}|It\s|(?:Phase|Stage)\s+(?:\d+|[IVX]+|[Oo]ne|[Tt]wo|[Tt]hree)\s+of\s+(?:the|this|its)\s+\p{Ll})",
        RegexOptions.Compiled);

    /// <summary>"and " or "&amp; " right before a name: the second of two coordinated names.</summary>
    private static readonly Regex CoordinatedNameBeforeRegex = new(@"(?:\band|&)\s+$", RegexOptions.Compiled);

    /// <summary>A plural group noun and "such as" right before a name: "Automakers such as ", "buyers such as ".</summary>
    private static readonly Regex SuchAsBeforeRegex = new(@"(?i)\b\p{L}+s\s*,?\s+such\s+as\s+$", RegexOptions.Compiled);

    /// <summary>A verb of saying right after a list of examples: " have warned that", " said", " complained".</summary>
    private static readonly Regex ExamplesSpeakRegex = new(@"^\s*(?:,\s*)?(?:have\s+|has\s+|had\s+)?(?:warned|said|say|says|complained|complain|reported|report|told|tell|noted|cautioned)\b", RegexOptions.Compiled);

    /// <summary>What joins two names of one list: ", ", " and ", ", and ", " or ".</summary>
    private static readonly Regex ExampleListJoinRegex = new(@"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", RegexOptions.Compiled);

    /// <summary>A company's own trade before the figure: "its exports", "their imports", "our shipments", a quotation.</summary>
    private static readonly Regex OwnTradeRegex = new(@"(?i)\b(?:its|their|our|we)\b|[""“”]", RegexOptions.Compiled);

    /// <summary>The story's most mentioned country that is not a route (origin or destination) in the sentence, when it is
    /// its dateline or named at least twice; or null.</summary>
    private string? NationalTrader(Sentence sentence, IReadOnlyList<Mention> countries)
    {
        var routes = countries.Where(m => m.Length > 0 && m.Start >= sentence.Start && m.End <= sentence.End && IsRoute(sentence, m.Start))
            .Select(m => m.Id)
            .ToHashSet(StringComparer.Ordinal);
        var others = countries.Where(m => m.Length > 0 && !routes.Contains(m.Id)).ToList();
        var main = MostMentioned(others, sentence.Start);
        // A country the story names once, not as its dateline, is no main country ("a ... from Australia" in a Jiangxi story).
        return main is not null && index.Countries.ContainsKey(main) && others.Count(m => m.Id == main) + (others.Exists(m => m.Id == main && m.Dateline) ? 1 : 0) >= 2
            ? main
            : null;
    }

    /// <summary>Text ending in a forecast noun and "for" ("its FY27 NdPr sales forecast for "): the next name is forecast for.</summary>
    private static readonly Regex ForecastForRegex = new(@"(?i)\b(?:forecasts?|estimates?|projections?|outlook|expectations?|guidance)\s+(?:for|of)\s+$", RegexOptions.Compiled);

    /// <summary>Text ending in a possessive and a parent noun before a name in apposition ("The Korean group's parent, ").</summary>
    private static readonly Regex ParentAppositiveRegex = new(@"['’]s?\s+(?:(?:parent|holding)(?:\s+(?:company|group))?|(?:majority\s+)?owner)\s*,\s*$", RegexOptions.Compiled);

    /// <summary>", which buys oxide from X, said ", ", a Japanese trading house, told reporters that ": an aside between commas
    /// after a speaker, then its speech verb, up to the name it speaks of.</summary>
    private static readonly Regex AsideSpeakerRegex = new(
        @"^\s*,\s*(?:which|who|whose|that|a|an|the|one|its|itself|now|formerly|owner|parent)\b[^;:()\n]*?,\s*(?:has\s+|had\s+)?(?:said|says|told\s+\p{L}+|reported|added|noted|estimated|stated|announced|confirmed|disclosed|wrote)\s+(?:(?:on|last)\s+\p{L}+\s+)?(?:that\s+)?(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"awarded $45 million to ", "a loan of $100 million to ": text before the recipient of money, ending in "to".</summary>
    private static readonly Regex RecipientBeforeRegex = new(@"(?i)\b(?:award(?:s|ed)?|grant(?:s|ed)?|lent|lends|lending|loan(?:s|ed)?|financing|funding|gave|gives|provided|provides|committed|invested)\b[^,;]*\bto\s+$", RegexOptions.Compiled);

    /// <summary>Text ending in a possessive and a relational noun before a name in apposition ("JARE's partner ", "its rival, ").</summary>
    private static readonly Regex RelatedAppositiveRegex = new(
        @"\b\p{Lu}[\p{L}\d&.-]*['’]s?\s+(?:(?:joint[-\s]venture|JV|venture|business)\s+)?(?:partner|supplier|rival|competitor|peer|sister\s+company|affiliate)\s*,?\s*$",
        RegexOptions.Compiled);

    /// <summary>Text ending in a unit noun before a name in apposition, not after a preposition: "where its unit ", "under which
    /// subsidiary ", "60%-owned subsidiary ", "X's operating company " (§65), "their joint venture " (§69).</summary>
    private static readonly Regex UnitAppositiveRegex = new(
        @"(?<lead>(?:\S+\s+){0,3})(?:unit|subsidiary|arm|operating\s+(?:company|unit)|joint[-\s]venture|venture|JV)\s*,?\s*$",
        RegexOptions.Compiled);

    private static readonly Regex PrepositionWordRegex = new(
        @"^(?:with|to|from|for|by|of|in|at|on|into|through|via|and|or|between)$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>A unit noun right before a name ("its unit ", "under which subsidiary ") with no preposition among the three
    /// words before it ("a deal with its unit " is not the name acting). A preposition that opens a relative clause ("an
    /// agreement in which its subsidiary X will supply") or a day ("X said on Wednesday its unit Y holds") does not count.</summary>
    private static bool UnitAppositiveBefore(ReadOnlySpan<char> text)
    {
        var match = UnitAppositiveRegex.Match(text.ToString());
        if (!match.Success)
        {
            return false;
        }

        var lead = match.Groups["lead"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !Enumerable.Range(0, lead.Length).Any(i => PrepositionWordRegex.IsMatch(lead[i])
            && !(i + 1 < lead.Length && (lead[i + 1] is "which" or "whom" || (lead[i] == "on" && WeekdayRegex.IsMatch(lead[i + 1])))));
    }

    private static readonly Regex WeekdayRegex = new(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.Compiled);

    /// <summary>After a name, before the figure: a verb of its own clause ("produced", "has shipped", an irregular past such as
    /// "made", "sold"), not a preposition.</summary>
    private static readonly Regex ActsAfterNameRegex = new(
        @"^,?\s+(?:(?:(?:also|has|had|have|will|would|could|is|was|expects\s+to|plans\s+to)\s+)?(?:\p{Ll}+(?:ed|s)\b(?<!\b(?:was|has|is|its|as|us|this|plans|shares)\b)|(?:made|sold|built|bought|held|won|took|kept)\b)|(?:also\s+)?(?:will|would|could|can|is\s+to|plans\s+to|expects\s+to|is\s+expected\s+to)\s+(?!be\b)\p{Ll}{3,}\b)",
        RegexOptions.Compiled);

    /// <summary>"expects ", "forecast ": an expectation verb right before a name that an infinitive follows.</summary>
    private static readonly Regex ExpectsBeforeRegex = new(
        @"(?i)\b(?:expects?|expected|forecasts?|estimates?|estimated|sees|saw|projects?|projected|predicts?|predicted|wants|wanted|believes)\s+$",
        RegexOptions.Compiled);

    /// <summary>An expectation verb and an optional "the" right before a country: "expects the ", "forecasts ".</summary>
    private static readonly Regex ExpectsCountryBeforeRegex = new(
        @"(?i)\b(?:expects?|expected|forecasts?|estimates?|sees|projects?|projected|predicts?|predicted)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"to <verb> ..." up to the figure, also the old figure of a change: " to consume 18,000 tonnes by 2030, up from about ".</summary>
    private static readonly Regex ToVerbThenChangeRegex = new(
        @"^\s+to\s+\p{Ll}+\b(?:[^,;]|,(?=\d))*(?:,\s*(?:up|down)\s+from\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?)?$", RegexOptions.Compiled);

    /// <summary>" to produce ", " to recycle about ": an infinitive right after the name, then no clause break up to the figure.</summary>
    private static readonly Regex ToVerbAfterRegex = new(@"^\s+to\s+\p{Ll}+\b[^,;]*$", RegexOptions.Compiled);

    /// <summary>"'s plant will fund ", " for the Nolans project in the Northern Territory, which will make ": right after the
    /// recipient of money, the asset the money is for (its possessive or "for the/its"), then no other clause than a relative one.</summary>
    private static readonly Regex RecipientAssetRegex = new(
        @"^(?:['’]s?\s+|\s+for\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?)(?:[\p{L}\d-]+\s+){0,4}?(?:project|plant|refinery|mine|facility|factory|smelter|line|complex|hub|expansion)s?\b[^,;]*(?:,\s*(?:which|that)\b[^,;]*)?$",
        RegexOptions.Compiled);

    /// <summary>"to build", "to develop": the recipient of money is to build or expand the asset the figure sizes.</summary>
    private static readonly Regex RecipientBuildsRegex = new(@"^\.?\s+to\s+(?:build|construct|develop|expand|fund|finance|restart|set\s+up)\b", RegexOptions.Compiled);

    /// <summary>
    /// "customers including a German automaker had agreed to take 100 tonnes": a demonym between "a"/"an" (or "its",
    /// "their", "our") and a company noun describes an unnamed company; the country is not the actor of a figure.
    /// </summary>
    private static bool UnnamedCompanyDemonym(SentenceIndex sentences, Mention country)
    {
        if (country.Length == 0 || sentences.IndexOf(country.Start) is not (>= 0 and var s) || s >= sentences.Sentences.Count)
        {
            return false;
        }

        var sentence = sentences.Sentences[s];
        var (before, after) = WordsBeside(sentence, country);
        // "shipments to its Chinese customer totalled 4,750 tonnes": a possessive before the demonym names a counterparty too.
        if (before?.ToLowerInvariant() is "a" or "an" or "its" or "their" or "our" && after is not null
            && TonnageLexicon.UnnamedCompanyNouns.Contains(after.TrimEnd('s')))
        {
            return true;
        }

        // "Our Vietnamese separation plant in Hai Phong treated 2,800 tonnes", "our Malaysian line processed ...": a demonym
        // between a speaker's "our" and the noun of the speaker's own site or unit (within three lower-case words) places that
        // site; the country is not the actor of its figures (§79).
        if (string.Equals(before, "our", StringComparison.OrdinalIgnoreCase))
        {
            var next = Tokenizer.Tokenize(sentence.Text[Math.Min(sentence.Text.Length, country.End - sentence.Start)..]).Take(4).ToList();
            for (var t = 0; t < next.Count && next[t].IsWord && next[t].Text.All(char.IsLower); t++)
            {
                if (OwnSiteNouns.Contains(next[t].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"the Australian miner", "The Chinese producer": a demonym between "the" and a company noun describes a company.</summary>
    private static bool DescribesCompany(Sentence sentence, Mention country) =>
        WordsBeside(sentence, country) is ("the" or "The", { } noun) && TonnageLexicon.UnnamedCompanyNouns.Contains(noun.TrimEnd('s'));

    /// <summary>The word right before a mention and the word right after it in its sentence (null at either end).</summary>
    private static (string? Before, string? After) WordsBeside(Sentence sentence, Mention mention) =>
        (Tokenizer.Tokenize(sentence.Text[..Math.Clamp(mention.Start - sentence.Start, 0, sentence.Text.Length)]).Where(t => t.IsWord).Select(t => t.Text).LastOrDefault(),
         Tokenizer.Tokenize(sentence.Text[Math.Clamp(mention.End - sentence.Start, 0, sentence.Text.Length)..]).Where(t => t.IsWord).Select(t => t.Text).FirstOrDefault());

    /// <summary>Nouns of a company's own site or unit after "our &lt;demonym&gt;": "plant", "line", "refinery", "subsidiary".</summary>
    private static readonly HashSet<string> OwnSiteNouns = new(StringComparer.Ordinal)
    {
        "plant", "plants", "line", "lines", "refinery", "factory", "factories", "facility", "works", "mine", "mines", "operation",
        "operations", "unit", "subsidiary", "site", "smelter", "hub",
    };

    /// <summary>A list after "followed by", going on with "and" or a comma right before the next listed name.</summary>
    private static readonly Regex FollowedByListRegex = new(@"\bfollowed\s+by\b[^.;]*(?:,|\band)\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"followed by [the]" right before a listed name.</summary>
    private static readonly Regex FollowedByRegex = new(@"\bfollowed\s+by\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// The subject of the sentence's previous figure when a country stands before that figure but is not its subject (a
    /// destination: "Germany took 890 tonnes" of China's exports); null otherwise.
    /// </summary>
    private static (string? Id, string? Name, string? Kind)? ListedLikeADestination(Sentence sentence, IReadOnlyList<Mention> countries, SubjectContext context)
    {
        if (context.PreviousFigureEnd <= 0 || context.PreviousInSentence is not { SubjectKind: SubjectKinds.Country, SubjectId: { } previousSubject } last)
        {
            return null;
        }

        var previousEnd = sentence.Start + context.PreviousFigureEnd;
        var before = countries.LastOrDefault(m => m.Length > 0 && m.Start >= sentence.Start && m.End <= previousEnd);
        return before is not null && before.Id != previousSubject ? (last.SubjectId, last.SubjectName, last.SubjectKind) : null;
    }

    /// <summary>Text after a figure ending in ", and" (a coordinated clause whose subject follows).</summary>
    private static readonly Regex CoordinatedClauseRegex = new(@",\s+and\s+$", RegexOptions.Compiled);

    /// <summary>Right after a name opening the sentence: a relative clause between commas, then the main verb in lower case
    /// (", which signed a partnership with the European Union in 2022, wants").</summary>
    private static readonly Regex OpenerRelativeClauseRegex = new(@"\G,\s+(?:which|that)\s+[^,;()]*,\s+(?=\p{Ll})", RegexOptions.Compiled);

    /// <summary>A national trade statistic's source: "customs data showed", "according to customs figures", "trade data show".</summary>
    private static readonly Regex ItemCustomsDataRegex = new(
        @"(?i)\b(?:customs|trade)\s+(?:data|figures|statistics)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A sentence turning to another topic, up to the name it turns to: "Separately, ", "Elsewhere, ", "In other news, ".
    /// Also a move to another place (§83): "Some 1,400 kilometres to the east, X", "Further north, X", "Across the border, X",
    /// and a news-in-brief item's label: "In brief: X said ...". The distance may follow the place it turns to: "In Lacq, 200 km
    /// to the south, X's plant is due to start" (dev12 P18; round2b).</summary>
    private static readonly Regex TopicTurnRegex = new(
        @"^\s*(?:Separately|Elsewhere|Meanwhile|In\s+other\s+news|In\s+a\s+separate\s+(?:announcement|statement|filing)"
        + @"|(?:(?:In|At|Near)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*,\s*)?(?:(?:Some|About|Around|Roughly|Nearly)\s+)?[\d,.]+\s*(?:kilometres|kilometers|km|miles)\s+(?:(?:to\s+the|further|farther)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
        + @"|(?:Further|Farther)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|afield|inland|down\s+the\s+coast|up\s+the\s+coast)|Across\s+the\s+(?:border|river|country|state))\s*,\s*"
        + @"|^\s*(?:In\s+brief|IN\s+BRIEF|Briefly|BRIEFLY|Also\s+in\s+the\s+news)\s*[:\u2013\u2014-]\s*",
        RegexOptions.Compiled);

    /// <summary>Text ending in a clause opener right before a name: ", and ", " while ", "; ".</summary>
    private static readonly Regex OwnClauseBeforeNameRegex = new(@"(?:,\s+and|\bwhile|\bwhereas|\bwhilst|;)\s+$", RegexOptions.Compiled);

    /// <summary>"said its", "said on Monday that it": a speech verb and a pronoun that refers back to the speaker.</summary>
    private static readonly Regex SelfSpeakerRegex = new(@"^\s*(?:said|says|announced|reported|stated)\s+(?:(?:on\s+\p{L}+|that)\s+)?(?:it|its)\b", RegexOptions.Compiled);

    /// <summary>Text between two names that is a clause of the first ending in ", and" ("will hold 51% of the venture, and ").</summary>
    private static bool ClauseBeforeCoordinatedName(Sentence sentence, int previousEnd, int nameStart)
    {
        if (nameStart <= previousEnd)
        {
            return false;
        }

        var between = sentence.Text.AsSpan(previousEnd - sentence.Start, nameStart - previousEnd).ToString();
        if (!CoordinatedClauseRegex.IsMatch(between))
        {
            return false;
        }

        var tokens = Tokenizer.Tokenize(between);
        return tokens.Count(t => t.Text.Length > 1 && char.IsLower(t.Text[0]) && t.Text != "and") >= 2;
    }

    /// <summary>Offset (in the sentence) just after the last parallel-clause word ("while", "whereas", ";"), or 0.</summary>
    private static int ParallelClauseStart(string textBefore)
    {
        var tokens = Tokenizer.Tokenize(textBefore);
        var last = tokens.FindLastIndex(t => TonnageLexicon.ParallelClauseWords.Contains(t.Text));
        return last < 0 ? 0 : tokens[last].End;
    }

    /// <summary>A world word ("World", "global"; not "the world's largest"), a region's market ("European demand") or "the market
    /// for" after the last name and before the figure, outside any name.</summary>
    private static bool WorldTotal(Sentence sentence, int lastNamed, int numberAt, List<(int Start, int End)> names)
    {
        var tokens = Tokenizer.Tokenize(sentence.Text[..(numberAt - sentence.Start)]);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var at = sentence.Start + token.Start;
            var regionMarket = TonnageLexicon.RegionWords.Contains(token.Text) && t + 1 < tokens.Count && TonnageLexicon.MarketWords.Contains(tokens[t + 1].Text);
            // "Europe collects an estimated 5,000 t of magnet scrap a year": a region that opens the sentence as its subject.
            var regionSubject = t == 0 && TonnageLexicon.RegionNouns.Contains(token.Text) && tokens.Count > 1 && tokens[1].IsWord
                                && char.IsLower(tokens[1].Text[0]);
            // "Traders estimate Europe's annual demand for terbium at around 25 tonnes": a region's own output or demand.
            var regionPossessive = TonnageLexicon.RegionNouns.Contains(token.Text) && WorldMeasureRegex.IsMatch(sentence.Text.AsSpan(token.End));
            // "X said the market for sintered magnets in Europe could reach 40,000 tonnes": a market's size is nobody's.
            var marketFor = token.Text == "market" && t > 0 && tokens[t - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
                            && t + 1 < tokens.Count && tokens[t + 1].Text == "for";
            // "..., while demand in Europe was about 6,000 tonnes": a market word, "in" and a region (§60).
            var marketInRegion = TonnageLexicon.MarketWords.Contains(token.Text) && t + 2 < tokens.Count && tokens[t + 1].Text == "in"
                                 && TonnageLexicon.RegionNouns.Contains(tokens[t + 2].Text);
            if (at < lastNamed || !(TonnageLexicon.WorldWords.Contains(token.Text) || regionMarket || regionSubject || regionPossessive || marketFor || marketInRegion)
                || names.Exists(n => at >= n.Start && at < n.End))
            {
                continue;
            }

            // "The global resource now totals 1.52 billion tonnes", "a global Mineral Resource of ...": a deposit's whole
            // resource in a resource statement, not a world total (§83).
            if (token.Text is "global" or "Global" && t + 1 < tokens.Count
                && tokens[t + 1].Text.ToLowerInvariant() is "resource" or "resources" or "mineral" or "measured" or "inventory")
            {
                continue;
            }

            var after = sentence.Text.AsSpan(token.End);
            if ((!after.StartsWith("'") && !after.StartsWith("\u2019")) || WorldMeasureRegex.IsMatch(after))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the world's output of 390,000 tonnes", "the world's total mine production" (not "the world's largest reserves").</summary>
    private static readonly Regex WorldMeasureRegex = new(
        @"^['’]s?\s+(?:(?![\p{Ll}-]*est\s)[\p{Ll}-]+\s+){0,3}?(?:output|production|supply|demand|consumption|reserves|resources|exports|imports|total)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "X said", "X told reporters", "X managing director Jane Doe said": a speech verb right after the name or after at
    /// most <paramref name="titleWords"/> words of a job title and a person's name (no punctuation between).
    /// </summary>
    private static bool SpeechVerbFollows(Sentence sentence, int end, int titleWords)
    {
        var skipped = 0;
        foreach (var token in Tokenizer.Tokenize(sentence.Text[(end - sentence.Start)..]))
        {
            if (!token.IsWord)
            {
                return false;
            }

            if (TonnageLexicon.SpeechVerbs.Contains(token.Text))
            {
                return true;
            }

            if (++skipped > titleWords)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The agency plans ..." before the figure, for a candidate whose name ends with "Agency": the anaphor's head is the name's.
    /// Not "the company" for a name ending in "Company" ("Hyundai Motor Company"): that is the word for any company, mostly the
    /// story's own.
    /// </summary>
    private static bool HeadNamedBefore(ReadOnlySpan<char> textBefore, string name)
    {
        var head = name[(name.LastIndexOf(' ') + 1)..];
        if (head.Equals("Company", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var at = textBefore.IndexOf("the " + head, StringComparison.OrdinalIgnoreCase);
        return head.Length > 2 && at >= 0 && (at + 4 + head.Length == textBefore.Length || !char.IsLetter(textBefore[at + 4 + head.Length]));
    }

    /// <summary>
    /// Whether the organisation anaphor opening the sentence names a state body ("The agency": true), a company ("The
    /// miner", "The Baotou-based producer", "The plant", "The project": false), or either ("The group", "The unit": null).
    /// </summary>
    private static bool? AnaphorStateBody(string sentence)
    {
        var head = Tokenizer.Tokenize(sentence).Where(t => t.IsWord).Take(4).Select(t => t.Text)
            .FirstOrDefault(TonnageLexicon.OrganisationAnaphors.Contains);
        return head?.ToLowerInvariant() switch
        {
            "agency" => true,
            "company" or "firm" or "miner" or "producer" or "refiner" or "maker" or "manufacturer" or "corporation" or "smelter" or "refinery" => false,
            // "The plant will process 2,000 tpa" after "the licensing board granted X a licence for a plant": an asset is run
            // by a company, not by the state body that licensed, funded or inspected it.
            "plant" or "mine" or "facility" or "project" or "deposit" or "operation" or "site" => false,
            _ => null,
        };
    }

    /// <summary>The country of a demonym in a sentence-initial anaphor ("The Australian miner" → AU), or null.</summary>
    private string? AnaphorCountry(string sentence)
    {
        const int MaxAnaphorWords = 4;
        foreach (var word in Tokenizer.Tokenize(sentence).Where(t => t.IsWord).Take(MaxAnaphorWords))
        {
            if (demonymCountries.TryGetValue(word.Text, out var code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Where "the company", "the miner" is written before the figure (not at the start of the sentence), or -1.</summary>
    private static int AnaphorBefore(string textBefore)
    {
        var words = Tokenizer.Tokenize(textBefore).Where(t => t.IsWord).ToList();
        for (var w = 1; w < words.Count; w++)
        {
            if (TonnageLexicon.OrganisationAnaphors.Contains(words[w].Text) && words[w - 1].Text.Equals("the", StringComparison.Ordinal))
            {
                return words[w - 1].Start;
            }

            // "a grant to the same firm for a pilot line that produced 12 tonnes"
            if (w > 1 && TonnageLexicon.OrganisationAnaphors.Contains(words[w].Text) && words[w - 1].Text.Equals("same", StringComparison.Ordinal)
                && words[w - 2].Text.Equals("the", StringComparison.Ordinal))
            {
                return words[w - 2].Start;
            }
        }

        return -1;
    }

    /// <summary>"across the country", "throughout the nation", "nationwide" (§65).</summary>
    private static readonly Regex NationwideRegex = new(
        @"\b(?:(?:across|throughout)\s+the\s+(?:country|nation)|nationwide|country-wide|countrywide)\b", RegexOptions.Compiled);

    /// <summary>", and the company said ", "; the miner ": a company anaphor opening a new clause (§65).</summary>
    private static readonly Regex CompanyAnaphorClauseRegex = new(
        @"(?:,\s*(?:and|but|while)|;)\s+(?<the>the)\s+(?:company|firm|miner|producer|developer|explorer|group|recycler|refiner|maker)\b",
        RegexOptions.Compiled);

    /// <summary>"said the country made ", "the nation exported about ": "the country" right before the verb of the figure.</summary>
    private static readonly Regex CountryAnaphorVerbRegex = new(
        @"\bthe\s+(?:country|nation)\s+(?:also\s+)?(?:made|produced|mined|exported|imported|shipped|sold|bought|consumed|used|output|turned\s+out|will\s+\w+|would\s+\w+|had\s+\w+|has\s+\w+)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|an\s+estimated)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>After a country: at most two lower-case words, then a measure noun ("U.S. magnet capacity", "China's rare earth output").</summary>
    private static readonly Regex CountryMeasureRegex = new(
        @"^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:capacity|capacities|output|production|exports|imports|reserves|resources|stockpiles?|demand|consumption)\b",
        RegexOptions.Compiled);

    /// <summary>"short of the 2,700 tonnes analysts at Citi had expected": the name that follows is the analysts' employer, who
    /// expects or forecasts the figure and does not produce it.</summary>
    private static readonly Regex AnalystsAtRegex = new(
        @"\b(?:analysts?|economists?|strategists?|brokers?|consultants?)\s+(?:at|from|with)\s+(?:the\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>What a forecast is of, other than a name: "the company", "the refinery", "the country", "global", "the market",
    /// a market's "demand" or "supply".</summary>
    private static readonly Regex ForecastOfAnaphorRegex = new(
        @"(?i)\b(?:the|its|their|this|that)\s+(?:[\p{L}-]+\s+)?(?:company|firm|group|miner|producer|refinery|plant|mine|project|country|nation|market|industry|sector|world|region)\b|\b(?:global|world|worldwide|total|national|combined|demand|consumption|supply|deficit|surplus|shortfall)\b",
        RegexOptions.Compiled);

    /// <summary>Verbs of forecasting ("expects", "estimated", "models", "sees"), shared by the forecaster patterns.</summary>
    private const string ForecastVerbs =
        @"expect(?:s|ed)?|estimat(?:e|es|ed)|forecast(?:s|ed)?|predict(?:s|ed)?|project(?:s|ed)?|sees?|model(?:s|led)?|anticipat(?:e|es|ed)";

    /// <summary>"analyst Adrian Prendergast lifted his valuation and now models ": an analyst, then a verb of forecasting, in one clause.</summary>
    private static readonly Regex AnalystForecastsRegex = new(
        @"\banalysts?\b[^.;]*?\b(?:" + ForecastVerbs + @")\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"Morgan Stanley analysts expect": the analysts right after their employer's name.</summary>
    private static readonly Regex AnalystsAfterEmployerRegex = new(
        @"^(?:['’]s?)?\s+(?:[\p{L}-]+\s+)?(?:analysts?|economists?|strategists?)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>A verb of forecasting between the forecaster and its figure ("expect", "estimates", "forecast", "see", "model").</summary>
    private static readonly Regex ForecastVerbRegex = new(
        @"\b(?:" + ForecastVerbs + @"|saw|reckon(?:s|ed)?|think|thinks|believe|believes|assume(?:s|d)?)\b",
        RegexOptions.Compiled);

    /// <summary>"said Australia's", "showing the United States", "said that China": a speech verb right before the name ("the", "that" skipped).</summary>
    private static bool SpeechVerbRightBefore(Sentence sentence, int start)
    {
        var words = Tokenizer.Tokenize(sentence.Text[..(start - sentence.Start)]).Where(t => t.IsWord).ToList();
        var w = words.Count - 1;
        while (w >= 0 && words[w].Text is "the" or "that")
        {
            w--;
        }

        return w >= 0 && TonnageLexicon.SpeechVerbs.Contains(words[w].Text);
    }

    /// <summary>"Australia's mine production", "the United States mined": a country written as a possessor, or right before a measure verb.</summary>
    private static bool CountryActs(Sentence sentence, int end)
    {
        var rest = sentence.Text.AsSpan(end - sentence.Start);
        if (rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal))
        {
            return true;
        }

        // "said Vietnam could export 4,500 tonnes": a modal (and "also"/"still") before the measure verb (§45).
        var next = Tokenizer.Tokenize(rest.ToString()).Take(3).ToList();
        while (next.Count > 1 && next[0].IsWord && next[1].IsWord && next[0].Text is "could" or "would" or "will" or "may" or "might" or "should" or "can" or "also" or "still")
        {
            next.RemoveAt(0);
        }

        next = next.Take(1).ToList();
        return next.Count == 1 && next[0].IsWord && next[0].Text is not ("taking" or "took" or "takes")
               && ((TonnageLexicon.MeasureCues.TryGetValue(next[0].Text, out var cue) && cue != Measures.Other) || next[0].Text is "mined" or "mines");
    }

    /// <summary>"Japan received 1,020 tons of the total", "Germany was the largest destination, taking 1,057 tons": a country
    /// right before a verb of receiving, or named as the top destination or buyer, is a destination (the exporter's figure).</summary>
    private static bool RecipientFollows(Sentence sentence, int end)
    {
        var rest = sentence.Text[(end - sentence.Start)..];
        var next = Tokenizer.Tokenize(rest);
        return (next.Count > 0 && TonnageLexicon.RecipientVerbs.Contains(next[0].Text)) || TopDestinationRegex.IsMatch(rest);
    }

    /// <summary>Words right after a country that name it a destination of the exports: " was the largest destination",
    /// " remained the main buyer", " became the second-biggest market for".</summary>
    private static readonly Regex TopDestinationRegex = new(
        @"^\s+(?:(?:was|is|remained|remains|became|ranked\s+as|stayed)\s+)(?:again\s+|once\s+again\s+|still\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:destination|buyer|importer|customer|recipient|purchaser)s?\b",
        RegexOptions.Compiled);

    /// <summary>"ex-China demand", "non-China supply", "outside China", "excluding China": a figure of everywhere but the
    /// country is not the country's (§45).</summary>
    private static readonly Regex ExcludedBeforeRegex = new(
        @"(?i)(?:\b(?:ex|non)\s*[-\u2010\u2011\u2013]\s*|\b(?:outside(?:\s+of)?|excluding|except(?:\s+for)?|beyond|other\s+than)\s+)(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"a plant in Poland with capacity for 2,000 tpa", "its refinery in Malaysia, which can process": a country that
    /// only locates a plant is not the plant's owner (§45).</summary>
    private static readonly Regex PlantInBeforeRegex = new(
        @"(?i)\b(?:plant|refinery|facility|factory|smelter|separator|line|site)s?\s+in\s+(?:the\s+)?$", RegexOptions.Compiled);

    private static bool PlantSite(Sentence sentence, int start) =>
        PlantInBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start));

    private static bool IsExcluded(Sentence sentence, int start) =>
        ExcludedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start));

    /// <summary>"second only to China's 44 million tonnes": a possessive right before the figure owns it, after "to" too.</summary>
    private static bool OwnsTheFigure(Sentence sentence, int end, Quantity quantity) =>
        end - sentence.Start <= quantity.NumberStart && PossessiveOfFigureRegex.IsMatch(sentence.Text.AsSpan(end - sentence.Start, quantity.NumberStart - (end - sentence.Start)));

    private static readonly Regex PossessiveOfFigureRegex = new(@"^['’]s?\s+(?:(?i:" + HedgeWords + @")\s+)?$", RegexOptions.Compiled);

    /// <summary>"to the United States", "from Myanmar": a destination or an origin, not the subject.</summary>
    private static bool IsRoute(Sentence sentence, int start) => RoutePreposition(sentence, start) is not null;

    /// <summary>The route preposition ("to", "from", "into", lower case) right before a name (skipping "the"), or null.</summary>
    private static string? RoutePreposition(Sentence sentence, int start)
    {
        var words = Tokenizer.Tokenize(sentence.Text[..(start - sentence.Start)]).Where(t => t.IsWord).ToList();
        var last = words.Count > 0 ? words[^1].Text : string.Empty;
        if (last.Equals("the", StringComparison.OrdinalIgnoreCase) && words.Count > 1)
        {
            last = words[^2].Text;
        }

        return TonnageLexicon.RoutePrepositions.Contains(last) ? last.ToLowerInvariant() : ListedRoutePreposition(sentence, start);
    }

    /// <summary>
    /// "exports to the United States, South Korea and Vietnam were ...": a name later in a list of capitalised names
    /// (joined by commas, "and" or "or") whose first member follows a route preposition shares that preposition.
    /// </summary>
    private static string? ListedRoutePreposition(Sentence sentence, int start)
    {
        var tokens = Tokenizer.Tokenize(sentence.Text[..(start - sentence.Start)]);
        var i = tokens.Count - 1;
        for (var hop = 0; hop < 4; hop++)
        {
            if (i >= 0 && tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                i--;
            }

            var joined = false;
            if (i >= 0 && tokens[i].Text is "and" or "or")
            {
                i--;
                joined = true;
            }

            if (i >= 0 && tokens[i].Text == ",")
            {
                i--;
                joined = true;
            }

            if (!joined)
            {
                return null;
            }

            var name = 0;
            while (i >= 0 && tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) && name < 4)
            {
                i--;
                name++;
            }

            if (name == 0)
            {
                return null;
            }

            if (i >= 0 && tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                i--;
            }

            if (i >= 0 && tokens[i].IsWord && tokens[i].Text is "to" or "from" or "into")
            {
                return tokens[i].Text;
            }
        }

        return null;
    }

    /// <summary>
    /// Words that open an aside between commas which only says where something came from or what a place is home to:
    /// ", mostly from ", ", largely by ", ", home to ", ", where " (§60: "imports from Estonia, where X runs a plant, rose to"),
    /// ", all shipped by ", ", led by " (§60).
    /// </summary>
    private static readonly Regex AsideOpenerRegex = new(
        @",\s*(?:(?:mostly|mainly|largely|chiefly|primarily|partly|nearly\s+all|almost\s+all|much\s+of\s+it|most\s+of\s+it)\s+(?:from|by|via)|(?:mostly|mainly|largely|chiefly|primarily|principally|predominantly)|home\s+to|where|(?:(?:all|mostly|mainly|largely|chiefly|primarily|partly|nearly\s+all|almost\s+all)\s+)?(?:shipped|supplied|mined|produced|exported|sold|sourced)\s+(?:by|from)|(?:led|driven|boosted|helped)\s+(?:(?:mainly|largely|mostly|chiefly|primarily)\s+)?by)\s+(?:the\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// Whether a name (from <paramref name="start"/> to <paramref name="end"/>) sits in a comma-closed aside that only says
    /// where the figure's material came from or what a place is home to, before the figure: "India's exports to Japan,
    /// mostly from IREL, totalled 950 tonnes" and "Malaysia, home to Lynas's plant, supplied 1,100 tonnes" are India's and
    /// Malaysia's, not the company's.
    /// </summary>
    private static bool InAside(Sentence sentence, int start, int end, int numberAt)
    {
        var opener = AsideOpenerRegex.Match(sentence.Text, 0, start - sentence.Start);
        if (!opener.Success || opener.Index == 0)
        {
            return false;
        }

        var after = sentence.Text.AsSpan(end - sentence.Start, numberAt - end);
        var close = after.IndexOf(',');
        return close >= 0 && !after[..close].ContainsAny(';', '(');
    }

    /// <summary>"according to X", "according to the US Geological Survey" (§60: the article too): a cited source.</summary>
    private static bool IsSource(Sentence sentence, int start) =>
        AccordingToBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start));

    private static readonly Regex AccordingToBeforeRegex = new(@"(?i)\baccording\s+to\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// "X said Y will ...", "X chief executive Jane Doe said Y will ...": a speech verb a few words after the first
    /// organisation makes it the speaker when the next one follows within a few words and no pronoun refers back to X
    /// ("X said on Monday it had signed ... with Y").
    /// </summary>
    private bool IsSpeaker(Sentence sentence, int end, int nextStart)
    {
        var between = Tokenizer.Tokenize(sentence.Text[(end - sentence.Start)..(nextStart - sentence.Start)]).Where(t => t.IsWord).ToList();
        var verb = between.FindIndex(t => TonnageLexicon.SpeechVerbs.Contains(t.Text));
        return verb >= 0 && verb <= options.SpeakerTitleWords
               && between.Count - verb <= options.SpeakerClauseWords
               && !between.Exists(t => TonnageLexicon.SpeakerPronouns.Contains(t.Text));
    }

    /// <summary>A participle of cause and "by" right before a name: ", driven by ", "led mainly by ", "boosted by ".</summary>
    private static readonly Regex CauseByRegex = new(
        @"(?i)\b(?:driven|fuell?ed|boosted|spurred|helped|supported|underpinned|led|hit|hurt|offset|hampered|dragged\s+down|weighed\s+down|held\s+back)\s+(?:(?:mainly|largely|mostly|partly|chiefly|primarily)\s+)?by\s*$",
        RegexOptions.Compiled);

    /// <summary>"... were shipped by X": X is the agent of a passive verb.</summary>
    private static bool FollowsBy(Sentence sentence, int start) =>
        sentence.Text.AsSpan(0, start - sentence.Start).TrimEnd().EndsWith(" by", StringComparison.OrdinalIgnoreCase);

    private enum AnaphorKind
    {
        None,
        Organisation,
        Country,
    }

    /// <summary>"The parent company's", "Its parent", "The parent group": an anaphor for the parent of the unit named before.</summary>
    private static readonly Regex ParentAnaphorRegex = new(@"^\W*(?:The|Its)\s+parent(?:\s+(?:company|group))?\b", RegexOptions.Compiled);

    private AnaphorKind Anaphor(string sentence)
    {
        const int MaxAnaphorWords = 4;
        var words = Tokenizer.Tokenize(sentence).Where(t => t.IsWord).Take(MaxAnaphorWords).ToList();
        if (words.Count == 0)
        {
            return AnaphorKind.None;
        }

        if (words[0].Text == "It")
        {
            return AnaphorKind.Organisation;
        }

        if (words[0].Text is not ("The" or "This" or "Its" or "That"))
        {
            return AnaphorKind.None;
        }

        for (var w = 1; w < words.Count; w++)
        {
            var word = words[w];
            // "The expansion will add about 2,000 tonnes a year": a company's project opening the sentence stands for the company.
            if (TonnageLexicon.OrganisationAnaphors.Contains(word.Text) || word.Text is "expansion" or "upgrade" or "extension")
            {
                return AnaphorKind.Organisation;
            }

            if (TonnageLexicon.CountryAnaphors.Contains(word.Text))
            {
                return AnaphorKind.Country;
            }

            // "The Baotou-based producer", "The Perth-headquartered miner": a place before -based describes the anaphor.
            var describesPlace = w + 1 < words.Count && words[w + 1].Text is "based" or "headquartered" or "listed" or "owned" or "run"
                && word.End < words[w + 1].Start && sentence[word.End] == '-';
            // "The Western Australian refinery", "The South African miner": a compass word or the first word of a demonym.
            if (w + 1 < words.Count && demonyms.Contains(word.Text + " " + words[w + 1].Text))
            {
                w++;
                continue;
            }

            var compassBeforeDemonym = w + 1 < words.Count && word.Text is "Western" or "Eastern" or "Northern" or "Southern" or "Central"
                && demonyms.Contains(words[w + 1].Text);
            if (word.IsCapitalised && !demonyms.Contains(word.Text) && !describesPlace && !compassBeforeDemonym)
            {
                break;
            }
        }

        return AnaphorKind.None;
    }

    /// <summary>
    /// "HANOI - ... to China ... outside China ... The government wants domestic output of 20,000 tonnes": the country an
    /// anaphor ("The government", "the country's", "domestic") means is the one the story names most as an actor, not as a
    /// route, an exclusion or a place something is in ("to China", "outside China", "buyers in China") (§60); else the one
    /// named most.
    /// </summary>
    private static string? ActingMainCountry(IReadOnlyList<Mention> countries, int before, SubjectContext context)
    {
        if (context.Sentences is { } sentences)
        {
            var acting = countries.Where(m => m.Length > 0 && sentences.IndexOf(m.Start) is >= 0 and var at && sentences.Sentences[at] is var home
                                              && m.Start >= home.Start && m.End <= home.End
                                              && !IsRoute(home, m.Start) && !IsExcluded(home, m.Start) && !InBefore(home, m.Start))
                .ToList();
            if (MostMentioned(acting, before) is { } main)
            {
                return main;
            }
        }

        return MostMentioned(countries, before);
    }

    /// <summary>The most-mentioned id before <paramref name="before"/> (ties: the first mentioned), or over the whole text.</summary>
    private static string? MostMentioned(IReadOnlyList<Mention> mentions, int before)
    {
        var earlier = mentions.Where(m => m.Start < before && m.Length > 0).ToList();
        var pool = earlier.Count > 0 ? earlier : mentions.Where(m => m.Length > 0).ToList();
        return pool
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(m => m.Start))
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal)));
}
