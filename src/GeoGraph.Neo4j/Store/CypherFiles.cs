using System.Reflection;

namespace GeoGraph.Neo4j.Store;

/// <summary>The Cypher this project sends besides the canned queries: cypher/schema and cypher/store, embedded at build time.</summary>
internal static class CypherFiles
{
    private const string Prefix = "GeoGraph.Cypher.";

    public static string Store(string name) => Read($"{Prefix}store.{name}.cypher");

    /// <summary>The schema statements in file order, one per ';', comments left out.</summary>
    public static IReadOnlyList<string> SchemaStatements()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"{Prefix}schema.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(n => Read(n).Split(';'))
            .Select(s => string.Join('\n', s.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0)];
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Cypher file {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
