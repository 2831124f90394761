using System.Text.Json.Nodes;
using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Embedded;

/// <summary>article, articles and stats.</summary>
internal static class ArticleQueries
{
    public static IEnumerable<JsonObject> Article(EmbeddedGraph graph, QueryArguments arguments)
    {
        if (!graph.Articles.TryGetValue(arguments.String("id"), out var article)) yield break;
        var row = Metadata(article);
        row["story"] = new JsonObject { ["id"] = article.Story, ["articles"] = GraphJson.Strings(graph.StoryArticles[article.Story]) };
        row["entities"] = new JsonArray([.. article.AliasesByEntity.Keys.Order(StringComparer.Ordinal)
            .Select(id => (JsonNode)GraphJson.Entity(graph.Entities[id]))]);
        row["facts"] = new JsonArray([.. article.Facts
            .Select(k => (Key: k, Edge: graph.Facts[k][article.Id]))
            .OrderBy(f => f.Edge.Start).ThenBy(f => f.Key.Type, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Subject, StringComparer.Ordinal).ThenBy(f => f.Key.Object, StringComparer.Ordinal)
            .Select(f => (JsonNode)Fact(graph, f.Key, f.Edge))]);
        yield return row;
    }

    public static IEnumerable<JsonObject> Articles(EmbeddedGraph graph, QueryArguments arguments) => graph.Articles.Values
        .OrderByDescending(a => a.IngestedAt, StringComparer.Ordinal)
        .ThenBy(a => a.Id, StringComparer.Ordinal)
        .Take(arguments.Integer("limit"))
        .Select(a =>
        {
            var row = Metadata(a);
            row["entityCount"] = a.AliasesByEntity.Count;
            row["factCount"] = a.Facts.Count;
            return row;
        });

    public static IEnumerable<JsonObject> Stats(EmbeddedGraph graph, QueryArguments arguments)
    {
        var entities = graph.Entities.Values.GroupBy(e => e.Type).Select(g => Count("entity", g.Key, g.Count()));
        var relations = graph.Facts.Keys.GroupBy(k => k.Type).Select(g => Count("relation", g.Key, g.Count()));
        return entities.Concat(relations).Append(Count("article", "Article", graph.Articles.Count))
            .OrderBy(r => (string)r["kind"]!, StringComparer.Ordinal)
            .ThenBy(r => (string)r["type"]!, StringComparer.Ordinal);
    }

    private static JsonObject Count(string kind, string type, int count) => new() { ["kind"] = kind, ["type"] = type, ["count"] = count };

    private static JsonObject Metadata(StoredArticle article) => new()
    {
        ["id"] = article.Id,
        ["fileName"] = article.FileName,
        ["title"] = article.Title,
        ["published"] = article.Published,
        ["contentHash"] = article.ContentHash,
        ["ingestedAt"] = article.IngestedAt,
    };

    private static JsonObject Fact(EmbeddedGraph graph, FactKey key, StoredEdge edge)
    {
        var evidence = GraphJson.Evidence(edge);
        evidence.Remove("article");
        var row = new JsonObject
        {
            ["subject"] = GraphJson.Entity(graph.Entities[key.Subject]),
            ["type"] = key.Type,
            ["object"] = GraphJson.Entity(graph.Entities[key.Object]),
        };
        foreach (var (name, value) in evidence.ToList())
        {
            evidence.Remove(name);
            row[name] = value;
        }
        return row;
    }
}
