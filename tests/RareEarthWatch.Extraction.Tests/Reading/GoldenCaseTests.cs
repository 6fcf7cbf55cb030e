using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>
/// Golden files: every folder of Reading/Cases holds a source file and the main text and metadata the
/// reader must read from it. REW_UPDATE_GOLDEN=1 rewrites the expected files instead of checking them.
/// </summary>
public sealed class GoldenCaseTests
{
    private static readonly string CasesDirectory = Path.Combine(TestFiles.RepositoryRoot, "tests", "RareEarthWatch.Extraction.Tests", "Reading", "Cases");

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool Updating => Environment.GetEnvironmentVariable("REW_UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Cases() => new(CaseNames());

    [Fact]
    public void There_are_golden_cases_for_both_seeds_and_benchmark_pages() =>
        CaseNames().Should().Contain(c => c.StartsWith("seed-", StringComparison.Ordinal)).And.Contain(c => c.StartsWith("benchmark-", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reader_reads_the_expected_text_and_metadata(string name)
    {
        var folder = Path.Combine(CasesDirectory, name);
        var source = Directory.GetFiles(folder, "source.*").Single();
        var article = TestFiles.NewReader().Read(RawDocument.FromFile(source));
        var text = article.MainText + "\n";
        var metadata = MetadataJson(article) + "\n";
        var textPath = Path.Combine(folder, "expected-text.txt");
        var metadataPath = Path.Combine(folder, "expected-metadata.json");
        if (Updating)
        {
            File.WriteAllText(textPath, text, new UTF8Encoding(false));
            File.WriteAllText(metadataPath, metadata, new UTF8Encoding(false));
            return;
        }

        File.Exists(textPath).Should().BeTrue($"{name} needs expected files: run with REW_UPDATE_GOLDEN=1 and review the diff");
        text.Should().Be(File.ReadAllText(textPath), "the main text of {0} changed: if on purpose, regenerate with REW_UPDATE_GOLDEN=1", name);
        metadata.Should().Be(File.ReadAllText(metadataPath), "the metadata of {0} changed: if on purpose, regenerate with REW_UPDATE_GOLDEN=1", name);
    }

    private static List<string> CaseNames() =>
        Directory.GetDirectories(CasesDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every field, one per line, dates as written with their offset: a diff shows exactly what moved.</summary>
    private static string MetadataJson(ReadArticle article)
    {
        var m = article.Metadata;
        var node = new JsonObject
        {
            ["format"] = article.Format.ToString(),
            ["title"] = m.Title,
            ["published"] = m.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["publishedHasTimeZone"] = m.PublishedHasTimeZone,
            ["publishedHasTime"] = m.PublishedHasTime,
            ["publishedSource"] = m.PublishedSource,
            ["outlet"] = m.Outlet,
            ["agency"] = m.Agency,
            ["canonicalUrl"] = m.CanonicalUrl,
            ["authors"] = new JsonArray([.. m.Authors.Select(a => (JsonNode?)JsonValue.Create(a))]),
            ["authorsSource"] = m.AuthorsSource,
            ["datelineCity"] = m.DatelineCity,
            ["language"] = m.Language,
        };
        return node.ToJsonString(JsonOptions).ReplaceLineEndings("\n");
    }
}
