using GeoGraph.Graph.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class EntityEndpoints
{
    public static IEndpointRouteBuilder MapEntityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities");
        group.MapGet("/", SearchAsync).WithName("SearchEntities")
            .WithSummary("Entities whose name or alias contains the search text, most connected first.");
        group.MapGet("/{id}", GetAsync).WithName("GetEntity")
            .WithSummary("One entity with its outgoing and incoming relations, each with the other entity, number of articles and evidence.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<EntitySummary>>, ValidationProblem>> SearchAsync(
        string? search, string? type, string? limit, GraphReader reader, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var text = errors.Text("search", search, RequestErrors.MaxSearchLength);
        var entityType = errors.EntityType(type);
        var max = errors.Limit(limit);
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await reader.SearchEntitiesAsync(text, entityType, max, cancellationToken));
    }

    private static async Task<Results<Ok<EntityDetail>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string id, GraphReader reader, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var entityId = errors.EntityId("id", id, required: true);
        if (errors.Any) return errors.Problem();
        return await reader.GetEntityAsync(entityId!, cancellationToken) is { } entity
            ? TypedResults.Ok(entity)
            : NotFound.Problem($"There is no entity '{entityId}'.");
    }
}
