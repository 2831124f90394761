using System.Net;
using GeoGraph.Testing.QueryApi;

namespace GeoGraph.Api.Tests;

/// <summary>With Neo4j as the store, the worker's first writes wait for the schema the start-up applies.</summary>
public sealed class Neo4jSchemaFirstTests : OwnApiTests
{
    private static readonly TimeSpan SlowSchemaStatement = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Writes_the_seeds_only_after_the_unique_constraints_exist_and_applies_them_once()
    {
        Neo4j.Otherwise = request => request.Statement.StartsWith("CREATE", StringComparison.Ordinal)
            ? Neo4jStandIn.Data([], []) with { Delay = SlowSchemaStatement }
            : Neo4jStandIn.Data(["contentHash"], []);
        await using var api = Api("Testing", b =>
        {
            b.UseSetting("GeoGraph:Store", "Neo4j");
            b.UseSetting("GeoGraph:Neo4j:Uri", Neo4j.Uri.ToString());
            b.UseSetting("GeoGraph:Neo4j:Password", "pw");
        });
        var client = api.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the API should become ready once the seeds are in");
            await Task.Delay(100);
        }

        var statements = Neo4j.Requests.Select(r => r.Statement).ToList();
        var firstWrite = statements.FindIndex(s => s.Contains("UNWIND $entities", StringComparison.Ordinal));
        var lastSchema = statements.FindLastIndex(s => s.StartsWith("CREATE", StringComparison.Ordinal));
        firstWrite.Should().BeGreaterThan(lastSchema);
        statements.Count(s => s.StartsWith("CREATE CONSTRAINT entity_id", StringComparison.Ordinal)).Should().Be(1);
    }
}
