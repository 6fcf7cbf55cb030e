using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RareEarthWatch.Data.Model;
using RareEarthWatch.Data.Storage;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.Documents;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>
/// Takes one file from upload, API, command line or seeds to a stored article: log the upload,
/// keep the raw bytes, read the article, find its story, and store article, facts and story link
/// in one transaction. Every outcome, failures included, is recorded on the <see cref="Upload"/>
/// row; a failed or rejected file changes nothing already stored.
/// </summary>
public sealed class IngestionService(
    IDbContextFactory<RareEarthWatchDbContext> dbFactory,
    ExtractionPipeline pipeline,
    RawFileStore rawFiles,
    StoryMatcher matcher,
    WriteGate gate,
    IOptions<StorageOptions> storage,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    /// <summary>Said of a file already stored whose raw file was missing and is written again from the same bytes.</summary>
    public const string RawRestoredNote = "Its raw file was missing from the data folder (or changed) and is restored from this upload, so the article can be read again: start a re-analysis of all articles (the Re-analysis page, or rew reanalyze --all); nothing else was changed.";

    public long MaxUploadBytes => storage.Value.MaxUploadBytes;

    /// <summary>Reads at most the size limit from <paramref name="content"/> and ingests it.</summary>
    public async Task<IngestResult> IngestAsync(Stream content, string fileName, string origin, CancellationToken ct)
    {
        var limit = storage.Value.MaxUploadBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return await RejectTooLargeAsync(fileName, origin, buffer.Length + read, ct);
            }

            buffer.Write(chunk, 0, read);
        }

        return await IngestAsync(buffer.ToArray(), fileName, origin, ct);
    }

    public async Task<IngestResult> IngestAsync(byte[] content, string fileName, string origin, CancellationToken ct)
    {
        fileName = Path.GetFileName(fileName);
        if (content.LongLength > storage.Value.MaxUploadBytes)
        {
            return await RejectTooLargeAsync(fileName, origin, content.LongLength, ct);
        }

        using (await gate.EnterAsync(ct))
        {
            var upload = new Upload
            {
                FileName = fileName,
                SizeBytes = content.LongLength,
                Origin = origin,
                ReceivedUtc = clock.GetUtcNow().UtcDateTime,
                Status = UploadStatus.Pending,
            };
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                db.Uploads.Add(upload);
                await db.SaveChangesAsync(ct);
            }

            IngestionLog.UploadReceived(logger, upload.Id, fileName, content.LongLength, origin);
            return await ProcessAsync(upload.Id, content, ct);
        }
    }

    /// <summary>Processes a rejected or failed upload again from its kept raw file.</summary>
    public async Task<IngestResult> RetryAsync(int uploadId, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            Upload? upload;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                upload = await db.Uploads.AsNoTracking().SingleOrDefaultAsync(u => u.Id == uploadId, ct);
            }

            if (upload is null)
            {
                throw new InvalidOperationException($"There is no upload {uploadId}.");
            }

            if (upload.Status is not (UploadStatus.Rejected or UploadStatus.Failed) || !upload.RawKept || upload.Sha256 is null || !rawFiles.Exists(upload.Sha256))
            {
                return ToResult(upload, "This upload cannot be retried: only rejected or failed files whose bytes were kept can be. Upload the file again.", null);
            }

            var content = await rawFiles.ReadAsync(upload.Sha256, ct);
            return await ProcessAsync(upload.Id, content, ct);
        }
    }

    private async Task<IngestResult> ProcessAsync(int uploadId, byte[] content, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upload = await db.Uploads.SingleAsync(u => u.Id == uploadId, ct);
        upload.Attempts++;
        var sha = RawFileStore.HashOf(content);
        upload.Sha256 = sha;

        try
        {
            var existing = await db.Articles.AsNoTracking()
                .Where(a => a.Sha256 == sha)
                .Select(a => new { a.Id, a.StoryId, StoryTitle = a.Story.Title })
                .SingleOrDefaultAsync(ct);
            if (existing is not null)
            {
                // The same bytes: if the stored article lost its raw file (or it was changed), these bytes (same SHA-256) restore it.
                var restored = await rawFiles.RestoreAsync(sha, content, ct);
                if (restored)
                {
                    upload.RawKept = true;
                    IngestionLog.RawFileRestored(logger, upload.Id, upload.FileName, existing.Id);

                    // A failed re-reading's reason (its raw file missing or changed) no longer holds: it leaves the Re-analysis list.
                    await db.Articles.Where(a => a.Id == existing.Id).ExecuteUpdateAsync(
                        s => s.SetProperty(a => a.RereadFailure, (string?)null).SetProperty(a => a.RereadFailedUtc, (DateTime?)null),
                        ct);
                }

                Complete(upload, UploadStatus.AlreadyStored, restored ? RawRestoredNote : null, existing.StoryId, existing.Id);
                await db.SaveChangesAsync(ct);
                IngestionLog.UploadAlreadyStored(logger, upload.Id, upload.FileName, existing.Id);
                var alreadyStored = $"Already stored: the same file is a source of story #{existing.StoryId} “{existing.StoryTitle}”. "
                    + (restored ? RawRestoredNote : "Nothing was added.");
                return ToResult(upload, alreadyStored, existing.StoryTitle) with { RawRestored = restored };
            }

            await rawFiles.SaveAsync(sha, content, ct);
            upload.RawKept = true;

            ExtractionResult extracted;
            try
            {
                extracted = pipeline.Extract(new RawDocument(upload.FileName, content) { Received = clock.GetUtcNow() });
            }
            catch (DocumentRejectedException ex)
            {
                return await RejectAsync(db, upload, ex.Message, ct);
            }

            if (string.IsNullOrWhiteSpace(extracted.MainText))
            {
                return await RejectAsync(db, upload, "No article text was found in this file. Check that it is the saved article itself (not an index page or a login page), save it again and upload it.", ct);
            }

            var match = await matcher.FindAsync(db, extracted.Fingerprint, extracted.Entities.Tonnages, ct);
            var article = ArticleFactory.Create(upload, sha, content.LongLength, extracted, clock.GetUtcNow().UtcDateTime);
            await ReferenceDataWriter.EnsureReferencedAsync(db, extracted.Entities, ct);
            await CandidateWriter.AttachAsync(db, article, extracted.Entities.Candidates, clock.GetUtcNow().UtcDateTime, ct);

            Story story;
            if (match is null)
            {
                story = new Story(article.Title ?? Path.GetFileNameWithoutExtension(upload.FileName), clock.GetUtcNow().UtcDateTime);
                db.Stories.Add(story);
            }
            else
            {
                story = await db.Stories.Include(s => s.Sources).SingleAsync(s => s.Id == match.StoryId, ct);
            }

            story.AddSource(article);
            var status = match is null ? UploadStatus.NewStory : UploadStatus.AddedToStory;

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            Complete(upload, status, null, story.Id, article.Id);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            IngestionLog.UploadStored(logger, upload.Id, upload.FileName, status, story.Id, article.Id, match?.Score ?? 0);
            var message = match is null
                ? $"New story #{story.Id} “{story.Title}”."
                : string.Create(CultureInfo.InvariantCulture, $"Added as a source to story #{story.Id} “{story.Title}” (it matches {match.Score:P0} of an existing source's text).");
            return ToResult(upload, message, story.Title);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            IngestionLog.UploadFailed(logger, ex, upload.Id, upload.FileName);
            return await FailAsync(upload.Id, upload.RawKept, sha, ex, ct);
        }
    }

    private async Task<IngestResult> RejectAsync(RareEarthWatchDbContext db, Upload upload, string reason, CancellationToken ct)
    {
        Complete(upload, UploadStatus.Rejected, reason, null, null);
        await db.SaveChangesAsync(ct);
        IngestionLog.UploadRejected(logger, upload.Id, upload.FileName, reason);
        return ToResult(upload, reason, null);
    }

    private async Task<IngestResult> RejectTooLargeAsync(string fileName, string origin, long size, CancellationToken ct)
    {
        var limit = storage.Value.MaxUploadBytes;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"The file is larger than the limit of {limit / (1024.0 * 1024.0):0.#} MB (at least {size / (1024.0 * 1024.0):0.#} MB). Save the article alone (\"Web page, HTML only\" or text) and upload that, or raise the setting Storage:MaxUploadBytes.");
        using (await gate.EnterAsync(ct))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var upload = new Upload
            {
                FileName = Path.GetFileName(fileName),
                SizeBytes = size,
                Origin = origin,
                ReceivedUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Uploads.Add(upload);
            Complete(upload, UploadStatus.Rejected, reason, null, null);
            await db.SaveChangesAsync(ct);
            IngestionLog.UploadRejected(logger, upload.Id, upload.FileName, reason);
            return ToResult(upload, reason, null);
        }
    }

    private async Task<IngestResult> FailAsync(int uploadId, bool rawKept, string sha, Exception ex, CancellationToken ct)
    {
        // A fresh context: the one that failed may hold half-made changes, which must not be saved.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upload = await db.Uploads.SingleAsync(u => u.Id == uploadId, ct);
        upload.Sha256 = sha;
        upload.RawKept = rawKept;
        var reason = rawKept
            ? $"Reading or storing this file failed ({ex.GetType().Name}: {ex.Message}). Nothing was stored; the file is kept and can be retried from the imports page."
            : $"Storing this file failed ({ex.GetType().Name}: {ex.Message}). Nothing was stored; upload it again.";
        Complete(upload, UploadStatus.Failed, reason, null, null);
        await db.SaveChangesAsync(ct);
        return ToResult(upload, reason, null);
    }

    private void Complete(Upload upload, UploadStatus status, string? reason, int? storyId, int? articleId)
    {
        upload.Status = status;
        upload.Reason = reason;
        upload.StoryId = storyId;
        upload.ArticleId = articleId;
        upload.CompletedUtc = clock.GetUtcNow().UtcDateTime;
    }

    private static IngestResult ToResult(Upload upload, string message, string? storyTitle) =>
        new(upload.Id, upload.FileName, upload.Status, message, upload.StoryId, storyTitle, upload.ArticleId);
}
