using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GeoGraph.Graph.Reading;

/// <summary>
/// Source-generated JSON for the rows the canned queries answer with, in the web defaults (camel case) that both
/// stores use: the embedded store writes its records with it, and rows from Neo4j are read back into records with it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EntityRef))]
[JsonSerializable(typeof(EntitySummary))]
[JsonSerializable(typeof(EvidenceView))]
[JsonSerializable(typeof(FactView))]
[JsonSerializable(typeof(MoneyFlowView))]
[JsonSerializable(typeof(NeighbourView))]
[JsonSerializable(typeof(EntityRow))]
[JsonSerializable(typeof(EntityDetail))]
[JsonSerializable(typeof(PathEdge))]
[JsonSerializable(typeof(PathView))]
[JsonSerializable(typeof(ArticleFact))]
[JsonSerializable(typeof(StoryView))]
[JsonSerializable(typeof(ArticleDetail))]
[JsonSerializable(typeof(ArticleSummary))]
[JsonSerializable(typeof(CountRow))]
[JsonSerializable(typeof(GraphStats))]
public sealed partial class ViewJson : JsonSerializerContext
{
    /// <summary>The generated contract for a row type; every record a canned query answers with is one of the types above.</summary>
    public static JsonTypeInfo<T> For<T>() =>
        Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T> ?? throw new InvalidOperationException($"{typeof(T).Name} is not a row type of the canned queries.");
}
