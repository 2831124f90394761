namespace GeoGraph.Graph.Queries;

/// <summary>A canned query was called with a missing or malformed argument; <see cref="Parameter"/> names it.</summary>
public sealed class QueryArgumentException(string parameter, string message) : ArgumentException(message, parameter)
{
    public string Parameter { get; } = parameter;
}
