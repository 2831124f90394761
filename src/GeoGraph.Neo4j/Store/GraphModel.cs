using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Neo4j.Store;

/// <summary>The vocabulary of the Neo4j graph: labels, relationship types and property keys the Cypher files use.</summary>
public static class GraphModel
{
    public static IReadOnlyList<string> Labels { get; } = ["Entity", "Article", .. Enum.GetNames<EntityType>()];

    public static IReadOnlyList<string> RelationshipTypes { get; } = [.. RelationTypes.AllNames, "MENTIONS"];

    public static IReadOnlyList<string> PropertyKeys { get; } =
    [
        "id", "name", "type", "aliases",
        "fileName", "title", "published", "source", "contentHash", "ingestedAt", "factCount", "story", "minhash",
        .. Enumerable.Range(0, StoryFingerprint.BandCount).Select(i => $"band{i}"),
        "article", "sentence", "start", "end", "amount", "currency", "items", "stake", "date", "planned", "rule", "confidence", "seen", "when",
        "subject", "object", "props",
    ];
}
