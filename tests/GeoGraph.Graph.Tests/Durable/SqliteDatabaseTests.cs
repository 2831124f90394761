using System.Runtime.Versioning;
using GeoGraph.Graph.Durable;

namespace GeoGraph.Graph.Tests.Durable;

/// <summary>
/// A database this process cannot write is refused when it is opened, not found out article by article. File modes do
/// not bind root: run as root, the tests that need them report themselves skipped.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class SqliteDatabaseTests : IDisposable
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const string UnboundByFileModes = "file modes do not bind this process (root)";

    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-sqlite-").FullName;
    private readonly string _file;

    public SqliteDatabaseTests() => _file = Path.Combine(_folder, "ledger.db");

    public void Dispose()
    {
        File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Opens_a_new_database_for_writing()
    {
        using var connection = SqliteDatabase.Open(_file);

        SqliteDatabase.Execute(connection, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
    }

    [SkippableFact]
    public void Refuses_a_database_file_it_may_only_read()
    {
        Skip.IfNot(FileModesBind(), UnboundByFileModes);
        SqliteDatabase.Open(_file).Dispose();
        File.SetUnixFileMode(_file, ReadOnly);

        OpeningIsRefused();
    }

    [SkippableFact]
    public void Refuses_a_writable_database_whose_log_it_may_only_read()
    {
        Skip.IfNot(FileModesBind(), UnboundByFileModes);
        using (var earlier = SqliteDatabase.Open(_file))
        {
            SqliteDatabase.Execute(earlier, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
            // Kept as a killed process would leave them, and then another user's.
            File.Copy(_file + "-wal", _file + "-wal.kept");
            File.Copy(_file + "-shm", _file + "-shm.kept");
        }
        foreach (var log in new[] { "-wal", "-shm" })
        {
            File.Move(_file + log + ".kept", _file + log);
            File.SetUnixFileMode(_file + log, ReadOnly);
        }

        OpeningIsRefused();
    }

    [SkippableFact]
    public void Refuses_a_writable_database_in_a_folder_it_may_not_write()
    {
        Skip.IfNot(FileModesBind(), UnboundByFileModes);
        SqliteDatabase.Open(_file).Dispose();
        File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        OpeningIsRefused();
    }

    private void OpeningIsRefused()
    {
        var open = () => SqliteDatabase.Open(_file);

        open.Should().Throw<UnauthorizedAccessException>().WithMessage($"*cannot write the database {_file}*");
    }

    /// <summary>Whether this process is refused a file it may only read.</summary>
    private bool FileModesBind()
    {
        var probe = Path.Combine(_folder, "probe");
        File.WriteAllText(probe, "");
        File.SetUnixFileMode(probe, ReadOnly);
        try
        {
            File.OpenWrite(probe).Dispose();
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        finally
        {
            File.Delete(probe);
        }
    }
}
