using System.Text.Json.Nodes;

namespace GeoGraph.Neo4j.Client;

/// <summary>
/// The little GeoGraph needs from a Neo4j connection: run a statement in an implicit (auto-commit) transaction,
/// or open an explicit one. The Query API client implements it over HTTP; a Bolt driver could too.
/// </summary>
public interface INeo4jClient
{
    /// <summary>Runs a statement that may write; in a cluster it goes to the leader.</summary>
    Task<Neo4jResult> RunAsync(string statement, JsonObject? parameters, CancellationToken cancellationToken = default);

    /// <summary>Runs a statement that only reads; in a cluster any member may answer it. Neo4j refuses a write in it.</summary>
    Task<Neo4jResult> ReadAsync(string statement, JsonObject? parameters, CancellationToken cancellationToken = default);

    Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}

/// <summary>An explicit transaction: statements until commit or rollback; disposing an open one rolls it back.</summary>
public interface INeo4jTransaction : IAsyncDisposable
{
    string Id { get; }

    Task<Neo4jResult> RunAsync(string statement, JsonObject? parameters, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
