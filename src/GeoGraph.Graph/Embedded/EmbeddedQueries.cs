using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Embedded;

/// <summary>The C# counterpart of every canned Cypher query, by the query's name: each answers with the records its RETURN describes.</summary>
internal static class EmbeddedQueries
{
    public delegate IEnumerable<object> Implementation(EmbeddedGraph graph, QueryArguments arguments, CancellationToken cancellationToken);

    public static IReadOnlyDictionary<string, Implementation> ByName { get; } = new Dictionary<string, Implementation>(StringComparer.Ordinal)
    {
        ["entity-search"] = (g, a, _) => EntityQueries.Search(g, a),
        ["entity"] = (g, a, _) => EntityQueries.WithNeighbours(g, a),
        ["relations"] = (g, a, _) => FactQueries.Facts(g, a, a.OptionalString("type"), a.OptionalString("subject"), a.OptionalString("object")),
        ["visits"] = (g, a, _) => FactQueries.Facts(g, a, "VISITED", a.OptionalString("visitor"), a.OptionalString("place")),
        ["arms-sales"] = (g, a, _) => FactQueries.Facts(g, a, "SOLD", a.OptionalString("seller"), a.OptionalString("buyer")),
        ["fact-evidence"] = (g, a, _) => FactQueries.Evidence(g, a),
        ["deals-between"] = (g, a, _) => FactQueries.DealsBetween(g, a),
        ["money-flows"] = (g, a, _) => FactQueries.MoneyFlows(g, a),
        ["shortest-path"] = PathQuery.ShortestPaths,
        ["article"] = (g, a, _) => ArticleQueries.Article(g, a),
        ["articles"] = (g, a, _) => ArticleQueries.Articles(g, a),
        ["stats"] = (g, a, _) => ArticleQueries.Stats(g, a),
    };
}
