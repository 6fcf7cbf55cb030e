using System.Globalization;
using CsvHelper;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>Locates the repository's data files and shares one recogniser (compiling the gazetteer once).</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RareEarthWatch.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Repository root (RareEarthWatch.sln) not found.");
    });

    private static readonly Lazy<EntityRecognizer> SharedRecognizer = new(() => new EntityRecognizer(Gazetteer.Load()));

    public static string RepositoryRoot => Root.Value;

    public static string GazetteerDirectory => Path.Combine(RepositoryRoot, "src", "RareEarthWatch.Extraction", "Gazetteers");

    public static string CasesDirectory => Path.Combine(RepositoryRoot, "tests", "RareEarthWatch.Extraction.Tests", "Entities", "Cases");

    public static EntityRecognizer Recognizer => SharedRecognizer.Value;

    public static ArticleEntities Recognize(string text) => Recognizer.Recognize(text, ArticleMetadata.Empty);

    /// <summary>Reads a CSV file into one dictionary per record, keyed by header.</summary>
    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvReader.FromFile(path, options);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < csv.Headers.Count; i++)
            {
                row[csv.Headers[i]] = i < csv.FieldCount ? csv.GetString(i) : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
