using System.Text.Json.Nodes;
using GeoGraph.Api.Endpoints.Parameters;
using GeoGraph.Graph;
using GeoGraph.Graph.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class QueryEndpoints
{
    public sealed record ParameterInfo(string Name, string Type, bool Optional, string Description);

    public sealed record QueryInfo(string Name, string Description, IReadOnlyList<ParameterInfo> Parameters, string Cypher);

    public sealed record QueryRows(string Name, IReadOnlyList<string> Columns, IReadOnlyList<JsonObject> Rows);

    public static IEndpointRouteBuilder MapQueryEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/queries").WithTags("Queries");
        group.MapGet("/", (QueryCatalogue catalogue) => TypedResults.Ok(catalogue.All.Select(Describe).ToList()))
            .WithName("ListQueries").WithSummary("The canned query catalogue: name, description, parameters and Cypher text.");
        group.MapGet("/{name}", RunAsync).WithName("RunQuery").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Runs a canned query with its parameters from the query string (see GET /api/queries) and returns its rows.");
        return api;
    }

    private static async Task<Results<Ok<QueryRows>, ProblemHttpResult>> RunAsync(
        [AsParameters] QueryRequest request, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!request.Catalogue.TryGet(request.Name, out var query))
            return NotFound.Problem($"There is no canned query '{request.Name}'. GET /api/queries lists them.");
        var result = await store.QueryAsync(query, QueryCatalogue.Bind(query, request.Arguments), cancellationToken);
        return TypedResults.Ok(new QueryRows(query.Name, result.Columns, result.Rows));
    }

    private static QueryInfo Describe(CannedQuery query) => new(query.Name, query.Description,
        [.. query.Parameters.Select(p => new ParameterInfo(p.Name, p.Type == ParameterType.Integer ? "int" : "string", p.Optional, p.Description))],
        query.Cypher);
}
