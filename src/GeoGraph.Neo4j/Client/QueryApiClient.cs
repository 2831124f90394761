using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly;

namespace GeoGraph.Neo4j.Client;

/// <summary>
/// <see cref="INeo4jClient"/> over Neo4j's Query API (POST /db/{database}/query/v2, Neo4j 5.25+ and Aura):
/// JSON in, JSON out, Basic or bearer authentication. Implicit-transaction statements go through the resilience
/// pipeline; explicit transactions are the caller's to retry as a whole.
/// </summary>
public sealed class QueryApiClient : INeo4jClient
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly ResiliencePipeline _pipeline;
    private readonly string _queryPath;
    private readonly AuthenticationHeaderValue? _authorization;
    private long _requestCount;

    public QueryApiClient(HttpClient http, IOptions<Neo4jOptions> options, ResiliencePipeline pipeline)
    {
        var settings = options.Value;
        _http = http;
        _http.BaseAddress ??= settings.Uri;
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _pipeline = pipeline;
        _queryPath = $"db/{Uri.EscapeDataString(settings.Database)}/query/v2";
        _authorization = settings.BearerToken is { Length: > 0 } token ? new AuthenticationHeaderValue("Bearer", token)
            : settings.User is { Length: > 0 } user ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.Password}")))
            : null;
    }

    /// <summary>Requests sent so far: the round trips the benchmarks count.</summary>
    public long RequestCount => Interlocked.Read(ref _requestCount);

    public Task<Neo4jResult> RunAsync(string statement, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        RunImplicitAsync(Statement(statement, parameters), cancellationToken);

    public Task<Neo4jResult> ReadAsync(string statement, JsonObject? parameters, CancellationToken cancellationToken = default)
    {
        var body = Statement(statement, parameters);
        body["accessMode"] = "Read";
        return RunImplicitAsync(body, cancellationToken);
    }

    private async Task<Neo4jResult> RunImplicitAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var response = await _pipeline.ExecuteAsync(async token => await SendAsync(HttpMethod.Post, _queryPath, body, null, token), cancellationToken);
        return Neo4jResult.From(response.Body);
    }

    public async Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(HttpMethod.Post, $"{_queryPath}/tx", new JsonObject(), null, cancellationToken);
        var id = response.Body?["transaction"]?["id"]?.GetValue<string>()
            ?? throw new Neo4jException(response.Status, null, "Neo4j opened a transaction without an id.");
        return new QueryApiTransaction(this, $"{_queryPath}/tx/{Uri.EscapeDataString(id)}", id, response.Affinity);
    }

    internal sealed record Response(HttpStatusCode Status, JsonNode? Body, string? Affinity);

    internal static JsonObject Statement(string statement, JsonObject? parameters) => new()
    {
        ["statement"] = statement,
        ["parameters"] = parameters?.DeepClone() ?? new JsonObject(),
    };

    internal async Task<Response> SendAsync(HttpMethod method, string path, JsonObject? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _authorization;
        if (affinity is not null) request.Headers.Add(AffinityHeader, affinity);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        Interlocked.Increment(ref _requestCount);
        using var response = await _http.SendAsync(request, cancellationToken);
        var json = response.Content.Headers.ContentLength == 0 ? null : await ReadJsonAsync(response, cancellationToken);
        if (json?["errors"] is JsonArray { Count: > 0 } errors)
        {
            var first = errors[0]!;
            throw new Neo4jException(response.StatusCode, first["code"]?.GetValue<string>(), first["message"]?.GetValue<string>() ?? "Neo4j reported an error.");
        }
        if (!response.IsSuccessStatusCode)
            throw new Neo4jException(response.StatusCode, null, $"Neo4j answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
        return new Response(response.StatusCode, json, newAffinity);
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException) when (!response.IsSuccessStatusCode)
        {
            return null;
        }
    }
}
