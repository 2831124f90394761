using System.Diagnostics;
using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Startup;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>
/// A real Neo4j for the integration tests: the one GEOGRAPH_TEST_NEO4J_URI names (with GEOGRAPH_TEST_NEO4J_USER and
/// GEOGRAPH_TEST_NEO4J_PASSWORD), else a pinned neo4j container when a working docker is present, else none —
/// and then <see cref="WhyUnavailable"/> says why, and the tests report themselves skipped.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    /// <summary>The image docker-compose.yml pins, so the tests run against the same Neo4j as users.</summary>
    public static string Image { get; } = File.ReadLines(Path.Combine(Cypher.RepositoryPaths.Root, "docker-compose.yml"))
        .Select(l => l.Trim()).First(l => l.StartsWith("image: neo4j:", StringComparison.Ordinal))["image: ".Length..];

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);
    private string? _container;

    public Neo4jOptions? Options { get; private set; }
    public string? WhyUnavailable { get; private set; }

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("GEOGRAPH_TEST_NEO4J_URI") is { Length: > 0 } uri)
        {
            Options = Configure(new Uri(uri), Environment.GetEnvironmentVariable("GEOGRAPH_TEST_NEO4J_USER") ?? "neo4j",
                Environment.GetEnvironmentVariable("GEOGRAPH_TEST_NEO4J_PASSWORD"));
        }
        else if (Docker(["info"], TimeSpan.FromSeconds(20)).Exit == 0)
        {
            var password = $"test-{Guid.NewGuid():N}";
            var run = Docker(["run", "-d", "--rm", "-p", "127.0.0.1::7474", "-e", $"NEO4J_AUTH=neo4j/{password}", Image], StartupTimeout);
            if (run.Exit != 0) { WhyUnavailable = $"docker could not start {Image}: {run.Error.Trim()}"; return; }
            _container = run.Output.Trim();
            var port = Docker(["port", _container, "7474/tcp"], TimeSpan.FromSeconds(20)).Output.Trim().Split(':').Last();
            Options = Configure(new Uri($"http://127.0.0.1:{port}"), "neo4j", password);
        }
        else
        {
            WhyUnavailable = "No Neo4j: set GEOGRAPH_TEST_NEO4J_URI (and _USER, _PASSWORD) or make a working docker available.";
            return;
        }
        await WaitUntilItAnswersAsync();
    }

    public QueryApiClient CreateClient() =>
        new(new HttpClient(), Microsoft.Extensions.Options.Options.Create(Options!), Neo4jResilience.Create(Options!, TimeProvider.System));

    private static Neo4jOptions Configure(Uri uri, string user, string? password) =>
        new() { Uri = uri, User = user, Password = password, RetryDelay = TimeSpan.FromMilliseconds(100) };

    private async Task WaitUntilItAnswersAsync()
    {
        var readiness = new Neo4jReadiness();
        var initializer = new Neo4jSchemaInitializer(CreateClient(), readiness, TimeProvider.System, NullLogger<Neo4jSchemaInitializer>.Instance);
        using var timeout = new CancellationTokenSource(StartupTimeout);
        await initializer.StartAsync(timeout.Token);
        while (!readiness.IsReady)
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"Neo4j at {Options!.Uri} did not answer within {StartupTimeout}: {readiness.State}");
            await Task.Delay(250);
        }
        await initializer.StopAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        if (_container is not null) Docker(["rm", "-f", _container], TimeSpan.FromMinutes(1));
        return Task.CompletedTask;
    }

    private static (int Exit, string Output, string Error) Docker(string[] arguments, TimeSpan timeout)
    {
        try
        {
            var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout)) { process.Kill(true); return (-1, "", "timed out"); }
            return (process.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", ex.Message);
        }
    }
}
