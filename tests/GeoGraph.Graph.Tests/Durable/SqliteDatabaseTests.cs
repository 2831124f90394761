using GeoGraph.Graph.Durable;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Graph.Tests.Durable;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-sqlite-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Opens_a_new_database_for_writing()
    {
        using var connection = SqliteDatabase.Open(Path.Combine(_folder, "new.db"));

        SqliteDatabase.Execute(connection, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
    }

    [Fact]
    public void Refuses_a_database_it_may_only_read_and_names_the_file()
    {
        var file = Path.Combine(_folder, "ledger.db");
        SqliteDatabase.Open(file).Dispose();
        // What SQLite falls back to for a file this process cannot write; asked for here, since the tests may run as root.
        using var readOnly = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        readOnly.Open();

        var check = () => SqliteDatabase.EnsureWritable(readOnly, file);

        check.Should().Throw<UnauthorizedAccessException>().WithMessage($"*{file}*can only be read*");
    }
}
