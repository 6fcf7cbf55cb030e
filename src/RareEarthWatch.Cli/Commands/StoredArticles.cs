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
        var tried = result.Failures.Select(f => f.ArticleId).ToHashSet();
        PrintEarlierFailures([.. (await reanalysis.StoredFailuresAsync(ct)).Where(f => !tried.Contains(f.ArticleId))]);
        return result;
    }

    /// <summary>
    /// The articles an earlier run could not read again (stored with them) that this command did not try: they keep what the
    /// earlier reading stored until they are read again successfully or their original file is imported again.
    /// </summary>
    public static void PrintEarlierFailures(IReadOnlyList<ReanalysisFailure> failures)
    {
        if (failures.Count == 0)
        {
            return;
        }

        AnsiConsole.MarkupLineInterpolated(
            CultureInfo.InvariantCulture,
            $"[yellow]{Articles(failures.Count)} could not be read again by an earlier run[/] and {(failures.Count == 1 ? "keeps" : "keep")} what the earlier reading stored (`rew reanalyze --all` tries again):");
        foreach (var f in failures)
        {
            PrintFailure(f);
        }
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
            PrintFailure(f);
        }
    }

    private static void PrintFailure(ReanalysisFailure f)
    {
        // One line each (not a table), so a log or grep keeps the file name and the reason together.
        var story = f.StoryId is { } id ? string.Create(CultureInfo.InvariantCulture, $" (story #{id})") : "";
        var when = f.FailedUtc is { } failed ? string.Create(CultureInfo.InvariantCulture, $" (tried {failed:yyyy-MM-dd HH:mm} UTC)") : "";
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [red]#{f.ArticleId}[/] {f.FileName}{story}{when}: {f.Reason}");
    }
}
