using Microsoft.EntityFrameworkCore;
using RareEarthWatch.Data.Model;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Data.Reference;

/// <summary>
/// Recognition that follows the reference data as analysts correct it: organisations come from
/// the database (added, merged, retired, with their aliases), the rest from the gazetteer files;
/// names marked "not an organisation" are never reported. <see cref="RefreshAsync"/> rebuilds the
/// matcher after a change; extractions already running finish with the previous one.
/// </summary>
public sealed class ReferenceDataRecognition(Gazetteer gazetteer) : IEntityRecognition
{
    private volatile Snapshot _current = new(new EntityRecognizer(gazetteer), new HashSet<string>(StringComparer.OrdinalIgnoreCase));

    public ArticleEntities Recognize(string mainText, ArticleMetadata metadata)
    {
        var snapshot = _current;
        return WithoutExcluded(snapshot.Recognizer.Recognize(mainText, metadata), mainText, snapshot.Excluded);
    }

    public async Task RefreshAsync(RareEarthWatchDbContext db, CancellationToken ct)
    {
        var rows = await db.Organisations.AsNoTracking().Where(o => o.MergedIntoId == null && !o.Retired).ToListAsync(ct);
        var excluded = await db.ExcludedNames.AsNoTracking().Select(n => n.Name).ToListAsync(ct);
        // Other roles ("armed group") are not stored in the database: they come from the reference file, by id.
        var roles = gazetteer.Organisations.DistinctBy(o => o.Id).ToDictionary(o => o.Id, o => o.OtherRoles, StringComparer.Ordinal);
        var organisations = rows
            .Select(o => new OrganisationEntry(o.Id, o.Name, o.Kind, o.CountryCode, o.ParentId, o.AliasList, o.AmbiguousAliasList, roles.GetValueOrDefault(o.Id)))
            .ToList();
        _current = new Snapshot(
            new EntityRecognizer(gazetteer.WithOrganisations(organisations)),
            new HashSet<string>(excluded, StringComparer.OrdinalIgnoreCase));
    }

    private static ArticleEntities WithoutExcluded(ArticleEntities entities, string mainText, HashSet<string> excluded)
    {
        if (excluded.Count == 0)
        {
            return entities;
        }

        var organisations = entities.Organisations
            .Select(o => o with { Evidence = o.Evidence.Where(e => !excluded.Contains(mainText.Substring(e.Start, e.Length))).ToList() })
            .Where(o => o.Evidence.Count > 0)
            .ToList();
        var kept = organisations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var tonnages = entities.Tonnages
            .Select(t => t.SubjectKind == SubjectKinds.Organisation && t.SubjectId is { } id && !kept.Contains(id) ? t with { SubjectId = null, SubjectName = null, SubjectKind = null } : t)
            .ToList();
        return entities with { Organisations = organisations, Tonnages = tonnages };
    }

    private sealed record Snapshot(EntityRecognizer Recognizer, HashSet<string> Excluded);
}
