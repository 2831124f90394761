namespace GeoGraph.Graph.Reading;

public sealed record EntityRef(string Id, string Name, string Type);

public sealed record EntitySummary(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int Degree);

/// <summary>One article's evidence for a fact.</summary>
public sealed record EvidenceView(
    string Article, string Sentence, int Start, int End, double? Amount, string? Currency, IReadOnlyList<string>? Items,
    double? Stake, string? Date, bool Planned, string Rule, double Confidence);

/// <summary>A fact aggregated across the articles that state it; its sources are the distinct stories among them.</summary>
public sealed record FactView(
    EntityRef Subject, string Type, EntityRef Object, int Articles, int Sources, string? FirstSeen, string? LastSeen,
    IReadOnlyList<EvidenceView> Evidence);

public sealed record NeighbourView(string Type, EntityRef Other, int Articles, int Sources, string? FirstSeen, string? LastSeen, IReadOnlyList<EvidenceView> Evidence);

public sealed record EntityDetail(
    string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<NeighbourView> Outgoing, IReadOnlyList<NeighbourView> Incoming);

public sealed record PathEdge(string From, string Type, string To);

public sealed record PathView(IReadOnlyList<EntityRef> Nodes, IReadOnlyList<PathEdge> Edges);

public sealed record ArticleFact(
    EntityRef Subject, string Type, EntityRef Object, string Sentence, int Start, int End, double? Amount, string? Currency,
    IReadOnlyList<string>? Items, double? Stake, string? Date, bool Planned, string Rule, double Confidence);

/// <summary>The story an article is filed under: its id (that of its first article) and every article in it.</summary>
public sealed record StoryView(string Id, IReadOnlyList<string> Articles);

public sealed record ArticleDetail(
    string Id, string FileName, string? Title, string? Published, string ContentHash, string IngestedAt, StoryView Story,
    IReadOnlyList<EntityRef> Entities, IReadOnlyList<ArticleFact> Facts);

public sealed record ArticleSummary(
    string Id, string FileName, string? Title, string? Published, string ContentHash, string IngestedAt, int EntityCount, int FactCount);

public sealed record GraphStats(IReadOnlyDictionary<string, int> Entities, IReadOnlyDictionary<string, int> Relations, int Articles);
