using Microsoft.EntityFrameworkCore;
using RareEarthWatch.Data.Model;

namespace RareEarthWatch.Data.Queries;

/// <summary>Read-only projections for pages, API and command line. Filters and sorts run in SQL.</summary>
public sealed class StoryQueries(RareEarthWatchDbContext db)
{
    private const int TopFacetCount = 10;

    /// <summary>Turns the filter's codes or names into keys, and says which values match nothing.</summary>
    public async Task<ResolvedFilter> ResolveAsync(StoryFilter filter, CancellationToken ct)
    {
        var problems = new List<string>();
        string? countryCode = null, countryName = null, orgId = null, orgName = null, symbol = null, elementName = null;

        if (Normalise(filter.Country) is { } country)
        {
            var code = country.ToUpperInvariant();
            var row = await db.Countries.AsNoTracking()
                .Where(c => c.Code == code || c.Name == country)
                .Select(c => new { c.Code, c.Name })
                .FirstOrDefaultAsync(ct);
            (countryCode, countryName) = (row?.Code, row?.Name);
            if (row is null)
            {
                problems.Add($"No country “{country}”: use an ISO code such as JP or a name such as Japan.");
            }
        }

        if (Normalise(filter.Organisation) is { } organisation)
        {
            var slug = organisation.ToLowerInvariant();
            var row = await db.Organisations.AsNoTracking()
                .Where(o => o.Id == slug || o.Name == organisation)
                .Select(o => new { o.Id, o.Name })
                .FirstOrDefaultAsync(ct);
            (orgId, orgName) = (row?.Id, row?.Name);
            if (row is null)
            {
                problems.Add($"No organisation “{organisation}”: use its id (as in its page address) or its full name.");
            }
        }

        if (Normalise(filter.Element) is { } tag && IsRareEarthsTag(tag))
        {
            (symbol, elementName) = (ElementView.RareEarthsKey, ElementView.RareEarthsName);
        }
        else if (Normalise(filter.Element) is { } element)
        {
            var symbolOf = ElementSymbolCase(element);
            var row = await db.Elements.AsNoTracking()
                .Where(e => e.Symbol == symbolOf || e.Name == element)
                .Select(e => new { e.Symbol, e.Name })
                .FirstOrDefaultAsync(ct);
            (symbol, elementName) = (row?.Symbol, row?.Name);
            if (row is null)
            {
                problems.Add($"No rare-earth element “{element}”: use a symbol such as Nd or a name such as neodymium.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Q) && SearchTerms.Parse(filter.Q).Count == 0)
        {
            problems.Add($"The text “{filter.Q.Trim()}” has no words to search for: type words, or a phrase between double quotes.");
        }

        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            problems.Add($"The date range is empty: “from” ({from:yyyy-MM-dd}) is after “to” ({to:yyyy-MM-dd}).");
        }

        return new ResolvedFilter(countryCode, countryName, orgId, orgName, symbol, elementName, problems);
    }

    public async Task<StoryPage> ListAsync(StoryFilter filter, CancellationToken ct)
    {
        var resolved = await ResolveAsync(filter, ct);
        var pageSize = Math.Clamp(filter.PageSize, 1, StoryFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        if (resolved.Problems.Count > 0)
        {
            return new StoryPage(0, page, pageSize, []);
        }

        var query = Filtered(filter, resolved);
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(s => s.PublishedDate.HasValue)
            .ThenByDescending(s => s.PublishedDate)
            .ThenByDescending(s => s.CreatedUtc)
            .ThenByDescending(s => s.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(s => new
            {
                s.Id,
                s.Title,
                s.PublishedDate,
                SourceCount = s.Sources.Count,
                Outlets = s.Sources.Select(a => a.Outlet ?? a.Agency).ToList(),
            })
            .ToListAsync(ct);

        var items = rows.Select(r => new StoryListItem(
            r.Id,
            r.Title,
            r.PublishedDate,
            r.SourceCount,
            r.Outlets.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList())).ToList();
        return new StoryPage(total, page, pageSize, items);
    }

    /// <summary>
    /// How many stories a date range leaves out only because they have no date (their sources state none): they match
    /// every other filter. Zero when the filter has no date range.
    /// </summary>
    public async Task<int> UndatedLeftOutAsync(StoryFilter filter, CancellationToken ct)
    {
        if (filter.From is null && filter.To is null)
        {
            return 0;
        }

        var undated = filter with { From = null, To = null };
        var resolved = await ResolveAsync(undated, ct);
        return resolved.Problems.Count > 0 ? 0 : await Filtered(undated, resolved).CountAsync(s => s.PublishedDate == null, ct);
    }

    /// <summary>Counts of stories per country, organisation and element within the filtered set.</summary>
    public async Task<StoryFacets> FacetsAsync(StoryFilter filter, CancellationToken ct, int top = TopFacetCount)
    {
        var resolved = await ResolveAsync(filter, ct);
        if (resolved.Problems.Count > 0)
        {
            return new StoryFacets([], [], []);
        }

        var storyIds = Filtered(filter, resolved).Select(s => s.Id);
        var mentions = db.Mentions.AsNoTracking().Where(m => storyIds.Contains(m.Article.StoryId));

        var countries = await CountStoriesAsync(
            mentions.Where(m => m.CountryCode != null).Select(m => new KeyedStory { Key = m.CountryCode!, StoryId = m.Article.StoryId }),
            db.Countries.Select(c => new KeyedName { Key = c.Code, Name = c.Name }),
            top,
            ct);
        var organisations = await CountStoriesAsync(
            mentions.Where(m => m.OrganisationId != null).Select(m => new KeyedStory { Key = m.OrganisationId!, StoryId = m.Article.StoryId }),
            db.Organisations.Select(o => new KeyedName { Key = o.Id, Name = o.Name }),
            top,
            ct);
        var elements = await CountStoriesAsync(
            mentions.Where(m => m.ElementSymbol != null).Select(m => new KeyedStory { Key = m.ElementSymbol!, StoryId = m.Article.StoryId }),
            db.Elements.Select(e => new KeyedName { Key = e.Symbol, Name = e.Name }),
            top,
            ct);

        var general = await mentions.Where(m => m.Kind == MentionKind.RareEarths).Select(m => m.Article.StoryId).Distinct().CountAsync(ct);
        if (general > 0)
        {
            elements.Add(new Facet(ElementView.RareEarthsKey, ElementView.RareEarthsName, general));
        }

        // The join loses the count order in SQLite; restore it.
        return new StoryFacets(Sort(countries), Sort(organisations), Sort(elements));

        static List<Facet> Sort(List<Facet> facets) =>
            facets.OrderByDescending(f => f.Stories).ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The <paramref name="top"/> keys by number of distinct stories, with their names.</summary>
    private static Task<List<Facet>> CountStoriesAsync(IQueryable<KeyedStory> pairs, IQueryable<KeyedName> names, int top, CancellationToken ct) =>
        pairs
            .Distinct()
            .GroupBy(x => x.Key)
            .Select(g => new { g.Key, Stories = g.Count() })
            .OrderByDescending(x => x.Stories).ThenBy(x => x.Key)
            .Take(top)
            .Join(names, x => x.Key, n => n.Key, (x, n) => new Facet(x.Key, n.Name, x.Stories))
            .ToListAsync(ct);

    private sealed class KeyedStory
    {
        public required string Key { get; init; }
        public required int StoryId { get; init; }
    }

    private sealed class KeyedName
    {
        public required string Key { get; init; }
        public required string Name { get; init; }
    }

    public async Task<StoryDetail?> GetAsync(int id, CancellationToken ct)
    {
        var story = await db.Stories.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Title, s.PublishedDate, s.PublishedUtc })
            .SingleOrDefaultAsync(ct);
        if (story is null)
        {
            return null;
        }

        var sources = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId == id)
            .OrderBy(a => a.Id)
            .Select(a => new SourceView(
                a.Id, a.Title, a.Outlet, a.Agency, a.FileName, a.PublishedDate, a.PublishedUtc, a.PublishedOffsetMinutes,
                a.PublishedSource, a.Format.ToString(), a.ImportedUtc, a.DatelineCity, a.CanonicalUrl, a.PublishedHasTimeZone, a.PublishedHasTime, a.Authors))
            .ToListAsync(ct);
        var labels = sources.ToDictionary(s => s.ArticleId, SourceLabel);

        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.Article.StoryId == id)
            .OrderBy(m => m.ArticleId).ThenBy(m => m.Start)
            .Select(m => new
            {
                m.Kind,
                m.ArticleId,
                m.OrganisationId,
                OrganisationName = m.Organisation != null ? m.Organisation.Name : null,
                OrganisationKind = m.Organisation != null ? m.Organisation.Kind : null,
                OrganisationCountry = m.Organisation != null ? m.Organisation.CountryCode : null,
                m.CountryCode,
                CountryName = m.Country != null ? m.Country.Name : null,
                m.ElementSymbol,
                ElementName = m.Element != null ? m.Element.Name : null,
                ElementNumber = m.Element != null ? m.Element.AtomicNumber : 0,
                m.Products,
                m.Start,
                m.Length,
                m.SentenceStart,
                m.Sentence,
            })
            .ToListAsync(ct);

        EvidenceView Evidence(int articleId, string sentence, int start, int sentenceStart, int length) =>
            new(articleId, labels.GetValueOrDefault(articleId, "source"), sentence, start - sentenceStart, length, sentenceStart);

        var organisations = mentions.Where(m => m.Kind == MentionKind.Organisation)
            .GroupBy(m => m.OrganisationId!)
            .Select(g => new OrganisationFact(
                g.Key,
                g.First().OrganisationName ?? g.Key,
                g.First().OrganisationKind ?? "",
                g.First().OrganisationCountry,
                Distinct(g.Select(m => Evidence(m.ArticleId, m.Sentence, m.Start, m.SentenceStart, m.Length)))))
            .OrderByDescending(f => f.Evidence.Count).ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var countries = mentions.Where(m => m.Kind == MentionKind.Country)
            .GroupBy(m => m.CountryCode!)
            .Select(g => new CountryFact(
                g.Key,
                g.First().CountryName ?? g.Key,
                Distinct(g.Select(m => Evidence(m.ArticleId, m.Sentence, m.Start, m.SentenceStart, m.Length)))))
            .OrderByDescending(f => f.Evidence.Count).ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var elements = mentions.Where(m => m.Kind == MentionKind.Element)
            .GroupBy(m => m.ElementSymbol!)
            .Select(g => new ElementFact(
                g.Key,
                g.First().ElementName ?? g.Key,
                g.Where(m => m.Products != null).SelectMany(m => m.Products!.Split('|')).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
                Distinct(g.Select(m => Evidence(m.ArticleId, m.Sentence, m.Start, m.SentenceStart, m.Length)))))
            .OrderBy(f => mentions.First(m => m.ElementSymbol == f.Symbol).ElementNumber)
            .ToList();

        var rareEarths = Distinct(mentions.Where(m => m.Kind == MentionKind.RareEarths)
            .Select(m => Evidence(m.ArticleId, m.Sentence, m.Start, m.SentenceStart, m.Length)));

        var candidateRows = await db.CandidateMentions.AsNoTracking()
            .Where(m => m.Candidate.Status == CandidateStatus.Unreviewed)
            .Join(db.Articles.Where(a => a.StoryId == id), m => m.ArticleId, a => a.Id, (m, a) => new { m.CandidateId, m.Candidate.Name, m.ArticleId, m.Sentence, m.Start, m.SentenceStart, m.Length })
            .ToListAsync(ct);
        var candidates = candidateRows
            .GroupBy(m => (m.CandidateId, m.Name))
            .Select(g => new CandidateFact(g.Key.CandidateId, g.Key.Name, Distinct(g.Select(m => Evidence(m.ArticleId, m.Sentence, m.Start, m.SentenceStart, m.Length)))))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var tonnages = await db.Tonnages.AsNoTracking()
            .Where(t => t.Article.StoryId == id)
            .OrderBy(t => t.ArticleId).ThenBy(t => t.Start)
            .ToListAsync(ct);

        return new StoryDetail(
            story.Id,
            story.Title,
            story.PublishedDate,
            story.PublishedUtc,
            sources,
            organisations,
            countries,
            elements,
            MergeTonnages(tonnages, labels),
            rareEarths,
            candidates);
    }

    /// <summary>
    /// The latest rare-earth tonnages across all stories, one per distinct fact and story. Masses of no rare-earth material
    /// (another commodity, process water: measure other with no material) stay on their story's page, not here.
    /// </summary>
    public Task<IReadOnlyList<LatestTonnage>> LatestTonnagesAsync(int count, CancellationToken ct) =>
        LatestTonnagesAsync(db.Tonnages.AsNoTracking(), count, ct);

    /// <summary>
    /// The latest rare-earth tonnages whose subject is this organisation or country ("organisation" or "country", and its id
    /// or code), one per distinct fact and story: what the stored stories say it produces, exports, plans...
    /// </summary>
    /// <remarks>
    /// <paramref name="count"/> null gives them all. <see cref="TonnageSlice.Total"/> counts every such fact, so a page
    /// that shows the latest few can say how many it leaves out.
    /// </remarks>
    public Task<TonnageSlice> TonnagesAboutAsync(string subjectKind, string subjectId, int? count, CancellationToken ct) =>
        SliceAsync(db.Tonnages.AsNoTracking().Where(t => t.SubjectKind == subjectKind && t.SubjectId == subjectId), count, ct);

    /// <summary>
    /// The latest tonnages of a material that is or contains this element ("Nd" finds neodymium oxide and NdPr oxide,
    /// whose symbols are stored "Nd|Pr"), whoever their subject; <paramref name="count"/> null gives them all.
    /// </summary>
    public Task<TonnageSlice> TonnagesOfElementAsync(string symbol, int? count, CancellationToken ct)
    {
        var (first, middle, last) = (symbol + "|", "|" + symbol + "|", "|" + symbol);
        return SliceAsync(
            db.Tonnages.AsNoTracking().Where(t => t.ElementSymbol == symbol || t.ElementSymbol!.StartsWith(first) || t.ElementSymbol.Contains(middle) || t.ElementSymbol.EndsWith(last)),
            count,
            ct);
    }

    private static async Task<TonnageSlice> SliceAsync(IQueryable<Tonnage> tonnages, int? count, CancellationToken ct)
    {
        var selected = RareEarthTonnages(tonnages);
        var keys = await selected
            .Select(t => new { t.Article.StoryId, t.Min, t.Max, t.Unit, t.ElementSymbol, t.Material, t.Basis, t.Period, t.SubjectId, t.SubjectName, t.Measure })
            .ToListAsync(ct);
        var total = keys
            .Select(k => (k.StoryId, Key(k.Min, k.Max, k.Unit, k.ElementSymbol, k.Material, k.Basis, k.Period, k.SubjectId, k.SubjectName, k.Measure)))
            .Distinct()
            .Count();
        var items = await LatestTonnagesAsync(selected, count ?? int.MaxValue, ct);
        return new TonnageSlice(items, total);
    }

    /// <summary>Masses of a rare-earth material: those of another commodity or of process water (measure other, no material) are left out.</summary>
    private static IQueryable<Tonnage> RareEarthTonnages(IQueryable<Tonnage> tonnages) =>
        tonnages.Where(t => t.Material != null || t.ElementSymbol != null || t.Measure != "other");

    private static async Task<IReadOnlyList<LatestTonnage>> LatestTonnagesAsync(IQueryable<Tonnage> tonnages, int count, CancellationToken ct)
    {
        var rows = await RareEarthTonnages(tonnages)
            .OrderByDescending(t => t.Article.Story.PublishedDate.HasValue)
            .ThenByDescending(t => t.Article.Story.PublishedDate)
            .ThenByDescending(t => t.Article.StoryId)
            .ThenByDescending(t => t.ArticleId)
            .ThenBy(t => t.Start) // the newest story first; within one source, the figures in the order the text gives them
            .Take((int)Math.Min(int.MaxValue, count * 4L))
            .Select(t => new { Tonnage = t, t.Article.StoryId, StoryTitle = t.Article.Story.Title, t.Article.Story.PublishedDate, Label = t.Article.Outlet ?? t.Article.Agency ?? t.Article.FileName })
            .ToListAsync(ct);

        return rows
            .GroupBy(r => (r.StoryId, Key(r.Tonnage)))
            .Select(g =>
            {
                // One source may give the same figure twice (a table's two years of equal output): one label per source.
                var labels = g.DistinctBy(r => r.Tonnage.ArticleId).ToDictionary(r => r.Tonnage.ArticleId, r => r.Label);
                return new LatestTonnage(g.First().StoryId, g.First().StoryTitle, g.First().PublishedDate, MergeTonnages(g.Select(r => r.Tonnage).ToList(), labels)[0]);
            })
            .Take(count)
            .ToList();
    }

    public async Task<DashboardView> DashboardAsync(CancellationToken ct)
    {
        var stories = await db.Stories.CountAsync(ct);
        var sources = await db.Articles.CountAsync(ct);
        var organisations = await db.Mentions.Where(m => m.OrganisationId != null).Select(m => m.OrganisationId).Distinct().CountAsync(ct);
        var countries = await db.Mentions.Where(m => m.CountryCode != null).Select(m => m.CountryCode).Distinct().CountAsync(ct);
        var latest = await ListAsync(new StoryFilter(PageSize: 8), ct);
        var top = await FacetsAsync(new StoryFilter(), ct);
        var tonnages = await LatestTonnagesAsync(8, ct);
        return new DashboardView(stories, sources, organisations, countries, latest.Items, top, tonnages);
    }

    public Task<OrganisationView?> OrganisationAsync(string id, CancellationToken ct) =>
        db.Organisations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new OrganisationView(
                o.Id,
                o.Name,
                o.Kind,
                o.CountryCode,
                db.Countries.Where(c => c.Code == o.CountryCode).Select(c => c.Name).FirstOrDefault(),
                o.ParentId,
                db.Organisations.Where(p => p.Id == o.ParentId).Select(p => p.Name).FirstOrDefault(),
                SplitAliases(o.Aliases),
                o.Origin.ToString(),
                o.EditedUtc != null,
                o.MergedIntoId,
                o.Retired))
            .SingleOrDefaultAsync(ct);

