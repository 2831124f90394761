using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Endpoints;

public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats", async (GraphReader reader, CancellationToken cancellationToken) => TypedResults.Ok(await reader.GetStatsAsync(cancellationToken)))
            .WithTags("Stats").WithName("GetStats").WithSummary("Counts of entities by type, distinct facts by relation type, and articles.");
        return app;
    }
}
