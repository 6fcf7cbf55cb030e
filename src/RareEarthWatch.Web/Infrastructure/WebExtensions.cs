using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using RareEarthWatch.Data;
using RareEarthWatch.Data.Ingestion;
using Serilog;

namespace RareEarthWatch.Web.Infrastructure;

internal static class WebExtensions
{
    /// <summary>How much one upload request may carry in all (each file is still held to Storage:MaxUploadBytes).</summary>
    private const long MaxRequestBytes = 512L * 1024 * 1024;

    public static WebApplicationBuilder AddRareEarthWatchLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return builder;
    }

    public static IServiceCollection AddRareEarthWatchWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBytes);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBytes);
        services.AddProblemDetails();
        services.AddSingleton<Background.ReanalysisRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<Background.ReanalysisRunner>());
        services.AddDataProtection();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, DataFolderKeyStorage>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        return services;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var initializer = app.Services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(app.Lifetime.ApplicationStopping);
        var data = app.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        app.Logger.LogInformation("Data folder: {DataDirectory}", data.FullDirectory);

        // Articles stored by an older version of the extractors show the facts those rules found: read them again, in the background.
        var outdated = await app.Services.GetRequiredService<ReanalysisService>().CountAsync(outdatedOnly: true, app.Lifetime.ApplicationStopping);
        if (outdated > 0)
        {
            app.Logger.LogInformation("{Count} stored articles were read by an older version of the extractors; re-reading them in the background", outdated);
            app.Services.GetRequiredService<Background.ReanalysisRunner>().RequestOutdated();
        }
    }

    public static WebApplication UseRareEarthWatchPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAntiforgery();
        return app;
    }
}

/// <summary>Keeps the antiforgery/cookie keys in the data folder, so forms survive a restart.</summary>
internal sealed class DataFolderKeyStorage(IOptions<DataOptions> data, ILoggerFactory loggers) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options) =>
        options.XmlRepository = new FileSystemXmlRepository(
            new DirectoryInfo(Path.Combine(data.Value.FullDirectory, "keys")), loggers);
}