    /// <summary>Every active organisation of the reference data, by name.</summary>
    public async Task<IReadOnlyList<OrganisationSummary>> AllOrganisationsAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking()
            .Where(o => o.MergedIntoId == null && !o.Retired)
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind, o.CountryCode, o.Origin.ToString()))
            .ToListAsync(ct);

    public Task<ArticleSourceInfo?> ArticleSourceAsync(int articleId, CancellationToken ct) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .Select(a => new ArticleSourceInfo(a.Id, a.StoryId, a.Story.Title, a.FileName, a.Sha256, a.MainText, a.Format.ToString()))
            .SingleOrDefaultAsync(ct);

    /// <summary>Unreviewed candidates, the most widely seen first, each with a few sentences that name it.</summary>
    public async Task<IReadOnlyList<CandidateView>> CandidatesAsync(int count, int evidencePerCandidate, CancellationToken ct)
    {
        var candidates = await db.OrganisationCandidates.AsNoTracking()
            .Where(c => c.Status == CandidateStatus.Unreviewed)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.KindHint,
                c.CountryCode,
                c.FirstSeenUtc,
                Stories = db.CandidateMentions.Where(m => m.CandidateId == c.Id)
                    .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => a.StoryId).Distinct().Count(),
            })
            .Where(c => c.Stories > 0)
            .OrderByDescending(c => c.Stories).ThenBy(c => c.Name)
            .Take(count)
            .ToListAsync(ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var evidence = await db.CandidateMentions.AsNoTracking()
            .Where(m => ids.Contains(m.CandidateId))
            .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { m.CandidateId, a.StoryId, StoryTitle = a.Story.Title, m.Sentence, m.Start, m.SentenceStart, m.Length })
            .ToListAsync(ct);
        return candidates.Select(c => new CandidateView(
            c.Id,
            c.Name,
            c.KindHint,
            c.CountryCode,
            c.FirstSeenUtc,
            c.Stories,
            evidence.Where(e => e.CandidateId == c.Id)
                .DistinctBy(e => e.Sentence)
                .Take(evidencePerCandidate)
                .Select(e => new CandidateEvidence(e.StoryId, e.StoryTitle, e.Sentence, e.Start - e.SentenceStart, e.Length))
                .ToList())).ToList();
    }

    public async Task<IReadOnlyList<string>> ExcludedNamesAsync(CancellationToken ct) =>
        await db.ExcludedNames.AsNoTracking().OrderBy(n => n.Name).Select(n => n.Name).ToListAsync(ct);

    public Task<CountryView?> CountryAsync(string code, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        return db.Countries.AsNoTracking()
            .Where(c => c.Code == upper)
            .Select(c => new CountryView(c.Code, c.Name, c.Region))
            .SingleOrDefaultAsync(ct);
    }

    public Task<ElementView?> ElementAsync(string symbol, CancellationToken ct) =>
        IsRareEarthsTag(symbol)
        ? Task.FromResult<ElementView?>(new ElementView(ElementView.RareEarthsKey, ElementView.RareEarthsName, 0, "all"))
        : db.Elements.AsNoTracking()
            .Where(e => e.Symbol == ElementSymbolCase(symbol) || e.Name == symbol)
            .Select(e => new ElementView(e.Symbol, e.Name, e.AtomicNumber, e.Group))
            .SingleOrDefaultAsync(ct);

    /// <summary>All organisations, countries or elements that at least one story mentions, with story counts.</summary>
    public Task<StoryFacets> AllFacetsAsync(CancellationToken ct) => FacetsAsync(new StoryFilter(), ct, int.MaxValue);

    /// <summary>The titles of the given stories, by id (a story no longer stored is left out).</summary>
    public async Task<IReadOnlyDictionary<int, string>> StoryTitlesAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        await db.Stories.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title, ct);

    public Task<IReadOnlyList<UploadView>> UploadsAsync(int count, CancellationToken ct) =>
        UploadsAsync(db.Uploads.AsNoTracking().OrderByDescending(u => u.Id).Take(count), ct);

    public Task<IReadOnlyList<UploadView>> UploadsAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        UploadsAsync(db.Uploads.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Id), ct);

    private async Task<IReadOnlyList<UploadView>> UploadsAsync(IQueryable<Upload> uploads, CancellationToken ct)
    {
        var rows = await uploads
            .Select(u => new
            {
                u.Id, u.FileName, u.SizeBytes, u.Origin, u.ReceivedUtc, u.Status, u.Reason, u.StoryId,
                StoryTitle = db.Stories.Where(s => s.Id == u.StoryId).Select(s => s.Title).FirstOrDefault(),
                u.Attempts, u.RawKept,
            })
            .ToListAsync(ct);
        return rows.Select(u => new UploadView(
            u.Id, u.FileName, u.SizeBytes, u.Origin, u.ReceivedUtc, u.Status.ToString(), u.Reason, u.StoryId, u.StoryTitle, u.Attempts,
            CanRetry: u.RawKept && u.SizeBytes > 0 && u.Status is UploadStatus.Rejected or UploadStatus.Failed)).ToList();
    }

    private IQueryable<Story> Filtered(StoryFilter filter, ResolvedFilter resolved)
    {
        var query = db.Stories.AsNoTracking();
        if (resolved.CountryCode is { } code)
        {
            query = query.Where(s => s.Sources.Any(a => a.Mentions.Any(m => m.CountryCode == code)));
        }

        if (resolved.OrganisationId is { } orgId)
        {
            query = query.Where(s => s.Sources.Any(a => a.Mentions.Any(m => m.OrganisationId == orgId)));
        }

        if (resolved.ElementSymbol == ElementView.RareEarthsKey)
        {
            query = query.Where(s => s.Sources.Any(a => a.Mentions.Any(m => m.Kind == MentionKind.RareEarths)));
        }
        else if (resolved.ElementSymbol is { } symbol)
        {
            query = query.Where(s => s.Sources.Any(a => a.Mentions.Any(m => m.ElementSymbol == symbol)));
        }

        if (filter.From is { } from)
        {
            query = query.Where(s => s.PublishedDate >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(s => s.PublishedDate <= to);
        }

        foreach (var term in SearchTerms.Parse(filter.Q))
        {
            var pattern = SearchTerms.LikePattern(term);
            query = query.Where(s => EF.Functions.Like(s.Title, pattern, "\\")
                || s.Sources.Any(a => EF.Functions.Like(a.MainText, pattern, "\\") || EF.Functions.Like(a.Title!, pattern, "\\")));
        }

        return query;
    }

    /// <summary>
    /// One view per fact, merging the copies several sources give. The same figure for two windows the text names ("270,000 t"
    /// in 2024 and in 2025 in a statistics table) stays two facts; a copy that names no window joins the first.
    /// </summary>
    private static List<TonnageView> MergeTonnages(List<Tonnage> tonnages, IReadOnlyDictionary<int, string> labels) =>
        tonnages
            .GroupBy(Key)
            .SelectMany(ByWindow)
            .Select(g =>
            {
                var t = g.First();
                return new TonnageView(
                    t.Min, t.Max, t.Unit, t.Qualifier, t.Material, t.ElementSymbol, t.Basis, t.Measure, t.Period, t.SubjectId, t.SubjectName,
                    Distinct(g.Select(x => new EvidenceView(x.ArticleId, labels.GetValueOrDefault(x.ArticleId, "source"), x.Sentence, x.Start - x.SentenceStart, x.Length, x.SentenceStart))),
                    t.SubjectKind,
                    g.Select(x => x.PeriodDetail).FirstOrDefault(d => d is not null),
                    t.ProductId);
            })
            .ToList();

    private static IEnumerable<List<Tonnage>> ByWindow(IGrouping<(double?, double?, string, string?, string?, string, string?, string?), Tonnage> fact)
    {
        var windows = fact.Select(t => t.PeriodDetail).Where(d => d is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (windows.Count <= 1)
        {
            return [fact.ToList()];
        }

        return windows.Select((window, i) => fact.Where(t => string.Equals(t.PeriodDetail, window, StringComparison.OrdinalIgnoreCase)
                                                          || (i == 0 && t.PeriodDetail is null)).ToList());
    }

    private static (double?, double?, string, string?, string?, string, string?, string?) Key(Tonnage t) =>
        Key(t.Min, t.Max, t.Unit, t.ElementSymbol, t.Material, t.Basis, t.Period, t.SubjectId, t.SubjectName, t.Measure);

    /// <summary>One fact: the same figure for the same material, basis, period, subject and measure, from any source or sentence.</summary>
    private static (double?, double?, string, string?, string?, string, string?, string?) Key(
        double? min, double? max, string unit, string? elementSymbol, string? material, string? basis, string period, string? subjectId, string? subjectName, string? measure) =>
        (min, max, unit, elementSymbol ?? material?.ToLowerInvariant(), basis, period, subjectId ?? subjectName, measure);

    /// <summary>One evidence per distinct sentence: two copies of a story repeat the same sentences.</summary>
    private static List<EvidenceView> Distinct(IEnumerable<EvidenceView> evidence) =>
        evidence.GroupBy(e => CollapseSpace(e.Sentence), StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();

    private static string CollapseSpace(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string SourceLabel(SourceView s) => s.Outlet ?? (s.Agency is null ? s.FileName : $"{s.Agency} via {s.FileName}");

    private static string[] SplitAliases(string? aliases) => aliases?.Split('|') ?? [];

    private static bool IsRareEarthsTag(string value) =>
        value.Equals(ElementView.RareEarthsKey, StringComparison.OrdinalIgnoreCase)
        || value.Replace('-', ' ').Trim().Equals("rare earths", StringComparison.OrdinalIgnoreCase)
        || value.Equals(ElementView.RareEarthsName, StringComparison.OrdinalIgnoreCase);

    /// <summary>"nd" and "ND" are written "Nd".</summary>
    private static string ElementSymbolCase(string value) =>
        value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();

    private static string? Normalise(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
