using System.ComponentModel.DataAnnotations;

namespace RareEarthWatch.Extraction;

/// <summary>Settings of the extraction stages. The defaults work with no configuration.</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>A folder holding the gazetteer CSV files; null uses the copies built into the assembly.</summary>
    public string? GazetteerDirectory { get; set; }

    /// <summary>Pages larger than this are refused rather than parsed.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Thresholds of the reading stage (format, decoding, main text, metadata).</summary>
    public MainText.ReadingOptions Reading { get; set; } = new();
}
