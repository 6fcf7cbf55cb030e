using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>
/// Brings the data folder to a usable state: creates it, applies the EF Core migrations, syncs the
/// reference data from the gazetteer and, on first run (no upload yet), imports the seed files.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<RareEarthWatchDbContext> dbFactory,
    Gazetteer gazetteer,
    IngestionService ingestion,
    Reference.ReferenceDataRecognition recognition,
    IOptions<DataOptions> data,
    IOptions<SeedOptions> seeds,
    ILogger<DatabaseInitializer> logger)
{
    public const string SeedOrigin = "seeds";

    public async Task InitializeAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(data.Value.FullDirectory);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
            await ReferenceDataWriter.SyncAsync(db, gazetteer, ct);
            await recognition.RefreshAsync(db, ct);
            await FailInterruptedUploadsAsync(db, ct);
            IngestionLog.DatabaseReady(logger, data.Value.DatabasePath, gazetteer.Organisations.Count, gazetteer.Countries.Count, gazetteer.Elements.Count);
            if (!seeds.Value.ImportOnFirstRun || await db.Uploads.AnyAsync(ct))
            {
                return;
            }
        }

        var folder = seeds.Value.Directory ?? FindSeedsFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            IngestionLog.SeedsNotFound(logger);
            return;
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            await ingestion.IngestAsync(await File.ReadAllBytesAsync(file, ct), Path.GetFileName(file), SeedOrigin, ct);
        }

        IngestionLog.SeedsImported(logger, files.Count, folder);
    }

    /// <summary>An upload still pending at start-up was cut off when the app stopped: say so, and let it be retried.</summary>
    private static Task<int> FailInterruptedUploadsAsync(RareEarthWatchDbContext db, CancellationToken ct) =>
        db.Uploads.Where(u => u.Status == Model.UploadStatus.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.Status, Model.UploadStatus.Failed)
                .SetProperty(u => u.Reason, "The app stopped while this file was being read; nothing of it was stored. Retry it, or upload it again."),
            ct);

    /// <summary>The first folder named "seeds" above the working directory or the app's own folder.</summary>
    private static string? FindSeedsFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
