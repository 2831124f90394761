namespace GeoGraph.Graph.Queries;

public enum ParameterType
{
    String,
    Integer,
}

/// <summary>A parameter a canned query declares in its header: <c>// @param limit int Maximum number of rows</c>.</summary>
public sealed record QueryParameter(string Name, ParameterType Type, bool Optional, string Description);
