namespace GeoGraph.Neo4j.Startup;

/// <summary>Whether Neo4j has answered and the schema is in place; /health/ready reports not-ready until then.</summary>
public sealed class Neo4jReadiness
{
    private volatile bool _ready;
    private volatile string _state = "Waiting for Neo4j.";

    public bool IsReady => _ready;

    public string State => _state;

    internal void Waiting(string reason)
    {
        _ready = false;
        _state = reason;
    }

    internal void Ready()
    {
        _state = "Neo4j answers and the schema is in place.";
        _ready = true;
    }
}
