namespace RareEarthWatch.Data.Model;

public enum UploadStatus
{
    /// <summary>Received, not yet processed.</summary>
    Pending,

    /// <summary>Read and stored as the first source of a new story.</summary>
    NewStory,

    /// <summary>Read and stored as another source of an existing story.</summary>
    AddedToStory,

    /// <summary>The same bytes were stored before: nothing was written.</summary>
    AlreadyStored,

    /// <summary>The file is not a readable article (reason says why and what to do).</summary>
    Rejected,

    /// <summary>Reading or storing failed unexpectedly; nothing was stored and the file can be retried.</summary>
    Failed,
}

/// <summary>One file handed to the app (upload page, API, command line or seeds) and what became of it.</summary>
public sealed class Upload
{
    public int Id { get; private set; }
    public required string FileName { get; init; }
    public required long SizeBytes { get; init; }
    public string? Sha256 { get; set; }
    public required string Origin { get; init; }
    public required DateTime ReceivedUtc { get; init; }
    public DateTime? CompletedUtc { get; set; }
    public UploadStatus Status { get; set; }
    public string? Reason { get; set; }
    public int? StoryId { get; set; }
    public int? ArticleId { get; set; }
    public int Attempts { get; set; }

    /// <summary>True when the raw bytes were kept, so the file can be processed again.</summary>
    public bool RawKept { get; set; }
}
