using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the extraction pipeline; options come from the "Extraction" configuration section when bound by the host.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddOptions<ExtractionOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => Gazetteer.Load(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value.GazetteerDirectory));
        services.AddSingleton(sp => new ArticleReader(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value));
        services.AddSingleton<EntityRecognizer>();
        services.TryAddSingleton<IEntityRecognition>(sp => new GazetteerRecognition(sp.GetRequiredService<EntityRecognizer>()));
        services.AddSingleton<ExtractionPipeline>();
        return services;
    }
}
