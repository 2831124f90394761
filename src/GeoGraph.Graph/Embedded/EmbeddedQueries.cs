using System.Text.Json.Nodes;
using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Embedded;

/// <summary>The C# counterpart of every canned Cypher query, by the query's name.</summary>
internal static class EmbeddedQueries
{
    public delegate IEnumerable<JsonObject> Implementation(EmbeddedGraph graph, QueryArguments arguments);

    public static IReadOnlyDictionary<string, Implementation> ByName { get; } = new Dictionary<string, Implementation>(StringComparer.Ordinal)
    {
        ["entity-search"] = EntityQueries.Search,
        ["entity"] = EntityQueries.WithNeighbours,
        ["relations"] = (g, a) => FactQueries.Facts(g, a.Integer("limit"), a.OptionalString("type"), a.OptionalString("subject"), a.OptionalString("object")),
        ["visits"] = (g, a) => FactQueries.Facts(g, a.Integer("limit"), "VISITED", a.OptionalString("visitor"), a.OptionalString("place")),
        ["arms-sales"] = (g, a) => FactQueries.Facts(g, a.Integer("limit"), "SOLD", a.OptionalString("seller"), a.OptionalString("buyer")),
        ["deals-between"] = FactQueries.DealsBetween,
        ["money-flows"] = FactQueries.MoneyFlows,
        ["shortest-path"] = PathQuery.ShortestPaths,
        ["article"] = ArticleQueries.Article,
        ["articles"] = ArticleQueries.Articles,
        ["stats"] = ArticleQueries.Stats,
    };
}
