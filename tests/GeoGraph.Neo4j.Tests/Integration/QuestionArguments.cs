using GeoGraph.Graph.Queries;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>A canned query's arguments written as "name=value;name=value", the way the live tests list their questions.</summary>
internal static class QuestionArguments
{
    public static QueryArguments Bind(CannedQuery query, string arguments) =>
        QueryCatalogue.Bind(query, arguments.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]));
}
