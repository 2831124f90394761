using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// What the worker has done so far, for health checks and the articles endpoint, and a watchdog: the worker is not
/// ready while one file has held its loop longer than <see cref="IngestionOptions.StallTimeout"/>. Thread-safe.
/// </summary>
public sealed class IngestionStatus(TimeProvider clock, IOptions<IngestionOptions> options)
{
    private readonly ConcurrentDictionary<string, IngestionOutcome> _latestByFile = new(StringComparer.Ordinal);
    private volatile bool _initialLoadDone;
    private volatile InProgress? _current;

    private sealed record InProgress(string File, DateTimeOffset Since);

    /// <summary>True once the seeds and the inbox present at start have been processed, and while the loop is not stuck.</summary>
    public bool IsReady => _initialLoadDone && Stalled is null;

    /// <summary>Why the loop counts as stuck (the file it has been on too long), or null.</summary>
    public string? Stalled => _current is { } current && clock.GetUtcNow() - current.Since > options.Value.StallTimeout
        ? $"stuck on {Path.GetFileName(current.File)} since {current.Since:O}"
        : null;

    public void MarkInitialLoadDone() => _initialLoadDone = true;

    public void BeginFile(string file) => _current = new InProgress(file, clock.GetUtcNow());

    public void EndFile() => _current = null;

    public void Record(IngestionOutcome outcome) => _latestByFile[outcome.File] = outcome;

    public IReadOnlyList<IngestionOutcome> Outcomes => [.. _latestByFile.Values.OrderBy(o => o.File, StringComparer.Ordinal)];
}
