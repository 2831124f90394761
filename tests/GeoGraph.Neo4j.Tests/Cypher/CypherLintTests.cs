using GeoGraph.Testing.Repository;

namespace GeoGraph.Neo4j.Tests.Cypher;

/// <summary>Every Cypher text the project sends — schema, store writes, canned queries, test helpers — passes Neo4j's own front end.</summary>
public sealed class CypherLintTests
{
    private static IEnumerable<string> ProjectCypherFiles() =>
        new[] { "cypher", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cypher", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal);

    [SkippableFact]
    public void Every_cypher_file_parses_and_uses_only_the_declared_graph_model()
    {
        Skip.If(CypherLinter.WhyUnavailable is not null, CypherLinter.WhyUnavailable);
        var files = ProjectCypherFiles().ToList();
        files.Should().HaveCountGreaterThan(15);

        var diagnostics = CypherLinter.Lint(files);

        diagnostics.Should().BeEmpty("every error and warning of Neo4j's Cypher front end is a defect here");
    }

    [SkippableFact]
    public void Catches_a_broken_statement_and_an_undeclared_label()
    {
        Skip.If(CypherLinter.WhyUnavailable is not null, CypherLinter.WhyUnavailable);
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.cypher");
        File.WriteAllText(broken, "// @param id string An id\nMATCH (e:Entiti {id: $id}) RETURN e.nmae AS name\nMATCH (n WHERE");
        try
        {
            var diagnostics = CypherLinter.Lint([broken]);

            diagnostics.Should().Contain(d => d.Severity == "error");
            diagnostics.Should().Contain(d => d.Message.Contains("Entiti"));
            diagnostics.Should().Contain(d => d.Message.Contains("nmae"));
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
