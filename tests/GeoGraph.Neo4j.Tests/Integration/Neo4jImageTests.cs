using GeoGraph.Testing.Repository;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>The live tests in CI run against the Neo4j users get from docker compose.</summary>
public sealed class Neo4jImageTests
{
    [Fact]
    public void The_ci_workflow_runs_the_neo4j_image_docker_compose_pins()
    {
        ImageIn("docker-compose.yml").Should().StartWith("neo4j:5.26").And.Be(ImageIn(Path.Combine(".github", "workflows", "neo4j-integration.yml")));
    }

    private static string ImageIn(string file) => File.ReadLines(Path.Combine(RepositoryPaths.Root, file))
        .Select(l => l.Trim()).Single(l => l.StartsWith("image: neo4j:", StringComparison.Ordinal))["image: ".Length..];
}
