namespace GeoGraph.Ingestion.Files;

/// <summary>A file that cannot be an article: binary, undecodable or empty. The message says why.</summary>
public sealed class UnreadableArticleException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
