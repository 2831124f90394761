namespace GeoGraph.Testing.LiveNeo4j;

/// <summary>A test that needs a real Neo4j: skipped, with the reason, when <see cref="LiveNeo4j"/> names none.</summary>
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public LiveNeo4jFactAttribute() => Skip = LiveNeo4j.WhyUnavailable;
}
