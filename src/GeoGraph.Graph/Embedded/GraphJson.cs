using System.Text.Json.Nodes;

namespace GeoGraph.Graph.Embedded;

/// <summary>Builds rows shaped exactly like the canned Cypher queries' RETURN maps.</summary>
internal static class GraphJson
{
    public static JsonObject Entity(StoredEntity entity) => new()
    {
        ["id"] = entity.Id,
        ["name"] = entity.Name,
        ["type"] = entity.Type,
    };

    /// <summary>One article's evidence for a fact, as the Cypher projection <c>r {.article, .source, .sentence, …}</c>.</summary>
    public static JsonObject Evidence(StoredEdge edge) => new()
    {
        ["article"] = edge.Article,
        ["source"] = edge.Source,
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

    /// <summary>A fact with its number of articles, first and last seen, and strongest evidence, over the given edges.</summary>
    public static JsonObject Fact(EmbeddedGraph graph, FactKey key, IReadOnlyList<StoredEdge> edges, bool withLargestAmount = false)
    {
        var row = new JsonObject
        {
            ["subject"] = Entity(graph.Entities[key.Subject]),
            ["type"] = key.Type,
            ["object"] = Entity(graph.Entities[key.Object]),
        };
        return WithSummary(row, edges, withLargestAmount);
    }

    /// <summary>Adds articles, firstSeen, lastSeen (and largestAmount) and the strongest evidence to a row.</summary>
    public static JsonObject WithSummary(JsonObject row, IReadOnlyList<StoredEdge> edges, bool withLargestAmount = false)
    {
        var seen = edges.Select(e => e.Seen).OfType<string>().Order(StringComparer.Ordinal).ToList();
        row["articles"] = edges.Count;
        row["firstSeen"] = seen.FirstOrDefault();
        row["lastSeen"] = seen.LastOrDefault();
        if (withLargestAmount) row["largestAmount"] = edges.Max(e => e.Amount);
        row["evidence"] = Evidence(Strongest(edges));
        return row;
    }

    /// <summary>The evidence shown with a fact: highest confidence, then first in article and text order.</summary>
    private static StoredEdge Strongest(IEnumerable<StoredEdge> edges) => edges
        .OrderByDescending(e => e.Confidence).ThenBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start).First();

    public static JsonArray? Strings(IEnumerable<string>? values) =>
        values is null ? null : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
