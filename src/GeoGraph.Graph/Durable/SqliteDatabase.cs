using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GeoGraph.Graph.Durable;

/// <summary>
/// Opens the project's SQLite database file. Write-ahead logging lets the store and the ingestion ledger share the
/// file, and a commit survives the process being killed (synchronous=NORMAL gives up only the last commits on power loss).
/// </summary>
public static class SqliteDatabase
{
    public static SqliteConnection Open(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        try
        {
            EnsureWritable(connection, file);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;");
        return connection;
    }

    /// <summary>
    /// Refuses a database this process may only read. SQLite opens a file it cannot write (one another user made, say)
    /// for reading without a word, and every write would then fail, article after article.
    /// </summary>
    internal static void EnsureWritable(SqliteConnection connection, string file)
    {
        if (raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            throw new UnauthorizedAccessException($"The database {file} can only be read by this process (user {Environment.UserName}): give that user write access to the file and its folder.");
    }

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
