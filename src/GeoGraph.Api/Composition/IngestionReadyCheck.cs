using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeoGraph.Api.Composition;

/// <summary>Ready once the worker has loaded the seeds and the inbox it found at start.</summary>
public sealed class IngestionReadyCheck(IngestionStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsReady
            ? HealthCheckResult.Healthy("The initial load is done.")
            : HealthCheckResult.Unhealthy("The initial load is still running."));
}
