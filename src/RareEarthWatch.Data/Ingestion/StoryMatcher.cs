using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.Stories;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>
/// Finds the story an article is a copy of, by content rather than by title: candidates share a
/// locality-sensitive band key with the article's fingerprint, and the best candidate whose
/// estimated containment reaches <see cref="StoryMatchingOptions.MinContainment"/> wins, unless both give tonnages and
/// share none of them: copies of one story carry its figures, while two reports written from one template ("X produced
/// 2,150 t of NdPr oxide in the June quarter" and "... 2,250 t ... in the September quarter") share words, not figures.
/// </summary>
public sealed class StoryMatcher(IOptions<StoryMatchingOptions> options)
{
    private const int MaxCandidates = 500;

    public async Task<StoryMatch?> FindAsync(RareEarthWatchDbContext db, TextFingerprint fingerprint, IReadOnlyCollection<TonnageFact> tonnages, CancellationToken ct)
    {
        var keys = fingerprint.BandKeys();
        if (keys.Count == 0)
        {
            return null;
        }

        var candidates = await db.FingerprintBands.AsNoTracking()
            .Where(b => keys.Contains(b.Key))
            .Select(b => b.ArticleId)
            .Distinct()
            .OrderByDescending(id => id)
            .Take(MaxCandidates)
            .Join(db.Articles, id => id, a => a.Id, (id, a) => new { a.Id, a.StoryId, a.Fingerprint })
            .ToListAsync(ct);

        var figures = Figures(tonnages.Select(t => (t.Min, t.Max)));
        var matches = candidates
            .Select(c => new StoryMatch(c.StoryId, c.Id, fingerprint.Containment(TextFingerprint.FromBytes(c.Fingerprint))))
            .Where(m => m.Score >= options.Value.MinContainment)
            .OrderByDescending(m => m.Score);
        foreach (var match in matches)
        {
            if (figures.Count == 0)
            {
                return match;
            }

            var theirs = await db.Tonnages.AsNoTracking().Where(t => t.ArticleId == match.ArticleId).Select(t => new { t.Min, t.Max }).ToListAsync(ct);
            var theirFigures = Figures(theirs.Select(t => (t.Min, t.Max)));
            if (theirFigures.Count == 0 || theirFigures.Overlaps(figures))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>The tonnes a text gives (each bound), rounded to the kilogram so one figure read twice compares equal.</summary>
    private static HashSet<double> Figures(IEnumerable<(double? Min, double? Max)> tonnages) =>
        [.. tonnages.SelectMany(t => new[] { t.Min, t.Max }).OfType<double>().Select(v => Math.Round(v, 3))];
}

/// <summary>The story an article joins, through its most similar source.</summary>
public sealed record StoryMatch(int StoryId, int ArticleId, double Score);
