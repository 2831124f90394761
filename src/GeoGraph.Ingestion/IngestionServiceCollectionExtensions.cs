using GeoGraph.Extraction;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Ledger;
using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The extractor, the ingestion worker and what it needs; the caller registers an <c>IGraphStore</c>.</summary>
    public static IServiceCollection AddGeoGraphIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>();
        services.AddSingleton(new Lazy<ArticleExtractor>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PathResolver>();
        services.AddSingleton<Quarantine>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<IngestionStatus>();
        services.AddSingleton<DatabaseFile>();
        services.AddSingleton<IngestionLedger>();
        services.AddSingleton<ArticlePreparer>();
        services.AddSingleton<ArticleLoader>();
        services.AddSingleton<ArticleIngestor>();
        services.AddHostedService<IngestionWorker>();
        // The worker never blocks on a file, so a stop takes at most the article in hand; past this, the host moves on.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        return services;
    }
}
