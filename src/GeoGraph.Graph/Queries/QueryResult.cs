using System.Text.Json.Nodes;

namespace GeoGraph.Graph.Queries;

/// <summary>The rows of a canned query, each a JSON object keyed by the query's RETURN columns.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonObject> Rows);
