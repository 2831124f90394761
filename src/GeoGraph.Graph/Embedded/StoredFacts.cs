namespace GeoGraph.Graph.Embedded;

/// <summary>A fact without its evidence: subject, relation type name, object.</summary>
internal readonly record struct FactKey(string Subject, string Type, string Object);

/// <summary>
/// One article's evidence for a fact: the edge (subject)-[type {article}]->(object) of the Neo4j model. <c>Seen</c> dates
/// first and last seen; <c>When</c> is what <c>since</c> and <c>until</c> compare (see <see cref="ArticleRecord.WhenOf"/>);
/// <c>Story</c> is the article's, so that a fact's sources (distinct stories) are counted from its edges.
/// </summary>
internal sealed record StoredEdge(
    string Article, string? Source, string Sentence, int Start, int End, double? Amount, string? Currency, IReadOnlyList<string>? Items,
    double? Stake, string? Date, bool Planned, string Rule, double Confidence, string? Seen, string? When, string Story);

internal sealed record StoredEntity(string Id, string Name, string Type);

internal sealed record StoredArticle(
    string Id, string FileName, string? Title, string? Published, string? Source, string ContentHash, string IngestedAt, string Story,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AliasesByEntity, IReadOnlyList<FactKey> Facts);
