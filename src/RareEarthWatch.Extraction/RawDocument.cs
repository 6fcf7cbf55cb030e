namespace RareEarthWatch.Extraction;

/// <summary>A file as an analyst saved it: its original name and its exact bytes.</summary>
public sealed record RawDocument(string FileName, byte[] Content)
{
    public static RawDocument FromFile(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));
}
