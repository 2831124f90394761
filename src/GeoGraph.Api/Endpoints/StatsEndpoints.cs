using GeoGraph.Api.Answers;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Endpoints;

public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/stats", async (GraphReader reader, AnswerCache answers, CancellationToken cancellationToken) =>
                new JsonAnswer<GraphStats>(await answers.GetAsync("stats", () => reader.GetStatsAsync(cancellationToken))))
            .WithTags("Stats").WithName("GetStats").WithSummary("Counts of entities by type, distinct facts by relation type, and articles.");
        return api;
    }
}
