using System.ComponentModel.DataAnnotations;

namespace RareEarthWatch.Data;

/// <summary>
/// Where everything the app stores lives: the SQLite file and the raw uploaded files, in one
/// folder (setting <c>Data:Directory</c>, default <c>data</c> under the working directory).
/// </summary>
public sealed class DataOptions
{
    public const string SectionName = "Data";
    public const string DatabaseFileName = "rareearthwatch.db";
    public const string RawFolderName = "raw";

    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "data";

    public string FullDirectory => Path.GetFullPath(Directory);
    public string DatabasePath => Path.Combine(FullDirectory, DatabaseFileName);
    public string RawDirectory => Path.Combine(FullDirectory, RawFolderName);
    public string ConnectionString => $"Data Source={DatabasePath}";
}

/// <summary>Limits on what can be uploaded.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Files larger than this are refused (default 20 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// File name endings of saved articles, which the upload form offers; an uploaded or imported file is judged by its content
    /// whatever its name.
    /// </summary>
    public IReadOnlyList<string> AllowedExtensions { get; set; } = [".html", ".htm", ".txt", ".mhtml", ".mht"];
}

/// <summary>How alike two texts must be to count as copies of one story.</summary>
public sealed class StoryMatchingOptions
{
    public const string SectionName = "StoryMatching";

    /// <summary>
    /// Minimum estimated containment (share of the shorter text's word 4-grams found in the other)
    /// for an article to join an existing story. Syndicated copies with edits score 0.6–1.0;
    /// different stories on the same topic stay below 0.2.
    /// </summary>
    [Range(0.05, 1.0)]
    public double MinContainment { get; set; } = 0.5;
}

/// <summary>The seed articles imported on first run.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seeds";

    /// <summary>Folder of seed files; when null, the first <c>seeds</c> folder found above the working directory or the app.</summary>
    public string? Directory { get; set; }

    public bool ImportOnFirstRun { get; set; } = true;
}
