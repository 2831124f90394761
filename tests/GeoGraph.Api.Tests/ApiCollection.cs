namespace GeoGraph.Api.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<GeoGraphApiFactory>
{
    public const string Name = "API on the seeds";
}

/// <summary>An API of its own for tests that write, so the read tests see only the seeds.</summary>
public sealed class WritableApiFactory : GeoGraphApiFactory;

[CollectionDefinition(Name)]
public sealed class WritableApiCollection : ICollectionFixture<WritableApiFactory>
{
    public const string Name = "API taking writes";
}
