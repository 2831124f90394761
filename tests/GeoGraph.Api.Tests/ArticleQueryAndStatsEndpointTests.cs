using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeoGraph.Api.Endpoints;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class ArticleQueryAndStatsEndpointTests(GeoGraphApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Lists_the_ingested_seed_articles()
    {
        var articles = await _client.GetFromJsonAsync<ArticleEndpoints.ArticleList>("/api/articles");
        articles!.Items.Should().HaveCount(5);
        articles.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task Lists_articles_a_page_at_a_time()
    {
        var first = await _client.GetFromJsonAsync<ArticleEndpoints.ArticleList>("/api/articles?limit=3");
        var rest = await _client.GetFromJsonAsync<ArticleEndpoints.ArticleList>("/api/articles?offset=3&limit=3");

        first!.HasMore.Should().BeTrue();
        rest!.HasMore.Should().BeFalse();
        first.Items.Concat(rest.Items).Select(a => a.Id).Should().OnlyHaveUniqueItems().And.HaveCount(5);
    }

    [Fact]
    public async Task Shows_an_article_with_its_facts()
    {
        var article = await _client.GetFromJsonAsync<ArticleDetail>("/api/articles/003_2e36d6adccfe9259");
        article!.Published.Should().Be("2008-09-26");
        article.Facts.Should().Contain(f => f.Type == "SIGNED" && f.Subject.Id == "gazprom" && f.Object.Id == "pdvsa");
    }

    [Fact]
    public async Task Answers_an_unknown_article_with_404() =>
        await (await _client.GetAsync("/api/articles/no-such-article")).ShouldBeNotFoundProblem();

    [Fact]
    public async Task Lists_the_canned_queries_with_their_cypher()
    {
        var queries = await _client.GetFromJsonAsync<List<QueryEndpoints.QueryInfo>>("/api/queries");
        queries!.Should().Contain(q => q.Name == "money-flows" && q.Cypher.Contains("FUNDED"));
    }

    [Fact]
    public async Task Runs_a_canned_query_with_parameters_from_the_query_string()
    {
        var result = await _client.GetFromJsonAsync<JsonObject>("/api/queries/deals-between?a=gazprom&b=pdvsa&limit=5");
        result!["rows"]!.AsArray().Should().ContainSingle();
    }

    [Theory]
    [InlineData("/api/queries/deals-between?a=gazprom&limit=5", "b")]
    [InlineData("/api/queries/visits?limit=5&colour=red", "colour")]
    [InlineData("/api/queries/visits?limit=5000", "limit")]
    [InlineData("/api/queries/relations?type=LIKES&limit=5", "type")]
    [InlineData("/api/queries/visits?since=1/2/2008&limit=5", "since")]
    public async Task Rejects_bad_query_arguments_naming_them(string url, string parameter) =>
        await (await _client.GetAsync(url)).ShouldBeBadRequestNaming(parameter);

    [Fact]
    public async Task Reads_a_relation_type_in_any_case_as_the_relations_endpoint_does()
    {
        var canned = await _client.GetFromJsonAsync<JsonObject>("/api/queries/relations?type=sold&limit=50");
        var endpoint = await _client.GetFromJsonAsync<JsonObject>("/api/relations?type=sold&limit=50");

        canned!["rows"]!.AsArray().Should().NotBeEmpty().And.HaveCount(endpoint!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Answers_an_unknown_query_with_404() =>
        await (await _client.GetAsync("/api/queries/drop-everything")).ShouldBeNotFoundProblem();

    [Fact]
    public async Task Counts_entities_and_relations_by_type()
    {
        var stats = await _client.GetFromJsonAsync<GraphStats>("/api/stats");
        stats!.Articles.Should().Be(5);
        stats.Relations.Keys.Should().Contain(["SIGNED", "SOLD", "VISITED", "FUNDED"]);
    }

    [Fact]
    public async Task Loading_the_seeds_again_leaves_the_stats_unchanged()
    {
        var before = await _client.GetStringAsync("/api/stats");
        var ingestor = factory.Services.GetRequiredService<ArticleIngestor>();
        foreach (var seed in Directory.GetFiles(factory.SeedsPath, "*.txt"))
            (await ingestor.IngestAsync(seed, factory.SeedsPath, ownsFile: false, default)).State.Should().Be(IngestionState.Unchanged);

        (await _client.GetStringAsync("/api/stats")).Should().Be(before);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    public async Task Answers_health_and_openapi(string url) =>
        (await _client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
}
