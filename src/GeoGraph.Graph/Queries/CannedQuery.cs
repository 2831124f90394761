namespace GeoGraph.Graph.Queries;

/// <summary>A read query kept as a file in cypher/queries: its name is the file name, its header says what it returns.</summary>
public sealed record CannedQuery(string Name, string Description, IReadOnlyList<QueryParameter> Parameters, string Cypher);
