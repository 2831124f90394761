namespace GeoGraph.Api.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<GeoGraphApiFactory>
{
    public const string Name = "API on the seeds";
}
