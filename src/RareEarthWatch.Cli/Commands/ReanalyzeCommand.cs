using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RareEarthWatch.Data.Ingestion;
using RareEarthWatch.Extraction;
using Spectre.Console;

namespace RareEarthWatch.Cli.Commands;

/// <summary>
/// <c>reanalyze [--all]</c>: reads the stored articles again from their raw files with the current extractors and
/// reference data (those an older version of the extractors read, or all), as the web app's re-analysis does.
/// </summary>
internal static class ReanalyzeCommand
{
    public static Command Create(string[] settings)
    {
        var all = new Option<bool>("--all") { Description = "Re-read every stored article, not only those an older version of the extractors read" };
        var command = new Command(
            "reanalyze",
            "Read the stored articles of the app's database (setting Data:Directory, default ./data) again from their raw files with the current extractors: "
            + "those an older version read (default), or all with --all. Prints progress and a summary; an article that cannot be read again keeps what it had.")
        {
            all,
        };
        command.SetAction((parse, ct) => RunAsync(settings, parse.GetValue(all), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] settings, bool all, CancellationToken ct)
    {
        using var host = await DataHost.OpenAsync(settings, mustExist: true, ct);
        if (host is null)
        {
            return 2;
        }

        var reanalysis = host.Services.GetRequiredService<ReanalysisService>();
        var count = await reanalysis.CountAsync(outdatedOnly: !all, ct);
        if (count == 0)
        {
            AnsiConsole.MarkupLineInterpolated(
                CultureInfo.InvariantCulture,
                $"Nothing to re-read: {(all ? "no article is stored" : "every stored article was read by the current version of the extractors")} (version {ExtractionPipeline.Version}).{(all ? "" : " Use --all to re-read them all anyway.")}");
            StoredArticles.PrintEarlierFailures(await reanalysis.StoredFailuresAsync(ct));
            return 0;
        }

        AnsiConsole.MarkupLineInterpolated(
            CultureInfo.InvariantCulture,
            $"{(all ? $"Re-reading all {StoredArticles.Articles(count)}" : StoredArticles.OutdatedNotice(count))} (current version {ExtractionPipeline.Version}).");
        var result = await StoredArticles.RereadAsync(reanalysis, outdatedOnly: !all, count, ct);
        return result.Failed == 0 ? 0 : 1;
    }
}
