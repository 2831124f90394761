using System.Text.Json.Nodes;
using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Neo4j.Store;
using GeoGraph.Testing.LiveNeo4j;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>The embedded store and Neo4j give the same answers to every canned query on the seeds and a copy of seed 000.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class StoreParityTests(Neo4jServer neo4j)
{
    public static TheoryData<string, string> Questions => new()
    {
        { "entity-search", "search=;limit=500" },
        { "entity-search", "search=pu;type=Person;limit=10" },
        { "entity", "id=vladimir-putin;limit=50" },
        { "entity", "id=venezuela;offset=3;limit=4" },
        { "entity", "id=russia;since=2008-01-01;until=2008-12-31;limit=50" },
        { "entity", "id=hugo-chavez;since=2008;limit=50" },
        { "fact-evidence", "subject=russia;type=SOLD;object=venezuela;limit=50" },
        { "fact-evidence", "subject=russia;type=SOLD;object=venezuela;offset=1;limit=1" },
        { "fact-evidence", "subject=russia;type=SOLD;object=venezuela;until=2007-12-31;limit=50" },
        { "relations", "since=2008-01-01;until=2008-12-31;limit=500" },
        { "relations", "offset=5;limit=7" },
        { "visits", "since=2009-01-01;limit=50" },
        { "money-flows", "until=2008-12-31;limit=50" },
        { "deals-between", "a=gazprom;b=pdvsa;since=2008-09-01;until=2008-09-30;limit=10" },
        { "article", "id=003_2e36d6adccfe9259;since=2008-09-26;until=2008-09-26" },
        { "articles", "offset=2;limit=2" },
        { "relations", "limit=500" },
        { "visits", "visitor=hugo-chavez;limit=50" },
        { "deals-between", "a=gazprom;b=pdvsa;limit=10" },
        { "arms-sales", "limit=50" },
        { "money-flows", "limit=50" },
        { "shortest-path", "from=igor-sechin;to=junin-6;maxHops=4" },
        { "shortest-path", "from=rosneft;to=rosneft;maxHops=4" },
        { "shortest-path", "from=igor-sechin;to=junin-6;maxHops=1" },
        { "relations", "subject=rosneft;limit=50" },
        { "relations", "object=venezuela;limit=50" },
        { "relations", "type=SIGNED;subject=gazprom;object=pdvsa;limit=50" },
        { "visits", "place=caracas;limit=50" },
        { "arms-sales", "seller=russia;limit=50" },
        { "money-flows", "recipient=venezuela;limit=50" },
        { "article", "id=003_2e36d6adccfe9259" },
        { "article", "id=syndicated-000" },
        { "relations", "subject=vladimir-putin;limit=50" },
        { "articles", "limit=50" },
        { "stats", "" },
    };

    [LiveNeo4jTheory]
    [MemberData(nameof(Questions))]
    public async Task Both_stores_answer_the_same(string queryName, string arguments)
    {
        var client = await neo4j.CreateEmptyAsync();
        var embedded = new EmbeddedGraphStore();
        var real = new Neo4jGraphStore(client);
        await SeedArticles.LoadAsync(embedded);
        await SeedArticles.LoadAsync(real);
        var query = QueryCatalogue.Default[queryName];
        var bound = QuestionArguments.Bind(query, arguments);

        var expected = await embedded.QueryAsync(query, bound);
        var actual = await real.QueryAsync(query, bound);

        Canonical(actual.Rows).Should().Be(Canonical(expected.Rows));
    }

    /// <summary>Rows as text with sorted keys and numbers as decimals, so 2000000000 and 2.0E9 compare equal.</summary>
    private static string Canonical(IEnumerable<JsonObject> rows) => string.Join('\n', rows.Select(r => Canonical((JsonNode)r)));

    private static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{Canonical(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString("G29", System.Globalization.CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<double>(out var d) => ((decimal)d).ToString("G29", System.Globalization.CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
