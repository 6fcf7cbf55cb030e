using System.IO.Compression;
using System.Text;

namespace RareEarthWatch.Benchmarks;

/// <summary>The extraction benchmark's pages (tests/data/extraction-benchmark), decompressed once.</summary>
internal static class BenchmarkPages
{
    public static IReadOnlyList<(string Id, byte[] Html)> Load()
    {
        var folder = Path.Combine(Root, "tests", "data", "extraction-benchmark", "html");
        return Directory.EnumerateFiles(folder, "*.html.gz")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                return (Path.GetFileName(path)[..^".html.gz".Length], buffer.ToArray());
            })
            .ToList();
    }

    public static string Text(byte[] html) => Encoding.UTF8.GetString(html);

    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RareEarthWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
