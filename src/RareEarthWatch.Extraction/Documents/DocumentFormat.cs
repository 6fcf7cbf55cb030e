namespace RareEarthWatch.Extraction.Documents;

/// <summary>What a file turned out to be, decided from its content.</summary>
public enum DocumentFormat
{
    Html,
    Mhtml,
    PlainText,
}
