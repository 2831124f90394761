using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoGraph.Api.Tests.OpenApi;

/// <summary>The OpenAPI document, checked by Redocly's linter and by what it must say of each endpoint.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(GeoGraphApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [SkippableFact]
    public async Task Redocly_finds_no_error_in_the_openapi_document()
    {
        Skip.If(OutsideClients.WhyUnavailable is not null, OutsideClients.WhyUnavailable);
        var file = Path.Combine(Directory.CreateTempSubdirectory("geograph-openapi-").FullName, "v1.json");
        await File.WriteAllTextAsync(file, await _client.GetStringAsync("/openapi/v1.json"));

        using var report = OutsideClients.Lint(file);

        var errors = report.RootElement.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("severity").GetString() == "error")
            .Select(p => $"{p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()}");
        errors.Should().BeEmpty();
        report.RootElement.GetProperty("totals").GetProperty("errors").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Describes_every_status_each_endpoint_answers_with()
    {
        var document = (await _client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

        foreach (var (path, item) in document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var statuses = operation!["responses"]!.AsObject().Select(r => r.Key).ToList();
                statuses.Should().Contain(["429", "503"], $"{method} {path} can answer each");
                if (path is "/api/stats" || path == "/api/queries") statuses.Should().NotContain("400", $"{method} {path} takes no parameters");
                else statuses.Should().Contain("400", $"{method} {path} takes parameters");
                if (path.Contains('{')) statuses.Should().Contain("404", $"{method} {path} names something that may not exist");
            }
        }
        document["paths"]!["/api/articles"]!["post"]!["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["202", "401"]);
    }

    [Fact]
    public async Task Declares_the_api_key_scheme_both_article_bodies_and_the_optional_fields()
    {
        var document = (await _client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var post = document["paths"]!["/api/articles"]!["post"]!;

        document["components"]!["securitySchemes"]!["ApiKey"]!.ToJsonString().Should().Contain("\"in\":\"header\"").And.Contain("\"name\":\"X-Api-Key\"");
        post["security"]![0]!.AsObject().Select(s => s.Key).Should().Equal("ApiKey");
        document["paths"]!["/api/entities"]!["get"]!["security"]![0]!.AsObject().Should().BeEmpty("reads need no key");
        post["requestBody"]!["content"]!.AsObject().Select(c => c.Key).Should().BeEquivalentTo(["application/json", "text/plain"]);
        document["components"]!["schemas"]!["ArticleSubmission"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("text");
    }

    [Fact]
    public async Task Describes_the_sources_of_every_fact_and_neighbour_and_the_story_of_an_article()
    {
        var schemas = (await _client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["components"]!["schemas"]!;

        foreach (var fact in new[] { "FactView", "NeighbourView" })
            schemas[fact]!["properties"]!["sources"]!["type"]!.ToJsonString().Should().Contain("integer", $"{fact} counts its sources");
        schemas["ArticleDetail"]!["properties"]!["story"]!.ToJsonString().Should().Contain("StoryView");
        schemas["StoryView"]!["properties"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(["id", "articles"]);
    }

    [Fact]
    public async Task Types_paging_and_dates_as_integers_and_dates()
    {
        var document = (await _client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var parameters = document["paths"]!["/api/relations"]!["get"]!["parameters"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!.ToJsonString());

        parameters["limit"].Should().Contain("\"type\":\"integer\"");
        parameters["offset"].Should().Contain("\"type\":\"integer\"");
        parameters["since"].Should().Contain("\"format\":\"date\"");
        parameters["until"].Should().Contain("\"format\":\"date\"");
    }
}
