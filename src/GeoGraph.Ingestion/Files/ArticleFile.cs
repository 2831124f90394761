using GeoGraph.Ingestion.Submissions;

namespace GeoGraph.Ingestion.Files;

/// <summary>An article file read and decoded: its name, text, the SHA-256 of its bytes, and a submission's metadata.</summary>
public sealed record ArticleFile(string Path, string Name, string Text, string ContentHash, ArticleMetadata? Metadata = null);
