namespace GeoGraph.Ingestion.Ledger;

public enum LedgerStatus
{
    /// <summary>Being written to the store: a start finds it only after a crash, and looks at the file again.</summary>
    Pending,
    Ingested,
    Quarantined,
}

/// <summary>
/// What the worker decided about one file, and when: the article it holds (several files may hold the same article
/// when their bytes are the same), or why it was set aside. <see cref="Stamp"/> is the file's size and write time
/// when it was read, so an unchanged file is not read again after a restart.
/// </summary>
public sealed record LedgerEntry(
    string File, string? ArticleId, string? ContentHash, FileStamp Stamp, LedgerStatus Status, string? Reason,
    DateTimeOffset At, string? Published = null, string? Source = null);
