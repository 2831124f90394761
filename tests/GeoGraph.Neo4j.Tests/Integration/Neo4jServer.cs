using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Startup;
using GeoGraph.Testing.LiveNeo4j;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>
/// The live Neo4j of <see cref="LiveNeo4j"/>, shared by the integration tests: waited for and given the schema once;
/// <see cref="WhyUnavailable"/> says why not when there is none.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);
    private static readonly string Wipe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Integration", "wipe.cypher"));

    public string? WhyUnavailable => LiveNeo4j.WhyUnavailable;

    public Neo4jOptions Options { get; } = new()
    {
        Uri = LiveNeo4j.Uri ?? new Uri("http://localhost:7474"), User = LiveNeo4j.User, Password = LiveNeo4j.Password, RetryDelay = TimeSpan.FromMilliseconds(100),
    };

    public async Task InitializeAsync()
    {
        if (WhyUnavailable is null) await WaitUntilItAnswersAsync();
    }

    public QueryApiClient CreateClient() =>
        new(new HttpClient(), Microsoft.Extensions.Options.Options.Create(Options), Neo4jResilience.Create(Options, TimeProvider.System));

    /// <summary>A client to an empty database.</summary>
    public async Task<QueryApiClient> CreateEmptyAsync()
    {
        var client = CreateClient();
        await client.RunAsync(Wipe, null);
        return client;
    }

    private async Task WaitUntilItAnswersAsync()
    {
        var readiness = new Neo4jReadiness();
        var initializer = new Neo4jSchemaInitializer(new Neo4jSchema(CreateClient()), readiness, TimeProvider.System, NullLogger<Neo4jSchemaInitializer>.Instance);
        using var timeout = new CancellationTokenSource(StartupTimeout);
        await initializer.StartAsync(timeout.Token);
        while (!readiness.IsReady)
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"Neo4j at {Options.Uri} did not answer within {StartupTimeout}: {readiness.State}");
            await Task.Delay(250);
        }
        await initializer.StopAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
