using System.Text;
using System.Text.Json.Nodes;
using GeoGraph.Neo4j.Client;
using GeoGraph.Testing.QueryApi;
using Polly.Timeout;

namespace GeoGraph.Neo4j.Tests.Client;

/// <summary>The Query API client against a listener that answers with Neo4j's documented request and response shapes.</summary>
public sealed class QueryApiClientContractTests : IAsyncLifetime
{
    private Neo4jStandIn _neo4j = null!;

    public async Task InitializeAsync() => _neo4j = await Neo4jStandIn.StartAsync();

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    private QueryApiClient Client(Action<Neo4jOptions>? configure = null) => StandInClient.For(_neo4j, options =>
    {
        options.Password = "s3cret-pass";
        options.MaxRetries = 3;
        configure?.Invoke(options);
    });

    [Fact]
    public async Task Posts_the_statement_and_parameters_as_json_with_basic_authentication()
    {
        await Client().RunAsync("MATCH (e:Entity {id: $id}) RETURN e.name AS name", new JsonObject { ["id"] = "vladimir-putin" });

        var request = _neo4j.Requests.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/neo4j/query/v2");
        request.Headers["authorization"].Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret-pass")));
        request.Headers["accept"].Should().Contain("application/json");
        request.Body!["statement"]!.GetValue<string>().Should().StartWith("MATCH (e:Entity");
        request.Body["parameters"]!["id"]!.GetValue<string>().Should().Be("vladimir-putin");
    }

    [Fact]
    public async Task Sends_a_bearer_token_when_one_is_configured()
    {
        await Client(o => o.BearerToken = "aura-token").RunAsync("RETURN 1 AS ok", null);

        _neo4j.Requests.Single().Headers["authorization"].Should().Be("Bearer aura-token");
    }

    [Fact]
    public async Task Reads_the_fields_and_values_of_an_accepted_answer_into_rows()
    {
        _neo4j.Then(Neo4jStandIn.Data(["id", "degree"], [["rosneft", 2], ["pdvsa", 1]]));

        var result = await Client().RunAsync("MATCH …", null);

        result.Fields.Should().Equal("id", "degree");
        result.Rows.Select(r => $"{r["id"]}:{r["degree"]}").Should().Equal("rosneft:2", "pdvsa:1");
    }

    [Fact]
    public async Task Reads_the_plan_of_an_explained_statement()
    {
        var plan = new JsonObject { ["operatorType"] = "ProduceResults@neo4j", ["children"] = new JsonArray(new JsonObject { ["operatorType"] = "NodeUniqueIndexSeek@neo4j" }) };
        _neo4j.Then(Neo4jStandIn.Data([], [], new JsonObject { ["queryPlan"] = plan }));

        var result = await Client().RunAsync("EXPLAIN MATCH (e:Entity {id: $id}) RETURN e", null);

        result.Plan!["children"]![0]!["operatorType"]!.GetValue<string>().Should().Be("NodeUniqueIndexSeek@neo4j");
    }

