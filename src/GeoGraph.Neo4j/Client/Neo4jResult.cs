using System.Text.Json.Nodes;

namespace GeoGraph.Neo4j.Client;

/// <summary>
/// What a statement returned: its fields and one object per row, keyed by field; and, for a statement prefixed with
/// EXPLAIN or PROFILE, the plan Neo4j chose (operatorType, arguments, children and, when profiled, rows and dbHits).
/// </summary>
public sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonObject> Rows, JsonObject? Plan = null)
{
    public static Neo4jResult From(JsonNode? body)
    {
        var data = body?["data"];
        var fields = data?["fields"]?.AsArray().Select(f => f!.GetValue<string>()).ToList() ?? [];
        var rows = data?["values"]?.AsArray()
            .Select(values => new JsonObject(fields.Select((field, i) => KeyValuePair.Create(field, values!.AsArray()[i]?.DeepClone()))))
            .ToList() ?? [];
        var plan = (body?["profiledQueryPlan"] ?? body?["queryPlan"])?.DeepClone() as JsonObject;
        return new Neo4jResult(fields, rows, plan);
    }
}
