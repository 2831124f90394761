using GeoGraph.Api.Composition;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GeoGraph.Api.Endpoints;

public static class HealthEndpoints
{
    /// <summary>/health/live: the process answers. /health/ready: the initial load is done (503 until then).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("Health");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthCheckRegistration.ReadyTag) }).WithTags("Health");
        return app;
    }
}
