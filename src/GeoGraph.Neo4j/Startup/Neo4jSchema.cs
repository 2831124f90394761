using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Store;

namespace GeoGraph.Neo4j.Startup;

/// <summary>
/// cypher/schema (constraints and indexes, all IF NOT EXISTS), applied once per process and awaited by every write:
/// MERGEs that run before the unique constraints exist can create duplicates, and then the constraint can never be
/// created. Callers share one application; a failed one is tried again by the next caller.
/// </summary>
public sealed class Neo4jSchema(INeo4jClient client)
{
    private readonly Lock _gate = new();
    private Task? _application;

    public Task EnsureAppliedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_application is null || _application.IsFaulted || _application.IsCanceled) _application = ApplyAsync();
            return _application.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Not cancelled by any one caller, since others may share it; the client's timeouts and retries bound it.</summary>
    private async Task ApplyAsync()
    {
        foreach (var statement in CypherFiles.SchemaStatements())
            await client.RunAsync(statement, null, CancellationToken.None);
    }
}
