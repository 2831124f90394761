using GeoGraph.Neo4j.Client;
using GeoGraph.Testing.QueryApi;
using Microsoft.Extensions.Options;

namespace GeoGraph.Neo4j.Tests.Client;

/// <summary>A Query API client to a stand-in, with retries quick enough for tests.</summary>
internal static class StandInClient
{
    public static QueryApiClient For(Neo4jStandIn neo4j, Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions { Uri = neo4j.Uri, Password = "pw", RetryDelay = TimeSpan.FromMilliseconds(1), MaxRetries = 2 };
        configure?.Invoke(options);
        return new QueryApiClient(new HttpClient(), Options.Create(options), Neo4jResilience.Create(options, TimeProvider.System));
    }
}
