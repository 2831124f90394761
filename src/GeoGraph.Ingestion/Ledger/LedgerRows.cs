using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Ingestion.Ledger;

/// <summary>The SQL of the ledger table: one row a file.</summary>
internal static class LedgerRows
{
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

    public static void Upsert(SqliteConnection connection, LedgerEntry entry)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO ledger (file, article_id, content_hash, length, written_ticks, status, reason, at, published, source)
            VALUES ($file, $article, $hash, $length, $written, $status, $reason, $at, $published, $source)
            """;
        command.Parameters.AddWithValue("$file", entry.File);
        command.Parameters.AddWithValue("$article", (object?)entry.ArticleId ?? DBNull.Value);
        command.Parameters.AddWithValue("$hash", (object?)entry.ContentHash ?? DBNull.Value);
        command.Parameters.AddWithValue("$length", entry.Stamp.Length);
        command.Parameters.AddWithValue("$written", entry.Stamp.WrittenUtc.Ticks);
        command.Parameters.AddWithValue("$status", entry.Status.ToString());
        command.Parameters.AddWithValue("$reason", (object?)entry.Reason ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", entry.At.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$published", (object?)entry.Published ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", (object?)entry.Source ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public static void Delete(SqliteConnection connection, string file)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM ledger WHERE file = $file";
        command.Parameters.AddWithValue("$file", file);
        command.ExecuteNonQuery();
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
