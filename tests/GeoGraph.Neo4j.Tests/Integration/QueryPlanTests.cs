using GeoGraph.Graph.Stories;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeoGraph.Graph.Queries;
using GeoGraph.Neo4j.Store;
using GeoGraph.Testing.LiveNeo4j;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>
/// The plans a live Neo4j chooses for the project's Cypher: a given id is an index seek, never a scan of every node
/// of a label; a shortest-path search never falls back to an exhaustive one.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class QueryPlanTests(Neo4jServer neo4j)
{
    private const string LabelScan = "NodeByLabelScan";

    /// <summary>The exhaustive depth-first search Neo4j runs when its breadth-first shortest-path search cannot honour a predicate.</summary>
    private const string ExhaustiveFallback = "AntiConditionalApply";

    public static TheoryData<string, string> QuestionsWithIds => new()
    {
        { "entity", "id=vladimir-putin;limit=50" },
        { "entity", "id=vladimir-putin;since=2008-01-01;until=2008-12-31;offset=1;limit=5" },
        { "fact-evidence", "subject=russia;type=SOLD;object=venezuela;since=2008-01-01;limit=5" },
        { "relations", "subject=rosneft;limit=50" },
        { "relations", "object=venezuela;limit=50" },
        { "relations", "type=SIGNED;subject=gazprom;object=pdvsa;limit=50" },
        { "visits", "visitor=hugo-chavez;limit=50" },
        { "visits", "place=caracas;limit=50" },
        { "arms-sales", "seller=russia;limit=50" },
        { "arms-sales", "buyer=venezuela;limit=50" },
        { "money-flows", "funder=china;limit=50" },
        { "money-flows", "recipient=venezuela;limit=50" },
        { "deals-between", "a=gazprom;b=pdvsa;limit=10" },
        { "shortest-path", "from=igor-sechin;to=junin-6;maxHops=4" },
        { "article", "id=003_2e36d6adccfe9259" },
    };

    /// <summary>
    /// Profiled rather than explained: a query with optional ids has a branch for "no id given" that must scan, and
    /// EXPLAIN shows every branch; the profile shows that branch read nothing.
    /// </summary>
    [LiveNeo4jTheory]
    [MemberData(nameof(QuestionsWithIds))]
    public async Task A_canned_query_given_an_id_scans_no_label(string queryName, string arguments)
    {
        var client = await neo4j.CreateEmptyAsync();
        await SeedArticles.LoadAsync(new Neo4jGraphStore(client));
        var query = QueryCatalogue.Default[queryName];
        var parameters = Neo4jGraphStore.Parameters(QuestionArguments.Bind(query, arguments));

        var plan = (await client.RunAsync("PROFILE " + query.Cypher, parameters)).Plan;

        PlanOperators.Of(plan).Should().NotBeEmpty()
            .And.NotContain(op => op.Type == LabelScan && op.Rows > 0, "{0} was given an id", queryName);
    }

    public static TheoryData<string> CannedQueries => new(QueryCatalogue.Default.All.Select(q => q.Name));

    /// <summary>Every canned query plans; one whose ids are all required may show no label scan even in EXPLAIN.</summary>
    [LiveNeo4jTheory]
    [MemberData(nameof(CannedQueries))]
    public async Task A_canned_query_plans_and_one_that_requires_an_id_shows_no_label_scan(string queryName)
    {
        var client = await neo4j.CreateEmptyAsync();
        var query = QueryCatalogue.Default[queryName];
        var parameters = new JsonObject(query.Parameters.Select(p =>
            KeyValuePair.Create(p.Name, p.Type == ParameterType.Integer ? JsonValue.Create(1) : (JsonNode?)JsonValue.Create(p.Optional ? null : "x"))));

        var operators = PlanOperators.Of((await client.RunAsync("EXPLAIN " + query.Cypher, parameters)).Plan);

        operators.Should().NotBeEmpty();
        if (query.Parameters.Any(IsRequiredId) && !query.Parameters.Any(p => p.Optional && IsId(p)))
            operators.Should().NotContain(op => op.Type == LabelScan);
    }

    private static bool IsId(QueryParameter parameter) => Regex.IsMatch(parameter.Description, @"\bid\b");

    private static bool IsRequiredId(QueryParameter parameter) => !parameter.Optional && IsId(parameter);

    [LiveNeo4jFact]
    public async Task The_article_write_and_removal_scan_no_label()
    {
        var client = await neo4j.CreateEmptyAsync();
        var record = SeedArticles.Records().First();

        var write = (await client.RunAsync("EXPLAIN " + Neo4jGraphStore.Upsert, ArticleParameters.For(record, StoryOptions.DefaultThreshold))).Plan;
        var removal = (await client.RunAsync("EXPLAIN " + Neo4jGraphStore.Remove, new() { ["id"] = record.Id })).Plan;

        PlanOperators.Of(write).Should().NotBeEmpty().And.NotContain(op => op.Type == LabelScan);
        PlanOperators.Of(removal).Should().NotBeEmpty().And.NotContain(op => op.Type == LabelScan);
    }

    [LiveNeo4jFact]
    public async Task A_shortest_path_search_never_falls_back_to_an_exhaustive_search()
    {
        var client = await neo4j.CreateEmptyAsync();
        var query = QueryCatalogue.Default["shortest-path"];
        var parameters = Neo4jGraphStore.Parameters(QuestionArguments.Bind(query, "from=igor-sechin;to=junin-6;maxHops=2"));

        var plan = (await client.RunAsync("EXPLAIN " + query.Cypher, parameters)).Plan;

        PlanOperators.Of(plan).Should().Contain(op => op.Type == "ShortestPath").And.NotContain(op => op.Type == ExhaustiveFallback);
    }
}
