using System.Text.Json.Nodes;

namespace GeoGraph.Neo4j.Client;

/// <summary>
/// An explicit Query API transaction: statements POSTed to /query/v2/tx/{id}, committed by POST …/commit, rolled back
/// by DELETE. The cluster-affinity header Neo4j sends is echoed so every request reaches the same member.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiClient client, string path, string id, string? affinity) : INeo4jTransaction
{
    private string? _affinity = affinity;
    private bool _open = true;

    public string Id { get; } = id;

    public async Task<Neo4jResult> RunAsync(string statement, JsonObject? parameters, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        var response = await client.SendAsync(HttpMethod.Post, path, QueryApiClient.Statement(statement, parameters), _affinity, cancellationToken);
        _affinity = response.Affinity;
        return Neo4jResult.From(response.Body);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        _open = false;
        await client.SendAsync(HttpMethod.Post, $"{path}/commit", null, _affinity, cancellationToken);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        _open = false;
        await client.SendAsync(HttpMethod.Delete, path, null, _affinity, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_open) await RollbackAsync();
    }

    private void EnsureOpen()
    {
        if (!_open) throw new InvalidOperationException($"Transaction {Id} is already committed or rolled back.");
    }
}
