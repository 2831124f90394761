using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Startup;
using GeoGraph.Neo4j.Tests.Client;
using GeoGraph.Testing.QueryApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GeoGraph.Neo4j.Tests.Startup;

/// <summary>Start-up against Neo4j: the schema once before any write, a clear stop when the credentials are refused.</summary>
public sealed class Neo4jStartupTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private Neo4jStandIn _neo4j = null!;
    private QueryApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _neo4j = await Neo4jStandIn.StartAsync();
        _client = StandInClient.For(_neo4j, o => o.MaxRetries = 1);
    }

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    [Fact]
    public async Task Stops_with_a_clear_reason_when_neo4j_refuses_the_credentials()
    {
        _neo4j.Otherwise = _ => Neo4jErrors.Unauthorized();
        var readiness = new Neo4jReadiness();
        var initializer = new Neo4jSchemaInitializer(new Neo4jSchema(_client), readiness, new FakeTimeProvider(), NullLogger<Neo4jSchemaInitializer>.Instance);

        await initializer.StartAsync(CancellationToken.None);
        var run = () => initializer.ExecuteTask!.WaitAsync(Patience);

        (await run.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("NEO4J_AUTH");
        readiness.IsReady.Should().BeFalse();
        readiness.State.Should().Contain("refused");
    }

    [Fact]
    public async Task Keeps_waiting_with_backoff_while_neo4j_is_unreachable()
    {
        _neo4j.Otherwise = _ => new Neo4jStandIn.Reply(503);
        var clock = new FakeTimeProvider();
        var readiness = new Neo4jReadiness();
        var initializer = new Neo4jSchemaInitializer(new Neo4jSchema(_client), readiness, clock, NullLogger<Neo4jSchemaInitializer>.Instance);
        await initializer.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _neo4j.Requests.Count >= 2);

        _neo4j.Otherwise = _ => Neo4jStandIn.Data([], []);

        // The clock moves on until the next attempt: a single step could come before the start-up has set its back-off
        // timer, which would then wait for a step that never comes.
        await WaitUntilAsync(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            return readiness.IsReady;
        });
        await initializer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Applies_the_schema_once_for_every_concurrent_writer_and_again_after_a_failure()
    {
        _neo4j.Then(new Neo4jStandIn.Reply(503)).Then(new Neo4jStandIn.Reply(503));
        var schema = new Neo4jSchema(_client);

        var failed = () => schema.EnsureAppliedAsync();
        await failed.Should().ThrowAsync<Neo4jException>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => schema.EnsureAppliedAsync()));

        _neo4j.Requests.Select(r => r.Statement).Count(s => s.StartsWith("CREATE CONSTRAINT entity_id", StringComparison.Ordinal)).Should().Be(3);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (!condition()) await Task.Delay(20, deadline.Token);
    }
}
