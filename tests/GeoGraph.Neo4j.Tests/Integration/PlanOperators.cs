using System.Text.Json.Nodes;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>The operators of a Query API plan, flattened: type (without the "@neo4j" suffix), and rows and db hits when profiled.</summary>
internal static class PlanOperators
{
    public sealed record Operator(string Type, long Rows, long DbHits);

    public static IReadOnlyList<Operator> Of(JsonObject? plan) => plan is null ? [] : [.. Walk(plan)];

    private static IEnumerable<Operator> Walk(JsonNode plan)
    {
        yield return new Operator(plan["operatorType"]!.GetValue<string>().Split('@')[0],
            plan["records"]?.GetValue<long>() ?? 0, plan["dbHits"]?.GetValue<long>() ?? 0);
        foreach (var child in plan["children"]?.AsArray() ?? [])
            foreach (var op in Walk(child!)) yield return op;
    }
}
