using System.Text.Json;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Graph.Embedded;

/// <summary>
/// The default store: the whole graph in this process's memory, one writer or many readers at a time.
/// It answers the canned query catalogue with the C# of <see cref="EmbeddedQueries"/>; its <see cref="Version"/> lets
/// the API keep answers until the next write.
/// </summary>
public sealed class EmbeddedGraphStore(StoryOptions? stories = null) : IGraphStore, ILocalGraphStore, IDisposable
{
    private readonly EmbeddedGraph _graph = new((stories ?? new StoryOptions()).Threshold);
    private readonly ReaderWriterLockSlim _lock = new();
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public Task UpsertArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default)
    {
        Write(() => _graph.Upsert(article));
        return Task.CompletedTask;
    }

    /// <summary>Loads many articles under one write lock, as a start does.</summary>
    public void Load(IEnumerable<ArticleRecord> articles) => Write(() =>
    {
        foreach (var article in articles) _graph.Upsert(article);
    });

    /// <summary>The story the article would be filed under now (see <see cref="ArticleRecord.Story"/>).</summary>
    internal string StoryFor(ArticleRecord article) => Read(() => _graph.StoryFor(article));

    public Task RemoveArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        Write(() => _graph.Remove(articleId));
        return Task.CompletedTask;
    }

    public Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(() => _graph.Articles.GetValueOrDefault(articleId)?.ContentHash));

    /// <summary>The records as JSON objects, each keyed as the Cypher query's RETURN (the records' properties, camel-cased).</summary>
    public Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default)
    {
        var implementation = ImplementationOf(query);
        var rows = Read(() => implementation(_graph, arguments, cancellationToken)
            .Select(record => JsonSerializer.SerializeToNode(record, record.GetType(), ViewJson.Default)!.AsObject()).ToList());
        return Task.FromResult(new QueryResult(rows.Count > 0 ? [.. rows[0].Select(p => p.Key)] : [], rows));
    }

    public Task<IReadOnlyList<T>> ReadAsync<T>(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default)
    {
        var implementation = ImplementationOf(query);
        return Task.FromResult<IReadOnlyList<T>>(Read(() => implementation(_graph, arguments, cancellationToken).Cast<T>().ToList()));
    }

    public void Dispose() => _lock.Dispose();

    private static EmbeddedQueries.Implementation ImplementationOf(CannedQuery query) =>
        EmbeddedQueries.ByName.TryGetValue(query.Name, out var implementation)
            ? implementation
            : throw new NotSupportedException($"The embedded store has no implementation of the query '{query.Name}'.");

    private void Write(Action action)
    {
        _lock.EnterWriteLock();
        try
        {
            action();
            Interlocked.Increment(ref _version);
        }
        finally { _lock.ExitWriteLock(); }
    }

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try { return read(); }
        finally { _lock.ExitReadLock(); }
    }
}
