using System.Text.Json.Nodes;

namespace GeoGraph.Neo4j.Client;

/// <summary>What a statement returned: its fields and one object per row, keyed by field.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonObject> Rows)
{
    public static Neo4jResult From(JsonNode? data)
    {
        var fields = data?["fields"]?.AsArray().Select(f => f!.GetValue<string>()).ToList() ?? [];
        var rows = data?["values"]?.AsArray()
            .Select(values => new JsonObject(fields.Select((field, i) => KeyValuePair.Create(field, values!.AsArray()[i]?.DeepClone()))))
            .ToList() ?? [];
        return new Neo4jResult(fields, rows);
    }
}
