using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GeoGraph.Graph.Durable;

/// <summary>
/// Opens the project's SQLite database file. Write-ahead logging lets the store and the ingestion ledger share the
/// file, and a commit survives the process being killed (synchronous=NORMAL gives up only the last commits on power loss).
/// </summary>
public static class SqliteDatabase
{
    /// <summary>
    /// Opens the file for writing, or refuses it, naming it, if this process cannot write it. SQLite itself would open a
    /// file it cannot write (one another user made, say) for reading only, without a word, and every write would then fail.
    /// </summary>
    public static SqliteConnection Open(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        try
        {
            connection.Open();
            if (raw.sqlite3_db_readonly(connection.Handle, "main") == 1) throw NotWritable(file, inner: null);
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;");
            // A writable file is not enough: the log beside it (file-wal, file-shm), made in the folder or left by an
            // earlier run, must be writable too. Taking the write lock and letting it go tells.
            connection.BeginTransaction(deferred: false).Dispose();
            return connection;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_READONLY or raw.SQLITE_CANTOPEN)
        {
            connection.Dispose();
            throw NotWritable(file, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static UnauthorizedAccessException NotWritable(string file, Exception? inner) =>
        new($"This process cannot write the database {file}: give the user it runs as write access to the file, its folder, and the {Path.GetFileName(file)}-wal and -shm files beside it if there are any.", inner);

    /// <summary>A statement prepared once, with its named parameters, to be run again with new values.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
