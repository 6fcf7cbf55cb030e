using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace RareEarthWatch.Benchmarks;

/// <summary>One page of the extraction benchmark, decompressed.</summary>
/// <param name="Id">The page id (file name without ".html.gz").</param>
/// <param name="Bytes">The page's bytes with a UTF-8 byte-order mark in front: the benchmark's pages are UTF-8 whatever they declare.</param>
/// <param name="Html">The same page decoded as UTF-8: what SmartReader is given.</param>
/// <param name="Truth">The hand-checked article body.</param>
internal sealed record BenchmarkPage(string Id, byte[] Bytes, string Html, string Truth);

/// <summary>The extraction benchmark's pages (tests/data/extraction-benchmark), decompressed once.</summary>
internal static class BenchmarkPages
{
    public static string BenchmarkDirectory { get; } = Path.Combine(FindRoot(), "tests", "data", "extraction-benchmark");

    public static IReadOnlyList<BenchmarkPage> Load()
    {
        var truth = LoadTruth();
        return Directory.EnumerateFiles(Path.Combine(BenchmarkDirectory, "html"), "*.html.gz")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var id = Path.GetFileName(path)[..^".html.gz".Length];
                var html = Gunzip(path);
                var bytes = new byte[html.Length + 3];
                Encoding.UTF8.Preamble.CopyTo(bytes);
                html.CopyTo(bytes, 3);
                return new BenchmarkPage(id, bytes, Encoding.UTF8.GetString(html), truth.GetValueOrDefault(id, string.Empty));
            })
            .ToList();
    }

    private static Dictionary<string, string> LoadTruth()
    {
        using var json = JsonDocument.Parse(Gunzip(Path.Combine(BenchmarkDirectory, "ground-truth.json.gz")));
        return json.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.GetProperty("articleBody").GetString() ?? string.Empty,
            StringComparer.Ordinal);
    }

    private static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RareEarthWatch.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RareEarthWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
