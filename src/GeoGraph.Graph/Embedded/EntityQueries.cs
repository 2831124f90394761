using System.Text.Json.Nodes;
using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Embedded;

/// <summary>entity-search and entity: entities by name, and one entity with its neighbours.</summary>
internal static class EntityQueries
{
    public static IEnumerable<JsonObject> Search(EmbeddedGraph graph, QueryArguments arguments)
    {
        var search = arguments.String("search").ToLowerInvariant();
        var type = arguments.OptionalString("type");
        return graph.Entities.Values
            .Where(e => type is null || e.Type == type)
            .Where(e => search.Length == 0 || e.Name.ToLowerInvariant().Contains(search, StringComparison.Ordinal)
                || graph.AliasesOf(e.Id).Any(a => a.ToLowerInvariant().Contains(search, StringComparison.Ordinal)))
            .Select(e => (Entity: e, Degree: Degree(graph, e.Id)))
            .OrderByDescending(e => e.Degree)
            .ThenBy(e => e.Entity.Id, StringComparer.Ordinal)
            .Take(arguments.Integer("limit"))
            .Select(e => new JsonObject
            {
                ["id"] = e.Entity.Id,
                ["name"] = e.Entity.Name,
                ["type"] = e.Entity.Type,
                ["aliases"] = GraphJson.Strings(graph.AliasesOf(e.Entity.Id)),
                ["degree"] = e.Degree,
            });
    }

    public static IEnumerable<JsonObject> WithNeighbours(EmbeddedGraph graph, QueryArguments arguments)
    {
        var id = arguments.String("id");
        if (!graph.Entities.TryGetValue(id, out var entity)) yield break;
        yield return new JsonObject
        {
            ["id"] = entity.Id,
            ["name"] = entity.Name,
            ["type"] = entity.Type,
            ["aliases"] = GraphJson.Strings(graph.AliasesOf(id)),
            ["outgoing"] = Neighbours(graph, graph.Outgoing.GetValueOrDefault(id) ?? [], k => k.Object),
            ["incoming"] = Neighbours(graph, graph.Incoming.GetValueOrDefault(id) ?? [], k => k.Subject),
        };
    }

    public static int Degree(EmbeddedGraph graph, string id) =>
        graph.FactsOf(id).Select(k => (k.Type, Other: k.Subject == id ? k.Object : k.Subject)).Distinct().Count();

    private static JsonArray Neighbours(EmbeddedGraph graph, IEnumerable<FactKey> keys, Func<FactKey, string> other) => new([.. keys
        .OrderByDescending(k => GraphJson.Sources(graph.Facts[k].Values))
        .ThenByDescending(k => graph.Facts[k].Count)
        .ThenBy(k => k.Type, StringComparer.Ordinal)
        .ThenBy(other, StringComparer.Ordinal)
        .Select(k => (JsonNode)GraphJson.WithSummary(new JsonObject
        {
            ["type"] = k.Type,
            ["other"] = GraphJson.Entity(graph.Entities[other(k)]),
        }, graph.Facts[k].Values))]);
}
