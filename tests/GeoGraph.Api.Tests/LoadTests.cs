using System.Net;
using System.Net.Http.Json;
using System.Text;
using GeoGraph.Api.Endpoints;
using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Tests;

/// <summary>Fifty concurrent writers posting articles while readers query: no lost or duplicated facts, no 5xx. Bounded: it ends by itself.</summary>
[Collection(WritableApiCollection.Name)]
public sealed class LoadTests(WritableApiFactory factory)
{
    private const int Writers = 50;
    private const int PostsPerWriter = 4;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Ten distinct articles, each posted many times by different writers.</summary>
    private static string Article(int n) =>
        $"Company{n:D2} Energy signed a supply contract with Firm{n:D2} Holdings on Monday. Firm{n:D2} Holdings will sell crude to Company{n:D2} Energy.";

    [Fact]
    public async Task Concurrent_writers_and_readers_lose_and_duplicate_nothing()
    {
        using var deadline = new CancellationTokenSource(Limit);
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var writing = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            using var client = factory.CreateClient();
            for (var p = 0; p < PostsPerWriter; p++)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(Article((w + p) % 10), Encoding.UTF8, "text/plain") };
                request.Headers.Add(ApiKeyFilter.Header, GeoGraphApiFactory.ApiKey);
                statuses.Add((await client.SendAsync(request, deadline.Token)).StatusCode);
            }
        }));
        var reading = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            using var client = factory.CreateClient();
            for (var i = 0; i < 30; i++)
            {
                statuses.Add((await client.GetAsync("/api/entities?search=company&limit=20", deadline.Token)).StatusCode);
                statuses.Add((await client.GetAsync("/api/relations?type=SIGNED&limit=50", deadline.Token)).StatusCode);
            }
        }));
        await Task.WhenAll(writing.Concat(reading));

        statuses.Should().HaveCount(Writers * PostsPerWriter + 10 * 30 * 2).And.OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.Accepted);
        var expected = await ExpectedStatsAsync();
        using var reader = factory.CreateClient();
        GraphStats? actual = null;
        while (!deadline.IsCancellationRequested)
        {
            actual = await reader.GetFromJsonAsync<GraphStats>("/api/stats", deadline.Token);
            if (actual!.Articles == expected.Articles) break;
            await Task.Delay(100, deadline.Token);
        }
        actual.Should().BeEquivalentTo(expected);
    }

    /// <summary>The seeds and the ten distinct articles, each loaded once into a fresh store.</summary>
    private async Task<GraphStats> ExpectedStatsAsync()
    {
        var store = new EmbeddedGraphStore();
        var extractor = new ArticleExtractor();
        var texts = Directory.GetFiles(factory.SeedsPath, "*.txt").Select(File.ReadAllText)
            .Concat(Enumerable.Range(0, 10).Select(n => Article(n) + "\n"))
            .Concat(factory.PostedElsewhere());
        var i = 0;
        foreach (var text in texts)
        {
            var id = $"a{i++}";
            await store.UpsertArticleAsync(new ArticleRecord(id, id + ".txt", id, DateTimeOffset.UtcNow, extractor.Extract(id, text)));
        }
        return await new GraphReader(store, QueryCatalogue.Default).GetStatsAsync(default);
    }
}
