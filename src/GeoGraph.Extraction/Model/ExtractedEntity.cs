namespace GeoGraph.Extraction.Model;

public sealed record ExtractedEntity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<TextSpan> Mentions);
