using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Describes each query and path parameter in the document. Kept here rather than in attributes on the
/// <c>[AsParameters]</c> records, where Microsoft.AspNetCore.OpenApi 10.0.14 fails reading <c>[Description]</c>.
/// </summary>
public sealed class ParameterDescriptions : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["search"] = "Text the name or an alias contains (case-insensitive); with none, the most connected entities.",
        ["type"] = "Relation type: SIGNED, SOLD, VISITED, FUNDED, MET, LEADS, PARTNERED_WITH, DEVELOPS.",
        ["id"] = "Entity id, e.g. vladimir-putin.",
        ["subject"] = "Subject entity id, e.g. russia.",
        ["object"] = "Object entity id, e.g. venezuela.",
        ["from"] = "Entity id where the paths start, e.g. igor-sechin.",
        ["to"] = "Entity id where they end, e.g. junin-6.",
        ["maxHops"] = "Longest path, 1 to 6 (default 4).",
        ["since"] = "Earliest date (yyyy-MM-dd) of a fact: the date it states, else its article's publication date; compared at the precision of that date.",
        ["until"] = "Latest date (yyyy-MM-dd) of a fact, compared as since is.",
        ["offset"] = "Items to skip (paging), 0 and up (default 0).",
        ["limit"] = "At most this many items, 1 to 500 (default 50).",
        ["name"] = "The canned query's name, e.g. deals-between; GET /api/queries lists them and their parameters.",
    };

    private static readonly Dictionary<(string Operation, string Parameter), string> ByOperation = new()
    {
        [("SearchEntities", "type")] = "Entity type: Person, Organization, Country, City, Region, OilField, Product, Event.",
        [("GetArticle", "id")] = "Article id: its file name without extension.",
        [("GetEntity", "limit")] = "At most this many neighbours, 1 to 500 (default 30).",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Name is not { } name) continue;
            parameter.Description = ByOperation.GetValueOrDefault((operation.OperationId ?? "", name)) ?? ByName.GetValueOrDefault(name) ?? parameter.Description;
        }
        return Task.CompletedTask;
    }
}
