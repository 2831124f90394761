using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Reading;

/// <summary>The API's reads: each method runs one canned query for the store's records and pages them.</summary>
public sealed class GraphReader(IGraphStore store, QueryCatalogue catalogue)
{
    public async Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(string search, string? type, int limit, CancellationToken cancellationToken) =>
        await RowsAsync<EntitySummary>("entity-search", cancellationToken, ("search", search), ("type", type), ("limit", limit));

    public async Task<EntityDetail?> GetEntityAsync(string id, DateWindow window, int offset, int limit, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync<EntityRow>("entity", cancellationToken, ("id", id), ("since", window.Since), ("until", window.Until),
            ("offset", offset), ("limit", limit));
        return rows.SingleOrDefault() is { } row
            ? new EntityDetail(row.Id, row.Name, row.Type, row.Aliases, new Page<NeighbourView>(row.Neighbours, offset, limit, offset + row.Neighbours.Count < row.NeighbourCount))
            : null;
    }

    public async Task<Page<FactView>> FindRelationsAsync(
        string? type, string? subject, string? @object, DateWindow window, int offset, int limit, CancellationToken cancellationToken) =>
        Page<FactView>.FromOneMore(await RowsAsync<FactView>("relations", cancellationToken, ("type", type), ("subject", subject), ("object", @object),
            ("since", window.Since), ("until", window.Until), ("offset", offset), ("limit", limit + 1)), offset, limit);

    public async Task<Page<EvidenceView>> GetEvidenceAsync(
        string subject, string type, string @object, DateWindow window, int offset, int limit, CancellationToken cancellationToken) =>
        Page<EvidenceView>.FromOneMore(await RowsAsync<EvidenceView>("fact-evidence", cancellationToken, ("subject", subject), ("type", type),
            ("object", @object), ("since", window.Since), ("until", window.Until), ("offset", offset), ("limit", limit + 1)), offset, limit);

    public async Task<IReadOnlyList<PathView>> FindPathsAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
        await RowsAsync<PathView>("shortest-path", cancellationToken, ("from", from), ("to", to), ("maxHops", maxHops));

    public async Task<ArticleDetail?> GetArticleAsync(string id, DateWindow window, CancellationToken cancellationToken) =>
        (await RowsAsync<ArticleDetail>("article", cancellationToken, ("id", id), ("since", window.Since), ("until", window.Until))).SingleOrDefault();

    public async Task<Page<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken) =>
        Page<ArticleSummary>.FromOneMore(await RowsAsync<ArticleSummary>("articles", cancellationToken, ("offset", offset), ("limit", limit + 1)), offset, limit);

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync<CountRow>("stats", cancellationToken);
        Dictionary<string, int> Counts(string kind) => rows.Where(r => r.Kind == kind).ToDictionary(r => r.Type, r => r.Count);
        return new GraphStats(Counts("entity"), Counts("relation"), Counts("article").GetValueOrDefault("Article"));
    }

    private Task<IReadOnlyList<T>> RowsAsync<T>(string name, CancellationToken cancellationToken, params (string Name, object? Value)[] arguments)
    {
        var query = catalogue[name];
        return store.ReadAsync<T>(query, QueryCatalogue.Bind(query, arguments), cancellationToken);
    }
}
