using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Graph.Embedded;

/// <summary>
/// relations, visits, arms-sales, deals-between, money-flows and fact-evidence: facts filtered by type, ends and
/// date window, each counted over its evidence within the window.
/// </summary>
internal static class FactQueries
{
    public static IEnumerable<FactView> Facts(EmbeddedGraph graph, QueryArguments arguments, string? type, string? subject, string? @object)
    {
        IEnumerable<FactKey> keys = subject is not null ? graph.Outgoing.GetValueOrDefault(subject) ?? []
            : @object is not null ? graph.Incoming.GetValueOrDefault(@object) ?? []
            : graph.Facts.Keys;
        var matching = keys.Where(k => (type is null || k.Type == type) && (subject is null || k.Subject == subject) && (@object is null || k.Object == @object));
        return Ordered(Within(graph, matching, arguments)).Skip(arguments.OptionalInteger("offset") ?? 0).Take(arguments.Integer("limit"))
            .Select(f => Records.Fact(graph, f.Key, f.Edges));
    }

    public static IEnumerable<FactView> DealsBetween(EmbeddedGraph graph, QueryArguments arguments)
    {
        var (a, b) = (arguments.String("a"), arguments.String("b"));
        var keys = (graph.Outgoing.GetValueOrDefault(a) ?? []).Concat(graph.Outgoing.GetValueOrDefault(b) ?? [])
            .Where(k => k.Type == "SIGNED" && (k.Subject == a && k.Object == b || k.Subject == b && k.Object == a))
            .Distinct();
        return Ordered(Within(graph, keys, arguments)).Take(arguments.Integer("limit")).Select(f => Records.Fact(graph, f.Key, f.Edges));
    }

    /// <summary>FUNDED facts, largest stated amount first; as in Cypher, a fact with no amount sorts first when descending.</summary>
    public static IEnumerable<MoneyFlowView> MoneyFlows(EmbeddedGraph graph, QueryArguments arguments)
    {
        var (funder, recipient) = (arguments.OptionalString("funder"), arguments.OptionalString("recipient"));
        var keys = graph.Facts.Keys.Where(k => k.Type == "FUNDED" && (funder is null || k.Subject == funder) && (recipient is null || k.Object == recipient));
        return Within(graph, keys, arguments)
            .Select(f => (f.Key, f.Edges, Largest: f.Edges.Max(e => e.Amount)))
            .OrderByDescending(f => f.Largest ?? double.PositiveInfinity)
            .ThenByDescending(f => Records.Sources(f.Edges))
            .ThenByDescending(f => f.Edges.Count)
            .ThenBy(f => f.Key.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Object, StringComparer.Ordinal)
            .Take(arguments.Integer("limit"))
            .Select(f => Records.MoneyFlow(graph, f.Key, f.Edges));
    }

    /// <summary>One fact's evidence within the window, a page at a time in article order.</summary>
    public static IEnumerable<EvidenceView> Evidence(EmbeddedGraph graph, QueryArguments arguments)
    {
        var key = new FactKey(arguments.String("subject"), arguments.String("type"), arguments.String("object"));
        if (!graph.Facts.ContainsKey(key)) return [];
        return graph.EdgesWithin(key, DateWindow.Of(arguments))
            .Skip(arguments.OptionalInteger("offset") ?? 0).Take(arguments.Integer("limit")).Select(Records.Evidence);
    }

    private static IEnumerable<(FactKey Key, List<StoredEdge> Edges)> Within(EmbeddedGraph graph, IEnumerable<FactKey> keys, QueryArguments arguments)
    {
        var window = DateWindow.Of(arguments);
        return keys.Select(k => (Key: k, Edges: graph.EdgesWithin(k, window))).Where(f => f.Edges.Count > 0);
    }

    /// <summary>Most sources (distinct stories) first, then most articles: copies of one story do not outrank corroboration.</summary>
    private static IEnumerable<(FactKey Key, List<StoredEdge> Edges)> Ordered(IEnumerable<(FactKey Key, List<StoredEdge> Edges)> facts) => facts
        .OrderByDescending(f => Records.Sources(f.Edges))
        .ThenByDescending(f => f.Edges.Count)
        .ThenBy(f => f.Key.Subject, StringComparer.Ordinal)
        .ThenBy(f => f.Key.Type, StringComparer.Ordinal)
        .ThenBy(f => f.Key.Object, StringComparer.Ordinal);
}
