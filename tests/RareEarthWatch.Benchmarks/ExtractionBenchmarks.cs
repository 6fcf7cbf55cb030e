using BenchmarkDotNet.Attributes;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Benchmarks;

/// <summary>
/// Main text plus metadata for all benchmark pages, ours beside SmartReader (the .NET port of
/// Mozilla Readability), on one thread. Pages per second = pages / mean time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<(string Id, byte[] Html)> _pages = [];
    private IReadOnlyList<string> _texts = [];
    private readonly ArticleReader _reader = new(new ExtractionOptions());

    [GlobalSetup]
    public void Setup()
    {
        _pages = BenchmarkPages.Load();
        _texts = _pages.Select(p => BenchmarkPages.Text(p.Html)).ToList();
    }

    [Benchmark(Baseline = true, Description = "RareEarthWatch ArticleReader (all pages)")]
    public int RareEarthWatch()
    {
        var chars = 0;
        foreach (var (id, html) in _pages)
        {
            chars += _reader.Read(new RawDocument(id + ".html", html)).MainText.Length;
        }

        return chars;
    }

    [Benchmark(Description = "SmartReader 0.11 (all pages)")]
    public int SmartReader()
    {
        var chars = 0;
        foreach (var html in _texts)
        {
            var article = new SmartReader.Reader("https://example.org/article", html).GetArticle();
            chars += article.TextContent?.Length ?? 0;
        }

        return chars;
    }
}
