using System.Globalization;
using Spectre.Console;

namespace RareEarthWatch.Cli;

/// <summary>
/// Shows how far a long task is: a progress bar on a terminal, or a plain line at every tenth of the way when the output is
/// a file or a pipe (where a bar would print one meaningless snapshot).
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, which reports how many of <paramref name="total"/> items are done.</summary>
    public static async Task RunAsync(string description, int total, Func<Action<int>, Task> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            var step = Math.Max(1, (int)Math.Ceiling(total / 10.0));
            var shown = 0;
            await work(done =>
            {
                if (done - shown >= step || (done == total && done != shown))
                {
                    shown = done;
                    AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {done} of {total} done"));
                }
            });
            return;
        }

        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(description, maxValue: Math.Max(1, total));
                await work(done => task.Value = done);
                task.Value = task.MaxValue;
            });
    }
}
