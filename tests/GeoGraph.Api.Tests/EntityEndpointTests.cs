using System.Net.Http.Json;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class EntityEndpointTests(GeoGraphApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Searches_entities_by_name()
    {
        var entities = await _client.GetFromJsonAsync<List<EntitySummary>>("/api/entities?search=putin");
        entities!.Should().ContainSingle(e => e.Id == "vladimir-putin").Which.Aliases.Should().Contain(["Vladimir Putin", "Putin"]);
    }

    [Fact]
    public async Task Filters_entities_by_type_and_caps_their_number()
    {
        var cities = await _client.GetFromJsonAsync<List<EntitySummary>>("/api/entities?type=City&limit=2");
        cities!.Should().HaveCount(2).And.OnlyContain(e => e.Type == "City");
    }

    [Fact]
    public async Task Shows_putins_visit_to_caracas_with_its_strongest_evidence()
    {
        var putin = await _client.GetFromJsonAsync<EntityDetail>("/api/entities/vladimir-putin");
        var visit = putin!.Neighbours.Items.Single(r => r.Type == "VISITED" && r.Direction == "outgoing" && r.Other.Id == "caracas");
        visit.Articles.Should().Be(2);
        visit.Evidence.Sentence.Should().StartWith("Russian prime minister Vladimir Putin arrived in Caracas");
    }

    [Fact]
    public async Task Pages_through_an_entitys_neighbours_strongest_first()
    {
        var first = await _client.GetFromJsonAsync<EntityDetail>("/api/entities/vladimir-putin?limit=3");
        var next = await _client.GetFromJsonAsync<EntityDetail>("/api/entities/vladimir-putin?offset=3&limit=3");

        first!.Neighbours.Items.Should().HaveCount(3).And.BeInDescendingOrder(n => n.Articles);
        first.Neighbours.HasMore.Should().BeTrue();
        next!.Neighbours.Offset.Should().Be(3);
        next.Neighbours.Items.Should().NotIntersectWith(first.Neighbours.Items);
        var weakestOnFirstPage = first.Neighbours.Items.Min(n => n.Articles);
        next.Neighbours.Items.Should().OnlyContain(n => n.Articles <= weakestOnFirstPage);
    }

    [Theory]
    [InlineData("/api/entities?type=Planet", "type")]
    [InlineData("/api/entities?limit=0", "limit")]
    [InlineData("/api/entities?limit=100000", "limit")]
    [InlineData("/api/entities?limit=ten", "limit")]
    [InlineData("/api/entities/Not%20An%20Id", "id")]
    [InlineData("/api/entities/vladimir-putin?offset=-1", "offset")]
    [InlineData("/api/entities/vladimir-putin?since=last-year", "since")]
    [InlineData("/api/entities/vladimir-putin?since=2010-01-01&until=2009-01-01", "since")]
    public async Task Rejects_bad_parameters_naming_them(string url, string parameter) =>
        await (await _client.GetAsync(url)).ShouldBeBadRequestNaming(parameter);

    [Fact]
    public async Task Answers_an_unknown_entity_with_404() =>
        await (await _client.GetAsync("/api/entities/no-such-entity")).ShouldBeNotFoundProblem();
}
