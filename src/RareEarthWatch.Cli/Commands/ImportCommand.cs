using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RareEarthWatch.Data;
using RareEarthWatch.Data.Ingestion;
using RareEarthWatch.Data.Model;
using Spectre.Console;

namespace RareEarthWatch.Cli.Commands;

/// <summary>
/// <c>import &lt;folder&gt;</c>: imports every file of a folder into the app's database (the same
/// <c>Data:Directory</c> as the web app), with a progress bar and a summary.
/// </summary>
internal static class ImportCommand
{
    public const string Origin = "cli";

    public static Command Create(string[] settings)
    {
        var folder = new Argument<string>("folder") { Description = "Folder of saved articles (.html, .htm, .mhtml, .mht, .txt)" };
        var command = new Command("import", "Import a folder of saved articles into the app's database (setting Data:Directory, default ./data).")
        {
            folder,
        };
        command.SetAction((parse, ct) => RunAsync(settings, parse.GetValue(folder)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] settings, string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]No folder at “{folder}”.[/] Give the path of a folder of saved articles.");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(settings);
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRareEarthWatchData(builder.Configuration);
        using var host = builder.Build();

        var data = host.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Database: [blue]{data.DatabasePath}[/]");
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);

        var ingestion = host.Services.GetRequiredService<IngestionService>();
        var files = InputFiles.Find(folder);
        var results = new List<IngestResult>();
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Importing {files.Count} files", maxValue: Math.Max(1, files.Count));
                foreach (var file in files)
                {
                    var bytes = await File.ReadAllBytesAsync(file, ct);
                    results.Add(await ingestion.IngestAsync(bytes, Path.GetFileName(file), Origin, ct));
                    task.Increment(1);
                }
            });

        var table = new Table().AddColumns("File", "Outcome", "Story");
        foreach (var r in results)
        {
            table.AddRow(
                Markup.Escape(r.FileName),
                r.Succeeded ? $"[green]{Markup.Escape(Describe(r.Status, 1))}[/]" : $"[red]{Markup.Escape(Describe(r.Status, 1))}[/]: {Markup.Escape(r.Message)}",
                r.StoryId is null ? "" : Markup.Escape($"#{r.StoryId} {r.StoryTitle}"));
        }

        AnsiConsole.Write(table);
        var summary = results.GroupBy(r => r.Status).Select(g => $"{g.Count()} {Describe(g.Key, g.Count())}");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Summary: {string.Join(", ", summary)} ({results.Count} files).");
        return results.All(r => r.Succeeded) ? 0 : 1;
    }

    private static string Describe(UploadStatus status, int count) => status switch
    {
        UploadStatus.NewStory => count == 1 ? "new story" : "new stories",
        UploadStatus.AddedToStory => count == 1 ? "added to a story" : "added to stories",
        UploadStatus.AlreadyStored => "already stored",
        UploadStatus.Rejected => "rejected",
        UploadStatus.Failed => "failed",
        _ => status.ToString(),
    };
}
