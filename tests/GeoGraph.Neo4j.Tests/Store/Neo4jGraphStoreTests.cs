using GeoGraph.Extraction.Model;
using GeoGraph.Graph;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Tests;
using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Startup;
using GeoGraph.Neo4j.Store;
using GeoGraph.Neo4j.Tests.Client;
using GeoGraph.Testing.QueryApi;

namespace GeoGraph.Neo4j.Tests.Store;

/// <summary>What the Neo4j store sends: one request per article write, canned queries verbatim with parameters only.</summary>
public sealed class Neo4jGraphStoreTests : IAsyncLifetime
{
    private Neo4jStandIn _neo4j = null!;
    private QueryApiClient _client = null!;
    private Neo4jSchema _appliedSchema = null!;

    /// <summary>Tests of what one operation sends start with the schema in place, and with no request recorded.</summary>
    public async Task InitializeAsync()
    {
        _neo4j = await Neo4jStandIn.StartAsync();
        _client = StandInClient.For(_neo4j);
        _appliedSchema = new Neo4jSchema(_client);
        await _appliedSchema.EnsureAppliedAsync();
        _neo4j.Requests.Clear();
    }

    private Neo4jGraphStore Store() => new(_client, _appliedSchema);

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    [Fact]
    public async Task Creates_the_unique_constraints_before_its_first_write()
    {
        await new Neo4jGraphStore(_client).UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        var statements = _neo4j.Requests.Select(r => r.Statement).ToList();
        statements.TakeWhile(s => !s.Contains("UNWIND $entities")).Should().Contain(s => s.StartsWith("CREATE CONSTRAINT entity_id"));
    }

    [Fact]
    public async Task Writes_an_article_in_one_request_with_all_its_rows()
    {
        var article = TestArticles.Sample().Article("a1", published: "2008-09-26");

        await Store().UpsertArticleAsync(article);

        var request = _neo4j.Requests.Single();
        request.Body!["statement"]!.GetValue<string>().Should().Contain("UNWIND $entities AS row").And.Contain("UNWIND $facts AS row");
        var parameters = request.Body["parameters"]!;
        parameters["article"]!["published"]!.GetValue<string>().Should().Be("2008-09-26");
        parameters["entities"]!.AsArray().Should().HaveCount(9);
        var funded = parameters["facts"]!.AsArray().Single(f => f!["type"]!.GetValue<string>() == "FUNDED")!;
        funded["props"]!["amount"]!.GetValue<double>().Should().Be(2_000_000_000d);
        funded["props"]!["article"]!.GetValue<string>().Should().Be("a1");
    }

    [Fact]
    public async Task Sends_amounts_and_confidences_so_that_neo4j_stores_them_as_floats_even_when_whole()
    {
        await Store().UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        var props = _neo4j.Requests.Single().Parameter("facts")!.AsArray().Select(f => f!["props"]!).ToList();
        props.Select(p => Neo4jStandIn.NumberType(p["amount"])).OfType<string>().Should().Equal("FLOAT");
        props.Select(p => Neo4jStandIn.NumberType(p["confidence"])).Should().OnlyContain(type => type == "FLOAT");
    }

    [Fact]
    public async Task Two_writers_take_the_locks_of_shared_entities_in_one_order_so_neither_deadlocks()
    {
        _neo4j.Rules.Locks.HoldFor = TimeSpan.FromMilliseconds(300);
        var first = TestArticles.New().With("Russia", EntityType.Country).With("Venezuela", EntityType.Country)
            .Fact("Russia", RelationType.Funded, "Venezuela").Article("a1");
        var second = TestArticles.New().With("Venezuela", EntityType.Country).With("Russia", EntityType.Country)
            .Fact("Venezuela", RelationType.Signed, "Russia").Article("a2");
        var store = Store();

        await Task.WhenAll(store.UpsertArticleAsync(first), store.UpsertArticleAsync(second));

        _neo4j.Rules.Locks.Deadlocks.Should().Be(0);
    }

    [Fact]
    public async Task Runs_a_canned_query_verbatim_with_its_arguments_as_parameters()
    {
        var query = QueryCatalogue.Default["relations"];
        _neo4j.Then(Neo4jStandIn.Data(["subject", "type"], [[null, "SOLD"]]));

        var result = await Store().QueryAsync(query, QueryCatalogue.Bind(query, ("type", "SOLD"), ("limit", 5)));

        var request = _neo4j.Requests.Single();
        request.Body!["statement"]!.GetValue<string>().Should().Be(query.Cypher);
        request.Body["parameters"]!.ToJsonString().Should().Be("""{"type":"SOLD","subject":null,"object":null,"since":null,"until":null,"offset":null,"limit":5}""");
        result.Columns.Should().Equal("subject", "type");
    }

    [Fact]
    public async Task Answers_no_paths_when_both_ends_are_the_same_entity()
    {
        var query = QueryCatalogue.Default["shortest-path"];
        _neo4j.Otherwise = _ => Neo4jStandIn.Data(["nodes", "edges"], []);

        var result = await Store().QueryAsync(query, QueryCatalogue.Bind(query, ("from", "rosneft"), ("to", "rosneft"), ("maxHops", 4)));

        result.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task Sends_reads_in_read_mode_for_any_cluster_member_and_writes_in_write_mode_for_the_leader()
    {
        var store = Store();
        var query = QueryCatalogue.Default["stats"];

        await store.QueryAsync(query, QueryCatalogue.Bind(query));
        await store.GetContentHashAsync("a1");
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));
        await store.RemoveArticleAsync("a1");

        _neo4j.Requests.Select(r => r.AccessMode).Should().Equal("Read", "Read", "Write", "Write");
    }

    [Fact]
    public async Task Reads_the_stored_content_hash()
    {
        _neo4j.Then(Neo4jStandIn.Data(["contentHash"], [["abc123"]])).Then(Neo4jStandIn.Data(["contentHash"], []));
        var store = Store();

        (await store.GetContentHashAsync("a1")).Should().Be("abc123");
        (await store.GetContentHashAsync("a2")).Should().BeNull();
    }

    [Fact]
    public async Task Reports_an_unreachable_database_as_unavailable_after_retries()
    {
        _neo4j.Otherwise = _ => new Neo4jStandIn.Reply(503);

        var write = () => Store().UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        await write.Should().ThrowAsync<GraphStoreUnavailableException>();
        _neo4j.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Lets_a_client_error_through_unchanged()
    {
        _neo4j.Then(Neo4jStandIn.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists"));

        var write = () => Store().RemoveArticleAsync("a1");

        await write.Should().ThrowAsync<Neo4jException>().Where(e => e.Code == "Neo.ClientError.Schema.ConstraintValidationFailed");
    }

    [Fact]
    public void Declares_every_label_and_relationship_type_the_extractor_produces()
    {
        GraphModel.Labels.Should().Contain(Enum.GetNames<EntityType>());
        GraphModel.RelationshipTypes.Should().Contain(RelationTypes.AllNames);
    }
}
