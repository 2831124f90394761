using GeoGraph.Api.Composition;
using GeoGraph.Graph.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class PathEndpoints
{
    public const int DefaultMaxHops = 4;
    public const int MaxHops = 6;

    /// <summary>The shortest connections between two entities.</summary>
    public sealed record PathsResponse(string From, string To, int MaxHops, IReadOnlyList<PathView> Paths);

    public static IEndpointRouteBuilder MapPathEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/paths", FindAsync).WithTags("Paths").WithName("FindPaths").WithRequestTimeout(ApiProtection.PathPolicy)
            .WithSummary("The shortest connections between two entities, as nodes and edges (maxHops 1 to 6, default 4).");
        return app;
    }

    private static async Task<Results<Ok<PathsResponse>, ProblemHttpResult, ValidationProblem>> FindAsync(
        string? from, string? to, string? maxHops, GraphReader reader, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var fromId = errors.EntityId("from", from, required: true);
        var toId = errors.EntityId("to", to, required: true);
        var hops = errors.Integer("maxHops", maxHops, DefaultMaxHops, 1, MaxHops);
        if (errors.Any) return errors.Problem();
        var paths = await reader.FindPathsAsync(fromId!, toId!, hops, cancellationToken);
        if (paths.Count == 0)
        {
            foreach (var id in new[] { fromId!, toId! })
            {
                if (await reader.GetEntityAsync(id, cancellationToken) is null) return NotFound.Problem($"There is no entity '{id}'.");
            }
        }
        return TypedResults.Ok(new PathsResponse(fromId!, toId!, hops, paths));
    }
}
