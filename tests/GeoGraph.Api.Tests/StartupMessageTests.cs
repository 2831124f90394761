using System.Net;
using System.Text.Json;
using GeoGraph.Api.Endpoints;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Tests;

/// <summary>What a new user sees on a normal start and on a first POST: nothing that looks like failure, and advice that works.</summary>
public sealed class StartupMessageTests : OwnApiTests
{
    private readonly List<LogLine> _logs = [];

    [Fact]
    public async Task Logs_no_error_while_readiness_is_probed_during_the_initial_load()
    {
        var seeds = Directory.CreateTempSubdirectory("geograph-many-seeds-").FullName;
        for (var n = 0; n < 2_000; n++)
            await File.WriteAllTextAsync(Path.Combine(seeds, $"a{n:D4}.txt"), $"Company{n:D4} Energy signed a supply contract with Firm{n:D4} Holdings on Monday.");
        await using var api = Api("Development", builder => builder.UseSetting("GeoGraph:Ingestion:SeedsPath", seeds)
            .ConfigureLogging(logging => logging.AddProvider(new LevelLoggerProvider(_logs))));
        var client = api.CreateClient();

        var probes = 0;
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            probes++;
            probes.Should().BeLessThan(2_000, "the API should become ready");
            await Task.Delay(10);
        }

        Directory.Delete(seeds, recursive: true);
        probes.Should().BeGreaterThan(0, "the load was probed while it ran");
        lock (_logs) _logs.Should().NotContain(l => l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Says_the_server_has_no_key_and_how_to_set_one()
    {
        await using var api = Api("Development", _ => { });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("Evo Morales travelled to Tehran.") };
        request.Headers.Add(ApiKeyFilter.Header, "any-key");

        var response = await api.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("title").GetString().Should().Contain("no API key configured");
        body.RootElement.GetProperty("detail").GetString().Should().Contain("GeoGraph__Api__ApiKey");
    }

    [Theory]
    [InlineData("GeoGraph:Api:RateLimitWindow", "00:00:00.001", "RateLimitWindow")]
    [InlineData("GeoGraph:Stories:Threshold", "2", "similarity from 0.05 to 1")]
    public async Task Refuses_to_start_with_a_setting_out_of_range_and_names_it(string setting, string value, string named)
    {
        await using var api = Api("Development", builder => builder.UseSetting(setting, value)
            .ConfigureLogging(logging => logging.AddProvider(new LevelLoggerProvider(_logs))));

        var start = () => api.CreateClient();

        // The test host races the failed start's disposal, so what it throws may be that race's ObjectDisposedException;
        // the host's own log of why it failed is what a user sees, and it is written (synchronously, here) before either.
        start.Should().Throw<Exception>().Which.Should().Match<Exception>(e => e is OptionsValidationException || e is ObjectDisposedException);
        lock (_logs) _logs.Should().Contain(l => l.Level >= LogLevel.Error && l.Exception is OptionsValidationException && l.Exception.Message.Contains(named));
    }

    private sealed record LogLine(LogLevel Level, string Message, Exception? Exception);

    private sealed class LevelLoggerProvider(List<LogLine> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new LevelLogger(lines, categoryName);
        public void Dispose() { }

        private sealed class LevelLogger(List<LogLine> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines) lines.Add(new LogLine(logLevel, $"{category}: {formatter(state, exception)}", exception));
            }
        }
    }
}
