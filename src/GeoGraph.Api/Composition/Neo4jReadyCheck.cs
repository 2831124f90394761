using GeoGraph.Neo4j.Startup;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeoGraph.Api.Composition;

/// <summary>Ready once Neo4j answers and its schema is in place.</summary>
public sealed class Neo4jReadyCheck(Neo4jReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy(readiness.State) : HealthCheckResult.Unhealthy(readiness.State));
}
