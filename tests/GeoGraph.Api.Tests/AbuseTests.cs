using System.Net;
using System.Text;
using GeoGraph.Api.Endpoints;
using GeoGraph.Graph;
using GeoGraph.Graph.Queries;
using GeoGraph.Testing.QueryApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Api.Tests;

/// <summary>Injection attempts, floods and failures: the graph stays as it was, and no secret leaks.</summary>
[Collection(ApiCollection.Name)]
public sealed class AbuseTests(GeoGraphApiFactory factory)
{
    private static readonly string[] Attacks =
    [
        "'", "\"", "`", "\\", "}) DETACH DELETE n //", "x' OR 1=1 --", "`) MATCH (n) DETACH DELETE n //", "$limit", "{id}",
        "vladimir-putin\u0000", "ⅴladimir-putin", "vladimir\u200Bputin", "../../etc/passwd", "%00", "<script>alert(1)</script>",
        new string('a', 10_000), "MATCH (n) RETURN n", "'; CALL dbms.killQueries(); //",
    ];

    private static IEnumerable<string> Urls(string attack)
    {
        var a = Uri.EscapeDataString(attack);
        // A NUL in a path never reaches the application: the server rejects the request line (the test host throws).
        var segment = attack.Contains('\0') ? "nul" : a;
        return
        [
            $"/api/entities?search={a}", $"/api/entities?type={a}", $"/api/entities?limit={a}", $"/api/entities/{segment}",
            $"/api/relations?type={a}", $"/api/relations?subject={a}", $"/api/relations?object={a}&limit={a}",
            $"/api/paths?from={a}&to=junin-6", $"/api/paths?from=igor-sechin&to={a}&maxHops={a}",
            $"/api/articles/{segment}", $"/api/articles?limit={a}", $"/api/queries/{segment}", $"/api/queries/entity?id={a}",
            $"/api/queries/relations?type={a}&limit=5", $"/api/queries/entity-search?search={a}&limit=5",
        ];
    }

    [Fact]
    public async Task Injection_attempts_through_every_endpoint_change_nothing_and_never_fail_the_server()
    {
        var client = factory.CreateClient();
        var before = await client.GetStringAsync("/api/stats");
        var requests = 0;

        foreach (var attack in Attacks)
        {
            foreach (var url in Urls(attack))
            {
                var response = await client.GetAsync(url);
                ((int)response.StatusCode).Should().BeLessThan(500, $"{url} must not fail the server");
                requests++;
            }
            var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(attack) };
            post.Headers.TryAddWithoutValidation(ApiKeyFilter.Header, attack.Replace("\0", ""));
            (await client.SendAsync(post)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        (await client.GetStringAsync("/api/stats")).Should().Be(before);
        requests.Should().Be(Attacks.Length * 15);
    }
}

/// <summary>Floods and failures, each with an API of its own.</summary>
public sealed class AbuseWithOwnApiTests : OwnApiTests
{
    private readonly List<string> _logs = [];

    private WebApplicationFactory<Program> Api(string environment, params (string Key, string Value)[] settings) => Api(environment, builder =>
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(_logs)));
    });

    [Fact]
    public async Task Answers_a_flood_with_429_and_retry_after()
    {
        await using var api = Api("Testing", ("GeoGraph:Api:RequestsPerWindow", "5"), ("GeoGraph:Api:RateLimitWindow", "00:01:00"));
        var client = api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) statuses.Add((await client.GetAsync("/api/stats")).StatusCode);
        var limited = await client.GetAsync("/api/stats");

        statuses.Take(5).Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.ServiceUnavailable);
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(60));
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK, "health checks are never rate limited");
    }

    [Fact]
    public async Task Keeps_secrets_out_of_logs_and_error_bodies_and_stack_traces_out_of_production_errors()
    {
        const string password = "neo4j-secret-pw-42";
        const string apiKey = "api-secret-key-42";
        Neo4j.Otherwise = _ => Neo4jStandIn.Error(403, "Neo.ClientError.Security.Forbidden", "Read operations on database 'neo4j' are not allowed for user 'neo4j'.");
        await using var api = Api("Production", ("GeoGraph:Store", "Neo4j"), ("GeoGraph:Neo4j:Uri", Neo4j.Uri.ToString()),
            ("GeoGraph:Neo4j:Password", password), ("GeoGraph:Neo4j:MaxRetries", "1"), ("GeoGraph:Api:ApiKey", apiKey));
        var client = api.CreateClient();

        var failed = await client.GetAsync("/api/stats");
        var body = await failed.Content.ReadAsStringAsync();
        await Task.Delay(300);

        failed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        body.Should().Contain("\"status\":500").And.NotContain(password).And.NotContain(apiKey).And.NotContain("   at ");
        _logs.Should().NotBeEmpty().And.NotContain(line => line.Contains(password) || line.Contains(apiKey)
            || line.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{password}"))));
    }

    [Fact]
    public async Task Times_out_a_path_search_that_takes_too_long()
    {
        await using var api = Api("Testing", ("GeoGraph:Api:PathTimeout", "00:00:00.050")).WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IGraphStore>(new SlowStore())));

        var response = await api.CreateClient().GetAsync("/api/paths?from=a&to=b");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    /// <summary>A store whose every answer takes a second, observing cancellation as the real ones do.</summary>
    private sealed class SlowStore : IGraphStore
    {
        public Task UpsertArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public Task RemoveArticleAsync(string articleId, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

        public async Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            return new QueryResult([], []);
        }
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);
        public void Dispose() { }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines) lines.Add($"{formatter(state, exception)} {exception}");
            }
        }
    }
}
