using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// Parties a figure can belong to that need their own rule: asset owners, research notes, defined terms, call transcripts, schemes, licensees, ventures, plants, speakers, buyers and sellers.
public sealed partial class TonnageRecogniser
{
    /// <summary>"and produced", "and also exported": a clause joined by "and" whose verb follows.</summary>
    private static readonly Regex JoinedVerbClauseRegex = new(@"\b(?:and|but)\s+(?:also\s+|then\s+)?(?<verb>\p{Ll}+)(?:\s+(?:about|around|roughly|some|nearly|almost|just|over|more\s+than|an\s+estimated))?\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>", and expects to", ", but plans to", ", and will": a joined clause about what comes next.</summary>
    private static readonly Regex PlanClauseRegex = new(
        @",\s+(?:and|but)\s+(?:(?:it|they|the\s+company)\s+)?(?:expects?|plans?|aims?|intends?|hopes?|will|is\s+expected)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"bringing the total to", "bringing seizures this year to": the figure after is a running total.</summary>
    private static readonly Regex RunningTotalRegex = new(@"(?i)\bbringing\s+(?:[^,;.]*?\s)?to\s*(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", RegexOptions.Compiled);

    /// <summary>One to three capitalised words opening a sentence, then a lower-case verb ("Ngualla is", "Mount Weld produced").</summary>
    private static readonly Regex OpeningNameRegex = new(@"^(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+\p{Ll}", RegexOptions.Compiled);

    /// <summary>A state body's act on a project: "names Tanbreez a strategic project", "listed X as strategic", "approved", "selected".</summary>
    private static readonly Regex StateActsOnProjectRegex = new(
        @"\b(?:names|named|designates|designated|lists|listed|selects|selected|approves|approved|backs|backed|adds|added|declares|declared)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:as\s+)?(?:an?\s+|its\s+|to\s+its\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:strategic|priority|critical|key)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// The organisation whose possession an asset named in the sentence before the figure is ("X Corp's Tanbreez project"
    /// written earlier): each capitalised word before the figure that is no name is tried; the latest owner, or null.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? OwnerOfAssetNamedIn(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is null)
        {
            return null;
        }

        var names = NamesIn(sentence, context.Organisations, context.Candidates);
        foreach (Match word in Regex.Matches(sentence.Text[..quantity.NumberStart], @"\b\p{Lu}\p{Ll}[\p{L}-]+\b"))
        {
            if (word.Index == 0 || names.Exists(n => word.Index >= n.Start && word.Index < n.End) || TonnageLexicon.NoiseOpeners.Contains(word.Value))
            {
                continue;
            }

            var owners = context.Organisations.Mentions.Where(m => m.End < sentence.Start && m.Length > 0)
                .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
                .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => e.Start + e.Length < sentence.Start)
                    .Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
                .Where(o => context.Sentences.IndexOf(o.Start) is var home and >= 0 && context.Sentences.Sentences[home] is var earlier
                            && (PossessesAsset(earlier.Text.AsSpan(o.End - earlier.Start), word.Value)
                                || LegalFormThenAssetRegex.Match(earlier.Text[(o.End - earlier.Start)..]) is { Success: true } form
                                   && PossessesAsset(earlier.Text.AsSpan(o.End - earlier.Start + form.Length), word.Value)))
                .OrderBy(o => o.Start)
                .ToList();
            if (owners.Count > 0)
            {
                return owners[^1].Subject;
            }
        }

        return null;
    }

    /// <summary>A legal form right after a name, before its possessive: " Corp", " Ltd", " Inc.".</summary>
    private static readonly Regex LegalFormThenAssetRegex = new(@"^\s+(?:Corp|Corporation|Ltd|Limited|Inc|Plc|PLC|Co|LLC|AG|SA|AB|ASA|NV)\.?(?=['’])", RegexOptions.Compiled);

    /// <summary>
    /// The organisation whose possession ("X's Ngualla project", "X' Mount Weld mine") the sentence's opening name is, written
    /// in an earlier sentence; the latest such organisation, or null.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? AssetOwner(Sentence sentence, SubjectContext context)
    {
        if (context.Sentences is null)
        {
            return null;
        }

        // "Browns Range is expected to", "Ngualla's ore reserve stands at", "The Nolans project has": the asset's name.
        var opening = OpeningNameRegex.Match(sentence.Text) is { Success: true } plain && !TonnageLexicon.NoiseOpeners.Contains(plain.Groups["name"].Value.Split(' ')[0])
            ? plain
            : OpeningAssetRegex.Match(sentence.Text);
        if (!opening.Success || TonnageLexicon.NoiseOpeners.Contains(opening.Groups["name"].Value.Split(' ')[0]))
        {
            return null;
        }

        var name = opening.Groups["name"].Value;
        var itsAsset = new Regex(@"\b[Ii]ts\s+" + Regex.Escape(name) + @"\b(?!\s+\p{Lu})"); // "its Nolans project"
        (string? Id, string? Name, string? Kind)? owner = null;
        var ownerAt = -1;
        foreach (var earlier in context.Sentences.Sentences)
        {
            if (earlier.Start >= sentence.Start)
            {
                break;
            }

            foreach (var mention in context.Organisations.Mentions)
            {
                if (mention.Start >= earlier.Start && mention.End <= earlier.End && mention.Start > ownerAt
                    && PossessesAsset(earlier.Text.AsSpan(mention.End - earlier.Start), name))
                {
                    owner = (mention.Id, index.Organisations[mention.Id].Name, SubjectKinds.Organisation);
                    ownerAt = mention.Start;
                }
            }

            foreach (var candidate in context.Candidates)
            {
                foreach (var evidence in candidate.Evidence)
                {
                    var end = evidence.Start + evidence.Length;
                    if (evidence.Start >= earlier.Start && end <= earlier.End && evidence.Start > ownerAt
                        && PossessesAsset(earlier.Text.AsSpan(end - earlier.Start), name))
                    {
                        owner = (null, candidate.Name, SubjectKinds.Candidate);
                        ownerAt = evidence.Start;
                    }
                }
            }

            // "Arafura Rare Earths has signed an offtake with X and Y ... from its Nolans project": "its" + the asset is the
            // possession of the earlier sentence's subject, the first name it opens with (not a counterparty named between).
            if (itsAsset.Match(earlier.Text) is { Success: true } its
                && earlier.Start + its.Index > ownerAt)
            {
                var first = context.Organisations.Mentions.Where(m => m.Start >= earlier.Start && m.Start < earlier.Start + its.Index && !IsSource(earlier, m.Start))
                    .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
                    .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= earlier.Start && e.Start < earlier.Start + its.Index)
                        .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
                    .OrderBy(a => a.Start)
                    .ToList();
                if (first.Count > 0)
                {
                    owner = first[0].Subject;
                    ownerAt = earlier.Start + its.Index;
                }
            }
        }

        return owner ?? IntroducedAssetOwner(sentence, name, context);
    }

    /// <summary>A sentence opening with an asset's name: "The Ngualla project has", "Ngualla's ore reserve", "The Eneabba
    /// refinery will" (the name, then a possessive or an asset noun), "The plant at Songa will" (an asset noun, "at", the name).</summary>
    private static readonly Regex OpeningAssetRegex = new(
        @"^The\s+(?:processing\s+|separation\s+)?(?:plant|refinery|facility|mine|mill)\s+at\s+(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+\p{Ll}|^(?:The\s+)?(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?:['’]s?\s+\p{Ll}|\s+(?:rare[\s-]earths?\s+)?(?:project|mine|deposit|plant|refinery|facility|operation|smelter|complex)\b)",
        RegexOptions.Compiled);

