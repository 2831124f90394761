namespace GeoGraph.Ingestion.Files;

/// <summary>An article file read and decoded: its name, text and the SHA-256 of its bytes.</summary>
public sealed record ArticleFile(string Path, string Name, string Text, string ContentHash);
