using System.Globalization;
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
        _upsert = Prepare(connection, """
            INSERT OR REPLACE INTO ledger (file, article_id, content_hash, length, written_ticks, status, reason, at, published, source)
            VALUES ($file, $article, $hash, $length, $written, $status, $reason, $at, $published, $source)
            """, "$file", "$article", "$hash", "$length", "$written", "$status", "$reason", "$at", "$published", "$source");
        _delete = Prepare(connection, "DELETE FROM ledger WHERE file = $file", "$file");
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

    public void Upsert(LedgerEntry entry) => Execute(_upsert,
        entry.File, entry.ArticleId, entry.ContentHash, entry.Stamp.Length, entry.Stamp.WrittenUtc.Ticks, entry.Status.ToString(),
        entry.Reason, entry.At.ToString("O", CultureInfo.InvariantCulture), entry.Published, entry.Source);

    public void Delete(string file) => Execute(_delete, file);

    public void Dispose()
    {
        _upsert.Dispose();
        _delete.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Execute(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
