using System.Net;
using GeoGraph.Graph;
using GeoGraph.Graph.Queries;
using GeoGraph.Testing.QueryApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

/// <summary>How the API behaves when its store is down: 503 answers, and not-ready until Neo4j answers.</summary>
public sealed class StoreFailureTests : OwnApiTests
{
    [Fact]
    public async Task Answers_503_with_a_problem_when_the_store_is_unavailable()
    {
        await using var api = Api("Testing", b => b.ConfigureTestServices(s => s.AddSingleton<IGraphStore, UnavailableStore>()));

        var response = await api.CreateClient().GetAsync("/api/stats");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().NotBeNull();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Reports_not_ready_until_neo4j_answers_then_ready()
    {
        Neo4j.Otherwise = _ => new Neo4jStandIn.Reply(503);
        await using var api = Api("Testing", b =>
        {
            b.UseSetting("GeoGraph:Store", "Neo4j");
            b.UseSetting("GeoGraph:Neo4j:Uri", Neo4j.Uri.ToString());
            b.UseSetting("GeoGraph:Neo4j:Password", "pw");
            b.UseSetting("GeoGraph:Neo4j:MaxRetries", "1");
            b.UseSetting("GeoGraph:Neo4j:RetryDelay", "00:00:00.001");
        });
        var client = api.CreateClient();

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);

        Neo4j.Otherwise = _ => Neo4jStandIn.Data(["contentHash"], []);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the API should become ready once Neo4j answers");
            await Task.Delay(100);
        }
        Neo4j.Requests.Should().Contain(r => r.Body != null && r.Body["statement"]!.ToString().StartsWith("CREATE CONSTRAINT entity_id IF NOT EXISTS"));
    }

    private sealed class UnavailableStore : IGraphStore
    {
        private static Exception Down() => new GraphStoreUnavailableException("down for the test");
        public Task UpsertArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default) => throw Down();
        public Task RemoveArticleAsync(string articleId, CancellationToken cancellationToken = default) => throw Down();
        public Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default) => throw Down();
        public Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default) => throw Down();
    }
}
