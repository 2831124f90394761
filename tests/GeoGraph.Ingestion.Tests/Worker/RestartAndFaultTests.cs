using System.Text.Json.Nodes;
using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Worker;
using GeoGraph.Neo4j;
using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Store;
using GeoGraph.Testing.QueryApi;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Tests.Worker;

/// <summary>Stopping in the middle of a load, and a store that fails, lose nothing and load nothing twice.</summary>
public sealed class RestartAndFaultTests
{
    private static string Article(int n) => $"Company{n:D4} Energy signed a supply contract with Firm{n:D4} Holdings on Monday.";

    private static void WriteArticles(string folder, int count)
    {
        for (var n = 0; n < count; n++) File.WriteAllText(Path.Combine(folder, $"article-{n:D4}.txt"), Article(n));
    }

    [Fact]
    public async Task A_load_stopped_half_way_and_started_again_ingests_every_file_exactly_once()
    {
        const int files = 1000;
        var store = new EmbeddedGraphStore();
        var seeds = Directory.CreateTempSubdirectory("geograph-restart-").FullName;
        WriteArticles(seeds, files);
        try
        {
            var stalling = new StallingStore(store, afterUpserts: files / 3);
            await using (var first = await WorkerHost.StartAsync(arrangeSeeds: _ => { }, store: stalling, seedsPath: seeds, waitForReady: false))
            {
                await first.WaitUntilAsync(() => stalling.Stalled);
            }
            var loadedBeforeStop = (await new GraphReader(store, QueryCatalogue.Default).GetStatsAsync(default)).Articles;

            await using var second = await WorkerHost.StartAsync(arrangeSeeds: _ => { }, store: store, seedsPath: seeds);

            var stats = await new GraphReader(store, QueryCatalogue.Default).GetStatsAsync(default);
            loadedBeforeStop.Should().Be(files / 3, "the first run stopped in the middle of an article");
            stats.Articles.Should().Be(files);
            stats.Relations["SIGNED"].Should().Be(files);
            stats.Entities["Organization"].Should().Be(2 * files);
            second.Status.Outcomes.Count(o => o.State == IngestionState.Unchanged).Should().Be(loadedBeforeStop, "what was loaded before is not loaded again");
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    [Fact]
    public async Task Marks_an_article_done_only_after_neo4j_committed_it_and_retries_the_rest()
    {
        await using var neo4j = await Neo4jStandIn.StartAsync();
        var upserts = 0;
        var failUpserts = true;
        neo4j.Otherwise = request =>
        {
            var statement = request.Body?["statement"]?.GetValue<string>() ?? "";
            if (!statement.Contains("UNWIND $facts")) return Neo4jStandIn.Data(["contentHash"], []);
            if (failUpserts) return Neo4jStandIn.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "Database unavailable");
            Interlocked.Increment(ref upserts);
            return Neo4jStandIn.Data(["id"], [["x"]]);
        };
        var options = new Neo4jOptions { Uri = neo4j.Uri, Password = "pw", MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(1) };
        var store = new Neo4jGraphStore(new QueryApiClient(new HttpClient(), Options.Create(options), Neo4jResilience.Create(options, TimeProvider.System)));
        await using var host = await WorkerHost.StartAsync(store: store);

        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "a.txt"), Article(1));
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Failed);
        host.Status.Outcomes.Should().NotContain(o => o.State == IngestionState.Ingested);

        failUpserts = false;
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Ingested);
        upserts.Should().Be(1);
    }

    [Fact]
    public async Task Survives_slow_answers_and_a_refused_connection_by_retrying()
    {
        await using var neo4j = await Neo4jStandIn.StartAsync();
        neo4j.Then(new Neo4jStandIn.Reply(202, Delay: TimeSpan.FromSeconds(4)))
             .Then(Neo4jStandIn.Error(503, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
        neo4j.Otherwise = _ => Neo4jStandIn.Data(["contentHash"], []);
        var options = new Neo4jOptions { Uri = neo4j.Uri, Password = "pw", MaxRetries = 4, RetryDelay = TimeSpan.FromMilliseconds(1), RequestTimeout = TimeSpan.FromMilliseconds(1000) };
        var store = new Neo4jGraphStore(new QueryApiClient(new HttpClient(), Options.Create(options), Neo4jResilience.Create(options, TimeProvider.System)));
        await using var host = await WorkerHost.StartAsync(store: store);

        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "b.txt"), Article(2));
        await host.WaitUntilAsync(() => host.OutcomeOf("b.txt")?.State == IngestionState.Ingested);

        neo4j.Requests.Count.Should().BeGreaterThanOrEqualTo(4, "a slow answer and a deadlock were retried");
    }

    [Fact]
    public async Task Lets_the_article_in_progress_finish_when_asked_to_stop()
    {
        var store = new EmbeddedGraphStore();
        var seeds = Directory.CreateTempSubdirectory("geograph-stop-").FullName;
        WriteArticles(seeds, 200);
        try
        {
            await using (var host = await WorkerHost.StartAsync(arrangeSeeds: _ => { }, store: store, seedsPath: seeds, waitForReady: false))
            {
                await host.WaitUntilAsync(() => host.Status.Outcomes.Count >= 20);
            }
            var reader = new GraphReader(store, QueryCatalogue.Default);
            var stats = await reader.GetStatsAsync(default);
            stats.Relations.GetValueOrDefault("SIGNED").Should().Be(stats.Articles, "every article in the store is whole: its fact came with it");
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    /// <summary>A store that stops answering after some writes, as a process killed in the middle of a load would.</summary>
    private sealed class StallingStore(IGraphStore inner, int afterUpserts) : IGraphStore
    {
        private int _upserts;

        public bool Stalled => Volatile.Read(ref _upserts) > afterUpserts;

        public async Task UpsertArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _upserts) > afterUpserts) await Task.Delay(Timeout.Infinite, cancellationToken);
            await inner.UpsertArticleAsync(article, cancellationToken);
        }

        public Task RemoveArticleAsync(string articleId, CancellationToken cancellationToken = default) => inner.RemoveArticleAsync(articleId, cancellationToken);

        public Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default) => inner.GetContentHashAsync(articleId, cancellationToken);

        public Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default) =>
            inner.QueryAsync(query, arguments, cancellationToken);
    }
}
