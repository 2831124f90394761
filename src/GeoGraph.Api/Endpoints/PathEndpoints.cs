using GeoGraph.Api.Answers;
using GeoGraph.Api.Composition;
using GeoGraph.Api.Endpoints.Parameters;
using GeoGraph.Graph.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class PathEndpoints
{
    /// <summary>The shortest connections between two entities.</summary>
    public sealed record PathsResponse(string From, string To, int MaxHops, IReadOnlyList<PathView> Paths);

    public static IEndpointRouteBuilder MapPathEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/paths", FindAsync).WithTags("Paths").WithName("FindPaths").WithRequestTimeout(ApiProtection.PathPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The shortest connections between two entities, as nodes and edges (maxHops 1 to 6, default 4).");
        return api;
    }

    private static async Task<Results<JsonAnswer<PathsResponse>, ProblemHttpResult>> FindAsync(
        [AsParameters] PathsRequest request, GraphReader reader, AnswerCache answers, CancellationToken cancellationToken)
    {
        var (from, to, hops) = (request.From!, request.To!, request.MaxHops ?? PathsRequest.DefaultMaxHops);
        string? missing = null;
        var json = await answers.GetOrAddAsync(request.ToString(), async () =>
        {
            var paths = await reader.FindPathsAsync(from, to, hops, cancellationToken);
            if (paths.Count > 0) return new PathsResponse(from, to, hops, paths);
            foreach (var id in new[] { from, to })
            {
                if (await reader.GetEntityAsync(id, default, 0, 1, cancellationToken) is null) missing = id;
            }
            return missing is null ? new PathsResponse(from, to, hops, paths) : null;
        });
        return json is null ? NotFound.Problem($"There is no entity '{missing}'.") : new JsonAnswer<PathsResponse>(json);
    }
}