    /// <summary>From an asset's name to its owner written after it: " project of ", " rare earth mine, owned by ", " deposit held by the ",
    /// " project, owned by Australia-listed ", " mine, owned by Canada's " (a listing or a country's possessive, subject37).</summary>
    private static readonly Regex OwnerAfterAssetRegex = new(
        @"^\s+(?:rare[\s-]earths?\s+)?(?:project|mine|deposit|plant|refinery|operation|prospect)\s*(?:,\s*)?(?:of|(?:which\s+is\s+)?(?:owned|operated|held|developed)\s+by)\s+(?:the\s+)?(?:[\p{L}.]+-(?:listed|based)\s+|\p{Lu}[\p{L}.]*['’]s\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"X, owner of the " / "X, the developer of " right after a name, up to the asset's name.</summary>
    private static readonly Regex OwnerOfAfterNameRegex = new(
        @"^\s*,\s*(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:owner|operator|developer)\s+of\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A buying verb right after a name, at most three words between ("Iluka will buy", "X has agreed to take").</summary>
    private static readonly Regex BuyerVerbAfterNameRegex = new(
        @"^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:buy|buys|bought|purchase|purchases|purchased|take|takes|took|receive|receives|received|import|imports|imported|source|sources|sourced)\b",
        RegexOptions.Compiled);

    /// <summary>"its own cracking and leaching plant at ", "its Malaysian plant in ": "its" a few words before an asset's name.</summary>
    private static readonly Regex ItsAssetBeforeRegex = new(
        @"\bits\s+(?:[\p{L}-]+\s+){0,5}?(?:plant|refinery|facility|mine|mill|project|operation|site|smelter|complex)\s+(?:at|in|near)\s+$",
        RegexOptions.Compiled);

    /// <summary>"from the " right before an asset's name: where bought material comes from.</summary>
    private static readonly Regex FromAssetRegex = new(@"\bfrom\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// An asset the text names without a possessive (§52): "Peak Rare Earths, owner of the Ngualla project" names its owner;
    /// otherwise the asset belongs to the first company named before it in the first sentence that names it ("Peak said it had
    /// signed ... from the Ngualla project", "Iluka, which is building a refinery at Eneabba"), except where that sentence
    /// takes material "from" it with the first company as buyer ("Iluka will buy ... from the Browns Range project"), where it is the
    /// text's first company when that is not the buyer. Null when the text names the asset only in this sentence.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? IntroducedAssetOwner(Sentence sentence, string name, SubjectContext context)
    {
        var word = new Regex(@"(?<![\p{L}-])" + Regex.Escape(name) + @"(?![\p{L}-])");
        // "The Department of Defense guarantees $110 a kilogram for the NdPr oxide from Mountain Pass": a government body that
        // buys from or funds an asset does not own it.
        var actors = context.Organisations.Mentions
            .Where(m => !index.Organisations[m.Id].IsSourceKind && !options.StateBodyKinds.Contains(index.Organisations[m.Id].Kind))
            .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .OrderBy(a => a.Start)
            .ToList();
        foreach (var earlier in context.Sentences!.Sentences)
        {
            if (earlier.Start >= sentence.Start)
            {
                break;
            }

            if (word.Match(earlier.Text) is not { Success: true } found)
            {
                continue;
            }

            var at = earlier.Start + found.Index;
            var inSentence = actors.Where(a => a.Start >= earlier.Start && a.End <= at && !IsSource(earlier, a.Start)).ToList();
            var explicitOwner = inSentence.FindLast(a => OwnerOfAfterNameRegex.IsMatch(earlier.Text.AsSpan(a.End - earlier.Start, at - a.End)));
            if (explicitOwner.Subject.Item2 is not null)
            {
                return explicitOwner.Subject;
            }

            // "a special mining licence for the Ngualla project of Peak Rare Earths", "the Kalulu mine, owned by X": the owner
            // written right after the asset's noun is its owner, not the licensing body named first (§79).
            var ownerAfter = actors.Find(a => a.Start >= at + name.Length && a.Start - earlier.Start <= earlier.Text.Length
                                              && OwnerAfterAssetRegex.IsMatch(earlier.Text.AsSpan(found.Index + name.Length, a.Start - at - name.Length)));
            if (ownerAfter.Subject.Item2 is not null)
            {
                return ownerAfter.Subject;
            }

            if (inSentence.Count == 0)
            {
                return null;
            }

            if (FromAssetRegex.IsMatch(earlier.Text.AsSpan(0, found.Index))
                && BuyerVerbAfterNameRegex.IsMatch(earlier.Text.AsSpan(inSentence[0].End - earlier.Start)))
            {
                var lead = actors.FirstOrDefault(a => a.Start < earlier.Start);
                return lead.Subject.Item2 is not null && lead.Subject != inSentence[0].Subject ? lead.Subject : null;
            }

            // "Fremantle Ports' report shows ..., as Lynas sent more concentrate to its own cracking and leaching plant at
            // Kalgoorlie": an asset introduced a few words after "its" belongs to the name that "its" refers to, the last one before it.
            if (ItsAssetBeforeRegex.Match(earlier.Text[..found.Index]) is { Success: true } its)
            {
                var possessor = inSentence.FindLastIndex(a => a.End <= earlier.Start + its.Index);
                if (possessor > 0 && inSentence.TrueForAll(a => a.Start < earlier.Start + its.Index))
                {
                    return inSentence[possessor].Subject;
                }
            }

            // "Mkango Resources signed an agreement under which subsidiary Mkango Malawi Ltd will deliver 2,000 t ... from the Songwe
            // Hill mine": the unit acting in its own clause before the asset works it, not the parent named first.
            var unit = inSentence.FindLastIndex(a => UnitAppositiveBefore(earlier.Text.AsSpan(0, a.Start - earlier.Start))
                                                     && ActsAfterNameRegex.IsMatch(earlier.Text.AsSpan(a.End - earlier.Start, at - a.End)));
            if (unit > 0)
            {
                return inSentence[unit].Subject;
            }

            return inSentence[0].Subject;
        }

        return null;
    }

    /// <summary>
    /// Whether the text right after a name is its possessive of the asset <paramref name="asset"/> ("'s Ngualla project",
    /// "' Mount Weld mine"): an apostrophe, an optional s, white space, the asset's name as a whole word, and no further
    /// capitalised word (then the asset is a longer name).
    /// </summary>
    private static bool PossessesAsset(ReadOnlySpan<char> after, string asset)
    {
        if (after.Length == 0 || after[0] is not ('\'' or '’'))
        {
            return false;
        }

        var i = after.Length > 1 && after[1] == 's' ? 2 : 1;
        var spaces = i;
        while (i < after.Length && char.IsWhiteSpace(after[i]))
        {
            i++;
        }

        if (i == spaces || !after[i..].StartsWith(asset, StringComparison.Ordinal))
        {
            return false;
        }

        i += asset.Length;
        if (i < after.Length && (char.IsLetterOrDigit(after[i]) || after[i] == '_'))
        {
            return false;
        }

        var next = i;
        while (next < after.Length && char.IsWhiteSpace(after[next]))
        {
            next++;
        }

        return next == i || next == after.Length || !char.IsUpper(after[next]);
    }

    /// <summary>The organisation or candidate named earlier in the text whose name begins with the sentence's opening name
    /// followed by more words ("Cyclic" for "Cyclic Materials"); the latest, or null.</summary>
    private (string? Id, string? Name, string? Kind)? ShortNameOf(Sentence sentence, SubjectContext context)
    {
        if (OpeningNameRegex.Match(sentence.Text) is not { Success: true } opening
            || TonnageLexicon.NoiseOpeners.Contains(opening.Groups["name"].Value.Split(' ')[0]))
        {
            return null;
        }

        var prefix = opening.Groups["name"].Value + " ";
        (string? Id, string? Name, string? Kind)? found = null;
        var foundAt = -1;
        foreach (var mention in context.Organisations.Mentions)
        {
            var name = index.Organisations[mention.Id].Name;
            if (mention.End <= sentence.Start && mention.Start > foundAt && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                found = (mention.Id, name, SubjectKinds.Organisation);
                foundAt = mention.Start;
            }
        }

        foreach (var candidate in context.Candidates)
        {
            foreach (var evidence in candidate.Evidence)
            {
                if (evidence.Start + evidence.Length <= sentence.Start && evidence.Start > foundAt && candidate.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    found = (null, candidate.Name, SubjectKinds.Candidate);
                    foundAt = evidence.Start;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The organisation or country the figure is about: after an anaphor ("The state miner", "It", "the company" before the
    /// figure) the article's main organisation so far; else the grammatical subject among the organisations (known or
    /// candidate) before the figure: the first one, skipping a source ("according to X", "X said Y will ...",
    /// "X chief executive Jane Doe said Y will ...") when another follows; else in a passive sentence the agent after the
    /// figure ("... were shipped by X"); else the first country before the figure that is not a destination or origin
    /// ("to the United States"); "The country" is the article's main country so far; else the subject of the previous
    /// sentence's figure. A figure "for" a unit of the subject is the unit's ("for Lynas Malaysia"); a quota, export or
    /// import figure of a ministry or state agency is its country's.
    /// </summary>
    private (string? Id, string? Name, string? Kind) Subject(Sentence sentence, Quantity quantity, string measure, SubjectContext context, bool seizure = false)
    {
        // "Vietnam produced 4,100 tonnes last year, the General Statistics Office said on Thursday, up from 1,200 tonnes in 2024":
        // the older value a figure is compared with is the same holder's, not the speaker's named in between.
        if (context.PreviousInSentence is { SubjectName: not null } compared && context.PreviousFigureEnd > 0
            && ComparedFromBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && NamesIn(sentence, context.Organisations, context.Candidates)
                .Where(n => n.Start >= context.PreviousFigureEnd && n.Start < quantity.NumberStart)
                .All(n => SpeakerAfterNameRegex.IsMatch(sentence.Text.AsSpan(n.End))))
        {
            return (compared.SubjectId, compared.SubjectName, compared.SubjectKind);
        }

        if (EstimateForCountry(sentence, quantity, context) is { } estimated)
        {
            return estimated; // "the U.S. Geological Survey cut its own estimate for Vietnam to 3.5 million tons": Vietnam (dev12 P24; round2b)
        }

        if ((measure is Measures.Import or Measures.Export) && PassiveTradeCountry(sentence, quantity, measure, context) is { } passiveTrader)
        {
            return passiveTrader; // "As per DGCI&S data, 53,748 tonnes of magnets were imported into India in 2025-26": India (subject35)
        }

        if (OwnerAfterFigure(sentence, quantity, context) is { } figureOwner)
        {
            return figureOwner; // "It ruled that 640 tonnes of carbonate held in a warehouse in Rotterdam belonged to Hanse": Hanse (subject35)
        }

        if (PossessorOfDemand(sentence, quantity, context) is { } demander)
        {
            return demander; // "roughly 18pc of the EU's current demand of about 39,000 t/yr": the EU, not the sentence's company
        }

        if (HolderNamedNext(sentence, quantity, context) is { } holder)
        {
            return holder; // "X reported a resource of 18 Mt at its Kolari project. ... The project is owned by Z Oy, the venture ...": Z
        }

        if (measure is Measures.Resource or Measures.Reserve or Measures.Production or Measures.Capacity or Measures.Quota
            && NamedAssetHolder(sentence, quantity, context) is { } assetHolder)
        {
            return assetHolder; // "The Songwe Project is held by Lancaster Exploration Limited, a subsidiary ... Proven | 8.5 | 137.7": Lancaster (subject36)
        }

        if (AwardRecipient(sentence, quantity, context) is { } awardee)
        {
            return awardee; // "The Department of Defense has awarded X US$22.4 million ... The award supports a first phase with capacity of 2,000 t": X
        }

        if (GovernmentVehicle(sentence, quantity, context) is { } vehicle)
        {
            return vehicle; // "The Australian government will use its ... Strategic Reserve to buy ... The reserve will also build a stockpile of 100 t": AU
        }

        // Before the generic-opener rules: "Under the scheme, each selected bidder can build up to 1,200 tonnes".
        if (NationalScheme(sentence, quantity, context) is { } scheme)
        {
            return scheme; // "the Rs 7,280 crore scheme, which targets 6,000 tonnes per annum": the country's
        }

        // "A single 15-megawatt turbine uses roughly 9 tonnes of magnets, according to industry estimates": what a generic
        // unit needs is nobody's; the previous sentence's company is not carried to it.
        // "Every direct-drive turbine of the kind X and Y now install carries roughly 9 tonnes of magnets": makers named only as
        // examples of the generic unit do not own its figure (§72).
        if ((measure == Measures.Intensity || UnitCarriesBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            && GenericUnitOpenerRegex.IsMatch(sentence.Text)
            && NamesIn(sentence, context.Organisations, context.Candidates)
                .TrueForAll(n => n.Start < quantity.NumberStart && ExampleOfUnitBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, n.Start))))
        {
            return (null, null, null);
        }

        // "Its chief executive said the average wind turbine contains about 650 kg of magnets per megawatt", "X said a typical
        // electric car uses 1-2 kg": a generic unit a speaker describes after the speech verb is nobody's either, not the
        // speaker's company's; the speaker is the only name, written before the verb (§79).
        if ((measure == Measures.Intensity || UnitCarriesBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            && SaidGenericUnitRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } said
            && NamesIn(sentence, context.Organisations, context.Candidates) is var sayers
            && sayers.TrueForAll(n => n.End <= said.Index)
            && (said.Groups["general"].Success || (sayers.Count == 0 && measure == Measures.Intensity)))
        {
            return (null, null, null);
        }

        // "with Japan, Vietnam and the United States adding about 40,000 tonnes of new capacity between them", "Brazil and Australia
        // combined could mine 30,000 tonnes": a sum over two or more countries is nobody's, not the first country's (§79, the
        // annotators' sum-over-countries convention). No organisation before the figure.
        if ((SumOverThemAfterRegex.IsMatch(sentence.Text[quantity.End..]) || CombinedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && context.Countries.Where(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart
                                            && !PossessiveAfter(sentence, m))
                .Select(m => m.Id).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            return (null, null, null);
        }

        // "Vestas and Siemens Gamesa together installed turbines needing some 11,000 tonnes of magnets", "X and Y combined
        // produce about 9,000 tonnes": a sum over two or more named organisations is nobody's, not the first one's (§88,
        // dev5's summed-over-companies convention).
        if (CombinedBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } combined
            && NamesIn(sentence, context.Organisations, context.Candidates) is var summed
            && summed.Exists(n => n.Start > combined.Index && n.Start < combined.Index + combined.Length)
            && summed.Exists(n => n.End <= combined.Index)
            && !summed.Exists(n => n.Start >= combined.Index + combined.Length && n.Start < quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "HyProMag estimates that the UK throws away more than 1,000 tonnes of scrap magnets a year": a country opening the
        // clause a speaker's "estimates/says that" reports, no name after it before the figure, is the figure's subject,
        // not the speaker (§88).
        if (ReportedCountryClauseRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } reported
            && context.Countries.FirstOrDefault(m => m.Length > 0 && !m.Dateline && m.Start == sentence.Start + reported.Groups["country"].Index) is { } reportedCountry
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start > reported.Groups["country"].Index && n.Start < quantity.NumberStart)
            && index.Countries.TryGetValue(reportedCountry.Id, out var reportedEntry))
        {
            return (reportedCountry.Id, reportedEntry.Name, SubjectKinds.Country);
        }

        // "The company said there are about 50,000 tonnes of magnets in drives and motors discarded each year worldwide": what
        // exists in the whole world is nobody's, not the speaker's (§79).
        if (ThereAreBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } there
            && WorldAfterRegex.IsMatch(sentence.Text[quantity.End..])
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= there.Index && n.Start < quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "Licences issued in October covered 2,870 tonnes ... Traders in Ganzhou said dysprosium and terbium compounds made up
        // less than 100 tonnes of the October total": a share "of the ... total", with no name before it, is a part of the text's
        // last figure and has its holder, not the unnamed traders' nobody (§75).
        if (ShareOfTotalAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End))
            && context.LastFact is { SubjectName: not null } whole
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart))
        {
            return (whole.SubjectId, whole.SubjectName, whole.SubjectKind);
        }

        // "In Sichuan, Liangshan smelters made 2,400 tonnes", "Magnet makers in Ningbo bought roughly 300 tonnes": a sentence
        // whose subject is a group of unnamed producers, buyers or traders, with
        // no organisation or country named in it, is about them, not the previous sentence's company.
        if (GenericProducersOpenerRegex.IsMatch(sentence.Text)
            && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0
            && !context.Countries.Any(m => m.Length > 0 && m.Start >= sentence.Start && m.Start < sentence.Start + sentence.Text.Length))
        {
            return (null, null, null);
        }

        // "Inventories at separation plants in Inner Mongolia fell to 5,600 tonnes", "European magnet makers together produced
        // about 1,200 tonnes": stocks or output of unnamed plants, or what a group of unnamed makers did together, with no name
        // and no country before the figure, is nobody's, not the previous sentence's company.
        if (UnnamedGroupOpenerRegex.IsMatch(sentence.Text)
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "PrNd metal output in Baotou and Ganzhou was estimated at 7,300 t": output of several places (no country) with no name
        // in the sentence is a regional total, nobody's, not the previous sentence's company (§65).
        if (RegionalTotalOpenerRegex.IsMatch(sentence.Text)
            && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + sentence.Text.Length))
        {
            return (null, null, null);
        }

        // "Baotou now hosts 26 magnet producers with combined capacity of roughly 140,000 tonnes": unnamed makers' combined
        // figure; "X estimated that robots would add 14,000 tonnes of magnet demand": demand unnamed users add, not the
        // forecaster's (§65). No name between the cue and the figure.
        if ((CombinedUnnamedBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } group
             && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= sentence.Start + group.Index && n.Start < sentence.Start + quantity.NumberStart))
            || (UnnamedAddsDemandBeforeRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } adds
                && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= sentence.Start + adds.Index && n.Start < sentence.Start + quantity.NumberStart)
                && DemandAfterRegex.IsMatch(sentence.Text[quantity.End..])))
        {
            return (null, null, null);
        }

        // "Japanese magnet makers as a group consumed 9,500 tonnes", "German carmakers bought about 2,000 tonnes": what unnamed
        // buyers of one nationality consume or buy is market demand, nobody's, not the demonym's country (§60); what they
        // produce or import stays the country's.
        if (DemonymBuyersOpenerRegex.Match(sentence.Text) is { Success: true } buyers
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start + buyers.Groups["rest"].Index
                                           && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "The wind sector alone will need 25,000 tonnes a year, according to X": a whole sector or market opening the
        // sentence, with no name or country before the figure, is nobody's (not the previous sentence's company).
        if (GenericSectorOpenerRegex.IsMatch(sentence.Text)
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "Supply, including new projects in Australia, Brazil and the US, is forecast to reach 104,000 tonnes in 2030": a market's
        // supply or demand opening the sentence, with no name before the figure, is nobody's; countries in an "including" aside
        // are where it comes from.
        if ((MarketOpenerRegex.IsMatch(sentence.Text) || UnnamedHoldersStocksOpenerRegex.IsMatch(sentence.Text))
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "In 2025 the city produced 55,000 tonnes of NdFeB magnet blanks": what a city, province or county makes as a whole,
        // with no name before the figure, is nobody's (a regional total, dev5's convention), not the previous sentence's
        // company; "the country" stays the country's (§88).
        if ((LocalityActsBeforeRegex.IsMatch(sentence.Text[..quantity.NumberStart]) || LocalityAimsBeforeRegex.IsMatch(sentence.Text[..quantity.NumberStart])
             || DatelineCityTotal(sentence, quantity, context))
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (null, null, null);
        }

        // "One European trader sold a 250 kg lot of dysprosium oxide to a Japanese buyer": one unnamed trader's deal is nobody's,
        // not the previous sentence's market, and the buyer's country is where it went.
        if (UnnamedTraderOpenerRegex.IsMatch(sentence.Text) && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0)
        {
            return (null, null, null);
        }

        // "About 300 mt traded in eastern China, with one Jiangxi separator selling 80 mt to a magnet maker in Ningbo": one
        // unnamed trader or producer acting in a later clause, right before the figure, is nobody's deal too (subject34).
        if (UnnamedTraderInClauseRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } oneTrader
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= oneTrader.Index && n.Start < quantity.NumberStart))
        {
            return (null, null, null);
        }

        if (WithParticipleActor(sentence, quantity, context) is { } participant)
        {
            return participant; // "..., with Sona Comstar winning the largest block of 1,500 tonnes a year": Sona Comstar (subject35)
        }

        // "Terbium metal prices in Rotterdam eased ..., as about 1.5 tonnes changed hands between traders": a market's trade,
        // with no name or country in its sentence, is nobody's (not the dateline's country, nor the previous sentence's).
        if (measure == Measures.Sales && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + sentence.Text.Length)
            && Tokenizer.Tokenize(sentence.Text) is var tokens && Enumerable.Range(0, tokens.Count).Any(w => IsTradeVerb(tokens, w)))
        {
            return (null, null, null);
        }

        if (measure != Measures.Offtake && PlantRunByInSentence(sentence, quantity, context) is { } runBy)
        {
            return runBy; // "X said its Belfast plant, run by subsidiary Y, produced 4.8 tonnes": Y
        }

        if (DefinedTermActor(sentence, quantity, measure, context) is { } definedHolder)
        {
            return definedHolder; // "X Inc. (\"the Corporation\") ... The Corporation's Narva plant is designed for 2,000 t": X
        }

        // "A (CFO): We sold 48 tonnes of NdFeB magnets in the quarter, most of it to General Motors", "We bought 60 tonnes from
        // X's German unit and we hold ... inventory, which is around 170 tonnes": in a call's transcript, a figure whose clause
        // an executive's "we" opens, after every name and country written before the figure, is the call's company; customers
        // and suppliers named around it are not (subject34).
        var lastNamed = NamesIn(sentence, context.Organisations, context.Candidates).Select(n => n.End)
            // "Our Kallio plant in Finland produced 3,150 tonnes": a country written as the site of the company's own plant names no other party.
            .Concat(context.Countries.Where(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.End <= sentence.End && !InBefore(sentence, m.Start)).Select(m => m.End - sentence.Start))
            .Where(end => end <= quantity.NumberStart)
            .DefaultIfEmpty(0).Max();
        var weOpens = WeOpensClauseRegex.IsMatch(sentence.Text.AsSpan(lastNamed, quantity.NumberStart - lastNamed));
        if (context.CallCompany is { } caller && weOpens)
        {
            return caller;
        }

        // "RAHUL MENON (CTO, Noveon Magnetics): Right. Our recycled feed this year will be close to 700 tonnes", later "MENON: We
        // could ...": in a panel's or podcast's transcript, the "we" of a speaker's turn is the company in the brackets after
        // the speaker's name, in every sentence of the turn and in later turns under the same name (subject36).
        if (weOpens && TurnCompany(sentence, context) is { } speakerCompany)
        {
            return speakerCompany;
        }

        if (UnitAnaphor(sentence, quantity, context) is { } namedUnit)
        {
            return namedUnit; // "X, the Estonian arm of the group, separated 2,400 t. ... 950 tonnes of the unit's output": X
        }

        if (DescribedActor(sentence, quantity, context) is { } described)
        {
            return described; // "a move the carmaker said would cut its dysprosium use by 40 t": the carmaker named before
        }

        if (VentureAnaphor(sentence, quantity, context) is { } venture)
        {
            return venture; // "X and Y's venture, Z Ltd, ... The venture will turn out 3,400 tonnes": Z
        }

        if (VenturePlant(sentence, quantity, context) is { } venturePlant)
        {
            return venturePlant; // "... a venture, Z Co., which will own and operate the facility. The Ulsan plant is designed to take 1,600 t": Z
        }

        if (VentureBuiltPlant(sentence, quantity, context) is { } ventureBuilt)
        {
            return ventureBuilt; // "X and Y have formed a joint venture to build a refinery ... The venture, Z Co, ... Its refinery is to have capacity of 3,000 t/y": Z
        }

        if (PlantOwnerNamedNext(sentence, quantity, context) is { } ownerNext)
        {
            return ownerNext; // "A Chinese-backed plant in Laos ... can produce 3,600 t. The plant, owned by X, ...": X
        }

        if (PlantOfPreviousOperator(sentence, quantity, context) is { } plantOperator)
        {
            return plantOperator; // "X began production at its plant in Y. The plant, owned by Germany's P, will make 1,500 t": X
        }

        if (PlantOperator(sentence, quantity, context) is { } operatorOfPlant)
        {
            return operatorOfPlant; // "its plant at Ochang, operated by subsidiary KSM Metals, ... The plant has a nameplate of 2,200 t": KSM Metals
        }

        if (measure != Measures.Offtake && PlantOfOpeningCompany(sentence, quantity, context) is { } plantHolder)
        {
            return plantHolder; // "X opened its magnet plant ... GM said ... In its first year the plant will import 400 t": X
        }

        // "MP Materials Corp. third-quarter earnings call - transcript excerpt. ... James Litinsky (CEO): Upstream we produced
        // 13,254 metric tons": in a call's transcript, a figure whose sentence names nobody is the company holding the call,
        // whether an executive says "we" or an analyst says "you did 2,004 tonnes".
        // "Our South Carolina plant, run by X, will ship 90 tonnes. The line is built for 1,500 tonnes a year": a sentence that
        // goes on about the previous sentence's other holder, with no "we" of its own before the figure, keeps it (subject34).
        if (context.CallCompany is { } call
            && (context.Previous.Name is null || context.Previous.Name == call.Name
                || WeOpensClauseRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
            && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0
            && !context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.End))
        {
            return call;
        }


        // "BROKER - EQUITY RESEARCH. X Corp. (NASDAQ: XX): Initiating coverage ... The project in Greenland hosts 45 Mt ... We
        // model production of 85,000 tpa": in a research note, a figure whose sentence names nobody is the covered company's
        // (the broker's model of it), not the country where its project lies (§72).
        if (context.CoveredCompany is { } covered && NamesIn(sentence, context.Organisations, context.Candidates).Count == 0)
        {
            return covered;
        }

        if (QuotedSpeakerOrganisation(sentence, quantity, context) is { } speaking)
        {
            return speaking; // "'We shipped 300 tonnes in May,' said Anna Li, chief executive of X": X
        }

        if (FrontedCounterpartiesActor(sentence, quantity, context) is { } fronted)
        {
            return fronted; // "Together with existing agreements with X for 700 tpa and with Y for 300 tpa, Z has now contracted 1,800 tpa": Z
        }

        if (measure is Measures.Other or Measures.Production or Measures.Capacity && TolledFor(sentence, quantity, context) is { } owner)
        {
            return owner; // "IREL handled 11,400 t of monazite, of which 4,300 t was processed for Toyotsu Rare Earths India": the owner
        }

        // "China Rare Earth Group the remaining 82,000 tonnes, which include the entire medium and heavy allocation of 19,150
        // tonnes": a relative clause on the sentence's previous figure, naming nobody, is a part of it and has its holder (§83).
        if (context.PreviousInSentence is { SubjectName: not null } containing && context.PreviousFigureEnd > 0
            && context.PreviousFigureEnd < quantity.NumberStart
            && FigureRelativeClauseRegex.IsMatch(sentence.Text.AsSpan(context.PreviousFigureEnd, quantity.NumberStart - context.PreviousFigureEnd))
            && !NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= context.PreviousFigureEnd && n.Start < quantity.NumberStart)
            && !context.Countries.Any(m => m.Length > 0 && m.Start >= sentence.Start + context.PreviousFigureEnd && m.Start < sentence.Start + quantity.NumberStart))
        {
            return (containing.SubjectId, containing.SubjectName, containing.SubjectKind);
        }

        var subject = SubjectOfSentence(sentence, quantity, measure, context);
        if (measure == Measures.Offtake && ReceivedFrom(sentence, quantity, context) is { } supplier)
        {
            return supplier; // "SRC said it had received 300 tonnes of monazite from Prairie Minerals Inc": the supplier
        }

        if (measure == Measures.Offtake && HiredSupplier(sentence, quantity, context) is { } hired)
        {
            return hired; // "The agency contracted state miner X to supply 500 tonnes": the supplier (§37)
        }

        if (measure == Measures.Offtake && BoughtFrom(sentence, quantity, context) is { } seller)
        {
            return seller; // "X agreed to buy 2,400 t of magnets over six years from Slovenian producer Y": the supplier
        }

        if (AgreementCounterpartiesOnly(sentence, quantity, subject, context) is { } party)
        {
            return party; // "Earlier agreements cover 1,000 tpa with X and 800 tpa with Y": the story's company, not X or Y
        }

        if (measure == Measures.Offtake && OnlyCounterparty(sentence, quantity, subject, context))
        {
            // "• Offtake agreement with Schaeffler for 1,000 tpa of NdPr oxide" (a release's highlights, before the company is
            // named): the one name, after "agreement with", is the customer; the supplier is the article's main organisation.
            var others = context.Organisations.Mentions.Where(m => m.Id != subject.Id).Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
                .Concat(context.Candidates.Where(c => c.Name != subject.Name).SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
                .ToList();
            return MostMentioned(others, sentence.Start) is { } main
                ? main.StartsWith("o:", StringComparison.Ordinal)
                    ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation)
                    : (null, main[2..], SubjectKinds.Candidate)
                : (null, null, null);
        }

        // "Critical Metals Corp's Tanbreez project ... 2026: The EU names Tanbreez a strategic project; the resource is upgraded
        // to 45 million tonnes": a state body that names, lists or backs a project is no holder of the project's figures; the
        // company whose possession the text wrote the project as is (subject34).
        if (StateBodySubject(subject, context) && measure is Measures.Resource or Measures.Reserve or Measures.Production or Measures.Capacity
            && StateActsOnProjectRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && OwnerOfAssetNamedIn(sentence, quantity, context) is { } projectOwner)
        {
            return projectOwner;
        }

        if (subject.Kind == SubjectKinds.Organisation && subject.Id is { } regulator
            && options.StateBodyKinds.Contains(index.Organisations[regulator].Kind)
            && PermittedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && Licensee(sentence, quantity, context) is { } licensee)
        {
            return licensee; // "The AELB renewed X's licence, allowing the Gebeng plant to process up to 10,500 tonnes": X
        }

