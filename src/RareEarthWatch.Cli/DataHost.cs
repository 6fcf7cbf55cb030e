using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RareEarthWatch.Data;
using RareEarthWatch.Data.Ingestion;
using Spectre.Console;

namespace RareEarthWatch.Cli;

/// <summary>
/// The app's data folder (setting <c>Data:Directory</c>, as for the web app), opened for a command: migrations applied and
/// reference data synced as the web app does at start. A folder that cannot be used is said plainly, with what to do.
/// </summary>
internal static class DataHost
{
    /// <summary>Opens the data folder; null (after printing why) when it cannot be used.</summary>
    /// <param name="mustExist">The command works on what is stored: a folder without a database is an error, not a new database.</param>
    public static async Task<IHost?> OpenAsync(string[] settings, bool mustExist, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(settings);
        if (mustExist)
        {
            // Working on what is stored never imports the seed files into it.
            builder.Configuration.AddInMemoryCollection([new("Seeds:ImportOnFirstRun", "false")]);
        }

        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);

        // A stored article that cannot be read again is listed with its reason by the command itself.
        builder.Logging.AddFilter(typeof(ReanalysisService).FullName, LogLevel.None);

        // EF Core's advice and SQL are for developers: a database that cannot be used is said below in plain words.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Services.AddRareEarthWatchData(builder.Configuration);
        var host = builder.Build();

        var data = host.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        if (File.Exists(data.FullDirectory))
        {
            Error($"“{data.FullDirectory}” is a file, not a data folder.", "Give the app's data folder with --Data:Directory=/path.");
            host.Dispose();
            return null;
        }

        if (mustExist && !File.Exists(data.DatabasePath))
        {
            Error(
                $"No database at “{data.DatabasePath}”.",
                "Give the data folder the web app or `rew import` stores into with --Data:Directory=/path (default ./data under the current folder), or import articles first with `rew import <folder>`.");
            host.Dispose();
            return null;
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Database: [blue]{data.DatabasePath}[/]");
        try
        {
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            return host;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            Error($"The data folder “{data.FullDirectory}” cannot be used: {ex.Message}", "Check that it is the app's data folder and that you may write to it.");
            host.Dispose();
            return null;
        }
    }

    private static void Error(string what, string todo) =>
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{what}[/] {todo}");
}
