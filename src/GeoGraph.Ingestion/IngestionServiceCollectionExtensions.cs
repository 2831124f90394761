using GeoGraph.Extraction;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoGraph.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The extractor, the ingestion worker and what it needs; the caller registers an <c>IGraphStore</c>.</summary>
    public static IServiceCollection AddGeoGraphIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new ArticleExtractor());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PathResolver>();
        services.AddSingleton<Quarantine>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<IngestionStatus>();
        services.AddSingleton<ArticleLoader>();
        services.AddSingleton<ArticleIngestor>();
        services.AddHostedService<IngestionWorker>();
        return services;
    }
}
