using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Neo4j.Store;
using GeoGraph.Testing.Npm;
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
    private static readonly Lazy<string?> Unavailable = new(() => NpmFolder.Prepare(Folder, Path.Combine("@neo4j-cypher", "language-support")));

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

    private static ChildProcess.Run Run(string program, IEnumerable<string> arguments, TimeSpan timeout) => NpmFolder.Run(program, arguments, Folder, timeout);
}
