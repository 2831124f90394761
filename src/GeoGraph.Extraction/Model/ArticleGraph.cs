namespace GeoGraph.Extraction.Model;

/// <summary>Everything one article says: its entities and the relations between them.</summary>
public sealed record ArticleGraph(
    string ArticleId,
    string? Title,
    DateOnly? Published,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelation> Relations);
