using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Graph.Embedded;

/// <summary>
/// shortest-path: every shortest path between two entities over facts in either direction, like Cypher's
/// allShortestPaths, one row per distinct sequence of nodes and typed edges, at most ten.
/// </summary>
internal static class PathQuery
{
    private const int MaxPaths = 10;

    public static IEnumerable<PathView> ShortestPaths(EmbeddedGraph graph, QueryArguments arguments, CancellationToken cancellationToken)
    {
        var (from, to, maxHops) = (arguments.String("from"), arguments.String("to"), arguments.Integer("maxHops"));
        if (!graph.Entities.ContainsKey(from) || !graph.Entities.ContainsKey(to)) return [];
        var predecessors = BreadthFirst(graph, from, to, maxHops, cancellationToken);
        if (predecessors is null) return [];
        return Paths(predecessors, from, to)
            .Select(nodes => (Nodes: nodes, Edges: EdgeChoices(graph, nodes)))
            .SelectMany(p => p.Edges.Select(edges => (p.Nodes, Edges: edges)))
            .OrderBy(p => string.Join('\u0001', p.Nodes), StringComparer.Ordinal)
            .ThenBy(p => string.Join('\u0001', p.Edges.Select(e => e.Type)), StringComparer.Ordinal)
            .Take(MaxPaths)
            .Select(p => new PathView([.. p.Nodes.Select(id => Records.Entity(graph.Entities[id]))],
                [.. p.Edges.Select(e => new PathEdge(e.Subject, e.Type, e.Object))]));
    }

    /// <summary>Each node's predecessors on shortest paths from the start, or null when the end is out of reach.</summary>
    private static Dictionary<string, List<string>>? BreadthFirst(EmbeddedGraph graph, string from, string to, int maxHops, CancellationToken cancellationToken)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var predecessors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var frontier = new List<string> { from };
        for (var hop = 1; hop <= maxHops && frontier.Count > 0 && !depth.ContainsKey(to); hop++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var neighbour in Neighbours(graph, node))
                {
                    if (depth.TryGetValue(neighbour, out var d) && d < hop) continue;
                    if (depth.TryAdd(neighbour, hop)) next.Add(neighbour);
                    if (!predecessors.TryGetValue(neighbour, out var list)) predecessors[neighbour] = list = [];
                    if (!list.Contains(node)) list.Add(node);
                }
            }
            frontier = next;
        }
        return depth.ContainsKey(to) && from != to ? predecessors : null;
    }

    private static IEnumerable<string> Neighbours(EmbeddedGraph graph, string node) =>
        graph.FactsOf(node).Select(k => k.Subject == node ? k.Object : k.Subject).Distinct(StringComparer.Ordinal);

    private static IEnumerable<List<string>> Paths(Dictionary<string, List<string>> predecessors, string from, string node)
    {
        if (node == from) { yield return [from]; yield break; }
        foreach (var previous in predecessors[node])
        {
            foreach (var path in Paths(predecessors, from, previous)) yield return [.. path, node];
        }
    }

    /// <summary>Every way to walk the node sequence over typed facts: two facts between the same pair are two paths.</summary>
    private static IEnumerable<List<FactKey>> EdgeChoices(EmbeddedGraph graph, List<string> nodes)
    {
        IEnumerable<List<FactKey>> choices = [[]];
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            var (a, b) = (nodes[i], nodes[i + 1]);
            var hop = graph.FactsOf(a).Where(k => k.Subject == a && k.Object == b || k.Subject == b && k.Object == a).Distinct()
                .OrderBy(k => k.Type, StringComparer.Ordinal).ToList();
            choices = choices.SelectMany(c => hop.Select(k => (List<FactKey>)[.. c, k])).ToList();
        }
        return choices;
    }
}
