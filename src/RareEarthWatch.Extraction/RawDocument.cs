namespace RareEarthWatch.Extraction;

/// <summary>A file as an analyst saved it: its original name and its exact bytes.</summary>
public sealed record RawDocument(string FileName, byte[] Content)
{
    /// <summary>
    /// When the analyst saved or uploaded the file, if known. Wire copy dates its dateline without a year ("SYDNEY, Oct 30
    /// (Reuters) -"); the year is then the latest one that does not put the story after this moment.
    /// </summary>
    public DateTimeOffset? Received { get; init; }

    public static RawDocument FromFile(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));
}