        // "The AELB renewed the licence of X's plant on condition that it removes the residue stored on site, which totals
        // about 1.1 million tonnes", "the agency ordered X to cut its stockpile of 300,000 t": what a regulator's condition or
        // order is about is the licensee's, a company named in the sentence before the figure (§83).
        if (StateBodySubject(subject, context)
            && ConditionOnLicenseeBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))
            && Licensee(sentence, quantity, context) is { Name: not null } conditioned
            && Actors(sentence, context).Exists(a => a.Name == conditioned.Name && a.Start < sentence.Start + quantity.NumberStart))
        {
            return conditioned;
        }

        if (subject.Kind == SubjectKinds.Organisation && subject.Id is { } id)
        {
            if ((UnitAfterFor(sentence, quantity, id, context.Organisations) ?? UnitNamedBefore(sentence, quantity, id, context.Organisations)
                 ?? UnitByNationality(sentence, quantity, id) ?? UnitByParentNoun(sentence, quantity, id, context.Organisations)) is { } unit)
            {
                return (unit.Id, unit.Name, SubjectKinds.Organisation);
            }

            var body = index.Organisations[id];
            if (options.StateBodyKinds.Contains(body.Kind)
                && (NationalFor(body.Kind, measure) || seizure || (GovernmentNameRegex.IsMatch(body.Name) && options.PolicyMeasures.Contains(measure)))
                && body.CountryCode is { } code && index.Countries.TryGetValue(code, out var country))
            {
                return (code, country.Name, SubjectKinds.Country);
            }
        }
        else if (subject.Name is null && measure is Measures.Export or Measures.Import
                 && CountryBeforeTradeWord(sentence, measure, context.Countries) is { } trader)
        {
            // "fewer than 10 tonnes had cleared Chinese export licensing": the country that qualifies the export word.
            return (trader, index.Countries[trader].Name, SubjectKinds.Country);
        }
        else if (subject.Name is null && measure is Measures.Export or Measures.Import)
        {
            // "Exports of NdFeB magnets from Japan to Germany fell to 640 tonnes": nobody else named, the origin of exports
            // (the destination of imports) is the subject.
            var numberAt = sentence.Start + quantity.NumberStart;
            foreach (var mention in context.Countries)
            {
                if (mention.Length > 0 && mention.Start >= sentence.Start && mention.Start < numberAt
                    && RoutePreposition(sentence, mention.Start) is { } preposition
                    && (measure == Measures.Export ? preposition == "from" : preposition is "to" or "into")
                    && index.Countries.TryGetValue(mention.Id, out var route))
                {
                    return (mention.Id, route.Name, SubjectKinds.Country);
                }
            }
        }
        else if (subject.Kind == SubjectKinds.Candidate && (options.NationalMeasures.Contains(measure) || options.PolicyMeasures.Contains(measure)))
        {
            // "Vietnam's Ministry of Industry and Trade said exports totalled ...": a state body the gazetteer does not hold.
            var body = context.Candidates.FirstOrDefault(c => c.Name == subject.Name);
            if (body is { KindHint: { } kind, CountryCode: { } code } && options.StateBodyKinds.Contains(kind) && (NationalFor(kind, measure) || seizure)
                && index.Countries.TryGetValue(code, out var country))
            {
                return (code, country.Name, SubjectKinds.Country);
            }

            // "LILONGWE -- ... The Ministry of Mining expects rare earth exports to reach 50,000 tonnes": a state body whose
            // country the text does not attach is of the article's main country.
            if (body is { KindHint: { } bodyKind, CountryCode: null } && options.StateBodyKinds.Contains(bodyKind) && (NationalFor(bodyKind, measure) || seizure)
                && MostMentioned(context.Countries, sentence.Start + quantity.NumberStart) is { } main && index.Countries.TryGetValue(main, out var mainCountry))
            {
                return (main, mainCountry.Name, SubjectKinds.Country);
            }
        }

        return subject;
    }

    /// <summary>A research note's opening: "EQUITY RESEARCH", "Initiating coverage", "research note".</summary>
    private static readonly Regex ResearchNoteOpeningRegex = new(@"(?i)\b(?:equit(?:y|ies)\s+research|research\s+note|broker(?:['’]s)?\s+note|initiat(?:ing|es?|ed)\s+coverage)\b", RegexOptions.Compiled);

    /// <summary>From the previous figure: its own words (no clause break), then ", which include(s)/contain(s)/comprise(s)" up to the figure.</summary>
    private static readonly Regex FigureRelativeClauseRegex = new(
        @"^[^,;.]*,\s+(?:which|that)\s+(?:include|includes|included|contain|contains|contained|comprise|comprises|comprised)\b[^,;]*$", RegexOptions.Compiled);

    /// <summary>
    /// A research note's section line that opens with a company and its listing code ("Lynas (LYC) - Neutral, TP A$10.10",
    /// "Arafura Rare Earths (ASX: ARU) - Outperform"): the company the section covers. Null for any other line.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? NoteSectionCompany(Sentence sentence, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        var first = NamesIn(sentence, organisations, candidates).OrderBy(n => n.Start).FirstOrDefault(n => n.End > 0);
        if (first.End == 0 || sentence.Text[..first.Start].Trim().Trim('•', '-', '*').Trim().Length > 0
            || !TickerAfterNameRegex.IsMatch(sentence.Text.AsSpan(first.End)))
        {
            return null;
        }

        var at = sentence.Start + first.Start;
        if (organisations.Mentions.FirstOrDefault(m => m.Start == at) is { } org)
        {
            return (org.Id, index.Organisations[org.Id].Name, SubjectKinds.Organisation);
        }

        return candidates.FirstOrDefault(c => c.Evidence.Any(e => e.Start == at)) is { } candidate ? (null, candidate.Name, SubjectKinds.Candidate) : null;
    }

    /// <summary>From a bank's name up to the company's: " has raised its forecast for ", " cut its estimates for ", " lifted
    /// its 2027 output forecast for ".</summary>
    private static readonly Regex RevisedForecastForRegex = new(
        @"^\s+(?:has\s+|have\s+|on\s+\p{Lu}\p{Ll}+\s+)?(?:raised|lifted|increased|upgraded|cut|lowered|trimmed|reduced|downgraded|revised)\s+(?:its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:forecasts?|estimates?|projections?|outlook)\s+(?:for|of|on)\s+$",
        RegexOptions.Compiled);

    /// <summary>
    /// "Jefferies has raised its forecast for MP Materials' 2027 NdPr oxide output to 7,400 tonnes": a story whose opening
    /// sentence reports a bank revising its forecast for a named company is about the bank's model of that company, like a
    /// research note (subject35); its later figures in sentences naming nobody ("The bank now expects the largest U.S. rare
    /// earth miner to produce ...", "the analysts model sales of 850 t") are the company's. The reviser must be a bank.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? RevisedForecastCompany(Sentence first, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        var names = NamesIn(first, organisations, candidates).OrderBy(n => n.Start).ToList();
        for (var k = 0; k + 1 < names.Count; k++)
        {
            var bankAt = first.Start + names[k].Start;
            if (organisations.Mentions.FirstOrDefault(m => m.Start == bankAt) is not { } bank
                || index.Organisations[bank.Id] is not { Kind: "other" } bankEntry || !bankEntry.Roles.Contains("bank", StringComparer.Ordinal)
                || !RevisedForecastForRegex.IsMatch(first.Text.AsSpan(names[k].End, names[k + 1].Start - names[k].End)))
            {
                continue;
            }

            var at = first.Start + names[k + 1].Start;
            if (organisations.Mentions.FirstOrDefault(m => m.Start == at) is { } org)
            {
                return index.Organisations[org.Id] is var entry && !entry.IsSourceKind && !options.StateBodyKinds.Contains(entry.Kind)
                    ? (org.Id, entry.Name, SubjectKinds.Organisation)
                    : null;
            }

            return candidates.FirstOrDefault(c => c.Evidence.Any(e => e.Start == at)) is { } candidate
                ? (null, candidate.Name, SubjectKinds.Candidate)
                : null;
        }

        return null;
    }

    /// <summary>"initiates coverage of ", "resume coverage on ": right before the covered company's name.</summary>
    private static readonly Regex CoverageOfBeforeRegex = new(@"(?i)\bcoverage\s+(?:of|on)\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>A listing right after a name: " (NASDAQ: CRML)", " (ASX: ARU)", " (TSX-V: ABC)", or the bare code a note heads
    /// its company with (" (ARU)").</summary>
    private static readonly Regex TickerAfterNameRegex = new(@"^\.?\s*\((?:(?:[A-Z]{2,6}(?:[- ][A-Z]{1,4})?)\s*:\s*[A-Z0-9.]{1,8}|[A-Z]{2,5})\)", RegexOptions.Compiled);

    /// <summary>
    /// The company a broker's research note covers: the text's first three sentences name a research note ("EQUITY
    /// RESEARCH", "Initiating coverage"), and the first name in them followed by its listing ("X Corp. (NASDAQ: XX)") is
    /// the covered company. Null for any other text.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? ResearchNoteCompany(SentenceIndex sentences, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        var opening = sentences.Sentences.Take(3).ToList();
        // The headline may be the text's first sentence: the story's own first sentence is among the first three.
        if (opening.Select(s => RevisedForecastCompany(s, organisations, candidates)).FirstOrDefault(c => c is not null) is { } revised)
        {
            return revised;
        }

        if (opening.Count == 0 || !opening.Exists(s => ResearchNoteOpeningRegex.IsMatch(s.Text)))
        {
            return null;
        }

        foreach (var s in opening)
        {
            foreach (var name in NamesIn(s, organisations, candidates))
            {
                var after = s.Text[name.End..];
                if (after.Trim().Length == 0 && opening.IndexOf(s) + 1 < opening.Count)
                {
                    after = opening[opening.IndexOf(s) + 1].Text;
                }

                // "Jefferies initiates coverage of USA Rare Earth with a Buy rating": the name right after "coverage of" (§83).
                if (!TickerAfterNameRegex.IsMatch(after) && !CoverageOfBeforeRegex.IsMatch(s.Text.AsSpan(0, name.Start)))
                {
                    continue;
                }

                var at = s.Start + name.Start;
                if (organisations.Mentions.FirstOrDefault(m => m.Start == at) is { } org)
                {
                    return (org.Id, index.Organisations[org.Id].Name, SubjectKinds.Organisation);
                }

                if (candidates.FirstOrDefault(c => c.Evidence.Any(e => e.Start == at)) is { } candidate)
                {
                    return (null, candidate.Name, SubjectKinds.Candidate);
                }
            }
        }

        return null;
    }

    /// <summary>A defined term in parentheses right after a name: (the "Company"), ("Neo" or "the Corporation"), ("the Supplier").</summary>
    private static readonly Regex DefinedTermRegex = new(
        @"^(?<gap>[\s,]*(?:(?:Ltd|Limited|Inc|Corp|Corporation|Plc|PLC|Co|LLC|SA|AG|AB|Oy|OÜ|GmbH|NV|BV|Pty|ASA)\.?[\s,]*){0,2})\(\s*(?:[""“][^""”()]{1,40}[""”]\s*(?:,|or|and)\s*)?(?:the\s+[""“]|[""“]the\s+)(?<term>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)[""”]\s*\)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The role words a filing defines for organisations: "Neo Performance Materials Inc. (\"Neo\" or \"the Corporation\")",
    /// "Less Common Metals Ltd (the \"Supplier\")": the word (Corporation, Supplier) names that organisation wherever the
    /// text writes "the Corporation" or "the Supplier" later. A term right after anything but a name ("the Facility") is none.
    /// </summary>
    private Dictionary<string, (string? Id, string? Name, string? Kind)> DefinedTerms(SentenceIndex sentences, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        var terms = new Dictionary<string, (string? Id, string? Name, string? Kind)>(StringComparer.Ordinal);
        foreach (var s in sentences.Sentences)
        {
            var names = organisations.Mentions.Where(m => m.Start >= s.Start && m.End <= s.End && m.Length > 0)
                .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
                .Concat(candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= s.Start && e.Start + e.Length <= s.End)
                    .Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))));
            foreach (var name in names)
            {
                if (DefinedTermRegex.Match(s.Text[(name.End - s.Start)..]) is { Success: true } defined
                    && !defined.Groups["term"].Value.Equals(name.Subject.Item2, StringComparison.OrdinalIgnoreCase))
                {
                    terms.TryAdd(defined.Groups["term"].Value, name.Subject);
                }
            }
        }

        return terms;
    }

    /// <summary>"the Corporation's", "The Supplier will deliver": a defined term written before the figure, at a word boundary.</summary>
    private static readonly Regex TheTermRegex = new(@"\b[Tt]he\s+(?<term>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A supply verb right after a defined term: "the Supplier will deliver", "the Seller shall supply".</summary>
    private static readonly Regex SupplyVerbAfterTermRegex = new(
        @"^\s+(?:(?:will|shall|would|is\s+to|agreed\s+to|has\s+agreed\s+to|must)\s+)?(?:deliver|supply|sell|ship|provide)(?:s|ed)?\b", RegexOptions.Compiled);

    /// <summary>
    /// "The Corporation's Narva magnet plant (the \"Narva Plant\") is designed for 2,000 tonnes", "the Supplier will deliver not
    /// less than 150 metric tons": in a filing that defines the term for a name, the first defined term before the figure,
    /// with no organisation named before the figure, is that organisation (not the unit the sentence before was about). An
    /// offtake only when the term supplies ("the Supplier will deliver"). Null otherwise.
    /// </summary>
    private static (string? Id, string? Name, string? Kind)? DefinedTermActor(Sentence sentence, Quantity quantity, string measure, SubjectContext context)
    {
        if (context.DefinedTerms.Count == 0
            || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart))
        {
            return null;
        }

        foreach (Match the in TheTermRegex.Matches(sentence.Text[..quantity.NumberStart]))
        {
            var term = the.Groups["term"].Value;
            var key = context.DefinedTerms.ContainsKey(term) ? term : term.Split(' ')[0];
            if (!context.DefinedTerms.TryGetValue(key, out var holder))
            {
                continue;
            }

            var after = sentence.Text[(the.Groups["term"].Index + key.Length)..quantity.NumberStart];
            return measure != Measures.Offtake || SupplyVerbAfterTermRegex.IsMatch(after) ? holder : null;
        }

        return null;
    }

    /// <summary>A first-person plural opening a clause: "We sold ", "and we hold ", "; we shipped " (not "we expect X to").</summary>
    private static readonly Regex WeOpensClauseRegex = new(@"(?:^|[,;:]\s*|\band\s+|\bbut\s+|\bwhile\s+|\bwhich\s+)\s*(?:[Ww]e|[Oo]ur)\b(?![^,;]*\b(?:expects?|thinks?|estimates?|believes?|says?|said|see|sees)\b)", RegexOptions.Compiled);

    /// <summary>A speaker's turn in a transcript: "Operator: ", "Rahul Anand: ", "Amanda Lacaze (CEO): ", "Q (Whitfield): ", "A (CFO): ".</summary>
    private static readonly Regex SpeakerTurnRegex = new(
        @"^(?:Operator|(?:Q|A|Question|Answer)(?:\s*\([^()]{1,60}\))?|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s*\([^()]{1,60}\))?)\s*:\s",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A call named in a transcript's opening: "third-quarter earnings call - transcript", "results call, edited transcript".</summary>
    private static readonly Regex CallOpeningRegex = new(@"(?i)\b(?:earnings|results|conference|investor|analyst)\s+call\b|\bcall\b[^.]{0,40}\btranscript\b|\btranscript\b[^.]{0,40}\bcall\b", RegexOptions.Compiled);

    /// <summary>
    /// The company whose call a text transcribes: the opening names a call ("results call, edited transcript excerpt") and
    /// at least two sentences open with a speaker's turn ("Operator: ", "Amanda Lacaze (CEO): "); the company is the first
    /// name of the opening sentence. Null for any other text.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? CallCompany(SentenceIndex sentences, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        const int Turns = 2;
        if (LetterCompany(sentences, organisations, candidates) is { } letter)
        {
            return letter;
        }

        if (sentences.Sentences.Count == 0 || !CallOpeningRegex.IsMatch(sentences.Sentences[0].Text)
            || sentences.Sentences.Count(s => SpeakerTurnRegex.IsMatch(s.Text)) < Turns)
        {
            return null;
        }

        var opening = sentences.Sentences[0];
        var first = organisations.Mentions.Where(m => m.Start >= opening.Start && m.End <= opening.End)
            .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= opening.Start && e.Start + e.Length <= opening.End)
                .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .OrderBy(a => a.Start)
            .FirstOrDefault();
        return first.Subject.Item2 is null ? null : first.Subject;
    }

    /// <summary>A speaker's label opening a transcript turn: "DANA WHITLOCK (VP Supply Chain, e-VAC Magnetics): ", "WHITLOCK: ",
    /// "Lena Dvorakova (CEO, Ostrava Recycling a.s.): ".</summary>
    private static readonly Regex TurnLabelRegex = new(
        @"^\s*(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:\((?<role>[^()]{1,80})\))?\s*:\s", RegexOptions.Compiled);

    /// <summary>
    /// The company of the speaker whose turn <paramref name="sentence"/> is in, in a transcript (at least two sentences open
    /// with a speaker's label): the organisation named in the brackets of the turn's label ("(CTO, Noveon Magnetics)"), or of
    /// an earlier label with the same last name ("MENON:" after "RAHUL MENON (CTO, Noveon Magnetics):"). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? TurnCompany(Sentence sentence, SubjectContext context)
    {
        const int Turns = 2;
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (>= 0 and var here)
            || sentences.Sentences.Count(s => TurnLabelRegex.IsMatch(s.Text)) < Turns)
        {
            return null;
        }

        var turn = here;
        while (turn >= 0 && !TurnLabelRegex.IsMatch(sentences.Sentences[turn].Text))
        {
            turn--;
        }

        if (turn < 0)
        {
            return null;
        }

        var speaker = TurnLabelRegex.Match(sentences.Sentences[turn].Text).Groups["name"].Value.Split(' ')[^1];
        for (var i = turn; i >= 0; i--)
        {
            var s = sentences.Sentences[i];
            if (TurnLabelRegex.Match(s.Text) is not { Success: true } label || !label.Groups["role"].Success
                || !label.Groups["name"].Value.Split(' ')[^1].Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var role = label.Groups["role"];
            return Actors(s, context).Where(a => a.Start >= s.Start + role.Index && a.Start < s.Start + role.Index + role.Length)
                .Select(a => ((string?, string?, string?)?)(a.Id, a.Name, a.Kind))
                .FirstOrDefault();
        }

        return null;
    }

    /// <summary>A letter's opening: "Dear Shareholders", "Dear fellow shareholders", "Chairman's Letter", "Letter to Shareholders",
    /// "Message from the CEO".</summary>
    private static readonly Regex LetterOpeningRegex = new(
        @"(?i)\b(?:dear\s+(?:fellow\s+)?(?:shareholders|stakeholders|investors|securityholders|unitholders|members|owners)"
        + @"|(?:chair(?:man|woman|person)?|ceo|chief\s+executive|managing\s+director|president)['’]s\s+(?:letter|message|statement)"
        + @"|(?:letter|message)\s+(?:to|from)\s+(?:our\s+|the\s+)?(?:shareholders|stakeholders|investors|chair(?:man|woman|person)?|ceo|chief\s+executive|managing\s+director|president))\b",
        RegexOptions.Compiled);

    /// <summary>A letter's sign-off right before the company: "Chairman, ", "Chief Executive Officer, ", "Managing Director of ",
    /// "Executive Chair and CEO, ".</summary>
    private static readonly Regex SignOffTitleBeforeRegex = new(
        @"\b(?:Chair(?:man|woman|person)?|Chief\s+Executive(?:\s+Officer)?|CEO|Managing\s+Director|President)\s*(?:,|\bof\b|\bon\s+behalf\s+of\b)\s*(?:the\s+Board\s+of\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// The company that signs a letter to shareholders ("Dear Shareholders, ... we ... Paul Smith / Chairman, X Plc"): the
    /// opening (first three sentences) reads as a letter and one of the last three sentences names the company right after
    /// the signatory's title. Its "we" and "our" are that company, like an executive's in a call (subject36). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? LetterCompany(SentenceIndex sentences, OrganisationResult organisations, IReadOnlyList<CandidateMatch> candidates)
    {
        const int Opening = 3;
        const int Closing = 3;
        var all = sentences.Sentences;
        if (all.Count < Opening || !all.Take(Opening).Any(s => LetterOpeningRegex.IsMatch(s.Text)))
        {
            return null;
        }

        foreach (var s in all.Skip(Math.Max(Opening, all.Count - Closing)))
        {
            var signed = organisations.Mentions.Where(m => m.Start >= s.Start && m.End <= s.End && m.Length > 0)
                .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
                .Concat(candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= s.Start && e.Start + e.Length <= s.End)
                    .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
                .OrderBy(a => a.Start)
                .FirstOrDefault(a => SignOffTitleBeforeRegex.IsMatch(s.Text.AsSpan(0, a.Start - s.Start)));
            if (signed.Subject.Item2 is not null)
            {
                return signed.Subject;
            }
        }

        return null;
    }

    /// <summary>A national scheme's own words right before the figure: "the Rs 7,280 crore scheme, which targets ", "Under the
    /// scheme, each selected bidder can build up to ", "the mission, which aims to add ".</summary>
    private static readonly Regex SchemeBeforeRegex = new(
        @"(?i)(?:^\s*Under\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,4}?(?:scheme|mission)\s*,(?<span>(?:[^,;.]|,(?=\d))*)|\b(?:scheme|mission)\s*,\s*which\s+(?:targets|aims|seeks|envisages|plans|provides|supports)\b(?<span>[^,;.]*))$",
        RegexOptions.Compiled);

    /// <summary>
    /// "X and Y released an updated resource for the Round Top deposit ..., estimating 1.02 billion short tons. That implies about
    /// 555,000 tons of TREO. The deposit is held by Z LLC, the venture in which X owns 80%": a resource or reserve of a deposit
    /// (project, mine) whose holder one of the next two sentences names ("The deposit is held/owned/operated by Z") is Z's, the
    /// named vehicle, not the company reporting it (§75; named operating units get asset figures). The deposit noun must be
    /// written in the figure's sentence or the one before. Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? HolderNamedNext(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (>= 0 and var here))
        {
            return null;
        }

        for (var k = here + 1; k <= here + 2 && k < sentences.Sentences.Count; k++)
        {
            var next = sentences.Sentences[k];
            var holder = Actors(next, context).FirstOrDefault();
            if (holder.Name is null || HeldByOpenerRegex.Match(next.Text[..(holder.Start - next.Start)]) is not { Success: true } opener)
            {
                continue;
            }

            // The noun is one of HeldByOpenerRegex's few words, so the static Regex.IsMatch cache holds its pattern after one use.
            var noun = @"(?i)\b" + opener.Groups["noun"].Value + @"\b";
            var written = Regex.IsMatch(sentence.Text, noun)
                          || (here > 0 && Regex.IsMatch(sentences.Sentences[here - 1].Text, noun));
            return written ? (holder.Id, holder.Name, holder.Kind) : null;
        }

        return null;
    }

    /// <summary>"The Songwe Project is held by ", "The Mwamba Project is wholly owned by ": a named asset and its holder, up to the holder's name.</summary>
    private static readonly Regex NamedAssetHeldByRegex = new(
        @"^\s*The\s+(?<asset>\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+){0,3}?\s+(?:[Pp]roject|[Dd]eposit|[Mm]ine|[Pp]roperty|[Pp]rospect|[Tt]enement)\s+is\s+(?:now\s+|wholly\s+|jointly\s+)?(?:held|owned|operated|controlled)\s+(?:by|through)\s+(?:(?:the|its|a|an)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"subsidiary, " or "subsidiary " right before a unit's name ("The Company's Ugandan subsidiary, Rwenzori Rare Metals Limited").</summary>
    private static readonly Regex SubsidiaryBeforeNameRegex = new(@"\bsubsidiary\s*,?\s*$", RegexOptions.Compiled);

    /// <summary>After a unit's name: ", holds a 60% interest in Makuutu", " owns the Kora prospect", up to the asset's name.</summary>
    private static readonly Regex HoldsAssetAfterNameRegex = new(
        @"^[\s,]*(?:(?:Ltd|Limited|Inc|Corp|Plc|LLC|Pty|SA|AG|AB|Oy|GmbH|NV|BV)\.?[\s,]*){0,2}(?:holds|owns|operates|controls)\s+(?:(?:a|an|the|its)\s+)?(?:(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)|majority|controlling|100%)\s+)?(?:(?:interest|stake)\s+in\s+(?:the\s+)?)?(?<asset>\p{Lu}[\p{L}-]+)",
        RegexOptions.Compiled);

    /// <summary>
    /// The named unit that holds a named asset, when the text says so ("The Songwe Project is held by Lancaster Exploration
    /// Limited, a wholly-owned subsidiary of the Corporation", "The Company's Ugandan subsidiary, Rwenzori Rare Metals Limited,
    /// holds a 60% interest in Makuutu"): a figure whose sentence names the asset, or that follows the "is held by" sentence
    /// with no organisation named since, is the unit's (dev5 and dev7: project figures go to a named holding subsidiary).
    /// Organisations named before the figure must all be state bodies (a ministry granting the licence). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? NamedAssetHolder(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || sentences.IndexOf(sentence.Start) is not (>= 0 and var here))
        {
            return null;
        }

        var holders = new List<(int Index, string Asset, (int Start, string? Id, string? Name, string? Kind) Unit, bool HeldBy)>();
        for (var i = 0; i < sentences.Sentences.Count; i++)
        {
            var s = sentences.Sentences[i];
            foreach (var actor in Actors(s, context))
            {
                var lead = s.Text[..(actor.Start - s.Start)];
                if (NamedAssetHeldByRegex.Match(lead) is { Success: true } heldBy)
                {
                    holders.Add((i, heldBy.Groups["asset"].Value, actor, true));
                }
                else if (SubsidiaryBeforeNameRegex.IsMatch(lead)
                         && HoldsAssetAfterNameRegex.Match(s.Text[(actor.Start - s.Start + NameWrittenAt(actor.Start, context))..]) is { Success: true } holds)
                {
                    holders.Add((i, holds.Groups["asset"].Value, actor, false));
                }
            }
        }

        if (holders.Count == 0)
        {
            return null;
        }

        var actorsBefore = Actors(sentence, context).Where(a => a.Start < sentence.Start + quantity.NumberStart).ToList();
        if (!actorsBefore.TrueForAll(a => holders.Exists(h => h.Unit.Name == a.Name) || StateBodyActor(a, context)))
        {
            return null;
        }

        foreach (var holder in holders)
        {
            if (Regex.IsMatch(sentence.Text, @"\b" + Regex.Escape(holder.Asset) + @"\b")
                || (holder.HeldBy && holder.Index < here
                    && Enumerable.Range(holder.Index + 1, here - holder.Index - 1).All(i => Actors(sentences.Sentences[i], context).Count == 0)
                    && Actors(sentence, context).Count == 0))
            {
                return (holder.Unit.Id, holder.Unit.Name, holder.Unit.Kind);
            }
        }

        return null;
    }

    private bool StateBodyActor((int Start, string? Id, string? Name, string? Kind) actor, SubjectContext context) =>
        actor.Id is { } id
            ? options.StateBodyKinds.Contains(index.Organisations[id].Kind)
            : context.Candidates.FirstOrDefault(c => c.Name == actor.Name) is { KindHint: { } hint } && options.StateBodyKinds.Contains(hint);

    /// <summary>A sentence opening "The deposit is held by ", "The project is now owned by the ", up to the holder's name.</summary>
    private static readonly Regex HeldByOpenerRegex = new(
        @"^\s*The\s+(?<noun>deposit|project|mine|orebody|property|tenement)\s+is\s+(?:now\s+|wholly\s+|jointly\s+)?(?:held|owned|operated|controlled)\s+(?:by|through)\s+(?:(?:the|its|a|an)\s+)?(?:[\p{Ll}\p{N}%-]+\s+){0,3}?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "The Australian government will use its A$1.2 billion Critical Minerals Strategic Reserve to buy ... The reserve will also
    /// build a stockpile of 100 tonnes": a sentence opening with the noun of a fund, reserve or scheme that an earlier sentence
    /// gave to a government ("the X government ... its ... Reserve/Fund"), with no name before the figure, is that government's
    /// country, not the company the previous figure was about (§75; the scheme is no organisation). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? GovernmentVehicle(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || VehicleOpenerRegex.Match(sentence.Text) is not { Success: true } opener
            || opener.Length > quantity.NumberStart
            || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart)
            || context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        var noun = opener.Groups["noun"].Value;
        // One pattern per vehicle noun (a handful of words): the static Regex.Match cache keeps it compiled between calls.
        var owned = @"(?i)\bgovernment\b[^.;]{0,80}?\bits\s+(?:[^\s;]+\s+){0,7}?" + Regex.Escape(noun) + @"\b";
        foreach (var earlier in sentences.Sentences.Where(t => t.End <= sentence.Start).Reverse())
        {
            if (Regex.Match(earlier.Text, owned) is not { Success: true } gave)
            {
                continue;
            }

            // The government's country: a country (or demonym) written in that sentence before "government", else the story's main one.
            var code = context.Countries.LastOrDefault(m => m.Length > 0 && m.Start >= earlier.Start && m.Start < earlier.Start + gave.Index + gave.Length)?.Id
                       ?? ActingMainCountry(context.Countries, sentence.Start, context);
            return code is not null && index.Countries.TryGetValue(code, out var country) ? (code, country.Name, SubjectKinds.Country) : null;
        }

        return null;
    }

    /// <summary>Right after a figure: " of the October total", " of the monthly total", " of that total" (a share of a whole).</summary>
    private static readonly Regex ShareOfTotalAfterRegex = new(
        @"^\s*(?:(?:of\s+)?[\p{L}-]+\s+){0,3}?of\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?total\b", RegexOptions.Compiled);

    /// <summary>A sentence opening with a public fund's, reserve's or scheme's noun: "The reserve will", "The fund also".</summary>
    private static readonly Regex VehicleOpenerRegex = new(
        @"^\s*The\s+(?:(?:new|strategic|national|state)\s+)?(?<noun>reserve|fund|scheme|programme|program|facility|agency)\b", RegexOptions.Compiled);

    /// <summary>
    /// A figure a national scheme sets ("the scheme, which targets 6,000 tonnes per annum", "Under the scheme, each selected
    /// bidder can build up to 1,200 tonnes") is the country's (§33 convention, §45): the story's main country; null when a
    /// name is written between the scheme and the figure or the text names no country.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? NationalScheme(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var match = SchemeBeforeRegex.Match(sentence.Text[..quantity.NumberStart]);
        if (!match.Success)
        {
            return null;
        }

        var spanStart = sentence.Start + match.Groups["span"].Index;
        if (NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= spanStart - sentence.Start && n.Start < quantity.NumberStart)
            || context.Countries.Any(m => m.Length > 0 && m.Start >= spanStart && m.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        // The story's main country: the one named most, else where the story was filed.
        return (MostMentioned(context.Countries, sentence.Start + quantity.NumberStart) ?? context.Countries.FirstOrDefault(m => m.Dateline)?.Id) is { } main
               && index.Countries.TryGetValue(main, out var country)
            ? (main, country.Name, SubjectKinds.Country)
            : null;
    }

    /// <summary>A permit's verb and what it permits right before the figure: "allowing the Gebeng plant to process up to ",
    /// "permitting it to hold ", "authorising the company to export about ".</summary>
    private static readonly Regex PermittedBeforeRegex = new(
        @"(?i)\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing))\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?to\s+(?:[\p{L}-]+\s+){1,4}?(?:(?:up\s+to|about|around|some|roughly|nearly|as\s+much\s+as)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"on condition that it ", "provided that the company ", "ordered X to ", "requiring it to ": a regulator's condition
    /// or order on a licensee, before the figure.</summary>
    private static readonly Regex ConditionOnLicenseeBeforeRegex = new(
        @"\b(?:on\s+(?:the\s+)?condition\s+that|provided\s+that)\s+(?:it|the\s+(?:company|operator|licensee|firm|miner|plant)|\p{Lu}\S*)\b|\b(?:requir|order|direct)(?:ing|ed|es|s)?\s+(?:it|the\s+(?:company|operator|licensee|firm|miner)|\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3})\s+to\b",
        RegexOptions.Compiled);

    /// <summary>The sentence's subject is a state body: a known ministry or agency, or a candidate whose designator hints one.</summary>
    private bool StateBodySubject((string? Id, string? Name, string? Kind) subject, SubjectContext context) =>
        subject.Kind == SubjectKinds.Organisation && subject.Id is { } id
            ? options.StateBodyKinds.Contains(index.Organisations[id].Kind)
            : subject.Kind == SubjectKinds.Candidate && context.Candidates.FirstOrDefault(c => c.Name == subject.Name) is { KindHint: { } hint }
              && options.StateBodyKinds.Contains(hint);

    /// <summary>
    /// What a regulator's licence permits is the licensee's, not the regulator's (§45): the first company (organisation not a
    /// state body or source, or a candidate not hinted a state body) named in the sentence, else the previous figure's company,
    /// else the company the text mentions most. Null when there is none.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? Licensee(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        bool Company(string? id, string? name) =>
            id is not null
                ? IsCompany(index.Organisations[id])
                : context.Candidates.FirstOrDefault(c => c.Name == name) is { } c && !(c.KindHint is { } hint && options.StateBodyKinds.Contains(hint));

        var named = Actors(sentence, context).Find(a => a.Start < sentence.Start + quantity.NumberStart && Company(a.Id, a.Name));
        if (named.Name is not null)
        {
            return (named.Id, named.Name, named.Kind);
        }

        if (context.Previous is { Name: not null, Kind: SubjectKinds.Organisation or SubjectKinds.Candidate } previous && Company(previous.Id, previous.Name))
        {
            return previous;
        }

        var pool = context.Organisations.Mentions.Where(m => Company(m.Id, null)).Select(m => new Mention("o:" + m.Id, m.Start, m.Length)).ToList();
        return MostMentioned(pool, sentence.Start) is { } main ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation) : null;
    }

    /// <summary>
    /// "X and Y said their venture, Z Ltd, will build a plant. The venture will turn out 3,400 tonnes a year": a joint venture
    /// named by its noun ("the venture", "the joint venture's plant", "the partnership's facility", "the jointly owned
    /// company"), with no name between it and the figure, is the latest organisation or candidate the text introduced as a
    /// venture (in apposition after "venture", or followed by ", a/their ... venture"); a venture the text never names is no
    /// partner's alone, so the figure has no subject (docs/entities.md §38). Null when the sentence speaks of no venture.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? VentureAnaphor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        // "The 50:50 venture between X and Y, known as Z LLP, will produce 1,500 tonnes": the venture's name in apposition to
        // the sentence's subject, before the figure, is the subject, not the partners named in it (§52).
        var named = Actors(sentence, context).FindLast(a => a.Start < sentence.Start + quantity.NumberStart
                                                            && VentureOpenerBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (named.Name is not null)
        {
            return (named.Id, named.Name, named.Kind);
        }

        var match = VentureNounRegex.Match(sentence.Text[..quantity.NumberStart]);
        if (!match.Success || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= match.Index && n.Start < quantity.NumberStart))
        {
            return null;
        }

        var at = sentence.Start + match.Index;
        var text = context.Sentences is { } sentences ? sentences.Sentences : [sentence];
        var introduced = context.Organisations.Mentions
            .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .Where(n => n.Start < at && text.FirstOrDefault(t => t.Start <= n.Start && n.End <= t.End) is { } home
                        && (VentureBeforeNameRegex.IsMatch(home.Text.AsSpan(0, n.Start - home.Start))
                            || VentureAfterNameRegex.IsMatch(home.Text.AsSpan(n.End - home.Start))))
            .OrderByDescending(n => n.Start)
            .ToList();
        // "The partners are studying ..." with no venture introduced is about the partners, not a nameless venture: other rules decide.
        return introduced.Count > 0 ? introduced[0].Subject
            : PartnersNounRegex.IsMatch(match.Value) ? null : (null, null, null);
    }

    /// <summary>A sentence opening with "The"/"Its", at most two descriptive words and a plant noun: "Its refinery", "The new
    /// magnet plant", "The refinery, at Ras Al-Khair,".</summary>
    private static readonly Regex VenturePlantOpenerRegex = new(
        @"^\s*(?:The|Its)\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>plant|refinery|facility|factory|smelter|complex)\b(?!['’])", RegexOptions.Compiled);

    /// <summary>
    /// "Ma'aden and MP Materials have formed a joint venture to build an integrated rare earth refinery ... The venture, Ma'aden
    /// MP Rare Earths Co, will be 51% owned by Ma'aden. Its refinery is to have capacity to produce 3,000 t/y", "... the venture,
    /// named Maaden MP Rare Earths Co, ... The refinery, at Ras Al-Khair, will have capacity to produce 4,500 metric tons": a
    /// sentence opening with the plant noun an earlier sentence said a venture was formed to build, own or run, with no name
    /// before the figure, is about the latest venture the text named (in apposition to "venture"), not a partner (dev14 R24,
    /// dev13 Q39; subject37). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? VentureBuiltPlant(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || VenturePlantOpenerRegex.Match(sentence.Text) is not { Success: true } opener
            || opener.Index + opener.Length > quantity.NumberStart
            || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start < quantity.NumberStart))
        {
            return null;
        }

        var noun = opener.Groups["noun"].Value;
        var earlier = sentences.Sentences.Where(t => t.End <= sentence.Start).ToList();
        if (!earlier.Exists(t => VentureToBuildRegex.Match(t.Text) is { Success: true } built
                                 && Regex.IsMatch(built.Groups["object"].Value, @"\b" + noun + @"\b", RegexOptions.CultureInvariant)))
        {
            return null;
        }

        var named = context.Organisations.Mentions
            .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .Where(n => n.End <= sentence.Start && earlier.FirstOrDefault(t => t.Start <= n.Start && n.End <= t.End) is { } home
                        && VentureBeforeNameRegex.IsMatch(home.Text.AsSpan(0, n.Start - home.Start)))
            .OrderByDescending(n => n.Start)
            .ToList();
        return named.Count > 0 ? named[0].Subject : null;
    }

    /// <summary>"formed a joint venture to build an integrated rare earth refinery and magnet plant": a venture and the plant it
    /// is set up to build, own or run (the object, up to the clause's end).</summary>
    private static readonly Regex VentureToBuildRegex = new(
        @"\b(?:venture|JV)\s+(?:company\s+)?to\s+(?:build|own|operate|run|develop|construct|set\s+up)\s+(?<object>[^,;.]*)", RegexOptions.Compiled);

    /// <summary>"The partners ", "The JV partners " opening a venture-noun match (§75).</summary>
    private static readonly Regex PartnersNounRegex = new(@"^[Tt]he\s+(?:[\w:/-]+\s+)*?partners\b", RegexOptions.Compiled);

    /// <summary>
    /// "X and Y set up a venture, Z Co., which will own and operate the facility. The Ulsan plant is designed to take 1,600
    /// tonnes ... from Y's mine and produce about 480 tonnes": a plant named by its place, opening the sentence, with no name
    /// before the figure but an origin ("from Y's mine"), is the plant of the latest venture the text introduced as owning,
    /// operating, running or building a plant (§45). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? VenturePlant(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var match = PlacedPlantRegex.Match(sentence.Text[..quantity.NumberStart]);
        if (!match.Success || context.Sentences is not { } sentences
            || NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= match.Index && n.Start < quantity.NumberStart
                                                                                      && !FromBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, n.Start))))
        {
            return null;
        }

        var introduced = context.Organisations.Mentions
            .Select(m => (m.Start, m.End, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => (e.Start, End: e.Start + e.Length, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .Where(n => n.End <= sentence.Start && sentences.Sentences.FirstOrDefault(t => t.Start <= n.Start && n.End <= t.End) is { } home
                        && (VentureBeforeNameRegex.IsMatch(home.Text.AsSpan(0, n.Start - home.Start))
                            || VentureAfterNameRegex.IsMatch(home.Text.AsSpan(n.End - home.Start)))
                        && VentureOwnsPlantRegex.IsMatch(home.Text.AsSpan(n.End - home.Start)))
            .OrderByDescending(n => n.Start)
            .ToList();
        return introduced.Count > 0 ? introduced[0].Subject : null;
    }

    /// <summary>
    /// "X said its metals plant at Ochang, operated by wholly owned subsidiary Y, produced ... The plant has a nameplate of
    /// 2,200 tonnes": a sentence opening with a plant noun ("The plant", "The new refinery"), with no name before the figure,
    /// is about the plant's operator when an earlier sentence named one ("operated by Y", "run by Y"); the latest such (§52,
    /// plant-level figures go to the operating subsidiary). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantOperator(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || !PlantNounOpenerRegex.IsMatch(sentence.Text)
            || Actors(sentence, context).Exists(a => a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        var operators = new List<(int Start, string? Id, string? Name, string? Kind)>();
        foreach (var earlier in sentences.Sentences.Where(t => t.Start < sentence.Start))
        {
            operators.AddRange(Actors(earlier, context).Where(a => OperatedByBeforeRegex.IsMatch(earlier.Text.AsSpan(0, a.Start - earlier.Start))));
        }

        return operators.Count > 0 ? (operators[^1].Id, operators[^1].Name, operators[^1].Kind) : null;
    }

    /// <summary>A possessive, at most three words, a demand noun and "of/at" right before the figure: "'s current demand of about ",
    /// "'s consumption of NdFeB magnets at ", "' annual needs of "; "'s demand for NdPr is about ", "'s consumption of magnets
    /// stood at " (subject35).</summary>
    private static readonly Regex DemandOfBeforeRegex = new(
        @"^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:demand|consumption|use|needs|requirements?)\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?(?:at|of)\s+|of\s+|at\s+|(?:(?:for|of)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:is|was|are|were|stood\s+at|stands\s+at|totalled|totaled|totals|reached|reaches|is\s+estimated\s+at|was\s+estimated\s+at|is\s+put\s+at)\s+)(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "LKAB plans to produce 7,000 t/yr, roughly 18pc of the EU's current demand of about 39,000 t/yr": a figure right after a
    /// possessive's demand or consumption noun ("X's demand of", "Y's consumption of magnets at") is the possessor's (a country,
    /// the EU, a company), not the sentence's acting company. Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PossessorOfDemand(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var before = sentence.Text[..quantity.NumberStart];
        foreach (var country in context.Countries.Where(m => m.Length > 0 && m.Start >= sentence.Start && m.End <= sentence.Start + quantity.NumberStart))
        {
            if (DemandOfBeforeRegex.IsMatch(before[(country.End - sentence.Start)..]) && index.Countries.TryGetValue(country.Id, out var entry))
            {
                return (country.Id, entry.Name, SubjectKinds.Country);
            }
        }

        var possessor = Actors(sentence, context).LastOrDefault(a => a.Start < sentence.Start + quantity.NumberStart
                                                                      && NameWrittenAt(a.Start, context) is var length and > 0
                                                                      && DemandOfBeforeRegex.IsMatch(before[(a.Start + length - sentence.Start)..]));
        return possessor.Name is null ? null : (possessor.Id, possessor.Name, possessor.Kind);
    }

    /// <summary>"said its Belfast recycling plant, run by subsidiary ", "The new refinery, operated by its unit ", "That plant, run
    /// by subsidiary ", "the planned separation plant at Pulawy in Poland, being developed by " (subject37): a plant the
    /// clause is about (after "said", the sentence start or a comma), set off by a comma, then "run/operated by" right before a name.</summary>
    private static readonly Regex PlantRunByBeforeRegex = new(
        @"(?:^\s*|\bsaid\s+|\bsays\s+|,\s*)(?:its|the|their|[Ii]ts|[Tt]he|[Tt]heir|[Tt]hat|[Tt]his)\s+(?:[\p{L}-]+\s+){0,4}?(?:plant|refinery|facility|factory|smelter|concentrator|mine|line|operation|operations)(?:\s+(?:at|in|near)\s+\p{Lu}[\p{L}-]*(?:\s+in\s+\p{Lu}[\p{L}-]*)?)?\s*,\s*(?:which\s+is\s+|being\s+)?(?:(?:owned\s+and\s+)?operated|run|developed)\s+by\s+(?:(?:its|the|a|an|their)\s+)?(?:(?:wholly[- ]owned|local|listed|operating|majority[- ]owned|\p{Ll}+)\s+){0,3}?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "Ionic Rare Earths said its Belfast recycling plant, run by subsidiary Ionic Technologies International, produced 4.8
    /// tonnes ... and will expand to process 400 tpa": a plant the sentence is about, with its operator in apposition before
    /// the figure, is the operator's (plant-level figures go to the named operating unit, dev7 16), not the company that
    /// speaks; no other name between the operator and the figure. Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantRunByInSentence(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var numberAt = sentence.Start + quantity.NumberStart;
        var actors = Actors(sentence, context).Where(a => a.Start < numberAt).ToList();
        var run = actors.FindLastIndex(a => PlantRunByBeforeRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (run < 0 || actors.Skip(run + 1).Any(a => a.Name != actors[run].Name))
        {
            return null;
        }

        var end = actors[run].Start + NameWrittenAt(actors[run].Start, context) - sentence.Start;
        return OperatorClosedRegex.IsMatch(sentence.Text.AsSpan(end, quantity.NumberStart - end))
            ? (actors[run].Id, actors[run].Name, actors[run].Kind)
            : null;
    }

    /// <summary>After the operator's name: an optional (short name), then the comma that closes the apposition.</summary>
    private static readonly Regex OperatorClosedRegex = new(@"^\s*(?:\([^()]{1,40}\)\s*)?,", RegexOptions.Compiled);

    /// <summary>
    /// "A Chinese-backed processing plant in Laos began operating, with the capacity to produce 3,600 tonnes. The plant, owned
    /// by X, a joint venture of ..., expects ...": a plant introduced with "a"/"an" before the figure, in a sentence naming no
    /// organisation, is the one the next sentence opens with and names the owner or operator of (§52). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantOwnerNamedNext(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || Actors(sentence, context).Count > 0
            || IndefinitePlantRegex.Match(sentence.Text[..quantity.NumberStart]) is not { Success: true } plant
            || sentences.IndexOf(sentence.Start) is not (>= 0 and var here) || here + 1 >= sentences.Sentences.Count)
        {
            return null;
        }

        var next = sentences.Sentences[here + 1];
        var noun = plant.Groups["noun"].Value;
        var owner = Actors(next, context).FirstOrDefault();
        if (owner.Name is null)
        {
            return null;
        }

        var lead = next.Text[..(owner.Start - next.Start)];
        // "Built by Baotou Tianhe Magnetics Technology Co., Ltd. at a cost of 3.2 billion yuan, the plant will supply ...": a
        // fronted participle naming the builder or owner, then the same plant noun as the sentence's subject (subject37, dev14 R12).
        return (OwnedByOpenerRegex.Match(lead) is { Success: true } opener && string.Equals(opener.Groups["noun"].Value, noun, StringComparison.OrdinalIgnoreCase))
               || (FrontedOwnedByRegex.IsMatch(lead)
                   && Regex.IsMatch(next.Text[(owner.Start - next.Start)..], @"^[^;:]*?,\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?" + noun + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            ? (owner.Id, owner.Name, owner.Kind)
            : null;
    }

    /// <summary>A sentence opening with a participle of building or owning and "by", up to a name: "Built by ", "Owned by the
    /// state-run ", "Operated by ".</summary>
    private static readonly Regex FrontedOwnedByRegex = new(
        @"^\s*(?:Built|Owned|Operated|Run|Developed|Constructed)\s+by\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}?$", RegexOptions.Compiled);

    /// <summary>A sentence opening "The plant, owned by ", "The factory, which is owned by its parent ", up to a name.</summary>
    private static readonly Regex PlantOwnedByOpenerRegex = new(
        @"^\s*The\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|refinery|facility|factory|smelter)\s*,\s*(?:which\s+is\s+)?(?:owned|controlled)\s+by\s+",
        RegexOptions.Compiled);

    /// <summary>"its plant", "its new magnet factory": a company's own plant.</summary>
    private static readonly Regex ItsPlantRegex = new(@"\bits\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|refinery|facility|factory|smelter)\b", RegexOptions.Compiled);

    /// <summary>
    /// "GM is lining up supply after X began serial production at its plant in Sumter. The plant, owned by Germany's P, will
    /// make 1,500 tons a year": a plant opening the sentence with its owner in an aside is the plant of the company the
    /// previous sentence named right before "its plant" (the operating unit, not the parent, §52, §72). Null otherwise, or
    /// when a name stands between the aside and the figure.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantOfPreviousOperator(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || PlantOwnedByOpenerRegex.Match(sentence.Text) is not { Success: true } opener
            || sentences.IndexOf(sentence.Start) is not (> 0 and var here))
        {
            return null;
        }

        var asideEnd = sentence.Text.IndexOf(',', opener.Length);
        if (asideEnd < 0 || asideEnd > quantity.NumberStart
            || Actors(sentence, context).Exists(a => a.Start >= sentence.Start + asideEnd && a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        var previous = sentences.Sentences[here - 1];
        var its = ItsPlantRegex.Match(previous.Text);
        if (!its.Success)
        {
            return null;
        }

        var actor = Actors(previous, context).FindLast(a => a.Start < previous.Start + its.Index);
        return actor.Name is not null && !previous.Text.AsSpan(actor.Start - previous.Start, previous.Start + its.Index - actor.Start).ContainsAny(',', ';')
            ? (actor.Id, actor.Name, actor.Kind)
            : null;
    }

    /// <summary>"its plant", "its new Ulsan plant", "its rare earth magnet factory": a company's own plant, place names allowed.</summary>
    private static readonly Regex ItsNamedPlantRegex = new(@"\bits\s+(?:(?!(?:the|a|an|this|that)\s)[\p{L}-]+\s+){0,3}?(?:plant|refinery|facility|factory|smelter)\b", RegexOptions.Compiled);

    /// <summary>"the plant will", "The new factory has": a definite plant noun acting before the figure (not "the plant's").</summary>
    private static readonly Regex DefinitePlantBeforeRegex = new(
        @"\b[Tt]he\s+(?:(?:new|first|second)\s+)?(?:plant|refinery|facility|factory|smelter|site)\s+(?!of\b|in\b|at\b|for\b|to\b|from\b|and\b|or\b)\p{Ll}[^,;:.]*$", RegexOptions.Compiled);

    /// <summary>
    /// "SUMTER - X opened its magnet plant in Sumter on Tuesday ... most of its early output will go to GM ... GM said each of
    /// its drive units uses 2 kg. In its first year the plant will import about 400 tonnes ..., the company said": a definite
    /// "the plant" acting before the figure, with no name before the figure, is the plant of the company that opens (after a
    /// dateline at most) the latest earlier sentence introducing "its ... plant", not a customer the text names more often
    /// nor the previous figure's holder (§88). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PlantOfOpeningCompany(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is not { } sentences || !DefinitePlantBeforeRegex.IsMatch(sentence.Text[..quantity.NumberStart])
            || Actors(sentence, context).Exists(a => a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        foreach (var earlier in sentences.Sentences.Where(t => t.Start < sentence.Start).Reverse())
        {
            var its = ItsNamedPlantRegex.Match(earlier.Text);
            if (!its.Success)
            {
                continue;
            }

            var actors = Actors(earlier, context);
            if (actors.Count == 0 || actors[0].Start >= earlier.Start + its.Index)
            {
                return null;
            }

            var lead = earlier.Text[..(actors[0].Start - earlier.Start)];
            return string.IsNullOrWhiteSpace(lead) || DatelineLeadRegex.IsMatch(lead) ? (actors[0].Id, actors[0].Name, actors[0].Kind) : null;
        }

        return null;
    }

    /// <summary>"A Chinese-backed processing plant ", "a new refinery ": a plant introduced with an indefinite article.</summary>
    private static readonly Regex IndefinitePlantRegex = new(
        @"\b[Aa]n?\s+(?:[\p{L}-]+\s+){0,3}?(?<noun>plant|refinery|facility|factory|smelter)\b", RegexOptions.Compiled);

    /// <summary>A sentence opening "The plant, owned by ", "The refinery, which is operated by the ", up to a name.</summary>
    private static readonly Regex OwnedByOpenerRegex = new(
        @"^\s*The\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>plant|refinery|facility|factory|smelter)\s*,\s*(?:which\s+is\s+)?(?:owned|operated|run|built|developed)\s+by\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}?$",
        RegexOptions.Compiled);

    /// <summary>A sentence opening with a plant noun and at most two lower-case words before it: "The plant ", "The new
    /// magnet factory ".</summary>
    private static readonly Regex PlantNounOpenerRegex = new(
        @"^\s*The\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|refinery|facility|factory|smelter|base|complex)\b(?!['’])", RegexOptions.Compiled);

    /// <summary>A plant noun, at most six words, then "operated by"/"run by", an optional description, right before a name:
    /// "plant at Ochang, operated by wholly owned subsidiary ", "The base, invested by P and operated by its listed unit " (§88).</summary>
    private static readonly Regex OperatedByBeforeRegex = new(
        @"\b(?:[Pp]lant|[Rr]efinery|[Ff]acility|[Ff]actory|[Ss]melter|[Bb]ase|[Cc]omplex)\b(?:(?:\s+[\p{L}-]+){0,6}?\s*,?\s*(?:which\s+is\s+)?|\s*,[^;]{0,80}?\band\s+)(?:operated|run)\s+by\s+(?:(?:its|the|a|an|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}?$",
        RegexOptions.Compiled);

    /// <summary>A sentence opening with a plant named by its place ("The Ulsan plant is designed to ", "The Gdansk refinery will").</summary>
    private static readonly Regex PlacedPlantRegex = new(
        @"^\s*The\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:plant|refinery|facility|smelter|factory)\s+(?:\p{Ll}+\s+){0,2}?(?:will|would|is|was|has|had|can|could|\p{Ll}+ed|\p{Ll}{2,}[^s\W]s)\b[^;:.]*$",
        RegexOptions.Compiled);

    /// <summary>"from " (and "the ") right before a name: an origin.</summary>
    private static readonly Regex FromBeforeNameRegex = new(@"\bfrom\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>After a venture's name in its sentence: it will own, operate, run or build a plant.</summary>
    private static readonly Regex VentureOwnsPlantRegex = new(
        @"^\.?[^.;]*?\b(?:own|owns|operate|operates|run|runs|build|builds)\b[^.;]*?\b(?:plant|facility|refinery|smelter|factory)\b",
        RegexOptions.Compiled);

    /// <summary>A joint venture named by its noun, acting before the figure: "The venture will", "the joint venture's plant",
    /// "the JV", "The partnership's facility", "the jointly owned company" (no clause break after it).</summary>
    private static readonly Regex VentureNounRegex = new(
        @"\b[Tt]he\s+(?:(?:new|joint|50-50|50:50|50/50|equally[- ]owned)\s+)*(?:(?:venture|JV|partnership|jointly[- ](?:owned|held)\s+(?:company|plant|facility|refinery))(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|facility|refinery|factory|operation|mine|line))?\s+(?:\p{Ll}+\s+){0,2}?(?:will|would|is|was|has|had|plans|expects|aims|can|could|should|\p{Ll}+ed|\p{Ll}{2,}[^s\W]s)|(?:venture\s+|JV\s+)?partners\s+(?:(?:also|now|still)\s+)?(?:are|were|have|had|will|would|plan|planned|expect|expected|aim|intend|intended|propose|proposed|want))\b[^,;:.]*$",
        RegexOptions.Compiled);

    /// <summary>Text right before a venture's name in apposition: "their 50-50 venture, ", "a joint venture called ", "The
    /// 50:50 venture between X and Y, known as ".</summary>
    private static readonly Regex VentureBeforeNameRegex = new(
        @"(?i)\b(?:venture|JV)(?:\s*,\s*|\s+(?:called|named|dubbed)\s+|(?:\s+(?:between|of|by|with)\b[^.;]*?)?,\s*(?:known\s+as|called|named|dubbed)\s+)$",
        RegexOptions.Compiled);

    /// <summary>A sentence opening with a venture noun, its partners, then its name in apposition: "The 50:50 venture between X
    /// and Y, known as ", "The joint venture, called ", "A new JV of X and Y, named ".</summary>
    private static readonly Regex VentureOpenerBeforeNameRegex = new(
        @"^\s*(?:The|A|An|Their)\s+(?:[\w:/-]+\s+){0,3}?(?:venture|JV|partnership)(?:\s+(?:between|of|by|with)\b[^.;]*?)?\s*,\s*(?:known\s+as|called|named|dubbed)\s+$",
        RegexOptions.Compiled);

    /// <summary>Text right after a venture's name: ", a joint venture of", ", their 50-50 venture", " joint venture" (not ", a
    /// private venture": a start-up).</summary>
    private static readonly Regex VentureAfterNameRegex = new(
        @"(?i)^\s*(?:,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?joint\s+venture|(?:their|its)\s+(?:[\w-]+\s+){0,3}?venture|the\s+(?:[\w-]+\s+){0,2}?venture\s+(?:in\s+which|that|owned|held|between|of))\b|\s+(?:joint\s+venture|JV)\b)",
        RegexOptions.Compiled);

    /// <summary>
    /// "'We shipped 300 tonnes in May,' said Anna Li, chief executive of X", "'Our plant ran at 900 tonnes,' an X executive
    /// said", "'We bought 80 tonnes,' Jan Ek told analysts. Ek is chief financial officer of X.": a figure a quoted "we"/"our"
    /// speaks of, with no name in the quotation ("'We have secured 1,500 t from X'" keeps the supplier X), is the organisation of the speaker named after the quotation in the
    /// same sentence, or else in a next sentence that says what the speaker is (a role, then "of"/"at" the organisation).
    /// A speaker from a news outlet, price reporter or research firm speaks for nobody's figure here; null leaves it to the
    /// other rules.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? QuotedSpeakerOrganisation(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var text = sentence.Text;
        var open = text.LastIndexOfAny(QuoteMarks, Math.Max(0, quantity.NumberStart - 1));
        var close = quantity.End < text.Length ? text.IndexOfAny(QuoteMarks, quantity.End) : -1;
        if (open < 0 || close < 0 || text[open] == '”' || text[close] == '“'
            || (text[open] == '"' && text.AsSpan(0, open).Count('"') % 2 != 0))
        {
            return null;
        }

        var names = NamesIn(sentence, context.Organisations, context.Candidates);
        var voices = OwnVoiceRegex.Matches(text[open..quantity.NumberStart]);
        // "'Australian supply is now about 12,000 tonnes, and we contribute 8,000 tonnes'": a country named before the "we"
        // that speaks of the figure belongs to an earlier clause (§60).
        var voiceAt = voices.Count > 0 ? open + voices[^1].Index : open;
        if (voices.Count == 0
            || names.Exists(n => n.Start > open && n.Start < close)
            || context.Countries.Any(m => m.Length > 0 && m.Start > sentence.Start + voiceAt && m.Start < sentence.Start + quantity.NumberStart
                                          && !IsRoute(sentence, m.Start) && !InBefore(sentence, m.Start)))
        {
            return null;
        }

        // The speaker is named within a few words of the quotation ("said Anna Li, chief executive of X", "an X executive said").
        const int SpeakerReach = 80;
        // Not a name the speaker speaks of ("..., Kate Morrow wrote in the note, adding that Hyundai Motor had signed", §45).
        var after = Actors(sentence, context).Where(a => a.Start > sentence.Start + close && a.Start - sentence.Start - close <= SpeakerReach
                                                         && !ReportedContentRegex.IsMatch(text.AsSpan(close, a.Start - sentence.Start - close)))
            .Take(1).ToList();
        if (after.Count == 0 && context.Sentences is { } sentences && sentences.IndexOf(sentence.Start) is var s and >= 0
            && s + 1 < sentences.Sentences.Count && sentences.Sentences[s + 1] is var next)
        {
            after = Actors(next, context).Where(a => SpeakerRoleBeforeRegex.IsMatch(next.Text.AsSpan(0, a.Start - next.Start))).Take(1).ToList();
        }

        // "X Managing Director Jane Doe said: 'Australian supply is 12,000 tonnes, and we contribute 8,000 tonnes'": a speaker
        // introduced before the quotation, when a country stands in the quotation before its "we" (§60).
        if (after.Count == 0 && voiceAt > open
            && context.Countries.Any(m => m.Length > 0 && m.Start > sentence.Start + open && m.Start < sentence.Start + voiceAt))
        {
            after = Actors(sentence, context).Where(a => a.Start < sentence.Start + open && names.Find(n => n.Start == a.Start - sentence.Start) is var (_, end)
                                                         && end > 0 && end <= open && SpeechVerbFollows(sentence, sentence.Start + end, options.SpeakerTitleWords)
                                                         && SpeakerBeforeQuoteRegex.IsMatch(text.AsSpan(end, open - end)))
                .TakeLast(1).ToList();
        }

        // "'We shipped our first 400 tonnes this year,' he added." after an earlier "said the head of X's European business":
        // a pronoun speaker is the latest speaker introduced earlier with a role "of" an organisation (§65).
        if (after.Count == 0 && PronounSpeakerAfterQuoteRegex.IsMatch(text.AsSpan(close + 1))
            && context.Sentences is { } earlier && earlier.IndexOf(sentence.Start) is var here and > 0)
        {
            for (var p = here - 1; p >= 0 && after.Count == 0; p--)
            {
                var previous = earlier.Sentences[p];
                after = Actors(previous, context).Where(a => RoleOfBeforeRegex.IsMatch(previous.Text.AsSpan(0, a.Start - previous.Start))).Take(1).ToList();
            }
        }

        if (after.Count == 0 || (after[0].Id is { } id && index.Organisations[id].IsSourceKind))
        {
            return null;
        }

        return (after[0].Id, after[0].Name, after[0].Kind);
    }

    /// <summary>From a speaker's name to the quotation it opens: " Managing Director Jane Doe said: ", " told reporters, ".</summary>
    private static readonly Regex SpeakerBeforeQuoteRegex = new(@"^[^""“”.;]*[:,]\s*$", RegexOptions.Compiled);

    /// <summary>Right after a quotation's closing mark: ", he added", " she said" (§65).</summary>
    private static readonly Regex PronounSpeakerAfterQuoteRegex = new(@"^[\s,]*(?:he|she)\s+(?:added|said|says|continued|noted|told)\b", RegexOptions.Compiled);

    /// <summary>A speaker's role and "of" right before a name: "said the head of ", "chief executive of the " (§65).</summary>
    private static readonly Regex RoleOfBeforeRegex = new(
        @"\b(?:said|says|told|according\s+to)\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:head|chief|director|officer|president|chairman|chairwoman|chair|executive|manager|spokes(?:man|woman|person)|founder|CEO|CFO|COO)\s+(?:[\p{Ll}-]+\s+){0,2}?of\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>After a quotation, words that open what the speaker reports ("adding that ", "saying "): names after them are
    /// spoken of, not the speaker's organisation.</summary>
    private static readonly Regex ReportedContentRegex = new(@"(?i)\bthat\b|,\s*(?:adding|saying|noting|explaining)\b", RegexOptions.Compiled);

    /// <summary>"The award supports", "The grant will fund", "The loan covers": a sentence opening with the money given.</summary>
    private static readonly Regex AwardOpenerRegex = new(@"^(?:The|This)\s+(?:award|grant|loan|funding|financing)\b(?!\s+(?:of|to|from)\b)", RegexOptions.Compiled);

    /// <summary>"has awarded ", "granted ", "lent " right before the recipient's name (the money follows the name).</summary>
    private static readonly Regex AwardedBeforeRegex = new(@"(?i)\b(?:awarded|granted|lent|loaned)\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>
    /// "The Department of Defense has awarded Ucore Rare Metals US$22.4 million to expand its complex ... The award supports a
    /// first phase with capacity of 2,000 tonnes": a sentence opening with the award (grant, loan), naming nobody before the
    /// figure, is about the recipient named in an earlier sentence ("awarded X", "a loan ... to X"), the latest such (§83).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? AwardRecipient(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is null || !AwardOpenerRegex.IsMatch(sentence.Text)
            || Actors(sentence, context).Exists(a => a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        (string? Id, string? Name, string? Kind)? recipient = null;
        foreach (var earlier in context.Sentences.Sentences)
        {
            if (earlier.End > sentence.Start)
            {
                break;
            }

            foreach (var actor in Actors(earlier, context))
            {
                var before = earlier.Text.AsSpan(0, actor.Start - earlier.Start);
                if (actor.Name is not null && (AwardedBeforeRegex.IsMatch(before) || RecipientBeforeRegex.IsMatch(before)))
                {
                    recipient = (actor.Id, actor.Name, actor.Kind);
                }
            }
        }

        return recipient;
    }

    /// <summary>"The unit blamed", "The subsidiary will", a sentence opening with a unit noun.</summary>
    private static readonly Regex UnitOpenerRegex = new(@"^(?:The|This)\s+(?:unit|subsidiary|arm|affiliate)\b(?!\s+(?:of|cost|costs|price|prices|sales)\b)", RegexOptions.Compiled);

    /// <summary>" of the unit's output", "the subsidiary's sales": a unit noun's possessive.</summary>
    private static readonly Regex UnitPossessiveRegex = new(@"\bthe\s+(?:unit|subsidiary|arm|affiliate)['’]s\s", RegexOptions.Compiled);

    /// <summary>", the Shenzhen-listed arm of", ", its Polish subsidiary,", ", a unit of": an apposition with a unit noun right after a name.</summary>
    private static readonly Regex UnitAppositionAfterRegex = new(
        @"^\s*,\s+(?:the|its|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:unit|subsidiary|arm|affiliate)\b(?=\s*(?:,|of\b|in\b|that\b|which\b))",
        RegexOptions.Compiled);

    /// <summary>
    /// "China Rare Earth Group Resources Technology, the Shenzhen-listed arm of ..., reported ... The parent group ... 1,150 tonnes of
    /// the unit's output", "X, the Estonian arm of the group, separated 2,400 t. The unit blamed ... its 3,000-tonne nameplate": a
    /// sentence that opens with "The unit" or writes "the unit's", naming nobody before the figure, is about the organisation
    /// the text described as a unit in apposition (", the ... arm of", ", its ... subsidiary,", "its ... subsidiary, X,"),
    /// the latest such before the sentence; null when there is none (§83).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? UnitAnaphor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (context.Sentences is null
            || !(UnitOpenerRegex.IsMatch(sentence.Text) || UnitPossessiveRegex.IsMatch(sentence.Text))
            || Actors(sentence, context).Exists(a => a.Start < sentence.Start + quantity.NumberStart))
        {
            return null;
        }

        (string? Id, string? Name, string? Kind)? unit = null;
        var unitAt = -1;
        foreach (var earlier in context.Sentences.Sentences)
        {
            if (earlier.End > sentence.Start)
            {
                break;
            }

            foreach (var actor in Actors(earlier, context))
            {
                var from = actor.Start - earlier.Start;
                var name = NameWrittenAt(actor.Start, context);
                if (actor.Start > unitAt && name > 0 && from + name <= earlier.Text.Length
                    && (UnitAppositionAfterRegex.IsMatch(earlier.Text.AsSpan(from + name))
                        || UnitAppositiveBefore(earlier.Text.AsSpan(0, from))))
                {
                    unit = (actor.Id, actor.Name, actor.Kind);
                    unitAt = actor.Start;
                }
            }
        }

        return unit;
    }

    /// <summary>The length of the organisation mention that starts at <paramref name="start"/>, or 0.</summary>
    private static int NameWrittenAt(int start, SubjectContext context) =>
        context.Organisations.Mentions.FirstOrDefault(m => m.Start == start) is { } mention
            ? mention.Length
            : context.Candidates.SelectMany(c => c.Evidence).FirstOrDefault(e => e.Start == start) is { } evidence ? evidence.Length : 0;

    /// <summary>The organisations and candidates named in a sentence, in order (absolute offsets).</summary>
    private List<(int Start, string? Id, string? Name, string? Kind)> Actors(Sentence sentence, SubjectContext context) =>
        context.Organisations.Mentions
            .Where(m => m.Start >= sentence.Start && m.End <= sentence.End)
            .Select(m => (m.Start, Id: (string?)m.Id, Name: (string?)index.Organisations[m.Id].Name, Kind: (string?)SubjectKinds.Organisation))
            .Concat(context.Candidates.SelectMany(c => c.Evidence
                .Where(e => e.Start >= sentence.Start && e.Start + e.Length <= sentence.End)
                .Select(e => (e.Start, Id: (string?)null, Name: (string?)c.Name, Kind: (string?)SubjectKinds.Candidate))))
            .OrderBy(a => a.Start)
            .ToList();

    private static bool InBefore(Sentence sentence, int start) =>
        sentence.Text.AsSpan(0, start - sentence.Start).TrimEnd().EndsWith(" in", StringComparison.OrdinalIgnoreCase);

    private static readonly char[] QuoteMarks = ['"', '“', '”'];

    /// <summary>A first-person plural in a quotation: "We shipped", "our plant", "for us".</summary>
    private static readonly Regex OwnVoiceRegex = new(@"(?i)\b(?:we|our|us|we['’]ve|we['’]ll)\b", RegexOptions.Compiled);

    /// <summary>A role and "of"/"at" right before a name: "Garnier is chief financial officer of ", "She heads sales at ".</summary>
    private static readonly Regex SpeakerRoleBeforeRegex = new(
        @"^[^.;]*\b(?:is|was|serves\s+as|heads|leads|runs)\b[^.;]*\b(?:chief|head|director|officer|president|chairman|chairwoman|chair|executive|manager|spokes(?:man|woman|person)|founder|partner|CEO|CFO|COO)\b[^.;]{0,40}?\b(?:of|at|for)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// True when the sentence names no actor before the figure but the subject, and names it right after "agreement with"
    /// ("Offtake agreement with X for 1,000 tpa"): the counterparty of a deal whose other party the sentence leaves out.
    /// </summary>
    private static bool OnlyCounterparty(Sentence sentence, Quantity quantity, (string? Id, string? Name, string? Kind) subject, SubjectContext context)
    {
        if (subject.Name is null || subject.Kind is not (SubjectKinds.Organisation or SubjectKinds.Candidate))
        {
            return false;
        }

        var numberAt = sentence.Start + quantity.NumberStart;
        var starts = context.Organisations.Mentions.Where(m => m.Start >= sentence.Start && m.Start < numberAt)
            .Select(m => (m.Start, Same: m.Id == subject.Id))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => e.Start >= sentence.Start && e.Start < numberAt).Select(e => (e.Start, Same: c.Name == subject.Name))))
            .ToList();
        return starts.Count > 0 && starts.All(a => a.Same)
            && (AgreementWithRegex.IsMatch(sentence.Text.AsSpan(0, starts.Min(a => a.Start) - sentence.Start))
                // "• First 250 tonnes of xenotime concentrate delivered to Iluka at Eneabba under the 3,000-tonne offtake": the
                // recipient of a delivery the line opens with is the buyer of the offtake it is made under (subject35).
                || (RecipientOpeningRegex.IsMatch(sentence.Text.AsSpan(0, starts.Min(a => a.Start) - sentence.Start))
                    && UnderAgreementBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart))));
    }

    /// <summary>A line that opens with a delivery (no name, no clause break) up to its recipient: "• First 250 tonnes of xenotime
    /// concentrate delivered to ", "Initial cargo of 5,000 t shipped to the ".</summary>
    private static readonly Regex RecipientOpeningRegex = new(
        @"^\W*[^,;:()]*?\b(?:delivered|shipped|sold|supplied|railed|trucked|sent|dispatched)\s+to\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>"under the " (and the agreement's own words) right before the figure: "under the 3,000-tonne offtake".</summary>
    private static readonly Regex UnderAgreementBeforeRegex = new(@"\bunder\s+(?:the|its|an|a|their)\s+(?:[\p{L}-]+\s+){0,3}?$", RegexOptions.Compiled);

    /// <summary>An agreement noun: "agreements", "offtake", "deal", "contract", "MoU".</summary>
    private static readonly Regex AgreementNounRegex = new(
        @"(?i)\b(?:agreements?|offtakes?|deals?|contracts?|memorand(?:um|a)\s+of\s+understanding|MoUs?|term\s+sheets?)\b", RegexOptions.Compiled);

    /// <summary>Text ending in "with" and at most four describing words before a name: "with ", "with Chinese-owned magnet maker ".</summary>
    private static readonly Regex WithCounterpartyBeforeRegex = new(
        @"\bwith\s+(?:(?:the|a|an)\s+)?(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{L}*-\p{Ll}[\p{L}-]*)\s+){0,4}$", RegexOptions.Compiled);

    /// <summary>A relative clause, infinitive or modal between a name and the figure: the name acts in it.</summary>
    private static readonly Regex NameActsBeforeFigureRegex = new(@"(?i)\b(?:which|who|that|will|would|to|can|could|shall|has|have|had|is|was)\b", RegexOptions.Compiled);

    /// <summary>
    /// "Earlier agreements cover 1,000 tpa with Siemens Gamesa and 800 tpa with Y": in a sentence about agreements whose
    /// only names are parties after "with" (before the figure only such names, acting in no clause of their own), those are
    /// counterparties; the figure is the story's main organisation's (most mentioned before the sentence, not one of them).
    /// Null when the rule does not apply.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? AgreementCounterpartiesOnly(Sentence sentence, Quantity quantity, (string? Id, string? Name, string? Kind) subject, SubjectContext context)
    {
        if (subject.Name is not null && subject.Kind is not (SubjectKinds.Organisation or SubjectKinds.Candidate))
        {
            return null;
        }

        var numberAt = sentence.Start + quantity.NumberStart;
        if (!AgreementNounRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            return null;
        }

        var actors = Actors(sentence, context);
        bool Counterparty(int start) => WithCounterpartyBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start));
        var before = actors.Where(a => a.Start < numberAt && !IsSource(sentence, a.Start)).ToList();
        if (before.Exists(a => !Counterparty(a.Start)))
        {
            return null;
        }

        var lastEnd = before.Count > 0 ? before.Max(a => a.Start) : -1;
        if (before.Count > 0 && NameActsBeforeFigureRegex.IsMatch(sentence.Text.AsSpan(lastEnd - sentence.Start, numberAt - lastEnd)))
        {
            return null;
        }

        // The figure's own party, right after it: "1,000 tpa with Siemens Gamesa" (the next name, when written after "with").
        var after = actors.Where(a => a.Start > numberAt).OrderBy(a => a.Start).FirstOrDefault();
        if (before.Count == 0 && (after.Name is null || !Counterparty(after.Start)))
        {
            return null;
        }

        // An earlier mention after "with" ("signed an offtake with Vestas") does not count towards the story's company.
        bool WrittenAsCounterparty(int start) => context.Sentences?.IndexOf(start) is >= 0 and var s && s < context.Sentences.Sentences.Count
                                                 && context.Sentences.Sentences[s] is var earlier
                                                 && WithCounterpartyBeforeRegex.IsMatch(earlier.Text.AsSpan(0, start - earlier.Start));
        var parties = actors.Where(a => Counterparty(a.Start)).Select(a => a.Id is null ? "c:" + a.Name : "o:" + a.Id).ToHashSet(StringComparer.Ordinal);
        var pool = context.Organisations.Mentions.Select(m => new Mention("o:" + m.Id, m.Start, m.Length))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Select(e => new Mention("c:" + c.Name, e.Start, e.Length))))
            .Where(m => m.Start < sentence.Start && !parties.Contains(m.Id) && !WrittenAsCounterparty(m.Start))
            .ToList();
        return MostMentioned(pool, sentence.Start) is { } main
            ? main.StartsWith("o:", StringComparison.Ordinal)
                ? (main[2..], index.Organisations[main[2..]].Name, SubjectKinds.Organisation)
                : (null, main[2..], SubjectKinds.Candidate)
            : null;
    }

    /// <summary>A sentence opening with a fronted phrase up to a comma right before a name: "Together with existing agreements
    /// with X for up to 1,500 tpa and with Y for 600 tpa, ", "In addition to its deals with X, ".</summary>
    private static readonly Regex FrontedPhraseBeforeNameRegex = new(
        @"^\s*(?:Together\s+with|Along\s+with|Alongside|In\s+addition\s+to|Added\s+to|Combined\s+with|On\s+top\s+of)\b(?:[^;:.]|\.(?=\d))*,\s*(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"and " right before a name: coordinated with the name before it ("with Hyundai Motor and Kia").</summary>
    private static readonly Regex CoordinatedBeforeNameRegex = new(@"\s(?:and|&)\s+$", RegexOptions.Compiled);

    /// <summary>Right after the main clause's name: its verb ("has now contracted", "will supply", "signed").</summary>
    private static readonly Regex MainClauseVerbAfterNameRegex = new(
        @"^\s+(?:(?:now|also|so\s+far|already)\s+)?(?:has|have|had|will|would|is|was|are|were|can|expects|plans|\p{Ll}{2,}ed)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "Together with existing agreements with X for up to 1,500 tpa and with Y for 600 tpa, Z has now contracted 3,300 tpa":
    /// a fronted phrase about agreements whose only names are the parties after "with" lists the main clause's counterparties;
    /// every figure of the sentence is the company the main clause opens with (§72). Null when the sentence has no such
    /// shape, when the fronted phrase names a country or a party not written after "with", or it names no agreement.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? FrontedCounterpartiesActor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var actors = Actors(sentence, context);
        var main = actors.FindIndex(a => FrontedPhraseBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, a.Start - sentence.Start)));
        if (main < 0)
        {
            return null;
        }

        var end = NamesIn(sentence, context.Organisations, context.Candidates).Find(n => n.Start == actors[main].Start - sentence.Start).End;
        if (end <= 0 || !MainClauseVerbAfterNameRegex.IsMatch(sentence.Text.AsSpan(end)))
        {
            return null;
        }

        var phraseEnd = actors[main].Start;
        if (!AgreementNounRegex.IsMatch(sentence.Text.AsSpan(0, phraseEnd - sentence.Start))
            || actors.Take(main).Select((a, i) => (a, i)).Any(p => !WithCounterpartyBeforeRegex.IsMatch(sentence.Text.AsSpan(0, p.a.Start - sentence.Start))
                                                                   && !(p.i > 0 && CoordinatedBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, p.a.Start - sentence.Start))))
            || context.Countries.Any(m => m.Length > 0 && !m.Dateline && m.Start >= sentence.Start && m.Start < phraseEnd))
        {
            return null;
        }

        return (actors[main].Id, actors[main].Name, actors[main].Kind);
    }

    /// <summary>"agreement with", "offtake deal with the", "contract with": the name after it is the other party.</summary>
    private static readonly Regex AgreementWithRegex = new(
        @"^\W*(?:(?:binding|non-binding|new|first|long-term|multi-year|\w+-year)\s+)*(?:offtake|supply|sales?|purchase)?\s*(?:agreement|deal|contract|memorandum\s+of\s+understanding|MoU|term\s+sheet)\s+with\s+(?:the\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>"Japanese magnet makers as a group consumed ", "German carmakers bought ": unnamed buyers of one nationality
    /// open the sentence with a verb of using or buying.</summary>
    private static readonly Regex DemonymBuyersOpenerRegex = new(
        @"^\s*(?:The\s+)?\p{Lu}[\p{L}-]*\s+(?:(?:magnet|motor|battery|turbine|electronics)\s+)?(?:makers|manufacturers|buyers|consumers|end[- ]users|automakers|carmakers)(?<rest>(?:\s+as\s+a\s+(?:group|whole))?\s+(?:consumed|consume|used|use|bought|buy|purchased|took|needed|need))\b",
        RegexOptions.Compiled);

    /// <summary>"Smelters in Ganzhou made ...", "In Sichuan, Liangshan smelters made ...", "Magnet makers in Ningbo bought ...", "Metal
    /// plants were estimated to hold ...": unnamed producers, plants, buyers or traders open the sentence.</summary>
    private static readonly Regex GenericProducersOpenerRegex = new(
        @"^\s*(?:In\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+)?(?:\p{Lu}[\p{L}-]*\s+|[Ll]ocal\s+)?(?:[Ss]melters|[Rr]efiners|[Ss]eparators|[Pp]roducers|[Mm]iners|(?:[Mm]agnet\s+|[Mm]otor\s+)?(?:[Mm]akers|[Mm]anufacturers)|[Bb]uyers|[Cc]onsumers|[Ee]nd[- ]users|[Tt]raders|[Pp]lants|[Ss]uppliers|[Ee]xporters|[Ii]mporters|[Rr]ecyclers)\s+(?:in\s+\p{Lu}|made|produced|cut|raised|mined|output|turned|bought|purchased|sold|imported|exported|shipped|processed|consumed|used|took|held|hold|were\s+estimated|are\s+estimated|were\s+thought|are\s+thought|were\s+believed|are\s+believed)",
        RegexOptions.Compiled);

    /// <summary>", up from ", "down from about ", "compared with ": the older value a figure is compared with follows.</summary>
    private static readonly Regex ComparedFromBeforeRegex = new(
        @"(?i),\s*(?:(?:up|down)\s+(?:\S+\s+)?from|compared\s+with)\s+(?:(?:about|around|roughly|some|nearly|almost|just|over)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>Right after a name: a speech verb ("said", "says", "reported"), so the name only speaks.</summary>
    private static readonly Regex SpeakerAfterNameRegex = new(
        @"^\s+(?:said|says|reported|reports|estimated|estimates|data\s+showed|figures\s+showed)\b", RegexOptions.Compiled);

    /// <summary>"Inventories at separation plants in ...", "Output among smelters ...", "European magnet makers together produced
    /// ...": a figure of unnamed plants or makers (plural, lower-case) opens the sentence; also after a survey's words ("An SMM
    /// survey showed inventories at 21 separation plants fell to", dev9 K14; round2b).</summary>
    private static readonly Regex UnnamedGroupOpenerRegex = new(
        @"^\s*(?:(?:(?:An?|The)\s+(?:[\p{L}-]+\s+){0,2}?(?:survey|poll)\s+(?:showed|shows|found|finds)\s+(?:that\s+)?)?(?:[Ii]nventories|[Ss]tocks|[Ss]tockpiles|Output|Production|Sales|Shipments)\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?(?:at|among|held\s+by|across)\s+(?:the\s+country's\s+)?(?:\d+\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:plants|separators|smelters|refiners|producers|makers|manufacturers|mills|mines|miners|traders|warehouses|recyclers)\b|(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:makers|producers|manufacturers|separators|smelters|refiners|miners|recyclers|plants)\s+(?:together|combined|collectively|as\s+a\s+group|between\s+them)\b)",
        RegexOptions.Compiled);

    /// <summary>"PrNd metal output in Baotou and Ganzhou was ", "Magnet production in Ningbo, Baotou and Ganzhou rose": the output of
    /// several places opens the sentence (§65).</summary>
    private static readonly Regex RegionalTotalOpenerRegex = new(
        @"^\s*(?:[\p{L}-]+\s+){0,3}?(?:output|production|capacity|consumption|demand|inventories|stocks)\s+in\s+\p{Lu}[\p{L}-]*(?:\s*,\s*\p{Lu}[\p{L}-]*)*\s+and\s+\p{Lu}[\p{L}-]*\s+(?:was|were|is|are|stood|reached|rose|fell|totalled|totaled|hit|climbed|dropped|came|grew)\b",
        RegexOptions.Compiled);

    /// <summary>"hosts 26 magnet producers with combined capacity of roughly ": unnamed makers and their combined figure (§65);
    /// "The city's magnet material producers now have combined capacity of ", "local smelters hold total capacity of ": a
    /// locality's (or local) unnamed makers holding a combined figure (subject35).</summary>
    private static readonly Regex CombinedUnnamedBeforeRegex = new(
        @"\b(?:[Tt]he\s+(?:city|province|prefecture|municipality|county|district|region|zone|park)['’]s|[Ll]ocal)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:makers|producers|manufacturers|plants|companies|firms|smelters|refiners|separators|mines|miners|factories|recyclers)\s+(?:(?:now|currently|together|collectively)\s+)?(?:have|has|had|hold|holds|held|boast|boasts)\s+(?:a\s+)?(?:combined|total|joint|aggregate)\s+(?:annual\s+)?(?:capacity|output|production)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?$|\b(?:hosts|has|have|had|hosted|counts|is\s+home\s+to|are\s+home\s+to)\s+(?:(?:about|some|around|more\s+than|over|nearly)\s+)?(?:\d+|\p{Ll}+)\s+(?:[\p{L}-]+\s+){0,2}?(?:makers|producers|manufacturers|plants|companies|firms|smelters|refiners|separators|mines|miners|factories)\s+with\s+(?:a\s+)?(?:combined|total|joint|aggregate)\s+(?:annual\s+)?(?:capacity|output|production)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"estimated that robots would add ", "expects electric two-wheelers will need about ": unnamed users (lower-case,
    /// no pronoun) adding to demand, right before the figure (§65).</summary>
    private static readonly Regex UnnamedAddsDemandBeforeRegex = new(
        @"\b(?:estimated|estimates|forecast|forecasts|predicted|predicts|expects|expected|projected|projects|reckons|believes|said|says)\s+(?:that\s+)?(?!(?:it|they|we|he|she|its|their|the|this|that|our)\b)(?:[\p{Ll}-]+\s+){1,3}?(?:would|will|could|may|might)\s+(?:add|need|consume|require|use|take|create)\s+(?:(?:about|around|roughly|some|nearly|another|an\s+extra|a\s+further|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>After the figure, in its clause: "of magnet demand", "a year to demand".</summary>
    private static readonly Regex DemandAfterRegex = new(@"^[^,;.]{0,60}?\b(?:demand|consumption)\b", RegexOptions.Compiled);

    /// <summary>"Port stocks of imported mixed carbonate at X stood at ": a stock of traded material, then its level, no clause break.</summary>
    private static readonly Regex StockOfTradedBeforeRegex = new(
        @"(?i)\b(?:stocks|inventories|inventory|stockpiles?)\s+of\s+(?:imported|exported)\s+[^,;.]{1,80}?\s+(?:stood|stand|stands|were|was|are|is|fell|rose|dropped|climbed|reached|totalled|totaled)\s+(?:at\s+|to\s+)?(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|an\s+estimated)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"the market for sintered magnets in Europe could reach ", "the market for NdPr oxide will grow to about ": a
    /// market's size right before the figure, with no clause break between.</summary>
    private static readonly Regex MarketSizeBeforeRegex = new(
        @"\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?market\s+for\s+[^,;.]{1,80}?\s+(?:could|would|will|may|might|should|is\s+expected\s+to|is\s+forecast\s+to|to)\s+(?:reach|hit|total|top|exceed|grow\s+to|climb\s+to|rise\s+to|expand\s+to)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"The wind sector", "The global magnet industry", "The market for sintered magnets": a sector or market opening the sentence (not "The market's").</summary>
    private static readonly Regex GenericSectorOpenerRegex = new(
        @"^\s*The\s+(?:[\p{Ll}-]+\s+){0,3}?(?:sector|industry|market)\b(?!['’])(?:\s+(?:alone|as\s+a\s+whole|overall)\b|\s+for\s+[\p{Ll}\s-]+?(?=\s+(?:is|are|was|were|will|would|could|may|might|should|to|has|have|had|reached|rose|fell|grew|climbed|totalled|totaled)\b))?\s+\p{Ll}",
        RegexOptions.Compiled);

    /// <summary>"Separator inventories of NdPr oxide fell to ...", "Smelters' stocks rose to ...", "Port stockpiles stood at ...": the
    /// stocks of a whole trade, unnamed holders, opening the sentence (dev6 convention (4): nobody's).</summary>
    private static readonly Regex UnnamedHoldersStocksOpenerRegex = new(
        @"^\s*(?:(?:Chinese|Japanese|European|Domestic|Industry|Social)\s+)?(?:[Ss]eparator|[Ss]melter|[Rr]efiner|[Pp]roducer|[Tt]rader|[Mm]agnet[\s-]maker|[Cc]onsumer|[Pp]ort|[Ww]arehouse)s?(?:['’])?\s+(?:inventories|inventory|stocks|stockpiles|holdings)\b",
        RegexOptions.Compiled);

    /// <summary>A market's supply or demand opening the sentence, perhaps with an "including" aside, then its verb: "Supply,
    /// including new projects in Australia and the US, is forecast", "Global demand for NdPr oxide will".</summary>
    private static readonly Regex MarketOpenerRegex = new(
        @"^\s*(?:(?:Global|World|Worldwide|Total|Mined|Refined|Primary)\s+)?(?:[Ss]upply|[Dd]emand)(?:\s+(?:of|for)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:\s*,\s*including\b[^;.]*?,)?\s+(?:is|are|was|were|will|would|could|may|might|should|rose|fell|grew|reached|totalled|totaled|climbed)\b",
        RegexOptions.Compiled);

    /// <summary>"In 2025 the city produced ", "The province's smelters made ", "the prefecture will mine ": a city, province,
    /// prefecture or county as the clause's subject, then its verb, up to the figure.</summary>
    private static readonly Regex LocalityActsBeforeRegex = new(
        @"(?:^\s*|,\s*|\b(?:In|in)\s+(?:\d{4}|the\s+\p{Ll}+)\s*,?\s*)[Tt]he\s+(?:city|province|prefecture|municipality|county|district)(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?\s+(?:(?:also|alone|together)\s+)?(?:produced|produces|made|makes|mined|mines|output|turned\s+out|processed|processes|separated|separates|smelted|refined|will\s+(?:produce|make|mine|process)|is\s+expected\s+to\s+(?:produce|make))\b[^;:]*$",
        RegexOptions.Compiled);

    /// <summary>"The city aims to lift its total magnet capacity to ", "The province plans to raise output to ": a locality's
    /// own target, opening the sentence or a clause (subject37, dev14 R12); "The city aims to build magnet capacity of more
    /// than" (dev9 K06; round2b).</summary>
    private static readonly Regex LocalityAimsBeforeRegex = new(
        @"(?:^\s*|,\s*)[Tt]he\s+(?:city|province|prefecture|municipality|county|district)\s+(?:aims|plans|intends|wants|hopes|expects)\s+to\s+(?:lift|raise|increase|expand|boost|grow|double|reach|bring|build|have|host)\b[^;:]*$",
        RegexOptions.Compiled);

    /// <summary>"Baotou's output of NdFeB magnets reached ": a place's possessive and a total noun opening the sentence.</summary>
    private static readonly Regex PlaceTotalOpenerRegex = new(
        @"^\s*(?<place>\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:output|production|capacity|consumption|exports|imports)\b[^;:]*$",
        RegexOptions.Compiled);

    /// <summary>
    /// "BAOTOU, Nov. 22 (Xinhua) -- ... Baotou's output of NdFeB magnets reached 85,000 tonnes": the total of the dateline's city
    /// (its possessive opening the sentence) is a regional total, nobody's (dev5's convention), not the story's company.
    /// </summary>
    private static bool DatelineCityTotal(Sentence sentence, Quantity quantity, SubjectContext context) =>
        PlaceTotalOpenerRegex.Match(sentence.Text[..quantity.NumberStart]) is { Success: true } total
        && context.Sentences is { } sentences
        && context.Countries.Any(m => m.Dateline && m.Length == total.Groups["place"].Length
                                      && sentences.Sentences.FirstOrDefault(t => t.Start <= m.Start && m.Start + m.Length <= t.End) is { } home
                                      && string.Equals(home.Text.Substring(m.Start - home.Start, m.Length), total.Groups["place"].Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>"estimates that the UK throws away more than ": a speaker's verb, "that", then a country acting as the clause's
    /// subject (not a possessive) and its verb, up to the figure.</summary>
    private static readonly Regex ReportedCountryClauseRegex = new(
        @"\b(?:estimates|estimated|says|said|reckons|calculates|calculated)\s+that\s+(?:the\s+)?(?<country>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?!['’])\p{Ll}+s\b[^,;:]*$",
        RegexOptions.Compiled);

    /// <summary>", with one Jiangxi separator selling ", "; one European trader bought about ": a later clause whose actor is one
    /// unnamed trader or producer, then its verb, right before the figure.</summary>
    private static readonly Regex UnnamedTraderInClauseRegex = new(
        @"(?:,\s*(?:with\s+|while\s+|and\s+)?|;\s*|\bwith\s+)(?:one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:trader|distributor|dealer|broker|merchant|buyer|stockist|separator|smelter|refiner|producer|supplier|miner)\s+(?:(?:in|from)\s+\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}+ing|\p{Ll}+ed|sold|bought)\s+(?:(?:about|around|some|roughly|nearly|up\s+to)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>"One European trader sold", "A Hamburg distributor bought", "Another dealer", "One large separator in Jiangxi
    /// sold" (§88): one unnamed trader or producer opening the sentence.</summary>
    private static readonly Regex UnnamedTraderOpenerRegex = new(
        @"^\s*(?:In\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+)?(?:One|one|A|An|Another)\s+(?:[\p{L}-]+\s+){0,2}?(?:trader|distributor|dealer|broker|merchant|buyer|stockist|trading\s+house|separator|smelter|refiner|producer|supplier|miner|maker|manufacturer|consumer|end-user)\s+\p{Ll}",
        RegexOptions.Compiled);

    /// <summary>A generic unit's opener, then "of the kind"/"of the type"/"such as"/"like those of", then at most one name and
    /// "and"/"or", right before a name: the name is an example of the unit.</summary>
    private static readonly Regex ExampleOfUnitBeforeNameRegex = new(
        @"^\s*(?:A|An|Each|Every|One)\b[^,;.]*?\b(?:of\s+the\s+(?:kind|type|sort|class)|such\s+as|like\s+(?:those|the\s+ones?)\s+(?:of|from|made\s+by|built\s+by))\s+(?:(?:\p{Lu}[\p{L}&.-]*\s+){1,4}(?:and|or)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A unit's verb of carrying or needing right before the figure: "carries roughly ", "uses around ", "needs about ".</summary>
    private static readonly Regex UnitCarriesBeforeRegex = new(
        @"\b(?:carries|contains|uses|needs|requires|holds)\s+(?:(?:roughly|about|around|some|nearly|up\s+to|as\s+much\s+as|between)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A processing verb right before the figure: "refined 600 tonnes", "toll-processed about 300 t".</summary>
    private static readonly Regex ProcessedBeforeRegex = new(
        @"(?i)\b(?:toll[- ]?)?(?:processed|treated|refined|separated|tolled|toll-processes|processes|refines|treats)\s+(?:(?:about|around|some|roughly|nearly|almost|another|a\s+further|an?\s+additional)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>From the figure to the owner of tolled material: " of monazite for ", " was processed for ", " were toll-treated on behalf of ".</summary>
    private static readonly Regex ForOwnerAfterRegex = new(
        @"^(?<span>[^,;:.()""“”]{0,80}?)\s(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A passive processing verb in the span after the figure: "was processed", "were toll-treated".</summary>
    private static readonly Regex PassiveProcessedRegex = new(
        @"(?i)\b(?:was|were|is|are|been|be)\s+(?:toll[- ]?)?(?:processed|treated|refined|separated|tolled)\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "IREL handled 11,400 tonnes of monazite, of which 4,300 tonnes was processed for Toyotsu Rare Earths India under a tolling
    /// arrangement", "X also refined 600 tonnes of concentrate for Y": material processed for a named party is that party's (the
    /// owner of tolled material, dev6 (9)), when the name follows the figure in the same clause after "for"/"on behalf of" and a
    /// processing verb stands right before the figure or passively after it (§79). Null otherwise.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? TolledFor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var verbBefore = ProcessedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart));
        foreach (var actor in Actors(sentence, context))
        {
            var at = actor.Start - sentence.Start;
            if (at <= quantity.End)
            {
                continue;
            }

            if (ForOwnerAfterRegex.Match(sentence.Text[quantity.End..at]) is not { Success: true } between)
            {
                return null; // the first name after the figure is not the one processed for
            }

            return verbBefore || PassiveProcessedRegex.IsMatch(between.Groups["span"].Value) ? (actor.Id, actor.Name, actor.Kind) : null;
        }

        return null;
    }

    /// <summary>A speech verb followed by a generic unit, before the figure: "said the average electric vehicle contains ",
    /// "estimates that a typical turbine uses " (group general: average/typical), "said each new motor needs " (not "each of its").</summary>
    private static readonly Regex SaidGenericUnitRegex = new(
        @"\b(?:said|says|estimated|estimates|noted|notes|added|explained|told\s+\w+)\s+(?:that\s+)?(?:(?<general>(?:the|an?)\s+(?:average|typical))|(?:an?|each|every|one)\s+(?!of\s)(?:single|standard|modern|new)?)\b[^;:.""“”]*$",
        RegexOptions.Compiled);

    /// <summary>"between them", "among them", "together" in the figure's clause after it: a sum over the names before.</summary>
    private static readonly Regex SumOverThemAfterRegex = new(@"^[^,;.]{0,80}?\b(?:between|among|amongst)\s+them\b", RegexOptions.Compiled);

    /// <summary>"Brazil and Australia combined could mine ": "combined"/"together" after the listed names, a few words before the figure.</summary>
    private static readonly Regex CombinedBeforeRegex = new(@"\b(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+(?:combined|together)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:(?:about|roughly|around|some|nearly|up\s+to|more\s+than)\s+)?$", RegexOptions.Compiled);

    /// <summary>Whether a country mention is written as a possessive ("China's share"), which qualifies a noun, not a summed party.</summary>
    private static bool PossessiveAfter(Sentence sentence, Mention country)
    {
        var end = country.End - sentence.Start;
        return end >= 0 && end < sentence.Text.Length && sentence.Text[end] is '\'' or '’';
    }

    /// <summary>"there are about ", "there were an estimated ": an existential clause right before the figure.</summary>
    private static readonly Regex ThereAreBeforeRegex = new(
        @"(?i)\bthere\s+(?:are|is|were|was|will\s+be|could\s+be)\s+(?:(?:about|roughly|around|some|nearly|almost|an\s+estimated|more\s+than|over|up\s+to|at\s+least)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>A world word later in the sentence: "discarded each year worldwide", "in the world", "globally".</summary>
    private static readonly Regex WorldAfterRegex = new(@"(?i)^[^;.]*?\b(?:worldwide|globally|in\s+the\s+world|around\s+the\s+world|across\s+the\s+world)\b", RegexOptions.Compiled);

    /// <summary>"A single 15-megawatt turbine", "Each new motor": a generic unit opens the sentence (not "Each of its turbines", the company's).</summary>
    private static readonly Regex GenericUnitOpenerRegex = new(@"^\s*(?:A|An|Each|Every|One)\s+(?!of\s+(?:its|their|the\s+company['’]s)\s)(?:single|typical|average|standard|modern|new)?\b", RegexOptions.Compiled);

    private static readonly Regex ReceivedBeforeRegex = new(@"(?i)\b(?:received|receives|receive|receiving)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|its\s+first|a\s+first|the\s+first)\s+)?$", RegexOptions.Compiled);

    private static readonly Regex FromAfterRegex = new(@"^\s*(?:of\s+(?:[\p{L}-]+\s+){0,6}?)?from\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>"received 300 tonnes of monazite concentrate from Prairie Minerals Inc": an offtake's subject is its supplier,
    /// the organisation or candidate right after "from" (the receiver is the buyer).</summary>
    private (string? Id, string? Name, string? Kind)? ReceivedFrom(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (!ReceivedBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            return null;
        }

        bool After(int start) =>
            start >= sentence.Start + quantity.End && start <= sentence.End
            && FromAfterRegex.IsMatch(sentence.Text.AsSpan(quantity.End, start - sentence.Start - quantity.End));

        foreach (var mention in context.Organisations.Mentions)
        {
            if (After(mention.Start))
            {
                return (mention.Id, index.Organisations[mention.Id].Name, SubjectKinds.Organisation);
            }
        }

        foreach (var candidate in context.Candidates)
        {
            if (candidate.Evidence.Any(e => After(e.Start)))
            {
                return (null, candidate.Name, SubjectKinds.Candidate);
            }
        }

        return null;
    }

    /// <summary>A verb of buying right before the figure ("agreed to buy ", "has secured up to ", "bought an initial ").</summary>
    private static readonly Regex BoughtBeforeRegex = new(
        @"(?i)\b(?:buy|buys|buying|bought|purchase[sd]?|purchasing|secure[sd]?|securing|source[sd]?|sourcing)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to|at\s+least|an?\s+(?:additional|further|initial|first)|its\s+first|the\s+first)\s+)?$",
        RegexOptions.Compiled);

    /// <summary>From the figure to a seller's name: no clause break, "from", then at most a description ("Slovenian producer ",
    /// "Malaysia's ", "the Tanzanian miner ").</summary>
    private static readonly Regex FromSellerRegex = new(
        @"^[^,;]{0,100}?\bfrom\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2})?$",
        RegexOptions.Compiled);

    /// <summary>Before a country: "its own estimate for ", "raised its reserve estimate for the ".</summary>
    private static readonly Regex EstimateForBeforeRegex = new(@"(?i)\bestimates?\s+for\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Between the country and the figure: " to ", " at about ".</summary>
    private static readonly Regex EstimateLevelRegex = new(
        @"(?i)^\s+(?:to|at)\s+(?:(?:about|around|some|roughly|nearly|approximately)\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "the U.S. Geological Survey cut its own estimate for Vietnam to 3.5 million tons", "raised its estimate for Brazil to
    /// 21 million tonnes": a figure an estimate sets for a named country is that country's, not the estimating body's.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? EstimateForCountry(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        foreach (var m in context.Countries)
        {
            if (m.Length == 0 || m.Start < sentence.Start || m.End > sentence.Start + quantity.NumberStart)
            {
                continue;
            }

            var (start, end) = (m.Start - sentence.Start, m.End - sentence.Start);
            if (EstimateForBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start))
                && EstimateLevelRegex.IsMatch(sentence.Text.AsSpan(end, quantity.Start - end)))
            {
                return (m.Id, index.Countries[m.Id].Name, SubjectKinds.Country);
            }
        }

        return null;
    }

    /// <summary>A possessive right after a name: "from Y's refinery" names Y's asset, not Y as the seller.</summary>
    private static readonly Regex PossessiveAfterNameRegex = new(@"^['’]s?\s", RegexOptions.Compiled);

    /// <summary>
    /// "X agreed to buy 2,400 t of magnets over six years from Slovenian producer Y", "It has secured 150 tonnes of oxide from
    /// Y": an offtake's subject is its supplier (tonnages.md T34), the organisation or candidate the figure is bought from
    /// (not "from Y's refinery": what is bought from an asset keeps the buyer; not a country of origin).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? BoughtFrom(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        if (!BoughtBeforeRegex.IsMatch(sentence.Text.AsSpan(0, quantity.NumberStart)))
        {
            return null;
        }

        bool Seller(int start, int end) =>
            start >= sentence.Start + quantity.End && end <= sentence.End
            && FromSellerRegex.IsMatch(sentence.Text.AsSpan(quantity.End, start - sentence.Start - quantity.End))
            && !PossessiveAfterNameRegex.IsMatch(sentence.Text.AsSpan(end - sentence.Start));

        var named = context.Organisations.Mentions.Where(m => Seller(m.Start, m.End))
            .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => Seller(e.Start, e.Start + e.Length))
                .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate)))))
            .OrderBy(n => n.Start)
            .ToList();
        return named.Count > 0 ? named[0].Subject : null;
    }

    /// <summary>A verb of hiring a supplier and at most a few description words before its name ("contracted state miner ").</summary>
    private static readonly Regex HiredBeforeRegex = new(
        @"(?i)\b(?:contract(?:s|ed)|hire[sd]?|engage[sd]?|commission(?:s|ed)|award(?:s|ed)|appoint(?:s|ed)|select(?:s|ed)|tapp(?:s|ed)|enlist(?:s|ed))\s+(?:[\p{L}'’-]+\s+){0,4}$",
        RegexOptions.Compiled);

    /// <summary>From a hired supplier's name to the figure: "(a contract) to supply/deliver/provide" and at most a hedge.</summary>
    private static readonly Regex HiredToSupplyRegex = new(
        @"^(?:\s*,[^,;]{0,80},)?\s+(?:(?:a|an|the)\s+(?:[\p{L}$.,-]+\s+){0,4}?(?:contract|deal|agreement|order|tender)\s+)?to\s+(?:supply|deliver|provide|ship|sell|furnish)\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+much\s+as|an?\s+(?:additional|further|initial|first)|its\s+first|the\s+first)\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// "The agency contracted state miner X to supply 500 tonnes", "awarded X a contract to deliver 80 tonnes", "hired X to
    /// provide 120 tonnes": what a hired supplier is to supply is its offtake (the supplier convention of tonnages.md T34).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? HiredSupplier(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        bool Supplier(int start, int end) =>
            start >= sentence.Start && end <= sentence.Start + quantity.NumberStart
            && HiredBeforeRegex.IsMatch(sentence.Text.AsSpan(0, start - sentence.Start))
            && HiredToSupplyRegex.IsMatch(sentence.Text.AsSpan(end - sentence.Start, quantity.NumberStart - (end - sentence.Start)));

        return context.Organisations.Mentions.Where(m => Supplier(m.Start, m.End))
            .Select(m => ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation))
            .Concat(context.Candidates.SelectMany(c => c.Evidence.Where(e => Supplier(e.Start, e.Start + e.Length))
                .Select(e => ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate))))
            .Cast<(string? Id, string? Name, string? Kind)?>()
            .FirstOrDefault();
    }

    /// <summary>Nouns of a definite description and the organisation kinds (companies.csv) they fit; an empty set fits any company.</summary>
    private static readonly Dictionary<string, string[]> DescriptionKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["carmaker"] = ["end user"],
        ["automaker"] = ["end user"],
        ["miner"] = ["miner"],
        ["trader"] = ["trading house"],
        ["refiner"] = ["refiner/separator"],
        ["separator"] = ["refiner/separator"],
        ["maker"] = ["magnet maker"], // "the Chinese magnet maker plans to add" (§65)
        ["producer"] = [],
        ["developer"] = [],
        ["company"] = [],
        ["firm"] = [],
        ["group"] = [],
    };

    private static bool IsExchange(OrganisationEntry organisation) =>
        organisation.Kind == "other" && organisation.Roles.Contains("stock exchange", StringComparer.Ordinal);

    /// <summary>Whether an organisation is a company: not a source, a state body or another kind "the company" does not describe.</summary>
    private bool IsCompany(OrganisationEntry organisation) =>
        !organisation.IsSourceKind && !options.StateBodyKinds.Contains(organisation.Kind) && !NotCompanyKinds.Contains(organisation.Kind)
        && !(organisation.Kind == "other" && organisation.Roles.Contains("bank", StringComparer.Ordinal));

    /// <summary>Kinds that "the company" does not describe (besides state bodies). A bank (kind "other", role "bank") is none
    /// either: the broker that signs a note ("Macquarie Research, 20 November 2026 ... We model output of 4,440 tpa") lends
    /// or advises, it does not mine, make or buy what the note counts.</summary>
    private static readonly HashSet<string> NotCompanyKinds = new(StringComparer.Ordinal)
    {
        "news outlet", "price reporting agency", "research firm", "international organisation", "industry association",
    };

    /// <summary>What an armed group is described as (the companies.csv role "armed group"): "the militia", "the rebels",
    /// "the insurgent group"; also at the start of a sentence and as a possessive ("The fighters' leaching ponds").</summary>
    private static readonly string ArmedGroupNouns =
        @"(?<noun>militias?|rebels|insurgents|guerrillas|fighters|(?:armed|rebel|insurgent)\s+(?:group|army|forces?|movement|organi[sz]ation))";

    /// <summary>The kinds or roles of an organisation that an armed-group noun describes.</summary>
    private static readonly string[] ArmedGroupRoles = ["armed group"];

    private static readonly string DescriptionPattern =
        @"(?:\bthe\s+(?:(?<demonym>\p{Lu}[\p{L}-]+)\s+)?(?:(?:rare[-\s]earths?|magnet|metals?|mining)\s+)?(?<noun>carmaker|automaker|miner|trader|refiner|separator|maker|producer|developer|company|firm|group)"
        + @"|\b[Tt]he\s+" + ArmedGroupNouns + @"(?:['’]s?(?:\s+[\p{Ll}-]+){1,3}?)?)\s+";

    /// <summary>Before the figure: "a move the carmaker said would cut its use by 40 t" (the description acts, no clause break after it).</summary>
    private static readonly Regex DescriptionBeforeRegex = new(
        DescriptionPattern + @"(?:(?:now|also|still|already|\p{Ll}+ly)\s+)?(?:said|says|has|had|have|will|would|plans|expects|wants|is|was|are|were|\p{Ll}+ed|\p{Ll}{2,}[^s\W]s)\b[^,;:.]*$",
        RegexOptions.Compiled);

    /// <summary>After the figure: "the 600 tonnes a year the Danish company had ordered" (an object relative clause).</summary>
    private static readonly Regex DescriptionAfterRegex = new(
        @"^[^,;:.]{0,40}?" + DescriptionPattern + @"(?:has|had|have)\s+(?:\p{Ll}+\s+)?\p{Ll}+ed\b",
        RegexOptions.Compiled);

    /// <summary>
    /// "a move the carmaker said would cut its dysprosium use by 40 t", "240 t, less than half of the 600 t a year the Danish
    /// company had ordered": a definite description that acts on the figure, with no name between it and the figure, is the
    /// latest organisation or candidate named before it whose kind fits the noun and whose country fits the demonym (a plain
    /// "the company" or "the miner" is left to the anaphor rules).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? DescribedActor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        var names = NamesIn(sentence, context.Organisations, context.Candidates);
        var match = DescriptionBeforeRegex.Match(sentence.Text[..quantity.NumberStart]);
        var at = sentence.Start + match.Index;
        if (!match.Success || names.Exists(n => n.Start >= match.Index && n.Start < quantity.NumberStart))
        {
            var after = DescriptionAfterRegex.Match(sentence.Text[quantity.End..]);
            if (!after.Success || names.Exists(n => n.Start >= quantity.End && n.Start < quantity.End + after.Index + after.Length))
            {
                return null;
            }

            match = after;
            at = sentence.Start + quantity.End + after.Index;
        }

        string? country = null;
        if (match.Groups["demonym"].Success && !demonymCountries.TryGetValue(match.Groups["demonym"].Value, out country))
        {
            return null; // "the Baotou group": not a demonym
        }

        if (country is null && TonnageLexicon.OrganisationAnaphors.Contains(match.Groups["noun"].Value))
        {
            return null; // "the company expects": the anaphor rules (the main organisation so far) decide
        }

        // "The militia is now taxing output it estimates at 2,000 t": an armed-group noun is the latest organisation named
        // before it that the reference data gives that role (never a candidate company).
        var armed = !DescriptionKinds.TryGetValue(match.Groups["noun"].Value, out var kinds);
        kinds ??= ArmedGroupRoles;
        var organisation = context.Organisations.Mentions
            .Where(m => m.Start < at && index.Organisations[m.Id] is var o
                        && (kinds.Length == 0
                            ? !NotCompanyKinds.Contains(o.Kind) && !options.StateBodyKinds.Contains(o.Kind)
                            : kinds.Contains(o.Kind, StringComparer.Ordinal) || o.Roles.Any(r => kinds.Contains(r, StringComparer.Ordinal)))
                        && (country is null || o.CountryCode == country))
            .Select(m => (m.Start, Subject: ((string?)m.Id, (string?)index.Organisations[m.Id].Name, (string?)SubjectKinds.Organisation)));
        // A candidate's kind is only a hint ("company"): it fits a company noun, and a kind noun only when no known organisation does.
        var candidates = context.Candidates
            .Where(c => (country is null || c.CountryCode == country) && !(c.KindHint is { } hint && options.StateBodyKinds.Contains(hint)))
            .SelectMany(c => c.Evidence.Where(e => e.Start < at)
                .Select(e => (e.Start, Subject: ((string?)null, (string?)c.Name, (string?)SubjectKinds.Candidate))));
        var known = organisation.ToList();
        var latest = (armed || (kinds.Length > 0 && known.Count > 0) ? known : known.Concat(candidates)).OrderByDescending(n => n.Start).ToList();
        return latest.Count > 0 ? latest[0].Subject : null;
    }

    /// <summary>Right after the figure: its material, then a passive trade verb and its route preposition, up to a country:
    /// " of rare earth magnets were imported into ", " of NdPr oxide were exported from ".</summary>
    private static readonly Regex PassiveTradeAfterRegex = new(
        @"^(?:\s+(?:of|in)\s+[^,;:.()]{1,80}?)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:also|reportedly|officially)\s+)?(?<verb>imported|exported)\s+(?<prep>into|to|from)\s+(?:the\s+)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "As per DGCI&amp;S data, 53,748 tonnes of rare earth magnets were imported into India in 2025-26", "150 tonnes of NdPr oxide
    /// were exported from Vietnam to Japan": a figure that is the passive subject of a trade verb is the trade of the country
    /// the route names (the importer after "into"/"to", the exporter after "from"), not the previous sentence's company.
    /// Only when no organisation acts in the figure's clause before it (a fronted "According to X," or "As per X data," speaks).
    /// </summary>
    private (string? Id, string? Name, string? Kind)? PassiveTradeCountry(Sentence sentence, Quantity quantity, string measure, SubjectContext context)
    {
        var clauseStart = Math.Max(sentence.Text.LastIndexOfAny([',', ';', ':'], Math.Max(0, quantity.NumberStart - 1)) + 1, 0);
        if (NamesIn(sentence, context.Organisations, context.Candidates).Exists(n => n.Start >= clauseStart && n.Start < quantity.NumberStart))
        {
            return null;
        }

        foreach (var mention in context.Countries)
        {
            if (mention.Length == 0 || mention.Dateline || mention.Start < sentence.Start + quantity.End || mention.End > sentence.End)
            {
                continue;
            }

            if (PassiveTradeAfterRegex.Match(sentence.Text[quantity.End..(mention.Start - sentence.Start)]) is not { Success: true } passive)
            {
                continue;
            }

            var exporter = passive.Groups["prep"].Value == "from";
            if ((measure == Measures.Export) != exporter || (passive.Groups["verb"].Value == "exported") != exporter
                || !index.Countries.TryGetValue(mention.Id, out var country))
            {
                return null;
            }

            return (mention.Id, country.Name, SubjectKinds.Country);
        }

        return null;
    }

    /// <summary>Right before a name: ", with " (perhaps "Hanoi-based " or "state-owned " between) opening an absolute clause.</summary>
    private static readonly Regex WithBeforeNameRegex = new(
        @"(?:,|\band)\s+with\s+(?:(?:[\p{L}-]+-(?:based|owned|backed)|state-owned|privately\s+held|local|domestic|rival|listed)\s+)?(?:\p{Ll}+\s+){0,2}?$",
        RegexOptions.Compiled);

    /// <summary>Right after the name, up to the figure: a participle of taking or doing and its object, no clause break
    /// (" winning the largest block of ", " taking a further ", " accounting for about ").</summary>
    private static readonly Regex ParticipleToFigureRegex = new(
        @"^(?:['’]s?)?\s+(?:alone\s+)?(?:winning|taking|securing|getting|receiving|obtaining|buying|purchasing|accounting\s+for|contributing|supplying|producing|selling|shipping|importing|exporting|adding|holding|booking|claiming)\b[^,;:()""“”]{0,60}$",
        RegexOptions.Compiled);

    /// <summary>
    /// "The ministry selected five bidders to set up 6,000 tonnes of capacity, with Sona Comstar winning the largest block of 1,500
    /// tonnes a year", "the plant processed 620 tonnes, with Hanoi-based Dong Pao Minerals taking a further 410 tonnes": a name
    /// acting in an absolute "with X -ing" clause right before the figure is its subject, not the sentence's opening body or
    /// company (subject35). One unnamed actor ("with one Jiangxi separator selling") is left to its own rule.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? WithParticipleActor(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        foreach (var (start, end) in NamesIn(sentence, context.Organisations, context.Candidates).OrderByDescending(n => n.Start))
        {
            if (start >= quantity.NumberStart || end > quantity.NumberStart)
            {
                continue;
            }

            if (!WithBeforeNameRegex.IsMatch(sentence.Text.AsSpan(0, start)) || !ParticipleToFigureRegex.IsMatch(sentence.Text.AsSpan(end, quantity.NumberStart - end)))
            {
                return null; // only the last name before the figure may act in the clause
            }

            return Actors(sentence, context).FirstOrDefault(a => a.Start == sentence.Start + start) is { Name: not null } actor
                ? (actor.Id, actor.Name, actor.Kind)
                : null;
        }

        return null;
    }

    /// <summary>After the figure, in its clause, up to a name: the material held somewhere, then a verb of belonging or
    /// ownership (" of carbonate held in a bonded warehouse in Rotterdam belonged to ", " of didymium metal stored in Rotterdam
    /// was owned by ").</summary>
    private static readonly Regex OwnedAfterFigureRegex = new(
        @"^[^,;:()""“”]{0,120}?\s(?:belong(?:s|ed)?\s+to|(?:was|were|is|are|remain(?:s|ed)?)\s+(?:still\s+|legally\s+|beneficially\s+)?owned\s+by)\s+(?:(?:the|its|their)\s+)?(?:(?:\p{Lu}[\p{L}-]*|\p{Ll}+)\s+){0,2}?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "The tribunal ruled that 640 tonnes of carbonate held in a bonded warehouse in Rotterdam belonged to Hanse", "a further
    /// 75 tonnes stored in Rotterdam was owned by trader X": material the clause says belongs to a name is that owner's (its
    /// stockpile), not the ruling body's nor the sentence's first company (subject35). The name must close the verb phrase.
    /// </summary>
    private (string? Id, string? Name, string? Kind)? OwnerAfterFigure(Sentence sentence, Quantity quantity, SubjectContext context)
    {
        foreach (var (start, _) in NamesIn(sentence, context.Organisations, context.Candidates).Where(n => n.Start >= quantity.End).OrderBy(n => n.Start))
        {
            if (!OwnedAfterFigureRegex.IsMatch(sentence.Text.AsSpan(quantity.End, start - quantity.End)))
            {
                return null; // only the first name after the figure may be its owner
            }

            return Actors(sentence, context).FirstOrDefault(a => a.Start == sentence.Start + start) is { Name: not null } owner
                ? (owner.Id, owner.Name, owner.Kind)
                : null;
        }

        return null;
    }

    private static readonly Regex ToBeforeRegex = new(@"\bto\s+(?:the\s+)?$", RegexOptions.Compiled);

    /// <summary>A shipment noun ("shipments", "consignments") followed within a few words by "to [the]" + a country (the verbs
    /// are left: "sent 3,200 tonnes to Japan under a tolling arrangement" stays a shipment).</summary>
    private static bool ShippedToCountry(Sentence sentence, List<Token> words, IReadOnlyList<Mention> countries)
    {
        const int ToCountryWords = 10;
        foreach (var mention in countries)
        {
            if (mention.Length == 0 || mention.Start < sentence.Start || mention.End > sentence.End)
            {
                continue;
            }

            var at = mention.Start - sentence.Start;
            if (!ToBeforeRegex.IsMatch(sentence.Text.AsSpan(0, at)))
            {
                continue;
            }

            var countryWord = words.FindIndex(t => t.Start >= at);
            for (var w = Math.Max(0, countryWord - ToCountryWords); w >= 0 && w < countryWord; w++)
            {
                if (words[w].Text.ToLowerInvariant() is "shipments" or "shipment" or "consignments" or "consignment")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A country (name, possessive or demonym) right before an export/import word of the figure's measure ("Chinese export licensing", "China's exports").</summary>
    private static string? CountryBeforeTradeWord(Sentence sentence, string measure, IReadOnlyList<Mention> countries)
    {
        foreach (var mention in countries)
        {
            if (mention.Length == 0 || mention.Start < sentence.Start || mention.End > sentence.End)
            {
                continue;
            }

            var next = Tokenizer.Tokenize(sentence.Text[(mention.End - sentence.Start)..]).Where(t => t.IsWord && t.Text != "s").Take(1).ToList();
            if (next.Count == 1 && TonnageLexicon.MeasureCues.TryGetValue(next[0].Text, out var cue) && cue == measure)
            {
                return mention.Id;
            }
        }

        return null;
    }

    /// <summary>A state body that is the government itself, never running a plant: "Union Cabinet (India)", "State Council",
    /// "The White House", "Council of Ministers"; its scheme's capacity or output target is the country's, like a ministry's (§45).</summary>
    private static readonly Regex GovernmentNameRegex = new(@"\b(?:Cabinet|State\s+Council|Council\s+of\s+Ministers|Government|White\s+House)\b", RegexOptions.Compiled);

    /// <summary>Whether a figure of this measure announced by a state body of this kind is its country's.</summary>
    private bool NationalFor(string kind, string measure) =>
        options.NationalMeasures.Contains(measure) || (options.PolicyBodyKinds.Contains(kind) && options.PolicyMeasures.Contains(measure));

    /// <summary>
    /// "Neo Performance Materials' NPM Silmet plant produced 1,720 tonnes", "X said its Korean Metals Plant produced 42 t":
    /// a unit of the subject named after the subject and before the figure in the same sentence is the one the figure is
    /// about (not "The unit said ..., while parent X is targeting 45,000 t": the parent is named after its unit).
    /// </summary>
    private OrganisationEntry? UnitNamedBefore(Sentence sentence, Quantity quantity, string parentId, OrganisationResult organisations)
    {
        var numberAt = sentence.Start + quantity.NumberStart;
        var parentAt = -1;
        OrganisationEntry? unit = null;
        OrganisationEntry? unitWithoutParent = null;
        foreach (var mention in organisations.Mentions.Where(m => m.Start >= sentence.Start && m.End <= numberAt).OrderBy(m => m.Start))
        {
            if (mention.Id == parentId)
            {
                parentAt = mention.Start;
                unit = null;
            }
            else if (index.Organisations[mention.Id] is { } entry && entry.ParentId == parentId
                     && !SupplyRecipientBeforeRegex.IsMatch(sentence.Text.AsSpan(0, mention.Start - sentence.Start)))
            {
                if (parentAt >= 0)
                {
                    unit ??= entry;
                }
                else
                {
                    unitWithoutParent ??= entry;
                }
            }
        }

        // "The company said the Kuantan facility, operated by subsidiary Lynas Malaysia, has capacity of 10,500 tonnes": the
        // parent only by anaphor, its unit named before the figure.
        return unit ?? (parentAt < 0 ? unitWithoutParent : null);
    }

    /// <summary>"will supply ", "sells to ", "to deliver to ": right before a unit that receives the parent's material (§83).</summary>
    private static readonly Regex SupplyRecipientBeforeRegex = new(
        @"(?i)\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|provid(?:e|es|ed|ing))\s+(?:to\s+)?(?:the\s+|its\s+(?:[\p{L}-]+\s+){0,2}?)?$",
        RegexOptions.Compiled);

    /// <summary>
    /// "X said its Malaysian processing plant produced 2,310 tonnes", "X's Malaysian unit produced ...": a unit, plant or
    /// subsidiary of the subject qualified by a nationality is the subject's one organisation in the reference data with
    /// that parent and that country, when there is exactly one.
    /// </summary>
    private OrganisationEntry? UnitByNationality(Sentence sentence, Quantity quantity, string parentId)
    {
        foreach (Match match in NationalUnitRegex.Matches(sentence.Text[..quantity.NumberStart]))
        {
            if (!demonymCountries.TryGetValue(match.Groups["demonym"].Value, out var code))
            {
                continue;
            }

            var units = index.Gazetteer.Organisations.Where(o => o.ParentId == parentId && o.CountryCode == code).Take(2).ToList();
            if (units.Count == 1)
            {
                return units[0];
            }
        }

        return null;
    }

    /// <summary>
    /// "The Department of Atomic Energy unit plans to raise its output to 900 tonnes", "the Tokyo group's subsidiary will
    /// make 2,000 t": the parent named as what the actor is a unit of ("[parent] unit", "[parent]'s subsidiary") means the
    /// one organisation the text names whose parent is that parent (parent_id in companies.csv); null when it names none
    /// or several.
    /// </summary>
    private OrganisationEntry? UnitByParentNoun(Sentence sentence, Quantity quantity, string parentId, OrganisationResult organisations)
    {
        var numberAt = sentence.Start + quantity.NumberStart;
        var parentMention = organisations.Mentions.Where(m => m.Id == parentId && m.Start >= sentence.Start && m.End <= numberAt).OrderBy(m => m.Start).FirstOrDefault();
        if (parentMention is null || !ParentUnitNounRegex.IsMatch(sentence.Text.AsSpan(parentMention.End - sentence.Start)))
        {
            return null;
        }

        var units = organisations.Mentions.Where(m => m.Id != parentId && index.Organisations[m.Id].ParentId == parentId)
            .Select(m => m.Id).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return units.Count == 1 ? index.Organisations[units[0]] : null;
    }

    /// <summary>Right after a parent's name: " unit", "'s subsidiary", " arm", "-owned unit" (the actor is a unit of it).</summary>
    private static readonly Regex ParentUnitNounRegex = new(
        @"^(?:['’]s?)?(?:-owned|-run|-controlled)?\s+(?:unit|subsidiary|arm|affiliate)\b(?!\s*,?\s*\p{Lu})",
        RegexOptions.Compiled);

    /// <summary>"its Malaysian processing plant", "Lynas's Malaysian unit": a possessive, a nationality, at most two words, a unit noun.</summary>
    private static readonly Regex NationalUnitRegex = new(
        @"(?:\bits|['’]s?)\s+(?<demonym>\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:unit|subsidiary|arm|plant|facility|refinery|operations?|business|smelter|factory)\b",
        RegexOptions.Compiled);

    /// <summary>"... 10,500 tonnes ... for Lynas Malaysia": an organisation after "for" whose parent is the subject.</summary>
    private OrganisationEntry? UnitAfterFor(Sentence sentence, Quantity quantity, string parentId, OrganisationResult organisations)
    {
        var numberAt = sentence.Start + quantity.NumberStart;
        foreach (var mention in organisations.Mentions)
        {
            if (mention.Start <= numberAt || mention.End > sentence.End)
            {
                continue;
            }

            var entry = index.Organisations[mention.Id];
            if (entry.ParentId == parentId
                && sentence.Text.AsSpan(0, mention.Start - sentence.Start).TrimEnd().EndsWith(" for", StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }
}
