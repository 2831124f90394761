using GeoGraph.Graph.Reading;

namespace GeoGraph.Graph.Embedded;

/// <summary>The records the embedded queries answer with, built from stored entities and edges as the Cypher RETURNs shape them.</summary>
internal static class Records
{
    public static EntityRef Entity(StoredEntity entity) => new(entity.Id, entity.Name, entity.Type);

    public static EvidenceView Evidence(StoredEdge edge) => new(edge.Article, edge.Source, edge.Sentence, edge.Start, edge.End, edge.Amount,
        edge.Currency, edge.Items, edge.Stake, edge.Date, edge.Planned, edge.Rule, edge.Confidence);

    /// <summary>A fact with its number of articles and of sources, first and last seen, and strongest evidence, over the given edges.</summary>
    public static FactView Fact(EmbeddedGraph graph, FactKey key, IReadOnlyList<StoredEdge> edges)
    {
        var (first, last) = Seen(edges);
        return new FactView(Entity(graph.Entities[key.Subject]), key.Type, Entity(graph.Entities[key.Object]), edges.Count, Sources(edges), first, last,
            Evidence(Strongest(edges)));
    }

    public static MoneyFlowView MoneyFlow(EmbeddedGraph graph, FactKey key, IReadOnlyList<StoredEdge> edges)
    {
        var (first, last) = Seen(edges);
        return new MoneyFlowView(Entity(graph.Entities[key.Subject]), key.Type, Entity(graph.Entities[key.Object]), edges.Count, Sources(edges), first, last,
            edges.Max(e => e.Amount), Evidence(Strongest(edges)));
    }

    public static NeighbourView Neighbour(EmbeddedGraph graph, FactKey key, string direction, string other, IReadOnlyList<StoredEdge> edges)
    {
        var (first, last) = Seen(edges);
        return new NeighbourView(key.Type, direction, Entity(graph.Entities[other]), edges.Count, Sources(edges), first, last, Evidence(Strongest(edges)));
    }

    /// <summary>Distinct stories among a fact's articles: copies of one story are one source.</summary>
    public static int Sources(IEnumerable<StoredEdge> edges) => edges.Select(e => e.Story).Distinct(StringComparer.Ordinal).Count();

    /// <summary>First and last seen: the earliest and latest of the edges' dates, as Cypher's min and max (null when none has one).</summary>
    private static (string? First, string? Last) Seen(IEnumerable<StoredEdge> edges)
    {
        var seen = edges.Select(e => e.Seen).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return (seen.FirstOrDefault(), seen.LastOrDefault());
    }

    /// <summary>The evidence shown with a fact: highest confidence, then first in article and text order.</summary>
    private static StoredEdge Strongest(IEnumerable<StoredEdge> edges) => edges
        .OrderByDescending(e => e.Confidence).ThenBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start).First();
}
