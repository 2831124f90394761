using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeoGraph.Api.Composition;

/// <summary>Ready once the worker has loaded the seeds and the inbox it found at start, and while its loop is not stuck.</summary>
public sealed class IngestionReadyCheck(IngestionStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsReady
            ? HealthCheckResult.Healthy("The initial load is done.")
            : status.Stalled is { } stalled
                ? HealthCheckResult.Unhealthy($"Ingestion is {stalled}.")
                // Degraded, not Unhealthy: a start in progress is normal and must not log an error at every probe.
                : HealthCheckResult.Degraded("The initial load is still running."));
}
