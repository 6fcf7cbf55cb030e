using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RareEarthWatch.Extraction.Stories;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>
/// Finds the story an article is a copy of, by content rather than by title: candidates share a
/// locality-sensitive band key with the article's fingerprint, and the best candidate whose
/// estimated containment reaches <see cref="StoryMatchingOptions.MinContainment"/> wins.
/// </summary>
public sealed class StoryMatcher(IOptions<StoryMatchingOptions> options)
{
    private const int MaxCandidates = 500;

    public async Task<StoryMatch?> FindAsync(RareEarthWatchDbContext db, TextFingerprint fingerprint, CancellationToken ct)
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

        StoryMatch? best = null;
        foreach (var candidate in candidates)
        {
            var score = fingerprint.Containment(TextFingerprint.FromBytes(candidate.Fingerprint));
            if (score >= options.Value.MinContainment && (best is null || score > best.Score))
            {
                best = new StoryMatch(candidate.StoryId, candidate.Id, score);
            }
        }

        return best;
    }
}

/// <summary>The story an article joins, through its most similar source.</summary>
public sealed record StoryMatch(int StoryId, int ArticleId, double Score);
