using System.IO.Compression;
using RareEarthWatch.Extraction;

namespace RareEarthWatch.Cli;

/// <summary>Finds the files a command works on and reads them (a <c>.gz</c> file is read decompressed).</summary>
internal static class InputFiles
{
    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path)
                .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        throw new FileNotFoundException($"No file or folder at “{path}”. Give the path of a saved article or of a folder of them.");
    }

    public static RawDocument Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return RawDocument.FromFile(path);
        }

        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return new RawDocument(Path.GetFileNameWithoutExtension(path), buffer.ToArray());
    }

    /// <summary>The file's name without its extensions (".html.gz" included).</summary>
    public static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Path.GetFileNameWithoutExtension(name);
    }
}
