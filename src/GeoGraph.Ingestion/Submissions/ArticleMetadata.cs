namespace GeoGraph.Ingestion.Submissions;

/// <summary>What a submission says about its article besides the text; it overrides what the extractor reads from the text.</summary>
public sealed record ArticleMetadata(string? Title, DateOnly? Published, string? Source);
