using GeoGraph.Graph.Durable;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeoGraph.Api.Composition;

/// <summary>Ready once the embedded store has rebuilt its graph from SQLite.</summary>
public sealed class StoreLoadedCheck(PersistentGraphStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Loaded switch
        {
            { IsCompletedSuccessfully: true } => HealthCheckResult.Healthy($"{store.LoadedArticles} articles loaded from the database."),
            { IsFaulted: true } loading => HealthCheckResult.Unhealthy("The database could not be loaded.", loading.Exception),
            _ => HealthCheckResult.Degraded("Loading the graph from the database."),
        });
}
