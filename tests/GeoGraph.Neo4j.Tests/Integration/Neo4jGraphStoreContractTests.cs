using GeoGraph.Graph;
using GeoGraph.Graph.Tests.Contract;
using GeoGraph.Neo4j.Store;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>The store contract, run against a real Neo4j; skipped, with the reason, when there is none.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreContractTests(Neo4jServer neo4j) : GraphStoreContractTests
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        Skip.If(neo4j.WhyUnavailable is not null, neo4j.WhyUnavailable);
        return new Neo4jGraphStore(await neo4j.CreateEmptyAsync());
    }
}
