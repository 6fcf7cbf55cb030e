using System.Globalization;
using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>
/// Every row of tests/data/tonnage-examples.csv is a case: the phrase is recognised on its own (rows whose notes say
/// the material comes from the previous sentence get the previous row's phrase before them). Negatives must give no
/// tonnage; tonnages must give a fact with the row's min/max, qualifier, material (product or element), basis,
/// measure and period. A material the phrase itself does not name (T37, T74...) cannot be read from it: then only
/// the absence of an invented material is checked. Documented disagreements are in tonnage-known-deviations.csv.
/// </summary>
public sealed class TonnageExamplesTests
{
    private const double RelativeTolerance = 1e-6;

    private static readonly Lazy<List<Dictionary<string, string>>> Rows =
        new(() => TestFiles.ReadCsv(Path.Combine(TestFiles.RepositoryRoot, "tests", "data", "tonnage-examples.csv")));

    private static readonly Lazy<List<Dictionary<string, string>>> Deviations =
        new(() => TestFiles.ReadCsv(Path.Combine(TestFiles.RepositoryRoot, "tests", "RareEarthWatch.Extraction.Tests", "Entities", "tonnage-known-deviations.csv")));

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows.Value)
        {
            data.Add(row["id"]);
        }

        return data;
    }

    [Fact]
    public void The_examples_file_has_75_rows_66_tonnages_and_9_negatives()
    {
        Rows.Value.Should().HaveCount(75);
        Rows.Value.Count(r => r["is_tonnage"] == "yes").Should().Be(66);
        Rows.Value.Count(r => r["is_tonnage"] == "no").Should().Be(9);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Example_gives_the_expected_fact(string id)
    {
        var (row, text) = Case(id);
        var entities = TestFiles.Recognize(text);
        foreach (var f in entities.Tonnages)
        {
            EvidenceIsConsistent(text, f.Evidence);
        }

        if (row["is_tonnage"] == "no")
        {
            entities.Tonnages.Should().BeEmpty($"{id} is not a tonnage: {row["notes"]}");
            return;
        }

        var fact = FindFact(row, entities.Tonnages);
        fact.Should().NotBeNull($"{id}: expected {row["min_t"]}..{row["max_t"]} t in \"{text}\"; got {Describe(entities.Tonnages)}");
        var deviations = Deviations.Value.Where(d => d["id"] == id).Select(d => d["field"]).ToHashSet(StringComparer.Ordinal);

        Check(deviations, "qualifier", fact!.Qualifier, row["qualifier"], id);
        Check(deviations, "measure", fact.Measure, row["measure"], id);
        Check(deviations, "period", fact.Period, row["period"], id);

        var stated = MaterialIsStated(row, text);
        if (stated)
        {
            if (row["product_id"].Length > 0)
            {
                Check(deviations, "product_id", fact.ProductId, row["product_id"], id);
            }
            else if (row["element_symbols"].Length > 0 && !row["element_symbols"].Contains('|', StringComparison.Ordinal))
            {
                Check(deviations, "element_symbols", fact.ElementSymbol, row["element_symbols"], id);
            }

            Check(deviations, "basis", fact.Basis, row["basis"], id);
        }
        else if (row["basis"] == "unspecified")
        {
            Check(deviations, "basis", fact.Basis, row["basis"], id);
        }
    }

    [Fact]
    public void Known_deviations_still_deviate_so_fixed_ones_are_removed()
    {
        foreach (var deviation in Deviations.Value)
        {
            var (row, text) = Case(deviation["id"]);
            var fact = FindFact(row, TestFiles.Recognize(text).Tonnages);
            var actual = deviation["field"] switch
            {
                "measure" => fact?.Measure,
                "period" => fact?.Period,
                "basis" => fact?.Basis,
                "qualifier" => fact?.Qualifier,
                "product_id" => fact?.ProductId,
                _ => null,
            };
            actual.Should().NotBe(row[deviation["field"]], $"{deviation["id"]}.{deviation["field"]} now matches: remove it from the deviations file");
        }
    }

    private static (Dictionary<string, string> Row, string Text) Case(string id)
    {
        var rows = Rows.Value;
        var at = rows.FindIndex(r => r["id"] == id);
        var row = rows[at];
        var text = row["phrase"];
        if (at > 0 && row["notes"].Contains("previous sentence", StringComparison.OrdinalIgnoreCase))
        {
            var previous = rows[at - 1]["phrase"].TrimEnd();
            text = previous + (previous.EndsWith('.') ? " " : ". ") + text;
        }

        return (row, text);
    }

    private static TonnageFact? FindFact(Dictionary<string, string> row, IReadOnlyList<TonnageFact> facts)
    {
        var min = ParseOrNull(row["min_t"]);
        var max = ParseOrNull(row["max_t"]);
        return facts.FirstOrDefault(f => Close(f.Min, min) && Close(f.Max, max)
                                         && (min is not null || max is not null || f.Qualifier == row["qualifier"]));
    }

    private static bool MaterialIsStated(Dictionary<string, string> row, string text)
    {
        var gazetteer = TestFiles.Recognizer.Gazetteer;
        var names = new List<string>();
        if (gazetteer.Products.FirstOrDefault(p => p.Id == row["product_id"]) is { } product)
        {
            names.Add(product.Name);
            names.AddRange(product.Aliases);
            names.AddRange(product.AmbiguousAliases);
        }

        foreach (var symbol in row["element_symbols"].Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (gazetteer.Elements.FirstOrDefault(e => e.Symbol == symbol) is { } element)
            {
                names.Add(element.Name);
            }
        }

        var normalised = text.Replace('-', ' ');
        return names.Exists(n => normalised.Contains(n.Replace('-', ' ').TrimEnd('s'), StringComparison.OrdinalIgnoreCase));
    }

    private static void Check(HashSet<string> deviations, string field, string? actual, string expected, string id)
    {
        if (!deviations.Contains(field))
        {
            actual.Should().Be(expected, $"{id}.{field}");
        }
    }

    private static double? ParseOrNull(string value) =>
        string.IsNullOrWhiteSpace(value) ? null : double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool Close(double? actual, double? expected) =>
        (actual, expected) switch
        {
            (null, null) => true,
            ({ } a, { } e) => Math.Abs(a - e) <= Math.Abs(e) * RelativeTolerance,
            _ => false,
        };

    internal static void EvidenceIsConsistent(string text, Evidence evidence)
    {
        text.Substring(evidence.SentenceStart, evidence.Sentence.Length).Should().Be(evidence.Sentence);
        evidence.Start.Should().BeGreaterThanOrEqualTo(evidence.SentenceStart);
        (evidence.Start + evidence.Length).Should().BeLessThanOrEqualTo(evidence.SentenceStart + evidence.Sentence.Length);
    }

    private static string Describe(IEnumerable<TonnageFact> facts) =>
        string.Join("; ", facts.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Min}..{f.Max} {f.Qualifier} {f.ProductId ?? f.Material} {f.Basis} {f.Measure} {f.Period}")));
}
