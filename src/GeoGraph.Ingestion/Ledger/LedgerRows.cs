using System.Globalization;
using GeoGraph.Graph.Durable;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Ingestion.Ledger;

/// <summary>
/// The SQL of the ledger table: one row a file. The two writes are prepared once and run again with new values: the
/// worker writes a row twice an article, and parsing the statement each time was a good part of the write.
/// </summary>
internal sealed class LedgerRows : IDisposable
{
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;

    public LedgerRows(SqliteConnection connection)
    {
        _upsert = SqliteDatabase.Prepare(connection, """
            INSERT OR REPLACE INTO ledger (file, article_id, content_hash, length, written_ticks, status, reason, at, published, source)
            VALUES ($file, $article, $hash, $length, $written, $status, $reason, $at, $published, $source)
            """, "$file", "$article", "$hash", "$length", "$written", "$status", "$reason", "$at", "$published", "$source");
        _delete = SqliteDatabase.Prepare(connection, "DELETE FROM ledger WHERE file = $file", "$file");
    }

    public static IEnumerable<LedgerEntry> ReadAll(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT file, article_id, content_hash, length, written_ticks, status, reason, at, published, source FROM ledger";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new LedgerEntry(
                reader.GetString(0), Text(reader, 1), Text(reader, 2),
                new FileStamp(reader.GetInt64(3), new DateTime(reader.GetInt64(4), DateTimeKind.Utc)),
                Enum.Parse<LedgerStatus>(reader.GetString(5)), Text(reader, 6),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture), Text(reader, 8), Text(reader, 9));
        }
    }

    public void Upsert(LedgerEntry entry)
    {
        Set(_upsert, "$file", entry.File);
        Set(_upsert, "$article", entry.ArticleId);
        Set(_upsert, "$hash", entry.ContentHash);
        Set(_upsert, "$length", entry.Stamp.Length);
        Set(_upsert, "$written", entry.Stamp.WrittenUtc.Ticks);
        Set(_upsert, "$status", entry.Status.ToString());
        Set(_upsert, "$reason", entry.Reason);
        Set(_upsert, "$at", entry.At.ToString("O", CultureInfo.InvariantCulture));
        Set(_upsert, "$published", entry.Published);
        Set(_upsert, "$source", entry.Source);
        _upsert.ExecuteNonQuery();
    }

    public void Delete(string file)
    {
        Set(_delete, "$file", file);
        _delete.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _delete.Dispose();
    }

    private static void Set(SqliteCommand command, string parameter, object? value) => command.Parameters[parameter].Value = value ?? DBNull.Value;

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
