using Microsoft.EntityFrameworkCore;
using RareEarthWatch.Data.Model;
using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>Keeps the database's organisations, countries and elements in step with the gazetteer.</summary>
internal static class ReferenceDataWriter
{
    /// <summary>
    /// Adds gazetteer entries the database lacks and refreshes those it has, except organisations an
    /// analyst has edited: their changes win over the reference file.
    /// </summary>
    public static async Task SyncAsync(RareEarthWatchDbContext db, Gazetteer gazetteer, CancellationToken ct)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, StringComparer.Ordinal, ct);
        foreach (var entry in gazetteer.Organisations)
        {
            if (!organisations.TryGetValue(entry.Id, out var row))
            {
                row = new Organisation { Id = entry.Id, Name = entry.Name, Kind = entry.Kind, Origin = OrganisationOrigin.ReferenceFile };
                db.Organisations.Add(row);
                organisations[entry.Id] = row;
            }
            else if (row.EditedUtc is not null)
            {
                continue;
            }

            row.Name = entry.Name;
            row.Kind = entry.Kind;
            row.CountryCode = entry.CountryCode;
            row.ParentId = entry.ParentId;
            row.Aliases = Organisation.Join(entry.Aliases);
            row.AmbiguousAliases = Organisation.Join(entry.AmbiguousAliases);
        }

        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        foreach (var entry in gazetteer.Countries)
        {
            if (!countries.TryGetValue(entry.Code, out var row))
            {
                row = new Country { Code = entry.Code, Name = entry.Name };
                db.Countries.Add(row);
                countries[entry.Code] = row;
            }

            row.Name = entry.Name;
            row.Region = entry.Region;
        }

        var elements = await db.Elements.ToDictionaryAsync(e => e.Symbol, StringComparer.Ordinal, ct);
        foreach (var entry in gazetteer.Elements)
        {
            if (!elements.TryGetValue(entry.Symbol, out var row))
            {
                row = new Element { Symbol = entry.Symbol, Name = entry.Name, AtomicNumber = entry.AtomicNumber, Group = entry.Group };
                db.Elements.Add(row);
                elements[entry.Symbol] = row;
            }

            row.Name = entry.Name;
            row.AtomicNumber = entry.AtomicNumber;
            row.Group = entry.Group;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Adds any organisation, country or element that an extraction refers to but the database
    /// lacks (a gazetteer loaded from another folder), so the article's facts can be stored.
    /// </summary>
    public static async Task EnsureReferencedAsync(RareEarthWatchDbContext db, ArticleEntities entities, CancellationToken ct)
    {
        var orgIds = entities.Organisations.Select(o => o.Id).ToList();
        var knownOrgs = await db.Organisations.Where(o => orgIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        foreach (var o in entities.Organisations.Where(o => !knownOrgs.Contains(o.Id)))
        {
            db.Organisations.Add(new Organisation { Id = o.Id, Name = o.Name, Kind = o.Kind, CountryCode = o.CountryCode, ParentId = o.ParentId, Origin = OrganisationOrigin.ReferenceFile });
        }

        var codes = entities.Countries.Select(c => c.Code).ToList();
        var knownCountries = await db.Countries.Where(c => codes.Contains(c.Code)).Select(c => c.Code).ToListAsync(ct);
        foreach (var c in entities.Countries.Where(c => !knownCountries.Contains(c.Code)))
        {
            db.Countries.Add(new Country { Code = c.Code, Name = c.Name });
        }

        var symbols = entities.Elements.Select(e => e.Symbol).ToList();
        var knownElements = await db.Elements.Where(e => symbols.Contains(e.Symbol)).Select(e => e.Symbol).ToListAsync(ct);
        foreach (var e in entities.Elements.Where(e => !knownElements.Contains(e.Symbol)))
        {
            db.Elements.Add(new Element { Symbol = e.Symbol, Name = e.Name, AtomicNumber = 0, Group = "" });
        }
    }
}
