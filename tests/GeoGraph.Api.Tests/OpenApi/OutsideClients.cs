using System.Diagnostics;
using System.Text.Json;
using GeoGraph.Testing.Npm;
using GeoGraph.Testing.Processes;
using GeoGraph.Testing.Repository;

namespace GeoGraph.Api.Tests.OpenApi;

/// <summary>
/// Redocly's OpenAPI linter and Stoplight Prism, pinned in tests/openapi-check and installed from npm by the first test
/// that needs them: clients that read the API's document without knowing how it was made.
/// </summary>
internal static class OutsideClients
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "openapi-check");
    private static readonly Lazy<string?> Unavailable = new(() => NpmFolder.Prepare(Folder, Path.Combine("@stoplight", "prism-cli")));

    /// <summary>Why the tools cannot run here (no Node.js), or null when they can.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    /// <summary><c>redocly lint</c> with its recommended rules: the problems it reports as JSON.</summary>
    public static JsonDocument Lint(string documentFile)
    {
        var (_, output, error) = NpmFolder.Run(Tool("redocly"), ["lint", documentFile, "--format=json"], Folder, TimeSpan.FromMinutes(2));
        return output.TrimStart().StartsWith('{') ? JsonDocument.Parse(output) : throw new InvalidOperationException($"redocly lint printed no report: {error}");
    }

    /// <summary><c>prism proxy</c> on a 127.0.0.1 port, forwarding to the API and reporting violations in an sl-violations header.</summary>
    public static Process StartPrismProxy(string documentFile, Uri api, int port) =>
        ChildProcess.Start(Tool("prism"), ["proxy", documentFile, api.ToString().TrimEnd('/'), "--host", "127.0.0.1", "--port", $"{port}"]);

    private static string Tool(string name) => Path.Combine(Folder, "node_modules", ".bin", name);
}
