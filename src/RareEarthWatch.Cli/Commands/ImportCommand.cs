using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RareEarthWatch.Data.Ingestion;
using RareEarthWatch.Data.Model;
using Spectre.Console;

namespace RareEarthWatch.Cli.Commands;

/// <summary>
/// <c>import &lt;folder&gt;</c>: imports every file of a folder into the app's database (the same
/// <c>Data:Directory</c> as the web app), with a progress bar and a summary. Stored articles an older version of the
/// extractors read are read again first, as the web app does at start, so new files are matched against stories as the
/// current rules read them.
/// </summary>
internal static class ImportCommand
{
    public const string Origin = "cli";

    public static Command Create(string[] settings)
    {
        var folder = new Argument<string>("folder") { Description = "Folder of saved articles (.html, .htm, .mhtml, .mht, .txt)" };
        var command = new Command(
            "import",
            "Import a folder of saved articles into the app's database (setting Data:Directory, default ./data). Stored articles that an older version "
            + "of the extractors read are first read again from their raw files (as `rew reanalyze` does), so new files are matched against stories as "
            + "the current rules read them.")
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

        using var host = await DataHost.OpenAsync(settings, mustExist: false, ct);
        if (host is null)
        {
            return 2;
        }

        var reanalysis = host.Services.GetRequiredService<ReanalysisService>();
        var outdated = await reanalysis.CountAsync(outdatedOnly: true, ct);
        var rereadFailed = 0;
        if (outdated > 0)
        {
            AnsiConsole.MarkupLineInterpolated(
                CultureInfo.InvariantCulture,
                $"{StoredArticles.OutdatedNotice(outdated)} before importing.");
            rereadFailed = (await StoredArticles.RereadAsync(reanalysis, outdatedOnly: true, outdated, ct)).Failed;
        }

        var ingestion = host.Services.GetRequiredService<IngestionService>();
        var files = InputFiles.Find(folder);
        if (files.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]No files to import in “{folder}”[/] (hidden files and README.md are skipped). Give the folder the saved articles are in.");
            return rereadFailed == 0 ? 0 : 1;
        }

        var results = new List<IngestResult>();
        await ProgressDisplay.RunAsync(files.Count == 1 ? "Importing 1 file" : $"Importing {files.Count} files", files.Count, async report =>
        {
            foreach (var file in files)
            {
                var bytes = await File.ReadAllBytesAsync(file, ct);
                results.Add(await ingestion.IngestAsync(bytes, Path.GetFileName(file), Origin, ct));
                report(results.Count);
            }
        });

        var table = new Table().AddColumns("File", "Outcome", "Story");
        foreach (var r in results)
        {
            table.AddRow(
                Markup.Escape(r.FileName),
                r.Succeeded
                    ? $"[green]{Markup.Escape(Describe(r.Status, 1))}[/]{(r.RawRestored ? ": " + Markup.Escape(IngestionService.RawRestoredNote) : "")}"
                    : $"[red]{Markup.Escape(Describe(r.Status, 1))}[/]: {Markup.Escape(r.Message)}",
                r.StoryId is null ? "" : Markup.Escape($"#{r.StoryId} {r.StoryTitle}"));
        }

        AnsiConsole.Write(table);
        var summary = results.GroupBy(r => r.Status).Select(g => $"{g.Count()} {Describe(g.Key, g.Count())}");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Summary: {string.Join(", ", summary)} ({results.Count} {(results.Count == 1 ? "file" : "files")}).");
        return results.All(r => r.Succeeded) && rereadFailed == 0 ? 0 : 1;
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
