using System.Text.Json;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Graph;

/// <summary>
/// Where article graphs are kept. Writes are per article and idempotent; every read is a canned query
/// from <c>cypher/queries</c>, so each store answers exactly the same catalogue.
/// </summary>
public interface IGraphStore
{
    /// <summary>Replaces everything the article said before with what it says now; the same article twice changes nothing.</summary>
    Task UpsertArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default);

    /// <summary>Removes the article and its facts; entities and facts other articles support stay.</summary>
    Task RemoveArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>The content hash the store holds for an article, or null when it has not been loaded.</summary>
    Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>A canned query's rows as JSON objects keyed by its RETURN columns, as <c>GET /api/queries/{name}</c> shows them.</summary>
    Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default);

    /// <summary>
    /// A canned query's rows as the records of <c>Reading/Views</c> (one per RETURN shape, evidence defined once). A store
    /// that answers in JSON, as Neo4j does, maps its rows here, at its edge; the embedded store builds the records directly.
    /// </summary>
    async Task<IReadOnlyList<T>> ReadAsync<T>(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default) =>
        [.. (await QueryAsync(query, arguments, cancellationToken)).Rows.Select(row => row.Deserialize(ViewJson.For<T>())!)];
}
