using GeoGraph.Testing.QueryApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoGraph.Api.Tests;

/// <summary>Tests that start an API of their own: temporary folders, the seeds, and a fake Neo4j to point it at.</summary>
public abstract class OwnApiTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("geograph-own-api-").FullName;

    protected Neo4jStandIn Neo4j { get; private set; } = null!;

    public async Task InitializeAsync() => Neo4j = await Neo4jStandIn.StartAsync();

    public async Task DisposeAsync()
    {
        await Neo4j.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    protected WebApplicationFactory<Program> Api(string environment, Action<IWebHostBuilder> configure) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("GeoGraph:Ingestion:SeedsPath", Path.Combine(AppContext.BaseDirectory, "seeds"));
            builder.UseSetting("GeoGraph:Ingestion:InboxPath", Path.Combine(_root, "inbox"));
            builder.UseSetting("GeoGraph:Ingestion:QuarantinePath", Path.Combine(_root, "quarantine"));
            builder.UseSetting("GeoGraph:Ingestion:DataPath", Path.Combine(_root, "data"));
            configure(builder);
        });
}
