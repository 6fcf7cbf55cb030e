using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>
/// Throughput on one thread over the seed story and the evaluation passages. The target is 500 articles/s on one core;
/// the assertion uses a lower floor because test machines are shared, and the measured rate is printed.
/// </summary>
public sealed class ThroughputTests(ITestOutputHelper output)
{
    private const int Rounds = 200;
    private const double FloorArticlesPerSecond = 200;

    [Fact]
    public void Recognises_articles_fast_on_one_thread()
    {
        var articles = new List<string>
        {
            File.ReadAllText(Path.Combine(TestFiles.CasesDirectory, "seed-reuters-irel", "main-text.txt")),
            File.ReadAllText(Path.Combine(TestFiles.CasesDirectory, "seed-related-articles", "main-text.txt")),
        };
        var recognizer = TestFiles.Recognizer;
        foreach (var article in articles)
        {
            TestFiles.Recognize(article); // warm up
        }

        var watch = Stopwatch.StartNew();
        var characters = 0L;
        for (var i = 0; i < Rounds; i++)
        {
            foreach (var article in articles)
            {
                recognizer.Recognize(article, RareEarthWatch.Extraction.Metadata.ArticleMetadata.Empty);
                characters += article.Length;
            }
        }

        watch.Stop();
        var perSecond = Rounds * articles.Count / watch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{perSecond:0} articles/s, {characters / 1000.0 / watch.Elapsed.TotalSeconds:0} kchars/s, average {characters / (Rounds * articles.Count)} chars"));
        perSecond.Should().BeGreaterThan(FloorArticlesPerSecond);
    }
}
