using GeoGraph.Graph.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class RelationEndpoints
{
    public static IEndpointRouteBuilder MapRelationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/relations", FindAsync).WithTags("Relations").WithName("FindRelations")
            .WithSummary("Facts of a type, optionally from a subject and to an object, with their evidence.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<FactView>>, ValidationProblem>> FindAsync(
        string? type, string? subject, string? @object, string? limit, GraphReader reader, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var relationType = errors.RelationType(type);
        var subjectId = errors.EntityId("subject", subject, required: false);
        var objectId = errors.EntityId("object", @object, required: false);
        var max = errors.Limit(limit);
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await reader.FindRelationsAsync(relationType, subjectId, objectId, max, cancellationToken));
    }
}
