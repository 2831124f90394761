namespace GeoGraph.Testing.LiveNeo4j;

/// <summary>A theory that needs a real Neo4j: skipped, with the reason, when <see cref="LiveNeo4j"/> names none.</summary>
public sealed class LiveNeo4jTheoryAttribute : TheoryAttribute
{
    public LiveNeo4jTheoryAttribute() => Skip = LiveNeo4j.WhyUnavailable;
}