    [Fact]
    public async Task Does_not_retry_a_client_error_and_reports_its_code()
    {
        _neo4j.Then(Neo4jStandIn.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATCHH'"));

        var run = () => Client().RunAsync("MATCHH (n) RETURN n", null);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        _neo4j.Requests.Should().ContainSingle();
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Retries_overload_and_gateway_answers(int status)
    {
        _neo4j.Then(new Neo4jStandIn.Reply(status)).Then(new Neo4jStandIn.Reply(status));

        var result = await Client().RunAsync("RETURN 1 AS ok", null);

        result.Rows.Should().ContainSingle();
        _neo4j.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Retries_a_transient_neo4j_error_such_as_a_deadlock()
    {
        _neo4j.Then(Neo4jStandIn.Error(503, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock"));

        await Client().RunAsync("MERGE (n:Entity {id: 'x'})", null);

        _neo4j.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retries_a_write_that_reached_a_member_no_longer_the_leader()
    {
        _neo4j.Rules.SwitchLeader(writes: 2);

        await Client().RunAsync("MERGE (n:Entity {id: 'x'})", null);

        _neo4j.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Sends_a_read_in_read_mode_where_neo4j_refuses_a_write_without_a_retry()
    {
        var client = Client();
        await client.ReadAsync("MATCH (e:Entity) RETURN count(e) AS entities", null);

        var write = () => client.ReadAsync("MERGE (n:Entity {id: 'x'})", null);

        (await write.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.ClientError.Statement.AccessMode");
        _neo4j.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Body!["accessMode"]!.GetValue<string>() == "Read");
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries()
    {
        _neo4j.Otherwise = _ => new Neo4jStandIn.Reply(503);

        var run = () => Client(o => o.MaxRetries = 2).RunAsync("RETURN 1 AS ok", null);

        await run.Should().ThrowAsync<Neo4jException>();
        _neo4j.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Abandons_and_retries_an_answer_slower_than_the_request_timeout()
    {
        _neo4j.Then(new Neo4jStandIn.Reply(202, Delay: TimeSpan.FromSeconds(4)));

        var result = await Client(o => o.RequestTimeout = TimeSpan.FromMilliseconds(800)).RunAsync("RETURN 1 AS ok", null);

        result.Rows.Should().ContainSingle();
        _neo4j.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retries_when_the_connection_is_refused_then_reports_it()
    {
        var port = _neo4j.Uri.Port;
        await _neo4j.DisposeAsync();
        _neo4j = await Neo4jStandIn.StartAsync();
        var run = () => Client(o => { o.Uri = new Uri($"http://127.0.0.1:{port}"); o.MaxRetries = 1; }).RunAsync("RETURN 1 AS ok", null);

        var thrown = await run.Should().ThrowAsync<Exception>();
        Neo4jResilience.IsUnavailability(thrown.Which).Should().BeTrue();
    }

    [Fact]
    public async Task Runs_an_explicit_transaction_on_one_member_and_commits_it()
    {
        var affinity = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MTAuOC41Ljc6MTc0NzQ=" };
        _neo4j.Then(new Neo4jStandIn.Reply(202, new JsonObject { ["transaction"] = new JsonObject { ["id"] = "lyU", ["expires"] = "2024-10-22T15:48:29Z" } }, affinity))
            .Then(Neo4jStandIn.Data(["n"], [[1]]))
            .Then(new Neo4jStandIn.Reply(202, new JsonObject { ["bookmarks"] = new JsonArray("FB:x") }));

        await using (var transaction = await Client().BeginTransactionAsync())
        {
            await transaction.RunAsync("CREATE (n:Entity {id: $id}) RETURN 1 AS n", new JsonObject { ["id"] = "x" });
            await transaction.CommitAsync();
        }

        var requests = _neo4j.Requests.ToList();
        requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit");
        requests.Skip(1).Should().OnlyContain(r => r.Headers["neo4j-cluster-affinity"] == "MTAuOC41Ljc6MTc0NzQ=");
    }

    [Fact]
    public async Task Rolls_back_a_transaction_that_is_disposed_without_a_commit()
    {
        _neo4j.Then(new Neo4jStandIn.Reply(202, new JsonObject { ["transaction"] = new JsonObject { ["id"] = "tx9" } }))
            .Then(new Neo4jStandIn.Reply(202));

        await using (await Client().BeginTransactionAsync()) { }

        _neo4j.Requests.Last().Should().Match<Neo4jStandIn.Request>(r => r.Method == "DELETE" && r.Path == "/db/neo4j/query/v2/tx/tx9");
    }

    [Fact]
    public async Task Keeps_the_password_out_of_error_messages()
    {
        _neo4j.Otherwise = _ => Neo4jStandIn.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");

        var run = () => Client().RunAsync("RETURN 1 AS ok", null);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.ToString().Should().NotContain("s3cret-pass");
    }

    [Fact]
    public async Task Counts_every_round_trip()
    {
        var client = Client();
        await client.RunAsync("RETURN 1 AS ok", null);
        await client.RunAsync("RETURN 1 AS ok", null);

        client.RequestCount.Should().Be(2);
    }

    [Fact]
    public async Task A_timed_out_request_surfaces_as_a_timeout_when_retries_run_out()
    {
        _neo4j.Otherwise = _ => new Neo4jStandIn.Reply(202, Delay: TimeSpan.FromSeconds(4));

        var run = () => Client(o => { o.RequestTimeout = TimeSpan.FromMilliseconds(100); o.MaxRetries = 1; }).RunAsync("RETURN 1 AS ok", null);

        await run.Should().ThrowAsync<TimeoutRejectedException>();
    }
}
