using System.Net.Http.Json;
using GeoGraph.Api.Endpoints;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class RelationAndPathEndpointTests(GeoGraphApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Lists_facts_of_a_type_with_evidence()
    {
        var sales = await _client.GetFromJsonAsync<List<FactView>>("/api/relations?type=SOLD&subject=russia&object=venezuela");
        sales!.Should().ContainSingle().Which.Articles.Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task Finds_the_path_from_sechin_through_rosneft_to_junin_6()
    {
        var response = await _client.GetFromJsonAsync<PathEndpoints.PathsResponse>("/api/paths?from=igor-sechin&to=junin-6");
        response!.MaxHops.Should().Be(4);
        response.Paths.Should().ContainSingle().Which.Nodes.Select(n => n.Id).Should().Equal("igor-sechin", "rosneft", "junin-6");
    }

    [Theory]
    [InlineData("/api/relations?type=LIKES", "type")]
    [InlineData("/api/relations?subject=Bad%20Id", "subject")]
    [InlineData("/api/relations?limit=-1", "limit")]
    [InlineData("/api/paths?from=igor-sechin&to=junin-6&maxHops=7", "maxHops")]
    [InlineData("/api/paths?from=igor-sechin&to=junin-6&maxHops=0", "maxHops")]
    [InlineData("/api/paths?to=junin-6", "from")]
    public async Task Rejects_bad_parameters_naming_them(string url, string parameter) =>
        await (await _client.GetAsync(url)).ShouldBeBadRequestNaming(parameter);

    [Fact]
    public async Task Answers_a_path_from_an_unknown_entity_with_404() =>
        await (await _client.GetAsync("/api/paths?from=no-such-entity&to=junin-6")).ShouldBeNotFoundProblem();
}
