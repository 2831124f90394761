using GeoGraph.Graph.Queries;

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

    Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default);
}
