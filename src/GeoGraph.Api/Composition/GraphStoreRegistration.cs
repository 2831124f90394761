using GeoGraph.Graph;
using GeoGraph.Graph.Durable;
using GeoGraph.Ingestion.Ledger;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Graph.Stories;
using Microsoft.Extensions.Options;
using GeoGraph.Neo4j;
using GeoGraph.Neo4j.Startup;

namespace GeoGraph.Api.Composition;

public static class GraphStoreRegistration
{
    /// <summary>
    /// The graph store chosen by <c>GeoGraph:Store</c> — Embedded (the default: in memory, kept in SQLite) or Neo4j — with its readiness check,
    /// the query catalogue and the reader.
    /// </summary>
    public static IServiceCollection AddGeoGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration["GeoGraph:Store"] ?? "Embedded";
        services.AddOptions<StoryOptions>().BindConfiguration(StoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (store.Equals("Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            services.AddNeo4jGraphStore();
            services.AddHealthChecks().AddCheck<Neo4jReadyCheck>("neo4j", tags: [HealthCheckRegistration.ReadyTag]);
        }
        else if (store.Equals("Embedded", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(provider => new PersistentGraphStore(provider.GetRequiredService<DatabaseFile>().Path,
                provider.GetRequiredService<IOptions<StoryOptions>>().Value));
            services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<PersistentGraphStore>());
            services.AddHealthChecks().AddCheck<StoreLoadedCheck>("store", tags: [HealthCheckRegistration.ReadyTag]);
        }
        else
        {
            throw new InvalidOperationException($"Unknown GeoGraph:Store '{store}'. Use 'Embedded' or 'Neo4j'.");
        }
        services.AddSingleton(QueryCatalogue.Default);
        services.AddSingleton<GraphReader>();
        return services;
    }
}
