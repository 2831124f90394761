using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Graph.Embedded;

/// <summary>entity-search and entity: entities by name, and one entity with its neighbours.</summary>
internal static class EntityQueries
{
    public static IEnumerable<EntitySummary> Search(EmbeddedGraph graph, QueryArguments arguments)
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
            .Select(e => new EntitySummary(e.Entity.Id, e.Entity.Name, e.Entity.Type, graph.AliasesOf(e.Entity.Id), e.Degree));
    }

    /// <summary>The entity and one page of its neighbours within the date window, most sources, then most articles, first.</summary>
    public static IEnumerable<EntityRow> WithNeighbours(EmbeddedGraph graph, QueryArguments arguments)
    {
        var id = arguments.String("id");
        if (!graph.Entities.TryGetValue(id, out var entity)) yield break;
        var window = DateWindow.Of(arguments);
        var neighbours = Neighbours(graph, graph.Outgoing.GetValueOrDefault(id), "outgoing", k => k.Object, window)
            .Concat(Neighbours(graph, graph.Incoming.GetValueOrDefault(id), "incoming", k => k.Subject, window))
            .OrderByDescending(n => Records.Sources(n.Edges))
            .ThenByDescending(n => n.Edges.Count)
            .ThenBy(n => n.Key.Type, StringComparer.Ordinal)
            .ThenBy(n => n.Direction, StringComparer.Ordinal)
            .ThenBy(n => n.Other, StringComparer.Ordinal)
            .ToList();
        var page = neighbours.Skip(arguments.OptionalInteger("offset") ?? 0).Take(arguments.Integer("limit"));
        yield return new EntityRow(entity.Id, entity.Name, entity.Type, graph.AliasesOf(id), neighbours.Count,
            [.. page.Select(n => Records.Neighbour(graph, n.Key, n.Direction, n.Other, n.Edges))]);
    }

    public static int Degree(EmbeddedGraph graph, string id) =>
        graph.FactsOf(id).Select(k => (k.Type, Other: k.Subject == id ? k.Object : k.Subject)).Distinct().Count();

    private static IEnumerable<(FactKey Key, string Direction, string Other, List<StoredEdge> Edges)> Neighbours(
        EmbeddedGraph graph, IEnumerable<FactKey>? keys, string direction, Func<FactKey, string> other, DateWindow window) =>
        (keys ?? []).Select(k => (Key: k, Direction: direction, Other: other(k), Edges: graph.EdgesWithin(k, window))).Where(n => n.Edges.Count > 0);
}
