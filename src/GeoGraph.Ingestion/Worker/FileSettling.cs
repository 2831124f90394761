using GeoGraph.Ingestion.Ledger;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Decides when a file is ready to read: new or changed since it was last processed (size and write time), and —
/// for files others write into the inbox — unchanged for the settle time, so a file still being written waits.
/// </summary>
internal sealed class FileSettling(TimeSpan settleTime, TimeProvider clock)
{
    private readonly Dictionary<string, FileStamp> _processed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FileStamp Stamp, DateTimeOffset Since)> _pending = new(StringComparer.Ordinal);

    /// <summary>Files seen changing that are not settled yet.</summary>
    public bool AnyPending => _pending.Count > 0;

    public bool IsReady(string file, bool mustSettle)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            _pending.Remove(file);
            return false;
        }
        var stamp = FileStamp.Of(info);
        if (_processed.TryGetValue(file, out var processed) && processed == stamp) return false;
        var now = clock.GetUtcNow();
        if (mustSettle && (!_pending.TryGetValue(file, out var pending) || pending.Stamp != stamp || now - pending.Since < settleTime))
        {
            if (!_pending.TryGetValue(file, out pending) || pending.Stamp != stamp) _pending[file] = (stamp, now);
            return false;
        }
        _pending.Remove(file);
        _processed[file] = stamp;
        return true;
    }

    /// <summary>Takes a file as processed in the state a ledger recorded, so an unchanged file is not read again.</summary>
    public void Remember(string file, FileStamp stamp) => _processed[file] = stamp;

    /// <summary>Forgets a file, so it is tried again on the next scan.</summary>
    public void Forget(string file) => _processed.Remove(file);
}
