using System.Text.Json;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "rew-cli-tests", Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    [Fact]
    public async Task Analyze_prints_one_json_object_per_file_without_touching_a_database()
    {
        var (exit, output, error) = await CliRunner.RunAsync(_work, "analyze", RepoPaths.Seeds);
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.EnumerateArray().ToList();
        files.Should().HaveCount(2);
        foreach (var file in files)
        {
            foreach (var name in new[] { "file", "title", "published", "outlet", "mainText", "organisations", "countries", "elements", "tonnages" })
            {
                file.TryGetProperty(name, out _).Should().BeTrue(name);
            }
        }

        var syndicated = files.Single(f => f.GetProperty("file").GetString()!.Contains("syndicated", StringComparison.Ordinal));
        syndicated.GetProperty("mainText").GetString().Should().Contain("400 to 500 metric tons of neodymium").And.NotContain("WeRide");
        var tonnage = syndicated.GetProperty("tonnages")[0];
        tonnage.GetProperty("min").GetDouble().Should().Be(400);
        tonnage.GetProperty("elementSymbol").GetString().Should().Be("Nd");
        tonnage.GetProperty("productId").ValueKind.Should().Be(JsonValueKind.Null, "the material is an element, not a product of products.csv");
        Directory.Exists(Path.Combine(_work, "data")).Should().BeFalse("analyze never creates a database");
    }

    [Fact]
    public async Task Analyze_json_names_each_tonnage_material_by_its_products_csv_id()
    {
        var file = Path.Combine(_work, "lynas.txt");
        await File.WriteAllTextAsync(file, "Lynas output\n\nLynas Rare Earths produced 10,500 tonnes of NdPr oxide in 2025, the company said.\n");
        var (exit, output, error) = await CliRunner.RunAsync(_work, "analyze", file);
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var tonnage = json.RootElement[0].GetProperty("tonnages").EnumerateArray().Single();
        tonnage.GetProperty("material").GetString().Should().Be("NdPr oxide");
        tonnage.GetProperty("productId").GetString().Should().Be("ndpr-oxide");
        tonnage.GetProperty("subjectId").GetString().Should().Be("lynas");
    }

    [Fact]
    public async Task Analyze_as_text_prints_tables_with_numbered_evidence()
    {
        var (exit, output, error) = await CliRunner.RunAsync(_work, "analyze", RepoPaths.Seeds, "--format", "text");
        exit.Should().Be(0, error);
        output.Should().Contain("Organisations").And.Contain("(toyota-tsusho)").And.Contain("Tonnages (metric tonnes)")
            .And.Contain("400–500 t").And.Contain("Evidence:").And.Contain("The state miner currently has the capacity");
        output.TrimStart().Should().NotStartWith("[", "text is not JSON");

        (exit, _, error) = await CliRunner.RunAsync(_work, "analyze", RepoPaths.Seeds, "--format", "xml");
        exit.Should().NotBe(0);
        error.Should().Contain("xml");
    }

    [Fact]
    public async Task Analyze_says_clearly_when_the_path_does_not_exist()
    {
        var (exit, _, error) = await CliRunner.RunAsync(_work, "analyze", "no-such-file.html");
        exit.Should().NotBe(0);
        error.Should().Contain("no-such-file.html");
    }

    [Fact]
    public async Task Import_stores_a_folder_in_the_data_directory_and_a_second_import_stores_nothing_twice()
    {
        var data = Path.Combine(_work, "my-data");
        var (exit, output, error) = await CliRunner.RunAsync(_work, "import", RepoPaths.Seeds, $"--Data:Directory={data}", "--Seeds:ImportOnFirstRun=false");
        exit.Should().Be(0, output + error);
        output.Should().Contain("1 new story").And.Contain("1 added to a story");
        File.Exists(Path.Combine(data, "rareearthwatch.db")).Should().BeTrue();

        (exit, output, error) = await CliRunner.RunAsync(_work, "import", RepoPaths.Seeds, $"--Data:Directory={data}");
        exit.Should().Be(0, output + error);
        output.Should().Contain("2 already stored");
    }

    [Fact]
    public async Task A_setting_followed_by_its_value_is_read_as_with_an_equals_sign()
    {
        var data = Path.Combine(_work, "spaced data");
        var (exit, output, error) = await CliRunner.RunAsync(_work, "import", RepoPaths.Seeds, "--Data:Directory", data, "--Seeds:ImportOnFirstRun", "false");
        exit.Should().Be(0, output + error);
        output.Should().Contain("1 new story").And.Contain("1 added to a story");
        File.Exists(Path.Combine(data, "rareearthwatch.db")).Should().BeTrue("the value after --Data:Directory is the data folder");
        Directory.Exists(Path.Combine(_work, "data")).Should().BeFalse("nothing is stored in the default folder");

        (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", "--all", "--Data:Directory", data);
        exit.Should().Be(0, output + error);
        output.Should().Contain("Re-read: 2 of 2, none failed");
    }

    [Fact]
    public async Task A_setting_without_a_value_is_refused_with_how_to_write_it()
    {
        var (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", "--Data:Directory");
        exit.Should().Be(2);
        System.Text.RegularExpressions.Regex.Replace(output + error, @"\s+", " ")
            .Should().Contain("The setting --Data:Directory has no value").And.Contain("--Data:Directory=value or --Data:Directory value");

        (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", "--Data:Directory", "--all");
        exit.Should().Be(2, "a following option is not taken as the folder");
        (output + error).Should().Contain("has no value");
        Directory.Exists(Path.Combine(_work, "--all")).Should().BeFalse();
    }

    [Fact]
    public async Task Extract_writes_predictions_in_the_benchmark_format()
    {
        var outFile = Path.Combine(_work, "predictions.json");
        var (exit, _, error) = await CliRunner.RunAsync(_work, "extract", RepoPaths.Seeds, "--out", outFile);
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(outFile));
        json.RootElement.GetProperty("irel-japan-korea-magnets-business-standard").GetProperty("articleBody").GetString()
            .Should().Contain("400-500 metric tons");
    }
}
