namespace GeoGraph.Ingestion.Worker;

public enum IngestionState
{
    Ingested,
    Unchanged,
    Quarantined,
    Failed,
}

/// <summary>What became of one file: loaded (with counts), already loaded, set aside (with the reason) or failed for now.</summary>
public sealed record IngestionOutcome(string File, string ArticleId, IngestionState State, int Entities = 0, int Facts = 0, string? Reason = null)
{
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
}
