namespace GeoGraph.Ingestion.Worker;

public enum IngestionState
{
    Ingested,
    Unchanged,
    Quarantined,
    Failed,
    Removed,
}

/// <summary>
/// What became of one file: loaded (with counts), already loaded, set aside (with the reason), failed for now, or
/// gone from its folder (its article removed unless another file holds it).
/// </summary>
public sealed record IngestionOutcome(string File, string ArticleId, IngestionState State, int Entities = 0, int Facts = 0, string? Reason = null)
{
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The article's publication date, when it was extracted now and has one.</summary>
    public string? Published { get; init; }
}
