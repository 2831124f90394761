using System.Net.Http.Json;
using GeoGraph.Api.Endpoints;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class RelationAndPathEndpointTests(GeoGraphApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Lists_facts_of_a_type_with_their_strongest_evidence()
    {
        var sales = await _client.GetFromJsonAsync<Page<FactView>>("/api/relations?type=SOLD&subject=russia&object=venezuela");
        var sale = sales!.Items.Should().ContainSingle().Subject;
        sale.Articles.Should().BeGreaterThan(1);
        sale.Evidence.Sentence.Should().Contain("Russia");
    }

    [Fact]
    public async Task Answers_what_russia_sold_venezuela_in_2008_in_one_request()
    {
        var all = await _client.GetFromJsonAsync<Page<FactView>>("/api/relations?type=SOLD&subject=russia&object=venezuela");
        var in2008 = await _client.GetFromJsonAsync<Page<FactView>>("/api/relations?type=SOLD&subject=russia&object=venezuela&since=2008-01-01&until=2008-12-31");

        in2008!.Items.Should().ContainSingle().Which.Articles.Should().BeLessThan(all!.Items.Single().Articles);
        in2008.Items.Single().FirstSeen.Should().StartWith("2008");
    }

    [Fact]
    public async Task Pages_through_every_articles_evidence_for_one_fact()
    {
        var sale = (await _client.GetFromJsonAsync<Page<FactView>>("/api/relations?type=SOLD&subject=russia&object=venezuela"))!.Items.Single();
        var first = await _client.GetFromJsonAsync<Page<EvidenceView>>("/api/relations/russia/SOLD/venezuela/evidence?limit=1");
        var all = await _client.GetFromJsonAsync<Page<EvidenceView>>("/api/relations/russia/SOLD/venezuela/evidence");

        first!.Items.Should().ContainSingle();
        first.HasMore.Should().BeTrue();
        all!.Items.Should().HaveCount(sale.Articles).And.BeInAscendingOrder(e => e.Article, StringComparer.Ordinal);
        all.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task Answers_the_evidence_of_an_unknown_fact_with_404() =>
        await (await _client.GetAsync("/api/relations/russia/SIGNED/junin-6/evidence")).ShouldBeNotFoundProblem();

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
    [InlineData("/api/relations?offset=ten", "offset")]
    [InlineData("/api/relations?until=2008-13-01", "until")]
    [InlineData("/api/relations?since=1/2/2008", "since")]
    [InlineData("/api/relations?until=2008-01-01T00:00", "until")]
    [InlineData("/api/relations/russia/LIKES/venezuela/evidence", "type")]
    [InlineData("/api/relations/Russia/SOLD/venezuela/evidence?limit=0", "subject")]
    public async Task Rejects_bad_parameters_naming_them(string url, string parameter) =>
        await (await _client.GetAsync(url)).ShouldBeBadRequestNaming(parameter);

    [Fact]
    public async Task Answers_a_path_from_an_unknown_entity_with_404() =>
        await (await _client.GetAsync("/api/paths?from=no-such-entity&to=junin-6")).ShouldBeNotFoundProblem();
}
