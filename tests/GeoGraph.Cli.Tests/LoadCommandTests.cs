using GeoGraph.Testing.QueryApi;

namespace GeoGraph.Cli.Tests;

public sealed class LoadCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-load-").FullName;
    private Neo4jStandIn _neo4j = null!;

    public async Task InitializeAsync()
    {
        _neo4j = await Neo4jStandIn.StartAsync();
        _neo4j.Otherwise = _ => Neo4jStandIn.Data(["contentHash"], []);
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Russian prime minister Vladimir Putin arrived in Caracas on Friday.");
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "China lent Venezuela $20 billion in 2010.");
    }

    public async Task DisposeAsync()
    {
        await _neo4j.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Loads_each_article_into_neo4j_in_one_write_after_applying_the_schema()
    {
        var environment = new Dictionary<string, string> { ["GeoGraph__Neo4j__Uri"] = _neo4j.Uri.ToString(), ["GeoGraph__Neo4j__Password"] = "pw" };

        var run = await CliRunner.RunAsync(environment, "load", "--store", "neo4j", _folder);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Loaded 2");
        var statements = _neo4j.Requests.Select(r => r.Body!["statement"]!.GetValue<string>()).ToList();
        statements.First().Should().StartWith("CREATE CONSTRAINT");
        statements.Count(s => s.Contains("UNWIND $facts AS row")).Should().Be(2);
    }

    [Fact]
    public async Task Loads_into_the_neo4j_given_by_the_uri_option()
    {
        var environment = new Dictionary<string, string> { ["GeoGraph__Neo4j__Uri"] = "http://127.0.0.1:1", ["GeoGraph__Neo4j__Password"] = "pw" };

        var run = await CliRunner.RunAsync(environment, "load", "--uri", _neo4j.Uri.ToString(), _folder);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Loaded 2");
    }

    [Fact]
    public async Task Rejects_a_uri_option_that_is_not_http()
    {
        var run = await CliRunner.RunAsync(new Dictionary<string, string>(), "load", "--uri", "localhost:7474", _folder);

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("--uri must be an http or https URI");
        _neo4j.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Fails_clearly_when_neo4j_refuses_the_credentials()
    {
        _neo4j.Otherwise = _ => Neo4jErrors.Unauthorized();
        var environment = new Dictionary<string, string> { ["GeoGraph__Neo4j__Uri"] = _neo4j.Uri.ToString(), ["GeoGraph__Neo4j__Password"] = "changed-since" };

        var run = await CliRunner.RunAsync(environment, "load", _folder);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("refused the user and password");
    }

    [Fact]
    public async Task Fails_clearly_when_neo4j_does_not_answer()
    {
        var environment = new Dictionary<string, string> { ["GeoGraph__Neo4j__Uri"] = "http://127.0.0.1:1", ["GeoGraph__Neo4j__MaxRetries"] = "1" };

        var run = await CliRunner.RunAsync(environment, "load", _folder);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("did not answer");
    }
}
