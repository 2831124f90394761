using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Reading;

/// <summary>Typed reads over the canned queries, for the API: each method runs one query and maps its rows.</summary>
public sealed class GraphReader(IGraphStore store, QueryCatalogue catalogue)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(string search, string? type, int limit, CancellationToken cancellationToken) =>
        await RowsAsync<EntitySummary>("entity-search", cancellationToken, ("search", search), ("type", type), ("limit", limit));

    public async Task<EntityDetail?> GetEntityAsync(string id, CancellationToken cancellationToken) =>
        (await RowsAsync<EntityDetail>("entity", cancellationToken, ("id", id))).SingleOrDefault();

    public async Task<IReadOnlyList<FactView>> FindRelationsAsync(string? type, string? subject, string? @object, int limit, CancellationToken cancellationToken) =>
        await RowsAsync<FactView>("relations", cancellationToken, ("type", type), ("subject", subject), ("object", @object), ("limit", limit));

    public async Task<IReadOnlyList<PathView>> FindPathsAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
        await RowsAsync<PathView>("shortest-path", cancellationToken, ("from", from), ("to", to), ("maxHops", maxHops));

    public async Task<ArticleDetail?> GetArticleAsync(string id, CancellationToken cancellationToken) =>
        (await RowsAsync<ArticleDetail>("article", cancellationToken, ("id", id))).SingleOrDefault();

    public async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int limit, CancellationToken cancellationToken) =>
        await RowsAsync<ArticleSummary>("articles", cancellationToken, ("limit", limit));

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var rows = (await RunAsync("stats", cancellationToken)).Rows;
        Dictionary<string, int> Counts(string kind) => rows.Where(r => (string)r["kind"]! == kind)
            .ToDictionary(r => (string)r["type"]!, r => (int)r["count"]!);
        return new GraphStats(Counts("entity"), Counts("relation"), Counts("article").GetValueOrDefault("Article"));
    }

    public Task<QueryResult> RunAsync(string name, CancellationToken cancellationToken, params (string Name, object? Value)[] arguments)
    {
        var query = catalogue[name];
        return store.QueryAsync(query, QueryCatalogue.Bind(query, arguments), cancellationToken);
    }

    private async Task<List<T>> RowsAsync<T>(string name, CancellationToken cancellationToken, params (string Name, object? Value)[] arguments)
    {
        var result = await RunAsync(name, cancellationToken, arguments);
        return [.. result.Rows.Select(row => row.Deserialize<T>(Json)!)];
    }
}
