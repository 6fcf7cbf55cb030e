using RareEarthWatch.Data.Model;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>What became of one file: shown on the upload page, returned by the API and printed by the CLI.</summary>
public sealed record IngestResult(
    int UploadId,
    string FileName,
    UploadStatus Status,
    string Message,
    int? StoryId,
    string? StoryTitle,
    int? ArticleId)
{
    /// <summary>The file was already stored but its raw file was missing; these bytes restored it.</summary>
    public bool RawRestored { get; init; }

    public bool Succeeded => Status is UploadStatus.NewStory or UploadStatus.AddedToStory or UploadStatus.AlreadyStored;
}
