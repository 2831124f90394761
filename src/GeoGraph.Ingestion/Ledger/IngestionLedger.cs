using GeoGraph.Graph.Durable;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Ingestion.Ledger;

/// <summary>
/// The ledger of files the worker has dealt with, in SQLite so that decisions survive a restart, and mirrored in
/// memory for look-ups by file, article and content. Only the worker's loop uses it, one call at a time.
/// </summary>
public sealed class IngestionLedger : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly LedgerRows _rows;
    private readonly Dictionary<string, LedgerEntry> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _filesByArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _filesByContent = new(StringComparer.Ordinal);

    public IngestionLedger(DatabaseFile database)
    {
        _connection = SqliteDatabase.Open(database.Path);
        SqliteDatabase.Execute(_connection, """
            CREATE TABLE IF NOT EXISTS ledger (
                file TEXT PRIMARY KEY,
                article_id TEXT,
                content_hash TEXT,
                length INTEGER NOT NULL,
                written_ticks INTEGER NOT NULL,
                status TEXT NOT NULL,
                reason TEXT,
                at TEXT NOT NULL,
                published TEXT,
                source TEXT
            ) WITHOUT ROWID;
            """);
        foreach (var entry in LedgerRows.ReadAll(_connection)) Index(entry);
        _rows = new LedgerRows(_connection);
    }

    public int Count => _byFile.Count;

    public IReadOnlyCollection<LedgerEntry> Entries => _byFile.Values;

    public LedgerEntry? Get(string file) => _byFile.GetValueOrDefault(file);

    /// <summary>The entries of files directly in a folder (files are recorded by full path).</summary>
    public IReadOnlyList<LedgerEntry> In(string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        return [.. _byFile.Values.Where(e => Path.GetDirectoryName(e.File.AsSpan()).SequenceEqual(root))];
    }

    /// <summary>The article some file already holds with exactly these bytes, if any.</summary>
    public string? ArticleWithContent(string contentHash) =>
        _filesByContent.GetValueOrDefault(contentHash)?.Select(f => _byFile[f].ArticleId).FirstOrDefault(id => id is not null);

    /// <summary>The content hashes of every ingested file, as they stand now: a copy other threads may read.</summary>
    public IReadOnlySet<string> IngestedContent() => _filesByContent.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a file other than <paramref name="file"/> holds the article.</summary>
    public bool IsHeldElsewhere(string articleId, string file) =>
        _filesByArticle.TryGetValue(articleId, out var files) && files.Any(f => f != file);

    public bool IsTaken(string articleId) => _filesByArticle.ContainsKey(articleId);

    public void Record(LedgerEntry entry)
    {
        _rows.Upsert(entry);
        Unindex(entry.File);
        Index(entry);
    }

    public void Forget(string file)
    {
        _rows.Delete(file);
        Unindex(file);
    }

    public void Dispose()
    {
        _rows.Dispose();
        _connection.Dispose();
    }

    private void Index(LedgerEntry entry)
    {
        _byFile[entry.File] = entry;
        if (entry.ArticleId is { } id) Add(_filesByArticle, id, entry.File);
        if (entry.ContentHash is { } hash && entry.Status == LedgerStatus.Ingested) Add(_filesByContent, hash, entry.File);
    }

    private void Unindex(string file)
    {
        if (!_byFile.Remove(file, out var entry)) return;
        if (entry.ArticleId is { } id) Remove(_filesByArticle, id, file);
        if (entry.ContentHash is { } hash) Remove(_filesByContent, hash, file);
    }

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string file)
    {
        if (!index.TryGetValue(key, out var files)) index[key] = files = new HashSet<string>(StringComparer.Ordinal);
        files.Add(file);
    }

    private static void Remove(Dictionary<string, HashSet<string>> index, string key, string file)
    {
        if (!index.TryGetValue(key, out var files)) return;
        files.Remove(file);
        if (files.Count == 0) index.Remove(key);
    }
}
