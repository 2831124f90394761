using System.Text.Json.Nodes;

namespace GeoGraph.Graph.Embedded;

/// <summary>Builds rows shaped exactly like the canned Cypher queries' RETURN maps.</summary>
internal static class GraphJson
{
    /// <summary>Evidence sentences returned per fact, as the Cypher queries' <c>evidence[..5]</c>; <c>articles</c> counts them all.</summary>
    public const int MaxEvidence = 5;

    public static JsonObject Entity(StoredEntity entity) => new()
    {
        ["id"] = entity.Id,
        ["name"] = entity.Name,
        ["type"] = entity.Type,
    };

    public static JsonObject Evidence(StoredEdge edge) => new()
    {
        ["article"] = edge.Article,
        ["sentence"] = edge.Sentence,
        ["start"] = edge.Start,
        ["end"] = edge.End,
        ["amount"] = edge.Amount,
        ["currency"] = edge.Currency,
        ["items"] = Strings(edge.Items),
        ["stake"] = edge.Stake,
        ["date"] = edge.Date,
        ["planned"] = edge.Planned,
        ["rule"] = edge.Rule,
        ["confidence"] = edge.Confidence,
    };

    /// <summary>A fact with its number of articles, first and last seen, and evidence in article order.</summary>
    public static JsonObject Fact(EmbeddedGraph graph, FactKey key, bool withLargestAmount = false)
    {
        var row = new JsonObject
        {
            ["subject"] = Entity(graph.Entities[key.Subject]),
            ["type"] = key.Type,
            ["object"] = Entity(graph.Entities[key.Object]),
        };
        return WithSummary(row, graph.Facts[key].Values, withLargestAmount);
    }

    /// <summary>Distinct stories among a fact's articles: copies of one story are one source.</summary>
    public static int Sources(ICollection<StoredEdge> edges) => edges.Select(e => e.Story).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Adds articles, sources, firstSeen, lastSeen (and largestAmount) and the evidence list to a row.</summary>
    public static JsonObject WithSummary(JsonObject row, ICollection<StoredEdge> edges, bool withLargestAmount = false)
    {
        var seen = edges.Select(e => e.Seen).OfType<string>().Order(StringComparer.Ordinal).ToList();
        row["articles"] = edges.Count;
        row["sources"] = Sources(edges);
        row["firstSeen"] = seen.FirstOrDefault();
        row["lastSeen"] = seen.LastOrDefault();
        if (withLargestAmount) row["largestAmount"] = edges.Max(e => e.Amount);
        row["evidence"] = new JsonArray([.. edges.OrderBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start).Take(MaxEvidence).Select(Evidence)]);
        return row;
    }

    public static JsonArray? Strings(IEnumerable<string>? values) =>
        values is null ? null : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
