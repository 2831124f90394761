using GeoGraph.Graph;
using GeoGraph.Graph.Stories;
using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Startup;
using GeoGraph.Neo4j.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The Neo4j store: options from "GeoGraph:Neo4j", the Query API client with its resilience pipeline, schema start-up.</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<INeo4jClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>();
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
            return new QueryApiClient(http, options, Neo4jResilience.Create(options.Value, provider.GetRequiredService<TimeProvider>()));
        });
        services.AddSingleton<Neo4jSchema>();
        services.AddSingleton<IGraphStore>(provider => new Neo4jGraphStore(provider.GetRequiredService<INeo4jClient>(), provider.GetRequiredService<Neo4jSchema>(),
            provider.GetService<IOptions<StoryOptions>>()?.Value));
        services.AddSingleton<Neo4jReadiness>();
        services.AddHostedService<Neo4jSchemaInitializer>();
        return services;
    }
}
