using System.Collections.Concurrent;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Graph.Embedded;

/// <summary>
/// The default store: the whole graph in this process's memory, one writer or many readers at a time.
/// It answers the canned query catalogue with the C# of <see cref="EmbeddedQueries"/>, and keeps each answer until
/// the next write, since reads far outnumber writes once a corpus is loaded.
/// </summary>
public sealed class EmbeddedGraphStore(StoryOptions? stories = null) : IGraphStore, IDisposable
{
    private const int MaxCachedAnswers = 10_000;

    private readonly EmbeddedGraph _graph = new((stories ?? new StoryOptions()).Threshold);
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly ConcurrentDictionary<string, QueryResult> _answers = new(StringComparer.Ordinal);

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

    public Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default)
    {
        if (!EmbeddedQueries.ByName.TryGetValue(query.Name, out var implementation))
            throw new NotSupportedException($"The embedded store has no implementation of the query '{query.Name}'.");
        var key = query.Name + "\u0001" + string.Join('\u0001', arguments.Values.Select(p => $"{p.Key}={p.Value}"));
        if (_answers.TryGetValue(key, out var cached)) return Task.FromResult(Copy(cached));
        var answer = Read(() =>
        {
            var rows = implementation(_graph, arguments, cancellationToken).ToList();
            var result = new QueryResult(rows.Count > 0 ? [.. rows[0].Select(p => p.Key)] : [], rows);
            if (_answers.Count < MaxCachedAnswers) _answers[key] = result;
            return result;
        });
        return Task.FromResult(Copy(answer));
    }

    public void Dispose() => _lock.Dispose();

    private void Write(Action action)
    {
        _lock.EnterWriteLock();
        try
        {
            action();
            _answers.Clear();
        }
        finally { _lock.ExitWriteLock(); }
    }

    /// <summary>Callers may change the rows they get; the cached answer stays as it was.</summary>
    private static QueryResult Copy(QueryResult result) =>
        new(result.Columns, [.. result.Rows.Select(r => (System.Text.Json.Nodes.JsonObject)r.DeepClone())]);

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try { return read(); }
        finally { _lock.ExitReadLock(); }
    }
}
