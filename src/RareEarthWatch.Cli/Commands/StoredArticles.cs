using System.Globalization;
using RareEarthWatch.Data.Ingestion;
using Spectre.Console;

namespace RareEarthWatch.Cli.Commands;

/// <summary>Reads stored articles again from their raw files, with a progress bar, and prints what became of them.</summary>
internal static class StoredArticles
{
    /// <summary>Re-reads all stored articles, or those an older extractor read; the result lists every failure with its reason.</summary>
    public static async Task<ReanalysisProgress> RereadAsync(ReanalysisService reanalysis, bool outdatedOnly, int count, CancellationToken ct)
    {
        var result = new ReanalysisProgress(0, count, 0);
        await ProgressDisplay.RunAsync(
            $"Re-reading {Articles(count)}",
            count,
            async report => result = await reanalysis.ReanalyseAsync(outdatedOnly, new SynchronousProgress(p => report(p.Done)), ct));

        PrintSummary(result);
        return result;
    }

    /// <summary>"3 stored articles were read by an older version of the extractors; re-reading them" (and the singular).</summary>
    public static string OutdatedNotice(int count) =>
        $"{Articles(count)} {(count == 1 ? "was" : "were")} read by an older version of the extractors; re-reading {(count == 1 ? "it" : "them")}";

    public static string Articles(int count) => count == 1 ? "1 stored article" : string.Create(CultureInfo.InvariantCulture, $"{count} stored articles");

    private static void PrintSummary(ReanalysisProgress result)
    {
        var reread = result.Done - result.Failed;
        if (result.Failed == 0)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Re-read: [green]{reread} of {result.Total}[/], none failed.");
            return;
        }

        AnsiConsole.MarkupLineInterpolated(
            CultureInfo.InvariantCulture,
            $"Re-read: {reread} of {result.Total}; [red]{result.Failed} failed[/] and keep what the earlier reading stored:");
        foreach (var f in result.Failures)
        {
            // One line each (not a table), so a log or grep keeps the file name and the reason together.
            var story = f.StoryId is { } id ? string.Create(CultureInfo.InvariantCulture, $" (story #{id})") : "";
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [red]#{f.ArticleId}[/] {f.FileName}{story}: {f.Reason}");
        }
    }
}
