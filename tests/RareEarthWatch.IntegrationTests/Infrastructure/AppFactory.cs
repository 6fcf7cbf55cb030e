using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace RareEarthWatch.IntegrationTests.Infrastructure;

/// <summary>
/// The real web host on a SQLite file in a fresh temporary data folder, with the real migrations.
/// Seeds are not imported unless asked: tests upload what they need.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public AppFactory()
        : this(importSeeds: false, maxUploadBytes: null)
    {
    }

    protected AppFactory(bool importSeeds, long? maxUploadBytes, string? dataDirectory = null)
    {
        ImportSeeds = importSeeds;
        MaxUploadBytes = maxUploadBytes;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "rew-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    /// <summary>Leave the data folder when disposed, for another instance to start on (see <see cref="RestartedAppFactory"/>).</summary>
    public bool KeepsData { get; init; }

    protected bool ImportSeeds { get; }

    protected long? MaxUploadBytes { get; }

    /// <summary>The address of the real server, once started with Kestrel.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Directory", DataDirectory);
        builder.UseSetting("Seeds:ImportOnFirstRun", ImportSeeds ? "true" : "false");
        builder.UseSetting("Seeds:Directory", RepoPaths.Seeds);
        if (MaxUploadBytes is { } max)
        {
            builder.UseSetting("Storage:MaxUploadBytes", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeepsData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS later.
        }
    }
}

/// <summary>The app started again on the data folder another instance left (which it deletes when disposed).</summary>
public sealed class RestartedAppFactory(string dataDirectory) : AppFactory(importSeeds: false, maxUploadBytes: null, dataDirectory);

/// <summary>The app as a new user starts it: seeds imported on first run.</summary>
public sealed class SeededAppFactory() : AppFactory(importSeeds: true, maxUploadBytes: null);

/// <summary>The app with a small upload limit, to test refusals of large files quickly.</summary>
public sealed class SmallLimitAppFactory() : AppFactory(importSeeds: false, maxUploadBytes: SmallLimitAppFactory.Limit)
{
    public const long Limit = 64 * 1024;
}

/// <summary>The real Kestrel server on 127.0.0.1 with a free port, for the browser.</summary>
public sealed class KestrelAppFactory : AppFactory
{
    public KestrelAppFactory()
        : base(importSeeds: true, maxUploadBytes: null)
    {
        UseKestrel(0);
    }
}

/// <summary>The real Kestrel server started again on the data folder another instance left (which it deletes when disposed).</summary>
public sealed class RestartedKestrelAppFactory : AppFactory
{
    public RestartedKestrelAppFactory(string dataDirectory)
        : base(importSeeds: false, maxUploadBytes: null, dataDirectory)
    {
        UseKestrel(0);
    }
}
