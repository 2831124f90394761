using GeoGraph.Api.Answers;
using GeoGraph.Api.Endpoints.Parameters;
using GeoGraph.Graph.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class RelationEndpoints
{
    public static IEndpointRouteBuilder MapRelationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/relations").WithTags("Relations");
        group.MapGet("/", FindAsync).WithName("FindRelations")
            .WithSummary("Facts of a type, optionally from a subject and to an object, within a date window, most sources (distinct stories) then most articles first, a page at a time, each with its number of articles and of sources and its strongest evidence sentence.");
        group.MapGet("/{subject}/{type}/{object}/evidence", EvidenceAsync).WithName("GetFactEvidence").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every article's evidence for one fact, in article order, a page at a time: sentence, offsets, amounts, items, dates and source.");
        return api;
    }

    private static async Task<JsonAnswer<Page<FactView>>> FindAsync(
        [AsParameters] RelationsRequest request, GraphReader reader, AnswerCache answers, CancellationToken cancellationToken) =>
        new(await answers.GetAsync(request.ToString(), () => reader.FindRelationsAsync(request.RelationType, request.Subject, request.Object,
            request.Window, request.Offset ?? 0, request.Limit ?? RequestErrors.DefaultLimit, cancellationToken)));

    private static async Task<Results<JsonAnswer<Page<EvidenceView>>, ProblemHttpResult>> EvidenceAsync(
        [AsParameters] EvidenceRequest request, GraphReader reader, AnswerCache answers, CancellationToken cancellationToken)
    {
        var json = await answers.GetOrAddAsync(request.ToString(), async () =>
        {
            var page = await reader.GetEvidenceAsync(request.Subject, request.RelationType, request.Object, request.Window,
                request.Offset ?? 0, request.Limit ?? RequestErrors.DefaultLimit, cancellationToken);
            if (page.Items.Count > 0) return page;
            var fact = await reader.FindRelationsAsync(request.RelationType, request.Subject, request.Object, default, 0, 1, cancellationToken);
            return fact.Items.Count > 0 ? page : null;
        });
        return json is null
            ? NotFound.Problem($"There is no fact {request.Subject} {request.RelationType} {request.Object}.")
            : new JsonAnswer<Page<EvidenceView>>(json);
    }
}
