using System.Net;
using System.Text;
using System.Text.Json;

namespace GeoGraph.Api.Tests.OpenApi;

/// <summary>
/// Stoplight Prism as a validating proxy in front of the real API: every request and answer is checked against the API's
/// own OpenAPI document, and a violation fails the test. Skipped, with the reason, where Node.js is not installed.
/// </summary>
public sealed class PrismProxyTests
{
    private const string Key = "prism-test-key";

    /// <summary>One request, the status it must get, and the one request violation it may cause (a missing key).</summary>
    public sealed record Case(string Kind, HttpMethod Method, string Url, HttpStatusCode Status, HttpContent? Body = null, string? Key = null,
        string? ExpectedRequestViolation = null);

    private static Case Get(string kind, string url, HttpStatusCode status) => new(kind, HttpMethod.Get, url, status);

    private static readonly Case[] Cases =
    [
        Get("good", "/api/entities?search=put", HttpStatusCode.OK),
        Get("good", "/api/entities?type=City&limit=2", HttpStatusCode.OK),
        Get("good", "/api/entities/vladimir-putin", HttpStatusCode.OK),
        Get("good", "/api/entities/vladimir-putin?offset=2&limit=3&since=2007-01-01&until=2009-12-31", HttpStatusCode.OK),
        Get("good", "/api/relations?type=SOLD&subject=russia", HttpStatusCode.OK),
        Get("good", "/api/relations?since=2008-01-01&until=2008-12-31&offset=1&limit=2", HttpStatusCode.OK),
        Get("good", "/api/relations/russia/SOLD/venezuela/evidence?limit=1", HttpStatusCode.OK),
        Get("good", "/api/paths?from=igor-sechin&to=junin-6&maxHops=3", HttpStatusCode.OK),
        Get("good", "/api/articles?offset=1&limit=2", HttpStatusCode.OK),
        Get("good", "/api/articles/003_2e36d6adccfe9259?since=2008-01-01", HttpStatusCode.OK),
        Get("good", "/api/stats", HttpStatusCode.OK),
        Get("good", "/api/queries", HttpStatusCode.OK),
        Get("good", "/api/queries/deals-between?a=gazprom&b=pdvsa&limit=5", HttpStatusCode.OK),
        new("good", HttpMethod.Post, "/api/articles", HttpStatusCode.Accepted,
            new StringContent("""{"text": "Evo Morales travelled to Tehran on Monday.", "source": "https://example.org/a"}""", Encoding.UTF8, "application/json"), Key),
        new("good", HttpMethod.Post, "/api/articles", HttpStatusCode.Accepted,
            new StringContent("Angela Merkel flew to Ankara for talks with Recep Tayyip Erdogan.", Encoding.UTF8, "text/plain"), Key),
        Get("bad", "/api/entities?type=Planet", HttpStatusCode.BadRequest),
        Get("bad", "/api/entities?limit=0", HttpStatusCode.BadRequest),
        Get("bad", "/api/entities/Vladimir-Putin", HttpStatusCode.BadRequest),
        Get("bad", "/api/relations?type=LIKES", HttpStatusCode.BadRequest),
        Get("bad", "/api/relations?since=2010-01-01&until=2009-01-01", HttpStatusCode.BadRequest),
        Get("bad", "/api/paths?from=igor-sechin&to=junin-6&maxHops=9", HttpStatusCode.BadRequest),
        Get("bad", "/api/queries/visits?limit=5&colour=red", HttpStatusCode.BadRequest),
        new("bad", HttpMethod.Post, "/api/articles", HttpStatusCode.BadRequest,
            new StringContent("""{"text": "Evo Morales travelled to Tehran.", "published": "yesterday"}""", Encoding.UTF8, "application/json"), Key),
        Get("unknown", "/api/entities/no-such-entity", HttpStatusCode.NotFound),
        Get("unknown", "/api/articles/no-such-article", HttpStatusCode.NotFound),
        Get("unknown", "/api/queries/drop-everything", HttpStatusCode.NotFound),
        Get("unknown", "/api/relations/russia/SIGNED/junin-6/evidence", HttpStatusCode.NotFound),
        Get("unknown", "/api/paths?from=no-such-entity&to=junin-6", HttpStatusCode.NotFound),
        new("unauthenticated", HttpMethod.Post, "/api/articles", HttpStatusCode.Unauthorized,
            new StringContent("Evo Morales travelled to Tehran.", Encoding.UTF8, "text/plain"), ExpectedRequestViolation: "401"),
        new("unauthenticated", HttpMethod.Post, "/api/articles", HttpStatusCode.Unauthorized,
            new StringContent("Evo Morales travelled to Tehran.", Encoding.UTF8, "text/plain"), "wrong-key"),
    ];

    [SkippableFact]
    public async Task Prism_finds_no_violation_in_good_bad_unknown_and_unauthenticated_requests()
    {
        Skip.If(OutsideClients.WhyUnavailable is not null, OutsideClients.WhyUnavailable);
        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string> { ["GeoGraph__Api__ApiKey"] = Key });
        using var direct = new HttpClient { BaseAddress = api.Address };
        var document = Path.Combine(Directory.CreateTempSubdirectory("geograph-prism-").FullName, "v1.json");
        await File.WriteAllTextAsync(document, await direct.GetStringAsync("/openapi/v1.json"));
        var port = ApiProcess.FreePort();
        using var prism = OutsideClients.StartPrismProxy(document, api.Address, port);
        using var proxy = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitForProxyAsync(proxy, prism);
            var failures = new List<string>();
            foreach (var @case in Cases)
            {
                using var request = new HttpRequestMessage(@case.Method, @case.Url) { Content = @case.Body };
                if (@case.Key is not null) request.Headers.Add("X-Api-Key", @case.Key);
                using var response = await proxy.SendAsync(request);
                if (response.StatusCode != @case.Status) failures.Add($"{@case.Kind} {@case.Method} {@case.Url}: {(int)response.StatusCode}, not {(int)@case.Status}");
                failures.AddRange(Violations(response, @case).Select(v => $"{@case.Kind} {@case.Method} {@case.Url}: {v}"));
            }
            failures.Should().BeEmpty();
        }
        finally
        {
            prism.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Prism's violations, but for the one a case expects of its request.</summary>
    private static IEnumerable<string> Violations(HttpResponseMessage response, Case @case)
    {
        if (!response.Headers.TryGetValues("sl-violations", out var values)) return [];
        using var violations = JsonDocument.Parse(values.Single());
        return [.. violations.RootElement.EnumerateArray()
            .Where(v => !(v.GetProperty("location")[0].GetString() == "request" && v.GetProperty("code").ToString() == @case.ExpectedRequestViolation))
            .Select(v => v.GetRawText())];
    }

    private static async Task WaitForProxyAsync(HttpClient proxy, System.Diagnostics.Process prism)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !prism.HasExited)
        {
            try
            {
                await proxy.GetAsync("/api/stats");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }
        throw new TimeoutException("Prism's proxy never answered.");
    }
}
