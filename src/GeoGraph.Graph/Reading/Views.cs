namespace GeoGraph.Graph.Reading;

public sealed record EntityRef(string Id, string Name, string Type);

public sealed record EntitySummary(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int Degree);

/// <summary>One article's evidence for a fact; every answer that shows evidence shows this.</summary>
public sealed record EvidenceView(
    string Article, string? Source, string Sentence, int Start, int End, double? Amount, string? Currency, IReadOnlyList<string>? Items,
    double? Stake, string? Date, bool Planned, string Rule, double Confidence);

/// <summary>
/// A fact aggregated across the articles that state it, with its strongest evidence; its sources are the distinct
/// stories among those articles (copies of one story are one source).
/// </summary>
public sealed record FactView(
    EntityRef Subject, string Type, EntityRef Object, int Articles, int Sources, string? FirstSeen, string? LastSeen, EvidenceView Evidence);

/// <summary>A FUNDED fact with the largest amount any of its articles states.</summary>
public sealed record MoneyFlowView(
    EntityRef Subject, string Type, EntityRef Object, int Articles, int Sources, string? FirstSeen, string? LastSeen, double? LargestAmount,
    EvidenceView Evidence);

/// <summary>A fact seen from one of its ends: <c>Direction</c> is <c>outgoing</c> when that end is the subject.</summary>
public sealed record NeighbourView(
    string Type, string Direction, EntityRef Other, int Articles, int Sources, string? FirstSeen, string? LastSeen, EvidenceView Evidence);

/// <summary>A row of the entity query: the entity, how many neighbours it has within the window, and one page of them.</summary>
public sealed record EntityRow(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int NeighbourCount, IReadOnlyList<NeighbourView> Neighbours);

public sealed record EntityDetail(string Id, string Name, string Type, IReadOnlyList<string> Aliases, Page<NeighbourView> Neighbours);

public sealed record PathEdge(string From, string Type, string To);

public sealed record PathView(IReadOnlyList<EntityRef> Nodes, IReadOnlyList<PathEdge> Edges);

public sealed record ArticleFact(EntityRef Subject, string Type, EntityRef Object, EvidenceView Evidence);

/// <summary>The story an article is filed under: its id (that of its first article) and every article in it.</summary>
public sealed record StoryView(string Id, IReadOnlyList<string> Articles);

public sealed record ArticleDetail(
    string Id, string FileName, string? Title, string? Published, string? Source, string ContentHash, string IngestedAt, StoryView Story,
    IReadOnlyList<EntityRef> Entities, IReadOnlyList<ArticleFact> Facts);

public sealed record ArticleSummary(
    string Id, string FileName, string? Title, string? Published, string? Source, string ContentHash, string IngestedAt, int EntityCount, int FactCount);

/// <summary>A row of the stats query: how many entities of a type, distinct facts of a relation type, or articles.</summary>
public sealed record CountRow(string Kind, string Type, int Count);

public sealed record GraphStats(IReadOnlyDictionary<string, int> Entities, IReadOnlyDictionary<string, int> Relations, int Articles);
