using System.CommandLine;
using System.Text.Json;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Cli.Commands;

/// <summary>
/// <c>extract &lt;folder&gt; --out predictions.json</c>: the main text of every page, in the format the
/// extraction benchmark's score.py reads: <c>{ "&lt;name&gt;": { "articleBody": "..." } }</c>.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder of pages (.html, .htm, .mhtml, .txt; .gz compressed copies are read too)" };
        var output = new Option<string>("--out") { Description = "Where to write the JSON", DefaultValueFactory = _ => "predictions.json" };
        var command = new Command("extract", "Write the main text of every page in a folder as {\"<name>\": {\"articleBody\": ...}} (the extraction benchmark's format).")
        {
            folder,
            output,
        };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(output)!));
        return command;
    }

    private static int Run(string folder, string output)
    {
        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Find(folder);
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        var reader = new ArticleReader(new ExtractionOptions());
        var predictions = new SortedDictionary<string, Prediction>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                predictions[InputFiles.Stem(file)] = new Prediction(reader.Read(InputFiles.Read(file)).MainText);
            }
            catch (DocumentRejectedException ex)
            {
                Console.Error.WriteLine($"{Path.GetFileName(file)}: {ex.Message}");
                predictions[InputFiles.Stem(file)] = new Prediction("");
            }
        }

        File.WriteAllText(output, JsonSerializer.Serialize(predictions, Json.Options));
        Console.Error.WriteLine($"Wrote {predictions.Count} predictions to {Path.GetFullPath(output)}");
        return 0;
    }

    internal sealed record Prediction(string ArticleBody);
}
