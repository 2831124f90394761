namespace GeoGraph.Graph.Queries;

/// <summary>Validated values for a canned query's parameters: strings, longs, or null for an optional one left out.</summary>
public sealed class QueryArguments
{
    private readonly Dictionary<string, object?> _values;

    internal QueryArguments(Dictionary<string, object?> values) => _values = values;

    public IReadOnlyDictionary<string, object?> Values => _values;

    public string String(string name) => (string)_values[name]!;

    public string? OptionalString(string name) => _values.GetValueOrDefault(name) as string;

    public int Integer(string name) => (int)(long)_values[name]!;

    public int? OptionalInteger(string name) => _values.GetValueOrDefault(name) is long value ? (int)value : null;
}
