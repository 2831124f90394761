using System.Text.Json.Nodes;
using GeoGraph.Graph;
using GeoGraph.Graph.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class QueryEndpoints
{
    public sealed record ParameterInfo(string Name, string Type, bool Optional, string Description);

    public sealed record QueryInfo(string Name, string Description, IReadOnlyList<ParameterInfo> Parameters, string Cypher);

    public sealed record QueryRows(string Name, IReadOnlyList<string> Columns, IReadOnlyList<JsonObject> Rows);

    public static IEndpointRouteBuilder MapQueryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/queries").WithTags("Queries");
        group.MapGet("/", (QueryCatalogue catalogue) => TypedResults.Ok(catalogue.All.Select(Describe).ToList()))
            .WithName("ListQueries").WithSummary("The canned query catalogue: name, description, parameters and Cypher text.");
        group.MapGet("/{name}", RunAsync).WithName("RunQuery")
            .WithSummary("Runs a canned query with its parameters from the query string and returns its rows.");
        return app;
    }

    private static async Task<Results<Ok<QueryRows>, ProblemHttpResult, ValidationProblem>> RunAsync(
        string name, HttpRequest request, QueryCatalogue catalogue, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!catalogue.TryGet(name, out var query)) return NotFound.Problem($"There is no canned query '{name}'. GET /api/queries lists them.");
        var errors = new RequestErrors();
        var raw = request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        if (raw.TryGetValue("limit", out var limit)) errors.Limit(limit);
        if (raw.TryGetValue("maxHops", out var hops)) errors.Integer("maxHops", hops, PathEndpoints.DefaultMaxHops, 1, PathEndpoints.MaxHops);
        foreach (var (key, value) in raw.Where(p => p.Value is { Length: > RequestErrors.MaxSearchLength }))
            errors.Add(key, $"'{key}' must be at most {RequestErrors.MaxSearchLength} characters.");
        if (errors.Any) return errors.Problem();
        try
        {
            var result = await store.QueryAsync(query, QueryCatalogue.Bind(query, raw), cancellationToken);
            return TypedResults.Ok(new QueryRows(query.Name, result.Columns, result.Rows));
        }
        catch (QueryArgumentException ex)
        {
            errors.Add(ex.Parameter, ex.Message);
            return errors.Problem();
        }
    }

    private static QueryInfo Describe(CannedQuery query) => new(query.Name, query.Description,
        [.. query.Parameters.Select(p => new ParameterInfo(p.Name, p.Type == ParameterType.Integer ? "int" : "string", p.Optional, p.Description))],
        query.Cypher);
}
