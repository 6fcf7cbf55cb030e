using System.IO.Compression;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Benchmarks;

/// <summary>
/// Entities and tonnages on typical article text: the 121 hand-checked article bodies of the
/// extraction benchmark (real news, median about 570 words). Articles per second = 121 / mean time.
/// </summary>
[MemoryDiagnoser]
public class EntityBenchmarks
{
    private readonly EntityRecognizer _recognizer = new(Gazetteer.Load());
    private IReadOnlyList<string> _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(BenchmarkPages.BenchmarkDirectory, "ground-truth.json.gz");
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var json = JsonDocument.Parse(input);
        _texts = json.RootElement.EnumerateObject()
            .Select(p => p.Value.GetProperty("articleBody").GetString() ?? "")
            .ToList();
    }

    [Benchmark(Description = "EntityRecognizer.Recognize (121 article bodies)")]
    public int Recognize()
    {
        var facts = 0;
        foreach (var text in _texts)
        {
            var entities = _recognizer.Recognize(text, ArticleMetadata.Empty);
            facts += entities.Organisations.Count + entities.Countries.Count + entities.Elements.Count + entities.Tonnages.Count;
        }

        return facts;
    }
}
