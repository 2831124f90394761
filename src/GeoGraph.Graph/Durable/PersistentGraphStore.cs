using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Stories;
using System.Collections.Concurrent;
using System.Runtime;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Graph.Durable;

/// <summary>
/// The embedded store made durable: each article's record (its whole extracted graph) is committed to SQLite before
/// the in-memory graph changes, and on creation the store rebuilds the in-memory graph from SQLite instead of
/// extracting every file again. Reads are answered in memory by <see cref="EmbeddedGraphStore"/>.
/// </summary>
public sealed class PersistentGraphStore : IGraphStore, ILocalGraphStore, IDisposable
{
    private const int LoadBatch = 4096;

    private readonly EmbeddedGraphStore _memory;
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _writer = new(1, 1);
    // Prepared once and run under the writer's lock with each article's values: parsing it for every article was a good
    // part of the write.
    private readonly SqliteCommand _upsert;

    public PersistentGraphStore(string databaseFile, StoryOptions? stories = null)
    {
        _memory = new EmbeddedGraphStore(stories);
        _connection = SqliteDatabase.Open(databaseFile);
        SqliteDatabase.Execute(_connection, """
            CREATE TABLE IF NOT EXISTS article_records (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                record BLOB NOT NULL
            ) WITHOUT ROWID;
            """);
        _upsert = SqliteDatabase.Prepare(_connection,
            "INSERT OR REPLACE INTO article_records (id, content_hash, record) VALUES ($id, $hash, $record)", "$id", "$hash", "$record");
        Loaded = Task.Run(Load);
    }

    public long Version => _memory.Version;

    /// <summary>How many articles the last start loaded from SQLite.</summary>
    public int LoadedArticles { get; private set; }

    /// <summary>Completes once the in-memory graph holds every stored article; the load starts with the store.</summary>
    public Task Loaded { get; }

    public async Task UpsertArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default)
    {
        await Loaded;
        await WriteAsync(() =>
        {
            // Filed before it is stored, so that a restart finds every article under the story it had, whatever the order of the load.
            var filed = article with { Story = _memory.StoryFor(article) };
            _upsert.Parameters["$id"].Value = filed.Id;
            _upsert.Parameters["$hash"].Value = filed.ContentHash;
            _upsert.Parameters["$record"].Value = ArticleRecordCodec.Encode(filed);
            _upsert.ExecuteNonQuery();
            _memory.Load([filed]);
        }, cancellationToken);
    }

    public async Task RemoveArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await Loaded;
        await WriteAsync(() =>
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "DELETE FROM article_records WHERE id = $id";
            command.Parameters.AddWithValue("$id", articleId);
            command.ExecuteNonQuery();
        }, cancellationToken);
        await _memory.RemoveArticleAsync(articleId, cancellationToken);
    }

    public async Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await Loaded;
        return await _memory.GetContentHashAsync(articleId, cancellationToken);
    }

    public async Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default)
    {
        await Loaded;
        return await _memory.QueryAsync(query, arguments, cancellationToken);
    }

    public async Task<IReadOnlyList<T>> ReadAsync<T>(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default)
    {
        await Loaded;
        return await _memory.ReadAsync<T>(query, arguments, cancellationToken);
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _connection.Dispose();
        _writer.Dispose();
        _memory.Dispose();
    }

    private async Task WriteAsync(Action write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try { write(); }
        finally { _writer.Release(); }
    }

    /// <summary>Rebuilds the in-memory graph from every stored record.</summary>
    private void Load()
    {
        // The load builds a large, long-lived graph at once: background (concurrent) collections only slow that down.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try { LoadBatches(); }
        finally { GCSettings.LatencyMode = latency; }
    }

    /// <summary>Decodes batches (each in parallel) on one side while the graph takes the previous batch, under one lock, on the other.</summary>
    private void LoadBatches()
    {
        using var decoded = new BlockingCollection<ArticleRecord[]>(boundedCapacity: 2);
        var decoding = Task.Run(() =>
        {
            try { DecodeAll(decoded); }
            finally { decoded.CompleteAdding(); }
        });
        var loaded = 0;
        foreach (var records in decoded.GetConsumingEnumerable())
        {
            _memory.Load(records);
            loaded += records.Length;
        }
        decoding.GetAwaiter().GetResult();
        LoadedArticles = loaded;
    }

    private void DecodeAll(BlockingCollection<ArticleRecord[]> decoded)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT record FROM article_records";
        using var reader = command.ExecuteReader();
        var batch = new List<byte[]>(LoadBatch);
        while (true)
        {
            var more = reader.Read();
            if (more) batch.Add((byte[])reader[0]);
            if (batch.Count == LoadBatch || !more && batch.Count > 0)
            {
                var records = new ArticleRecord[batch.Count];
                Parallel.For(0, batch.Count, i => records[i] = ArticleRecordCodec.Decode(batch[i]));
                decoded.Add(records);
                batch.Clear();
            }
            if (!more) return;
        }
    }
}
