using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RareEarthWatch.Data.Ingestion;
using RareEarthWatch.Data.Model;
using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Data.Reference;

/// <summary>The outcome of an analyst's change: whether it was made, and what to tell them.</summary>
public sealed record ReferenceChange(bool Succeeded, string Message, string? OrganisationId = null);

/// <summary>
/// Analysts' corrections of the organisation reference data, without a rebuild: add an
/// organisation or an alias, merge two organisations, mark a name as not an organisation. One name
/// stands for one organisation. After a change the recogniser is rebuilt at once; stored articles
/// follow when they are re-analysed.
/// </summary>
public sealed class ReferenceDataService(
    IDbContextFactory<RareEarthWatchDbContext> dbFactory,
    ReferenceDataRecognition recognition,
    Gazetteer gazetteer,
    WriteGate gate,
    TimeProvider clock)
{
    private readonly HashSet<string> _legalForms = gazetteer.OrganisationDesignators
        .Where(d => d.Role == "legal")
        .Select(d => d.Phrase)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The kinds an organisation can have (companies.csv's vocabulary).</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "miner", "refiner/separator", "magnet maker", "recycler", "trading house", "end user", "state agency", "ministry",
        "international organisation", "industry association", "investor", "other", "news outlet", "price reporting agency", "research firm",
    ];

    // Each change takes the writers' turn (WriteGate), as ingestion and re-analysis do: an article read with the reference
    // data of before a change is saved before the change moves its facts, or read after it with the new reference data;
    // never read before and saved after (a merge would leave mentions of the organisation merged away).

    /// <summary>Adds an organisation with its kind, country and aliases.</summary>
    public async Task<ReferenceChange> AddOrganisationAsync(string name, string kind, string? countryCode, IEnumerable<string> aliases, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        return await AddOrganisationCoreAsync(name, kind, countryCode, aliases, ct);
    }

    /// <summary>Adds a name by which an organisation is found.</summary>
    public async Task<ReferenceChange> AddAliasAsync(string organisationId, string alias, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        return await AddAliasCoreAsync(organisationId, alias, ct);
    }

    /// <summary>Makes <paramref name="fromId"/> a name of <paramref name="intoId"/>; stored facts move at once.</summary>
    public async Task<ReferenceChange> MergeAsync(string fromId, string intoId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        return await MergeCoreAsync(fromId, intoId, ct);
    }

    /// <summary>Retires an organisation as "not an organisation": its names are no longer recognised and its stored mentions go.</summary>
    public async Task<ReferenceChange> MarkNotOrganisationAsync(string organisationId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        return await MarkNotOrganisationCoreAsync(organisationId, ct);
    }

    /// <summary>Marks a name (an alias or a proposed candidate) as not an organisation.</summary>
    public async Task<ReferenceChange> ExcludeNameAsync(string name, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        return await ExcludeNameCoreAsync(name, ct);
    }

    /// <summary>Accepts a candidate as a new organisation (its name may be corrected), or as another name of an existing one.</summary>
    public async Task<ReferenceChange> AcceptCandidateAsync(int candidateId, string name, string kind, string? countryCode, string? sameAsId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        return await AcceptCandidateCoreAsync(candidateId, name, kind, countryCode, sameAsId, ct);
    }

    /// <summary>Rejects a candidate: its name is marked as not an organisation and its evidence is dropped.</summary>
    public async Task<ReferenceChange> RejectCandidateAsync(int candidateId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        return await RejectCandidateCoreAsync(candidateId, ct);
    }

    private async Task<ReferenceChange> AddOrganisationCoreAsync(string name, string kind, string? countryCode, IEnumerable<string> aliases, CancellationToken ct)
    {
        name = name?.Trim() ?? "";
        if (name.Length < 2)
        {
            return new ReferenceChange(false, "Give the organisation's full name (at least two characters).");
        }

        if (!Kinds.Contains(kind, StringComparer.Ordinal))
        {
            return new ReferenceChange(false, $"“{kind}” is not a kind of organisation; choose one of: {string.Join(", ", Kinds)}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var country = string.IsNullOrWhiteSpace(countryCode) ? null : countryCode.Trim();
        countryCode = country is null ? null : await CountryCodeAsync(db, country, ct);
        if (country is not null && countryCode is null)
        {
            return new ReferenceChange(false, $"“{country}” is not a country: write its ISO code (AU, CN, US...) or its name (Australia, China...), or leave it empty.");
        }

        var names = new[] { name }.Concat(aliases).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        if (await FindOwnerAsync(db, names, exceptId: null, ct) is { } clash)
        {
            return new ReferenceChange(false, $"“{clash.Name}” already stands for {clash.OwnerName}: one name, one organisation. Add the other names as aliases of it, or merge.", clash.OwnerId);
        }

        // "Tiberon Rare Earths Ltd" is written "Tiberon Rare Earths" too, unless that name is someone else's.
        if (WithoutLegalForm(name) is { } shortName && !names.Contains(shortName, StringComparer.OrdinalIgnoreCase)
            && await FindOwnerAsync(db, [shortName], exceptId: null, ct) is null)
        {
            names.Add(shortName);
        }

        var id = await NewIdAsync(db, name, ct);
        db.Organisations.Add(new Organisation
        {
            Id = id,
            Name = name,
            Kind = kind,
            CountryCode = countryCode,
            Aliases = Organisation.Join(names.Skip(1)),
            Origin = OrganisationOrigin.Analyst,
            EditedUtc = Now,
        });
        await db.ExcludedNames.Where(n => names.Contains(n.Name)).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await recognition.RefreshAsync(db, ct);
        return new ReferenceChange(true, $"Added “{name}”.", id);
    }

    private async Task<ReferenceChange> AddAliasCoreAsync(string organisationId, string alias, CancellationToken ct)
    {
        alias = alias?.Trim() ?? "";
        if (alias.Length < 2)
        {
            return new ReferenceChange(false, "Give the alias (at least two characters).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        organisationId = organisationId?.Trim() ?? "";
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct) && await FindOwnerAsync(db, [organisationId], exceptId: null, ct) is { } named)
        {
            organisationId = named.OwnerId; // written as its name or one of its other names, not its id
        }

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null)
        {
            return new ReferenceChange(false, $"No organisation “{organisationId}”: choose one from the list, or write its id (as in its page address) or its full name.");
        }

        if (!organisation.IsActive)
        {
            return new ReferenceChange(false, $"{organisation.Name} no longer exists (it was merged or retired): choose the organisation it became.");
        }

        if (await FindOwnerAsync(db, [alias], exceptId: organisation.Id, ct) is { } clash)
        {
            return new ReferenceChange(false, $"“{alias}” already stands for {clash.OwnerName}: one name, one organisation. Merge the two if they are one.", organisation.Id);
        }

        organisation.Aliases = Organisation.Join(organisation.AliasList.Append(alias));
        organisation.EditedUtc = Now;
        await db.ExcludedNames.Where(n => n.Name == alias).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await recognition.RefreshAsync(db, ct);
        return new ReferenceChange(true, $"“{alias}” now finds {organisation.Name}.", organisation.Id);
    }

    private async Task<ReferenceChange> MergeCoreAsync(string fromId, string intoId, CancellationToken ct)
    {
        if (string.Equals(fromId, intoId, StringComparison.Ordinal))
        {
            return new ReferenceChange(false, "Choose another organisation to merge into.", fromId);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var from = await db.Organisations.SingleOrDefaultAsync(o => o.Id == fromId, ct);
        var into = await db.Organisations.SingleOrDefaultAsync(o => o.Id == intoId, ct);
        if (from is null || into is null || !from.IsActive || !into.IsActive)
        {
            return new ReferenceChange(false, "Both organisations must exist and be active to be merged.", fromId);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        into.Aliases = Organisation.Join(into.AliasList.Append(from.Name).Concat(from.AliasList));
        into.AmbiguousAliases = Organisation.Join(into.AmbiguousAliasList.Concat(from.AmbiguousAliasList));
        into.EditedUtc = Now;
        from.MergedIntoId = into.Id;
        from.EditedUtc = Now;
        await db.SaveChangesAsync(ct);
        await db.Mentions.Where(m => m.OrganisationId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.OrganisationId, into.Id), ct);
        await db.Tonnages.Where(t => t.SubjectId == from.Id && t.SubjectKind == SubjectKinds.Organisation).ExecuteUpdateAsync(s => s.SetProperty(t => t.SubjectId, into.Id).SetProperty(t => t.SubjectName, into.Name), ct);
        await db.Organisations.Where(o => o.ParentId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, into.Id), ct);
        await transaction.CommitAsync(ct);
        await recognition.RefreshAsync(db, ct);
        return new ReferenceChange(true, $"Merged “{from.Name}” into “{into.Name}”: its names and stored mentions now belong to {into.Name}.", into.Id);
    }

    private async Task<ReferenceChange> MarkNotOrganisationCoreAsync(string organisationId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null || !organisation.IsActive)
        {
            return new ReferenceChange(false, "That organisation no longer exists (it was merged or retired).");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        organisation.Retired = true;
        organisation.EditedUtc = Now;
        if (!await db.ExcludedNames.AnyAsync(n => n.Name == organisation.Name, ct))
        {
            db.ExcludedNames.Add(new ExcludedName { Name = organisation.Name, CreatedUtc = Now });
        }

        await db.SaveChangesAsync(ct);
        await db.Mentions.Where(m => m.OrganisationId == organisation.Id).ExecuteDeleteAsync(ct);
        await db.Tonnages.Where(t => t.SubjectId == organisation.Id && t.SubjectKind == SubjectKinds.Organisation).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.SubjectId, (string?)null).SetProperty(t => t.SubjectName, (string?)null).SetProperty(t => t.SubjectKind, (string?)null),
            ct);
        await transaction.CommitAsync(ct);
        await recognition.RefreshAsync(db, ct);
        return new ReferenceChange(true, $"“{organisation.Name}” is no longer treated as an organisation; its mentions were removed.");
    }

    private async Task<ReferenceChange> ExcludeNameCoreAsync(string name, CancellationToken ct)
    {
        name = name?.Trim() ?? "";
        if (name.Length == 0)
        {
            return new ReferenceChange(false, "Give the name that is not an organisation.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.ExcludedNames.AnyAsync(n => n.Name == name, ct))
        {
            db.ExcludedNames.Add(new ExcludedName { Name = name, CreatedUtc = Now });
        }

        foreach (var organisation in await db.Organisations.Where(o => o.Aliases != null && o.Aliases.Contains(name)).ToListAsync(ct))
        {
            var aliases = organisation.AliasList.Where(a => !a.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (aliases.Count != organisation.AliasList.Count)
            {
                organisation.Aliases = Organisation.Join(aliases);
                organisation.EditedUtc = Now;
            }
        }

        await db.SaveChangesAsync(ct);
        await recognition.RefreshAsync(db, ct);
        return new ReferenceChange(true, $"“{name}” will no longer be read as an organisation.");
    }

    /// <summary>The ISO code of a country written as its code ("jp") or its name ("Japan"), or null when it is neither.</summary>
    private static async Task<string?> CountryCodeAsync(RareEarthWatchDbContext db, string country, CancellationToken ct)
    {
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        return countries.FirstOrDefault(c => c.Code.Equals(country, StringComparison.OrdinalIgnoreCase) || c.Name.Equals(country, StringComparison.OrdinalIgnoreCase))?.Code;
    }

    private async Task<ReferenceChange> AcceptCandidateCoreAsync(int candidateId, string name, string kind, string? countryCode, string? sameAsId, CancellationToken ct)
    {
        string candidateName;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var candidate = await db.OrganisationCandidates.SingleOrDefaultAsync(c => c.Id == candidateId, ct);
            if (candidate is null || candidate.Status != CandidateStatus.Unreviewed)
            {
                return new ReferenceChange(false, "That candidate was already reviewed.");
            }

            candidateName = candidate.Name;
        }

        var change = string.IsNullOrWhiteSpace(sameAsId)
            ? await AddOrganisationCoreAsync(
                string.IsNullOrWhiteSpace(name) ? candidateName : name,
                kind,
                countryCode,
                string.IsNullOrWhiteSpace(name) || name.Trim().Equals(candidateName, StringComparison.OrdinalIgnoreCase) ? [] : [candidateName],
                ct)
            : await AddAliasCoreAsync(sameAsId, candidateName, ct);
        if (!change.Succeeded)
        {
            return change;
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await db.OrganisationCandidates.Where(c => c.Id == candidateId).ExecuteUpdateAsync(
                u => u.SetProperty(c => c.Status, CandidateStatus.Accepted).SetProperty(c => c.ReviewedUtc, Now).SetProperty(c => c.OrganisationId, change.OrganisationId),
                ct);
        }

        return change;
    }

    private async Task<ReferenceChange> RejectCandidateCoreAsync(int candidateId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidate = await db.OrganisationCandidates.SingleOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null || candidate.Status != CandidateStatus.Unreviewed)
        {
            return new ReferenceChange(false, "That candidate was already reviewed.");
        }

        candidate.Status = CandidateStatus.Rejected;
        candidate.ReviewedUtc = Now;
        if (!await db.ExcludedNames.AnyAsync(n => n.Name == candidate.Name, ct))
        {
            db.ExcludedNames.Add(new ExcludedName { Name = candidate.Name, CreatedUtc = Now });
        }

        await db.SaveChangesAsync(ct);
        await db.CandidateMentions.Where(m => m.CandidateId == candidate.Id).ExecuteDeleteAsync(ct);
        await recognition.RefreshAsync(db, ct);
        return new ReferenceChange(true, $"“{candidate.Name}” is not an organisation: it will not be proposed again.");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The name without its trailing legal form(s) ("Pty Ltd", "Inc."), if what remains is still a name.</summary>
    private string? WithoutLegalForm(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var removed = false;
        while (words.Count > 1 && _legalForms.Contains(words[^1].TrimEnd('.', ',')))
        {
            words.RemoveAt(words.Count - 1);
            removed = true;
        }

        var shortName = string.Join(' ', words).TrimEnd(',', '.');
        const int MinimumShortNameLength = 4;
        return removed && shortName.Length >= MinimumShortNameLength ? shortName : null;
    }

    private static async Task<(string Name, string OwnerId, string OwnerName)?> FindOwnerAsync(
        RareEarthWatchDbContext db, IReadOnlyCollection<string> names, string? exceptId, CancellationToken ct)
    {
        var active = await db.Organisations.AsNoTracking()
            .Where(o => o.MergedIntoId == null && !o.Retired && o.Id != exceptId)
            .Select(o => new { o.Id, o.Name, o.Aliases })
            .ToListAsync(ct);
        foreach (var name in names)
        {
            var owner = active.FirstOrDefault(o =>
                o.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (o.Aliases ?? "").Split(Organisation.AliasSeparator).Any(a => a.Equals(name, StringComparison.OrdinalIgnoreCase)));
            if (owner is not null)
            {
                return (name, owner.Id, owner.Name);
            }
        }

        return null;
    }

    private static async Task<string> NewIdAsync(RareEarthWatchDbContext db, string name, CancellationToken ct)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().Trim('-');
        if (id.Length == 0)
        {
            id = "organisation";
        }

        var candidate = id;
        for (var n = 2; await db.Organisations.AnyAsync(o => o.Id == candidate, ct); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return candidate;
    }
}
