using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RareEarthWatch.Data.Storage;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.Documents;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>Progress of a re-analysis run: how many articles of how many are done, and how many could not be read.</summary>
public sealed record ReanalysisProgress(int Done, int Total, int Failed);

/// <summary>
/// Reads every stored article again from its raw file, with the current extractors and reference
/// data, and replaces its metadata and facts. Each article is saved in its own transaction, so a
/// run that stops half-way leaves every article either as it was or fully re-read. Articles keep
/// their story; story titles and dates are recomputed from their sources.
/// </summary>
public sealed class ReanalysisService(
    IDbContextFactory<RareEarthWatchDbContext> dbFactory,
    ExtractionPipeline pipeline,
    RawFileStore rawFiles,
    WriteGate gate,
    TimeProvider clock,
    ILogger<ReanalysisService> logger)
{
    /// <summary>How many stored articles an older extractor read (<see cref="ExtractionPipeline.Version"/>).</summary>
    public async Task<int> CountOutdatedAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Articles.CountAsync(a => a.ExtractorVersion < ExtractionPipeline.Version, ct);
    }

    /// <summary>Re-reads all articles, or only those an older extractor read.</summary>
    public async Task<ReanalysisProgress> ReanalyseAsync(bool outdatedOnly, IProgress<ReanalysisProgress>? progress, CancellationToken ct)
    {
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            ids = await db.Articles.AsNoTracking()
                .Where(a => !outdatedOnly || a.ExtractorVersion < ExtractionPipeline.Version)
                .OrderBy(a => a.Id)
                .Select(a => a.Id)
                .ToListAsync(ct);
        }

        var failed = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (!await ReanalyseAsync(ids[i], ct))
            {
                failed++;
            }

            progress?.Report(new ReanalysisProgress(i + 1, ids.Count, failed));
        }

        return new ReanalysisProgress(ids.Count, ids.Count, failed);
    }

    /// <summary>Re-reads one article; false when its raw file is missing or no longer readable (the article is then left as it was).</summary>
    public async Task<bool> ReanalyseAsync(int articleId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var article = await db.Articles
            .Include(a => a.Mentions)
            .Include(a => a.Tonnages)
            .Include(a => a.Bands)
            .Include(a => a.CandidateMentions)
            .SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null || !rawFiles.Exists(article.Sha256))
        {
            ReanalysisLog.RawMissing(logger, articleId);
            return false;
        }

        ExtractionResult result;
        try
        {
            result = pipeline.Extract(new RawDocument(article.FileName, await rawFiles.ReadAsync(article.Sha256, ct)));
        }
        catch (DocumentRejectedException ex)
        {
            ReanalysisLog.Unreadable(logger, articleId, ex.Message);
            return false;
        }

        await ReferenceDataWriter.EnsureReferencedAsync(db, result.Entities, ct);
        ArticleFactory.Apply(article, result);
        await CandidateWriter.AttachAsync(db, article, result.Entities.Candidates, clock.GetUtcNow().UtcDateTime, ct);
        var story = await db.Stories.Include(s => s.Sources).SingleAsync(s => s.Id == article.StoryId, ct);
        story.Refresh();
        await db.SaveChangesAsync(ct);
        return true;
    }
}

internal static partial class ReanalysisLog
{
    [LoggerMessage(EventId = 200, EventName = "ReanalysisRawMissing", Level = LogLevel.Warning,
        Message = "Article {ArticleId} was not re-analysed: its raw file is missing")]
    public static partial void RawMissing(ILogger logger, int articleId);

    [LoggerMessage(EventId = 201, EventName = "ReanalysisUnreadable", Level = LogLevel.Warning,
        Message = "Article {ArticleId} was not re-analysed: {Reason}")]
    public static partial void Unreadable(ILogger logger, int articleId, string reason);
}
