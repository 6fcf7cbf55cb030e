using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RareEarthWatch.Data.Storage;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.Documents;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>Progress of a re-analysis run: how many articles of how many are done, and how many could not be read.</summary>
public sealed record ReanalysisProgress(int Done, int Total, int Failed)
{
    /// <summary>The articles that could not be read again so far, each with its reason (each is left as it was).</summary>
    public IReadOnlyList<ReanalysisFailure> Failures { get; init; } = [];
}

/// <summary>A stored article that could not be read again, and why; it keeps what the earlier reading stored.</summary>
public sealed record ReanalysisFailure(int ArticleId, string FileName, int? StoryId, string Reason)
{
    /// <summary>When the attempt was made (null for an article no longer stored).</summary>
    public DateTime? FailedUtc { get; init; }
}

/// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool and can report out of order).</summary>
public sealed class SynchronousProgress(Action<ReanalysisProgress> report) : IProgress<ReanalysisProgress>
{
    public void Report(ReanalysisProgress value) => report(value);
}

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
    /// <summary>How many stored articles a run would re-read: all, or those an older extractor read (<see cref="ExtractionPipeline.Version"/>).</summary>
    public async Task<int> CountAsync(bool outdatedOnly, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Articles.CountAsync(a => !outdatedOnly || a.ExtractorVersion < ExtractionPipeline.Version, ct);
    }

    /// <summary>
    /// The stored articles whose latest re-reading failed, oldest first, each with its reason: kept in the database, so they
    /// are listed after a restart until the article is read again successfully or an upload of the same bytes restores its raw file.
    /// </summary>
    public async Task<IReadOnlyList<ReanalysisFailure>> StoredFailuresAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.RereadFailure != null)
            .OrderBy(a => a.RereadFailedUtc).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.FileName, a.StoryId, a.RereadFailure, a.RereadFailedUtc })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ReanalysisFailure(r.Id, r.FileName, r.StoryId, r.RereadFailure!) { FailedUtc = r.RereadFailedUtc })];
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

        var progressNow = new ReanalysisProgress(0, ids.Count, 0);
        foreach (var id in ids)
        {
            var failure = await TryReanalyseAsync(id, ct);
            progressNow = failure is null
                ? progressNow with { Done = progressNow.Done + 1 }
                : progressNow with { Done = progressNow.Done + 1, Failed = progressNow.Failed + 1, Failures = [.. progressNow.Failures, failure] };
            progress?.Report(progressNow);
        }

        return progressNow;
    }

    /// <summary>
    /// Re-reads one article: null when done, else why not (raw file missing or changed, refused or without article text now, an
    /// error). Nothing of the reading is saved unless the whole reading succeeded, so a failure leaves the article as it was;
    /// the failure itself is stored with the article (and cleared by a later successful reading).
    /// </summary>
    private async Task<ReanalysisFailure?> TryReanalyseAsync(int articleId, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        var failure = await ReadAgainAsync(articleId, ct);
        if (failure is not null && failure.FailedUtc is { } failedUtc)
        {
            // Kept with the article (a fresh context: the reading's half-made changes are never saved), so a restart still lists it.
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(
                s => s.SetProperty(a => a.RereadFailure, failure.Reason).SetProperty(a => a.RereadFailedUtc, failedUtc),
                ct);
        }

        return failure;
    }

    private async Task<ReanalysisFailure?> ReadAgainAsync(int articleId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var article = await db.Articles
            .Include(a => a.Mentions)
            .Include(a => a.Tonnages)
            .Include(a => a.Bands)
            .Include(a => a.CandidateMentions)
            .SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null)
        {
            return new ReanalysisFailure(articleId, "", null, "It is no longer stored.");
        }

        if (!rawFiles.Exists(article.Sha256))
        {
            ReanalysisLog.RawMissing(logger, articleId);
            return Failure(article, $"Its raw file is missing from the data folder ({rawFiles.PathOf(article.Sha256)}); it keeps what the earlier reading found. {RestoreAdvice}");
        }

        try
        {
            var raw = await rawFiles.ReadAsync(article.Sha256, ct);
            if (!string.Equals(RawFileStore.HashOf(raw), article.Sha256, StringComparison.Ordinal))
            {
                // Raw files are never changed: other bytes under its name would be read as this article and give wrong facts.
                ReanalysisLog.Unreadable(logger, articleId, "its raw file was changed or damaged");
                return Failure(article, $"Its raw file in the data folder ({rawFiles.PathOf(article.Sha256)}) was changed or damaged: its bytes are no longer those of the file first uploaded, so it was not read; it keeps what the earlier reading found. {RestoreAdvice}");
            }

            ExtractionResult result;
            try
            {
                result = pipeline.Extract(new RawDocument(article.FileName, raw) { Received = new DateTimeOffset(article.ImportedUtc, TimeSpan.Zero) });
            }
            catch (DocumentRejectedException ex)
            {
                ReanalysisLog.Unreadable(logger, articleId, ex.Message);
                return Failure(article, $"The current extractors refuse its raw file: {ex.Message} It keeps what the earlier reading found.");
            }

            if (string.IsNullOrWhiteSpace(result.MainText))
            {
                ReanalysisLog.Unreadable(logger, articleId, "no article text found");
                return Failure(article, "The current extractors find no article text in its raw file; it keeps what the earlier reading found.");
            }

            await ReferenceDataWriter.EnsureReferencedAsync(db, result.Entities, ct);
            ArticleFactory.Apply(article, result);
            await CandidateWriter.AttachAsync(db, article, result.Entities.Candidates, clock.GetUtcNow().UtcDateTime, ct);
            var story = await db.Stories.Include(s => s.Sources).SingleAsync(s => s.Id == article.StoryId, ct);
            story.Refresh();
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing was saved: SaveChanges is one transaction, and the context with the half-made changes is dropped.
            ReanalysisLog.Failed(logger, ex, articleId);
            return Failure(article, $"Reading it again failed ({ex.GetType().Name}: {ex.Message}); it keeps what the earlier reading found.");
        }
    }

    private const string RestoreAdvice = "Upload the original file again (the same bytes restore its raw file) or restore the data folder from a backup, then re-analyse.";

    private ReanalysisFailure Failure(Model.Article article, string reason) =>
        new(article.Id, article.FileName, article.StoryId, reason) { FailedUtc = clock.GetUtcNow().UtcDateTime };
}

internal static partial class ReanalysisLog
{
    [LoggerMessage(EventId = 200, EventName = "ReanalysisRawMissing", Level = LogLevel.Warning,
        Message = "Article {ArticleId} was not re-analysed: its raw file is missing")]
    public static partial void RawMissing(ILogger logger, int articleId);

    [LoggerMessage(EventId = 201, EventName = "ReanalysisUnreadable", Level = LogLevel.Warning,
        Message = "Article {ArticleId} was not re-analysed: {Reason}")]
    public static partial void Unreadable(ILogger logger, int articleId, string reason);

    [LoggerMessage(EventId = 202, EventName = "ReanalysisFailed", Level = LogLevel.Error,
        Message = "Article {ArticleId} was not re-analysed: reading it again failed")]
    public static partial void Failed(ILogger logger, Exception exception, int articleId);
}
