namespace GeoGraph.Testing.LiveNeo4j;

/// <summary>
/// The real Neo4j the live tests use: the one GEOGRAPH_TEST_NEO4J_URI names, with GEOGRAPH_TEST_NEO4J_USER (default
/// neo4j) and GEOGRAPH_TEST_NEO4J_PASSWORD. Without the URI there is none, and the live tests report themselves skipped.
/// </summary>
public static class LiveNeo4j
{
    public static Uri? Uri { get; } = Environment.GetEnvironmentVariable("GEOGRAPH_TEST_NEO4J_URI") is { Length: > 0 } uri ? new Uri(uri) : null;

    public static string User { get; } = Environment.GetEnvironmentVariable("GEOGRAPH_TEST_NEO4J_USER") is { Length: > 0 } user ? user : "neo4j";

    public static string? Password { get; } = Environment.GetEnvironmentVariable("GEOGRAPH_TEST_NEO4J_PASSWORD");

    /// <summary>Why the live tests cannot run here, or null when they can.</summary>
    public static string? WhyUnavailable { get; } = Uri is null
        ? "No live Neo4j: set GEOGRAPH_TEST_NEO4J_URI (and GEOGRAPH_TEST_NEO4J_USER, GEOGRAPH_TEST_NEO4J_PASSWORD) to run this test."
        : null;
}
