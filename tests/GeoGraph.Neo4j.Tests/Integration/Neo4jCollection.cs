namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>One Neo4j for all integration tests; each test wipes it first.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServer>
{
    public const string Name = "Real Neo4j";
}
