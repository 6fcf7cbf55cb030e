using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RareEarthWatch.Data.Ingestion;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.Data.Reference;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Data.Storage;
using RareEarthWatch.Extraction;

namespace RareEarthWatch.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite database (in <c>Data:Directory</c>), the raw file store, the ingestion
    /// pipeline and the read queries, with options bound from <paramref name="configuration"/>.
    /// </summary>
    public static IServiceCollection AddRareEarthWatchData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>().Bind(configuration.GetSection(DataOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StoryMatchingOptions>().Bind(configuration.GetSection(StoryMatchingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName));
        services.AddOptions<ExtractionOptions>().Bind(configuration.GetSection(ExtractionOptions.SectionName));
        services.AddSingleton<ReferenceDataRecognition>();
        services.AddSingleton<IEntityRecognition>(sp => sp.GetRequiredService<ReferenceDataRecognition>());
        services.AddSingleton<ReferenceDataService>();
        services.AddExtraction();

        services.AddDbContextFactory<RareEarthWatchDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<IOptions<DataOptions>>().Value.ConnectionString));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RawFileStore>();
        services.AddSingleton<StoryMatcher>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<IngestionService>();
        services.AddSingleton<ReanalysisService>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddScoped<StoryQueries>();
        return services;
    }
}
