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

    /// <summary>The entity and one page of its neighbours within the date window, most articles first.</summary>
    public static IEnumerable<JsonObject> WithNeighbours(EmbeddedGraph graph, QueryArguments arguments)
    {
        var id = arguments.String("id");
        if (!graph.Entities.TryGetValue(id, out var entity)) yield break;
        var window = DateWindow.Of(arguments);
        var neighbours = Neighbours(graph, graph.Outgoing.GetValueOrDefault(id), "outgoing", k => k.Object, window)
            .Concat(Neighbours(graph, graph.Incoming.GetValueOrDefault(id), "incoming", k => k.Subject, window))
            .OrderByDescending(n => n.Edges.Count)
            .ThenBy(n => n.Key.Type, StringComparer.Ordinal)
            .ThenBy(n => n.Direction, StringComparer.Ordinal)
            .ThenBy(n => n.Other, StringComparer.Ordinal)
            .ToList();
        var page = neighbours.Skip(arguments.OptionalInteger("offset") ?? 0).Take(arguments.Integer("limit"));
        yield return new JsonObject
        {
            ["id"] = entity.Id,
            ["name"] = entity.Name,
            ["type"] = entity.Type,
            ["aliases"] = GraphJson.Strings(graph.AliasesOf(id)),
            ["neighbourCount"] = neighbours.Count,
            ["neighbours"] = new JsonArray([.. page.Select(n => (JsonNode)GraphJson.WithSummary(new JsonObject
            {
                ["type"] = n.Key.Type,
                ["direction"] = n.Direction,
                ["other"] = GraphJson.Entity(graph.Entities[n.Other]),
            }, n.Edges))]),
        };
    }

    public static int Degree(EmbeddedGraph graph, string id) =>
        graph.FactsOf(id).Select(k => (k.Type, Other: k.Subject == id ? k.Object : k.Subject)).Distinct().Count();

    private static IEnumerable<(FactKey Key, string Direction, string Other, List<StoredEdge> Edges)> Neighbours(
        EmbeddedGraph graph, IEnumerable<FactKey>? keys, string direction, Func<FactKey, string> other, DateWindow window) =>
        (keys ?? []).Select(k => (Key: k, Direction: direction, Other: other(k), Edges: graph.EdgesWithin(k, window))).Where(n => n.Edges.Count > 0);
}
