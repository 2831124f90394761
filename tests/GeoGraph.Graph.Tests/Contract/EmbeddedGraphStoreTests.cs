using GeoGraph.Graph.Embedded;

namespace GeoGraph.Graph.Tests.Contract;

public sealed class EmbeddedGraphStoreTests : GraphStoreContractTests
{
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult<IGraphStore>(new EmbeddedGraphStore());
}
