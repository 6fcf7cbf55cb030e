using System.CommandLine;
using System.Globalization;
using RareEarthWatch.Cli.Commands;
using Spectre.Console;

namespace RareEarthWatch.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Settings are written as for the web app (--Data:Directory=path or --Data:Directory path); the rest is the command line.
        var (settings, rest, error) = HostSettings.Split(args);
        if (error is not null)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{error}[/]");
            return 2;
        }

        var root = new RootCommand("RareEarthWatch command line: check what the extraction finds in a file, import folders, re-read stored articles, score extraction.")
        {
            AnalyzeCommand.Create(),
            ImportCommand.Create(settings),
            ReanalyzeCommand.Create(settings),
            ExtractCommand.Create(),
        };
        return await root.Parse(rest).InvokeAsync();
    }
}
