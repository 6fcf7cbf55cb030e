using Microsoft.Extensions.Logging;
using RareEarthWatch.Data.Model;

namespace RareEarthWatch.Data.Ingestion;

internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 100, EventName = "UploadReceived", Level = LogLevel.Information,
        Message = "Upload {UploadId} received: {FileName} ({SizeBytes} bytes) from {Origin}")]
    public static partial void UploadReceived(ILogger logger, int uploadId, string fileName, long sizeBytes, string origin);

    [LoggerMessage(EventId = 101, EventName = "UploadStored", Level = LogLevel.Information,
        Message = "Upload {UploadId} ({FileName}): {Status}, story {StoryId}, article {ArticleId}, similarity {Similarity:0.00}")]
    public static partial void UploadStored(ILogger logger, int uploadId, string fileName, UploadStatus status, int? storyId, int? articleId, double similarity);

    [LoggerMessage(EventId = 102, EventName = "UploadAlreadyStored", Level = LogLevel.Information,
        Message = "Upload {UploadId} ({FileName}) has the same bytes as article {ArticleId}: nothing stored")]
    public static partial void UploadAlreadyStored(ILogger logger, int uploadId, string fileName, int articleId);

    [LoggerMessage(EventId = 103, EventName = "UploadRejected", Level = LogLevel.Warning,
        Message = "Upload {UploadId} ({FileName}) rejected: {Reason}")]
    public static partial void UploadRejected(ILogger logger, int uploadId, string fileName, string reason);

    [LoggerMessage(EventId = 104, EventName = "UploadFailed", Level = LogLevel.Error,
        Message = "Upload {UploadId} ({FileName}) failed; nothing was stored")]
    public static partial void UploadFailed(ILogger logger, Exception exception, int uploadId, string fileName);

    [LoggerMessage(EventId = 105, EventName = "RawFileRestored", Level = LogLevel.Warning,
        Message = "Upload {UploadId} ({FileName}) has the same bytes as article {ArticleId}, whose raw file was missing or changed: raw file restored")]
    public static partial void RawFileRestored(ILogger logger, int uploadId, string fileName, int articleId);

    [LoggerMessage(EventId = 110, EventName = "SeedsImported", Level = LogLevel.Information,
        Message = "First run: imported {Count} seed files from {Directory}")]
    public static partial void SeedsImported(ILogger logger, int count, string directory);

    [LoggerMessage(EventId = 111, EventName = "SeedsNotFound", Level = LogLevel.Warning,
        Message = "First run: no seeds folder found (set Seeds:Directory); starting with an empty database")]
    public static partial void SeedsNotFound(ILogger logger);

    [LoggerMessage(EventId = 112, EventName = "DatabaseReady", Level = LogLevel.Information,
        Message = "Database {DatabasePath} migrated; reference data: {Organisations} organisations, {Countries} countries, {Elements} elements")]
    public static partial void DatabaseReady(ILogger logger, string databasePath, int organisations, int countries, int elements);
}
