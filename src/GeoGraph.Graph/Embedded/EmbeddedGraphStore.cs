using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Embedded;

/// <summary>
/// The default store: the whole graph in this process's memory, one writer or many readers at a time.
/// It answers the canned query catalogue with the C# of <see cref="EmbeddedQueries"/>.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly EmbeddedGraph _graph = new();
    private readonly ReaderWriterLockSlim _lock = new();

    public Task UpsertArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default)
    {
        Write(() => _graph.Upsert(article));
        return Task.CompletedTask;
    }

    public Task RemoveArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        Write(() => _graph.Remove(articleId));
        return Task.CompletedTask;
    }

    public Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(() => _graph.Articles.GetValueOrDefault(articleId)?.ContentHash));

    public Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default)
    {
        if (!EmbeddedQueries.ByName.TryGetValue(query.Name, out var implementation))
            throw new NotSupportedException($"The embedded store has no implementation of the query '{query.Name}'.");
        var rows = Read(() => implementation(_graph, arguments, cancellationToken).ToList());
        var columns = rows.Count > 0 ? rows[0].Select(p => p.Key).ToList() : [];
        return Task.FromResult(new QueryResult(columns, rows));
    }

    public void Dispose() => _lock.Dispose();

    private void Write(Action action)
    {
        _lock.EnterWriteLock();
        try { action(); }
        finally { _lock.ExitWriteLock(); }
    }

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try { return read(); }
        finally { _lock.ExitReadLock(); }
    }
}
