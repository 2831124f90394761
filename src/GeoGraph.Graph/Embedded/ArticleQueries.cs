using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Graph.Embedded;

/// <summary>article, articles and stats.</summary>
internal static class ArticleQueries
{
    public static IEnumerable<ArticleDetail> Article(EmbeddedGraph graph, QueryArguments arguments)
    {
        if (!graph.Articles.TryGetValue(arguments.String("id"), out var article)) yield break;
        var window = DateWindow.Of(arguments);
        var facts = article.Facts
            .Select(k => (Key: k, Edge: graph.Facts[k][article.Id]))
            .Where(f => window.Contains(f.Edge.When))
            .OrderBy(f => f.Edge.Start).ThenBy(f => f.Key.Type, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Subject, StringComparer.Ordinal).ThenBy(f => f.Key.Object, StringComparer.Ordinal)
            .Select(f => new ArticleFact(Records.Entity(graph.Entities[f.Key.Subject]), f.Key.Type, Records.Entity(graph.Entities[f.Key.Object]),
                Records.Evidence(f.Edge)));
        yield return new ArticleDetail(article.Id, article.FileName, article.Title, article.Published, article.Source, article.ContentHash,
            article.IngestedAt, new StoryView(article.Story, [.. graph.StoryArticles[article.Story]]), [.. article.AliasesByEntity.Keys.Order(StringComparer.Ordinal).Select(id => Records.Entity(graph.Entities[id]))], [.. facts]);
    }

    public static IEnumerable<ArticleSummary> Articles(EmbeddedGraph graph, QueryArguments arguments) => graph.Articles.Values
        .OrderByDescending(a => a.IngestedAt, StringComparer.Ordinal)
        .ThenBy(a => a.Id, StringComparer.Ordinal)
        .Skip(arguments.OptionalInteger("offset") ?? 0)
        .Take(arguments.Integer("limit"))
        .Select(a => new ArticleSummary(a.Id, a.FileName, a.Title, a.Published, a.Source, a.ContentHash, a.IngestedAt,
            a.AliasesByEntity.Count, a.Facts.Count));

    public static IEnumerable<CountRow> Stats(EmbeddedGraph graph, QueryArguments arguments)
    {
        var entities = graph.Entities.Values.GroupBy(e => e.Type).Select(g => new CountRow("entity", g.Key, g.Count()));
        var relations = graph.Facts.Keys.GroupBy(k => k.Type).Select(g => new CountRow("relation", g.Key, g.Count()));
        return entities.Concat(relations).Append(new CountRow("article", "Article", graph.Articles.Count))
            .OrderBy(r => r.Kind, StringComparer.Ordinal)
            .ThenBy(r => r.Type, StringComparer.Ordinal);
    }
}
