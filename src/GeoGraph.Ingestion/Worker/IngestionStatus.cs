using System.Collections.Concurrent;

namespace GeoGraph.Ingestion.Worker;

/// <summary>What the worker has done so far, for health checks and the articles endpoint. Thread-safe.</summary>
public sealed class IngestionStatus
{
    private readonly ConcurrentDictionary<string, IngestionOutcome> _latestByFile = new(StringComparer.Ordinal);
    private volatile bool _initialLoadDone;

    /// <summary>True once the seeds and the inbox present at start have been processed.</summary>
    public bool IsReady => _initialLoadDone;

    public void MarkInitialLoadDone() => _initialLoadDone = true;

    public void Record(IngestionOutcome outcome) => _latestByFile[outcome.File] = outcome;

    public IReadOnlyList<IngestionOutcome> Outcomes => [.. _latestByFile.Values.OrderBy(o => o.File, StringComparer.Ordinal)];
}
