using System.Text.Json.Nodes;
using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Embedded;

/// <summary>relations, visits, arms-sales, deals-between and money-flows: facts filtered by type and ends.</summary>
internal static class FactQueries
{
    public static IEnumerable<JsonObject> Facts(EmbeddedGraph graph, int limit, string? type, string? subject, string? @object)
    {
        IEnumerable<FactKey> keys = subject is not null ? graph.Outgoing.GetValueOrDefault(subject) ?? []
            : @object is not null ? graph.Incoming.GetValueOrDefault(@object) ?? []
            : graph.Facts.Keys;
        var matching = keys.Where(k => (type is null || k.Type == type) && (subject is null || k.Subject == subject) && (@object is null || k.Object == @object));
        return Ordered(graph, matching).Take(limit).Select(k => GraphJson.Fact(graph, k));
    }

    public static IEnumerable<JsonObject> DealsBetween(EmbeddedGraph graph, QueryArguments arguments)
    {
        var (a, b) = (arguments.String("a"), arguments.String("b"));
        var keys = (graph.Outgoing.GetValueOrDefault(a) ?? []).Concat(graph.Outgoing.GetValueOrDefault(b) ?? [])
            .Where(k => k.Type == "SIGNED" && (k.Subject == a && k.Object == b || k.Subject == b && k.Object == a))
            .Distinct();
        return Ordered(graph, keys).Take(arguments.Integer("limit")).Select(k => GraphJson.Fact(graph, k));
    }

    /// <summary>FUNDED facts, largest stated amount first; as in Cypher, a fact with no amount sorts first when descending.</summary>
    public static IEnumerable<JsonObject> MoneyFlows(EmbeddedGraph graph, QueryArguments arguments)
    {
        var (funder, recipient) = (arguments.OptionalString("funder"), arguments.OptionalString("recipient"));
        return graph.Facts.Keys
            .Where(k => k.Type == "FUNDED" && (funder is null || k.Subject == funder) && (recipient is null || k.Object == recipient))
            .Select(k => (Key: k, Largest: graph.Facts[k].Values.Max(e => e.Amount), Sources: GraphJson.Sources(graph.Facts[k].Values), Articles: graph.Facts[k].Count))
            .OrderByDescending(f => f.Largest ?? double.PositiveInfinity)
            .ThenByDescending(f => f.Sources)
            .ThenByDescending(f => f.Articles)
            .ThenBy(f => f.Key.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Object, StringComparer.Ordinal)
            .Take(arguments.Integer("limit"))
            .Select(f => GraphJson.Fact(graph, f.Key, withLargestAmount: true));
    }

    private static IEnumerable<FactKey> Ordered(EmbeddedGraph graph, IEnumerable<FactKey> keys) => keys
        .OrderByDescending(k => GraphJson.Sources(graph.Facts[k].Values))
        .ThenByDescending(k => graph.Facts[k].Count)
        .ThenBy(k => k.Subject, StringComparer.Ordinal)
        .ThenBy(k => k.Type, StringComparer.Ordinal)
        .ThenBy(k => k.Object, StringComparer.Ordinal);
}
