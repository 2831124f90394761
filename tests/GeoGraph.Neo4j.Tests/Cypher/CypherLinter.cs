using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Neo4j.Store;
using GeoGraph.Testing.Processes;
using GeoGraph.Testing.Repository;

namespace GeoGraph.Neo4j.Tests.Cypher;

/// <summary>
/// Runs Neo4j's own Cypher front end (@neo4j-cypher/language-support, pinned in tests/cypher-lint) over Cypher files,
/// with the project's labels, relationship types, property keys and each file's declared parameters.
/// </summary>
internal static class CypherLinter
{
    public sealed record Diagnostic(string File, string Severity, int Line, string Message);

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "cypher-lint");
    private static readonly Lazy<string?> Unavailable = new(Prepare);

    /// <summary>Why the linter cannot run here (no Node.js), or null when it can.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    public static IReadOnlyList<Diagnostic> Lint(IEnumerable<string> files)
    {
        var schema = Path.GetTempFileName();
        File.WriteAllText(schema, new JsonObject
        {
            ["labels"] = new JsonArray([.. GraphModel.Labels.Select(l => (JsonNode)l)]),
            ["relationshipTypes"] = new JsonArray([.. GraphModel.RelationshipTypes.Select(t => (JsonNode)t)]),
            ["propertyKeys"] = new JsonArray([.. GraphModel.PropertyKeys.Select(k => (JsonNode)k)]),
        }.ToJsonString());
        try
        {
            var (exit, output, error) = Run("node", ["lint.mjs", schema, .. files], TimeSpan.FromMinutes(2));
            if (exit != 0) throw new InvalidOperationException($"The Cypher linter failed: {error}");
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<Diagnostic>(l, JsonSerializerOptions.Web)!)];
        }
        finally
        {
            File.Delete(schema);
        }
    }

    private static string? Prepare()
    {
        try
        {
            if (Run("node", ["--version"], TimeSpan.FromSeconds(30)).ExitCode != 0) return "Node.js is not installed; the Cypher linter needs it.";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Node.js is not installed; the Cypher linter needs it.";
        }
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support"))) return null;
        var (exit, _, error) = Run("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        return exit == 0 ? null : throw new InvalidOperationException($"npm ci in tests/cypher-lint failed: {error}");
    }

    private static ChildProcess.Run Run(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        ChildProcess.RunAsync(program, arguments, timeout, workingDirectory: Folder).GetAwaiter().GetResult();
}
