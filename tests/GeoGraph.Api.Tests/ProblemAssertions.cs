using System.Net;
using System.Text.Json;

namespace GeoGraph.Api.Tests;

internal static class ProblemAssertions
{
    /// <summary>Asserts a 400 ValidationProblem whose errors name the parameter.</summary>
    public static async Task ShouldBeBadRequestNaming(this HttpResponseMessage response, string parameter)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("errors").TryGetProperty(parameter, out _).Should().BeTrue($"the errors should name '{parameter}'");
    }

    /// <summary>Asserts a 404 with a ProblemDetails body.</summary>
    public static async Task ShouldBeNotFoundProblem(this HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetInt32().Should().Be(404);
    }
}
