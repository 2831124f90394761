using GeoGraph.Api.Answers;
using GeoGraph.Api.Endpoints.Parameters;
using GeoGraph.Graph.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class EntityEndpoints
{
    public static IEndpointRouteBuilder MapEntityEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/entities").WithTags("Entities");
        group.MapGet("/", SearchAsync).WithName("SearchEntities")
            .WithSummary("Entities whose name or alias contains the search text, most connected first; with no search text, the most connected of all.");
        group.MapGet("/{id}", GetAsync).WithName("GetEntity").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One entity and a page of its neighbours, most sources (distinct stories) then most articles first, each with the relation type and direction, the other entity, number of articles and of sources, first and last seen, and the strongest evidence sentence.");
        return api;
    }

    private static async Task<JsonAnswer<IReadOnlyList<EntitySummary>>> SearchAsync(
        [AsParameters] EntitySearchRequest request, GraphReader reader, AnswerCache answers, CancellationToken cancellationToken) =>
        new(await answers.GetAsync(request.ToString(), () =>
            reader.SearchEntitiesAsync(request.Search ?? "", request.EntityType, request.Limit ?? RequestErrors.DefaultLimit, cancellationToken)));

    private static async Task<Results<JsonAnswer<EntityDetail>, ProblemHttpResult>> GetAsync(
        [AsParameters] EntityRequest request, GraphReader reader, AnswerCache answers, CancellationToken cancellationToken)
    {
        var json = await answers.GetOrAddAsync(request.ToString(), () =>
            reader.GetEntityAsync(request.Id, request.Window, request.Offset ?? 0, request.Limit ?? EntityRequest.DefaultNeighbours, cancellationToken));
        return json is null ? NotFound.Problem($"There is no entity '{request.Id}'.") : new JsonAnswer<EntityDetail>(json);
    }
}
