using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Store;

namespace GeoGraph.Neo4j.Startup;

/// <summary>Applies cypher/schema: constraints and indexes, all IF NOT EXISTS, so applying twice changes nothing.</summary>
public static class Neo4jSchema
{
    public static async Task ApplyAsync(INeo4jClient client, CancellationToken cancellationToken = default)
    {
        foreach (var statement in CypherFiles.SchemaStatements())
            await client.RunAsync(statement, null, cancellationToken);
    }
}
