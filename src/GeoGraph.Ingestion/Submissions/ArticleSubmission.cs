namespace GeoGraph.Ingestion.Submissions;

/// <summary>An article as a client sends it: the text, and metadata that stays in fields beside it, never in the text.</summary>
public sealed record ArticleSubmission(string? Title, string? Text, string? Published, string? Source);
