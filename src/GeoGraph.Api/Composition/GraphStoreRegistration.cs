using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Composition;

public static class GraphStoreRegistration
{
    /// <summary>The graph store chosen by <c>GeoGraph:Store</c> (Embedded, the default), the query catalogue and the reader.</summary>
    public static IServiceCollection AddGeoGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration["GeoGraph:Store"] ?? "Embedded";
        if (!store.Equals("Embedded", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Unknown GeoGraph:Store '{store}'. Use 'Embedded'.");
        services.AddSingleton<IGraphStore, EmbeddedGraphStore>();
        services.AddSingleton(QueryCatalogue.Default);
        services.AddSingleton<GraphReader>();
        return services;
    }
}
