using Microsoft.EntityFrameworkCore;
using RareEarthWatch.Data.Model;
using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>
/// Keeps the organisation candidates an article names, with their evidence, for review. Names an
/// analyst marked as not an organisation, and rejected candidates, are not kept again.
/// </summary>
internal static class CandidateWriter
{
    public static async Task AttachAsync(RareEarthWatchDbContext db, Article article, IReadOnlyList<CandidateMatch> candidates, DateTime nowUtc, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var names = candidates.Select(c => c.Name).ToList();
        var excluded = (await db.ExcludedNames.Where(n => names.Contains(n.Name)).Select(n => n.Name).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var known = (await db.OrganisationCandidates.Where(c => names.Contains(c.Name)).ToListAsync(ct))
            .ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

        foreach (var match in candidates)
        {
            if (excluded.Contains(match.Name))
            {
                continue;
            }

            if (!known.TryGetValue(match.Name, out var candidate))
            {
                candidate = new OrganisationCandidate
                {
                    Name = match.Name,
                    KindHint = match.KindHint,
                    CountryCode = match.CountryCode,
                    FirstSeenUtc = nowUtc,
                    Status = CandidateStatus.Unreviewed,
                };
                db.OrganisationCandidates.Add(candidate);
                known[match.Name] = candidate;
            }

            if (candidate.Status == CandidateStatus.Rejected)
            {
                continue;
            }

            foreach (var evidence in match.Evidence)
            {
                article.AddCandidateMention(new CandidateMention
                {
                    Candidate = candidate,
                    Start = evidence.Start,
                    Length = evidence.Length,
                    SentenceStart = evidence.SentenceStart,
                    Sentence = evidence.Sentence,
                });
            }
        }
    }
}
